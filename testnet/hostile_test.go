package testnet

import (
	"context"
	"encoding/json"
	"math/big"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The hostile-peer tests: an in-process network of honest daemons on
// loopback, and a Hostile peer (testnet/hostile.go) that signs and gossips
// what each attack needs. Each test checks what the attack must not
// achieve, at every honest peer.

// hostileNet starts three honest daemons that run CPU process jobs, and
// a hostile peer joined to them; it returns a context bounded by timeout,
// a fresh owner, and a client of peer 0 (the home of the tests' jobs).
// hostileEpoch is the hostile testnets' reputation epoch: short, so that a
// hold counts within seconds.
const hostileEpoch = 2 * time.Second

func hostileNet(t *testing.T, network string, timeout time.Duration) (context.Context, *Cluster, *Hostile, types.Signer, *api.Client) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: network, Fleets: []string{"none"}, AdvertTTL: 4 * time.Second,
		Options: func(int) []node.Option { return []node.Option{node.AllowProcess(), node.ReputationEpoch(hostileEpoch)} }})
	var boot []string
	for _, n := range c.Nodes {
		boot = append(boot, tcpAddrs(n.Host().Addrs())...)
	}
	h, err := NewHostile(ctx, network, boot)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	if err := c.WaitConverged(ctx); err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	return ctx, c, h, types.KeySigner{Key: key}, api.NewClient(c.Nodes[0].SocketPath())
}

// sleepJob is a process job that runs for about secs seconds.
func sleepJob(t *testing.T, network string, home peer.ID, owner types.Signer, secs string) api.SubmitRequest {
	t.Helper()
	req := signedJob(t, network, home, owner, nil, "", 0, "-c", "sleep "+secs+"; echo ok > done.txt")
	req.Spec.Runtime, req.Spec.Artifact, req.Spec.ArtifactSize, req.Artifact = "process", "sh", 0, nil
	req.Spec.RAMMiB = 16
	resign(t, &req, owner)
	return req
}

