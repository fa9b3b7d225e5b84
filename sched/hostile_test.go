package sched

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// The attacks of a hostile peer on the reducer, each with the events it
// would sign, folded in every order: the rules must hold whatever arrived
// first.

func stateOfJob(j *Job) (State, peer.ID, uint32) {
	w := peer.ID("")
	if j.Winner != nil {
		w = j.Winner.Node
	}
	return j.State, w, j.Attempt
}

// A peer that signs "lost" about an executor that is advertising: the
// executor's alive event voids it, and the job stays with it; the next
// attempt's claim is noise. Without the rebuttal the attestation stands
// (the executor may really be gone).
func TestFalseLostIsRebutted(t *testing.T) {
	f := newFixture(t)
	base := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 1000),
		f.at(types.EvStart, f.b, 1, 2000),
		f.at(types.EvLost, f.a, 1, 10_000), // a lies
		f.at(types.EvClaim, f.c, 2, 10_050),
	}
	permutations(append(base, f.at(types.EvAlive, f.b, 1, 10_100)), func(order []*types.JobEvent) {
		if st, w, at := stateOfJob(fold(f, order)); st != Running || w != f.b || at != 1 {
			t.Fatalf("order %v: %s by %s attempt %d, want running by the rebutting executor, attempt 1", types2(order), st, w, at)
		}
	})
	permutations(base, func(order []*types.JobEvent) {
		if st, w, at := stateOfJob(fold(f, order)); st != Claimed || w != f.c || at != 2 {
			t.Fatalf("order %v: %s by %s attempt %d, want attempt 2 claimed by c", types2(order), st, w, at)
		}
	})
	// A progress report after the lost event rebuts it just as well: the
	// executor signed for the attempt after it was said to be gone.
	pr := f.at(types.EvProgress, f.b, 1, 10_500)
	pr.ProgressPPM = 1000
	if st, w, _ := stateOfJob(fold(f, append(base, pr))); st != Running || w != f.b {
		t.Fatalf("a later progress report did not rebut: %s by %s", st, w)
	}
	// Each new lie needs only a new rebuttal; the attacker never moves the
	// job, however many it signs.
	evs := append([]*types.JobEvent{}, base...)
	for i := uint64(1); i <= 5; i++ {
		evs = append(evs, f.at(types.EvLost, f.a, 1, 10_000+i*20_000), f.at(types.EvAlive, f.b, 1, 10_000+i*20_000+200))
	}
	if st, w, at := stateOfJob(fold(f, evs)); st != Running || w != f.b || at != 1 {
		t.Fatalf("after repeated lies: %s by %s attempt %d", st, w, at)
	}
}

// One backdated lost event (dated between a completed job's start and its
// result) cannot reopen it, nor can a later attempt's claim, start or
// result: the job has exactly one accepted result.
func TestBackdatedLostCannotReopenACompletedJob(t *testing.T) {
	f := newFixture(t)
	done := f.at(types.EvComplete, f.b, 1, 60_000)
	evs := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 1000),
		f.at(types.EvStart, f.b, 1, 2000),
		done,
		f.at(types.EvLost, f.c, 1, 30_000), // signed after the result, dated before it
		f.at(types.EvClaim, f.c, 2, 61_000),
		f.at(types.EvComplete, f.c, 2, 70_000),
	}
	permutations(evs, func(order []*types.JobEvent) {
		j := fold(f, order)
		if st, w, at := stateOfJob(j); st != Completed || w != f.b || at != 1 || j.Finished != done || len(j.History) != 1 {
			t.Fatalf("order %v: %s by %s attempt %d (history %d), want completed by b at attempt 1", types2(order), st, w, at, len(j.History))
		}
	})
}

