package deliver

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
)

// IPFS adds sealed results to a kubo node through its RPC API
// (/api/v0/...), which the node's owner runs (default 127.0.0.1:5001). The
// RPC API is the node's admin interface: its URL is the owner's, never a
// public gateway's.
type IPFS struct {
	base *url.URL
	http *http.Client
	log  *slog.Logger
}

// IPFSOption configures an IPFS client.
type IPFSOption func(*IPFS)

// WithIPFSHTTPClient sets the HTTP client (default: no overall timeout;
// calls are bounded by their context).
func WithIPFSHTTPClient(c *http.Client) IPFSOption { return func(p *IPFS) { p.http = c } }

// WithIPFSLogger sets where progress is logged.
func WithIPFSLogger(l *slog.Logger) IPFSOption { return func(p *IPFS) { p.log = l } }

// NewIPFS returns a client for the kubo RPC API at rawURL.
func NewIPFS(rawURL string, opts ...IPFSOption) (*IPFS, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("kubo RPC API: %w", err)
	}
	p := &IPFS{base: u, http: &http.Client{}, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// Add adds r's bytes (streamed: never whole in memory) as one file, pinned,
// with a CIDv1, and returns the CID kubo gives it. name is the file's name
// in the multipart body (kubo does not wrap it in a directory).
func (p *IPFS) Add(ctx context.Context, r io.Reader, name string) (string, error) {
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		// The body is written as the HTTP client reads it; an error here
		// ends the request with it.
		part, err := mw.CreateFormFile("file", name)
		if err == nil {
			_, err = io.Copy(part, r)
		}
		if err == nil {
			err = mw.Close()
		}
		pw.CloseWithError(err)
	}()
	q := url.Values{"cid-version": {"1"}, "pin": {"true"}, "progress": {"false"}, "quieter": {"true"}}
	resp, err := p.call(ctx, "add", q, pr, mw.FormDataContentType())
	if err != nil {
		pr.CloseWithError(err)
		return "", fmt.Errorf("add to kubo: %w", err)
	}
	defer resp.Body.Close()
	// kubo answers one JSON object per file added (and, with progress,
	// progress lines): the CID is the last object's Hash.
	dec := json.NewDecoder(io.LimitReader(resp.Body, 1<<20))
	var got string
	for {
		var o struct{ Hash string }
		if err := dec.Decode(&o); err == io.EOF {
			break
		} else if err != nil {
			return "", fmt.Errorf("add to kubo: read its answer: %w", err)
		}
		if o.Hash != "" {
			got = o.Hash
		}
	}
	if got == "" {
		return "", fmt.Errorf("add to kubo: its answer has no CID")
	}
	c, err := ValidCID(got)
	if err != nil {
		return "", fmt.Errorf("add to kubo: %w", err)
	}
	p.log.Info("added to kubo", "cid", c)
	return c, nil
}

// Cat streams the bytes of the file at cid. The caller closes it.
func (p *IPFS) Cat(ctx context.Context, c string) (io.ReadCloser, error) {
	c, err := ValidCID(c)
	if err != nil {
		return nil, err
	}
	resp, err := p.call(ctx, "cat", url.Values{"arg": {c}}, nil, "")
	if err != nil {
		return nil, fmt.Errorf("cat %s from kubo: %w", c, err)
	}
	return resp.Body, nil
}

// Verify reads cid back from kubo and checks it is size bytes with the
// given SHA-256: the node holds what was added, whole.
func (p *IPFS) Verify(ctx context.Context, c string, size int64, sum [32]byte) error {
	rc, err := p.Cat(ctx, c)
	if err != nil {
		return err
	}
	defer rc.Close()
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(rc, size+1))
	if err != nil {
		return fmt.Errorf("read %s back from kubo: %w", c, err)
	}
	if n != size || [32]byte(h.Sum(nil)) != sum {
		return fmt.Errorf("read %s back from kubo: got %d bytes that differ from the %d added", c, n, size)
	}
	return nil
}

// call POSTs to /api/v0/cmd (kubo's RPC takes POST only) and returns a
// 2xx answer; others are errors with kubo's message.
func (p *IPFS) call(ctx context.Context, cmd string, q url.Values, body io.Reader, ctype string) (*http.Response, error) {
	u := p.base.JoinPath("/api/v0/", cmd)
	u.RawQuery = q.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), body)
	if err != nil {
		return nil, err
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("POST %s: %w", u.Redacted(), err)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		var e struct{ Message string }
		msg := strings.TrimSpace(string(b))
		if json.Unmarshal(b, &e) == nil && e.Message != "" {
			msg = e.Message
		}
		return nil, fmt.Errorf("kubo answered %s to %s: %s", resp.Status, cmd, truncate(msg, 300))
	}
	return resp, nil
}
