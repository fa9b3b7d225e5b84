package sched

import (
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

func (f jobFixture) at(typ types.EventType, actor peer.ID, attempt uint32, ms uint64) *types.JobEvent {
	e := f.ev(typ, actor, ms)
	e.Attempt = attempt
	return e
}

// A lost executor's attempt closes; the next attempt's claimant runs it,
// resuming from the lost attempt's checkpoint; the lost node is excluded,
// in whatever order events arrive. (Its late result would end the job:
// see TestLateResultOfALostExecutor.)
func TestLostExecutorReschedules(t *testing.T) {
	f := newFixture(t)
	submit := f.ev(types.EvSubmit, f.a, 1)
	ckpt := f.at(types.EvCheckpoint, f.b, 1, 4000)
	ckpt.CheckpointCID = "bafyckpt"
	base := []*types.JobEvent{
		submit,
		f.at(types.EvClaim, f.b, 1, 2000),
		f.at(types.EvStart, f.b, 1, 3000),
		ckpt,
		f.at(types.EvLost, f.a, 1, 10000),
		f.at(types.EvClaim, f.c, 2, 11000),
	}
	cases := []struct {
		name   string
		extra  []*types.JobEvent
		state  State
		winner peer.ID
	}{
		{"rescheduled to the next attempt's claimant", nil, Claimed, f.c},

		{"the next attempt completes", []*types.JobEvent{f.at(types.EvComplete, f.c, 2, 20000)}, Completed, f.c},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			evs := append(append([]*types.JobEvent{}, base...), c.extra...)
			permutations(evs, func(order []*types.JobEvent) {
				j := fold(f, order)
				w := peer.ID("")
				if j.Winner != nil {
					w = j.Winner.Node
				}
				if j.State != c.state || w != c.winner || j.Attempt != 2 {
					t.Fatalf("order %v: state %s winner %s attempt %d, want %s %s 2", types2(order), j.State, w, j.Attempt, c.state, c.winner)
				}
				if len(j.Req.Exclude) != 1 || j.Req.Exclude[0] != f.b {
					t.Fatalf("excluded %v, want the lost %s", j.Req.Exclude, f.b)
				}
				if j.Checkpoint != ckpt || len(j.History) != 2 || j.History[0].Node != f.b || j.History[0].Ended.Type != types.EvLost ||
					j.History[1].Node != f.c || j.History[1].ResumedFrom != ckpt {
					t.Fatalf("history %+v, checkpoint %v", j.History, j.Checkpoint)
				}
			})
		})
	}
}

// A result signed before the lost event stands: the attester had not heard
// of it. The next attempt's claims are then noise.
func TestResultBeforeLostStands(t *testing.T) {
	f := newFixture(t)
	evs := []*types.JobEvent{
		f.ev(types.EvSubmit, f.a, 1),
		f.at(types.EvClaim, f.b, 1, 2),
		f.at(types.EvStart, f.b, 1, 3),
		f.at(types.EvComplete, f.b, 1, 8),
		f.at(types.EvLost, f.a, 1, 10),
		f.at(types.EvClaim, f.c, 2, 11),
		f.at(types.EvStart, f.c, 2, 12),
	}
	permutations(evs, func(order []*types.JobEvent) {
		j := fold(f, order)
		if j.State != Completed || j.Winner == nil || j.Winner.Node != f.b || j.Attempt != 1 || len(j.Req.Exclude) != 0 || len(j.History) != 1 {
			t.Fatalf("order %v: %s attempt %d winner %+v history %d", types2(order), j.State, j.Attempt, j.Winner, len(j.History))
		}
	})
}

// A claim by the lost node for the next attempt is ignored; a lost event
// for an attempt nobody held moves nothing; next-attempt claims without a
// lost event are noise.
func TestLostRules(t *testing.T) {
	f := newFixture(t)
	submit := f.ev(types.EvSubmit, f.a, 1)
	j := fold(f, []*types.JobEvent{submit, f.at(types.EvClaim, f.b, 1, 2000), f.at(types.EvLost, f.a, 1, 10000), f.at(types.EvClaim, f.b, 2, 11000)})
	if j.Attempt != 2 || j.Winner != nil || j.State != Pending {
		t.Fatalf("the lost node claimed again: attempt %d winner %+v state %s", j.Attempt, j.Winner, j.State)
	}
	j = fold(f, []*types.JobEvent{submit, f.at(types.EvLost, f.a, 1, 10000)})
	if j.Attempt != 1 || j.State != Pending {
		t.Fatalf("a lost event with no claimant: attempt %d state %s", j.Attempt, j.State)
	}
	j = fold(f, []*types.JobEvent{submit, f.at(types.EvClaim, f.b, 1, 2000), f.at(types.EvClaim, f.c, 2, 3000)})
	if j.Attempt != 1 || j.Winner == nil || j.Winner.Node != f.b {
		t.Fatalf("a next-attempt claim without a lost event: attempt %d winner %+v", j.Attempt, j.Winner)
	}
}

