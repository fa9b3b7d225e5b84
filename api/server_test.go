package api

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/types"
)

type fixedBackend struct{ panics bool }

func (f fixedBackend) Identity() Identity {
	if f.panics {
		panic("boom")
	}
	return Identity{ID: "16Uiu2HAtest", Network: "t"}
}
func (fixedBackend) Peers() []Peer { return nil }
func (fixedBackend) Nodes() []Node {
	return []Node{{ID: "n1", GPUs: []types.GPUGroup{{Model: "X", Total: 1, Free: 1, Simulated: true}}, Simulated: true}}
}

func TestHandler(t *testing.T) {
	log := slog.New(slog.DiscardHandler)
	cases := []struct {
		method, path string
		backend      fixedBackend
		code         int
		errCode      string
		bodyHas      string
	}{
		{"GET", "/v1/id", fixedBackend{}, 200, "", `"network": "t"`},
		{"GET", "/v1/peers", fixedBackend{}, 200, "", "[]"},
		{"GET", "/v1/nodes", fixedBackend{}, 200, "", `"simulated": true`},
		{"GET", "/v1/health", fixedBackend{}, 200, "", `"ok"`},
		{"GET", "/v1/nope", fixedBackend{}, 404, "not_found", "docs/api.md"},
		{"POST", "/v1/nodes", fixedBackend{}, 405, "method_not_allowed", "GET"},
		{"GET", "/v1/id", fixedBackend{panics: true}, 500, "internal", "log"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		Handler(c.backend, log).ServeHTTP(rec, httptest.NewRequest(c.method, c.path, nil))
		body := rec.Body.String()
		if rec.Code != c.code {
			t.Fatalf("%s %s: status %d, want %d (%s)", c.method, c.path, rec.Code, c.code, body)
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
			t.Fatalf("%s %s: content type %q", c.method, c.path, ct)
		}
		if c.errCode != "" {
			var e Error
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Code != c.errCode {
				t.Fatalf("%s %s: error body %q (%v), want code %s", c.method, c.path, body, err, c.errCode)
			}
		}
		if !strings.Contains(body, c.bodyHas) {
			t.Fatalf("%s %s: body %q lacks %q", c.method, c.path, body, c.bodyHas)
		}
	}
}

func shortDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "skapi")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

func TestListenAndClient(t *testing.T) {
	dir := shortDir(t)
	sock := filepath.Join(dir, "d.sock")
	l, err := Listen(sock)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(sock)
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("socket mode %o, want 600", st.Mode().Perm())
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, l, Handler(fixedBackend{}, slog.New(slog.DiscardHandler))) }()

	c := NewClient(sock)
	id, err := c.ID(context.Background())
	if err != nil || id.ID != "16Uiu2HAtest" {
		t.Fatalf("ID = %+v, %v", id, err)
	}
	nodes, err := c.Nodes(context.Background())
	if err != nil || len(nodes) != 1 || !nodes[0].Simulated {
		t.Fatalf("Nodes = %+v, %v", nodes, err)
	}
	var apiErr *Error
	if err := c.get(context.Background(), "/v1/nope", &struct{}{}); !errors.As(err, &apiErr) || apiErr.Code != "not_found" {
		t.Fatalf("unknown endpoint: %v", err)
	}

	// A second daemon on the same socket is refused while the first serves.
	if _, err := Listen(sock); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second Listen: %v", err)
	}
	cancel()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
}