// A claimant that holds a job without running it (claims, never starts,
// answers every lost event with "alive") is lost once its start deadline
// passes, by the same rule at every peer, and is excluded from the job.
func TestClaimAndHoldIsLost(t *testing.T) {
	f := newFixture(t)
	hold := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 1000),
		f.at(types.EvLost, f.a, 1, 30_000), // before the deadline: rebuttable
		f.at(types.EvAlive, f.b, 1, 30_100),
	}
	if st, w, at := stateOfJob(fold(f, hold)); st != Claimed || w != f.b || at != 1 {
		t.Fatalf("before its start deadline: %s by %s attempt %d, want still claimed by b", st, w, at)
	}
	late := append(append([]*types.JobEvent{}, hold...),
		f.at(types.EvLost, f.c, 1, 1000+StartDeadlineMs),
		f.at(types.EvAlive, f.b, 1, 1000+StartDeadlineMs+100),
		f.at(types.EvClaim, f.c, 2, 1000+StartDeadlineMs+200))
	permutations(late, func(order []*types.JobEvent) {
		j := fold(f, order)
		if st, w, at := stateOfJob(j); st != Claimed || w != f.c || at != 2 || len(j.Req.Exclude) != 1 || j.Req.Exclude[0] != f.b {
			t.Fatalf("order %v: %s by %s attempt %d excluded %v, want attempt 2 by c with b excluded", types2(order), st, w, at, j.Req.Exclude)
		}
	})
	// A start after the deadline does not save it.
	startedLate := append(append([]*types.JobEvent{}, late...), f.at(types.EvStart, f.b, 1, 1000+StartDeadlineMs+50))
	if st, w, at := stateOfJob(fold(f, startedLate)); w != f.c || at != 2 {
		t.Fatalf("a start after the deadline kept the job: %s by %s attempt %d", st, w, at)
	}
}

// An executor that started but overruns the job's run limit is lost
// whatever it says; its result signed after the limit is not accepted.
func TestOverrunIsLost(t *testing.T) {
	f := newFixture(t)
	f.spec = &types.JobSpec{Network: "t", Home: f.a.String(), Runtime: "wasm", CPUCores: 1, PriceCapWei: "0", DurationSec: 60}
	limit := 2000 + RunLimitMs(f.spec) + StartDeadlineMs
	evs := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 1000),
		f.at(types.EvStart, f.b, 1, 2000),
		f.at(types.EvAlive, f.b, 1, limit+100),
		f.at(types.EvLost, f.a, 1, limit),
		f.at(types.EvComplete, f.b, 1, limit+500),
	}
	permutations(evs, func(order []*types.JobEvent) {
		j := fold(f, order)
		if st, _, at := stateOfJob(j); st != Pending || at != 2 {
			t.Fatalf("order %v: %s attempt %d, want pending at attempt 2", types2(order), st, at)
		}
	})
	// The first overdue result is named in the notes, for the owner.
	j := fold(f, evs[:3])
	j.Add(evs[5], hashOf(evs[5]), nil)
	if len(j.Notes) != 1 || !strings.Contains(j.Notes[0], "run limit") {
		t.Fatalf("notes %q", j.Notes)
	}
}

// A claim signed after the attempt's first start cannot take over the
// running job, however good its score.
func TestLateClaimCannotTakeARunningJob(t *testing.T) {
	f := newFixture(t)
	// Find which of b and c scores higher for this job.
	best, worst := f.b, f.c
	if !claimBetter(Claim{Node: f.b, Score: ScoreFor(f.id, f.b, WeightInputs{Reputation: NeutralReputation})},
		Claim{Node: f.c, Score: ScoreFor(f.id, f.c, WeightInputs{Reputation: NeutralReputation})}) {
		best, worst = f.c, f.b
	}
	evs := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, worst, 1, 1000),
		f.at(types.EvStart, worst, 1, 2000),
		f.at(types.EvClaim, best, 1, 2001),
	}
	permutations(evs, func(order []*types.JobEvent) {
		if st, w, _ := stateOfJob(fold(f, order)); st != Running || w != worst {
			t.Fatalf("order %v: %s by %s, want running by the claimant that started", types2(order), st, w)
		}
	})
	// A better claim signed before the start still wins (its claimant
	// could not have seen the start); the starter stops.
	evs[3] = f.at(types.EvClaim, best, 1, 1999)
	if st, w, _ := stateOfJob(fold(f, evs)); st != Claimed || w != best {
		t.Fatalf("a concurrent better claim: %s by %s", st, w)
	}
}

