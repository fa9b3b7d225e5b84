package sched

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

func nodeID(t testing.TB, seed byte) peer.ID {
	t.Helper()
	priv, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

type jobFixture struct {
	id       common.Hash
	spec     *types.JobSpec
	owner    common.Address
	ownerKey []byte
	a, b, c  peer.ID
}

func newFixture(t testing.TB) jobFixture {
	key, _ := crypto.ToECDSA(bytes.Repeat([]byte{9}, 32))
	a := nodeID(t, 1)
	return jobFixture{
		id:       common.HexToHash("0x1111111111111111111111111111111111111111111111111111111111111111"),
		spec:     &types.JobSpec{Network: "t", Home: a.String(), Runtime: "wasm", CPUCores: 1, PriceCapWei: "0"},
		owner:    crypto.PubkeyToAddress(key.PublicKey),
		ownerKey: crypto.FromECDSA(key),
		a:        a, b: nodeID(t, 2), c: nodeID(t, 3),
	}
}

func (f jobFixture) ev(typ types.EventType, actor peer.ID, ms uint64) *types.JobEvent {
	return &types.JobEvent{Job: f.id, Type: typ, Actor: actor, Attempt: 1, TimeMs: ms, PriceWei: big.NewInt(1), Reputation: NeutralReputation}
}

func (f jobFixture) cancel(t testing.TB, actor peer.ID, ms uint64) *types.JobEvent {
	key, _ := crypto.ToECDSA(f.ownerKey)
	h := types.CancelHash("t", f.id)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		t.Fatal(err)
	}
	e := f.ev(types.EvCancel, actor, ms)
	e.OwnerSig = sig
	return e
}

func hashOf(e *types.JobEvent) common.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprintf("%+v", *e)))
}

func fold(f jobFixture, evs []*types.JobEvent) *Job {
	j := NewJob(f.id)
	for _, e := range evs {
		j.Add(e, hashOf(e), f.proof(e))
	}
	return j
}

// proof is what a daemon would have verified about e: the spec of a
// submit; for a claim, an advert of the claimant, signed with the claim,
// that fits the fixture's job and gives the inputs the claim states.
func (f jobFixture) proof(e *types.JobEvent) *EventProof {
	switch e.Type {
	case types.EvSubmit:
		return &EventProof{Spec: f.spec, Owner: f.owner}
	case types.EvClaim:
		return &EventProof{Advert: f.advertOf(e.Actor, e.AdvertSeq, e.TimeMs)}
	}
	return nil
}

func (f jobFixture) advertOf(n peer.ID, seq, ms uint64) *types.Advert {
	return &types.Advert{Node: n, Seq: seq, TimeMs: ms, CPUCores: 8, CPUFree: 8, RAMMiB: 1 << 14, RAMFreeMiB: 1 << 14,
		DiskMiB: 1 << 20, Runtimes: []string{"wasm"}, PriceWei: big.NewInt(1), CPUPriceWei: big.NewInt(1)}
}

// permutations calls fn with every ordering of evs (up to 7 events).
func permutations(evs []*types.JobEvent, fn func([]*types.JobEvent)) {
	var rec func(int)
	rec = func(k int) {
		if k == len(evs) {
			fn(evs)
			return
		}
		for i := k; i < len(evs); i++ {
			evs[k], evs[i] = evs[i], evs[k]
			rec(k + 1)
			evs[k], evs[i] = evs[i], evs[k]
		}
	}
	rec(0)
}