// waitKnown waits until the daemon behind cl holds the job.
func waitKnown(t *testing.T, ctx context.Context, cl *api.Client, id string) {
	t.Helper()
	for {
		if _, err := cl.Job(ctx, id); err == nil {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("job %s never reached this daemon", id[:10])
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func waitState(t *testing.T, ctx context.Context, cl *api.Client, id, state string) *api.Job {
	t.Helper()
	for {
		j, err := cl.Job(ctx, id)
		if err == nil && j.State == state {
			return j
		}
		select {
		case <-ctx.Done():
			t.Fatalf("job %s never %s: %+v %v", id[:10], state, j, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// everyPeer checks a completed job at every honest peer: completed, on
// executor, in one attempt, with one result.
func everyPeer(t *testing.T, ctx context.Context, c *Cluster, id string, executor string, attempts int) {
	t.Helper()
	for i, n := range c.Nodes {
		j := waitJob(t, ctx, api.NewClient(n.SocketPath()), id)
		results := 0
		for _, e := range j.Events {
			if e.Type == "complete" && e.Actor == executor {
				results++
			}
		}
		if j.State != "completed" || j.Node != executor || j.Attempts != attempts || len(j.History) != attempts || results != 1 {
			t.Fatalf("peer %d: %s on %s, %d attempts (%d in history), %d results by the executor; want completed on %s in %d",
				i, j.State, j.Node, j.Attempts, len(j.History), results, executor, attempts)
		}
	}
}

// A hostile peer signs "lost" about an executor that is running the job
// (and claims the next attempt itself): the executor rebuts it, keeps the
// job, and completes it in its first attempt.
func TestHostileFalseLost(t *testing.T) {
	ctx, c, h, owner, home := hostileNet(t, "hostile-lost", 2*time.Minute)
	req := sleepJob(t, "hostile-lost", c.Nodes[0].ID(), owner, "4")
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	running := waitState(t, ctx, home, resp.ID, "running")
	// Lie every 500 ms while it runs, and try to take the next attempt.
	adv := h.Advert(64, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	job := common32(t, resp.ID)
	for i := 0; i < 5; i++ {
		if err := h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvLost, Attempt: 1, Reason: "executor lost: no advert for 15s"}); err != nil {
			t.Fatal(err)
		}
		w := sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), adv)
		w.Reputation = sched.NewcomerReputation // what the network measured for a new identity
		_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 2, AdvertSeq: adv.Seq, Reputation: w.Reputation,
			PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: advRaw})
		time.Sleep(500 * time.Millisecond)
	}
	everyPeer(t, ctx, c, resp.ID, running.Node, 1)
	alive := 0
	for _, e := range waitJob(t, ctx, home, resp.ID).Events {
		if e.Type == "alive" && e.Actor == running.Node {
			alive++
		}
	}
	if alive == 0 {
		t.Fatal("the executor never rebutted")
	}
}

// After a job completed, a hostile peer signs a lost event dated between
// its start and its result, then claims, starts and completes a second
// attempt: the job stays completed in its first attempt, at every peer.
func TestHostileBackdatedLost(t *testing.T) {
	ctx, c, h, owner, home := hostileNet(t, "hostile-backdate", 2*time.Minute)
	req := sleepJob(t, "hostile-backdate", c.Nodes[0].ID(), owner, "2")
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	done := waitJob(t, ctx, home, resp.ID)
	if done.State != "completed" {
		t.Fatalf("job %s", done.State)
	}
	job := common32(t, resp.ID)
	between := uint64(done.StartedAt.UnixMilli()+done.FinishedAt.UnixMilli()) / 2
	adv := h.Advert(64, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	w := sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), adv)
	w.Reputation = sched.NewcomerReputation // what the network measured for a new identity
	now := uint64(time.Now().UnixMilli())
	for _, e := range []*types.JobEvent{
		{Job: job, Type: types.EvLost, Attempt: 1, TimeMs: between, Reason: "executor lost"},
		{Job: job, Type: types.EvClaim, Attempt: 2, TimeMs: now, AdvertSeq: adv.Seq, Reputation: w.Reputation, PriceWei: w.PriceWei,
			Locality: w.Locality, Fit: w.Fit, Advert: advRaw},
		{Job: job, Type: types.EvStart, Attempt: 2, TimeMs: now + 1},
		{Job: job, Type: types.EvComplete, Attempt: 2, TimeMs: now + 2, OutputCID: done.OutputCID},
	} {
		if err := h.Publish(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	// The lie has reached every peer once the hostile peer's own events
	// are in their books; then the state must not have moved.
	for _, n := range c.Nodes {
		waitEvent(t, ctx, api.NewClient(n.SocketPath()), resp.ID, "complete", h.ID().String())
	}
	everyPeer(t, ctx, c, resp.ID, done.Node, 1)
}

// A hostile peer advertises a huge, cheap machine, claims a job it ranks
// first for, and never starts it (answering every lost event with alive).
// Every peer declares it lost at the start deadline, excludes it, and an
// honest node runs the job.
func TestHostileClaimAndHold(t *testing.T) {
	ctx, c, h, owner, home := hostileNet(t, "hostile-hold", 3*time.Minute)
	adv := h.Advert(4096, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	// Keep advertising (it is alive), and hold whatever it claims.
	stop := make(chan struct{})
	defer close(stop)
	defer h.KeepAdvertising(ctx, func() *types.Advert { return h.Advert(4096, "", 0, big.NewInt(0)) })()
	waitInViews(t, ctx, c, h)
	// A job the hostile peer ranks first for (its score is a hash: try
	// nonces until it does), so that honest peers see its claim stand.
	req, job := jobHostileRanksFirst(t, c, h, adv, "hostile-hold", owner, "5")
	w := sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), adv)
	w.Reputation = sched.NewcomerReputation // what the network measured for a new identity
	claimAt := time.Now()
	claim, err := h.Sign(&types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 1, AdvertSeq: adv.Seq, Reputation: w.Reputation,
		PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: advRaw})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.PublishRaw(ctx, claim); err != nil {
		t.Fatal(err)
	}
	// Every peer sees the hostile claim stand (an honest rank may have
	// claimed first; the hostile claim is better and signed before any
	// start, so it takes over).
	// (Published again while some peer lacks it: the hostile peer's gossip
	// mesh may not have formed yet, and it answers no catch-up sync.)
	for _, n := range c.Nodes {
		cl := api.NewClient(n.SocketPath())
		for tries := 1; ; tries++ {
			j, err := cl.Job(ctx, resp.ID)
			if err == nil && j.Node == h.ID().String() {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("the hostile claim never stood: %+v %v", j, err)
			}
			time.Sleep(50 * time.Millisecond)
			if tries%5 == 0 {
				_ = h.PublishRaw(ctx, claim)
			}
		}
	}
	// Rebut every lost event, as a holder would.
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Second):
			}
			_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvAlive, Attempt: 1})
		}
	}()
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Node == h.ID().String() || j.Attempts != 2 || len(j.History) != 2 || j.History[0].Node != h.ID().String() {
		t.Fatalf("%s on %s after %d attempts, history %+v: want completed by an honest node in attempt 2, after the holder's", j.State, j.Node, j.Attempts, j.History)
	}
	if took := time.Since(claimAt); took < time.Duration(sched.StartDeadlineMs)*time.Millisecond {
		t.Fatalf("the holder was declared lost after %s, before its start deadline", took)
	}
	everyPeer(t, ctx, c, resp.ID, j.Node, 2)

	// Its reputation falls under the floor once the hold counts (two
	// epochs on), and it wins no further job: a new job it ranks first for
	// by the hash goes to an honest node in one attempt, its claim refused
	// at every peer, and every peer's explanation names its reputation.
	if j.History[0].EndedAt == nil {
		t.Fatal("the held attempt has no end time")
	}
	time.Sleep(time.Until(j.History[0].EndedAt.Add(3 * hostileEpoch)))
	req, job = jobHostileRanksFirst(t, c, h, adv, "hostile-hold", owner, "1")
	w = sched.WeightInputsFor(sched.RequirementsFor(job, &req.Spec), adv)
	for _, stated := range []uint32{sched.NewcomerReputation, 100} {
		raw, err := h.Sign(&types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 1, AdvertSeq: adv.Seq, Reputation: stated,
			PriceWei: w.PriceWei, Locality: w.Locality, Fit: w.Fit, Advert: advRaw})
		if err != nil {
			t.Fatal(err)
		}
		if stated == sched.NewcomerReputation {
			if resp, err = home.Submit(ctx, req); err != nil {
				t.Fatal(err)
			}
		}
		if err := h.PublishRaw(ctx, raw); err != nil {
			t.Fatal(err)
		}
	}
	for i, n := range c.Nodes {
		cl := api.NewClient(n.SocketPath())
		waitKnown(t, ctx, cl, resp.ID)
		ex, err := cl.Explain(ctx, resp.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range ex.Nodes {
			if e.ID == h.ID().String() {
				found = true
				if e.Rank != -1 || e.Rejected != sched.FilterReputation {
					t.Fatalf("peer %d ranks the holder %d (rejected %q): want it rejected for its reputation", i, e.Rank, e.Rejected)
				}
			}
		}
		if !found {
			t.Fatalf("peer %d does not list the holder: %+v", i, ex.Nodes)
		}
	}
	j = waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Node == h.ID().String() || j.Attempts != 1 {
		t.Fatalf("the next job: %s on %s after %d attempts; want completed by an honest node at once", j.State, j.Node, j.Attempts)
	}
	everyPeer(t, ctx, c, resp.ID, j.Node, 1)
}

