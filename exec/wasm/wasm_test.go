package wasm

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestRunEcho(t *testing.T) {
	r := newRuntime(t)
	out := run(t, r, Job{
		Module: goModule(t, "guest"),
		Args:   []string{"echo", "a b", "--flag"},
		Env:    []string{"FOO=bar", "EMPTY=", "WITH=eq=sign"},
	})
	if out.ExitCode != 0 || out.Reason != "" {
		t.Fatalf("result = %+v, stderr %q", out.Result, out.stderr)
	}
	wantOut := `args=["job" "echo" "a b" "--flag"]` + "\n" + `env=["EMPTY=" "FOO=bar" "WITH=eq=sign"]` + "\n"
	if out.stdout != wantOut {
		t.Errorf("stdout = %q, want %q", out.stdout, wantOut)
	}
	if out.stderr != "to stderr\n" {
		t.Errorf("stderr = %q", out.stderr)
	}
	if out.Duration <= 0 {
		t.Errorf("duration = %v", out.Duration)
	}
}

func TestRunSysClocksAndRandom(t *testing.T) {
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"sys"}})
	if want := "year>2020=true rand=true slept=true\n"; out.stdout != want || out.ExitCode != 0 {
		t.Fatalf("stdout = %q (want %q), result %+v", out.stdout, want, out.Result)
	}
}

func TestRunBadEnv(t *testing.T) {
	r := newRuntime(t)
	_, err := r.Run(context.Background(), Job{Module: wasmModule(1, "_start", opNop), Env: []string{"NOEQUALS"}})
	if err == nil || !strings.Contains(err.Error(), "KEY=VALUE") {
		t.Fatalf("err = %v", err)
	}
}

func TestRunFiles(t *testing.T) {
	in, outDir := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "in.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"files"}, InputsDir: in, OutputsDir: outDir})
	if out.ExitCode != 0 {
		t.Fatalf("result %+v stderr %q", out.Result, out.stderr)
	}
	if out.stdout != "input in.txt\n" {
		t.Errorf("stdout = %q", out.stdout)
	}
	got, err := os.ReadFile(filepath.Join(outDir, "sub", "out.txt"))
	if err != nil || string(got) != "HELLO" {
		t.Fatalf("output = %q, %v", got, err)
	}
}

func TestRunExitCode(t *testing.T) {
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"exit", "3"}})
	if out.ExitCode != 3 || out.Reason != "" {
		t.Fatalf("result = %+v", out.Result)
	}
}

func TestRunGoPanic(t *testing.T) {
	// A Go panic (here a nil dereference) is the Go runtime exiting 2.
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"panic"}})
	if out.ExitCode != 2 || !strings.Contains(out.stderr, "nil pointer dereference") {
		t.Fatalf("result = %+v, stderr %q", out.Result, out.stderr)
	}
}

func TestRunTrap(t *testing.T) {
	out := run(t, newRuntime(t), Job{Module: wasmModule(1, "_start", opUnreachable)})
	if out.ExitCode != ExitCodeAborted || out.Reason != "trap: unreachable" {
		t.Fatalf("result = %+v", out.Result)
	}
	if !strings.Contains(out.stderr, "wasm stack trace") {
		t.Errorf("stderr has no stack trace: %q", out.stderr)
	}
}

func TestRunTimeout(t *testing.T) {
	r := newRuntime(t)
	for _, tc := range []struct {
		name string
		mod  []byte
		args []string
	}{
		{"wasm loop", wasmModule(1, "_start", opLoopForever), nil},
		{"go loop", goModule(t, "guest"), []string{"loop"}},
		{"go sleep", goModule(t, "guest"), []string{"sleep"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := run(t, r, Job{Module: tc.mod, Args: tc.args, Duration: time.Second})
			if out.ExitCode != ExitCodeAborted || out.Reason != "timeout after 1s" {
				t.Fatalf("result = %+v", out.Result)
			}
			// The runtime's own clock starts after compilation, the
			// deadline's a little before: allow for the difference.
			if out.Duration < 900*time.Millisecond || out.Duration > 10*time.Second {
				t.Errorf("ran for %v", out.Duration)
			}
		})
	}
}

