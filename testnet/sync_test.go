package testnet

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// restartPeer starts peer i of c again on its data dir (same identity and
// database), bootstrapping from peer boot, and puts it in c.Nodes[i] (so
// the cluster's Close stops it).
func restartPeer(t *testing.T, ctx context.Context, c *Cluster, cfg InProcessConfig, i, boot int) *node.Node {
	t.Helper()
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts := []node.Option{
		node.WithoutChain(),
		node.DataDir(filepath.Join(c.dir, fmt.Sprintf("p%d", i))),
		node.Network(cfg.Network),
		node.Listen("/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"),
		node.Bootstrap(tcpAddrs(c.Nodes[boot].Host().Addrs())...),
		node.SimGPUs(c.Fleets[i]),
		node.OfferCapacity(SimCPUs, SimRAMGB<<10),
		node.AdvertInterval(cfg.AdvertInterval),
		node.AdvertTTL(cfg.AdvertTTL),
		node.BootstrapWait(10 * time.Second),
		node.Logger(log.With("peer", i, "restarted", true)),
	}
	if cfg.Options != nil {
		opts = append(opts, cfg.Options(i)...)
	}
	n, err := node.New(ctx, opts...)
	if err != nil {
		t.Fatalf("restart peer %d: %v", i, err)
	}
	if err := n.Start(ctx); err != nil {
		n.Close()
		t.Fatalf("restart peer %d: %v", i, err)
	}
	c.Nodes[i] = n
	return n
}

