package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// writeFile writes data at dir/name and returns the path.
func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A file that does not parse is refused with each error at its line, and
// the daemon hears nothing: not even GET /v1/id.
func TestRunRefusesBadFiles(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	dir := t.TempDir()
	var big strings.Builder
	big.WriteString("name: big\njobs:\n  sweep:\n    process: echo\n    matrix:\n      a: [")
	for i := range 101 {
		if i > 0 {
			big.WriteString(", ")
		}
		big.WriteString(strings.Repeat("x", 1+i%3) + string(rune('a'+i%26)) + strings.Repeat("y", i/26))
	}
	big.WriteString("]\n      b: [")
	for i := range 100 {
		if i > 0 {
			big.WriteString(", ")
		}
		big.WriteString(string(rune('0'+i/10)) + string(rune('0'+i%10)))
	}
	big.WriteString("]\n")
	for _, c := range []struct {
		name, data string
		wants      []string
	}{
		{"cycle.yaml", "name: cyc\njobs:\n  a:\n    process: echo\n    needs: [b]\n  b:\n    process: echo\n    needs: [a]\n",
			[]string{"cycle.yaml:5:13: the needs form a cycle, a -> b -> a"}},
		{"from.yaml", "name: from\njobs:\n  a:\n    process: echo\n  b:\n    process: echo\n    inputs:\n      - from: c/outputs/x.txt\n",
			[]string{"from.yaml:8:9: job b: from c: no job of that name"}},
		{"big.yaml", big.String(), []string{"big.yaml:2:1: the workflow expands to 10100 job instances, at most 10000"}},
		{"schema.yaml", "name: schema\njobs:\n  a:\n    process: echo\n    count: \"4\"\n    gpu_count: 2\n",
			[]string{"schema.yaml:5:12: job a: count: want a whole number", `schema.yaml:6:5: job a: unknown key "gpu_count"`}},
	} {
		path := writeFile(t, dir, c.name, c.data)
		out, errs, code := cliHooked(t, h, append([]string{"run", path, "--socket", d.socket}, w.flags()...)...)
		if code != 1 || out != "" {
			t.Errorf("%s: exit %d, stdout %q", c.name, code, out)
		}
		for _, want := range c.wants {
			if !strings.Contains(errs, dir+"/"+want) {
				t.Errorf("%s: stderr lacks %q:\n%s", c.name, want, errs)
			}
		}
		if !strings.Contains(errs, "error: "+path+" has ") || !strings.Contains(errs, "nothing was submitted") {
			t.Errorf("%s: stderr:\n%s", c.name, errs)
		}
	}
	// Secrets are refused, saying so, before anything is asked.
	path := writeFile(t, dir, "sec.yaml", "name: sec\njobs:\n  a:\n    process: echo\n    secrets: {TOKEN: hunter2}\n")
	cliMustFail(t, h, append([]string{"run", path, "--socket", d.socket}, w.flags()...), "workflow secrets are not supported yet", "job a sets secrets")
	if _, errs, _ := cliHooked(t, h, append([]string{"run", path, "--socket", d.socket}, w.flags()...)...); strings.Contains(errs, "hunter2") {
		t.Errorf("the error shows the secret: %s", errs)
	}
	// A file: input that is not there: the error says where in the file.
	path = writeFile(t, dir, "missing.yaml", "name: missing\njobs:\n  a:\n    process: echo\n    inputs:\n      - file: ./nope.csv\n")
	cliMustFail(t, h, append([]string{"run", path, "--socket", d.socket}, w.flags()...), path+":6:9: job a: file:", "nope.csv")
	if n := d.requestCount(); n != 0 {
		t.Fatalf("the daemon got %d requests: %v", n, d.requests)
	}
}

