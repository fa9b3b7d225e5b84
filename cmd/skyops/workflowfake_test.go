package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// workflowDaemon is a fake daemon on a unix socket: the workflow routes are
// the real api.Handler's (so a submit is decoded as the daemon decodes it)
// over a fake backend that checks and keeps what it is sent, and the job
// routes answer from jobs, logs and outputs. Every request is recorded.
type workflowDaemon struct {
	socket string

	mu       sync.Mutex
	requests []string                       // "METHOD PATH" of every request
	bodies   [][]byte                       // each POST /v1/workflows body, as sent
	submits  []*api.WorkflowSubmitRequest   // as the api package decoded them
	flows    map[string]*api.Workflow       // by id
	script   map[string][]api.Workflow      // what the next GETs of a workflow answer
	cancels  map[string][]api.CancelRequest // by workflow id
	jobs     map[string]api.Job             // by job id
	logs     map[string][]byte              // sealed, by job id
	outputs  map[string][]byte              // sealed, by job id
	graphs   map[string]*workflow.Graph     // each submit, opened
	// onSubmit, when set, scripts what GETs of the next workflow
	// submitted answer, from the workflow as the fake made it.
	onSubmit func(api.Workflow) []api.Workflow
}

func startWorkflowDaemon(t *testing.T) *workflowDaemon {
	t.Helper()
	d := &workflowDaemon{
		socket: filepath.Join(shortDir(t), "d.sock"),
		flows:  map[string]*api.Workflow{}, script: map[string][]api.Workflow{},
		cancels: map[string][]api.CancelRequest{}, jobs: map[string]api.Job{},
		logs: map[string][]byte{}, outputs: map[string][]byte{}, graphs: map[string]*workflow.Graph{},
	}
	ln, err := net.Listen("unix", d.socket)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		j, ok := d.jobs[r.PathValue("id")]
		d.mu.Unlock()
		if !ok {
			api.WriteError(w, 404, "not_found", "no job "+r.PathValue("id"))
			return
		}
		json.NewEncoder(w).Encode(j)
	})
	mux.HandleFunc("GET /v1/jobs/{id}/logs", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		defer d.mu.Unlock()
		w.Write(d.logs[r.PathValue("id")])
	})
	mux.HandleFunc("GET /v1/jobs/{id}/output", func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		defer d.mu.Unlock()
		w.Write(d.outputs[r.PathValue("id")])
	})
	mux.Handle("/", api.Handler(fakeWorkflowBackend{d}, slog.New(slog.NewTextHandler(io.Discard, nil))))
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		d.requests = append(d.requests, r.Method+" "+r.URL.Path)
		d.mu.Unlock()
		if r.Method == "POST" && r.URL.Path == "/v1/workflows" {
			body, _ := io.ReadAll(r.Body)
			d.mu.Lock()
			d.bodies = append(d.bodies, body)
			d.mu.Unlock()
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		mux.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return d
}

func (d *workflowDaemon) requestCount() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.requests)
}

// fakeWorkflowBackend checks a submit as the daemon will (the signature
// on chain 1337, workflow.Open) and keeps the workflow, its instances
// waiting.
type fakeWorkflowBackend struct{ d *workflowDaemon }

func (b fakeWorkflowBackend) Identity() api.Identity {
	return api.Identity{ID: testHome, Network: "fakenet", ChainID: 1337}
}
func (fakeWorkflowBackend) Peers() []api.Peer { return nil }
func (fakeWorkflowBackend) Nodes() []api.Node { return nil }

func (b fakeWorkflowBackend) SubmitWorkflow(_ context.Context, req *api.WorkflowSubmitRequest) (*api.WorkflowSubmitResponse, error) {
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		return nil, api.Errorf("bad_request", "signature: %v", err)
	}
	owner, err := types.RecoverWorkflowOwner(&req.Workflow, 1337, sig)
	if err != nil {
		return nil, api.Errorf("bad_request", "%v", err)
	}
	g, err := workflow.Open(&req.Workflow)
	if err != nil {
		return nil, api.Errorf("bad_request", "%v", err)
	}
	d, _ := req.Workflow.Digest(1337)
	wf := &api.Workflow{ID: d.Hex(), Name: req.Workflow.Name, Owner: owner.Hex(), Home: req.Workflow.Home, State: "running",
		CreatedAt: time.Unix(int64(req.Workflow.CreatedAt), 0), Counts: map[string]int{"waiting": len(g.Instances)}}
	for _, in := range g.Instances {
		wf.Instances = append(wf.Instances, api.WorkflowInstance{Index: in.Index, Name: in.Name, Job: in.Job, State: "waiting", Parents: in.Parents})
	}
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	b.d.submits = append(b.d.submits, req)
	b.d.flows[wf.ID] = wf
	b.d.graphs[wf.ID] = g
	if b.d.onSubmit != nil {
		b.d.script[wf.ID] = b.d.onSubmit(*wf)
	}
	return &api.WorkflowSubmitResponse{ID: wf.ID, Owner: wf.Owner, Name: wf.Name, Instances: len(g.Instances)}, nil
}

func (b fakeWorkflowBackend) Workflows(_ context.Context, owner string) ([]api.Workflow, error) {
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	var out []api.Workflow
	for _, wf := range b.d.flows {
		if owner == "" || strings.EqualFold(owner, wf.Owner) {
			w := *wf
			w.Instances = nil
			out = append(out, w)
		}
	}
	return out, nil
}

func (b fakeWorkflowBackend) Workflow(_ context.Context, id string) (*api.Workflow, error) {
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	if s := b.d.script[id]; len(s) > 0 {
		next := s[0]
		if len(s) > 1 {
			b.d.script[id] = s[1:]
		}
		return &next, nil
	}
	wf, ok := b.d.flows[id]
	if !ok {
		return nil, api.Errorf("not_found", "no workflow %s", id)
	}
	w := *wf
	return &w, nil
}

func (b fakeWorkflowBackend) CancelWorkflow(_ context.Context, id string, req *api.CancelRequest) (*api.Workflow, error) {
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	wf, ok := b.d.flows[id]
	if !ok {
		return nil, api.Errorf("not_found", "no workflow %s", id)
	}
	b.d.cancels[id] = append(b.d.cancels[id], *req)
	w := *wf
	w.State = "cancelled"
	return &w, nil
}
