package testnet

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skyops/skyops/api"
)

// Workflows on a testnet of real skyopsd processes, driven only through
// the skyops CLI: the example pipeline (prepare -> train -> evaluate,
// its data flowing through encrypted forwarded outputs) completes with
// the right final output; a cycle is refused at submit with its line and
// nothing submitted; a 50-job array completes; a chain whose middle (GPU)
// job's executor is killed resumes it elsewhere and completes.
func TestWorkflowsThroughCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs skyopsd")
	}
	bin := buildBinaries(t)
	work := t.TempDir()
	for _, f := range []string{"pipeline.yaml", "raw.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "examples", "pipeline", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(work, f), b, 0o600)
	}
	for _, j := range []string{"prepare", "train", "evaluate"} {
		cmd := exec.Command("go", "build", "-o", filepath.Join(work, j+".wasm"), "../examples/pipeline/"+j)
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %s: %v\n%s", j, err, out)
		}
	}
	os.WriteFile(filepath.Join(work, "demo.wasm"), demoModule(t), 0o600)

	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	m, err := Up(ctx, ProcessConfig{Peers: 4, Dir: dir, Network: "wfcli", DaemonPath: filepath.Join(bin, "skyopsd"), NoChain: true,
		// The home, peer 0, which the CLI talks to, has no GPU: the chain's
		// GPU job never runs there, so its executor can always be killed.
		Fleets: []string{"none", "A100:2", "A100:2", "A100:2"}, ReadyTimeout: 90 * time.Second,
		ExtraArgs: []string{"--advert-interval", "200ms", "--advert-ttl", "2s", "--suspect", "1s"}})
	if err != nil {
		t.Fatal(err)
	}
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+m.Wallet.Keystore, "SKYOPS_PASSWORD_FILE="+m.Wallet.PasswordFile)
	run := func(file string) string {
		t.Helper()
		out, err := skyops(0, "run", filepath.Join(work, file), "-o", "json")
		if err != nil {
			t.Fatalf("run %s: %v\n%s", file, err, out)
		}
		var resp api.WorkflowSubmitResponse
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("run %s printed: %v\n%s", file, err, out)
		}
		return resp.ID
	}
	status := func(id string) api.Workflow {
		t.Helper()
		out, err := skyops(0, "workflow", "status", id, "-o", "json")
		if err != nil {
			t.Fatalf("workflow status: %v\n%s", err, out)
		}
		var w api.Workflow
		if err := json.Unmarshal([]byte(out), &w); err != nil {
			t.Fatalf("workflow status printed: %v\n%s", err, out)
		}
		return w
	}
	wait := func(id string) api.Workflow {
		t.Helper()
		for {
			if w := status(id); w.State != "running" {
				return w
			}
			select {
			case <-ctx.Done():
				t.Fatalf("workflow %s did not end: %+v", id[:10], status(id))
			case <-time.After(300 * time.Millisecond):
			}
		}
	}

	// The example pipeline, and its final output, decrypted by the owner.
	id := run("pipeline.yaml")
	if w := wait(id); w.State != "succeeded" {
		t.Fatalf("pipeline ended %s: %+v", w.State, w.Instances)
	}
	outDir := filepath.Join(work, "out")
	if out, err := skyops(0, "workflow", "get", id, "-o", outDir); err != nil {
		t.Fatalf("workflow get: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(outDir, "evaluate", "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("..", "examples", "pipeline", "testdata", "report.json"))
	if string(got) != string(want) {
		t.Fatalf("evaluate's report.json:\n%s\nwant:\n%s", got, want)
	}

	// A cycle: refused with the line, nothing submitted.
	os.WriteFile(filepath.Join(work, "cycle.yaml"), []byte("name: cycle\njobs:\n  a:\n    wasm: ./demo.wasm\n    needs: [b]\n  b:\n    wasm: ./demo.wasm\n    needs: [a]\n"), 0o600)
	out, err := skyops(0, "run", filepath.Join(work, "cycle.yaml"))
	if err == nil || !strings.Contains(out, "cycle.yaml:5") || !strings.Contains(out, "a -> b -> a") {
		t.Fatalf("a cycle: %v\n%s", err, out)
	}
	if out, err := skyops(0, "workflow", "list", "--all", "-o", "json"); err != nil || strings.Count(out, `"id"`) != 1 {
		t.Fatalf("after the refused cycle, the daemon holds: %v\n%s", err, out)
	}

	// A 50-job array.
	os.WriteFile(filepath.Join(work, "array.yaml"), []byte(`name: array
jobs:
  train:
    wasm: ./demo.wasm
    count: 50
    args: [--epochs, "1", --steps, "1", --sleep-ms, "1", --model, "m${{ index }}"]
    resources: {ram: 1, duration: 2m}
`), 0o600)
	id = run("array.yaml")
	if w := wait(id); w.State != "succeeded" || w.Counts["completed"] != 50 {
		t.Fatalf("array ended %s, counts %v", w.State, w.Counts)
	}

	// A chain whose middle job's executor dies while it runs.
	os.WriteFile(filepath.Join(work, "chain.yaml"), []byte(`name: chain
jobs:
  first:
    wasm: ./demo.wasm
    args: [--epochs, "1", --steps, "1", --sleep-ms, "1", --model, first]
    resources: {ram: 1, duration: 2m}
  middle:
    wasm: ./demo.wasm
    args: [--epochs, "1", --steps, "10", --sleep-ms, "600", --model, middle]
    inputs: [{from: first/outputs/model.txt}]
    resources: {gpus: 1, ram: 1, duration: 2m}
  last:
    wasm: ./demo.wasm
    args: [--epochs, "1", --steps, "1", --sleep-ms, "1", --model, last]
    inputs: [{from: middle/outputs/model.txt}]
    resources: {ram: 1, duration: 2m}
`), 0o600)
	id = run("chain.yaml")
	victim := -1
	for victim < 0 {
		w := status(id)
		if len(w.Instances) == 3 && w.Instances[1].JobState == "running" {
			for i, p := range m.Peers {
				if p.ID == w.Instances[1].Executor {
					victim = i
				}
			}
			if victim <= 0 {
				t.Fatalf("the middle job runs on peer %d, not on a GPU peer: %+v", victim, w.Instances[1])
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the middle job never ran: %+v", w)
		case <-time.After(200 * time.Millisecond):
		}
	}
	if err := Kill(dir, victim); err != nil {
		t.Fatal(err)
	}
	w := wait(id)
	if w.State != "succeeded" {
		out, _ := skyops(0, "status", w.Instances[1].Tries[0])
		t.Fatalf("chain ended %s: %+v\n%s", w.State, w.Instances, out)
	}
	out, err = skyops(0, "status", w.Instances[1].Tries[0], "-o", "json")
	var j api.Job
	if err != nil || json.Unmarshal([]byte(out), &j) != nil || j.Attempts < 2 {
		t.Fatalf("the middle job after its executor died: %v\n%s", err, out)
	}
}
