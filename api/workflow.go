package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/skyops/skyops/types"
)

// Workflows (docs/orchestration.md): a graph of jobs signed once by its
// owner and run by the network; each try of each instance is a job of its
// own, reported by the job routes.

// WorkflowSubmitRequest is POST /v1/workflows.
type WorkflowSubmitRequest struct {
	Workflow types.SignedWorkflow `json:"workflow"`
	// Signature is the owner's EIP-712 signature of Workflow, 0x hex.
	Signature string `json:"signature"`
	// Owner is the address the signature should recover to (optional).
	Owner string `json:"owner,omitempty"`
	// DataKey (hex, 32 bytes) is the workflow's data key, shared by its
	// jobs: its uploads are sealed with it, and its jobs' forwarded
	// outputs will be. It goes only to this, the owner's own daemon.
	DataKey string `json:"dataKey,omitempty"`
	// Blobs are what the jobs need from the submitter, each under its
	// CID: wasm modules as they are, uploaded files sealed with DataKey.
	Blobs []InputBlob `json:"blobs,omitempty"`
}

// MaxWorkflowBlobs bounds the blobs of one workflow submit: a module and
// a few uploads per job.
const MaxWorkflowBlobs = 1024

// WorkflowSubmitResponse answers POST /v1/workflows.
type WorkflowSubmitResponse struct {
	ID        string `json:"id"`
	Owner     string `json:"owner"`
	Name      string `json:"name"`
	Instances int    `json:"instances"`
}

// Workflow is GET /v1/workflows/{id} and each item of GET /v1/workflows.
type Workflow struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Network string `json:"network"`
	Owner   string `json:"owner"`
	Home    string `json:"home"`
	// State is "running", "succeeded", "failed" or "cancelled".
	State     string    `json:"state"`
	CreatedAt time.Time `json:"createdAt"`
	// Counts are the instances in each state (waiting, released,
	// completed, failed, skipped, cancelled).
	Counts    map[string]int     `json:"counts"`
	Instances []WorkflowInstance `json:"instances,omitempty"`
}

// WorkflowInstance is one instance of a workflow.
type WorkflowInstance struct {
	Index   int    `json:"index"`
	Name    string `json:"name"`
	Job     string `json:"job"` // its job's name in the file
	State   string `json:"state"`
	Parents []int  `json:"parents,omitempty"`
	// Tries are the job ids of its tries so far, the first first; the
	// last is the one that counts.
	Tries    []string `json:"tries,omitempty"`
	JobState string   `json:"jobState,omitempty"` // of the last try's job
	Executor string   `json:"executor,omitempty"`
	// OutputCID is the last try's sealed output, once it completed.
	OutputCID string `json:"outputCid,omitempty"`
}

// WorkflowBackend is the part of the daemon that takes and reports
// workflows. Its errors should be *Error.
type WorkflowBackend interface {
	SubmitWorkflow(ctx context.Context, req *WorkflowSubmitRequest) (*WorkflowSubmitResponse, error)
	// Workflows lists the workflows this daemon holds, of owner if set.
	Workflows(ctx context.Context, owner string) ([]Workflow, error)
	Workflow(ctx context.Context, id string) (*Workflow, error)
	// CancelWorkflow gossips the owner's signed cancel of the workflow
	// (types.CancelHash of its id).
	CancelWorkflow(ctx context.Context, id string, req *CancelRequest) (*Workflow, error)
}

func workflowRoutes(b WorkflowBackend) []route {
	answer := func(w http.ResponseWriter, status int, v any, err error) {
		if err != nil {
			writeErr(w, err)
			return
		}
		writeJSON(w, status, v)
	}
	return []route{
		{"POST", "/v1/workflows", func(w http.ResponseWriter, r *http.Request) {
			allowUpload(w, r)
			body, err := readBody(w, r, MaxSubmitBytes)
			if err != nil {
				writeErr(w, err)
				return
			}
			req, err := parseWorkflowSubmit(body)
			if err != nil {
				writeErr(w, err)
				return
			}
			resp, err := b.SubmitWorkflow(r.Context(), req)
			answer(w, http.StatusCreated, resp, err)
		}},
		{"GET", "/v1/workflows", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Workflows(r.Context(), r.URL.Query().Get("owner"))
			answer(w, http.StatusOK, orEmpty(v), err)
		}},
		{"GET", "/v1/workflows/{id}", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Workflow(r.Context(), r.PathValue("id"))
			answer(w, http.StatusOK, v, err)
		}},
		{"POST", "/v1/workflows/{id}/cancel", func(w http.ResponseWriter, r *http.Request) {
			body, err := readBody(w, r, maxShortField)
			if err != nil {
				writeErr(w, err)
				return
			}
			var req CancelRequest
			dec := json.NewDecoder(bytes.NewReader(body))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&req); err != nil {
				writeErr(w, Errorf("bad_request", "request body is not valid JSON for this endpoint: %v (the field is signature)", err))
				return
			}
			v, err := b.CancelWorkflow(r.Context(), r.PathValue("id"), &req)
			answer(w, http.StatusOK, v, err)
		}},
	}
}