// pipelineDir is examples/pipeline copied into a temp dir with stand-in
// modules (a header and a custom section naming the job, so that each has
// its own CID) where its wasm: paths point.
func pipelineDir(t *testing.T) (dir string, modules map[string][]byte) {
	t.Helper()
	dir = t.TempDir()
	for _, f := range []string{"pipeline.yaml", "raw.csv"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "examples", "pipeline", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, f, string(b))
	}
	modules = map[string][]byte{}
	for _, j := range []string{"prepare", "train", "evaluate"} {
		m := append(append([]byte(nil), emptyWasmModule...), 0, byte(1+len(j)), byte(len(j)))
		m = append(m, j...)
		modules[j] = m
		writeFile(t, dir, j+".wasm", string(m))
	}
	return dir, modules
}

// signedWorkflowOf rebuilds the signed workflow from its typed data's
// message, as a wallet's user would see it.
func signedWorkflowOf(t *testing.T, td apitypes.TypedData) *types.SignedWorkflow {
	t.Helper()
	m := td.Message
	str := func(k string) string {
		s, ok := m[k].(string)
		if !ok {
			t.Fatalf("message %s is %T", k, m[k])
		}
		return s
	}
	num := func(k string) uint64 {
		var n uint64
		if err := json.Unmarshal([]byte(str(k)), &n); err != nil {
			t.Fatalf("message %s: %v", k, err)
		}
		return n
	}
	return &types.SignedWorkflow{
		Network: str("network"), Home: str("home"), Nonce: num("nonce"), CreatedAt: num("createdAt"), Name: str("name"),
		PriceCapWei: str("priceCapWei"), PaymentToken: str("paymentToken"), ResultsKey: str("resultsKey"),
		Instances: uint32(num("instances")), File: str("file"), Bases: str("bases"),
	}
}

func TestRunDryRunPipeline(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	dir, modules := pipelineDir(t)
	file := filepath.Join(dir, "pipeline.yaml")
	args := append([]string{"run", file, "--dry-run", "--network", "testnet", "--home", testHome, "--socket", filepath.Join(dir, "none.sock")}, w.flags()...)
	out, errs, code := cliHooked(t, h, append(args, "-o", "json")...)
	if code != 0 {
		t.Fatalf("dry run: exit %d: %s", code, errs)
	}
	var dr dryRunOut
	if err := json.Unmarshal([]byte(out), &dr); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(dr.TypedData, &td); err != nil {
		t.Fatal(err)
	}
	if td.PrimaryType != "Workflow" {
		t.Fatalf("primaryType %q", td.PrimaryType)
	}
	digest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(digest).Hex() != dr.ID {
		t.Fatalf("typed data hashes to %x, printed id %s", digest, dr.ID)
	}
	sw := signedWorkflowOf(t, td)
	sig, err := types.ParseSignatureHex(dr.Signature)
	if err != nil {
		t.Fatal(err)
	}
	if owner, err := types.RecoverWorkflowOwner(sw, defaultChainID, sig); err != nil || owner != w.addr || dr.Owner != w.addr.Hex() {
		t.Fatalf("signature recovers to %s (%v), printed owner %s, wallet %s", owner.Hex(), err, dr.Owner, w.addr.Hex())
	}
	src, _ := os.ReadFile(file)
	rk, _ := types.DeriveResultsKey(types.KeySigner{Key: w.key(t)})
	if sw.File != string(src) || sw.Network != "testnet" || sw.Home != testHome || sw.Instances != 3 || sw.ResultsKey != types.ResultsKeyHex(&rk.PublicKey) {
		t.Fatalf("signed workflow: %+v", sw)
	}
	g, err := workflow.Open(sw)
	if err != nil {
		t.Fatal(err)
	}
	for i, in := range g.Instances {
		spec := g.InstanceSpec(uint32(i))
		if m := modules[in.Job]; spec.Artifact != result.CIDOf(m) || spec.ArtifactSize != uint64(len(m)) || spec.DurationSec != 600 || spec.RAMMiB != 1024 {
			t.Errorf("instance %s: %+v", in.Name, spec)
		}
	}
	if up := g.Uploads(0); len(up) != 1 || up[0].Dest != "/inputs/raw.csv" {
		t.Errorf("prepare's uploads: %+v", up)
	}

	// The table form: the typed data alone on stdout, the rest on stderr.
	out, errs, code = cliHooked(t, h, args...)
	if code != 0 || !json.Valid([]byte(out)) || !strings.Contains(errs, "Workflow id:") || !strings.Contains(errs, "Dry run:      nothing submitted") {
		t.Fatalf("dry run table: exit %d\n%s\n%s", code, out, errs)
	}
}

