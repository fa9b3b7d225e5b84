package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/skyops/skyops/types"
)

// WebInfo is GET /v1/web: where this daemon's web dashboard listens, and
// the link that logs a browser in (it carries the dashboard's token, so
// only the socket, private to the daemon's user, hands it out).
type WebInfo struct {
	URL   string `json:"url"`
	Login string `json:"login"`
}

// WebBackend is the part of the daemon that serves the web dashboard. Its
// errors should be *Error (not_found when the dashboard is off).
type WebBackend interface {
	WebInfo(ctx context.Context) (*WebInfo, error)
}

// DraftRequest is POST /v1/jobs/draft: a partial spec for the daemon to
// complete, and optionally the wasm module it runs (base64 in JSON).
type DraftRequest struct {
	Spec     types.JobSpec `json:"spec"`
	Artifact []byte        `json:"artifact,omitempty"`
}

// DraftResponse answers POST /v1/jobs/draft: the completed spec, its job
// id, and the EIP-712 typed data to sign, exactly as eth_signTypedData_v4
// takes it (as submit-task --dry-run prints it). Artifact is the wasm
// module the daemon supplied (a shipped template's builtin, for a draft
// that named the model and uploaded none): the submit carries it back.
type DraftResponse struct {
	Spec      types.JobSpec   `json:"spec"`
	ID        string          `json:"id"`
	TypedData json.RawMessage `json:"typedData"`
	Artifact  []byte          `json:"artifact,omitempty"`
}

// DraftBackend completes job specs for submitters that cannot (a page),
// and lists the model templates a draft may name.
type DraftBackend interface {
	Draft(ctx context.Context, req *DraftRequest) (*DraftResponse, error)
	Models(ctx context.Context) ([]ModelTemplate, error)
}

// ModelTemplate is one model template a draft may name in its spec's
// model (GET /v1/models): the values it starts a job from. A draft that
// names it and uploads no module runs its builtin program.
type ModelTemplate struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Runtime     string   `json:"runtime"`
	Framework   string   `json:"framework"`
	Args        []string `json:"args"`
	GPUModel    string   `json:"gpuModel"` // "" = any
	GPUCount    uint32   `json:"gpuCount"` // 0 = CPU only
	RAMMiB      uint64   `json:"ramMiB"`
	DurationSec uint64   `json:"durationSec"`
}

// MarshalJSON writes the spec's nonce as a string.
func (r DraftRequest) MarshalJSON() ([]byte, error) {
	type plain DraftRequest
	return json.Marshal(struct {
		plain
		Spec specJSON `json:"spec"`
	}{plain(r), specOut(r.Spec)})
}

// UnmarshalJSON reads the spec's nonce as a string or a number, and
// refuses unknown fields (a misspelt one would be lost from the spec).
func (r *DraftRequest) UnmarshalJSON(b []byte) error {
	type plain DraftRequest
	var aux struct {
		*plain
		Spec *specJSON `json:"spec"`
	}
	aux.plain = (*plain)(r)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&aux); err != nil {
		return err
	}
	if aux.Spec != nil {
		r.Spec = aux.Spec.spec()
	}
	return nil
}

// MarshalJSON writes the spec's nonce as a string.
func (r DraftResponse) MarshalJSON() ([]byte, error) {
	type plain DraftResponse
	return json.Marshal(struct {
		plain
		Spec specJSON `json:"spec"`
	}{plain(r), specOut(r.Spec)})
}

// UnmarshalJSON reads the spec's nonce as a string or a number.
func (r *DraftResponse) UnmarshalJSON(b []byte) error {
	type plain DraftResponse
	var aux struct {
		*plain
		Spec *specJSON `json:"spec"`
	}
	aux.plain = (*plain)(r)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	if aux.Spec != nil {
		r.Spec = aux.Spec.spec()
	}
	return nil
}

func webRoutes(b WebBackend) []route {
	return []route{
		{"GET", "/v1/web", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.WebInfo(r.Context())
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, v)
		}},
	}
}

func draftRoutes(b DraftBackend) []route {
	return []route{
		{"POST", "/v1/jobs/draft", func(w http.ResponseWriter, r *http.Request) {
			allowUpload(w, r)
			var req DraftRequest
			if err := decodeBody(w, r, &req, MaxSubmitBytes); err != nil {
				writeErr(w, err)
				return
			}
			v, err := b.Draft(r.Context(), &req)
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, v)
		}},
		{"GET", "/v1/models", func(w http.ResponseWriter, r *http.Request) {
			v, err := b.Models(r.Context())
			if err != nil {
				writeErr(w, err)
				return
			}
			writeJSON(w, http.StatusOK, orEmpty(v))
		}},
	}
}

// Models lists the model templates the daemon's drafts may name.
func (c *Client) Models(ctx context.Context) ([]ModelTemplate, error) {
	var out []ModelTemplate
	return out, c.get(ctx, "/v1/models", &out)
}

// Web returns where the daemon's web dashboard listens and its login link.
func (c *Client) Web(ctx context.Context) (*WebInfo, error) {
	var out WebInfo
	return &out, c.get(ctx, "/v1/web", &out)
}

// Draft asks the daemon to complete a partial spec and give its typed data.
func (c *Client) Draft(ctx context.Context, req DraftRequest) (*DraftResponse, error) {
	var out DraftResponse
	return &out, c.do(ctx, http.MethodPost, "/v1/jobs/draft", req, &out)
}