func TestJobReducer(t *testing.T) {
	f := newFixture(t)
	// Which of a, b, c wins a three-way claim is decided by the score rule.
	claims := []Claim{}
	for _, n := range []peer.ID{f.a, f.b, f.c} {
		e := f.ev(types.EvClaim, n, 10)
		claims = append(claims, Claim{Node: n, Score: ScoreFor(f.id, n, WeightInputs{Reputation: e.Reputation})}) // CPU-only: no price factor
	}
	best, worst := claims[0], claims[0]
	for _, c := range claims[1:] {
		if claimBetter(c, best) {
			best = c
		}
		if claimBetter(worst, c) {
			worst = c
		}
	}
	submit := f.ev(types.EvSubmit, f.a, 1)
	cases := []struct {
		name   string
		evs    []*types.JobEvent
		state  State
		winner peer.ID
	}{
		{"events before their submit", []*types.JobEvent{f.ev(types.EvClaim, f.b, 2)}, Unknown, ""},
		{"submitted", []*types.JobEvent{submit}, Pending, ""},
		{"claimed", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2)}, Claimed, f.b},
		{"three claims: the best wins", []*types.JobEvent{submit, f.ev(types.EvClaim, f.a, 2), f.ev(types.EvClaim, f.b, 3), f.ev(types.EvClaim, f.c, 4)}, Claimed, best.Node},
		{"running", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2), f.ev(types.EvStart, f.b, 3)}, Running, f.b},
		{"start by a non-winner is ignored", []*types.JobEvent{submit, f.ev(types.EvClaim, best.Node, 2), f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvStart, worst.Node, 3)}, Claimed, best.Node},
		{"completed", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2), f.ev(types.EvStart, f.b, 3), f.ev(types.EvComplete, f.b, 4)}, Completed, f.b},
		{"a result closes the attempt: a later, better claim does not reopen it", []*types.JobEvent{submit, f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvComplete, worst.Node, 4), f.ev(types.EvClaim, best.Node, 5)}, Completed, worst.Node},
		{"a loser's start is never accepted", []*types.JobEvent{submit, f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvStart, worst.Node, 3), f.ev(types.EvClaim, best.Node, 2)}, Claimed, best.Node},
		{"a claim signed after a start does not count", []*types.JobEvent{submit, f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvStart, worst.Node, 3), f.ev(types.EvClaim, best.Node, 5)}, Running, worst.Node},
		{"two results: the better claimant's is the one", []*types.JobEvent{submit, f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvComplete, worst.Node, 4), f.ev(types.EvClaim, best.Node, 3), f.ev(types.EvComplete, best.Node, 6)}, Completed, best.Node},
		{"failed", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2), f.ev(types.EvFail, f.b, 4)}, Failed, f.b},
		{"cancelled while pending", []*types.JobEvent{submit, f.cancel(t, f.c, 5)}, Cancelled, ""},
		{"cancelled while running", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2), f.ev(types.EvStart, f.b, 3), f.cancel(t, f.c, 5)}, Cancelled, f.b},
		{"a result beats a crossing cancel", []*types.JobEvent{submit, f.ev(types.EvClaim, f.b, 2), f.cancel(t, f.c, 5), f.ev(types.EvComplete, f.b, 4)}, Completed, f.b},
		{"withdrawn claim steps aside", []*types.JobEvent{submit, f.ev(types.EvClaim, best.Node, 2), f.ev(types.EvClaim, worst.Node, 2), f.ev(types.EvWithdraw, best.Node, 3)}, Claimed, worst.Node},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := append([]*types.JobEvent{}, c.evs...)
			permutations(evs, func(order []*types.JobEvent) {
				j := fold(f, order)
				w := peer.ID("")
				if j.Winner != nil {
					w = j.Winner.Node
				}
				if j.State != c.state || w != c.winner {
					t.Fatalf("order %v: state %s winner %s, want %s %s", types2(order), j.State, w, c.state, c.winner)
				}
			})
		})
	}
}

func types2(evs []*types.JobEvent) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type.String())
	}
	return out
}

func TestCancelNeedsTheOwner(t *testing.T) {
	f := newFixture(t)
	forged := f.ev(types.EvCancel, f.c, 5)
	other, _ := crypto.ToECDSA(bytes.Repeat([]byte{7}, 32))
	h := types.CancelHash("t", f.id)
	forged.OwnerSig, _ = crypto.Sign(h[:], other)
	otherNet := f.ev(types.EvCancel, f.c, 6)
	key, _ := crypto.ToECDSA(f.ownerKey)
	h2 := types.CancelHash("elsewhere", f.id)
	otherNet.OwnerSig, _ = crypto.Sign(h2[:], key)
	j := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), forged, otherNet})
	if j.State != Pending {
		t.Fatalf("a cancel not signed by the owner for this network took effect: %s", j.State)
	}
}