// Claims whose evidence does not back them never count: every peer
// recomputes the inputs from the advert the claim carries.
func TestForgedClaimsAreDiscarded(t *testing.T) {
	cpuPriced := func(a *types.Advert, wei int64) *types.Advert { c := *a; c.CPUPriceWei = big.NewInt(wei); return &c }
	f := newFixture(t)
	req := RequirementsFor(f.id, f.spec)
	good := f.at(types.EvClaim, f.b, 1, 100_000)
	ad := f.advertOf(f.b, 0, 99_000)
	if err := CheckClaim(req, good, ad); err != nil {
		t.Fatalf("an honest claim: %v", err)
	}
	gpuReq := req
	gpuReq.GPUCount, gpuReq.GPUModel, gpuReq.PriceCapWei = 1, "A100", big.NewInt(10)
	gpuAd := f.advertOf(f.b, 0, 99_000)
	gpuAd.GPUs = []types.GPUGroup{{Model: "NVIDIA A100-SXM4-80GB", MemoryMiB: 81920, Total: 4, Free: 4}}
	gpuClaim := func(mut func(e *types.JobEvent)) *types.JobEvent {
		e := f.at(types.EvClaim, f.b, 1, 100_000)
		w := WeightInputsFor(gpuReq, gpuAd)
		e.Fit, e.PriceWei = w.Fit, w.PriceWei
		if mut != nil {
			mut(e)
		}
		return e
	}
	if err := CheckClaim(gpuReq, gpuClaim(nil), gpuAd); err != nil {
		t.Fatalf("an honest GPU claim: %v", err)
	}
	other := f.advertOf(f.c, 0, 99_000)
	old := f.advertOf(f.b, 0, 100_000-MaxClaimAdvertAgeMs-1)
	future := f.advertOf(f.b, 0, 100_000+MaxClockSkewMs+1)
	small := f.advertOf(f.b, 0, 99_000)
	small.RAMFreeMiB = 0
	measured := req
	measured.Standings = &Standings{measured: true}
	bonds := req
	bonds.Standings = &Standings{bondRequired: true, bonded: map[peer.ID]bool{f.c: true}}
	lowUptime := req
	lowUptime.Standings, lowUptime.MinUptime = &Standings{measured: true, upEpochs: 5, reputation: map[peer.ID]uint32{f.b: 3000}}, UptimeSlackPct+1
	if err := CheckClaim(func() Requirements { r := lowUptime; r.MinUptime = UptimeSlackPct; return r }(), good, ad); err != nil {
		t.Fatalf("a claimant within the uptime slack: %v", err)
	}
	cases := []struct {
		name string
		req  Requirements
		e    *types.JobEvent
		ad   *types.Advert
		want string
	}{
		{"no advert", req, good, nil, "carries no advert"},
		{"another node's advert", req, good, other, "cites an advert of"},
		{"a sequence it does not carry", req, func() *types.JobEvent { e := *good; e.AdvertSeq = 7; return &e }(), ad, "cites advert 7"},
		{"an advert too old", req, good, old, "older than itself"},
		{"an advert from the future", req, good, future, "signed later"},
		{"capacity that does not fit", func() Requirements { r := req; r.RAMMiB = 1; return r }(), good, small, "does not fit the job (RAM)"},
		{"an inflated fit", gpuReq, gpuClaim(func(e *types.JobEvent) { e.Fit = 0 }), gpuAd, "states fit 0"},
		{"an inflated locality", req, func() *types.JobEvent { e := *good; e.Locality = 4; return &e }(), ad, "states locality 4"},
		{"a made-up reputation", measured, func() *types.JobEvent { e := *good; e.Reputation = 3000; return &e }(), ad, "states reputation 3000, more than the network measured (500)"},
		{"an unbonded claimant", bonds, good, ad, "holds no bond"},
		{"too little uptime", lowUptime, good, ad, "advertised in 0% of recent epochs"},
		{"a price other than its advert's", gpuReq, gpuClaim(func(e *types.JobEvent) { e.PriceWei = big.NewInt(0) }), gpuAd, "its advert asks"},
		{"a price over the cap", gpuReq, func() *types.JobEvent {
			return gpuClaim(func(e *types.JobEvent) { e.PriceWei = big.NewInt(11) })
		}(), func() *types.Advert { a := *gpuAd; a.PriceWei = big.NewInt(11); return &a }(), "does not fit the job (price)"},
		// A CPU-only job pays the advert's price per core-hour: a claim
		// that bills less (to win) or more, or that the cap does not
		// allow, is dropped.
		{"a CPU-only claim under its advert's core-hour price", req, good, cpuPriced(ad, 2), "its advert asks 2"},
		{"a CPU-only claim over its advert's core-hour price", req, func() *types.JobEvent { e := *good; e.PriceWei = big.NewInt(3); return &e }(), cpuPriced(ad, 2), "its advert asks 2"},
		{"a CPU-only claim over the cap", func() Requirements { r := req; r.PriceCapWei = big.NewInt(1); return r }(),
			func() *types.JobEvent { e := *good; e.PriceWei = big.NewInt(2); return &e }(), cpuPriced(ad, 2), "does not fit the job (price)"},
	}
	for _, c := range cases {
		err := CheckClaim(c.req, c.e, c.ad)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
	// A job drops a forged claim at once when it knows the spec, and
	// evicts one that came before the spec once the spec arrives.
	forged := func() *types.JobEvent { e := *good; e.Locality = 4; return &e }()
	j := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1)})
	if r := j.Add(forged, hashOf(forged), &EventProof{Advert: ad}); r.New || r.Dropped == "" {
		t.Fatalf("forged claim: %+v", r)
	}
	j = NewJob(f.id)
	j.Add(forged, hashOf(forged), &EventProof{Advert: ad})
	sub := f.ev(types.EvSubmit, f.a, 1)
	r := j.Add(sub, hashOf(sub), f.proof(sub))
	if len(r.Evicted) != 1 || r.Evicted[0] != hashOf(forged) || j.Winner != nil || j.State != Pending {
		t.Fatalf("forged claim before the submit: %+v, state %s", r, j.State)
	}
}

