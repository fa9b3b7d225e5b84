package node

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// A run whose context has ended (the daemon stopping, or its claim fallen)
// reports no outcome: an output import cut short by the stop once ended a
// job as failed in the chaos test, where a crash would have left it to be
// rescheduled. The same outcome on a live context is published.
func TestStoppedRunReportsNothing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker(), AllowProcess())
	cl := api.NewClient(n.SocketPath())
	owner, _ := crypto.GenerateKey()
	req := emptyJob(t, n, owner)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sleep", 0, nil
	req.Spec.Args = []string{"30"}
	sig, err := types.SignJobSpec(&req.Spec, n.cfg.ChainID, types.KeySigner{Key: owner})
	if err != nil {
		t.Fatal(err)
	}
	req.Signature = "0x" + common.Bytes2Hex(sig)
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	id := common.HexToHash(resp.ID)
	var attempt uint32
	for attempt == 0 {
		j, err := cl.Job(ctx, resp.ID)
		if err == nil && j.State == "running" {
			attempt = uint32(j.Attempts)
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job did not start: %+v, %v", j, err)
		case <-time.After(50 * time.Millisecond):
		}
	}

	stopped, stop := context.WithCancel(ctx)
	stop()
	fail := &types.JobEvent{Job: id, Type: types.EvFail, Attempt: attempt, Reason: "package outputs: import content (after 0 bytes): context canceled"}
	fail.SetExit(0)
	if err := n.publishResult(stopped, fail); err == nil {
		t.Fatal("a stopped run's failure was published")
	}
	if j, err := cl.Job(ctx, resp.ID); err != nil || j.State != "running" {
		t.Fatalf("after a stopped run's report the job is %+v (%v); want it still running", j, err)
	}

	// The control: on a live context the same report ends the job.
	if err := n.publishResult(ctx, fail); err != nil {
		t.Fatalf("publish on a live context: %v", err)
	}
	if j, err := cl.Job(ctx, resp.ID); err != nil || j.State != "failed" {
		t.Fatalf("after a live report the job is %+v (%v); want failed", j, err)
	}
}
