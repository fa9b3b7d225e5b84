package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// Content is one UnixFS file a daemon holds whole: its CID (what `ipfs
// add --cid-version 1` gives for the same bytes) and size in bytes.
type Content struct {
	CID  string `json:"cid"`
	Size uint64 `json:"size"`
}

// CARType is the content type of a CAR (v1) export.
const CARType = "application/vnd.ipld.car"

// ContentBackend is the part of the daemon that keeps content: imports a
// stream as a UnixFS DAG (provided in the DHT and advertised), lists what
// it holds, and reads a DAG out, from its store or fetched from the
// network block by block.
type ContentBackend interface {
	AddContent(ctx context.Context, r io.Reader) (*Content, error)
	ListContent(ctx context.Context) ([]Content, error)
	// OpenContent opens the file under id (car: a CAR export of its DAG
	// instead), with its size (-1 when not known ahead). Errors before the
	// first byte are *Error.
	OpenContent(ctx context.Context, id string, car bool) (io.ReadCloser, int64, error)
}

func contentRoutes(b ContentBackend) []route {
	return []route{
		{"POST", "/v1/content", func(w http.ResponseWriter, r *http.Request) {
			// The body is streamed into the store; it is bounded by the
			// disk floor the store keeps, not by memory, and may take the
			// fetch timeout to arrive.
			allowContent(w, r)
			c, err := b.AddContent(r.Context(), r.Body)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, c)
		}},
		{"GET", "/v1/content", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.ListContent(r.Context())
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, orEmpty(v))
		}},
		{"GET", "/v1/content/{cid}", func(w http.ResponseWriter, r *http.Request) {
			format := r.URL.Query().Get("format")
			if format != "" && format != "car" {
				writeErr(w, Errorf("bad_request", "format %q: pass format=car for a CAR export, or nothing for the file's bytes", format))
				return
			}
			allowFetch(w, r)
			rc, size, err := b.OpenContent(r.Context(), r.PathValue("cid"), format == "car")
			if err != nil {
				writeErr(w, err)
				return
			}
			defer rc.Close()
			if format == "car" {
				w.Header().Set("Content-Type", CARType)
			} else {
				w.Header().Set("Content-Type", "application/octet-stream")
			}
			if size >= 0 {
				w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
			}
			w.WriteHeader(http.StatusOK)
			// A failure past the first byte can only cut the body short;
			// the client sees a short read (or a wrong CID, checked there).
			_, _ = io.Copy(w, rc)
		}},
	}
}

// allowContent gives an added file's body, and the answer after it, the
// fetch timeout.
func allowContent(w http.ResponseWriter, r *http.Request) {
	if c := limits(r); c != nil {
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(c.fetch))
		_ = rc.SetWriteDeadline(time.Now().Add(c.fetch + c.write))
	}
}

// AddContent imports r on the daemon as a UnixFS file.
func (c *Client) AddContent(ctx context.Context, r io.Reader) (*Content, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://skyopsd/v1/content", r)
	if err != nil {
		return nil, fmt.Errorf("POST /v1/content: %w", err)
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	var out Content
	return &out, c.send(req, &out)
}

// ListContent lists what the daemon holds whole, largest first.
func (c *Client) ListContent(ctx context.Context) ([]Content, error) {
	var out []Content
	return out, c.get(ctx, "/v1/content", &out)
}

// OpenContent streams the file under id (car: its CAR export) from the
// daemon, which fetches it from the network if it does not hold it. The
// caller closes the body.
func (c *Client) OpenContent(ctx context.Context, id string, car bool) (io.ReadCloser, error) {
	path := "/v1/content/" + url.PathEscape(id)
	if car {
		path += "?format=car"
	}
	return c.stream(ctx, path)
}

// send does req and decodes a JSON answer into out.
func (c *Client) send(req *http.Request, out any) error {
	resp, err := c.http.Do(req)
	if err != nil {
		return c.dialError(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("%s %s: read answer: %w", req.Method, req.URL.Path, err)
	}
	if resp.StatusCode/100 != 2 {
		return answerError(req.Method, req.URL.Path, resp.Status, data)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%s %s: decode answer: %w", req.Method, req.URL.Path, err)
	}
	return nil
}
