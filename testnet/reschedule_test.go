package testnet

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// resumableJob counts to 20 in its /checkpoint, one step per 200 ms,
// starting from the count it finds there, and writes which attempt
// finished it from where.
func resumableJob(t testing.TB, network string, home peer.ID, owner types.Signer) api.SubmitRequest {
	req := signedJob(t, network, home, owner, nil, "", 0, "-c", `
s=0; [ -f "$SKYOPS_CHECKPOINT/state" ] && s=$(cat "$SKYOPS_CHECKPOINT/state")
i=$s
while [ "$i" -lt 20 ]; do i=$((i+1)); echo "$i" > "$SKYOPS_CHECKPOINT/state"; echo "SKYOPS_PROGRESS $i/20"; sleep 0.2; done
echo "attempt=$SKYOPS_ATTEMPT resumed-from=$s" > "$SKYOPS_OUTPUTS/result.txt"`)
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	req.Spec.RAMMiB = 16
	resign(t, &req, owner)
	return req
}

// The executor dies mid-job (its daemon stops without a word): the other
// peers detect it from its missing adverts, the job is rescheduled on
// another node, and the second attempt resumes from the first attempt's
// last checkpoint. The result is the second attempt's, and the status
// shows both attempts.
func TestExecutorLostMidJobResumesElsewhere(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "resched", Fleets: []string{"none", "none", "none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second,
		Options: func(i int) []node.Option {
			opts := []node.Option{node.CheckpointEvery(200 * time.Millisecond), node.SuspectWindow(time.Second)}
			if i > 0 { // peer 0, the home daemon, runs no process jobs: the executor is another peer
				opts = append(opts, node.AllowProcess())
			}
			return opts
		}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	resp, err := home.Submit(ctx, resumableJob(t, "resched", c.Nodes[0].ID(), owner))
	if err != nil {
		t.Fatal(err)
	}
	// Wait until the first attempt has run a while and checkpointed.
	var first string
	for {
		j, err := home.Job(ctx, resp.ID)
		// The home daemon holds a checkpoint by then (it fetches each one
		// from the executor: killing the executor first would lose it).
		if err == nil && j.State == "running" && j.CheckpointCID != "" && j.Progress != nil && *j.Progress >= 0.3 &&
			c.Nodes[0].HasContent(j.CheckpointCID) {
			first = j.Node
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("first attempt never got going: %+v %v", j, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	killed := time.Now()
	for _, n := range c.Nodes {
		if n.ID().String() == first {
			n.Close()
		}
	}
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Attempts != 2 || j.Node == first || j.Node == c.Nodes[0].ID().String() {
		t.Fatalf("after the executor died: %s, attempt %d on %s (first %s): %s", j.State, j.Attempts, j.Node, first, j.Error)
	}
	if len(j.History) != 2 || j.History[0].Outcome != "lost" || j.History[0].Node != first ||
		!strings.Contains(j.History[0].Reason, "no advert") || j.History[1].Outcome != "completed" || j.History[1].ResumedFrom == "" {
		t.Fatalf("history: %+v", j.History)
	}
	t.Logf("lost after %s; attempt 2 on %s resumed from %s; done %s after the kill",
		j.History[0].EndedAt.Sub(killed).Round(time.Millisecond), j.Node[len(j.Node)-8:], j.History[1].ResumedFrom,
		j.FinishedAt.Sub(killed).Round(time.Millisecond))
	out := ownerOutput(t, ctx, home, key, resp.ID)
	res, err := os.ReadFile(filepath.Join(out, "result.txt"))
	if err != nil || !strings.HasPrefix(string(res), "attempt=2 resumed-from=") || strings.Contains(string(res), "resumed-from=0\n") {
		t.Fatalf("result %q %v: want attempt 2 resumed from a checkpoint of attempt 1", res, err)
	}
	// Every live peer agrees.
	for i, n := range c.Nodes {
		if n.ID().String() == first {
			continue
		}
		other, err := api.NewClient(n.SocketPath()).Job(ctx, resp.ID)
		if err != nil || other.State != "completed" || other.Node != j.Node || other.Attempts != 2 {
			t.Fatalf("peer %d: %+v %v", i, other, err)
		}
	}
}
