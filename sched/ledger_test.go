package sched

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

func TestEpochMask(t *testing.T) {
	var m epochMask
	for _, e := range []uint64{3, 5, 4, 70, 69, 5} { // 5 falls out of the 64 kept once 70 is marked
		m.mark(e)
	}
	for _, c := range []struct {
		from, to uint64
		want     uint32
	}{{0, 100, 2}, {69, 69, 1}, {70, 70, 1}, {0, 68, 0}, {71, 80, 0}, {70, 69, 0}} {
		if got := m.count(c.from, c.to); got != c.want {
			t.Errorf("count(%d, %d) = %d, want %d", c.from, c.to, got, c.want)
		}
	}
}

const testEpoch = 60_000

// ledgerJob folds one job's events into p: its own id, the fixture's spec.
func ledgerJob(t *testing.T, p *Peer, f jobFixture, n byte, evs ...*types.JobEvent) *Job {
	t.Helper()
	f.id = common.Hash{31: n}
	for _, e := range evs {
		e.Job = f.id
		if e.Type == types.EvClaim {
			e.Reputation = NewcomerReputation
		}
		if r := p.eventT(e, hashOf(e), f.proof(e)); r.Dropped != "" {
			t.Fatalf("job %d: %s of %s dropped: %s", n, e.Type, e.Actor, r.Dropped)
		}
	}
	return p.Job(f.id)
}

