package testnet

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// While the chain is down, jobs run and receipts wait; nothing is lost,
// and once the chain is back every receipt is anchored and verifies.
func TestChainOutageDelaysAnchoringOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "outage", Chain: true, ChainProxy: true,
		Fleets: []string{"H100:2", "H100:2"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	c.ChainProxy.Cut()
	var ids []string
	for i := 0; i < 3; i++ {
		resp, err := cl.Submit(ctx, signedJob(t, "outage", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	for _, id := range ids {
		if j := waitJob(t, ctx, cl, id); j.State != "completed" {
			t.Fatalf("job %s with the chain down: %s (%s)", id[:10], j.State, j.Error)
		}
	}
	// Several anchor intervals with the chain away: signed, kept, not anchored.
	time.Sleep(2 * time.Second)
	for _, id := range ids {
		rs, err := cl.Receipts(ctx, id)
		if err != nil || len(rs) != 1 || rs[0].Anchored {
			t.Fatalf("receipts of %s with the chain down: %+v %v", id[:10], rs, err)
		}
		vs, err := cl.Verify(ctx, id)
		if err != nil || len(vs) != 1 || vs[0].Valid {
			t.Fatalf("verify of %s with the chain down: %+v %v", id[:10], vs, err)
		}
		if ch := check(vs[0], ledger.CheckAnchor); ch.OK {
			t.Fatalf("anchor check passed with the chain down: %+v", ch)
		}
	}
	if err := c.ChainProxy.Restore(); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		waitVerified(t, ctx, api.NewClient(c.Nodes[1].SocketPath()), id)
	}
}

// The embedded chain is ephemeral: a restarted daemon finds its roots gone
// and anchors its batches again, so its receipts verify after a restart.
func TestEmbeddedChainReanchorsAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a daemon twice")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base, err := os.MkdirTemp("", "skra")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	dir := filepath.Join(base, "d")
	start := func() *node.Node {
		n, err := node.New(ctx, node.DataDir(dir), node.Network("reanchor"), node.SimGPUs("A100:1"),
			node.OfferCapacity(4, 4096), node.Anchoring(200*time.Millisecond, 1024), node.Logger(slog.New(slog.DiscardHandler)))
		if err != nil {
			t.Fatal(err)
		}
		if err := n.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return n
	}
	n := start()
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(n.SocketPath())
	resp, err := cl.Submit(ctx, signedJob(t, "reanchor", n.ID(), owner, module, "A100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
	if err != nil {
		t.Fatal(err)
	}
	waitJob(t, ctx, cl, resp.ID)
	before := waitVerified(t, ctx, cl, resp.ID)[0]
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n = start()
	defer n.Close()
	after := waitVerified(t, ctx, api.NewClient(n.SocketPath()), resp.ID)[0]
	if after.Root != before.Root || after.Signer != before.Signer {
		t.Fatalf("after restart: root %s signer %s; before %s %s", after.Root, after.Signer, before.Root, before.Signer)
	}
}
