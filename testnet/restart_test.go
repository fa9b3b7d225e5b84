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
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// A restarted daemon still knows every job it knew, in the state it had.
func TestRestartedDaemonKnowsItsJobs(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a daemon twice")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	base, err := os.MkdirTemp("", "skrs")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	dir := filepath.Join(base, "d")
	start := func() *node.Node {
		n, err := node.New(ctx, node.DataDir(dir), node.Network("restart"), node.SimGPUs("H100:1"),
			node.OfferCapacity(4, 4096), node.Logger(slog.New(slog.DiscardHandler)))
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
	var ids []string
	for i := 0; i < 3; i++ {
		req := signedJob(t, "restart", n.ID(), owner, noopModule, "", 0)
		req.Spec.RAMMiB = 16
		resign(t, &req, owner)
		resp, err := cl.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	before := map[string]*api.Job{}
	for _, id := range ids {
		before[id] = waitJob(t, ctx, cl, id)
		if before[id].State != "completed" {
			t.Fatalf("job %s: %s (%s)", id[:10], before[id].State, before[id].Error)
		}
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	n = start()
	defer n.Close()
	cl = api.NewClient(n.SocketPath())
	jobs, err := cl.Jobs(ctx, api.JobQuery{Limit: api.MaxJobsLimit})
	if err != nil || len(jobs) != len(ids) {
		t.Fatalf("after restart: %d jobs, %v; want %d", len(jobs), err, len(ids))
	}
	for _, id := range ids {
		j, err := cl.Job(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		b := before[id]
		if j.State != b.State || j.Node != b.Node || j.OutputCID != b.OutputCID || len(j.Events) != len(b.Events) {
			t.Fatalf("job %s after restart: %s on %s (%d events), before: %s on %s (%d events)", id[:10], j.State, j.Node, len(j.Events), b.State, b.Node, len(b.Events))
		}
		// Its output is still served from the local store.
		readOutput(t, ctx, cl, id)
	}
}
