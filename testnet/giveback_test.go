package testnet

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// An executor that cannot run a job for a reason of its own (here: its
// data dir's disk has less room than the job writes, while the job stays
// within its own allowance) gives the attempt back instead of failing the
// job, and the next node in the ranking runs it to completion, in the same
// attempt.
func TestLocalFaultGivesAttemptBack(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	// Peer 0's data dir is on a 64 MiB disk with a 32 MiB floor: its jobs
	// may write about 15 MiB. (Cleanups run last first: the disk goes
	// after the cluster.)
	small := t.TempDir()
	if err := syscall.Mount("tmpfs", small, "tmpfs", 0, "size=64m,mode=0700"); err != nil {
		netnsUnavailable(t, fmt.Sprintf("mounting a small tmpfs needs root: %v", err))
	}
	t.Cleanup(func() { _ = syscall.Unmount(small, syscall.MNT_DETACH) })
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "giveback", Fleets: []string{"none", "none"},
		Options: func(i int) []node.Option {
			if i == 0 {
				return []node.Option{node.AllowProcess(), node.DataDir(filepath.Join(small, "p0")), node.DiskFloorMiB(32)}
			}
			return []node.Option{node.AllowProcess()}
		}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[1].SocketPath())

	// A job that writes 24 MiB, within its default 4 GiB allowance, and
	// that peer 0 ranks first for (CPU-only jobs on GPU-less nodes: equal
	// weights, so the hash decides).
	var req api.SubmitRequest
	w := sched.WeightInputs{Reputation: sched.NeutralReputation}
	for {
		req = signedJob(t, "giveback", c.Nodes[1].ID(), owner, nil, "", 0, "-c", "head -c 25165824 /dev/zero > big; sleep 3; echo done > result.txt")
		req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
		resign(t, &req, owner)
		id, err := req.Spec.Digest(1337)
		if err != nil {
			t.Fatal(err)
		}
		if sched.ScoreFor(id, c.Nodes[0].ID(), w).Cmp(sched.ScoreFor(id, c.Nodes[1].ID(), w)) > 0 {
			break
		}
	}
	resp, err := cl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, cl, resp.ID)
	if j.State != "completed" || j.Node != c.Nodes[1].ID().String() || j.Attempts != 1 {
		t.Fatalf("job: %s on %s, attempt %d (%s); want completed on peer 1 in attempt 1", j.State, j.Node, j.Attempts, j.Error)
	}
	j, err = cl.Job(ctx, resp.ID)
	if err != nil {
		t.Fatal(err)
	}
	var withdrew, claimed0 bool
	for _, e := range j.Events {
		switch {
		case e.Actor == c.Nodes[0].ID().String() && e.Type == "claim":
			claimed0 = true
		case e.Actor == c.Nodes[0].ID().String() && e.Type == "withdraw":
			withdrew = true
		case e.Type == "fail":
			t.Fatalf("a fail event for a local fault: %+v", e)
		}
	}
	if !claimed0 || !withdrew {
		t.Fatalf("peer 0 claimed=%v withdrew=%v; want it to claim first and give the attempt back: %+v", claimed0, withdrew, j.Events)
	}
	out := ownerOutput(t, ctx, cl, key, j.ID)
	if b, _ := os.ReadFile(filepath.Join(out, "result.txt")); !strings.Contains(string(b), "done") {
		t.Fatalf("result.txt %q", b)
	}
}
