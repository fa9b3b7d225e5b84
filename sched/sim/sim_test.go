package sim

import (
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// checkSafe asserts what the design promises whatever the delays: no job
// reported twice, none lost without churn, every live reducer agreeing at
// the end.
func checkSafe(t *testing.T, r *Report) {
	t.Helper()
	t.Log("\n" + r.String())
	if r.TimedOut {
		t.Errorf("run timed out at %d ms virtual", r.VirtualMs)
	}
	if r.DoubleCompletions != 0 {
		t.Errorf("%d jobs completed twice", r.DoubleCompletions)
	}
	if r.Lost != 0 {
		t.Errorf("%d jobs lost", r.Lost)
	}
	if r.Diverged != 0 {
		t.Errorf("%d jobs on which live peers disagree at the end", r.Diverged)
	}
	if r.Completed+r.Stranded+r.Lost != r.Jobs {
		t.Errorf("completed %d + stranded %d + lost %d != %d jobs", r.Completed, r.Stranded, r.Lost, r.Jobs)
	}
	if r.Churn == 0 && r.Completed != r.Jobs {
		t.Errorf("%d of %d jobs completed", r.Completed, r.Jobs)
	}
}

// A burst bigger than the network's capacity queues, and every job in it
// completes, exactly once.
func TestBurstLAN(t *testing.T) {
	r, err := Run(Config{Peers: 50, Jobs: 200, Profile: "lan", Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, r)
	if !r.Exact {
		t.Error("50 peers should run exact")
	}
	if r.Queued == 0 {
		t.Error("the burst never exceeded capacity; the test does not test queueing")
	}
}

// Wide-area delays with a steady arrival rate, on 200 peers (candidate
// mode): agreement and latency are measured, not promised; zero double
// completions and no lost job are.
func TestArrivalsWAN(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds; -short skips it")
	}
	r, err := Run(Config{Peers: 200, Jobs: 300, ArrivalPerSec: 20, Profile: "wan", Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, r)
	if r.Exact {
		t.Error("200 peers should run with candidates")
	}
	if r.HorizonExceeded != 0 {
		t.Errorf("%d jobs waited past K·Δ for a first claim: the candidate filter may have changed the outcome", r.HorizonExceeded)
	}
}

// Loss delays deliveries by seconds; nothing may be lost or reported twice
// (double completions stay possible in principle, when a better claim is
// late by more than the settle window plus a whole run; at 1% they are not
// seen with these run times).
func TestLossWAN(t *testing.T) {
	if testing.Short() {
		t.Skip("a few seconds; -short skips it")
	}
	r, err := Run(Config{Peers: 80, Jobs: 150, ArrivalPerSec: 15, Profile: "wan", Loss: 0.01, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, r)
}

// With churn (a fifth of the peers crash mid-run, half of them come back),
// every job whose executor crashed is detected as lost, rescheduled and
// completed elsewhere: every job completes, and no attempt is run twice.
func TestChurn(t *testing.T) {
	// Every seed: a churn that strands one job on some seed is a bug.
	var rescheduled, orphaned atomic.Int64
	for seed := uint64(1); seed <= 20; seed++ {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Parallel()
			r, err := Run(Config{Peers: 60, Jobs: 100, ArrivalPerSec: 20, Profile: "wan", Churn: 0.2, Seed: seed})
			if err != nil {
				t.Fatal(err)
			}
			if r.TimedOut {
				t.Errorf("run timed out")
			}
			if r.Lost != 0 || r.Completed != r.Jobs {
				t.Errorf("completed %d of %d jobs (stranded %d, lost %d)\n%s", r.Completed, r.Jobs, r.Stranded, r.Lost, r)
			}
			// A claim slower than the settle window (the delay model's
			// tail) may start a loser: safe if it is stopped, unreported.
			if r.DoubleCompletions != 0 || r.DoubleStarts > r.StopsAfterStart {
				t.Errorf("%d double completions of one attempt; %d double starts, %d runs stopped after their start", r.DoubleCompletions, r.DoubleStarts, r.StopsAfterStart)
			}
			rescheduled.Add(int64(r.Rescheduled))
			orphaned.Add(int64(r.Orphans))
		})
	}
	t.Cleanup(func() {
		if rescheduled.Load() == 0 || orphaned.Load() == 0 {
			t.Errorf("over 20 seeds, %d jobs rescheduled and %d orphaned claims released: the churn never hit a running job or a peer that came back, so this test proves nothing", rescheduled.Load(), orphaned.Load())
		}
	})
}

// The same seed gives the same report, in exact and in candidate mode.
func TestDeterministic(t *testing.T) {
	for _, c := range []Config{
		{Peers: 40, Jobs: 80, ArrivalPerSec: 30, Profile: "wan", Loss: 0.02, Seed: 7},
		{Peers: 150, Jobs: 60, Profile: "wan", Seed: 8, ExactPeers: 50, ViewReplicas: 8, Candidates: 16, ActiveRanks: 4},
	} {
		a, err := Run(c)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Run(c)
		if err != nil {
			t.Fatal(err)
		}
		a.WallMs, b.WallMs = 0, 0
		if !reflect.DeepEqual(a, b) {
			t.Errorf("same config, different reports:\n%s\n%s", a, b)
		}
		c.Seed++
		d, err := Run(c)
		if err != nil {
			t.Fatal(err)
		}
		d.WallMs = 0
		if reflect.DeepEqual(a, d) {
			t.Errorf("a different seed gave the very same report:\n%s", a)
		}
	}
}

// The simulator's adverts would pass the daemon's validator.
func TestAdvertsValid(t *testing.T) {
	c := Config{Peers: 40}
	if err := c.fill(); err != nil {
		t.Fatal(err)
	}
	s, err := newSim(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range s.peers {
		if err := p.lastAdv.Validate(); err != nil {
			t.Errorf("peer %d: %v", p.idx, err)
		}
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []Config{
		{Peers: 1},
		{Profile: "moon"},
		{Loss: 1},
		{Churn: 2},
		{MinRunMs: 5000, MaxRunMs: 10},
	} {
		if _, err := Run(c); err == nil {
			t.Errorf("%+v: no error", c)
		} else if !strings.HasPrefix(err.Error(), "sim:") {
			t.Errorf("%+v: %v", c, err)
		}
	}
}

// Hostile peers, 30% of them, over three seeds each: holders (claim by the
// rule, never start) have every hold ended at the start deadline at every
// peer; liars (a lost event about every job an honest peer runs) are
// rebutted by each executor, which keeps its job. Every job completes
// once; nothing diverges; no honest attempt is lost while its executor is
// up.
// With reputation measured (2 s epochs here), a holder wins no attempt
// once its first hold counts: every peer's snapshot has it under the floor.
// Without it, holders keep winning after their holds.
func TestHoldersLoseTheirReputation(t *testing.T) {
	var measured, unmeasured int
	for _, seed := range []uint64{1, 2, 3} {
		for _, epoch := range []uint64{0, 2000} {
			r, err := Run(Config{Peers: 60, Jobs: 60, ArrivalPerSec: 1, Profile: "wan", Seed: seed, Hostile: 0.3, Attack: "hold", EpochMs: epoch})
			if err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + r.String())
			if r.TimedOut || r.Completed != r.Jobs || r.Diverged != 0 || r.DoubleCompletions != 0 || r.HonestLost != 0 {
				t.Errorf("seed %d, epoch %d: completed %d of %d, diverged %d, double completions %d, honest lost %d", seed, epoch, r.Completed, r.Jobs, r.Diverged, r.DoubleCompletions, r.HonestLost)
			}
			if epoch == 0 {
				unmeasured += r.HostileWinsAfterHold
				continue
			}
			measured += r.HostileWinsAfterHold
			if r.HostileRepeatWins != 0 {
				t.Errorf("seed %d: %d attempts won by holders whose hold every peer's reputation counted", seed, r.HostileRepeatWins)
			}
		}
	}
	if measured >= unmeasured {
		t.Errorf("holders won %d attempts after a hold with reputation measured, %d without: it did not help", measured, unmeasured)
	}
}

// Where bonds are required and only honest peers bonded, hostile
// identities win nothing: no peer ranks an unbonded node (the holders'
// own brains included, so they never claim here; that a claim by an
// unbonded claimant is refused is TestForgedClaimsAreDiscarded's).
func TestUnbondedIdentitiesWinNothing(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		r, err := Run(Config{Peers: 60, Jobs: 60, ArrivalPerSec: 10, Profile: "wan", Seed: seed, Hostile: 0.3, Attack: "hold", RequireBonds: true})
		if err != nil {
			t.Fatal(err)
		}
		if r.TimedOut || r.Completed != r.Jobs || r.Diverged != 0 || r.DoubleCompletions != 0 || r.HostileWins != 0 || r.Rescheduled != 0 {
			t.Errorf("seed %d: completed %d of %d, diverged %d, double completions %d, hostile wins %d, rescheduled %d",
				seed, r.Completed, r.Jobs, r.Diverged, r.DoubleCompletions, r.HostileWins, r.Rescheduled)
		}
	}
}

func TestHostilePeers(t *testing.T) {
	for _, attack := range []string{"hold", "lie"} {
		for _, seed := range []uint64{1, 2, 3} {
			r, err := Run(Config{Peers: 60, Jobs: 60, ArrivalPerSec: 10, Profile: "wan", Seed: seed, Hostile: 0.3, Attack: attack})
			if err != nil {
				t.Fatal(err)
			}
			t.Log("\n" + r.String())
			if r.TimedOut || r.Completed != r.Jobs || r.Lost != 0 || r.Diverged != 0 || r.DoubleCompletions != 0 {
				t.Errorf("%s, seed %d: completed %d of %d, lost %d, diverged %d, double completions %d, timed out %v",
					attack, seed, r.Completed, r.Jobs, r.Lost, r.Diverged, r.DoubleCompletions, r.TimedOut)
			}
			if r.HonestLost != 0 {
				t.Errorf("%s, seed %d: %d honest attempts were declared lost while their executor was up", attack, seed, r.HonestLost)
			}
			switch {
			case attack == "hold" && r.HostileWins == 0:
				t.Errorf("hold, seed %d: no hostile peer won an attempt: the attack was not tried", seed)
			case attack == "lie" && (r.Lies == 0 || r.Rebuttals == 0):
				t.Errorf("lie, seed %d: %d lies, %d rebuttals: the attack was not tried", seed, r.Lies, r.Rebuttals)
			case attack == "lie" && r.Rescheduled != 0:
				t.Errorf("lie, seed %d: %d jobs rescheduled", seed, r.Rescheduled)
			}
		}
	}
}
