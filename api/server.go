package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Backend is what the server asks the daemon.
type Backend interface {
	Identity() Identity
	Peers() []Peer
	Nodes() []Node
}

// JobBackend is the part of the daemon that takes and reports jobs. Its
// errors should be *Error (see Errorf); others are answered as internal.
type JobBackend interface {
	Submit(ctx context.Context, req *SubmitRequest) (*SubmitResponse, error)
	Jobs(ctx context.Context, q JobQuery) ([]Job, error)
	Job(ctx context.Context, id string) (*Job, error)
	JobLogs(ctx context.Context, id string) ([]byte, error)
	// FollowLogs writes a running job's sealed log frames to w (calling
	// flush after each) until it ends; ErrJobEnded if it had ended before.
	FollowLogs(ctx context.Context, id string, w io.Writer, flush func()) error
	// JobOutput opens a finished job's sealed output package, with its
	// size (-1 when not known ahead). Errors before the first byte are
	// *Error.
	JobOutput(ctx context.Context, id string) (io.ReadCloser, int64, error)
	// JobTelemetry is a finished GPU job's telemetry series (JSON).
	JobTelemetry(ctx context.Context, id string) ([]byte, error)
	Cancel(ctx context.Context, id string, req *CancelRequest) (*Job, error)
	// Explain is how this daemon ranks the job now, node by node.
	Explain(ctx context.Context, id string) (*Explanation, error)
}

// LedgerBackend is the part of the daemon that keeps receipts, verifies
// them and adds up what jobs cost. Its errors should be *Error.
type LedgerBackend interface {
	Receipts(ctx context.Context, job string) ([]Receipt, error)
	Verify(ctx context.Context, job string) ([]Verification, error)
	// Bill is what owner's jobs that ended since then cost; Earnings is
	// what this node earned for runs that ended since then.
	Bill(ctx context.Context, owner string, since time.Time) (*Statement, error)
	Earnings(ctx context.Context, since time.Time) (*Statement, error)
}

func ledgerRoutes(b LedgerBackend) []route {
	answer := func(w http.ResponseWriter, v any, err error) {
		if err != nil {
			writeErr(w, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
	return []route{
		{"GET", "/v1/jobs/{id}/receipts", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Receipts(r.Context(), r.PathValue("id"))
			answer(w, orEmpty(v), err)
		}},
		{"GET", "/v1/jobs/{id}/verify", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Verify(r.Context(), r.PathValue("id"))
			answer(w, orEmpty(v), err)
		}},
		{"GET", "/v1/bill", func(w http.ResponseWriter, r *http.Request) {
			since, err := sinceParam(r)
			if err != nil {
				writeErr(w, err)
				return
			}
			owner := r.URL.Query().Get("owner")
			if !common.IsHexAddress(owner) {
				writeErr(w, Errorf("bad_request", "owner %q is not an address: pass ?owner=0x… (40 hex digits)", owner))
				return
			}
			v, err := b.Bill(r.Context(), owner, since)
			answer(w, v, err)
		}},
		{"GET", "/v1/earnings", func(w http.ResponseWriter, r *http.Request) {
			since, err := sinceParam(r)
			if err != nil {
				writeErr(w, err)
				return
			}
			v, err := b.Earnings(r.Context(), since)
			answer(w, v, err)
		}},
	}
}

// sinceParam reads ?since=RFC3339 (absent: the beginning of time).
func sinceParam(r *http.Request) (time.Time, error) {
	s := r.URL.Query().Get("since")
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, Errorf("bad_request", "since %q is not an RFC 3339 time (e.g. 2026-11-25T00:00:00Z)", s)
	}
	return t, nil
}

type route struct {
	method, path string
	h            http.HandlerFunc
}

