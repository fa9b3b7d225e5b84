package sched

import (
	"math/big"
	"slices"
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
