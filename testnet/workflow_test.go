package testnet

import (
	"context"
	"encoding/hex"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/workflow"
)

// chainWorkflow is prepare -> train (an array of 2) -> evaluate, as
// process jobs: what each stage writes is derived from its inputs, so
// the final report says the data flowed through every stage.
const chainWorkflow = `name: chain
jobs:
  prepare:
    process: sh
    args: ["-c", "tr a-z A-Z < \"$SKYOPS_INPUTS/raw.txt\" > clean.txt"]
    inputs: [{file: ./raw.txt}]
    resources: {cpus: 1, duration: 5m}
  train:
    process: sh
    count: 2
    args: ["-c", "{ cat \"$SKYOPS_INPUTS/clean.txt\"; echo \"model ${{ index }} of ${{ count }}\"; } > model.txt"]
    inputs: [{from: prepare/outputs/clean.txt}]
    resources: {cpus: 1, duration: 5m}
  evaluate:
    process: sh
    args: ["-c", "cat \"$SKYOPS_INPUTS\"/train/0/model.txt \"$SKYOPS_INPUTS\"/train/1/model.txt > report.txt"]
    inputs: [{from: train/outputs/model.txt}]
    resources: {cpus: 1, duration: 5m}
`

// signedWorkflow signs source for home as skyops run does, its uploads
// (name -> content) sealed with a fresh data key.
func signedWorkflow(t testing.TB, network, home string, signer types.Signer, source string, uploads map[string]string) api.WorkflowSubmitRequest {
	t.Helper()
	f, err := workflow.Parse("chain.yaml", []byte(source))
	if err != nil {
		t.Fatal(err)
	}
	key, _ := types.NewDataKey()
	req := api.WorkflowSubmitRequest{DataKey: hex.EncodeToString(key), Owner: signer.Address().Hex()}
	bases := map[string]types.JobSpec{}
	for _, j := range f.Jobs {
		b := types.JobSpec{PriceCapWei: "0", DurationSec: 3600}
		for _, in := range j.Inputs {
			if in.Kind != workflow.InputFile {
				continue
			}
			sealed, err := types.SealWithKey(key, []byte(uploads[filepath.Base(in.Local)]))
			if err != nil {
				t.Fatal(err)
			}
			c := result.CIDOf(sealed)
			b.InputCIDs = append(b.InputCIDs, c)
			req.Blobs = append(req.Blobs, api.InputBlob{CID: c, Data: sealed})
		}
		bases[j.Name] = b
	}
	sw, err := workflow.Compile(f, []byte(source), bases, workflow.Signing{Network: network, Home: home, Nonce: nonce(), CreatedAt: uint64(time.Now().Unix())})
	if err != nil {
		t.Fatal(err)
	}
	sig, err := types.SignWorkflow(sw, node.DefaultChainID, signer)
	if err != nil {
		t.Fatal(err)
	}
	req.Workflow, req.Signature = *sw, hex.EncodeToString(sig)
	return req
}