// Floods cost a bounded number of slots: a claimant's progress reports
// replace each other, other peers' events are capped per attempt, made-up
// job ids are capped per peer.
func TestFloodsAreBounded(t *testing.T) {
	f := newFixture(t)
	j := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 1000), f.at(types.EvStart, f.b, 1, 2000)})
	var last *types.JobEvent
	for i := uint64(0); i < 5000; i++ {
		e := f.at(types.EvProgress, f.b, 1, 3000+i)
		e.ProgressPPM = uint32(i)
		j.Add(e, hashOf(e), nil)
		last = e
	}
	if j.Len() != 4 || j.Progress != last {
		t.Fatalf("5000 progress reports: the job holds %d events, latest %v", j.Len(), j.Progress == last)
	}
	for i := 0; i < 5000; i++ {
		e := f.at(types.EvProgress, peer.ID(fmt.Sprintf("junk-%d", i)), 1, 4000)
		j.Add(e, hashOf(e), nil)
		c := f.at(types.EvClaim, peer.ID(fmt.Sprintf("junk-%d", i)), uint32(1+i%(MaxAttempts+5)), 4000)
		j.Add(c, hashOf(c), &EventProof{Advert: f.advertOf(c.Actor, 0, 4000)})
	}
	if max := 4 + MaxActorsPerSlot + MaxAttempts*MaxClaimsPerAttempt; j.Len() > max {
		t.Fatalf("after 10,000 junk events: %d held, bound %d", j.Len(), max)
	}
	if st, w, _ := stateOfJob(j); st != Running || w != f.b {
		t.Fatalf("the flood moved the job: %s by %s", st, w)
	}
	p := NewPeer(f.a, PeerConfig{TTLMs: 1000})
	for i := 0; i < MaxUnplacedJobs+100; i++ {
		e := f.at(types.EvProgress, f.b, 1, 1)
		e.Job = common.BigToHash(big.NewInt(int64(i + 1)))
		p.eventT(e, e.Job, nil)
	}
	if n := len(p.Jobs()); n != MaxUnplacedJobs {
		t.Fatalf("events for made-up jobs: %d jobs held, cap %d", n, MaxUnplacedJobs)
	}
}