// Reputation comes from the outcomes the signed events show, by the
// reducer's own rules: a served result raises its executor's, a claim held
// and never started sinks its claimant's under the floor, a lost event
// about an executor that then delivered costs its signer. It counts from
// two epochs on, fades over the window, and then is gone.
func TestReputationFromOutcomes(t *testing.T) {
	f := newFixture(t)
	x, y, z := f.b, f.c, f.a
	p := NewPeer(nodeID(t, 9), PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	t0 := uint64(3 * testEpoch)
	at := func(typ types.EventType, actor peer.ID, ms uint64) *types.JobEvent { return f.at(typ, actor, 1, t0+ms) }
	ledgerJob(t, p, f, 1, at(types.EvSubmit, z, 0), at(types.EvClaim, x, 1000), at(types.EvStart, x, 2000), at(types.EvComplete, x, 10_000))
	held := ledgerJob(t, p, f, 2, at(types.EvSubmit, z, 0), at(types.EvClaim, y, 1000), at(types.EvLost, z, 1000+StartDeadlineMs))
	if st := held.History[0]; st.Ended == nil || st.Started != nil {
		t.Fatalf("the held job: %+v", held.History)
	}
	lied := ledgerJob(t, p, f, 3, at(types.EvSubmit, z, 0), at(types.EvClaim, x, 1000), at(types.EvStart, x, 2000),
		at(types.EvLost, z, 5000), at(types.EvAlive, x, 5100), at(types.EvComplete, x, 20_000))
	if lied.State != Completed {
		t.Fatalf("the job lied about: %s", lied.State)
	}
	rep := func(epoch uint64, id peer.ID) uint32 { return p.StandingsAt(epoch*testEpoch + 7).Reputation(id) }
	for _, c := range []struct {
		name    string
		epoch   uint64
		x, y, z uint32
	}{
		{"before the lag", 4, 500, 500, 500},
		{"two epochs on: full weight", 5, 700, 100, 300},
		{"ten epochs older: faded", 15, 500 + 200*26/36, 500 - 400*26/36, 500 - 200*26/36},
		{"out of the window", 3 + 2 + WindowEpochs, 500, 500, 500},
	} {
		if gx, gy, gz := rep(c.epoch, x), rep(c.epoch, y), rep(c.epoch, z); gx != c.x || gy != c.y || gz != c.z {
			t.Errorf("%s (epoch %d): served %d, held %d, false attester %d; want %d, %d, %d", c.name, c.epoch, gx, gy, gz, c.x, c.y, c.z)
		}
	}

	// The holder, under the floor, is placed on nothing, and its claim on a
	// new job does not stand, whatever reputation it states.
	now := uint64(5*testEpoch + 100)
	for _, id := range []peer.ID{x, y, z} {
		p.advertT(f.advertOf(id, 1, now), now)
	}
	req := Requirements{CPUCores: 1, Standings: p.StandingsAt(now)}
	pl := Rank(req, p.View().Nodes(), nil, FitNow, now, 10_000)
	for _, c := range pl.Ranked {
		if c.Node == y {
			t.Fatalf("the holder is ranked: %+v", pl.Ranked)
		}
	}
	if len(pl.Ranked) != 2 || len(pl.Rejected) != 1 || pl.Rejected[0].Filter != FilterReputation || pl.Rejected[0].Count != 1 {
		t.Fatalf("ranking: %d ranked, rejected %v; want 2, and the holder for its reputation", len(pl.Ranked), pl.Rejected)
	}
	claim := f.at(types.EvClaim, y, 1, now+10)
	claim.Job = common.Hash{31: 4}
	for _, stated := range []uint32{100, NewcomerReputation} {
		claim.Reputation = stated
		if err := CheckClaim(req, claim, f.advertOf(y, 0, now)); err == nil {
			t.Fatalf("the holder's claim stating %d stands", stated)
		}
	}

	// A daemon catching up checks no measured standing (it holds part of
	// the history); once it holds it, every held claim is checked again.
	p.setMeasuring(false)
	sub := f.at(types.EvSubmit, z, 1, now)
	sub.Job = claim.Job
	p.eventT(sub, hashOf(sub), f.proof(sub))
	claim.Reputation = 3000
	if r := p.eventT(claim, hashOf(claim), f.proof(claim)); r.Dropped != "" || p.Job(claim.Job).Winner == nil {
		t.Fatalf("while catching up, a claim was checked against partial standings: %+v", r)
	}
	p.setMeasuring(true)
	if j := p.Job(claim.Job); j.Winner != nil || j.Has(hashOf(claim)) {
		t.Fatalf("after catching up, the holder's inflated claim still stands: %+v", j.Winner)
	}
}

// Served results count at most maxServedPerEpoch per node and epoch: a
// node that runs its own trivial jobs climbs slowly.
func TestReputationServedCap(t *testing.T) {
	f := newFixture(t)
	p := NewPeer(nodeID(t, 9), PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	t0 := uint64(3 * testEpoch)
	for i := byte(1); i <= 2*maxServedPerEpoch; i++ {
		ms := t0 + uint64(i)*1000
		ledgerJob(t, p, f, i, f.at(types.EvSubmit, f.a, 1, ms), f.at(types.EvClaim, f.b, 1, ms+10),
			f.at(types.EvStart, f.b, 1, ms+20), f.at(types.EvComplete, f.b, 1, ms+500))
	}
	if got, want := p.StandingsAt(5*testEpoch).Reputation(f.b), NewcomerReputation+maxServedPerEpoch*repServed; got != want {
		t.Fatalf("after %d results in one epoch: %d, want %d", 2*maxServedPerEpoch, got, want)
	}
}

// Uptime is the share of the window's epochs this peer was up in that the
// node's adverts reached it in.
func TestUptimeFromAdverts(t *testing.T) {
	f := newFixture(t)
	self := nodeID(t, 9)
	p := NewPeer(self, PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	for e := uint64(0); e < 10; e++ {
		ms := e*testEpoch + 5
		p.advertT(f.advertOf(self, e+1, ms), ms)
		p.advertT(f.advertOf(f.b, e+1, ms), ms)
		if e >= 5 {
			p.advertT(f.advertOf(f.c, e+1, ms), ms)
		}
	}
	st := p.StandingsAt(10 * testEpoch)
	if st.UptimePct(f.b) != 100 || st.UptimePct(f.c) != 50 || st.UptimePct(f.a) != 0 {
		t.Fatalf("uptime: always %d%%, half %d%%, never %d%%", st.UptimePct(f.b), st.UptimePct(f.c), st.UptimePct(f.a))
	}
	if first := p.StandingsAt(5); first.UptimePct(f.a) != 100 {
		t.Fatalf("in the first epoch nothing is measured yet, got %d%%", first.UptimePct(f.a))
	}
}

// A snapshot, once built, is kept: an outcome arriving later does not
// change a past epoch's standings, and asking for epochs long gone does
// not push the recent ones out.
func TestStandingsAreKept(t *testing.T) {
	f := newFixture(t)
	p := NewPeer(nodeID(t, 9), PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	t0 := uint64(3 * testEpoch)
	now := p.StandingsAt(5 * testEpoch)
	ledgerJob(t, p, f, 1, f.at(types.EvSubmit, f.a, 1, t0), f.at(types.EvClaim, f.b, 1, t0+10),
		f.at(types.EvStart, f.b, 1, t0+20), f.at(types.EvComplete, f.b, 1, t0+500))
	for e := uint64(0); e < 2*maxSnapshots; e++ {
		p.StandingsAt(e * testEpoch)
	}
	p.StandingsAt(0) // long gone by now: built, not kept
	if _, kept := p.standings[0]; kept || len(p.standings) != maxSnapshots {
		t.Fatalf("kept epochs %v", p.standings)
	}
	if again := p.StandingsAt(5 * testEpoch); again != now || again.Reputation(f.b) != NewcomerReputation {
		t.Fatalf("epoch 5 was rebuilt (%v) or changed: %d", again != now, again.Reputation(f.b))
	}
	if later := p.StandingsAt(6 * testEpoch); later.Reputation(f.b) != NewcomerReputation+repServed*(WindowEpochs-1)/WindowEpochs {
		t.Fatalf("epoch 6 does not count the result: %d", later.Reputation(f.b))
	}
}

// What a claimant states: what it measured; 0 while it measures nothing
// yet (which no measuring peer refuses); neutral without standings.
func TestStatedReputation(t *testing.T) {
	f := newFixture(t)
	p := NewPeer(nodeID(t, 9), PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	if got := p.StandingsAt(5 * testEpoch).Stated(f.b); got != NewcomerReputation {
		t.Fatalf("measuring: %d", got)
	}
	p.setMeasuring(false)
	if got := p.StandingsAt(5 * testEpoch).Stated(f.b); got != 0 {
		t.Fatalf("catching up: %d", got)
	}
	if got := (*Standings)(nil).Stated(f.b); got != NeutralReputation {
		t.Fatalf("no standings: %d", got)
	}
}

// The claim a peer makes passes the check every peer holding the same
// events applies: its inputs are its advert's, its reputation what was
// measured (a newcomer's here).
func TestClaimForPassesCheckClaim(t *testing.T) {
	f := newFixture(t)
	p := NewPeer(f.b, PeerConfig{TTLMs: 10_000, EpochMs: testEpoch})
	now := uint64(5 * testEpoch)
	j := ledgerJob(t, p, f, 1, f.at(types.EvSubmit, f.a, 1, now))
	adv := f.advertOf(f.b, 3, now)
	ev := p.ClaimFor(j, 1, adv, now)
	ev.Actor = f.b
	if ev.Reputation != NewcomerReputation || ev.AdvertSeq != 3 || ev.TimeMs != now {
		t.Fatalf("claim %+v", ev)
	}
	if err := CheckClaim(p.RequirementsAt(j, now), ev, adv); err != nil {
		t.Fatalf("its own claim does not pass: %v", err)
	}
}
