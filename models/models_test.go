package models

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestShipped(t *testing.T) {
	ts, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	c := NewCatalog(nil, ts)
	want := []string{"bert-base", "cpu-demo", "gpt2", "resnet50", "stable-diffusion"}
	if got := strings.Join(c.Names(), " "); got != strings.Join(want, " ") {
		t.Fatalf("shipped %s, want %s", got, want)
	}
	for _, tm := range ts {
		// Every shipped template is honest about being a demo.
		if tm.Runtime != "wasm" || tm.Artifact != "builtin:demo-train" || !strings.Contains(strings.ToLower(tm.Description), "demo") {
			t.Errorf("%s: runtime %q artifact %q description %q", tm.Name, tm.Runtime, tm.Artifact, tm.Description)
		}
		if tm.Source != "shipped" || tm.DurationSec == 0 || tm.RAMMiB == 0 {
			t.Errorf("%s: %+v", tm.Name, tm)
		}
	}
	g, err := c.Lookup("gpt2")
	if err != nil {
		t.Fatal(err)
	}
	if g.Framework != "pytorch" || g.GPUModel != "A100" || g.GPUCount != 1 || g.RAMMiB != 64<<10 || g.DurationSec != 4*3600 ||
		strings.Join(g.Args, " ") != "--model gpt2 --epochs 3" {
		t.Errorf("gpt2: %+v", g)
	}
	cpu, _ := c.Lookup("cpu-demo")
	if cpu.GPUCount != 0 || cpu.GPUModel != "" {
		t.Errorf("cpu-demo asks for a GPU: %+v", cpu)
	}
	_, err = c.Lookup("llama")
	if !errors.Is(err, ErrUnknownModel) || !strings.Contains(err.Error(), `no template for model "llama": known models are bert-base, cpu-demo, gpt2, resnet50, stable-diffusion`) {
		t.Errorf("unknown: %v", err)
	}
}

func TestUserFile(t *testing.T) {
	dir := t.TempDir()
	wasm := filepath.Join(dir, "mine.wasm")
	os.WriteFile(wasm, []byte("\x00asm"), 0o600)
	user := filepath.Join(dir, "models.yaml")
	os.WriteFile(user, []byte(`
models:
  - name: gpt2
    description: my own gpt2
    artifact: mine.wasm
    gpu: H100
    ram: 80GiB
    duration: 90m
  - name: tiny
    artifact: builtin:other
    gpus: 2
    ram: 512MiB
    duration: 1s
`), 0o600)
	resolved := ""
	c, err := Load(user, true, func(name string) ([]byte, error) {
		resolved = name
		return []byte("builtin bytes"), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	g, _ := c.Lookup("gpt2")
	// An override replaces the shipped template whole.
	if g.Description != "my own gpt2" || g.Runtime != "wasm" || g.Artifact != wasm || g.GPUModel != "H100" ||
		g.GPUCount != 1 || g.RAMMiB != 80<<10 || g.DurationSec != 5400 || g.Args != nil || g.Framework != "" || g.Source != user {
		t.Errorf("override: %+v", g)
	}
	if b, err := c.Artifact(g); err != nil || string(b) != "\x00asm" {
		t.Errorf("file artifact: %q, %v", b, err)
	}
	tiny, _ := c.Lookup("tiny")
	if tiny.GPUCount != 2 || tiny.GPUModel != "" || tiny.RAMMiB != 512 {
		t.Errorf("tiny: %+v", tiny)
	}
	if b, err := c.Artifact(tiny); err != nil || string(b) != "builtin bytes" || resolved != "other" {
		t.Errorf("builtin artifact: %q, %v, resolver got %q", b, err, resolved)
	}
	if _, err := c.Lookup("resnet50"); err != nil {
		t.Errorf("shipped templates gone: %v", err)
	}

	// The default file may be missing; a named one may not.
	if _, err := Load(filepath.Join(dir, "none.yaml"), false, nil); err != nil {
		t.Errorf("missing default file: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "none.yaml"), true, nil); err == nil {
		t.Error("missing named file accepted")
	}
}

func TestBuiltinArtifacts(t *testing.T) {
	c, err := Load("", false, Builtin)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := c.Lookup("gpt2")
	if m, err := c.Artifact(g); err != nil || len(m) == 0 {
		t.Errorf("gpt2's builtin module: %v", err)
	}
	if _, err := c.Artifact(Template{Name: "x", Artifact: "builtin:missing"}); !errors.Is(err, ErrNoBuiltin) || !strings.Contains(err.Error(), "--wasm FILE") {
		t.Errorf("missing builtin: %v", err)
	}
	if _, err := NewCatalog(nil).Artifact(Template{Name: "x", Artifact: "builtin:y"}); !errors.Is(err, ErrNoBuiltin) {
		t.Errorf("no resolver: %v", err)
	}
	if _, err := NewCatalog(nil).Artifact(Template{Name: "x"}); err == nil || !strings.Contains(err.Error(), "has no artifact: pass --wasm FILE") {
		t.Errorf("no artifact: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"models:\n  - name: a\n    duration: 1h\n    gpu_count: 2\n", "field gpu_count not found"},
		{"modles: []\n", "field modles not found"},
		{"models:\n  - name: a\n    duration: 1h\n  - name: a\n    duration: 1h\n", "model a is defined twice"},
		{"models:\n  - name: 'a b'\n    duration: 1h\n", `name "a b"`},
		{"models:\n  - duration: 1h\n", `model #1: name ""`},
		{"models:\n  - name: a\n", "duration is missing"},
		{"models:\n  - name: a\n    duration: forever\n", `duration "forever"`},
		{"models:\n  - name: a\n    duration: 200h\n", "at most 168h"},
		{"models:\n  - name: a\n    duration: 1h\n    ram: 64\n", `ram: "64": give a whole number with a unit`},
		{"models:\n  - name: a\n    duration: 1h\n    ram: 0GiB\n", "above 0"},
		{"models:\n  - name: a\n    duration: 1h\n    gpus: -1\n", "gpus -1"},
		{"models:\n  - name: a\n    duration: 1h\n    gpus: 65\n", "gpus 65"},
		{"models:\n  - name: a\n    duration: 1h\n    gpu: A100\n    gpus: 0\n", `gpu "A100" with gpus 0`},
		{"models:\n  - name: a\n    duration: 1h\n    artifact: 'builtin:'\n", "names no builtin"},
		{"models: [\n", "yaml:"},
	} {
		_, err := Parse([]byte(c.yaml), "/x/m.yaml")
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: %v; want one line with %q", c.yaml, err, c.want)
		}
	}
	if ts, err := Parse(nil, "/x/empty.yaml"); err != nil || len(ts) != 0 {
		t.Errorf("empty file: %v, %v", ts, err)
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]uint64{"512MiB": 512, "64GiB": 64 << 10, "64GB": 64 << 10, "1TiB": 1 << 20, "2 gib": 2 << 10} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("%q: %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "64", "1.5GiB", "-1GiB", "GiB", "64PiB", "0MiB"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}