// A hostile peer gossips forged claims (inputs its advert does not give)
// and 5,000 progress reports for one job: the claims are rejected at the
// first honest peer (costing the hostile peer gossip score), the reports
// take one slot, and the job completes where it runs.
func TestHostileForgeryAndFlood(t *testing.T) {
	ctx, c, h, owner, home := hostileNet(t, "hostile-flood", 2*time.Minute)
	req := sleepJob(t, "hostile-flood", c.Nodes[0].ID(), owner, "3")
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	running := waitState(t, ctx, home, resp.ID, "running")
	job := common32(t, resp.ID)
	adv := h.Advert(64, "", 0, big.NewInt(0))
	advRaw, err := h.Advertise(ctx, adv)
	if err != nil {
		t.Fatal(err)
	}
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 20; i++ { // inputs its advert does not give
		_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvClaim, Attempt: 1, AdvertSeq: adv.Seq, Reputation: 3000,
			PriceWei: big.NewInt(0), Locality: 4, Fit: uint32(i), Advert: advRaw})
	}
	for i := 0; i < 5000; i++ {
		_ = h.Publish(ctx, &types.JobEvent{Job: job, Type: types.EvProgress, Attempt: 1, ProgressPPM: uint32(i)})
	}
	j := waitJob(t, ctx, home, resp.ID)
	if j.State != "completed" || j.Node != running.Node || j.Attempts != 1 {
		t.Fatalf("%s on %s after %d attempts", j.State, j.Node, j.Attempts)
	}
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	for i, n := range c.Nodes {
		j := waitJob(t, ctx, api.NewClient(n.SocketPath()), resp.ID)
		byHostile := 0
		for _, e := range j.Events {
			if e.Actor == h.ID().String() {
				byHostile++
			}
		}
		if byHostile > 1 {
			t.Errorf("peer %d holds %d of the hostile peer's events (%d in all), want at most its latest progress report", i, byHostile, len(j.Events))
		}
	}
	// Three daemons in this process: what they kept of 5,020 events must
	// not have grown the heap by more than a few MiB each.
	if grew := int64(after.HeapInuse) - int64(before.HeapInuse); grew > 64<<20 {
		t.Errorf("the heap grew by %d MiB during the flood", grew>>20)
	}
	deadline := time.Now().Add(10 * time.Second)
	for c.Nodes[0].Host().PeerScore(h.ID()) >= 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	if s := c.Nodes[0].Host().PeerScore(h.ID()); s >= 0 {
		t.Errorf("the hostile peer's gossip score at peer 0 is %.1f after 20 forged claims, want negative", s)
	}
}