// Metering is bounded by what every peer can check; a result outside the
// bounds is not accepted, and the owner is told why.
func TestInflatedMeteringIsRejected(t *testing.T) {
	f := newFixture(t)
	base := []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 1000), f.at(types.EvStart, f.b, 1, 2000)}
	result := func(m types.Metering) *types.JobEvent {
		e := f.at(types.EvComplete, f.b, 1, 12_000)
		e.Meter = m
		return e
	}
	cases := []struct {
		name string
		m    types.Metering
		ok   bool
	}{
		{"honest", types.Metering{WallMs: 9_000, CPUMs: 9_000}, true},
		{"GPUs it did not reserve", types.Metering{WallMs: 9_000, GPUs: 8}, false},
		{"longer than its events", types.Metering{WallMs: 3_600_000}, false},
		{"energy without GPUs", types.Metering{WallMs: 9_000, EnergyJ: 1}, false},
		{"CPU beyond its cores", types.Metering{WallMs: 9_000, CPUMs: 8 * 20_000}, false},
	}
	for _, c := range cases {
		j := fold(f, append(append([]*types.JobEvent{}, base...), result(c.m)))
		if (j.State == Completed) != c.ok {
			t.Errorf("%s: %s, notes %q", c.name, j.State, j.Notes)
		}
		if !c.ok && (len(j.Notes) != 1 || !strings.Contains(j.Notes[0], "not accepted: metered")) {
			t.Errorf("%s: notes %q", c.name, j.Notes)
		}
	}
}

// Once a later attempt has a result, the earlier executor can no longer
// rebut the lost event that closed its attempt: a completed job stays
// completed by the attempt that ran it.
func TestLaterResultSettlesTheClosing(t *testing.T) {
	f := newFixture(t)
	evs := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 1000),
		f.at(types.EvLost, f.a, 1, 10_000),
		f.at(types.EvClaim, f.c, 2, 11_000),
		f.at(types.EvComplete, f.c, 2, 20_000),
		f.at(types.EvAlive, f.b, 1, 25_000),
	}
	permutations(evs, func(order []*types.JobEvent) {
		if st, w, at := stateOfJob(fold(f, order)); st != Completed || w != f.c || at != 2 {
			t.Fatalf("order %v: %s by %s attempt %d, want completed by c at attempt 2", types2(order), st, w, at)
		}
	})
}

// The brain rebuts a lost event about its own claim when it was
// advertising at the time, and stops when it was not (it was paused, and
// the attester was right).
func TestTickRebutsOnlyWhileAdvertising(t *testing.T) {
	f := newFixture(t)
	cfg := PeerConfig{TTLMs: 2000, DeltaMs: 100, SettleMs: 10, SuspectMs: 1000}
	run := func(advertiseUntil, tickAt uint64) ActionKind {
		p := NewPeer(f.b, cfg)
		ad := f.advertOf(f.b, 1, 0)
		sub, claim := f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 1000)
		for _, e := range []*types.JobEvent{sub, claim} {
			p.eventT(e, hashOf(e), f.proof(e))
		}
		p.claimedT(f.id, 1, 1000)
		p.tickT(1100) // starts
		start := f.at(types.EvStart, f.b, 1, 1100)
		p.eventT(start, hashOf(start), nil)
		for now := uint64(0); now <= advertiseUntil; now += 500 {
			a := *ad
			a.Seq = now + 1
			p.advertT(&a, now)
		}
		lost := f.at(types.EvLost, f.a, 1, 10_000)
		p.eventT(lost, hashOf(lost), nil)
		a := *ad
		a.Seq = tickAt + 1
		p.advertT(&a, tickAt) // the first advert after it wakes
		for _, act := range p.tickT(tickAt) {
			if act.Job == f.id {
				return act.Kind
			}
		}
		return 0
	}
	if k := run(20_000, 10_200); k != ActRebut {
		t.Fatalf("advertising throughout: %v, want rebut", k)
	}
	if k := run(5_000, 20_000); k != ActStop {
		t.Fatalf("paused from 5 s to 20 s: %v, want stop", k)
	}
}