// parseWorkflowSubmit decodes a workflow submit body, each member bounded
// before it is decoded.
func parseWorkflowSubmit(body []byte) (*WorkflowSubmitRequest, error) {
	var wf, sig, owner, key []byte
	var blobs [][]byte
	if err := walkObject(body, "request body", func(name string, dec *jsontext.Decoder) error {
		var dst *[]byte
		limit := maxShortField
		switch name {
		case "workflow":
			dst, limit = &wf, 2*types.MaxSignedWorkflowBytes+4096
		case "signature":
			dst = &sig
		case "owner":
			dst = &owner
		case "dataKey":
			dst = &key
		case "blobs":
			var err error
			blobs, err = walkArray(body, dec, "blobs", MaxWorkflowBlobs, fmt.Sprintf("a workflow carries at most %d blobs", MaxWorkflowBlobs))
			return err
		default:
			return fmt.Errorf("unknown field %q (the fields are workflow, signature, owner, dataKey, blobs)", name)
		}
		v, err := readSpan(body, dec)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if len(v) > limit {
			return fmt.Errorf("%s is %d bytes of JSON, at most %d", name, len(v), limit)
		}
		*dst = v
		return nil
	}); err != nil {
		return nil, Errorf("bad_request", "request body is not valid JSON for this endpoint: %v", err)
	}
	bad := func(format string, a ...any) error {
		return Errorf("bad_request", "request body is not valid JSON for this endpoint: "+format, a...)
	}
	req := &WorkflowSubmitRequest{}
	if wf == nil {
		return nil, bad("no workflow")
	}
	dec := json.NewDecoder(bytes.NewReader(wf))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req.Workflow); err != nil {
		return nil, bad("workflow: %v", err)
	}
	for _, f := range []struct {
		name string
		span []byte
		dst  *string
	}{{"signature", sig, &req.Signature}, {"owner", owner, &req.Owner}, {"dataKey", key, &req.DataKey}} {
		if f.span != nil {
			if err := json.Unmarshal(f.span, f.dst); err != nil {
				return nil, bad("%s: %v", f.name, err)
			}
		}
	}
	for i, span := range blobs {
		in, err := parseInput(span)
		if err != nil {
			return nil, bad("blobs[%d]: %v", i, err)
		}
		req.Blobs = append(req.Blobs, in)
	}
	return req, nil
}

// SubmitWorkflow sends a signed workflow.
func (c *Client) SubmitWorkflow(ctx context.Context, req WorkflowSubmitRequest) (*WorkflowSubmitResponse, error) {
	var out WorkflowSubmitResponse
	return &out, c.do(ctx, http.MethodPost, "/v1/workflows", req, &out)
}

// Workflows lists the workflows the daemon holds (of owner, if set).
func (c *Client) Workflows(ctx context.Context, owner string) ([]Workflow, error) {
	var out []Workflow
	p := "/v1/workflows"
	if owner != "" {
		p += "?owner=" + url.QueryEscape(owner)
	}
	return out, c.get(ctx, p, &out)
}

// Workflow is one workflow, instance by instance.
func (c *Client) Workflow(ctx context.Context, id string) (*Workflow, error) {
	var out Workflow
	return &out, c.get(ctx, "/v1/workflows/"+url.PathEscape(id), &out)
}

// CancelWorkflow cancels a workflow, with the owner's signature.
func (c *Client) CancelWorkflow(ctx context.Context, id string, req CancelRequest) (*Workflow, error) {
	var out Workflow
	return &out, c.do(ctx, http.MethodPost, "/v1/workflows/"+url.PathEscape(id)+"/cancel", req, &out)
}