func TestRunCanceled(t *testing.T) {
	r := newRuntime(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	res, err := r.Run(ctx, Job{Module: wasmModule(1, "_start", opLoopForever), Duration: time.Minute})
	if !errors.Is(err, context.Canceled) || res.Reason != "canceled" || res.ExitCode != ExitCodeAborted {
		t.Fatalf("res = %+v, err = %v", res, err)
	}
}

func TestRunMemoryLimit(t *testing.T) {
	r := newRuntime(t, MemoryLimitMiB(64))
	t.Run("wasm grow", func(t *testing.T) {
		out := run(t, r, Job{Module: wasmModule(1, "_start", opGrowUntilFail), MemoryMiB: 8})
		if out.ExitCode != ExitCodeAborted || !strings.HasPrefix(out.Reason, "memory limit: grew past 8 MiB (trap: unreachable") {
			t.Fatalf("result = %+v", out.Result)
		}
	})
	t.Run("go alloc over default cap", func(t *testing.T) {
		out := run(t, r, Job{Module: goModule(t, "guest"), Args: []string{"alloc", "256"}})
		if out.ExitCode == 0 || out.Reason != "memory limit: grew past 64 MiB" {
			t.Fatalf("result = %+v stderr %q", out.Result, tail(out.stderr))
		}
	})
	t.Run("go alloc under cap", func(t *testing.T) {
		out := run(t, r, Job{Module: goModule(t, "guest"), Args: []string{"alloc", "100"}, MemoryMiB: 256})
		if out.ExitCode != 0 || out.stdout != "allocated 100 MiB\n" {
			t.Fatalf("result = %+v stderr %q", out.Result, tail(out.stderr))
		}
	})
	t.Run("initial memory over cap", func(t *testing.T) {
		out := run(t, r, Job{Module: wasmModule(200, "_start", opNop), MemoryMiB: 8})
		if out.ExitCode != ExitCodeAborted || !strings.HasPrefix(out.Reason, "memory limit: module needs 13 MiB at start") {
			t.Fatalf("result = %+v", out.Result)
		}
	})
}

func tail(s string) string {
	if len(s) > 500 {
		return "..." + s[len(s)-500:]
	}
	return s
}

func TestRunCannotWriteInputs(t *testing.T) {
	in, outDir := t.TempDir(), t.TempDir()
	inFile := filepath.Join(in, "in.txt")
	if err := os.WriteFile(inFile, []byte("original"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"write-inputs"}, InputsDir: in, OutputsDir: outDir})
	if out.ExitCode != 0 {
		t.Fatalf("result %+v stderr %q", out.Result, out.stderr)
	}
	if strings.Contains(out.stdout, "ALLOWED") || strings.Count(out.stdout, "denied") != 5 {
		t.Errorf("guest saw:\n%s", out.stdout)
	}
	if got, _ := os.ReadFile(inFile); string(got) != "original" {
		t.Errorf("input file now %q", got)
	}
	entries, _ := os.ReadDir(in)
	if len(entries) != 1 {
		t.Errorf("inputs dir now has %d entries", len(entries))
	}
}

func TestRunCannotEscape(t *testing.T) {
	in, outDir := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "in.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, newRuntime(t), Job{Module: goModule(t, "guest"), Args: []string{"escape"}, InputsDir: in, OutputsDir: outDir})
	if out.ExitCode != 0 {
		t.Fatalf("result %+v stderr %q", out.Result, out.stderr)
	}
	if strings.Contains(out.stdout, "ALLOWED") || strings.Count(out.stdout, "denied") != 9 {
		t.Errorf("guest saw:\n%s", out.stdout)
	}
	entries, _ := os.ReadDir(outDir)
	if len(entries) != 0 {
		t.Errorf("outputs dir has %d entries", len(entries))
	}
}

func TestRunRefusesDirsWithSymlinks(t *testing.T) {
	r := newRuntime(t)
	dir := t.TempDir()
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "passwd")); err != nil {
		t.Fatal(err)
	}
	for _, j := range []Job{{InputsDir: dir}, {OutputsDir: dir}} {
		j.Module = wasmModule(1, "_start", opNop)
		if _, err := r.Run(context.Background(), j); err == nil || !strings.Contains(err.Error(), "symlink") {
			t.Errorf("err = %v", err)
		}
	}
	if _, err := r.Run(context.Background(), Job{Module: wasmModule(1, "_start", opNop), InputsDir: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing inputs dir accepted")
	}
}

func TestRunInvalidModules(t *testing.T) {
	r := newRuntime(t)
	for name, mod := range map[string][]byte{
		"empty":      nil,
		"garbage":    []byte("not wasm at all"),
		"no _start":  wasmModule(1, "main", opNop),
		"env import": wasmModule(1, "_start", opNop, [2]string{"env", "f"}),
	} {
		if res, err := r.Run(context.Background(), Job{Module: mod}); err == nil {
			t.Errorf("%s: no error, result %+v", name, res)
		}
	}
}

func TestRunConcurrent(t *testing.T) {
	// Several rounds: each starts with the module out of the in-memory
	// cache, so runs race to load it from the file cache (wazero#2547).
	r := newRuntime(t)
	mod := goModule(t, "guest")
	for round := range 8 {
		var wg sync.WaitGroup
		for i := range 4 {
			wg.Go(func() {
				res, err := r.Run(context.Background(), Job{Module: mod, Args: []string{"exit", string(rune('0' + i))}})
				if err != nil || res.ExitCode != i {
					t.Errorf("round %d job %d: %+v %v", round, i, res, err)
				}
			})
		}
		wg.Wait()
		if t.Failed() {
			return
		}
	}
}

