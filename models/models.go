// Package models is the catalog of model templates that `skyops submit-task
// --model NAME` starts from: the runtime, artifact, arguments and resource
// shape of a known workload. The shipped templates (catalog.yaml) can be
// added to or overridden by the user's own file.
//
// The wasm runtime cannot run PyTorch, so the shipped templates all run the
// builtin demo training program under the model's name and resource shape;
// their descriptions say so.
package models

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/types"
)

//go:embed catalog.yaml
var shippedYAML []byte

// FileEnv names the user's templates file when --models is not given.
const FileEnv = "SKYOPS_MODELS"

// BuiltinPrefix marks an artifact that ships inside the skyops binary.
const BuiltinPrefix = "builtin:"

// ErrUnknownModel is wrapped by Lookup's error for a name with no template.
var ErrUnknownModel = errors.New("no template for model")

// ErrNoBuiltin says that this build does not embed a builtin artifact.
var ErrNoBuiltin = errors.New("builtin artifact not embedded in this build")

// Template is what a model name stands for.
type Template struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Runtime     string   `json:"runtime"`
	Artifact    string   `json:"artifact"` // "builtin:NAME", or an absolute path to a .wasm file
	Framework   string   `json:"framework"`
	Args        []string `json:"args"`
	GPUModel    string   `json:"gpuModel"` // "" = any
	GPUCount    uint32   `json:"gpuCount"` // 0 = CPU only
	RAMMiB      uint64   `json:"ramMiB"`   // 0 = no minimum
	DurationSec uint64   `json:"durationSec"`
	Source      string   `json:"source"` // "shipped", or the file that defined it
}

// Resolver returns the bytes of a builtin artifact by its name (the part
// after "builtin:").
type Resolver func(name string) ([]byte, error)

// builtinFS holds the modules that ship inside the binary, gzipped:
// demo-train is examples/demo-train built for wasip1 (make builtins
// rebuilds it; a test checks it matches its source).
//
//go:embed builtin/*.wasm.gz
var builtinFS embed.FS

// Builtin resolves builtin artifacts by name ("demo-train").
func Builtin(name string) ([]byte, error) {
	z, err := builtinFS.ReadFile("builtin/" + name + ".wasm.gz")
	if err != nil {
		return nil, fmt.Errorf("%w: %s%s (pass --wasm FILE)", ErrNoBuiltin, BuiltinPrefix, name)
	}
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, fmt.Errorf("builtin %s: %w", name, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("builtin %s: %w", name, err)
	}
	return out, nil
}

// DefaultFile is $SKYOPS_MODELS, else ~/.skyops/models.yaml.
func DefaultFile() string {
	if f := os.Getenv(FileEnv); f != "" {
		return f
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".skyops", "models.yaml")
	}
	return ""
}

// Catalog is a set of templates by name.
type Catalog struct {
	byName  map[string]Template
	builtin Resolver
}

// NewCatalog builds a catalog from layers of templates; a template in a
// later layer replaces the one of the same name in an earlier layer, whole.
func NewCatalog(builtin Resolver, layers ...[]Template) *Catalog {
	c := &Catalog{byName: map[string]Template{}, builtin: builtin}
	for _, l := range layers {
		for _, t := range l {
			c.byName[t.Name] = t
		}
	}
	return c
}

// Shipped returns the templates that ship with skyops.
func Shipped() ([]Template, error) { return Parse(shippedYAML, "") }

// Load is the shipped templates with the user's file on top. A file that
// the user named (mustExist) has to exist; the default one may be absent.
func Load(userFile string, mustExist bool, builtin Resolver) (*Catalog, error) {
	shipped, err := Shipped()
	if err != nil {
		return nil, fmt.Errorf("shipped model templates: %w", err)
	}
	if userFile == "" {
		return NewCatalog(builtin, shipped), nil
	}
	data, err := readFile(userFile)
	if errors.Is(err, os.ErrNotExist) && !mustExist {
		return NewCatalog(builtin, shipped), nil
	}
	if err != nil {
		return nil, fmt.Errorf("model templates: %w", err)
	}
	user, err := Parse(data, userFile)
	if err != nil {
		return nil, err
	}
	return NewCatalog(builtin, shipped, user), nil
}

// maxFile keeps a mistaken --models (a video, a disk image) from being
// read whole.
const maxFile = 1 << 20

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("%s is over %d KiB: is it a templates file?", path, maxFile>>10)
	}
	return b, nil
}

// Lookup returns the template for name.
func (c *Catalog) Lookup(name string) (Template, error) {
	if t, ok := c.byName[name]; ok {
		return t, nil
	}
	return Template{}, fmt.Errorf("%w %q: known models are %s", ErrUnknownModel, name, strings.Join(c.Names(), ", "))
}

// Names are the template names, sorted.
func (c *Catalog) Names() []string { return slices.Sorted(maps.Keys(c.byName)) }

// List returns every template, sorted by name.
func (c *Catalog) List() []Template {
	out := make([]Template, 0, len(c.byName))
	for _, n := range c.Names() {
		out = append(out, c.byName[n])
	}
	return out
}

