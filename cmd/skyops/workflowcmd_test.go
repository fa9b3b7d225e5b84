package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/types"
)

// submittedPipeline submits the pipeline to d and returns its id.
func submittedPipeline(t *testing.T, h cliHooks, w cliTestWallet, d *workflowDaemon) string {
	t.Helper()
	req, _ := submitPipeline(t, h, w, d)
	id, err := req.Workflow.Digest(1337)
	if err != nil {
		t.Fatal(err)
	}
	return id.Hex()
}

func TestWorkflowStatusAndCancel(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	id := submittedPipeline(t, h, w, d)

	out, errs, code := cliHooked(t, h, "workflow", "status", id, "--socket", d.socket, "-o", "json")
	var got api.Workflow
	if code != 0 || json.Unmarshal([]byte(out), &got) != nil {
		t.Fatalf("status -o json: exit %d %q %q", code, out, errs)
	}
	if got.ID != id || got.Name != "pipeline" || got.Owner != w.addr.Hex() || len(got.Instances) != 3 || got.Instances[2].Name != "evaluate" {
		t.Errorf("status -o json: %+v", got)
	}
	// The table, by a prefix of the id.
	out, errs, code = cliHooked(t, h, "workflow", "status", id[:8], "--socket", d.socket)
	for _, want := range []string{"Workflow:   " + id, "State:      running", "Instances:  3 (3 waiting)", "INDEX  NAME      STATE    TRIES  JOB  EXECUTOR", "2      evaluate  waiting  0      -    -"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("status lacks %q: exit %d\n%s%s", want, code, out, errs)
		}
	}
	// list: mine by default.
	out, _, code = cliHooked(t, h, append([]string{"workflow", "list", "--socket", d.socket}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, id[:14]+"  pipeline  running  3          3 waiting") {
		t.Errorf("list:\n%s", out)
	}
	cliMustFail(t, h, []string{"workflow", "status", "0xabc", "--socket", d.socket}, "too short", "at least 6 hex digits")
	cliMustFail(t, h, []string{"workflow", "status", "0x123456", "--socket", d.socket}, "holds no workflow whose id starts with 0x123456")
	cliMustFail(t, h, []string{"workflow", "status", "train", "--socket", d.socket}, `"train" is not a workflow id`)

	out, errs, code = cliHooked(t, h, append([]string{"workflow", "cancel", id[:12], "--socket", d.socket}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "workflow "+id+" cancelled") {
		t.Fatalf("cancel: exit %d %q %q", code, out, errs)
	}
	d.mu.Lock()
	cancels := d.cancels[id]
	d.mu.Unlock()
	if len(cancels) != 1 {
		t.Fatalf("cancels %+v", cancels)
	}
	sig, err := types.ParseSignatureHex(cancels[0].Signature)
	if err != nil {
		t.Fatal(err)
	}
	if err := types.VerifyCancel("fakenet", common.HexToHash(id), w.addr, sig); err != nil {
		t.Fatalf("the cancel does not verify for the workflow: %v", err)
	}

	// Another wallet is not the owner: nothing is sent.
	other := newCLITestWallet(t)
	cliMustFail(t, h, append([]string{"workflow", "cancel", id, "--socket", d.socket}, other.flags()...), "only the owner can cancel it")
	if d.mu.Lock(); len(d.cancels[id]) != 1 {
		t.Error("a stranger's cancel was sent")
	}
	d.mu.Unlock()
}

func TestWorkflowLogsAndGet(t *testing.T) {
	h := walletTestHooks()
	w := newCLITestWallet(t)
	d := startWorkflowDaemon(t)
	id := submittedPipeline(t, h, w, d)
	rk, err := types.DeriveResultsKey(types.KeySigner{Key: w.key(t)})
	if err != nil {
		t.Fatal(err)
	}
	// prepare completed, train failed on its second try, evaluate skipped.
	tries := []string{"0x" + strings.Repeat("a1", 32), "0x" + strings.Repeat("b1", 32), "0x" + strings.Repeat("b2", 32)}
	d.mu.Lock()
	wf := d.flows[id]
	wf.State = "failed"
	wf.Counts = map[string]int{"completed": 1, "failed": 1, "skipped": 1}
	wf.Instances[0].State, wf.Instances[0].Tries = "completed", tries[:1]
	wf.Instances[1].State, wf.Instances[1].Tries = "failed", tries[1:]
	wf.Instances[2].State = "skipped"
	for i, j := range tries {
		src := t.TempDir()
		os.WriteFile(filepath.Join(src, "clean.csv"), []byte("a,b\n"+j[:6]+"\n"), 0o644)
		var sealed bytes.Buffer
		sw, _ := types.SealStream(&rk.PublicKey, &sealed)
		if _, _, err := result.Pack(src, sw); err != nil {
			t.Fatal(err)
		}
		sw.Close()
		job := api.Job{ID: j, Owner: w.addr.Hex(), State: "completed", OutputCID: result.CIDOf(sealed.Bytes())}
		if i > 0 {
			job.State = "failed"
		}
		job.Spec.Network, job.Spec.ResultsKey = "fakenet", types.ResultsKeyHex(&rk.PublicKey)
		d.jobs[j], d.outputs[j] = job, sealed.Bytes()
		d.logs[j], _ = types.SealToOwner(&rk.PublicKey, []byte("log of "+j[:6]+"\n"))
	}
	d.mu.Unlock()

	// logs: by name and by index, the last try's.
	for _, ref := range []string{"train", "1"} {
		out, errs, code := cliHooked(t, h, append([]string{"workflow", "logs", id, ref, "--socket", d.socket}, w.flags()...)...)
		if code != 0 || out != "log of 0xb2b2\n" {
			t.Errorf("logs %s: exit %d %q %q", ref, code, out, errs)
		}
	}
	cliMustFail(t, h, append([]string{"workflow", "logs", id, "evaluate", "--socket", d.socket}, w.flags()...), "instance evaluate is skipped: it has not run yet")
	cliMustFail(t, h, append([]string{"workflow", "logs", id, "trian", "--socket", d.socket}, w.flags()...), `has no instance "trian"`)

	// get: the completed instance's files under DIR/<name>/; a second
	// get leaves what is there.
	dir := filepath.Join(t.TempDir(), "out")
	out, errs, code := cliHooked(t, h, append([]string{"workflow", "get", id, "-o", dir, "--socket", d.socket}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "prepare: wrote 1 files to "+filepath.Join(dir, "prepare")) {
		t.Fatalf("get: exit %d %q %q", code, out, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "prepare", "clean.csv")); string(b) != "a,b\n0xa1a1\n" {
		t.Fatalf("prepare/clean.csv: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("get wrote %d directories, want only the completed instance's", len(entries))
	}
	out, _, code = cliHooked(t, h, append([]string{"workflow", "get", id, "-o", dir, "--socket", d.socket}, w.flags()...)...)
	if code != 0 || !strings.Contains(out, "is not empty, left as it is") {
		t.Errorf("second get: exit %d %q", code, out)
	}
	cliMustFail(t, h, append([]string{"workflow", "get", id, "-o", dir, "--instance", "train", "--socket", d.socket}, w.flags()...),
		"instance train is failed: only a completed instance has outputs")
	cliMustFail(t, h, []string{"workflow", "get", id, "--socket", d.socket}, "skyops workflow get ID -o DIR")
}

// An instance name from the daemon never leads out of DIR.
func TestWorkflowInstanceDirName(t *testing.T) {
	for name, want := range map[string]string{
		"train[2]":                  "train[2]",
		"train[v=a/../../../etc/b]": "train[v=a_.._.._.._etc_b]",
		"..":                        "instance-7",
		"":                          "instance-7",
		"a\\b":                      "a_b",
	} {
		if got := instanceDirName(api.WorkflowInstance{Index: 7, Name: name}); got != want {
			t.Errorf("%q: %q, want %q", name, got, want)
		}
	}
}
