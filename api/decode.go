package api

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/skyops/skyops/types"
)

// Body limits: what each endpoint can legitimately take. Endpoints without
// a body read none of it.
const (
	// MaxSubmitBytes bounds a submit request: a 64 MiB module (about
	// 85 MiB of base64) and the encrypted inputs, plus the spec.
	MaxSubmitBytes = 96 << 20
	// maxCancelBytes bounds a cancel: one 65-byte signature in hex.
	maxCancelBytes = 4 << 10
	// maxSpecJSON bounds the spec's JSON as sent: the canonical encoding
	// is at most types.MaxJobSpecBytes, and a client may indent it.
	maxSpecJSON = 2 * types.MaxJobSpecBytes
	// maxShortField bounds the submit's short strings (signature, owner,
	// data key, input CIDs), each far shorter.
	maxShortField = 1 << 10
)

func bodyTimeout() *Error {
	return Errorf("timeout", "the request body stopped arriving before the daemon's deadline: send it whole, without pauses")
}

func tooLarge(max int64) *Error {
	return Errorf("too_large", "request body is larger than %d bytes, the limit of this endpoint", max)
}

// readBody reads a whole request body of at most max bytes into one buffer
// sized by Content-Length (when given), so that a request costs its size
// once and no more. Over the limit it is refused before being read.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, error) {
	if r.ContentLength > max {
		return nil, tooLarge(max)
	}
	body := http.MaxBytesReader(w, r.Body, max)
	if r.ContentLength >= 0 {
		buf := make([]byte, r.ContentLength)
		if _, err := io.ReadFull(body, buf); err != nil {
			if isTimeout(err) {
				return nil, bodyTimeout()
			}
			return nil, Errorf("bad_request", "read request body: %v", err)
		}
		return buf, nil
	}
	// Chunked: read in pieces, then join them into one exact buffer.
	var parts [][]byte
	total := 0
	for {
		p := make([]byte, 1<<20)
		n, err := io.ReadFull(body, p)
		parts, total = append(parts, p[:n]), total+n
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				return nil, tooLarge(max)
			}
			if isTimeout(err) {
				return nil, bodyTimeout()
			}
			return nil, Errorf("bad_request", "read request body: %v", err)
		}
	}
	buf := make([]byte, 0, total)
	for _, p := range parts {
		buf = append(buf, p...)
	}
	return buf, nil
}

// decodeSubmit reads POST /v1/jobs. The body is read once into a buffer of
// its size; its members are then located without copying (jsontext over a
// bytes.Buffer), the inputs array is counted as it is walked and refused
// past types.MaxJobInputs, the spec is decoded and its size checked before
// anything big, and the module is decoded last, once its length is known to
// match the spec's artifactSize.
func decodeSubmit(w http.ResponseWriter, r *http.Request) (*SubmitRequest, error) {
	body, err := readBody(w, r, MaxSubmitBytes)
	if err != nil {
		return nil, err
	}
	return parseSubmit(body)
}

// submitSpans are the members of a submit body, as slices of it.
type submitSpans struct {
	spec, signature, owner, dataKey, artifact []byte
	inputs                                    [][]byte
}