// submitPipeline runs the pipeline against d and returns the request the
// daemon got and the command's stdout.
func submitPipeline(t *testing.T, h cliHooks, w cliTestWallet, d *workflowDaemon, extra ...string) (*api.WorkflowSubmitRequest, string) {
	t.Helper()
	dir, _ := pipelineDir(t)
	args := append([]string{"run", filepath.Join(dir, "pipeline.yaml"), "--socket", d.socket}, w.flags()...)
	out, errs, code := cliHooked(t, h, append(args, extra...)...)
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, errs)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.submits) == 0 {
		t.Fatal("nothing submitted")
	}
	return d.submits[len(d.submits)-1], out
}

func TestRunSubmitsWorkflow(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	req, out := submitPipeline(t, h, w, d)

	// The body as sent decodes strictly as the request type.
	var strict api.WorkflowSubmitRequest
	dec := json.NewDecoder(bytes.NewReader(d.bodies[0]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&strict); err != nil {
		t.Fatalf("the body is not a WorkflowSubmitRequest: %v", err)
	}
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		t.Fatal(err)
	}
	if owner, err := types.RecoverWorkflowOwner(&req.Workflow, 1337, sig); err != nil || owner != w.addr || req.Owner != w.addr.Hex() {
		t.Fatalf("signature recovers to %s (%v), request owner %s", owner.Hex(), err, req.Owner)
	}
	if req.Workflow.Network != "fakenet" || req.Workflow.Home != testHome {
		t.Errorf("network %q home %q: want the daemon's", req.Workflow.Network, req.Workflow.Home)
	}
	g, err := workflow.Open(&req.Workflow)
	if err != nil {
		t.Fatal(err)
	}
	blobs := map[string][]byte{}
	for _, b := range req.Blobs {
		if err := result.VerifyCID(b.CID, b.Data); err != nil || result.CIDOf(b.Data) != b.CID {
			t.Errorf("blob %s: %v", b.CID, err)
		}
		blobs[b.CID] = b.Data
	}
	if len(req.Blobs) != 4 { // three modules and raw.csv
		t.Errorf("%d blobs, want 4", len(req.Blobs))
	}
	for i := range g.Instances {
		spec := g.InstanceSpec(uint32(i))
		if m, ok := blobs[spec.Artifact]; !ok || uint64(len(m)) != spec.ArtifactSize {
			t.Errorf("instance %d's module %s is not among the blobs", i, spec.Artifact)
		}
	}
	key, err := hex.DecodeString(req.DataKey)
	if err != nil || len(key) != types.DataKeySize {
		t.Fatalf("data key %q: %v", req.DataKey, err)
	}
	up := g.Uploads(0)
	if len(up) != 1 {
		t.Fatalf("uploads %+v", up)
	}
	plain, err := types.OpenWithKey(key, blobs[up[0].CID])
	raw, _ := os.ReadFile(filepath.Join("..", "..", "examples", "pipeline", "raw.csv"))
	if err != nil || !bytes.Equal(plain, raw) {
		t.Fatalf("the upload opens to %d bytes (%v), want raw.csv's %d", len(plain), err, len(raw))
	}
	id, _ := req.Workflow.Digest(1337)
	for _, want := range []string{"Workflow:   " + id.Hex(), "Name:       pipeline", "Instances:  3", "skyops workflow status " + id.Hex()} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	// -o json is the daemon's answer.
	_, out = submitPipeline(t, h, w, d, "-o", "json")
	var resp api.WorkflowSubmitResponse
	if err := json.Unmarshal([]byte(out), &resp); err != nil || resp.Name != "pipeline" || resp.Instances != 3 || resp.Owner != w.addr.Hex() {
		t.Errorf("-o json: %v %q", err, out)
	}

	// Another chain id gives another id: said loudly.
	dir, _ := pipelineDir(t)
	cliMustFail(t, h, append([]string{"run", filepath.Join(dir, "pipeline.yaml"), "--socket", d.socket, "--chain-id", "1"}, w.flags()...),
		"verifies signatures for another chain id")
}