func TestListenRefusals(t *testing.T) {
	dir := shortDir(t)
	// A stale socket (nobody listening) is replaced.
	stale := filepath.Join(dir, "stale.sock")
	l, err := net.Listen("unix", stale)
	if err != nil {
		t.Fatal(err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	l.Close()
	l2, err := Listen(stale)
	if err != nil {
		t.Fatalf("stale socket not replaced: %v", err)
	}
	l2.Close()

	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o600)
	if _, err := Listen(file); err == nil || !strings.Contains(err.Error(), "not a socket") {
		t.Fatalf("regular file: %v", err)
	}
	long := filepath.Join(dir, strings.Repeat("x", 120))
	if _, err := Listen(long); err == nil || !strings.Contains(err.Error(), "shorter") {
		t.Fatalf("long path: %v", err)
	}
}

func TestClientWithoutDaemon(t *testing.T) {
	c := NewClient(filepath.Join(shortDir(t), "missing.sock"))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := c.Nodes(ctx)
	if err == nil || !strings.Contains(err.Error(), "start skyopsd") {
		t.Fatalf("missing socket: %v", err)
	}
}

func TestTimeHasNineDigits(t *testing.T) {
	b, err := json.Marshal(At(time.Date(2026, 11, 25, 13, 2, 1, 940_000_000, time.UTC)))
	if err != nil || string(b) != `"2026-11-25T13:02:01.940000000Z"` {
		t.Fatalf("%s %v", b, err)
	}
	var back Time
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(time.Date(2026, 11, 25, 13, 2, 1, 940_000_000, time.UTC)) {
		t.Fatalf("round trip: %v %v", back, err)
	}
	if err := json.Unmarshal([]byte(`12`), &back); err == nil {
		t.Fatal("a number was taken for a time")
	}
}

// jobsBackend answers every job call with a not-found; the tests below are
// about what the handler refuses before it asks.
type jobsBackend struct{ fixedBackend }

func (jobsBackend) Submit(context.Context, *SubmitRequest) (*SubmitResponse, error) {
	return &SubmitResponse{ID: "0x01"}, nil
}
func (jobsBackend) Jobs(context.Context, JobQuery) ([]Job, error)         { return nil, nil }
func (jobsBackend) Explain(context.Context, string) (*Explanation, error) { return nil, nil }
func (jobsBackend) Job(context.Context, string) (*Job, error) {
	return nil, Errorf("not_found", "no job")
}
func (jobsBackend) JobLogs(context.Context, string) ([]byte, error) {
	return nil, Errorf("not_found", "no job")
}
func (jobsBackend) FollowLogs(context.Context, string, io.Writer, func()) error { return ErrJobEnded }
func (jobsBackend) JobOutput(context.Context, string) (io.ReadCloser, int64, error) {
	return nil, 0, Errorf("not_found", "no job")
}
func (jobsBackend) JobTelemetry(context.Context, string) ([]byte, error) {
	return nil, Errorf("not_found", "no job")
}
func (jobsBackend) Cancel(context.Context, string, *CancelRequest) (*Job, error) {
	return nil, Errorf("not_found", "no job")
}

func TestJobHandlersRefuseBadBodies(t *testing.T) {
	h := Handler(jobsBackend{}, slog.New(slog.DiscardHandler))
	cases := []struct {
		method, path, body string
		code               int
		errCode            string
	}{
		{"POST", "/v1/jobs", `{"spec": {}, "signature": "0x"}`, 201, ""},
		{"POST", "/v1/jobs", `not json`, 400, "bad_request"},
		{"POST", "/v1/jobs", `{"spec": {}, "nonsense": 1}`, 400, "bad_request"},
		{"POST", "/v1/jobs", `{"spec": {}} {"again": true}`, 400, "bad_request"},
		{"POST", "/v1/jobs", `{"spec": {"gpuCount": -1}}`, 400, "bad_request"},
		{"POST", "/v1/jobs/0xabc/cancel", `[]`, 400, "bad_request"},
		{"GET", "/v1/jobs/0xabcdef", "", 404, "not_found"},
		{"DELETE", "/v1/jobs/0xabcdef", "", 405, "method_not_allowed"},
		{"GET", "/v1/jobs/0xabcdef/logs?follow=true", "", 404, "not_found"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, strings.NewReader(c.body)))
		if rec.Code != c.code {
			t.Fatalf("%s %s %q: %d, want %d (%s)", c.method, c.path, c.body, rec.Code, c.code, rec.Body.String())
		}
		if c.errCode != "" {
			var e Error
			if json.Unmarshal(rec.Body.Bytes(), &e) != nil || e.Code != c.errCode || e.Message == "" {
				t.Fatalf("%s %s: body %s", c.method, c.path, rec.Body.String())
			}
		}
	}
	// Oversized: refused with too_large, without reading it all.
	big := strings.NewReader(`{"artifact":"` + strings.Repeat("A", MaxSubmitBytes) + `"}`)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/jobs", big))
	if rec.Code != 413 {
		t.Fatalf("oversized submit: %d %s", rec.Code, rec.Body.String())
	}
}

