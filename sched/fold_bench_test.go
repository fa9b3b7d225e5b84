package sched

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// longRun is the events one peer folds for a long GPU job, n in all, in
// the order gossip brings them: its submit, two claims (the worse one
// withdraws), the start, then the executor's progress reports, one a
// second, with what else turns up: a checkpoint every 15 minutes, a
// report delivered twice (catch-up sync) or late (superseded by then),
// and once a false lost event from another peer that the executor's alive
// event rebuts. A 4 h job reporting once a second signs about 14,000.
func longRun(tb testing.TB, n int) []foldEvent {
	f := newFixture(tb)
	f.spec.DurationSec = 5 * 3600
	exec, other, liar := f.b, f.c, peer.ID(nodeID(tb, 4))
	// The better of two claims runs the job (ranks by score).
	if Better(Candidate{Node: other, Score: ScoreFor(f.id, other, WeightInputs{Reputation: NeutralReputation})},
		Candidate{Node: exec, Score: ScoreFor(f.id, exec, WeightInputs{Reputation: NeutralReputation})}) {
		exec, other = other, exec
	}
	var out []foldEvent
	add := func(e *types.JobEvent) {
		out = append(out, foldEvent{ev: e, hash: hashOf(e), proof: f.proof(e)})
	}
	add(f.ev(types.EvSubmit, f.a, 1))
	add(f.at(types.EvClaim, other, 1, 1000))
	add(f.at(types.EvClaim, exec, 1, 1100))
	add(f.at(types.EvWithdraw, other, 1, 1500))
	add(f.at(types.EvStart, exec, 1, 12_000))
	ms := uint64(12_000)
	for i := 0; len(out) < n; i++ {
		ms += 1000
		p := f.at(types.EvProgress, exec, 1, ms)
		p.ProgressPPM = uint32(i)
		p.Telemetry = []types.GPUPoint{{}}
		add(p)
		switch {
		case i%900 == 899:
			c := f.at(types.EvCheckpoint, exec, 1, ms+1)
			c.CheckpointCID = fmt.Sprint("bafyckpt", i)
			add(c)
		case i%97 == 96:
			out = append(out, out[len(out)-3]) // the same event again
		case i%89 == 88:
			late := f.at(types.EvProgress, exec, 1, ms-5000)
			late.ProgressPPM = uint32(i - 5)
			add(late)
		case i == n/2:
			add(f.at(types.EvLost, liar, 1, ms+10))
			add(f.at(types.EvAlive, exec, 1, ms+200))
		}
	}
	return out[:n]
}

// BenchmarkFoldEvents folds a long job's events into a new Job: ns/event
// is the cost of one event, which must not grow with the events before it.
func BenchmarkFoldEvents(b *testing.B) {
	for _, n := range []int{1000, 14_000} {
		evs := longRun(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var j *Job
			for b.Loop() {
				j = NewJob(common.Hash(evs[0].ev.Job))
				for _, e := range evs {
					j.Add(e.ev, e.hash, e.proof)
				}
			}
			if j.State != Running {
				b.Fatalf("the job is %s, want running", j.State)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
		})
	}
}
