package pipeline_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/exec/wasm"
	"github.com/skyops/skyops/workflow"
)

// The example runs end to end on the wasm runtime: each instance of
// pipeline.yaml, in Instances order, with its inputs staged where the
// workflow says they land, and the final report is exactly
// testdata/report.json.
func TestPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("builds three wasm modules")
	}
	f, err := workflow.ParseFile("pipeline.yaml")
	if err != nil {
		t.Fatal(err)
	}
	modules := build(t, "prepare", "train", "evaluate")
	rt, err := wasm.New()
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close(context.Background())

	work := t.TempDir()
	outputs := map[int]string{} // instance number -> its outputs dir
	for _, in := range f.Instances() {
		dir := filepath.Join(work, in.Name)
		inDir, outDir := filepath.Join(dir, "inputs"), filepath.Join(dir, "outputs")
		for _, d := range []string{inDir, outDir} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		for _, i := range in.Inputs {
			dest := filepath.Join(inDir, filepath.FromSlash(strings.TrimPrefix(i.Dest, "/inputs/")))
			switch i.Kind {
			case workflow.InputFile:
				copyFile(t, i.Local, dest)
			case workflow.InputFrom:
				copyFile(t, filepath.Join(outputs[i.From], filepath.FromSlash(strings.TrimPrefix(i.FromPath, "outputs/"))), dest)
			default:
				t.Fatalf("%s: input %v: the example has no datasets", in.Name, i)
			}
		}
		module, ok := modules[filepath.Base(in.Def.Wasm)]
		if !ok {
			t.Fatalf("%s runs %s, which is not built", in.Name, in.Def.Wasm)
		}
		var stdout, stderr bytes.Buffer
		res, err := rt.Run(context.Background(), wasm.Job{
			Module: module, Args: in.Args, Env: in.Env,
			InputsDir: inDir, OutputsDir: outDir,
			Stdout: &stdout, Stderr: &stderr, Duration: time.Minute,
		})
		if err != nil || res.ExitCode != 0 {
			t.Fatalf("%s: %v, exit %d %s\n%s%s", in.Name, err, res.ExitCode, res.Reason, stdout.String(), stderr.String())
		}
		t.Logf("%s:\n%s", in.Name, stdout.String())
		outputs[in.Index] = outDir
	}
	got, err := os.ReadFile(filepath.Join(work, "evaluate", "outputs", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("report.json:\n%s\nwant:\n%s", got, want)
	}
}

// build builds each program for wasip1 and returns the modules by the
// file name pipeline.yaml gives them.
func build(t *testing.T, names ...string) map[string][]byte {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go toolchain: %v", err)
	}
	dir := t.TempDir()
	out := map[string][]byte{}
	for _, n := range names {
		file := filepath.Join(dir, n+".wasm")
		cmd := exec.Command(goBin, "build", "-o", file, "./"+n)
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			if strings.Contains(string(msg), "unsupported GOOS/GOARCH") {
				t.Skipf("toolchain cannot build wasip1/wasm: %s", msg)
			}
			t.Fatalf("build %s: %v\n%s", n, err, msg)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		out[n+".wasm"] = b
	}
	return out
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
