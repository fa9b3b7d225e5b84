package models

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// The embedded demo module is what examples/demo-train builds to: a stale
// binary beside its source would be a lie about what users run.
func TestBuiltinDemoMatchesSource(t *testing.T) {
	got, err := Builtin("demo-train")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) < 8 || !bytes.Equal(got[:4], []byte("\x00asm")) {
		t.Fatal("embedded demo-train is not a wasm module")
	}
	if testing.Short() {
		return
	}
	out := filepath.Join(t.TempDir(), "demo.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, "github.com/skyops/skyops/examples/demo-train")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build demo-train: %v\n%s", err, b)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("models/builtin/demo-train.wasm.gz is stale (or built by another Go version): run make builtins")
	}
	if _, err := Builtin("nope"); err == nil {
		t.Fatal("unknown builtin resolved")
	}
}