func TestRunAfterClose(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Run(context.Background(), Job{Module: wasmModule(1, "_start", opNop)}); err == nil {
		t.Fatal("Run after Close succeeded")
	}
}

func TestDemoTrain(t *testing.T) {
	in, outDir := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(in, "data.csv"), []byte("1,2,3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	job := Job{
		Module:    goModule(t, "demo-train"),
		Args:      []string{"--epochs", "2", "--steps", "3", "--sleep-ms", "1", "--model", "tiny"},
		InputsDir: in, OutputsDir: outDir,
	}
	out := run(t, newRuntime(t), job)
	if out.ExitCode != 0 {
		t.Fatalf("result %+v stderr %q", out.Result, out.stderr)
	}
	for _, want := range []string{"input data.csv 6 bytes", "epoch 2/2 loss=", "SKYOPS_PROGRESS 6/6"} {
		if !strings.Contains(out.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out.stdout)
		}
	}
	model, err := os.ReadFile(filepath.Join(outDir, "model.txt"))
	if err != nil || !bytes.Contains(model, []byte("tiny")) {
		t.Errorf("model.txt = %q, %v", model, err)
	}
	if _, err := os.Stat(filepath.Join(outDir, "metrics.json")); err != nil {
		t.Error(err)
	}

	job.Args = append(job.Args, "--fail")
	job.OutputsDir = t.TempDir()
	out = run(t, newRuntime(t), job)
	if out.ExitCode != 1 || out.stderr == "" {
		t.Errorf("--fail: result %+v stderr %q", out.Result, out.stderr)
	}
}

func TestValidate(t *testing.T) {
	ctx := context.Background()
	valid := wasmModule(1, "_start", opNop)
	random := make([]byte, 4096)
	rand.Read(random)
	badVersion := bytes.Clone(valid)
	badVersion[4] = 2
	for _, tc := range []struct {
		name, wantErr string
		mod           []byte
	}{
		{"valid", "", valid},
		{"go module", "", goModule(t, "guest")},
		{"empty", "empty module", nil},
		{"random", "not a wasm module", random},
		{"header only", "", []byte("\x00asm\x01\x00\x00\x00")[:8]},
		{"truncated", "remain in the module", valid[:len(valid)-3]},
		{"truncated go module", "remain in the module", goModule(t, "guest")[:100000]},
		{"bad body", "invalid module", wasmModule(1, "_start", []byte{0x41})}, // i32.const, no immediate
		{"bad version", "unsupported wasm binary version 2", badVersion},
		{"no _start", "does not export _start", wasmModule(1, "main", opNop)},
		{"env import", "imports env.f", wasmModule(1, "_start", opNop, [2]string{"env", "f"})},
		{"unknown wasi", "not a WASI preview 1 function", wasmModule(1, "_start", opNop, [2]string{"wasi_snapshot_preview1", "nope"})},
		{"wrong wasi signature", "wrong signature", wasmModule(1, "_start", opNop, [2]string{"wasi_snapshot_preview1", "fd_write"})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Validate(ctx, tc.mod)
			if tc.name == "header only" {
				// An empty module is well formed but has no _start.
				tc.wantErr = "does not export _start"
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

func FuzzValidate(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	f.Add(wasmModule(1, "_start", opNop))
	f.Add(wasmModule(1, "_start", opGrowUntilFail, [2]string{"wasi_snapshot_preview1", "proc_exit"}))
	f.Add(wasmModule(70000, "_start", opUnreachable))
	for _, b := range bombs() {
		f.Add(b.mod)
	}
	f.Add(growModule([]byte{0x00, 0x00}, MaxTableEntries+1, -1))
	f.Fuzz(func(t *testing.T, mod []byte) {
		ctx := context.Background()
		// Whatever the input, validating it must cost a bounded multiple
		// of its size: the bombs ask wazero for gigabytes.
		var err error
		if alloc := allocated(func() { err = Validate(ctx, mod) }); alloc > maxBombAlloc+64*uint64(len(mod)) {
			t.Fatalf("Validate allocated %d MiB for a module of %d bytes", alloc>>20, len(mod))
		}
		if err != nil {
			return
		}
		if _, err := memoryMinPages(mod); err != nil {
			t.Fatalf("valid module whose memory section cannot be read: %v", err)
		}
		// What Run compiles must be valid too.
		bounded, err := boundTables(mod)
		if err != nil {
			t.Fatalf("valid module whose tables cannot be bounded: %v", err)
		}
		if err := Validate(ctx, bounded); err != nil {
			t.Fatalf("valid module invalid once its tables are bounded: %v", err)
		}
	})
}
