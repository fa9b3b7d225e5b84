package sim

import (
	"runtime/debug"
	"testing"
)

// benchSim runs one configuration b.N times and reports the last run's
// figures as metrics.
func benchSim(b *testing.B, c Config) {
	if testing.Short() {
		b.Skip("minutes long; -short skips it")
	}
	// The live heap is gigabytes of reducers at 10,000 peers, and Rank
	// allocates a fresh candidate list per call: collect half as often.
	defer debug.SetGCPercent(debug.SetGCPercent(200))
	var r *Report
	for i := 0; i < b.N; i++ {
		var err error
		if r, err = Run(c); err != nil {
			b.Fatal(err)
		}
	}
	b.Log("\n" + r.String())
	if r.DoubleCompletions != 0 || r.Lost != 0 || r.Diverged != 0 || r.TimedOut {
		b.Errorf("unsafe run: %d double completions, %d lost, %d diverged, timed out %v", r.DoubleCompletions, r.Lost, r.Diverged, r.TimedOut)
	}
	b.ReportMetric(r.Agreement, "agreement")
	b.ReportMetric(r.FirstClaimWon, "first-claim-won")
	b.ReportMetric(float64(r.Conflicts), "conflicts")
	b.ReportMetric(float64(r.DoubleStarts), "double-starts")
	b.ReportMetric(float64(r.DoubleCompletions), "double-completions")
	b.ReportMetric(float64(r.Completed), "completed")
	b.ReportMetric(r.PlacementP50Ms, "place-p50-ms")
	b.ReportMetric(r.PlacementP99Ms, "place-p99-ms")
	b.ReportMetric(r.ClaimP99Ms, "claim-p99-ms")
	b.ReportMetric(float64(r.Ticks), "ticks")
	b.ReportMetric(float64(r.VirtualMs)/1000, "virtual-s")
	if r.HostilePeers > 0 {
		b.ReportMetric(float64(r.HostileWins), "hostile-wins")
		b.ReportMetric(float64(r.HonestLost), "honest-lost")
		b.ReportMetric(float64(r.Rebuttals), "rebuttals")
		b.ReportMetric(float64(r.HostileWinsAfterHold), "hostile-wins-after-hold")
		b.ReportMetric(float64(r.HostileRepeatWins), "hostile-wins-after-counted")
	}
}

// BenchmarkSim10k: 10,000 peers, 200 jobs at 10 a second over wide-area
// gossip. One run takes minutes: go test ./sched/sim -run '^$' -bench Sim10k -benchtime 1x
func BenchmarkSim10k(b *testing.B) {
	benchSim(b, Config{Peers: 10_000, Jobs: 200, ArrivalPerSec: 10, Profile: "wan", Seed: 1})
}

// BenchmarkSim1k: 1,000 peers, the same workload.
func BenchmarkSim1k(b *testing.B) {
	benchSim(b, Config{Peers: 1000, Jobs: 200, ArrivalPerSec: 10, Profile: "wan", Seed: 1})
}

// hostileRuns are the hostile configurations: 10% and 30% of peers
// claiming and holding, or lying about honest executors.
// The "slow" runs spread the jobs over 100 s, so that holds end (30 s
// after their claims) while jobs still arrive, with reputation measured
// in 5 s epochs ("rep") or not.
var hostileRuns = []struct {
	name    string
	share   float64
	attack  string
	arrival float64
	epochMs uint64
	bonds   bool // only honest peers bonded
}{
	{"hold10", 0.1, "hold", 10, 0, false}, {"hold30", 0.3, "hold", 10, 0, false}, {"lie10", 0.1, "lie", 10, 0, false}, {"lie30", 0.3, "lie", 10, 0, false},
	{"hold30-slow", 0.3, "hold", 2, 0, false}, {"hold30-slow-rep", 0.3, "hold", 2, 5000, false}, {"lie30-slow-rep", 0.3, "lie", 2, 5000, false},
	{"hold30-bonds", 0.3, "hold", 10, 0, true},
}

func benchHostile(b *testing.B, peers int) {
	for _, c := range hostileRuns {
		b.Run(c.name, func(b *testing.B) {
			benchSim(b, Config{Peers: peers, Jobs: 200, ArrivalPerSec: c.arrival, Profile: "wan", Seed: 1, Hostile: c.share, Attack: c.attack, EpochMs: c.epochMs, RequireBonds: c.bonds})
		})
	}
}

// BenchmarkSim10kHostile: the hostile runs at 10,000 peers.
// go test ./sched/sim -run '^$' -bench 'Sim10kHostile' -benchtime 1x -timeout 90m
func BenchmarkSim10kHostile(b *testing.B) { benchHostile(b, 10_000) }

// BenchmarkSim1kHostile: the same at 1,000 peers.
func BenchmarkSim1kHostile(b *testing.B) { benchHostile(b, 1000) }

// BenchmarkChurnSeeds runs make test's churn configuration (60 peers, 100
// jobs, a fifth of the peers crashing, half of those coming back) over
// seeds 1..200 (b.N times over) and reports on how many seeds every job
// completed, and the worst seed's figures.
//
//	go test ./sched/sim -run '^$' -bench ChurnSeeds -benchtime 1x
func BenchmarkChurnSeeds(b *testing.B) {
	if testing.Short() {
		b.Skip("minutes long; -short skips it")
	}
	const seeds = 200
	for i := 0; i < b.N; i++ {
		complete, doubleCompletions, rescheduled, orphans := 0, 0, 0, 0
		for seed := uint64(1); seed <= seeds; seed++ {
			r, err := Run(Config{Peers: 60, Jobs: 100, ArrivalPerSec: 20, Profile: "wan", Churn: 0.2, Seed: seed})
			if err != nil {
				b.Fatal(err)
			}
			if r.Completed == r.Jobs && r.Lost == 0 && !r.TimedOut {
				complete++
			} else {
				b.Logf("seed %d: %d of %d completed, %d lost\n%s", seed, r.Completed, r.Jobs, r.Lost, r)
			}
			doubleCompletions += r.DoubleCompletions
			rescheduled += r.Rescheduled
			orphans += r.Orphans
		}
		b.ReportMetric(float64(complete), "seeds-all-completed")
		b.ReportMetric(seeds, "seeds")
		b.ReportMetric(float64(doubleCompletions), "double-completions")
		b.ReportMetric(float64(rescheduled), "rescheduled")
		b.ReportMetric(float64(orphans), "orphans-released")
	}
	b.ReportMetric(0, "ns/op")
}