// ledgerBackend records what the ledger handlers passed on.
type ledgerBackend struct {
	fixedBackend
	owner *string
	since *time.Time
}

func (ledgerBackend) Receipts(context.Context, string) ([]Receipt, error) { return nil, nil }
func (ledgerBackend) Verify(context.Context, string) ([]Verification, error) {
	return nil, Errorf("not_found", "no job")
}
func (b ledgerBackend) Bill(_ context.Context, owner string, since time.Time) (*Statement, error) {
	*b.owner, *b.since = owner, since
	return &Statement{Who: owner}, nil
}
func (b ledgerBackend) Earnings(_ context.Context, since time.Time) (*Statement, error) {
	*b.since = since
	return &Statement{}, nil
}

func TestLedgerHandlersRefuseBadQueries(t *testing.T) {
	var owner string
	var since time.Time
	h := Handler(ledgerBackend{owner: &owner, since: &since}, slog.New(slog.DiscardHandler))
	cases := []struct {
		path    string
		code    int
		errCode string
	}{
		{"/v1/bill?owner=0x00000000000000000000000000000000000000aa&since=2026-11-25T00:00:00Z", 200, ""},
		{"/v1/bill", 400, "bad_request"},
		{"/v1/bill?owner=bob", 400, "bad_request"},
		{"/v1/bill?owner=0x00000000000000000000000000000000000000aa&since=yesterday", 400, "bad_request"},
		{"/v1/earnings?since=24h", 400, "bad_request"},
		{"/v1/earnings", 200, ""},
		{"/v1/jobs/0xabcdef/receipts", 200, ""},
		{"/v1/jobs/0xabcdef/verify", 404, "not_found"},
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", c.path, nil))
		if rec.Code != c.code {
			t.Fatalf("%s: %d, want %d (%s)", c.path, rec.Code, c.code, rec.Body.String())
		}
		if c.errCode != "" {
			var e Error
			if json.Unmarshal(rec.Body.Bytes(), &e) != nil || e.Code != c.errCode || e.Message == "" {
				t.Fatalf("%s: body %s", c.path, rec.Body.String())
			}
		}
	}
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", cases[0].path, nil))
	if owner != "0x00000000000000000000000000000000000000aa" || !since.Equal(time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("bill got owner %q since %v", owner, since)
	}
	// An empty receipt list is [] in JSON, not null.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/jobs/0xabcdef/receipts", nil))
	if strings.TrimSpace(rec.Body.String()) != "[]" {
		t.Fatalf("empty receipts: %s", rec.Body.String())
	}
}

// The job list's query: what it accepts, and a clear refusal of the rest.
func TestParseJobQuery(t *testing.T) {
	owner := "0x00000000000000000000000000000000000000aa"
	job := "0x" + strings.Repeat("ab", 32)
	q, err := ParseJobQuery(url.Values{"owner": {owner}, "state": {"running"}, "limit": {"7"}, "before": {job}})
	if err != nil || q != (JobQuery{Owner: owner, State: "running", Limit: 7, Before: job}) {
		t.Fatalf("%+v %v", q, err)
	}
	if back, err := ParseJobQuery(q.Values()); err != nil || back != q {
		t.Fatalf("round trip: %+v %v", back, err)
	}
	if q, err := ParseJobQuery(url.Values{}); err != nil || q.Limit != DefaultJobsLimit {
		t.Fatalf("no query: %+v %v", q, err)
	}
	for _, c := range []struct {
		v    url.Values
		want string
	}{
		{url.Values{"owner": {"bob"}}, `owner "bob" is not an address`},
		{url.Values{"state": {"done"}}, `state "done" is not one of pending`},
		{url.Values{"limit": {"0"}}, `limit "0": pass 1 to 1000`},
		{url.Values{"limit": {"5000"}}, `limit "5000"`},
		{url.Values{"limit": {"x"}}, `limit "x"`},
		{url.Values{"before": {"0x12"}}, `before "0x12" is not a job id`},
		{url.Values{"page": {"2"}}, `unknown query parameter "page"`},
	} {
		_, err := ParseJobQuery(c.v)
		var ae *Error
		if !errors.As(err, &ae) || ae.Code != "bad_request" || !strings.Contains(ae.Message, c.want) {
			t.Errorf("%v: %v, want bad_request with %q", c.v, err, c.want)
		}
	}
}