// Peers attest a claimant that holds a job without starting it once its
// start deadline passes, although it keeps advertising.
func TestTickAttestsClaimAndHold(t *testing.T) {
	f := newFixture(t)
	cfg := PeerConfig{TTLMs: 2000, DeltaMs: 100, SettleMs: 10, SuspectMs: 1000}
	p := NewPeer(f.a, cfg)
	for _, e := range []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 1000)} {
		p.eventT(e, hashOf(e), f.proof(e))
	}
	var lostAt uint64
	for now := uint64(0); now <= 1000+StartDeadlineMs+1000 && lostAt == 0; now += 250 {
		for _, n := range []peer.ID{f.a, f.b} { // b keeps advertising
			a := f.advertOf(n, now+1, now)
			p.advertT(a, now)
		}
		for _, act := range p.tickT(now) {
			if act.Kind == ActLost {
				if act.Lost != f.b || !strings.Contains(act.Why, "did not start") {
					t.Fatalf("attested %+v", act)
				}
				lostAt = now
			}
		}
	}
	if lostAt < 1000+StartDeadlineMs || lostAt > 1000+StartDeadlineMs+250 {
		t.Fatalf("attested at %d, want at the start deadline %d", lostAt, 1000+StartDeadlineMs)
	}
}

// A peer that relays (or re-signs) a job's submit does not become its
// home, whatever its id: the owner named the home in the signed spec.
func TestRelayedSubmitMakesNoHome(t *testing.T) {
	f := newFixture(t)
	// Whichever of b and c sorts lower, neither is the spec's home (a).
	evs := []*types.JobEvent{f.ev(types.EvSubmit, f.b, 1), f.ev(types.EvSubmit, f.c, 2), f.ev(types.EvSubmit, f.a, 3)}
	permutations(evs, func(order []*types.JobEvent) {
		for n := 1; n <= len(order); n++ {
			j := fold(f, order[:n])
			if j.Home != f.a {
				t.Fatalf("order %v (first %d): home %s, want the spec's %s", types2(order), n, j.Home, f.a)
			}
			if held := j.Has(hashOf(evs[2])); held && j.Submit.Actor != f.a {
				t.Fatalf("order %v: the submit that counts is %s's, not the home's", types2(order), j.Submit.Actor)
			}
		}
	})
}

// Explain gives every node of the view its rank and factors, or the
// filter that rejects it; the ranked part is Rank's order.
func TestExplain(t *testing.T) {
	f := newFixture(t)
	p := NewPeer(f.a, PeerConfig{TTLMs: 10_000})
	small := f.advertOf(f.c, 1, 0)
	small.RAMFreeMiB = 0
	for _, a := range []*types.Advert{f.advertOf(f.a, 1, 0), f.advertOf(f.b, 1, 0), small} {
		p.advertT(a, 0)
	}
	spec := *f.spec
	spec.RAMMiB = 1
	f.spec = &spec
	sub := f.ev(types.EvSubmit, f.a, 1)
	p.eventT(sub, hashOf(sub), f.proof(sub))
	x, ok := p.Explain(f.id, 100)
	if !ok || len(x.Nodes) != 3 {
		t.Fatalf("%v %+v", ok, x)
	}
	pl := Rank(RequirementsFor(f.id, &spec), p.View().Nodes(), nil, FitNow, 100, 10_000)
	for i, c := range pl.Ranked {
		if x.Nodes[i].Node != c.Node || x.Nodes[i].Rank != i || x.Nodes[i].Score != c.Score || x.Nodes[i].Factors.Weight == 0 {
			t.Fatalf("node %d: %+v, Rank has %+v", i, x.Nodes[i], c)
		}
	}
	if last := x.Nodes[2]; last.Node != f.c || last.Rank != -1 || last.Rejected != FilterRAM {
		t.Fatalf("the rejected node: %+v", last)
	}
	if fs := FactorsOf(WeightInputs{Reputation: NeutralReputation}); fs.Reputation != 1<<16 || fs.Price != 1<<16 || fs.Locality != 1<<16 {
		t.Fatalf("neutral factors %+v", fs)
	}
}