// parseSubmit decodes a submit body without ever holding more than the body
// and the decoded module and inputs.
func parseSubmit(body []byte) (*SubmitRequest, error) {
	var sp submitSpans
	if err := walkObject(body, "request body", func(name string, dec *jsontext.Decoder) error {
		var dst *[]byte
		limit := int64(maxShortField)
		switch name {
		case "spec":
			dst, limit = &sp.spec, maxSpecJSON
		case "signature":
			dst = &sp.signature
		case "owner":
			dst = &sp.owner
		case "dataKey":
			dst = &sp.dataKey
		case "artifact":
			dst, limit = &sp.artifact, MaxSubmitBytes
		case "inputs":
			var err error
			sp.inputs, err = walkArray(body, dec, "inputs", types.MaxJobInputs,
				fmt.Sprintf("a spec lists at most %d inputCids", types.MaxJobInputs))
			return err
		default:
			return fmt.Errorf("unknown field %q (the fields are spec, signature, owner, artifact, dataKey, inputs)", name)
		}
		v, err := readSpan(body, dec)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if int64(len(v)) > limit {
			return fmt.Errorf("%s is %d bytes of JSON, at most %d", name, len(v), limit)
		}
		*dst = v
		return nil
	}); err != nil {
		return nil, Errorf("bad_request", "request body is not valid JSON for this endpoint: %v", err)
	}
	req := &SubmitRequest{}
	bad := func(format string, a ...any) error {
		return Errorf("bad_request", "request body is not valid JSON for this endpoint: "+format, a...)
	}
	if sp.spec != nil {
		dec := json.NewDecoder(bytes.NewReader(sp.spec))
		dec.DisallowUnknownFields()
		var spec specJSON
		if err := dec.Decode(&spec); err != nil {
			return nil, bad("spec: %v", err)
		}
		req.Spec = spec.spec()
	}
	for _, f := range []struct {
		name string
		span []byte
		dst  *string
	}{{"signature", sp.signature, &req.Signature}, {"owner", sp.owner, &req.Owner}, {"dataKey", sp.dataKey, &req.DataKey}} {
		if f.span != nil {
			if err := json.Unmarshal(f.span, f.dst); err != nil {
				return nil, bad("%s: %v", f.name, err)
			}
		}
	}
	for i, span := range sp.inputs {
		in, err := parseInput(span)
		if err != nil {
			return nil, bad("inputs[%d]: %v", i, err)
		}
		req.Inputs = append(req.Inputs, in)
	}
	// The module last, and only if its length is what the spec says.
	if sp.artifact != nil && !bytes.Equal(sp.artifact, []byte("null")) {
		if req.Spec.Runtime == types.RuntimeWasm && req.Spec.ArtifactSize <= types.MaxArtifactBytes {
			want := base64.StdEncoding.EncodedLen(int(req.Spec.ArtifactSize)) + 2 // and the quotes
			if len(sp.artifact) != want {
				return nil, Errorf("bad_request", "the module is about %d bytes (%d of base64), the spec says %d",
					base64.StdEncoding.DecodedLen(len(sp.artifact)-2), len(sp.artifact)-2, req.Spec.ArtifactSize)
			}
		}
		if err := json.Unmarshal(sp.artifact, &req.Artifact); err != nil {
			return nil, bad("artifact: %v", err)
		}
		if len(req.Artifact) == 0 {
			req.Artifact = nil // "" is no module, as absent is
		}
	}
	return req, nil
}

// parseInput decodes one {"cid": …, "data": base64} of a submit.
func parseInput(span []byte) (InputBlob, error) {
	var in InputBlob
	var cid, data []byte
	err := walkObject(span, "input", func(name string, dec *jsontext.Decoder) error {
		v, err := readSpan(span, dec)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		switch name {
		case "cid":
			if len(v) > maxShortField {
				return fmt.Errorf("cid is %d bytes of JSON, at most %d", len(v), maxShortField)
			}
			cid = v
		case "data":
			data = v
		default:
			return fmt.Errorf("unknown field %q (the fields are cid and data)", name)
		}
		return nil
	})
	if err != nil {
		return in, err
	}
	if cid != nil {
		if err := json.Unmarshal(cid, &in.CID); err != nil {
			return in, fmt.Errorf("cid: %v", err)
		}
	}
	if data != nil {
		if err := json.Unmarshal(data, &in.Data); err != nil {
			return in, fmt.Errorf("data: %v", err)
		}
	}
	return in, nil
}

// walkObject calls member for each member of the one JSON object in buf, with
// the decoder positioned at the member's value (which member must consume).
// Anything after the object is an error; so are duplicate names.
func walkObject(buf []byte, what string, member func(name string, dec *jsontext.Decoder) error) error {
	dec := jsontext.NewDecoder(bytes.NewBuffer(buf))
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	if tok.Kind() != '{' {
		return fmt.Errorf("%s is a JSON %s, want an object", what, kindName(tok.Kind()))
	}
	for dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		if err := member(tok.String(), dec); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		return fmt.Errorf("%s has data after the JSON object", what)
	}
	return nil
}

// walkArray reads the array (or null) at dec's position, returning its items
// as slices of buf; more than max items is an error that says why.
func walkArray(buf []byte, dec *jsontext.Decoder, what string, max int, why string) ([][]byte, error) {
	if dec.PeekKind() == 'n' {
		_, err := dec.ReadToken()
		return nil, err
	}
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if tok.Kind() != '[' {
		return nil, fmt.Errorf("%s is a JSON %s, want an array", what, kindName(tok.Kind()))
	}
	var items [][]byte
	for dec.PeekKind() != ']' {
		if len(items) == max {
			return nil, fmt.Errorf("%s has more than %d items: %s", what, max, why)
		}
		v, err := readSpan(buf, dec)
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", what, len(items), err)
		}
		items = append(items, v)
	}
	_, err = dec.ReadToken()
	return items, err
}

// readSpan reads the next value and returns it as a slice of buf (the
// decoder reads buf in place), so that it stays valid after the decoder
// moves on.
func readSpan(buf []byte, dec *jsontext.Decoder) ([]byte, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	end := dec.InputOffset()
	return buf[end-int64(len(v)) : end : end], nil
}

func kindName(k jsontext.Kind) string {
	switch k {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case '0':
		return "number"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "value"
}
