package workflow

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// asJSON is a YAML file as the JSON value a schema validator checks.
func asJSON(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// Every good workflow (testdata/ok and the example) is valid against the
// schema; of the bad ones, those whose fault is of shape ("# schema:
// invalid") are invalid, and those only Parse can tell ("# schema:
// valid": unknown jobs, cycles, ...) are not caught by it.
func TestSchema(t *testing.T) {
	s := compileSchema(t)
	good, _ := filepath.Glob("testdata/ok/*.yaml")
	good = append(good, filepath.Join("..", "examples", "pipeline", "pipeline.yaml"))
	for _, path := range good {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(path, data); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		if err := s.Validate(asJSON(t, data)); err != nil {
			t.Errorf("%s is valid, and the schema refuses it: %v", path, err)
		}
	}
	bad, _ := filepath.Glob("testdata/bad/*.yaml")
	checked := 0
	for _, path := range bad {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var want string
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "# schema: "); ok {
				want = v
			}
		}
		switch want {
		case "skip": // not YAML the schema's JSON can hold
			continue
		case "valid", "invalid":
		default:
			t.Errorf("%s: no # schema: valid, invalid or skip", path)
			continue
		}
		checked++
		err = s.Validate(asJSON(t, data))
		if want == "invalid" && err == nil {
			t.Errorf("%s: the schema accepts a file of the wrong shape", path)
		}
		if want == "valid" && err != nil {
			t.Errorf("%s: the schema refuses it (%v); if that is right, mark it # schema: invalid", path, err)
		}
	}
	if checked < 15 {
		t.Errorf("only %d bad files checked against the schema", checked)
	}
}

// The schema lists exactly the keys the parser allows, at every level.
func TestSchemaKeys(t *testing.T) {
	var doc struct {
		Properties map[string]any `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]any `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		props map[string]any
		keys  []string
	}{
		{"top", doc.Properties, topKeys},
		{"job", doc.Defs["job"].Properties, jobKeys},
		{"input", doc.Defs["input"].Properties, inputKeys},
		{"resources", doc.Defs["resources"].Properties, resourceKeys},
		{"placement", doc.Defs["placement"].Properties, placementKeys},
	} {
		var got []string
		for k := range c.props {
			got = append(got, k)
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.keys))
		if !slices.Equal(got, want) {
			t.Errorf("%s: schema has %v, parser allows %v", c.name, got, want)
		}
	}
}
