package sched

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Each governed weight scales how far its own factor moves from 1: at 1000
// the factor is the formula's, at 500 half as far from 1 (the move rounded
// down in size, toward 1), at 0 it is 1; the other factors stay as they are.
func TestWeightScalesItsFactor(t *testing.T) {
	const one = weightOne
	// Inputs that move every factor away from 1.
	base := WeightInputs{Reputation: 3000, PriceWei: big.NewInt(0), Locality: 4, Fit: 0, RTTMicros: 0, BoundMicros: 10_000}
	full := FactorsOf(base)
	if want := (Factors{Reputation: 2 * one, Price: one * 7 / 4, Locality: 2 * one, Fit: one * 3 / 2, Latency: one * 3 / 2}); full.Reputation != want.Reputation ||
		full.Price != want.Price || full.Locality != want.Locality || full.Fit != want.Fit || full.Latency != want.Latency {
		t.Fatalf("the unweighted factors are %+v, want %+v", full, want)
	}
	get := func(f Factors, which Factor) uint64 {
		return [numFactors]uint64{f.Reputation, f.Price, f.Locality, f.Fit, f.Latency}[which]
	}
	for _, c := range []struct {
		name   string
		factor Factor
		in     func(*WeightInputs) // inputs for this row, from base
		// the factor at weights 1000, 500 and 0
		at1000, at500, at0 uint64
	}{
		{ParamRepWeight, FactorReputation, nil, 2 * one, one * 3 / 2, one},
		{ParamRepWeight, FactorReputation, func(w *WeightInputs) { w.Reputation = 0 }, one / 2, one * 3 / 4, one},
		// (R + 1000)/2000 in Q16: 65568 for 1001, a move of 32, 16 at 500.
		{ParamRepWeight, FactorReputation, func(w *WeightInputs) { w.Reputation = 1001 }, 65568, 65552, one},
		// 65503 for 999, a move of 33: 16 at 500, toward 1 (65519.5 rounds up).
		{ParamRepWeight, FactorReputation, func(w *WeightInputs) { w.Reputation = 999 }, 65503, 65520, one},
		{ParamPriceWeight, FactorPrice, nil, one * 7 / 4, one * 11 / 8, one},
		// P = 7·ref: (7 + 7)/(4·8) = 0.4375, at 500 0.71875.
		{ParamPriceWeight, FactorPrice, func(w *WeightInputs) { w.PriceWei = big.NewInt(7 * int64(refPriceWei)) }, one * 7 / 16, one * 23 / 32, one},
		{ParamLocalityWeight, FactorLocality, nil, 2 * one, one * 3 / 2, one},
		{ParamLocalityWeight, FactorLocality, func(w *WeightInputs) { w.Locality = 1 }, one * 5 / 4, one * 9 / 8, one},
		{ParamFitWeight, FactorFit, nil, one * 3 / 2, one * 5 / 4, one},
		// S = 2: 1 + 1/6, 76458 in Q16, a move of 10922, 5461 at 500.
		{ParamFitWeight, FactorFit, func(w *WeightInputs) { w.Fit = 2 }, 76458, 70997, one},
		{ParamLatencyWeight, FactorLatency, nil, one * 3 / 2, one * 5 / 4, one},
		{ParamLatencyWeight, FactorLatency, func(w *WeightInputs) { w.RTTMicros = 5_000 }, one * 5 / 4, one * 9 / 8, one},
	} {
		in := base
		if c.in != nil {
			c.in(&in)
		}
		unweighted := FactorsOf(in)
		for _, wc := range []struct{ w, want uint64 }{{1000, c.at1000}, {500, c.at500}, {0, c.at0}} {
			var v Params
			v.set(ParamChange{Name: c.name, Value: wc.w})
			w := in
			w.Weights = v.Weights
			got := FactorsOf(w)
			if g := get(got, c.factor); g != wc.want {
				t.Errorf("%s %d, inputs %+v: factor %d, want %d", c.name, wc.w, in, g, wc.want)
			}
			for f := range numFactors {
				if f != c.factor && get(got, f) != get(unweighted, f) {
					t.Errorf("%s %d moved factor %d: %d, unweighted %d", c.name, wc.w, f, get(got, f), get(unweighted, f))
				}
			}
			wantWeight := weight(in)
			if wc.w != FullWeight {
				x := [numFactors]uint64{unweighted.Reputation, unweighted.Price, unweighted.Locality, unweighted.Fit, unweighted.Latency}
				x[c.factor] = wc.want
				wantWeight = ((x[0] * x[1] * x[2] >> 16) * x[3] >> 16) * x[4] >> 16
			}
			if got.Weight != wantWeight {
				t.Errorf("%s %d: weight %d, want %d", c.name, wc.w, got.Weight, wantWeight)
			}
		}
	}
}