func TestRunWait(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	dir, _ := pipelineDir(t)
	args := append([]string{"run", filepath.Join(dir, "pipeline.yaml"), "--socket", d.socket, "--wait"}, w.flags()...)

	d.onSubmit = func(wf api.Workflow) []api.Workflow {
		return []api.Workflow{
			snapshot(wf, "running", "released", "waiting", "waiting"),
			snapshot(wf, "running", "completed", "released", "waiting"),
			snapshot(wf, "running", "completed", "released", "waiting"),
			snapshot(wf, "succeeded", "completed", "completed", "completed"),
		}
	}
	out, errs, code := cliHooked(t, h, args...)
	if code != 0 {
		t.Fatalf("wait: exit %d: %s", code, errs)
	}
	// Each change once: the header, then the instances that changed.
	for _, want := range []string{"Instances:  3", "running: 2 waiting, 1 released\n", "INDEX  NAME", "0      prepare   released", "1      train    released", "succeeded: 3 completed"} {
		if !strings.Contains(out, want) {
			t.Errorf("wait output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "1 released, 1 completed"); n != 1 {
		t.Errorf("an unchanged poll was printed again (%d times):\n%s", n, out)
	}

	d.onSubmit = func(wf api.Workflow) []api.Workflow {
		return []api.Workflow{
			snapshot(wf, "running", "completed", "released", "waiting"),
			snapshot(wf, "failed", "completed", "failed", "skipped"),
		}
	}
	cliMustFail(t, h, args, "workflow 0x", " failed: failed: train; skipped: evaluate", "skyops workflow logs")

	// -o json: one JSON line per change, the last the final state.
	d.onSubmit = func(wf api.Workflow) []api.Workflow {
		return []api.Workflow{snapshot(wf, "running", "released", "waiting", "waiting"), snapshot(wf, "succeeded", "completed", "completed", "completed")}
	}
	out, errs, code = cliHooked(t, h, append(args, "-o", "json")...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var last api.Workflow
	if code != 0 || len(lines) != 2 || json.Unmarshal([]byte(lines[1]), &last) != nil || last.State != "succeeded" {
		t.Fatalf("wait -o json: exit %d, %q, %q", code, out, errs)
	}
}

// snapshot is wf with each instance in the state given, counted.
func snapshot(wf api.Workflow, state string, states ...string) api.Workflow {
	wf.State = state
	wf.Instances = append([]api.WorkflowInstance(nil), wf.Instances...)
	wf.Counts = map[string]int{}
	for i := range wf.Instances {
		wf.Instances[i].State = states[i]
		if states[i] != "waiting" {
			wf.Instances[i].Tries = []string{"0x" + strings.Repeat(string(rune('a'+i)), 64)}
			wf.Instances[i].Executor = "16Uiu2HAmExecutorNodeId"
		}
		wf.Counts[states[i]]++
	}
	return wf
}

// Each kind of job is resolved as submit-task resolves the same flags: a
// model: job from its template (overridden by the job's own keys), an
// image: tag pinned, a process: as it is; a file two jobs upload is sealed
// once, and one job uploading a file twice gets two sealings.
func TestRunResolvesJobs(t *testing.T) {
	h := walletTestHooks()
	h.builtin = func(name string) ([]byte, error) {
		if name != "demo-train" {
			t.Errorf("builtin %q", name)
		}
		return emptyWasmModule, nil
	}
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	dir := t.TempDir()
	writeFile(t, dir, "data.bin", "some data")
	path := writeFile(t, dir, "kinds.yaml", `name: kinds
price-cap: "0.5"
jobs:
  demo:
    model: cpu-demo
    resources: {ram: 2}
    inputs:
      - file: ./data.bin
  demo-long:
    model: gpt2
    args: [--epochs, "9"]
    resources: {gpus: 0, duration: 30m}
  box:
    image: ghcr.io/acme/trainer:1
    count: 2
    inputs:
      - file: ./data.bin
      - file: ./data.bin
        as: copy.bin
  plain:
    process: /bin/true
    needs: [box]
`)
	out, errs, code := cliHooked(t, h, append([]string{"run", path, "--socket", d.socket}, w.flags()...)...)
	if code != 0 {
		t.Fatalf("run: exit %d %s %s", code, out, errs)
	}
	d.mu.Lock()
	req := d.submits[0]
	d.mu.Unlock()
	g, err := workflow.Open(&req.Workflow)
	if err != nil {
		t.Fatal(err)
	}
	specs := map[string]*types.JobSpec{}
	for i, in := range g.Instances {
		specs[in.Name] = g.InstanceSpec(uint32(i))
	}
	if s := specs["demo"]; s.Model != "cpu-demo" || s.Runtime != "wasm" || s.Artifact != result.CIDOf(emptyWasmModule) || s.RAMMiB != 2048 ||
		s.DurationSec != 600 || strings.Join(s.Args, " ") != "--model cpu-demo --epochs 1" || s.PriceCapWei != "500000000000000000" {
		t.Errorf("demo: %+v", s)
	}
	if s := specs["demo-long"]; s.Model != "gpt2" || s.GPUCount != 0 || s.GPUModel != "" || s.RAMMiB != 64<<10 || s.DurationSec != 1800 || strings.Join(s.Args, " ") != "--epochs 9" {
		t.Errorf("demo-long: %+v", s)
	}
	if s := specs["box[1]"]; s.Runtime != "docker" || s.Artifact != "ghcr.io/acme/trainer:1@"+fakeDigest || s.DurationSec != 3600 || len(s.InputCIDs) != 2 || s.InputCIDs[0] == s.InputCIDs[1] {
		t.Errorf("box[1]: %+v", s)
	}
	if s := specs["plain"]; s.Runtime != "process" || s.Artifact != "/bin/true" {
		t.Errorf("plain: %+v", s)
	}
	// demo and box share data.bin's first sealing; box's second is its own.
	if demo, box := specs["demo"].InputCIDs[0], specs["box[0]"].InputCIDs[0]; demo != box {
		t.Errorf("data.bin sealed twice for two jobs: %s, %s", demo, box)
	}
	if len(req.Blobs) != 3 { // the module, data.bin twice
		t.Errorf("%d blobs, want 3", len(req.Blobs))
	}
}

// Ctrl-C while following: the workflow goes on, and the error says how to
// follow and cancel it.
func TestRunWaitInterrupted(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	dir, _ := pipelineDir(t)
	d.onSubmit = func(wf api.Workflow) []api.Workflow {
		return []api.Workflow{snapshot(wf, "running", "released", "waiting", "waiting")}
	}
	ctx, cancel := context.WithCancel(withCLIHooks(context.Background(), h))
	defer cancel()
	go func() {
		for {
			d.mu.Lock()
			polls := 0
			for _, r := range d.requests {
				if strings.HasPrefix(r, "GET /v1/workflows/0x") {
					polls++
				}
			}
			d.mu.Unlock()
			if polls >= 2 {
				cancel()
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	var out, errb bytes.Buffer
	code := run(ctx, append([]string{"run", filepath.Join(dir, "pipeline.yaml"), "--socket", d.socket, "--wait"}, w.flags()...), &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "was submitted and keeps running in the network; follow it with: skyops workflow status 0x") ||
		!strings.Contains(out.String(), "prepare   released") {
		t.Fatalf("exit %d\n%s\n%s", code, out.String(), errb.String())
	}
}