// A daemon that was down while jobs ran learns every one of them, in its
// final state, through catch-up sync once it is back: gossip does not
// replay, so nothing else could tell it.
func TestSyncCatchesUpRestartedPeer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := InProcessConfig{Peers: 3, Network: "synccatch", Fleets: []string{"none"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second}
	c := startCluster(t, ctx, cfg)
	c.Nodes[2].Close()
	// Wait until peer 0 no longer places jobs on the stopped peer.
	for len(c.Nodes[0].Nodes()) > 2 {
		if ctx.Err() != nil {
			t.Fatal("peer 2 never left peer 0's view")
		}
		time.Sleep(50 * time.Millisecond)
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	var ids []string
	for i := 0; i < 4; i++ {
		req := signedJob(t, cfg.Network, c.Nodes[0].ID(), owner, noopModule, "", 0)
		req.Spec.RAMMiB = 16
		resign(t, &req, owner)
		resp, err := home.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	want := map[string]*api.Job{}
	for _, id := range ids {
		j := waitJob(t, ctx, home, id)
		if j.State != "completed" {
			t.Fatalf("job %s: %s (%s)", id[:10], j.State, j.Error)
		}
		want[id] = j
	}
	// Every event has reached peer 1 too (so peer 0's store is complete).
	for _, id := range ids {
		waitJob(t, ctx, api.NewClient(c.Nodes[1].SocketPath()), id)
	}

	restarted := time.Now()
	n2 := restartPeer(t, ctx, c, cfg, 2, 0)
	cl := api.NewClient(n2.SocketPath())
	deadline := time.Now().Add(10 * time.Second)
	for _, id := range ids {
		for {
			j, err := cl.Job(ctx, id)
			w := want[id]
			if err == nil && j.State == w.State && j.Node == w.Node && j.OutputCID == w.OutputCID && len(j.Events) == len(w.Events) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("restarted peer after 10 s: job %s is %+v (%v); want %s on %s with %d events", id[:10], j, err, w.State, w.Node, len(w.Events))
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	st := n2.SyncStats()
	t.Logf("restarted peer learned %d jobs in %s: %+v", len(ids), time.Since(restarted).Round(time.Millisecond), st)
	if st.Fresh == 0 || st.Dropped != 0 {
		t.Fatalf("sync stats: %+v", st)
	}
	// Its output comes from the executor on demand, as for any peer.
	readOutput(t, ctx, cl, ids[0])
}

// The owner's daemon goes down while its job runs elsewhere and comes
// back after the job ended: it learns the result through sync, collects
// the output and logs from the executor, and serves them after the
// executor has left the network too.
func TestOwnerDaemonDownMidJobCollectsResult(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs a wasm job")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// Peer 0 has no GPU, so the GPU job runs on another peer.
	cfg := InProcessConfig{Peers: 3, Network: "collect", Fleets: []string{"none", "H100:1", "H100:1"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second}
	c := startCluster(t, ctx, cfg)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	resp, err := home.Submit(ctx, signedJob(t, cfg.Network, c.Nodes[0].ID(), owner, module, "H100", 1,
		"--epochs", "1", "--steps", "10", "--sleep-ms", "300", "--model", "collected"))
	if err != nil {
		t.Fatal(err)
	}
	var execIdx = -1
	for execIdx < 0 {
		j, err := home.Job(ctx, resp.ID)
		if err == nil && j.State == "running" {
			for i, n := range c.Nodes {
				if n.ID().String() == j.Node {
					execIdx = i
				}
			}
		}
		if ctx.Err() != nil || (err == nil && (j.State == "completed" || j.State == "failed")) {
			t.Fatalf("job never ran while its home daemon was up: %+v %v", j, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if execIdx == 0 {
		t.Fatal("the home daemon runs the job: it has no GPU")
	}
	other := 3 - execIdx // the third peer, neither home nor executor
	c.Nodes[0].Close()
	downAt := time.Now()
	done := waitJob(t, ctx, api.NewClient(c.Nodes[other].SocketPath()), resp.ID)
	if done.State != "completed" || done.OutputCID == "" {
		t.Fatalf("job while its home daemon was down: %s (%s)", done.State, done.Error)
	}
	t.Logf("completed %s after the home daemon went down", time.Since(downAt).Round(time.Millisecond))

	restarted := time.Now()
	n0 := restartPeer(t, ctx, c, cfg, 0, other)
	home = api.NewClient(n0.SocketPath())
	id := done.ID
	for {
		j, err := home.Job(ctx, id)
		if err == nil && j.State == "completed" && n0.Collected(common.HexToHash(id)) {
			break
		}
		if time.Since(restarted) > 15*time.Second {
			t.Fatalf("restarted home daemon after 15 s: %+v %v; output here: %v", j, err, err == nil && n0.HasContent(j.OutputCID))
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("restarted home daemon collected the result in %s: %+v", time.Since(restarted).Round(time.Millisecond), n0.SyncStats())

	// The executor leaves: the home daemon still serves the output and
	// logs from its own store.
	c.Nodes[execIdx].Close()
	out := ownerOutput(t, ctx, home, key, id)
	model, err := os.ReadFile(filepath.Join(out, "model.txt"))
	if err != nil || !strings.Contains(string(model), "collected") {
		t.Fatalf("output model.txt = %q, %v", model, err)
	}
	sealedLogs, err := home.Logs(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if logs, err := types.OpenSealed(key, sealedLogs); err != nil || !strings.Contains(string(logs), "epoch 1/1") {
		t.Fatalf("logs: %q, %v", logs, err)
	}
}

// The owner's daemon comes back while the job's executor is away: it
// learns that the job ended, cannot collect yet, keeps trying, and
// collects once the executor is back.
func TestOwnerDaemonCollectsOnceExecutorReturns(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs a wasm job")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := InProcessConfig{Peers: 3, Network: "collect2", Fleets: []string{"none", "H100:1", "H100:1"},
		AdvertInterval: 200 * time.Millisecond, AdvertTTL: 2 * time.Second}
	c := startCluster(t, ctx, cfg)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	resp, err := home.Submit(ctx, signedJob(t, cfg.Network, c.Nodes[0].ID(), owner, module, "H100", 1,
		"--epochs", "1", "--steps", "5", "--sleep-ms", "300", "--model", "later"))
	if err != nil {
		t.Fatal(err)
	}
	execIdx := -1
	for execIdx < 0 {
		j, err := home.Job(ctx, resp.ID)
		if err == nil && j.State == "running" {
			for i, n := range c.Nodes {
				if n.ID().String() == j.Node {
					execIdx = i
				}
			}
		}
		if ctx.Err() != nil || (err == nil && (j.State == "completed" || j.State == "failed")) {
			t.Fatalf("job never ran while its home daemon was up: %+v %v", j, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	other := 3 - execIdx
	c.Nodes[0].Close()
	done := waitJob(t, ctx, api.NewClient(c.Nodes[other].SocketPath()), resp.ID)
	if done.State != "completed" {
		t.Fatalf("job: %s (%s)", done.State, done.Error)
	}
	c.Nodes[execIdx].Close()

	n0 := restartPeer(t, ctx, c, cfg, 0, other)
	home = api.NewClient(n0.SocketPath())
	id := common.HexToHash(done.ID)
	for {
		j, err := home.Job(ctx, done.ID)
		if err == nil && j.State == "completed" {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("restarted home never learned the result: %+v %v", j, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(3 * time.Second) // a few tries while the executor is away
	if n0.Collected(id) {
		t.Fatal("collected while the executor was away")
	}
	back := time.Now()
	restartPeer(t, ctx, c, cfg, execIdx, 0)
	for !n0.Collected(id) {
		if time.Since(back) > 30*time.Second {
			t.Fatal("not collected 30 s after the executor came back")
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("collected %s after the executor came back", time.Since(back).Round(time.Millisecond))
	c.Nodes[execIdx].Close()
	out := ownerOutput(t, ctx, home, key, done.ID)
	if model, err := os.ReadFile(filepath.Join(out, "model.txt")); err != nil || !strings.Contains(string(model), "later") {
		t.Fatalf("output model.txt = %q, %v", model, err)
	}
}