// At the default weights every factor, weight and score is the built-in
// rule's, bit for bit (the golden files say so for the scores; this says
// so for every Q16 factor value).
func TestFullWeightIsTheFactor(t *testing.T) {
	for f := uint64(0); f <= 1<<17; f++ {
		if g := weighted(f, FullWeight); g != f {
			t.Fatalf("weighted(%d, 1000) = %d", f, g)
		}
		if g := weighted(f, 0); g != weightOne {
			t.Fatalf("weighted(%d, 0) = %d, want 1 (%d)", f, g, weightOne)
		}
	}
	if DefaultParams().Weights != (Weights{}) {
		t.Fatalf("default weights %+v, want the zero value (all 1000)", DefaultParams().Weights)
	}
	for f := range numFactors {
		if w := DefaultParams().Weights.Of(f); w != FullWeight {
			t.Errorf("factor %d: default weight %d", f, w)
		}
	}
}

// Whatever the inputs and weights, each weighted factor lies between 1 and
// the unweighted factor, moves no further from 1 as its weight falls, and
// the weight stays in [1/8, 15.75].
func TestWeightedFactorStaysBetweenOneAndTheFactor(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 1000))
	for range 50_000 {
		in := WeightInputs{
			Reputation:  uint32(rng.IntN(4000)),
			Locality:    uint32(rng.IntN(7)),
			Fit:         uint32(rng.IntN(10)),
			RefPriceWei: 1e9 + rng.Uint64N(1e19-1e9),
		}
		switch rng.IntN(4) {
		case 0: // a CPU-only job: no price
		case 1:
			in.PriceWei = new(big.Int).SetUint64(rng.Uint64())
		default:
			in.PriceWei = new(big.Int).SetUint64(rng.Uint64N(4 * in.RefPriceWei))
		}
		if rng.IntN(2) == 0 {
			in.BoundMicros = 1 + rng.Uint64N(1e6)
			in.RTTMicros = rng.Uint64N(in.BoundMicros + 10)
		}
		if rng.IntN(10) == 0 {
			in.Fit = FitNone
		}
		full := FactorsOf(in)
		for f := range numFactors {
			in.Weights = in.Weights.With(f, rng.Uint64N(FullWeight+1))
		}
		got := FactorsOf(in)
		fs := func(x Factors) [numFactors]uint64 {
			return [numFactors]uint64{x.Reputation, x.Price, x.Locality, x.Fit, x.Latency}
		}
		for f, g := range fs(got) {
			u := fs(full)[f]
			lo, hi := min(u, weightOne), max(u, weightOne)
			if g < lo || g > hi {
				t.Fatalf("inputs %+v: factor %d weighted %d to %d, outside [%d, %d]", in, f, in.Weights.Of(Factor(f)), g, lo, hi)
			}
			// A smaller weight moves it no further from 1.
			less := weighted(u, in.Weights.Of(Factor(f))/2)
			if dist(less) > dist(g) {
				t.Fatalf("factor %d = %d: weight %d gives %d, weight %d gives %d, further from 1", f, u, in.Weights.Of(Factor(f)), g, in.Weights.Of(Factor(f))/2, less)
			}
		}
		if got.Weight < 1<<29 || got.Weight > 63<<30 {
			t.Fatalf("inputs %+v: weight %d outside [1/8, 15.75] (Q32 [%d, %d])", in, got.Weight, 1<<29, 63<<30)
		}
	}
}