// Handler routes the API. Unknown paths and methods get JSON errors too.
func Handler(b Backend, log *slog.Logger) http.Handler {
	routes := []route{
		{"GET", "/v1/id", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, b.Identity()) }},
		{"GET", "/v1/peers", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, orEmpty(b.Peers())) }},
		{"GET", "/v1/nodes", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, orEmpty(b.Nodes())) }},
		{"GET", "/v1/health", func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
		}},
	}
	if jb, ok := b.(JobBackend); ok {
		routes = append(routes, jobRoutes(jb)...)
	}
	if lb, ok := b.(LedgerBackend); ok {
		routes = append(routes, ledgerRoutes(lb)...)
	}
	if db, ok := b.(DeliveryBackend); ok {
		routes = append(routes, deliveryRoutes(db)...)
	}
	if cb, ok := b.(ChainBackend); ok {
		routes = append(routes, chainRoutes(cb)...)
	}
	if cb, ok := b.(ContentBackend); ok {
		routes = append(routes, contentRoutes(cb)...)
	}
	if wb, ok := b.(WebBackend); ok {
		routes = append(routes, webRoutes(wb)...)
	}
	if wb, ok := b.(WorkflowBackend); ok {
		routes = append(routes, workflowRoutes(wb)...)
	}
	if db, ok := b.(DraftBackend); ok {
		routes = append(routes, draftRoutes(db)...)
	}
	mux := http.NewServeMux()
	allowed := map[string][]string{}
	for _, rt := range routes {
		mux.HandleFunc(rt.method+" "+rt.path, rt.h)
		allowed[rt.path] = append(allowed[rt.path], rt.method)
	}
	// The catch-all answers what no route took: a known path with the wrong
	// method (405), or an unknown path (404), in JSON like everything else.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if methods, ok := allowed[routePattern(r.URL.Path)]; ok {
			w.Header().Set("Allow", strings.Join(methods, ", "))
			WriteError(w, http.StatusMethodNotAllowed, "method_not_allowed",
				fmt.Sprintf("%s is not allowed on %s (allowed: %s)", r.Method, r.URL.Path, strings.Join(methods, ", ")))
			return
		}
		WriteError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no such endpoint %s %s: see docs/api.md for the API", r.Method, r.URL.Path))
	})
	return recoverer(canonical(mux), log)
}

