package testnet

import (
	"bytes"
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// A job's /checkpoint is snapshotted while it runs, encrypted with the
// job's data key and kept by its home daemon too; the data key goes only to
// the standing claimant.
func TestCheckpointsAndDataKey(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	// The job keeps only its latest checkpoint event (each supersedes the
	// last): count them as the home daemon receives them.
	var seen atomic.Int32
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "ckpt", Fleets: []string{"none", "none", "none"},
		Options: func(i int) []node.Option {
			opts := []node.Option{node.CheckpointEvery(200 * time.Millisecond)}
			if i == 0 {
				opts = append(opts, node.OnJobEvent(func(e *types.JobEvent, _ time.Time) {
					if e.Type == types.EvCheckpoint {
						seen.Add(1)
					}
				}))
			}
			if i == 1 {
				opts = append(opts, node.AllowProcess())
			}
			return opts
		}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	req := signedJob(t, "ckpt", c.Nodes[0].ID(), owner, nil, "", 0, "-c",
		`test -z "$(ls "$SKYOPS_CHECKPOINT")" || exit 9; for i in 1 2 3 4 5; do echo "step $i of attempt $SKYOPS_ATTEMPT" > "$SKYOPS_CHECKPOINT/state"; sleep 0.3; done`)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	resign(t, &req, owner)
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Node != c.Nodes[1].ID().String() {
		t.Fatalf("job: %s on %s (%s)", j.State, j.Node, j.Error)
	}
	held := 0
	for _, e := range j.Events {
		if e.Type == "checkpoint" {
			held++
		}
	}
	if checkpoints := seen.Load(); checkpoints < 2 || held != 1 || j.CheckpointCID == "" {
		t.Fatalf("%d checkpoint events arrived, %d held, latest %q: want several while it ran, the latest held", checkpoints, held, j.CheckpointCID)
	}
	// The home daemon holds the latest snapshot, and it is not readable.
	deadline := time.Now().Add(10 * time.Second)
	for !c.Nodes[0].HasContent(j.CheckpointCID) {
		if time.Now().After(deadline) {
			t.Fatal("the home daemon never kept the checkpoint")
		}
		time.Sleep(50 * time.Millisecond)
	}
	blob, err := c.Nodes[0].Content(j.CheckpointCID)
	if err != nil || bytes.Contains(blob, []byte("step")) {
		t.Fatalf("checkpoint stored in the clear (or missing): %v", err)
	}
	// A peer that is not the standing claimant asks for the data key: refused.
	_, _, err = c.Nodes[2].RequestJobKey(ctx, c.Nodes[0].ID(), common.HexToHash(resp.ID))
	if err == nil || !strings.Contains(err.Error(), "standing claimant") {
		t.Fatalf("data key to a stranger: %v", err)
	}
}
