package testnet

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// bondNet starts three daemons on a shared dev chain: peers 0 and 1 offer
// CPUs only, peer 2 (started with opts2) is the only one with a GPU. It
// returns a read-only client of the chain too.
func bondNet(t *testing.T, network string, opts2 []node.Option, all ...node.Option) (context.Context, *Cluster, *chain.Chain) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: network, Chain: true, AdvertTTL: 4 * time.Second,
		Fleets: []string{"none", "none", "H100:1"},
		Options: func(i int) []node.Option {
			opts := append([]node.Option{node.AllowProcess()}, all...)
			if i == 2 {
				opts = append(opts, opts2...)
			}
			return opts
		}})
	ro, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ro.Close)
	return ctx, c, ro
}

// A node that holds no bond is never placed where the network requires
// bonds: a job only it could run waits, jobs submitted everywhere (it
// included) run on bonded nodes, and a claim by an unbonded peer is
// rejected by every peer, so the job it tried to take completes in its
// first attempt on a bonded node.
func TestUnbondedNodeIsNotPlaced(t *testing.T) {
	ctx, c, ro := bondNet(t, "bonds", []node.Option{node.WithoutSelfBond()})
	module := demoModule(t)
	unbonded := c.Nodes[2].ID()

	// Every peer has read the registry: 0 and 1 bonded, 2 not.
	for i, n := range c.Nodes {
		st := n.Bonds()
		if !st.Enforced || !st.Read || !st.Has(c.Nodes[0].ID()) || !st.Has(c.Nodes[1].ID()) || st.Has(unbonded) {
			t.Fatalf("peer %d's bonds: %+v", i, st)
		}
	}
	for i, n := range c.Nodes {
		b, err := ro.BondOf(ctx, []byte(n.ID()))
		if err != nil || b.Counts() != (i != 2) {
			t.Fatalf("peer %d's bond on chain: %+v, %v", i, b, err)
		}
	}

	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	clients := make([]*api.Client, len(c.Nodes))
	for i, n := range c.Nodes {
		clients[i] = api.NewClient(n.SocketPath())
	}

	// A GPU job: only the unbonded node has a GPU. It is accepted (the node
	// could run it, were it bonded) and waits.
	gpuJob, err := clients[0].Submit(ctx, signedJob(t, "bonds", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
	if err != nil {
		t.Fatal(err)
	}

	// CPU jobs, homed at every peer, the unbonded one included: all run,
	// none on the unbonded node.
	var ids []string
	for k := 0; k < 9; k++ {
		home := k % len(c.Nodes)
		resp, err := clients[home].Submit(ctx, signedJob(t, "bonds", c.Nodes[home].ID(), owner, module, "", 0, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	for k, id := range ids {
		j := waitJob(t, ctx, clients[k%len(c.Nodes)], id)
		if j.State != "completed" || j.Node == unbonded.String() || j.Node == "" {
			t.Fatalf("job %s: %s on %s (%s)", id[:10], j.State, j.Node, j.Error)
		}
		for i, cl := range clients {
			w := waitJob(t, ctx, cl, id)
			for _, h := range w.History {
				if h.Node == unbonded.String() {
					t.Fatalf("peer %d: job %s had an attempt on the unbonded node: %+v", i, id[:10], w.History)
				}
			}
		}
	}
	for i, cl := range clients {
		j, err := cl.Job(ctx, gpuJob.ID)
		if err != nil || j.State != "pending" || j.Node != "" {
			t.Fatalf("peer %d: the job only the unbonded node could run: %+v, %v", i, j, err)
		}
		for _, h := range j.History {
			if h.Node != "" {
				t.Fatalf("peer %d: the job only the unbonded node could run had an attempt: %+v", i, j.History)
			}
		}
		if i == 0 && !strings.Contains(j.Placement, "bond") { // its home says why it waits
			t.Fatalf("the GPU job waits with placement %q: want the bond filter named", j.Placement)
		}
		t.Logf("peer %d: GPU job %s: %s", i, j.State, j.Placement)
	}

	// A hand-made claim by an unbonded peer, built to win: its advert
	// ranks first for the job, and its claim states what the advert gives.
	h, err := NewHostile(ctx, "bonds", hostileBoot(c))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	adv := h.Advert(4096, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	defer h.KeepAdvertising(ctx, func() *types.Advert { return h.Advert(4096, "", 0, big.NewInt(0)) })()
	waitInViews(t, ctx, c, h)
	req, job := jobHostileRanksFirst(t, c, h, adv, "bonds", owner, "1")
	w := sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), adv)
	claimEv := &types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 1, AdvertSeq: adv.Seq, Reputation: w.Reputation,
		PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: advRaw}
	claim, err := h.Sign(claimEv)
	if err != nil {
		t.Fatal(err)
	}
	// The rule every peer applies, with the bonds that peer read: the
	// claim fits the job and states its advert's inputs, and is rejected
	// for the bond alone.
	for i, n := range c.Nodes {
		st := n.Bonds()
		p := sched.NewPeer(n.ID(), sched.PeerConfig{})
		p.Step(sched.Msg{Type: sched.MsgBonds, BondRequired: st.Enforced, Bonded: st.Bonded})
		r := sched.RequirementsFor(job, &req.Spec)
		if err := sched.CheckClaim(r, claimEv, adv); err != nil {
			t.Fatalf("the hand-made claim is not otherwise sound: %v", err)
		}
		r.Standings = p.StandingsAt(uint64(time.Now().UnixMilli()))
		if err := sched.CheckClaim(r, claimEv, adv); err == nil || !strings.Contains(err.Error(), "holds no bond in the registry") {
			t.Fatalf("peer %d's bonds: the unbonded claim: %v", i, err)
		}
	}
	resp, err := clients[0].Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.PublishRaw(ctx, claim); err != nil {
		t.Fatal(err)
	}
	// Never standing anywhere, and the job done in one attempt (a claim
	// that stood and was held would cost it a 30 s start deadline and a
	// second attempt).
	deadline := time.Now().Add(20 * time.Second)
	for done := false; !done; {
		done = true
		for i, cl := range clients {
			j, err := cl.Job(ctx, resp.ID)
			if err != nil { // the submit has not reached this peer yet
				done = false
				continue
			}
			if j.Node == h.ID().String() {
				t.Fatalf("peer %d: the unbonded claim stands: %+v", i, j)
			}
			done = done && j.State == "completed"
		}
		if time.Now().After(deadline) {
			t.Fatal("the job did not complete within 20 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	for i, cl := range clients {
		j := waitJob(t, ctx, cl, resp.ID)
		if j.Attempts != 1 || len(j.History) != 1 || j.Node == h.ID().String() || j.Node == unbonded.String() {
			t.Fatalf("peer %d: %s on %s after %d attempts: %+v", i, j.State, j.Node, j.Attempts, j.History)
		}
	}
	// Still nobody to run the GPU job.
	if j, err := clients[1].Job(ctx, gpuJob.ID); err != nil || j.State != "pending" {
		t.Fatalf("the GPU job: %+v, %v", j, err)
	}
}

// With --unbonded-network (node.UnbondedNetwork) on every peer, nobody
// bonds and every node is placed: a job only the unbonded node can run runs
// there.
func TestUnbondedNetworkPlacesEveryNode(t *testing.T) {
	ctx, c, ro := bondNet(t, "nobonds", []node.Option{node.WithoutSelfBond()}, node.UnbondedNetwork())
	for i, n := range c.Nodes {
		if st := n.Bonds(); st.Enforced || st.SelfBonds {
			t.Fatalf("peer %d on an unbonded network: %+v", i, st)
		}
	}
	module := demoModule(t)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	resp, err := cl.Submit(ctx, signedJob(t, "nobonds", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
	if err != nil {
		t.Fatal(err)
	}
	if j := waitJob(t, ctx, cl, resp.ID); j.State != "completed" || j.Node != c.Nodes[2].ID().String() {
		t.Fatalf("GPU job: %s on %s (%s), want completed on peer 2", j.State, j.Node, j.Error)
	}
	if set, err := ro.BondedNodes(ctx, 10); err != nil || set.Total != 0 {
		t.Fatalf("bonds posted on an unbonded network: %+v, %v", set, err)
	}
}

func hostileBoot(c *Cluster) []string {
	var boot []string
	for _, n := range c.Nodes {
		boot = append(boot, tcpAddrs(n.Host().Addrs())...)
	}
	return boot
}

// A restarted daemon reads the bonds before it folds its stored jobs in:
// the claims they hold still count (checked against an empty set, they
// would be dropped), so an ended job is the same at once after a restart.
func TestRestartReadsBondsBeforeJobs(t *testing.T) {
	ctx, c, _ := bondNet(t, "bondrestart", nil)
	module := demoModule(t)
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	var ids []string
	for k := 0; k < 3; k++ {
		resp, err := api.NewClient(c.Nodes[0].SocketPath()).Submit(ctx, signedJob(t, "bondrestart", c.Nodes[0].ID(), owner, module, "", 0, "--epochs", "1", "--steps", "1", "--sleep-ms", "1"))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, resp.ID)
	}
	before := map[string]*api.Job{}
	for _, id := range ids {
		before[id] = waitJob(t, ctx, api.NewClient(c.Nodes[0].SocketPath()), id)
	}
	c.Kill(0)
	if err := c.Restart(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if st := c.Nodes[0].Bonds(); !st.Read || len(st.Bonded) != 3 {
		t.Fatalf("bonds after restart, before anything else: %+v", st)
	}
	cl := api.NewClient(c.Nodes[0].SocketPath())
	for _, id := range ids {
		j, err := cl.Job(ctx, id)
		if err != nil || j.State != before[id].State || j.Node != before[id].Node || j.Attempts != 1 {
			t.Fatalf("job %s after restart: %+v, %v; before: %s on %s", id[:10], j, err, before[id].State, before[id].Node)
		}
	}
}