// Artifact returns the bytes of a template's artifact: a builtin through
// the catalog's resolver, or a file.
func (c *Catalog) Artifact(t Template) ([]byte, error) {
	if t.Artifact == "" {
		return nil, fmt.Errorf("template %q has no artifact: pass --wasm FILE", t.Name)
	}
	if name, ok := strings.CutPrefix(t.Artifact, BuiltinPrefix); ok {
		if c.builtin == nil {
			return nil, fmt.Errorf("template %q: %w: %s (pass --wasm FILE)", t.Name, ErrNoBuiltin, t.Artifact)
		}
		b, err := c.builtin(name)
		if err != nil {
			return nil, fmt.Errorf("template %q: %w", t.Name, err)
		}
		return b, nil
	}
	f, err := os.Open(t.Artifact)
	if err != nil {
		return nil, fmt.Errorf("template %q artifact: %w", t.Name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, types.MaxArtifactBytes+1))
	if err != nil {
		return nil, fmt.Errorf("template %q artifact: %w", t.Name, err)
	}
	if len(b) > types.MaxArtifactBytes {
		return nil, fmt.Errorf("template %q artifact %s is over %d MiB", t.Name, t.Artifact, types.MaxArtifactBytes>>20)
	}
	return b, nil
}

// file is the YAML layout: see catalog.yaml.
type file struct {
	Models []entry `yaml:"models"`
}

type entry struct {
	Name        string   `yaml:"name"`
	Description string   `yaml:"description"`
	Runtime     string   `yaml:"runtime"`
	Artifact    string   `yaml:"artifact"`
	Framework   string   `yaml:"framework"`
	Args        []string `yaml:"args"`
	GPU         string   `yaml:"gpu"`
	GPUs        *int64   `yaml:"gpus"`
	RAM         string   `yaml:"ram"`
	Duration    string   `yaml:"duration"`
}

// Parse reads templates from YAML. source is the file's path (relative
// artifact paths are taken from its directory), or "" for the shipped
// catalog. Unknown keys are errors: a misspelt "gpu_count" silently
// ignored would place the job on the wrong hardware.
func Parse(data []byte, source string) ([]Template, error) {
	where := source
	if where == "" {
		where = "shipped catalog"
	}
	var f file
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %s", where, oneLine(err.Error()))
	}
	seen := map[string]bool{}
	out := make([]Template, 0, len(f.Models))
	for i, e := range f.Models {
		t, err := e.template(source)
		if err != nil {
			name := e.Name
			if name == "" {
				name = fmt.Sprintf("#%d", i+1)
			}
			return nil, fmt.Errorf("%s: model %s: %w", where, name, err)
		}
		if seen[t.Name] {
			return nil, fmt.Errorf("%s: model %s is defined twice", where, t.Name)
		}
		seen[t.Name] = true
		out = append(out, t)
	}
	return out, nil
}

func (e entry) template(source string) (Template, error) {
	t := Template{
		Name: e.Name, Description: e.Description, Runtime: e.Runtime, Artifact: e.Artifact,
		Framework: e.Framework, Args: e.Args, GPUModel: e.GPU, Source: source,
	}
	if t.Source == "" {
		t.Source = "shipped"
	}
	if !validName(t.Name) {
		return t, fmt.Errorf("name %q: use letters, digits, '.', '_' and '-' (at most 64)", t.Name)
	}
	if t.Runtime == "" {
		t.Runtime = types.RuntimeWasm
	}
	if name, ok := strings.CutPrefix(t.Artifact, BuiltinPrefix); ok {
		if name == "" {
			return t, errors.New(`artifact "builtin:" names no builtin`)
		}
	} else if t.Artifact != "" && !filepath.IsAbs(t.Artifact) && source != "" {
		t.Artifact = filepath.Join(filepath.Dir(source), t.Artifact)
	}
	switch {
	case e.GPUs == nil && e.GPU != "":
		t.GPUCount = 1 // naming a GPU model asks for one of it
	case e.GPUs != nil:
		if *e.GPUs < 0 || *e.GPUs > types.MaxJobGPUs {
			return t, fmt.Errorf("gpus %d: use 0 (CPU only) to %d", *e.GPUs, types.MaxJobGPUs)
		}
		if *e.GPUs == 0 && e.GPU != "" {
			return t, fmt.Errorf("gpu %q with gpus 0: use gpus 1 or more, or no gpu for a CPU-only template", e.GPU)
		}
		t.GPUCount = uint32(*e.GPUs)
	}
	if e.RAM != "" {
		mib, err := ParseSize(e.RAM)
		if err != nil {
			return t, fmt.Errorf("ram: %w", err)
		}
		t.RAMMiB = mib
	}
	if e.Duration == "" {
		return t, errors.New("duration is missing: give the maximum run time, e.g. 2h")
	}
	d, err := time.ParseDuration(e.Duration)
	if err != nil || d <= 0 {
		return t, fmt.Errorf("duration %q: give a positive Go duration, e.g. 2h or 90m", e.Duration)
	}
	if d > types.MaxJobDurationSec*time.Second {
		return t, fmt.Errorf("duration %s: at most 168h", e.Duration)
	}
	t.DurationSec = uint64((d + time.Second - 1) / time.Second)
	return t, nil
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_', r == '-':
		default:
			return false
		}
	}
	return true
}

// ParseSize reads a memory size with a binary unit ("512MiB", "64GiB",
// "1TiB"; "64GB" is read as GiB, as people mean it) into MiB.
func ParseSize(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	num := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.TrimSpace(s[len(num):])
	var mul uint64
	switch strings.ToLower(unit) {
	case "mib", "mb", "m":
		mul = 1
	case "gib", "gb", "g":
		mul = 1 << 10
	case "tib", "tb", "t":
		mul = 1 << 20
	default:
		return 0, fmt.Errorf("%q: give a whole number with a unit, e.g. 512MiB, 64GiB or 1TiB", s)
	}
	n, err := strconv.ParseUint(num, 10, 64)
	if err != nil || n == 0 || n > (1<<63)/mul {
		return 0, fmt.Errorf("%q: give a whole number above 0 with a unit, e.g. 64GiB", s)
	}
	return n * mul, nil
}

// oneLine folds yaml's multi-line error lists into one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ; ")), " ")
}
