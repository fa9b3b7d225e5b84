package sched

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// A governed reference price applies to jobs created from its time on, the
// same at a peer that held the change before it heard of the job and at one
// that learned of the change afterwards; jobs created before keep the
// built-in price.
func TestParamsApplyByCreationTime(t *testing.T) {
	f := newFixture(t)
	const fromMs = 1_000_000_000
	change := []ParamChange{{Name: ParamRefPriceWei, Value: 2e18, FromMs: fromMs}}
	prices := []int64{1e17, 5e17, 2e18, 6e18}
	nodes := []peer.ID{f.a, f.b, f.c, nodeID(t, 4)}
	adverts := func(p *Peer, now uint64) {
		for i, n := range nodes {
			a := f.advertOf(n, 1, now)
			a.PriceWei = big.NewInt(prices[i])
			a.GPUs = []types.GPUGroup{{Model: "NVIDIA A100", MemoryMiB: 40960, Total: 1, Free: 1}}
			p.advertT(a, now)
		}
	}
	job := func(createdS uint64, nonce uint64) (*types.JobEvent, *EventProof) {
		spec := *f.spec
		spec.GPUCount, spec.GPUModel, spec.CreatedAt, spec.Nonce = 1, "A100", createdS, nonce
		e := f.ev(types.EvSubmit, f.a, createdS*1000)
		e.Job[0] = byte(nonce)
		return e, &EventProof{Spec: &spec, Owner: f.owner}
	}
	before, bproof := job(fromMs/1000-10, 1)
	after, aproof := job(fromMs/1000+10, 2)
	now := uint64(fromMs + 20_000)

	early := NewPeer(f.a, PeerConfig{TTLMs: 60_000})
	early.Step(Msg{Type: MsgParams, Params: change, NowMs: now})
	late := NewPeer(f.b, PeerConfig{TTLMs: 60_000})
	for _, p := range []*Peer{early, late} {
		adverts(p, now)
		p.eventT(before, before.Job, bproof)
		p.eventT(after, after.Job, aproof)
	}
	late.Step(Msg{Type: MsgParams, Params: change, NowMs: now})

	order := func(p *Peer, e *types.JobEvent) ([]peer.ID, []uint64) {
		x, ok := p.Explain(e.Job, now)
		if !ok {
			t.Fatalf("no explanation of %x", e.Job)
		}
		var ids []peer.ID
		var fs []uint64
		for _, n := range x.Nodes {
			if n.Rank >= 0 {
				ids, fs = append(ids, n.Node), append(fs, n.Factors.Price)
			}
		}
		return ids, fs
	}
	for _, c := range []struct {
		e   *types.JobEvent
		ref uint64
	}{{before, 0}, {after, 2e18}} {
		eo, ef := order(early, c.e)
		lo, lf := order(late, c.e)
		if !slices.Equal(eo, lo) || !slices.Equal(ef, lf) || len(eo) != len(nodes) {
			t.Fatalf("peers disagree on a job created at %d: %v %v / %v %v", c.e.TimeMs, eo, ef, lo, lf)
		}
		x, _ := early.Explain(c.e.Job, now)
		for _, n := range x.Nodes {
			if want := priceFactor(n.Inputs.PriceWei, c.ref); n.Factors.Price != want || n.Inputs.RefPriceWei != c.ref && !(c.ref == 0 && n.Inputs.RefPriceWei == refPriceWei) {
				t.Errorf("job created at %d, node price %s: factor %d (ref %d), want %d (ref %d)", c.e.TimeMs, n.Inputs.PriceWei, n.Factors.Price, n.Inputs.RefPriceWei, want, c.ref)
			}
		}
	}
	// At the governed 2 ETH, a 2 ETH node is neutral (factor 1).
	if got := priceFactor(big.NewInt(2e18), 2e18); got != weightOne {
		t.Errorf("price at the governed reference: factor %d, want %d", got, weightOne)
	}
}

// What a hostile endpoint could hand the daemon as the chain's list is cut
// to what the contract could hold: known names, values in bounds, in order,
// at most MaxParamChanges.
func TestParamsListIsChecked(t *testing.T) {
	in := []ParamChange{
		{Name: ParamRefPriceWei, Value: 1e18, FromMs: 10},
		{Name: "minBond", Value: 1e18, FromMs: 20},
		{Name: ParamRefPriceWei, Value: 1, FromMs: 30},
		{Name: ParamRefPriceWei, Value: 1e19 + 1, FromMs: 40},
		{Name: ParamRefPriceWei, Value: 3e18, FromMs: 5},
		{Name: ParamRefPriceWei, Value: 3e18, FromMs: 50},
	}
	got := cleanParams(in)
	want := []ParamChange{in[0], in[5]}
	if !slices.Equal(got, want) {
		t.Fatalf("cleaned %v, want %v", got, want)
	}
	many := make([]ParamChange, MaxParamChanges+10)
	for i := range many {
		many[i] = ParamChange{Name: ParamRefPriceWei, Value: 1e18, FromMs: uint64(i)}
	}
	if n := len(cleanParams(many)); n != MaxParamChanges {
		t.Fatalf("kept %d of %d changes, bound %d", n, len(many), MaxParamChanges)
	}
	p := NewPeer(nodeID(t, 1), PeerConfig{})
	p.Step(Msg{Type: MsgParams, Params: in})
	if v := p.ParamsAt(45); v.RefPriceWei != 1e18 {
		t.Errorf("at 45: %+v", v)
	}
	if v := p.ParamsAt(50); v.RefPriceWei != 3e18 {
		t.Errorf("at 50: %+v", v)
	}
	if v := p.ParamsAt(9); v != DefaultParams() {
		t.Errorf("before any change: %+v", v)
	}
}