// After MaxAttempts lost executors the job fails, with the last lost event
// as its end.
func TestLostTooOftenFails(t *testing.T) {
	f := newFixture(t)
	evs := []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1)}
	for a := uint32(1); a <= MaxAttempts; a++ {
		n := nodeID(t, byte(10+a))
		evs = append(evs, f.at(types.EvClaim, n, a, uint64(10_000*a)), f.at(types.EvLost, f.a, a, uint64(10_000*a+5000)))
	}
	j := fold(f, evs)
	if j.State != Failed || j.Finished == nil || j.Finished.Type != types.EvLost || len(j.History) != MaxAttempts || len(j.Req.Exclude) != MaxAttempts {
		t.Fatalf("state %s finished %+v history %d excluded %d", j.State, j.Finished, len(j.History), len(j.Req.Exclude))
	}
}

// Failure detection in Peer.Tick: a standing claimant silent for TTL, then
// SuspectMs more, is lost; the next rank attests after its k·Δ; one late
// advert within the window evicts nobody.
func TestTickDetectsLostExecutor(t *testing.T) {
	f := newFixture(t)
	ads := map[peer.ID]*types.Advert{}
	for i, n := range []peer.ID{f.a, f.b, f.c} {
		ads[n] = &types.Advert{Node: n, Seq: 1, CPUCores: 8, CPUFree: 8, RAMMiB: 1 << 14, RAMFreeMiB: 1 << 14, Runtimes: []string{"wasm"}}
		_ = i
	}
	cfg := PeerConfig{TTLMs: 1000, DeltaMs: 100, SettleMs: 10, SuspectMs: 500}
	brains := map[peer.ID]*Peer{}
	for _, self := range []peer.ID{f.a, f.c} {
		p := NewPeer(self, cfg)
		for _, a := range ads {
			p.advertT(a, 0)
		}
		for _, e := range []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 2), f.at(types.EvStart, f.b, 1, 3)} {
			p.eventT(e, hashOf(e), f.proof(e))
		}
		brains[self] = p
	}
	// a and c keep advertising; b goes silent after t=0.
	lostAt := map[peer.ID]uint64{}
	for now := uint64(0); now <= 5000; now += 50 {
		for self, p := range brains {
			seq := now/50 + 2
			for _, n := range []peer.ID{f.a, f.c} {
				a := *ads[n]
				a.Seq = seq
				p.advertT(&a, now)
			}
			for _, act := range p.tickT(now) {
				if act.Kind == ActLost && lostAt[self] == 0 {
					if act.Lost != f.b || act.Attempt != 1 {
						t.Fatalf("%s attested %+v", self, act)
					}
					lostAt[self] = now
				}
			}
		}
	}
	// b is out of the view at TTL (1000), lost at 1500 for the rank-0 of
	// the re-ranking, rank 1 after one more Δ.
	first, second := lostAt[f.a], lostAt[f.c]
	if first > second {
		first, second = second, first
	}
	if first < 1500 || first > 1600 || second < first+100 {
		t.Fatalf("attested at %v: want the first at TTL+suspect (~1500), the second one Δ later", lostAt)
	}
	// One late advert inside the window: nobody attests.
	p := NewPeer(f.c, cfg)
	for _, a := range ads {
		p.advertT(a, 0)
	}
	for _, e := range []*types.JobEvent{f.ev(types.EvSubmit, f.a, 1), f.at(types.EvClaim, f.b, 1, 2)} {
		p.eventT(e, hashOf(e), f.proof(e))
	}
	for now := uint64(0); now <= 3000; now += 50 {
		if now == 1300 { // late, but inside TTL + suspect
			late := *ads[f.b]
			late.Seq = 99
			p.advertT(&late, now)
		}
		for _, n := range []peer.ID{f.a, f.c} {
			a := *ads[n]
			a.Seq = now/50 + 2
			p.advertT(&a, now)
		}
		for _, act := range p.tickT(now) {
			if act.Kind == ActLost && now < 1300+1000+500 {
				t.Fatalf("attested at %d after a late advert at 1300", now)
			}
		}
	}
}