// A hostile peer re-signs a job's submit (same owner-signed spec, its own
// envelope): it becomes nothing; the job's home is the daemon the owner
// named, at every peer.
func TestHostileRelayedSubmit(t *testing.T) {
	ctx, c, h, owner, _ := hostileNet(t, "hostile-home", 2*time.Minute)
	// The home is the honest peer whose id sorts highest, and the relaying
	// hostile peer's id sorts below it: a rule that made the lowest relay
	// home would make the hostile peer home, and fail this test.
	home := c.Nodes[0]
	for _, n := range c.Nodes[1:] {
		if n.ID() > home.ID() {
			home = n
		}
	}
	var boot []string
	for _, n := range c.Nodes {
		boot = append(boot, tcpAddrs(n.Host().Addrs())...)
	}
	for h.ID() >= home.ID() {
		h2, err := NewHostile(ctx, "hostile-home", boot)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { h2.Close() })
		h = h2
	}
	req := sleepJob(t, "hostile-home", home.ID(), owner, "1")
	spec, _ := jsonSpec(t, &req.Spec)
	sig, err := types.ParseSignatureHex(req.Signature)
	if err != nil {
		t.Fatal(err)
	}
	d, _ := req.Spec.Digest(1337)
	// The hostile peer publishes the submit first (again, re-dated, until
	// its gossip mesh has formed and the home has it), then the home gets
	// it from the owner.
	homeCl := api.NewClient(home.SocketPath())
	for {
		if err := h.Publish(ctx, &types.JobEvent{Job: d, Type: types.EvSubmit, Spec: spec, OwnerSig: sig, ChainID: 1337}); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		if _, err := homeCl.Job(ctx, d.Hex()); err == nil {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the hostile peer's submit never reached the home")
		}
	}
	resp, err := homeCl.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range c.Nodes {
		j := waitJob(t, ctx, api.NewClient(n.SocketPath()), resp.ID)
		if j.Home != home.ID().String() || j.State != "completed" {
			t.Fatalf("peer %d: home %s, %s; want home %s, completed", i, j.Home, j.State, home.ID())
		}
	}
}