// ethCapFor is exact: an ETH price converts within a $SKYOPS cap exactly
// when it is at most the converted cap, at rates and caps of every size.
func TestEthCapForIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 15))
	for range 20_000 {
		rate := 1 + rng.Uint64N(1e18)
		if rng.IntN(2) == 0 {
			rate = 1 + rng.Uint64N(1e10)
		}
		capS := new(big.Int).SetUint64(1 + rng.Uint64N(1<<62))
		capE := ethCapFor(capS, rate)
		for _, p := range []*big.Int{capE, new(big.Int).Add(capE, big.NewInt(1))} {
			within := types.InSkyops(p, rate).Cmp(capS) <= 0
			if within != (p.Cmp(capE) <= 0) {
				t.Fatalf("rate %d, cap %s $SKYOPS wei: %s ETH wei converts to %s (within: %v), converted cap %s",
					rate, capS, p, types.InSkyops(p, rate), within, capE)
			}
		}
	}
	if c := ethCapFor(new(big.Int), 5); c.Sign() != 0 {
		t.Errorf("no cap converts to %s, want 0 (none)", c)
	}
}

// A job paid in $SKYOPS caps its price in $SKYOPS: placement converts the
// nodes' ETH prices at the governed rate in effect when the spec was
// signed, so a rate change moves which nodes fit, the same at every peer,
// for jobs created after it only.
func TestSkyopsCapFollowsTheGovernedRate(t *testing.T) {
	f := newFixture(t)
	const fromMs = 1_000_000_000
	// 2,000 $SKYOPS per ETH from fromMs on (built in: 1,000).
	change := []ParamChange{{Name: ParamMicroSkyopsPerETH, Value: 2000 * 1e6, FromMs: fromMs}}
	prices := []int64{2e17, 4e17, 6e17} // ETH per GPU-hour
	nodes := []peer.ID{f.a, f.b, f.c}
	job := func(createdS uint64, nonce uint64) (*types.JobEvent, *EventProof) {
		spec := *f.spec
		spec.GPUCount, spec.GPUModel, spec.CreatedAt, spec.Nonce = 1, "A100", createdS, nonce
		spec.PaymentToken, spec.PriceCapWei = types.PaySKYOPS, "1000000000000000000000" // 1,000 $SKYOPS per GPU-hour
		e := f.ev(types.EvSubmit, f.a, createdS*1000)
		e.Job[0] = byte(nonce)
		return e, &EventProof{Spec: &spec, Owner: f.owner}
	}
	before, bproof := job(fromMs/1000-10, 1)
	after, aproof := job(fromMs/1000+10, 2)
	now := uint64(fromMs + 20_000)
	fits := func(p *Peer, e *types.JobEvent) []peer.ID {
		x, ok := p.Explain(e.Job, now)
		if !ok {
			t.Fatalf("no explanation of %x", e.Job)
		}
		var ids []peer.ID
		for _, n := range x.Nodes {
			if n.Rank >= 0 {
				ids = append(ids, n.Node)
			}
		}
		slices.SortFunc(ids, func(a, b peer.ID) int { return strings.Compare(string(a), string(b)) })
		return ids
	}
	sorted := func(ids ...peer.ID) []peer.ID {
		slices.SortFunc(ids, func(a, b peer.ID) int { return strings.Compare(string(a), string(b)) })
		return ids
	}
	early := NewPeer(f.a, PeerConfig{TTLMs: 60_000})
	early.Step(Msg{Type: MsgParams, Params: change, NowMs: now})
	late := NewPeer(f.b, PeerConfig{TTLMs: 60_000})
	for _, p := range []*Peer{early, late} {
		for i, n := range nodes {
			a := f.advertOf(n, 1, now)
			a.PriceWei = big.NewInt(prices[i])
			a.GPUs = []types.GPUGroup{{Model: "NVIDIA A100", MemoryMiB: 40960, Total: 1, Free: 1}}
			p.advertT(a, now)
		}
		p.eventT(before, before.Job, bproof)
		p.eventT(after, after.Job, aproof)
	}
	late.Step(Msg{Type: MsgParams, Params: change, NowMs: now})
	for _, p := range []*Peer{early, late} {
		// At 1,000 $SKYOPS per ETH a 1,000 $SKYOPS cap is 1 ETH: all fit.
		if got, want := fits(p, before), sorted(nodes...); !slices.Equal(got, want) {
			t.Errorf("job signed before the change: %v fit, want %v", got, want)
		}
		// At 2,000, it is 0.5 ETH: the 0.6 ETH node does not.
		if got, want := fits(p, after), sorted(f.a, f.b); !slices.Equal(got, want) {
			t.Errorf("job signed after the change: %v fit, want %v", got, want)
		}
		if j := p.Job(after.Job); j.Req.MicroSkyopsPerETH != 2000*1e6 || j.Req.PriceCapWei.Cmp(big.NewInt(5e17)) != 0 {
			t.Errorf("job signed after the change: rate %d, ETH cap %s", j.Req.MicroSkyopsPerETH, j.Req.PriceCapWei)
		}
	}
}
