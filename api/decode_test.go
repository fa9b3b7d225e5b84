package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

func sampleSubmit() SubmitRequest {
	module := bytes.Repeat([]byte("\x00asm"), 100)
	return SubmitRequest{
		Spec: types.JobSpec{Network: "devnet", Nonce: 1<<63 + 12345, CreatedAt: 1795611721, Runtime: "wasm",
			Artifact: "bafkreiexample", ArtifactSize: uint64(len(module)), Args: []string{"a", "b"},
			PriceCapWei: "0", InputCIDs: []string{"c1", "c2"}},
		Signature: "0x" + strings.Repeat("ab", 65),
		Owner:     "0xcE07A7625469715C42Ecbe1b32A479FF75b5ED52",
		Artifact:  module,
		DataKey:   strings.Repeat("11", 32),
		Inputs:    []InputBlob{{CID: "c1", Data: []byte("one")}, {CID: "c2", Data: []byte{0, 1, 2}}},
	}
}

// What the Go client sends decodes to what it meant, indented or not.
func TestParseSubmitRoundTrip(t *testing.T) {
	want := sampleSubmit()
	for _, indent := range []bool{false, true} {
		var body []byte
		var err error
		if indent {
			body, err = json.MarshalIndent(want, "", "  ")
		} else {
			body, err = json.Marshal(want)
		}
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseSubmit(body)
		if err != nil {
			t.Fatalf("indent %v: %v", indent, err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Fatalf("indent %v: got %+v\nwant %+v", indent, *got, want)
		}
	}
	// Everything optional may be absent or null.
	got, err := parseSubmit([]byte(`{"spec":{"network":"n"},"artifact":null,"inputs":null}`))
	if err != nil || got.Spec.Network != "n" || got.Artifact != nil || got.Inputs != nil {
		t.Fatalf("nulls: %+v, %v", got, err)
	}
}

func TestParseSubmitRefusals(t *testing.T) {
	ok, _ := json.Marshal(sampleSubmit())
	replace := func(old, new string) string { return strings.Replace(string(ok), old, new, 1) }
	manyInputs := `{"inputs":[` + strings.Repeat(`{},`, types.MaxJobInputs) + `{}]}`
	cases := []struct{ name, body, want string }{
		{"not an object", `[1]`, "want an object"},
		{"unknown field", `{"spec":{},"extra":1}`, `unknown field "extra"`},
		{"unknown spec field", `{"spec":{"bogus":1}}`, `unknown field "bogus"`},
		{"unknown input field", `{"inputs":[{"cid":"a","size":1}]}`, `unknown field "size"`},
		{"duplicate field", `{"owner":"a","owner":"b"}`, "duplicate"},
		{"trailing data", `{"spec":{}} {"spec":{}}`, "after the JSON object"},
		{"truncated", `{"spec":{"network":"x"`, "EOF"},
		{"too many inputs", manyInputs, fmt.Sprintf("more than %d items", types.MaxJobInputs)},
		{"inputs not array", `{"inputs":{}}`, "want an array"},
		{"big spec", `{"spec":{"args":["` + strings.Repeat("a", maxSpecJSON) + `"]}}`, "spec is"},
		{"long signature", `{"signature":"` + strings.Repeat("a", 2000) + `"}`, "signature is"},
		{"signature not string", `{"signature":5}`, "signature"},
		{"artifact shorter than spec", replace(`"artifactSize":400`, `"artifactSize":500`), "the spec says 500"},
		{"artifact not base64", replace(`"artifact":"AGFz`, `"artifact":"!!!!`), "artifact"},
		{"input data not base64", replace(`"data":"b25l"`, `"data":"!!!!"`), "inputs[0]"},
		{"deep nesting", `{"spec":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}`, "depth"},
	}
	for _, c := range cases {
		_, err := parseSubmit([]byte(c.body))
		var e *Error
		if !errors.As(err, &e) || e.Code != "bad_request" || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want bad_request with %q", c.name, err, c.want)
		}
	}
}

// The endpoint refuses a body over its limit as JSON 413, whether it says
// its length up front or is chunked.
func TestSubmitBodyLimit(t *testing.T) {
	h := Handler(jobsBackend{}, slog.New(slog.DiscardHandler))
	big := bytes.Repeat([]byte(" "), MaxSubmitBytes+1)
	for _, chunked := range []bool{false, true} {
		req := httptest.NewRequest("POST", "/v1/jobs", bytes.NewReader(big))
		if chunked {
			req.ContentLength = -1
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var e Error
		if rec.Code != http.StatusRequestEntityTooLarge || json.Unmarshal(rec.Body.Bytes(), &e) != nil || e.Code != "too_large" {
			t.Fatalf("chunked %v: %d %s", chunked, rec.Code, rec.Body)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/jobs/0xabcdef/cancel", strings.NewReader(`{"signature":"`+strings.Repeat("a", maxCancelBytes)+`"}`)))
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), `"too_large"`) {
		t.Fatalf("big cancel: %d %s", rec.Code, rec.Body)
	}
}

func FuzzParseSubmit(f *testing.F) {
	ok, _ := json.Marshal(sampleSubmit())
	f.Add(ok)
	f.Add([]byte(`{"inputs":[{},{}],"spec":{"nonce":"5"}}`))
	f.Add([]byte(`{"artifact":"AAAA","spec":{"runtime":"wasm","artifactSize":3}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := parseSubmit(body)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != "bad_request" {
				t.Fatalf("error %v is not a bad_request", err)
			}
			return
		}
		if len(req.Inputs) > types.MaxJobInputs {
			t.Fatalf("%d inputs accepted", len(req.Inputs))
		}
		// What was accepted survives the client's encoding unchanged.
		again, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		back, err := parseSubmit(again)
		if err != nil {
			t.Fatalf("re-encoded %s: %v", again, err)
		}
		if !reflect.DeepEqual(back, req) {
			t.Fatalf("round trip changed %+v to %+v", req, back)
		}
	})
}