// jobHostileRanksFirst makes a sleep job, homed at peer 0, that the
// hostile peer (with advert adv) ranks first for: its score is a hash, so
// it tries nonces until it does.
func jobHostileRanksFirst(t *testing.T, c *Cluster, h *Hostile, adv *types.Advert, network string, owner types.Signer, secs string) (api.SubmitRequest, common.Hash) {
	t.Helper()
	for tries := 0; tries <= 200; tries++ {
		req := sleepJob(t, network, c.Nodes[0].ID(), owner, secs)
		job, err := req.Spec.Digest(1337)
		if err != nil {
			t.Fatal(err)
		}
		if hostileRanksFirst(c, h, adv, sched.RequirementsFor(job, &req.Spec)) {
			return req, job
		}
	}
	t.Fatal("no job the hostile peer ranks first for")
	return api.SubmitRequest{}, common.Hash{}
}

// hostileRanksFirst reports whether, with the honest peers' current
// adverts and the hostile one, the hostile peer ranks first for req.
func hostileRanksFirst(c *Cluster, h *Hostile, adv *types.Advert, req sched.Requirements) bool {
	entries := []sched.Entry{{Advert: adv, SeenMs: adv.TimeMs}}
	for _, n := range c.Nodes {
		if a := n.LastAdvert(); a != nil {
			entries = append(entries, sched.Entry{Advert: a, SeenMs: a.TimeMs})
		}
	}
	now := uint64(time.Now().UnixMilli())
	pl := sched.Rank(req, entries, nil, sched.FitNow, now, 60_000)
	return len(pl.Ranked) > 0 && pl.Ranked[0].Node == h.ID()
}

// waitInViews waits until every honest peer has the hostile peer in its
// view: its gossip reaches them.
func waitInViews(t *testing.T, ctx context.Context, c *Cluster, h *Hostile) {
	t.Helper()
	for _, n := range c.Nodes {
		for {
			nodes, err := api.NewClient(n.SocketPath()).Nodes(ctx)
			found := false
			for _, x := range nodes {
				found = found || x.ID == h.ID().String()
			}
			if found {
				break
			}
			if ctx.Err() != nil {
				t.Fatalf("the hostile peer never reached %s's view: %v", n.ID(), err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
}

func common32(t *testing.T, id string) common.Hash {
	t.Helper()
	if !strings.HasPrefix(id, "0x") || len(id) != 66 {
		t.Fatalf("job id %q", id)
	}
	return common.HexToHash(id)
}

func jsonSpec(t *testing.T, s *types.JobSpec) ([]byte, error) {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return b, nil
}

func waitEvent(t *testing.T, ctx context.Context, cl *api.Client, id, typ, actor string) {
	t.Helper()
	for {
		if j, err := cl.Job(ctx, id); err == nil {
			for _, e := range j.Events {
				if e.Type == typ && e.Actor == actor {
					return
				}
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no %s event by %s on job %s", typ, actor, id[:10])
		case <-time.After(50 * time.Millisecond):
		}
	}
}
