package sched

import (
	"slices"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Distinct claimants giving a job back for an image pull fail it at
// MaxPullGiveBacks, in every order of the events; nobody else's give-backs
// count, nor one node's twice.
func TestPullGiveBacksFailTheJob(t *testing.T) {
	f := newFixture(t)
	d := nodeID(t, 4)
	submit := f.ev(types.EvSubmit, f.a, 1)
	claim := func(n peer.ID, ms uint64) *types.JobEvent { return f.ev(types.EvClaim, n, ms) }
	withdraw := func(n peer.ID, ms uint64, reason string) *types.JobEvent {
		e := f.ev(types.EvWithdraw, n, ms)
		e.Reason = reason
		return e
	}
	pull := func(n peer.ID, ms uint64) *types.JobEvent {
		return withdraw(n, ms, PullGiveBackPrefix+"registry 127.0.0.1:5000 unreachable: connection refused")
	}
	last := withdraw(f.c, 30, PullGiveBackPrefix+"image digest does not match the spec: the third")
	cases := []struct {
		name     string
		evs      []*types.JobEvent
		state    State
		finished *types.JobEvent
	}{
		{"two give-backs: the job waits for a third node", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5)}, Pending, nil},
		{"three distinct nodes: failed with the third reason", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5), claim(f.c, 6), last}, Failed, last},
		{"a give-back without a claim is not counted", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5), pull(f.c, 30)}, Pending, nil},
		{"a give-back signed before its claim is not counted", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5), claim(f.c, 31), pull(f.c, 30)}, Pending, nil},
		{"other reasons are not counted", []*types.JobEvent{submit, claim(f.a, 2), withdraw(f.a, 3, "run: no space left on device"), claim(f.b, 4), pull(f.b, 5), claim(f.c, 6), pull(f.c, 7)}, Pending, nil},
		{"the owner's cancel wins", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5), claim(f.c, 6), pull(f.c, 7), f.cancel(t, f.a, 8)}, Cancelled, nil},
		{"a result of the standing claimant wins", []*types.JobEvent{submit, claim(f.a, 2), pull(f.a, 3), claim(f.b, 4), pull(f.b, 5), claim(d, 5), f.ev(types.EvComplete, d, 9), claim(f.c, 6), pull(f.c, 7)}, Completed, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check := func(order []*types.JobEvent) {
				j := fold(f, order)
				if j.State != c.state {
					t.Fatalf("order %v: state %s, want %s", types2(order), j.State, c.state)
				}
				if c.finished != nil && j.Finished != c.finished {
					t.Fatalf("order %v: finished by %+v, want %+v", types2(order), j.Finished, c.finished)
				}
			}
			evs := slices.Clone(c.evs)
			if len(evs) <= 7 {
				permutations(evs, check)
				return
			}
			check(evs)
			slices.Reverse(evs)
			check(evs)
		})
	}
}

// One node's give-back counts once, however often it arrives.
func TestPullGiveBackCountsOncePerNode(t *testing.T) {
	f := newFixture(t)
	j := NewJob(f.id)
	submit := f.ev(types.EvSubmit, f.a, 1)
	j.Add(submit, hashOf(submit), f.proof(submit))
	for i, n := range []peer.ID{f.a, f.b} {
		c := f.ev(types.EvClaim, n, uint64(2+i))
		j.Add(c, hashOf(c), f.proof(c))
		for k := 0; k < 3; k++ {
			w := f.ev(types.EvWithdraw, n, uint64(10+k))
			w.Reason = PullGiveBackPrefix + "registry down"
			j.Add(w, hashOf(w), nil)
		}
	}
	if j.State == Failed {
		t.Fatalf("two nodes' give-backs, repeated, failed the job: %s", j.Finished.Reason)
	}
}