// waitWorkflow polls until the workflow is no longer running.
func waitWorkflow(t testing.TB, ctx context.Context, cl *api.Client, id string) *api.Workflow {
	t.Helper()
	for {
		w, err := cl.Workflow(ctx, id)
		if err == nil && w.State != "running" {
			return w
		}
		select {
		case <-ctx.Done():
			t.Fatalf("workflow %s did not end: %+v (%v)", id[:10], w, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// A three-stage chain whose data flows through encrypted forwarded
// outputs, with an array in the middle, completes with the right final
// output; no peer coordinates it.
func TestWorkflowChainInProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "wf", Fleets: []string{"none", "none", "none"}, Log: testLog(t),
		Options: func(i int) []node.Option {
			if i > 0 {
				return []node.Option{node.AllowProcess()}
			}
			return nil
		}})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	req := signedWorkflow(t, "wf", c.Nodes[0].ID().String(), signer, chainWorkflow, map[string]string{"raw.txt": "raw text\n"})
	resp, err := cl.SubmitWorkflow(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Instances != 4 || resp.Owner != signer.Address().Hex() {
		t.Fatalf("submit answered %+v", resp)
	}
	w := waitWorkflow(t, ctx, cl, resp.ID)
	if w.State != "succeeded" {
		t.Fatalf("workflow ended %s: %+v", w.State, w.Instances)
	}
	eval := w.Instances[3]
	if eval.Name != "evaluate" || eval.State != "completed" || len(eval.Tries) != 1 {
		t.Fatalf("evaluate: %+v", eval)
	}
	out := ownerOutput(t, ctx, cl, owner, eval.Tries[0])
	got, err := os.ReadFile(filepath.Join(out, "report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "RAW TEXT\nmodel 0 of 2\nRAW TEXT\nmodel 1 of 2\n"; string(got) != want {
		t.Fatalf("the report is %q, want %q", got, want)
	}
	// Every peer folded the same workflow to the same end.
	for i, n := range c.Nodes[1:] {
		other, err := api.NewClient(n.SocketPath()).Workflow(ctx, resp.ID)
		if err != nil || other.State != "succeeded" {
			t.Fatalf("peer %d: %+v, %v", i+1, other, err)
		}
	}
}

// A workflow refused at submit leaves nothing behind: a form that does
// not open (a cycle), one signed by someone else, one whose upload is not
// sealed with its data key.
func TestWorkflowRefusedAtSubmit(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "wfbad", Fleets: []string{"none", "none"},
		Options: func(i int) []node.Option { return []node.Option{node.AllowProcess()} }})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	home := c.Nodes[0].ID().String()
	refuse := func(what string, req api.WorkflowSubmitRequest, want string) {
		t.Helper()
		var ae *api.Error
		if _, err := cl.SubmitWorkflow(ctx, req); !errors.As(err, &ae) || !strings.Contains(ae.Message, want) {
			t.Fatalf("%s: %v, want an error saying %q", what, err, want)
		}
	}
	good := signedWorkflow(t, "wfbad", home, signer, chainWorkflow, map[string]string{"raw.txt": "x"})

	cyclic := good
	cyclic.Workflow.File = strings.Replace(chainWorkflow, "  prepare:\n", "  prepare:\n    needs: [evaluate]\n", 1)
	sig, _ := types.SignWorkflow(&cyclic.Workflow, node.DefaultChainID, signer)
	cyclic.Signature = hex.EncodeToString(sig)
	refuse("a cycle", cyclic, "cycle")

	forged := good
	other, _ := crypto.GenerateKey()
	sig, _ = types.SignWorkflow(&forged.Workflow, node.DefaultChainID, types.KeySigner{Key: other})
	forged.Signature = hex.EncodeToString(sig)
	refuse("another wallet's signature", forged, "not by the owner")

	wrongKey := good
	k, _ := types.NewDataKey()
	wrongKey.DataKey = hex.EncodeToString(k)
	refuse("an upload under another key", wrongKey, "not encrypted with the workflow's data key")

	if ws, err := cl.Workflows(ctx, ""); err != nil || len(ws) != 0 {
		t.Fatalf("refused workflows left %v (%v)", ws, err)
	}
	if c.Nodes[0].HasContent(good.Blobs[0].CID) {
		t.Fatal("a refused workflow's upload was stored")
	}
}

func testLog(t testing.TB) *slog.Logger {
	if os.Getenv("SKYOPS_TEST_LOG") == "" {
		return nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// A 50-instance array fans out over the network and its fan-in reads
// every instance's output.
func TestWorkflowArrayOf50InProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "wfarray", Fleets: []string{"none"},
		Options: func(i int) []node.Option { return []node.Option{node.AllowProcess()} }})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	const source = `name: array
jobs:
  square:
    process: sh
    count: 50
    args: ["-c", "echo $(( ${{ index }} * ${{ index }} )) > sq.txt"]
    resources: {cpus: 1, ram: 1, duration: 5m}
  sum:
    process: sh
    args: ["-c", "cat \"$SKYOPS_INPUTS\"/square/*/sq.txt | awk '{s+=$1} END {print NR, s}' > sum.txt"]
    inputs: [{from: square/outputs/sq.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
`
	req := signedWorkflow(t, "wfarray", c.Nodes[0].ID().String(), signer, source, nil)
	resp, err := cl.SubmitWorkflow(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	w := waitWorkflow(t, ctx, cl, resp.ID)
	if w.State != "succeeded" || w.Counts["completed"] != 51 {
		t.Fatalf("workflow ended %s, counts %v", w.State, w.Counts)
	}
	out := ownerOutput(t, ctx, cl, owner, w.Instances[50].Tries[0])
	got, _ := os.ReadFile(filepath.Join(out, "sum.txt"))
	if want := "50 40425\n"; string(got) != want { // the sum of i² for i < 50
		t.Fatalf("sum.txt is %q, want %q", got, want)
	}
}

// The executor of a job in the middle of a chain dies while it runs: the
// job is detected lost and resumes on another node, as any job does, and
// the chain completes.
func TestWorkflowExecutorKilledMidChain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 4, Network: "wfkill", Fleets: []string{"none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second,
		Options: func(i int) []node.Option {
			opts := []node.Option{node.SuspectWindow(time.Second), node.SyncEvery(2 * time.Second)}
			if i > 0 {
				opts = append(opts, node.AllowProcess())
			}
			return opts
		}})
	owner, _ := crypto.GenerateKey()
	signer := types.KeySigner{Key: owner}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	const source = `name: kill
jobs:
  prepare:
    process: sh
    args: ["-c", "echo prepared > data.txt"]
    resources: {cpus: 1, ram: 1, duration: 5m}
  train:
    process: sh
    args: ["-c", "sleep 4; { cat \"$SKYOPS_INPUTS/data.txt\"; echo trained; } > model.txt"]
    inputs: [{from: prepare/outputs/data.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
  evaluate:
    process: sh
    args: ["-c", "{ cat \"$SKYOPS_INPUTS/model.txt\"; echo evaluated; } > report.txt"]
    inputs: [{from: train/outputs/model.txt}]
    resources: {cpus: 1, ram: 1, duration: 5m}
`
	req := signedWorkflow(t, "wfkill", c.Nodes[0].ID().String(), signer, source, nil)
	resp, err := cl.SubmitWorkflow(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	// Kill train's executor once it runs.
	var victim = -1
	for victim < 0 {
		w, err := cl.Workflow(ctx, resp.ID)
		if err == nil && len(w.Instances) == 3 && w.Instances[1].JobState == "running" {
			for i, n := range c.Nodes {
				if n.ID().String() == w.Instances[1].Executor {
					victim = i
				}
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("train never ran: %+v", w)
		case <-time.After(100 * time.Millisecond):
		}
	}
	if victim == 0 {
		t.Fatal("the home ran train")
	}
	c.Kill(victim)
	w := waitWorkflow(t, ctx, cl, resp.ID)
	if w.State != "succeeded" {
		t.Fatalf("workflow ended %s: %+v", w.State, w.Instances)
	}
	j, err := cl.Job(ctx, w.Instances[1].Tries[0])
	if err != nil || j.Attempts < 2 {
		t.Fatalf("train's job: %d attempts (%v), want a second after its executor died", j.Attempts, err)
	}
	out := ownerOutput(t, ctx, cl, owner, w.Instances[2].Tries[0])
	got, _ := os.ReadFile(filepath.Join(out, "report.txt"))
	if want := "prepared\ntrained\nevaluated\n"; string(got) != want {
		t.Fatalf("report.txt is %q, want %q", got, want)
	}
}