// canonical answers a path that is not in clean form (//, /./, /../) with a
// JSON not_found, where ServeMux would redirect with an HTML body.
func canonical(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		clean := path.Clean("/" + p)
		if strings.HasSuffix(p, "/") && clean != "/" {
			clean += "/"
		}
		if clean != p {
			WriteError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no such endpoint %s %s: use the clean path %s (see docs/api.md)", r.Method, p, clean))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// recoverer turns a handler panic into a 500 instead of a dead daemon.
func recoverer(next http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				log.Error("api handler panicked", "path", r.URL.Path, "panic", v)
				WriteError(w, http.StatusInternalServerError, "internal", "the daemon failed to answer this request; its log has the details")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// WriteError writes the JSON error body.
func WriteError(w http.ResponseWriter, code int, kind, msg string) {
	writeJSON(w, code, Error{Message: msg, Code: kind})
}

// routePattern maps a concrete path to the pattern it was registered under,
// so a wrong method on /v1/jobs/0xabc is a 405, not a 404.
func routePattern(path string) string {
	const jobs = "/v1/jobs/"
	if !strings.HasPrefix(path, jobs) || len(path) == len(jobs) {
		return path
	}
	rest := path[len(jobs):]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return jobs + "{id}" + rest[i:]
	}
	return jobs + "{id}"
}

func jobRoutes(b JobBackend) []route {
	return []route{
		{"POST", "/v1/jobs", func(w http.ResponseWriter, r *http.Request) {
			allowUpload(w, r)
			req, err := decodeSubmit(w, r)
			if err != nil {
				writeErr(w, err)
				return
			}
			resp, err := b.Submit(r.Context(), req)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusCreated, resp)
		}},
		{"GET", "/v1/jobs", func(w http.ResponseWriter, r *http.Request) {
			q, err := ParseJobQuery(r.URL.Query())
			if err != nil {
				writeErr(w, err)
				return
			}
			jobs, err := b.Jobs(r.Context(), q)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, orEmpty(jobs))
		}},
		{"GET", "/v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
			j, err := b.Job(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, j)
		}},
		{"GET", "/v1/jobs/{id}/logs", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("follow") == "true" {
				fw := &frameWriter{w: w, cfg: limits(r)}
				err := b.FollowLogs(r.Context(), r.PathValue("id"), fw, fw.flush)
				if fw.started {
					return // the stream is the answer; an error now can only cut it short
				}
				if !errors.Is(err, ErrJobEnded) {
					if err == nil {
						err = Errorf("internal", "the log stream ended before it began")
					}
					writeErr(w, err)
					return
				}
				// Ended before we could follow: the whole log, as without follow.
			}
			allowFetch(w, r)
			data, err := b.JobLogs(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write(data)
		}},
		{"GET", "/v1/jobs/{id}/explain", func(w http.ResponseWriter, r *http.Request) {
			x, err := b.Explain(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, x)
		}},
		{"GET", "/v1/jobs/{id}/telemetry", func(w http.ResponseWriter, r *http.Request) {
			allowFetch(w, r)
			data, err := b.JobTelemetry(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(data)
		}},
		{"GET", "/v1/jobs/{id}/output", func(w http.ResponseWriter, r *http.Request) {
			allowFetch(w, r)
			rc, size, err := b.JobOutput(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			defer rc.Close()
			// Sealed bytes: the owner's wallet opens them (skyops get).
			w.Header().Set("Content-Type", "application/octet-stream")
			if size >= 0 {
				w.Header().Set("Content-Length", strconv.FormatInt(size, 10))
			}
			w.WriteHeader(http.StatusOK)
			// Past the first byte a failure can only cut the body short;
			// the client checks the output CID.
			_, _ = io.Copy(w, rc)
		}},
		{"POST", "/v1/jobs/{id}/cancel", func(w http.ResponseWriter, r *http.Request) {
			var req CancelRequest
			if err := decodeBody(w, r, &req, maxCancelBytes); err != nil {
				writeErr(w, err)
				return
			}
			j, err := b.Cancel(r.Context(), r.PathValue("id"), &req)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, j)
		}},
		{"GET", "/v1/jobs/{id}/cancel/typed-data", func(w http.ResponseWriter, r *http.Request) {
			cb, ok := b.(CancelTypedDataBackend)
			if !ok {
				writeErr(w, Errorf("not_found", "this daemon makes no EIP-712 cancels: sign types.CancelHash"))
				return
			}
			td, err := cb.CancelTypedData(r.Context(), r.PathValue("id"))
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, CancelTypedDataResponse{TypedData: td})
		}},
	}
}

// decodeBody reads one JSON object of at most max bytes, refusing unknown
// fields and trailing data.
func decodeBody(w http.ResponseWriter, r *http.Request, v any, max int64) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, max))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return tooLarge(max)
		}
		if isTimeout(err) {
			return bodyTimeout()
		}
		return Errorf("bad_request", "request body is not valid JSON for this endpoint: %v", err)
	}
	if dec.More() {
		return Errorf("bad_request", "request body has data after the JSON object")
	}
	return nil
}

// ErrJobEnded says a job ended before its logs could be followed.
var ErrJobEnded = errors.New("the job has ended")

// LogFramesType is the content type of a followed log: frames of a uvarint
// length and that many bytes sealed to the owner; a zero length ends it.
const LogFramesType = "application/x-skyops-sealed-frames"

// frameWriter sets the streaming headers on its first write, and gives
// each write the stream timeout (a quiet job is not cut off; a client that
// stops reading is).
type frameWriter struct {
	w       http.ResponseWriter
	cfg     *serveConfig
	started bool
}

func (f *frameWriter) Write(p []byte) (int, error) {
	if f.cfg != nil {
		_ = http.NewResponseController(f.w).SetWriteDeadline(time.Now().Add(f.cfg.stream))
	}
	if !f.started {
		f.started = true
		f.w.Header().Set("Content-Type", LogFramesType)
		f.w.WriteHeader(http.StatusOK)
	}
	return f.w.Write(p)
}

func (f *frameWriter) flush() {
	if fl, ok := f.w.(http.Flusher); ok {
		fl.Flush()
	}
}