func dist(f uint64) uint64 { return max(f, weightOne) - min(f, weightOne) }

// Weights reach the brain as the contract bounds them: 0..1000 by name,
// 0 kept (the factor off), more than 1000 dropped; each applies from its
// time on, the others keeping theirs.
func TestWeightParamsAreChecked(t *testing.T) {
	in := []ParamChange{
		{Name: ParamRepWeight, Value: 0, FromMs: 10},
		{Name: ParamPriceWeight, Value: 1001, FromMs: 20},
		{Name: ParamLatencyWeight, Value: 250, FromMs: 30},
		{Name: "tagWeight", Value: 5, FromMs: 40},
		{Name: ParamRepWeight, Value: 1000, FromMs: 50},
	}
	if got, want := cleanParams(in), []ParamChange{in[0], in[2], in[4]}; !slices.Equal(got, want) {
		t.Fatalf("cleaned %v, want %v", got, want)
	}
	for _, name := range []string{ParamRepWeight, ParamPriceWeight, ParamLocalityWeight, ParamFitWeight, ParamLatencyWeight} {
		if lo, hi, ok := ParamBounds(name); !ok || lo != 0 || hi != 1000 {
			t.Errorf("%s: bounds %d..%d (%v), want 0..1000", name, lo, hi, ok)
		}
		if !slices.Contains(ParamNames(), name) {
			t.Errorf("%s is not among ParamNames %v", name, ParamNames())
		}
	}
	p := NewPeer(nodeID(t, 1), PeerConfig{})
	p.Step(Msg{Type: MsgParams, Params: in})
	for _, c := range []struct {
		ms                 uint64
		rep, price, latenc uint64
	}{{9, 1000, 1000, 1000}, {10, 0, 1000, 1000}, {30, 0, 1000, 250}, {49, 0, 1000, 250}, {50, 1000, 1000, 250}} {
		v := p.ParamsAt(c.ms)
		if v.Weights.Of(FactorReputation) != c.rep || v.Weights.Of(FactorPrice) != c.price || v.Weights.Of(FactorLatency) != c.latenc ||
			v.Weights.Of(FactorLocality) != FullWeight || v.Weights.Of(FactorFit) != FullWeight {
			t.Errorf("at %d: weights %+v, want rep %d price %d latency %d", c.ms, v.Weights, c.rep, c.price, c.latenc)
		}
		if got, _ := v.Value(ParamRepWeight); got != c.rep {
			t.Errorf("at %d: Value(repWeight) = %d, want %d", c.ms, got, c.rep)
		}
	}
}

