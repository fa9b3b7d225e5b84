package sched

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// foldEvent is one event to fold, with what the daemon proved of it.
type foldEvent struct {
	ev    *types.JobEvent
	hash  common.Hash
	proof *EventProof
}

// randomEvents draws a job's events from rng: an honest run or two (claims,
// a start, a stream of progress reports with checkpoints, a result) mixed
// with what hostile or confused peers sign (claims on stale adverts,
// starts and results out of turn, lost events true and false, alive
// rebuttals, withdrawals, cancels signed and forged, submits relayed by
// others, events of attempts far ahead), in no particular order.
func randomEvents(t testing.TB, f jobFixture, actors []peer.ID, rng *rand.Rand, n int) []foldEvent {
	var out []foldEvent
	add := func(e *types.JobEvent, proof *EventProof) {
		out = append(out, foldEvent{ev: e, hash: hashOf(e), proof: proof})
	}
	pick := func() peer.ID { return actors[rng.IntN(len(actors))] }
	attempt := func() uint32 {
		switch rng.IntN(10) {
		case 0:
			return uint32(rng.IntN(MaxAttempts + 2))
		case 1, 2:
			return 3
		case 3, 4, 5:
			return 2
		}
		return 1
	}
	at := func(typ types.EventType, actor peer.ID, attempt uint32, ms uint64) *types.JobEvent {
		e := f.at(typ, actor, attempt, ms)
		e.Reputation = uint32(rng.IntN(2 * int(NeutralReputation)))
		return e
	}
	// An honest run of attempt 1 (and maybe 2), in time order.
	if rng.IntN(3) != 0 {
		add(f.ev(types.EvSubmit, f.a, 1), f.proof(f.ev(types.EvSubmit, f.a, 1)))
		ms := uint64(1000 + rng.IntN(1000))
		for att := uint32(1); att <= uint32(1+rng.IntN(2)); att++ {
			exec := pick()
			c := at(types.EvClaim, exec, att, ms)
			c.AdvertSeq = uint64(1 + rng.IntN(3))
			add(c, f.proof(c))
			ms += uint64(rng.IntN(StartDeadlineMs + 5000))
			add(at(types.EvStart, exec, att, ms), nil)
			if rng.IntN(2) == 0 {
				// A report signed by a clock a little behind, or a lot.
				e := at(types.EvProgress, exec, att, ms-min(ms, uint64(rng.IntN(2*MaxClockSkewMs))))
				e.ProgressPPM = 1
				add(e, nil)
			}
			for i := rng.IntN(60); i > 0; i-- {
				ms += uint64(1 + rng.IntN(4000))
				typ := types.EvProgress
				if rng.IntN(8) == 0 {
					typ = types.EvCheckpoint
				}
				e := at(typ, exec, att, ms)
				e.ProgressPPM = uint32(rng.IntN(types.ProgressScale))
				e.CheckpointCID = fmt.Sprint("bafy", rng.IntN(100))
				add(e, nil)
			}
			if rng.IntN(2) == 0 {
				end := at([]types.EventType{types.EvComplete, types.EvFail}[rng.IntN(2)], exec, att, ms+uint64(rng.IntN(5000)))
				end.Meter.WallMs = uint64(rng.IntN(int(ms) + 1))
				add(end, nil)
			} else {
				add(at(types.EvLost, pick(), att, ms+uint64(rng.IntN(90_000))), nil)
			}
		}
	}
	// A flood of claims on attempt 1, beyond what a job keeps.
	if len(actors) > MaxClaimsPerAttempt {
		for _, a := range actors {
			c := at(types.EvClaim, a, 1, uint64(500+rng.IntN(3000)))
			add(c, f.proof(c))
		}
	}
	// Noise.
	kinds := []types.EventType{types.EvSubmit, types.EvClaim, types.EvClaim, types.EvStart, types.EvComplete, types.EvFail,
		types.EvCancel, types.EvWithdraw, types.EvProgress, types.EvProgress, types.EvProgress, types.EvCheckpoint,
		types.EvLost, types.EvLost, types.EvAlive, types.EvAlive}
	for len(out) < n {
		typ := kinds[rng.IntN(len(kinds))]
		actor := pick()
		ms := uint64(rng.IntN(400_000))
		e := at(typ, actor, attempt(), ms)
		var proof *EventProof
		switch typ {
		case types.EvSubmit:
			proof = f.proof(e)
			if rng.IntN(8) == 0 {
				proof = nil // a submit without its spec
			}
		case types.EvClaim:
			e.AdvertSeq = uint64(rng.IntN(4))
			adv := f.advertOf(actor, e.AdvertSeq, ms)
			switch rng.IntN(6) {
			case 0:
				adv.TimeMs = ms - min(ms, MaxClaimAdvertAgeMs+uint64(rng.IntN(10_000))) // stale, or not
			case 1:
				adv.Seq++ // cites another advert
			case 2:
				adv.CPUFree = 0 // does not fit
			}
			proof = &EventProof{Advert: adv}
		case types.EvCancel:
			if rng.IntN(3) != 0 {
				e = f.cancel(t, actor, ms)
			} else {
				e.OwnerSig = []byte{1, 2, 3}
			}
		case types.EvComplete, types.EvFail:
			e.Meter.WallMs = uint64(rng.IntN(400_000))
			e.Meter.CPUMs = uint64(rng.IntN(4_000_000))
		case types.EvProgress:
			e.ProgressPPM = uint32(rng.IntN(types.ProgressScale))
		case types.EvCheckpoint:
			e.CheckpointCID = fmt.Sprint("bafy", rng.IntN(100))
		}
		add(e, proof)
	}
	return out
}

