package testnet

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// A job whose only fitting node is restarting is queued, not refused: the
// submitting daemon still knows the node it saw lately, the job waits with
// a reason naming the node that is offline, and it runs once the node is
// back. A job that no node, live or recently seen, could run is refused.
func TestJobWaitsForRestartingNode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and restarts one")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "waitnode", Fleets: []string{"none", "H100:1"},
		AdvertInterval: 500 * time.Millisecond, AdvertTTL: 2 * time.Second})
	home := api.NewClient(c.Nodes[0].SocketPath())
	gpuNode := c.Nodes[1].ID().String()
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}

	c.Kill(1)
	for gone := false; !gone; {
		gone = true
		for _, n := range c.Nodes[0].Nodes() {
			gone = gone && n.ID != gpuNode
		}
		select {
		case <-ctx.Done():
			t.Fatal("the stopped node never left the home daemon's view")
		case <-time.After(100 * time.Millisecond):
		}
	}

	req := signedJob(t, "waitnode", c.Nodes[0].ID(), owner, noopModule, "H100", 1)
	req.Spec.RAMMiB = 16
	resign(t, &req, owner)
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatalf("a job for a node that is restarting was refused: %v", err)
	}
	short := gpuNode[:7] + "…" + gpuNode[len(gpuNode)-4:]
	for _, got := range []string{resp.Placement, mustJob(t, ctx, home, resp.ID).Placement} {
		if !strings.HasPrefix(got, "waiting: 0/1 nodes fit now: 1 GPU model") || !strings.Contains(got, short) || !strings.Contains(got, "is offline since") {
			t.Fatalf("placement of the queued job: %q; want the reason and the offline node %s", got, short)
		}
	}
	if j := mustJob(t, ctx, home, resp.ID); j.State != "pending" {
		t.Fatalf("queued job is %s", j.State)
	}

	// What nobody could run, live or lately seen, is still refused.
	never := signedJob(t, "waitnode", c.Nodes[0].ID(), owner, noopModule, "H100", 2)
	never.Spec.RAMMiB = 16
	resign(t, &never, owner)
	var ae *api.Error
	if _, err := home.Submit(ctx, never); !errors.As(err, &ae) || ae.Code != "unplaceable" || !strings.Contains(ae.Message, "could ever run") || !strings.Contains(ae.Message, "GPU count") {
		t.Fatalf("a job for 2 GPUs where no node has 2: %v", err)
	}

	if err := c.Restart(ctx, 1); err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Node != gpuNode {
		t.Fatalf("after the node came back: %s on %s (%s); want completed on %s", j.State, j.Node, j.Error, gpuNode)
	}
}

func mustJob(t *testing.T, ctx context.Context, c *api.Client, id string) *api.Job {
	t.Helper()
	j, err := c.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}