// A weight change scheduled from time T changes the ranking of jobs
// created at or after T only, the same at a peer that held the change
// before it heard of the jobs and at one that learned of it afterwards:
// here the price weight goes to 0, and a job created after T is ranked as
// if every node charged the reference price, while one created before
// keeps the built-in ranking though the weight would change it too.
func TestPriceWeightFollowsTheGovernedValue(t *testing.T) {
	f := newFixture(t)
	const fromMs = 1_000_000_000
	change := []ParamChange{{Name: ParamPriceWeight, Value: 0, FromMs: fromMs}}
	prices := []int64{5e16, 2e17, 5e17, 2e18, 6e18, 9e18}
	var nodes []peer.ID
	for i := range prices {
		nodes = append(nodes, nodeID(t, byte(i+1)))
	}
	job := func(createdS uint64, nonce uint64) (*types.JobEvent, *EventProof) {
		spec := *f.spec
		spec.GPUCount, spec.GPUModel, spec.CreatedAt, spec.Nonce = 1, "A100", createdS, nonce
		e := f.ev(types.EvSubmit, f.a, createdS*1000)
		e.Job[0] = byte(nonce)
		return e, &EventProof{Spec: &spec, Owner: f.owner}
	}
	before, bproof := job(fromMs/1000-10, 3)
	at, atproof := job(fromMs/1000, 2) // created at T exactly
	now := uint64(fromMs + 20_000)

	early := NewPeer(f.a, PeerConfig{TTLMs: 60_000})
	early.Step(Msg{Type: MsgParams, Params: change, NowMs: now})
	late := NewPeer(f.b, PeerConfig{TTLMs: 60_000})
	control := NewPeer(f.c, PeerConfig{TTLMs: 60_000}) // never hears of the change
	for _, p := range []*Peer{early, late, control} {
		for i, n := range nodes {
			a := f.advertOf(n, 1, now)
			a.PriceWei = big.NewInt(prices[i])
			a.GPUs = []types.GPUGroup{{Model: "NVIDIA A100", MemoryMiB: 40960, Total: 1, Free: 1}}
			p.advertT(a, now)
		}
		p.eventT(before, before.Job, bproof)
		p.eventT(at, at.Job, atproof)
	}
	late.Step(Msg{Type: MsgParams, Params: change, NowMs: now})

	type ranked struct {
		ids    []peer.ID
		prices []uint64 // price factors
	}
	order := func(p *Peer, e *types.JobEvent) ranked {
		x, ok := p.Explain(e.Job, now)
		if !ok {
			t.Fatalf("no explanation of %x", e.Job)
		}
		var r ranked
		for _, n := range x.Nodes {
			if n.Rank >= 0 {
				r.ids, r.prices = append(r.ids, n.Node), append(r.prices, n.Factors.Price)
			}
		}
		if len(r.ids) != len(nodes) {
			t.Fatalf("job %x: %d nodes ranked, want %d", e.Job, len(r.ids), len(nodes))
		}
		return r
	}
	// withWeights is a job's ranking at control under weights w.
	off := Weights{}.With(FactorPrice, 0)
	withWeights := func(e *types.JobEvent, w Weights) []peer.ID {
		req := control.RequirementsAt(control.Job(e.Job), now)
		req.Weights = w
		var ids []peer.ID
		for _, c := range Rank(req, control.view.Nodes(), nil, FitNow, now, 60_000).Ranked {
			ids = append(ids, c.Node)
		}
		return ids
	}
	for _, e := range []*types.JobEvent{before, at} {
		if slices.Equal(withWeights(e, Weights{}), withWeights(e, off)) {
			t.Fatalf("job %x ranks alike with and without the price factor: it cannot show the change", e.Job)
		}
	}
	builtIn := order(control, before)
	for _, p := range []*Peer{early, late} {
		if got := order(p, before); !slices.Equal(got.ids, builtIn.ids) || !slices.Equal(got.prices, builtIn.prices) {
			t.Errorf("job created before the change: %v %v, the built-in ranking is %v %v", got.ids, got.prices, builtIn.ids, builtIn.prices)
		}
		got := order(p, at)
		if want := withWeights(at, off); !slices.Equal(got.ids, want) {
			t.Errorf("job created at the change: ranked %v, want %v (without the price factor)", got.ids, want)
		}
		for i, pf := range got.prices {
			if pf != weightOne {
				t.Errorf("job created at the change: node %s has price factor %d, want 1 (%d)", got.ids[i], pf, weightOne)
			}
		}
		if j := p.Job(at.Job); j.Req.Weights != off {
			t.Errorf("job created at the change: weights %+v, want %+v", j.Req.Weights, off)
		}
		if j := p.Job(before.Job); j.Req.Weights != (Weights{}) {
			t.Errorf("job created before the change: weights %+v, want the defaults", j.Req.Weights)
		}
	}
	if slices.Equal(order(early, at).ids, order(control, at).ids) {
		t.Errorf("job created at the change: ranked as the built-in rule ranks it, %v", order(control, at).ids)
	}
}
