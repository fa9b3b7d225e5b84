package testnet

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// A process job runs only where the provider allowed the process runtime;
// while the only such node is away it waits, and at a daemon that knows of
// no such node it is refused at submit with the runtime named.
func TestProcessRuntimeIsOptIn(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := processCluster(t, ctx, "proc")
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	req := signedJob(t, "proc", c.Nodes[0].ID(), owner, nil, "", 0, "-c", `echo "from $SKYOPS_JOB" > result.txt; echo SKYOPS_PROGRESS 1/1`)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	resign(t, &req, owner)
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl, resp.ID)
	if j.State != "completed" || j.Node != c.Nodes[1].ID().String() {
		t.Fatalf("process job: %s on %s (%s); want completed on the peer that allows it", j.State, j.Node, j.Error)
	}
	out := ownerOutput(t, ctx, cl, key, j.ID)
	if b, _ := os.ReadFile(filepath.Join(out, "result.txt")); !strings.Contains(string(b), "from "+j.ID) {
		t.Fatalf("result.txt %q", b)
	}

	// A job that fills its disk allowance is stopped with a reason, and
	// the node goes on.
	fill := signedJob(t, "proc", c.Nodes[0].ID(), owner, nil, "", 0, "-c", "head -c 5000000 /dev/zero > big; sleep 20")
	fill.Spec.Runtime, fill.Spec.Artifact, fill.Spec.ArtifactSize, fill.Artifact = "process", "sh", 0, nil
	fill.Spec.DiskMiB = 1
	resign(t, &fill, owner)
	fr, err := cl.Submit(ctx, fill)
	if err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	if j := waitJob(t, ctx, cl, fr.ID); j.State != "failed" || !strings.Contains(j.Error, "disk limit") {
		t.Fatalf("disk filler: %s (%s)", j.State, j.Error)
	}
	if time.Since(started) > 15*time.Second {
		t.Fatal("the disk filler ran to its end instead of being stopped")
	}
	if _, err := cl.Nodes(ctx); err != nil {
		t.Fatalf("node unhealthy after the disk filler: %v", err)
	}

	// The node that allows it leaves: a job for it waits, saying so.
	c.Nodes[1].Close()
	deadline := time.Now().Add(20 * time.Second)
	for len(c.Nodes[0].Nodes()) != 1 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	processJob := func() api.SubmitRequest {
		r := signedJob(t, "proc", c.Nodes[0].ID(), owner, nil, "", 0, "-c", "true")
		r.Spec.Runtime, r.Spec.Artifact, r.Spec.ArtifactSize, r.Artifact = "process", "sh", 0, nil
		resign(t, &r, owner)
		return r
	}
	waiting, err := cl.Submit(ctx, processJob())
	if err != nil || !strings.Contains(waiting.Placement, "1 runtime") || !strings.Contains(waiting.Placement, "is offline since") {
		t.Fatalf("process job while the only node allowing it is away: %+v, %v", waiting, err)
	}
	// A daemon that has not seen any node allowing it refuses, saying why.
	c.Kill(0)
	if err := c.Restart(ctx, 0); err != nil {
		t.Fatal(err)
	}
	cl = api.NewClient(c.Nodes[0].SocketPath())
	_, err = cl.Submit(ctx, processJob())
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != "unplaceable" || !strings.Contains(ae.Message, "runtime") {
		t.Fatalf("process job with no node allowing it: %v", err)
	}
}