// foldState is what a fold derives, compared field by field.
type foldState struct {
	Submit                                            *types.JobEvent
	Spec                                              *types.JobSpec
	Req                                               Requirements
	Owner                                             common.Address
	Home                                              peer.ID
	State                                             State
	Attempt                                           uint32
	Claims                                            []Claim
	Winner                                            *Claim
	Started, Progress, Checkpoint, Finished, Canceled *types.JobEvent
	History                                           []Attempt
	Notes                                             []string
	Events                                            []*types.JobEvent
	Len                                               int
}

func stateOf(j *Job) foldState {
	return foldState{j.Submit, j.Spec, j.Req, j.Owner, j.Home, j.State, j.Attempt, j.Claims, j.Winner,
		j.Started, j.Progress, j.Checkpoint, j.Finished, j.Cancelled, j.History, j.Notes, j.Events(), j.Len()}
}

func refStateOf(j *refJob) foldState {
	return foldState{j.Submit, j.Spec, j.Req, j.Owner, j.Home, j.State, j.Attempt, j.Claims, j.Winner,
		j.Started, j.Progress, j.Checkpoint, j.Finished, j.Cancelled, j.History, j.Notes, j.Events(), j.Len()}
}

// Folding events incrementally (Job) derives, event by event, exactly what
// recomputing everything from the sorted set does (refJob, the reducer as
// it was), and answers each Add the same: over many random mixes of honest
// and hostile events, in the order drawn, shuffled, in time order and
// with repeats.
func TestFoldMatchesReference(t *testing.T) {
	f := newFixture(t)
	actors := []peer.ID{f.a, f.b, f.c, nodeID(t, 4), nodeID(t, 5)}
	seeds := 200
	if testing.Short() {
		seeds = 30
	}
	// A flood: more peers than a job keeps events of, per type and
	// attempt (MaxActorsPerSlot, MaxClaimsPerAttempt).
	crowd := slices.Clone(actors)
	for i := byte(6); len(crowd) < MaxClaimsPerAttempt+8; i++ {
		crowd = append(crowd, nodeID(t, i))
	}
	var fast, states int
	for seed := 0; seed < seeds; seed++ {
		rng := rand.New(rand.NewPCG(uint64(seed), 99))
		var evs []foldEvent
		if seed%10 == 9 {
			evs = randomEvents(t, f, crowd, rng, 150+rng.IntN(150))
		} else {
			evs = randomEvents(t, f, actors, rng, 20+rng.IntN(150))
		}
		orders := map[string][]foldEvent{"drawn": evs}
		shuffled := slices.Clone(evs)
		rng.Shuffle(len(shuffled), func(i, k int) { shuffled[i], shuffled[k] = shuffled[k], shuffled[i] })
		orders["shuffled"] = shuffled
		timed := slices.Clone(evs)
		slices.SortStableFunc(timed, func(a, b foldEvent) int { return int(a.ev.TimeMs) - int(b.ev.TimeMs) })
		orders["timed"] = timed
		repeated := slices.Clone(shuffled)
		for i := 0; i < len(evs)/4; i++ {
			repeated = slices.Insert(repeated, rng.IntN(len(repeated)+1), evs[rng.IntN(len(evs))])
		}
		orders["repeated"] = repeated
		for _, name := range []string{"drawn", "shuffled", "timed", "repeated"} {
			j, ref := NewJob(f.id), newRefJob(f.id)
			for i, fe := range orders[name] {
				before := j.summary()
				got := j.Add(fe.ev, fe.hash, fe.proof)
				want := ref.Add(fe.ev, fe.hash, fe.proof)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("seed %d %s, event %d (%s by %s, attempt %d at %d): Add = %+v, the full recompute says %+v",
						seed, name, i, fe.ev.Type, fe.ev.Actor, fe.ev.Attempt, fe.ev.TimeMs, got, want)
				}
				if g, w := stateOf(j), refStateOf(ref); !reflect.DeepEqual(g, w) {
					t.Fatalf("seed %d %s, event %d (%s by %s, attempt %d at %d): state differs from the full recompute:\n got %+v\nwant %+v",
						seed, name, i, fe.ev.Type, fe.ev.Actor, fe.ev.Attempt, fe.ev.TimeMs, g, w)
				}
				if got.New && j.summary() == before && refoldable(fe.ev.Type) {
					fast++
				}
				states++
			}
			// A change of standings rechecks every claim: still the same.
			j.recheckClaims()
			ref.recheckClaims()
			if g, w := stateOf(j), refStateOf(ref); !reflect.DeepEqual(g, w) {
				t.Fatalf("seed %d %s: after recheckClaims the states differ", seed, name)
			}
		}
	}
	if fast < states/10 {
		t.Fatalf("only %d of %d folds were of reports: the generator does not exercise refold", fast, states)
	}
}

func refoldable(t types.EventType) bool {
	return t == types.EvProgress || t == types.EvAlive || t == types.EvCheckpoint
}
