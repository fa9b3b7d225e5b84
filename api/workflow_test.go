package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/skyops/skyops/types"
)

func sampleWorkflowSubmit() WorkflowSubmitRequest {
	return WorkflowSubmitRequest{
		Workflow:  types.SignedWorkflow{Network: "n", Home: "h", Nonce: 1, CreatedAt: 2, Name: "w", PriceCapWei: "0", PaymentToken: "ETH", Instances: 1, File: "name: w\n", Bases: "{}"},
		Signature: "0x01", Owner: "0x02", DataKey: "03",
		Blobs: []InputBlob{{CID: "c", Data: []byte("data")}},
	}
}

func TestParseWorkflowSubmitRefuses(t *testing.T) {
	ok, _ := json.Marshal(sampleWorkflowSubmit())
	if _, err := parseWorkflowSubmit(ok); err != nil {
		t.Fatalf("a good body: %v", err)
	}
	many := `{"workflow":{},"blobs":[` + strings.Repeat(`{},`, MaxWorkflowBlobs) + `{}]}`
	for name, c := range map[string]struct{ body, want string }{
		"no workflow":   {`{"signature":"0x"}`, "no workflow"},
		"unknown field": {`{"workflow":{},"extra":1}`, `unknown field "extra"`},
		"unknown key":   {`{"workflow":{"bogus":1}}`, "bogus"},
		"too many":      {many, "at most 1024 blobs"},
		"huge workflow": {`{"workflow":"` + strings.Repeat("x", 2*types.MaxSignedWorkflowBytes+5000) + `"}`, "at most"},
		"not JSON":      {`{"workflow":`, "not valid JSON"},
		"blob field":    {`{"workflow":{},"blobs":[{"cid":"x","size":1}]}`, `unknown field "size"`},
	} {
		_, err := parseWorkflowSubmit([]byte(c.body))
		var e *Error
		if !errors.As(err, &e) || e.Code != "bad_request" || !strings.Contains(e.Message, c.want) {
			t.Errorf("%s: %v, want a bad_request saying %q", name, err, c.want)
		}
	}
}

func FuzzParseWorkflowSubmit(f *testing.F) {
	ok, _ := json.Marshal(sampleWorkflowSubmit())
	f.Add(ok)
	f.Add([]byte(`{"workflow":{"instances":3},"blobs":[{},{}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := parseWorkflowSubmit(body)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != "bad_request" {
				t.Fatalf("error %v is not a bad_request", err)
			}
			return
		}
		if len(req.Blobs) > MaxWorkflowBlobs {
			t.Fatalf("%d blobs accepted", len(req.Blobs))
		}
		again, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		back, err := parseWorkflowSubmit(again)
		if err != nil {
			t.Fatalf("re-encoded %s: %v", again, err)
		}
		if !reflect.DeepEqual(back, req) {
			t.Fatalf("round trip changed %+v to %+v", req, back)
		}
	})
}