func TestDuplicateEventsAreIdempotent(t *testing.T) {
	f := newFixture(t)
	submit, claim := f.ev(types.EvSubmit, f.a, 1), f.ev(types.EvClaim, f.b, 2)
	j := fold(f, []*types.JobEvent{submit, claim})
	if r := j.Add(claim, hashOf(claim), f.proof(claim)); r.New || r.Changed {
		t.Fatal("adding a known event changed the job")
	}
	if !j.Has(hashOf(claim)) || len(j.Events()) != 2 {
		t.Fatalf("events: %d", len(j.Events()))
	}
}

func TestClaimRule(t *testing.T) {
	f := newFixture(t)
	j := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1)})
	p := Placement{Considered: 3, Ranked: []Candidate{{Node: f.a}, {Node: f.b}, {Node: f.c}}}
	cases := []struct {
		self  peer.ID
		now   uint64
		claim bool
		rank  int
		wait  uint64
	}{
		{f.a, 1000, true, 0, 0},
		{f.b, 1000, false, 1, 500},
		{f.b, 1500, true, 1, 0},
		{f.c, 1900, false, 2, 100},
		{f.c, 2000, true, 2, 0},
		{nodeID(t, 4), 5000, false, -1, 0},
	}
	for _, c := range cases {
		d := DecideClaim(j, p, c.self, 1000, c.now, 500)
		if d.Claim != c.claim || d.Rank != c.rank || d.WaitMs != c.wait {
			t.Errorf("%s at %d: %+v, want claim=%v rank=%d wait=%d", c.self, c.now, d, c.claim, c.rank, c.wait)
		}
	}
	// No claims on a job that is not pending.
	j2 := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.ev(types.EvClaim, f.b, 2)})
	if d := DecideClaim(j2, p, f.a, 1000, 9000, 500); d.Claim {
		t.Fatal("claimed a job that already has a standing claim")
	}
}

// The home daemon (the submit's relayer) is known at every step, not just
// after the first event.
func TestHomeSurvivesRecompute(t *testing.T) {
	f := newFixture(t)
	j := fold(f, []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.ev(types.EvClaim, f.b, 2), f.ev(types.EvStart, f.b, 3)})
	if j.Home != f.a || j.Submit == nil {
		t.Fatalf("home %q after three events, want %s", j.Home, f.a)
	}
}

// The owner's signed placement filters reach placement: region (any case),
// minimum reputation and minimum uptime.
func TestRequirementsForPlacementFilters(t *testing.T) {
	spec := &types.JobSpec{Runtime: types.RuntimeWasm, PriceCapWei: "0", Region: "EU-West", MinReputation: 900, MinUptimePct: 80}
	req := RequirementsFor(common.Hash{7}, spec)
	if req.Region != "EU-West" || req.MinReputation != 900 || req.MinUptime != 80 {
		t.Fatalf("RequirementsFor: region %q, min reputation %d, min uptime %d", req.Region, req.MinReputation, req.MinUptime)
	}
	if zero := RequirementsFor(common.Hash{8}, &types.JobSpec{PriceCapWei: "0"}); zero.Region != "" || zero.MinReputation != 0 || zero.MinUptime != 0 {
		t.Fatalf("no filters: %+v", zero)
	}

	eu, us := node(testID(1), 1), node(testID(2), 1)
	us.Region = "us-east"
	nodes := []Entry{{Advert: eu, SeenMs: 1000}, {Advert: us, SeenMs: 1000}}
	// nil Standings: every node neutral (1000) and up (100%).
	p := Rank(req, nodes, nil, FitNow, 1000, 10_000)
	if len(p.Ranked) != 1 || p.Ranked[0].Node != eu.Node || p.Summary() != "1/2 nodes fit" {
		t.Fatalf("region EU-West: %s, %+v", p.Summary(), p.Ranked)
	}
	spec.Region, spec.MinReputation, spec.MinUptimePct = "", NeutralReputation+1, 0
	if p := Rank(RequirementsFor(common.Hash{7}, spec), nodes, nil, FitNow, 1000, 10_000); len(p.Ranked) != 0 || p.Summary() != "0/2 nodes fit: 2 reputation" {
		t.Fatalf("min reputation above neutral: %s", p.Summary())
	}
	spec.MinReputation, spec.MinUptimePct = NeutralReputation, 100
	if p := Rank(RequirementsFor(common.Hash{7}, spec), nodes, nil, FitNow, 1000, 10_000); len(p.Ranked) != 2 {
		t.Fatalf("neutral reputation, 100%% uptime: %s", p.Summary())
	}
}
