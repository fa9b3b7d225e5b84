package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/models"
)

func TestModelsCommand(t *testing.T) {
	h := walletTestHooks()
	none := filepath.Join(t.TempDir(), "none.yaml")
	t.Setenv(models.FileEnv, "")
	out, errs, code := cliHooked(t, h, "models", "--models", none)
	if code != 1 || !strings.Contains(errs, "none.yaml") {
		t.Errorf("a named file that is missing: %d %q", code, errs)
	}
	home := t.TempDir()
	t.Setenv("HOME", home) // the default ~/.skyops/models.yaml is absent: fine
	out, errs, code = cliHooked(t, h, "models")
	if code != 0 {
		t.Fatalf("models: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[0], "NAME") {
		t.Fatalf("models table:\n%s", out)
	}
	for _, want := range []string{
		"gpt2              wasm     pytorch    1x A100  64GiB  4h        Demo workload standing in for GPT-2",
		"cpu-demo          wasm     none       none     1GiB   10m",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("models table lacks %q:\n%s", want, out)
		}
	}

	// The user's file adds and overrides; -o json has every field.
	user := filepath.Join(home, ".skyops", "models.yaml")
	os.MkdirAll(filepath.Dir(user), 0o700)
	os.WriteFile(user, []byte("models:\n  - name: mine\n    artifact: x.wasm\n    gpus: 2\n    ram: 8GiB\n    duration: 90m\n"), 0o600)
	out, errs, code = cliHooked(t, h, "models", "-o", "json")
	if code != 0 {
		t.Fatalf("models -o json: %d %s", code, errs)
	}
	var list []models.Template
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 6 {
		t.Fatalf("models -o json: %v\n%s", err, out)
	}
	var mine models.Template
	for _, m := range list {
		if m.Name == "mine" {
			mine = m
		}
	}
	if mine.GPUCount != 2 || mine.RAMMiB != 8192 || mine.DurationSec != 5400 || mine.Source != user || mine.Artifact != filepath.Join(home, ".skyops", "x.wasm") {
		t.Errorf("user template: %+v", mine)
	}
	out, _, _ = cliHooked(t, h, "models")
	if !strings.Contains(out, "mine*") || !strings.Contains(out, "1h30m") || !strings.Contains(out, "* from "+user) {
		t.Errorf("user template in the table:\n%s", out)
	}

	os.WriteFile(user, []byte("models:\n  - name: bad\n    duration: 1h\n    gpu_count: 1\n"), 0o600)
	cliMustFail(t, h, []string{"models"}, user, "field gpu_count not found")
}

func TestShortDuration(t *testing.T) {
	for in, want := range map[string]string{"4h": "4h", "90m": "1h30m", "10m": "10m", "45s": "45s", "1h0m30s": "1h0m30s", "0s": "-"} {
		d, _ := time.ParseDuration(in)
		if got := shortDuration(d); got != want {
			t.Errorf("%s: %q, want %q", in, got, want)
		}
	}
}
