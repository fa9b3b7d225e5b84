// Package sim is a discrete-event simulator of a skyops network, up to
// about 10,000 peers. Every simulated peer runs the real scheduling brain, a
// sched.Peer, driven the way node/jobs.go drives it; only the world around
// the brain (gossip, machines, time) is modelled. The placement rule, the
// reducer and the simulator are the same code (DESIGN.md, invariant 6).
//
//	r, err := sim.Run(sim.Config{Peers: 10_000, Jobs: 200, ArrivalPerSec: 10, Profile: "wan"})
//	fmt.Print(r)
//
// cmd/skyops-sim runs it from the command line.
//
// # Clock and randomness
//
// Time is virtual, in milliseconds. Events wait in one priority queue
// ordered by time, then by the order they were scheduled, so equal times
// are deterministic. Every random draw (fleets, jobs, arrivals, delays,
// losses, churn) comes from one PCG seeded by Config.Seed, and nothing the
// simulator does depends on map order: the same Config gives the same
// Report, bit for bit, except WallMs. sched itself draws nothing.
//
// # Peers and machines
//
// Peer ids come from fixed secp256k1 keys (keccak256 of a label and the
// index), derived once per process and cached. Each peer has a machine
// drawn from a mix (CPU-only boxes; 1-8 A100-80GB, A100-40GB, H100, 1-2
// RTX 4090, and two-group boxes), and publishes a types.Advert (unsigned:
// sched takes adverts and events as already verified) with its totals and
// what is free, every AdvertIntervalMs and at once when its capacity
// changes (node.Kick). Peers 0 and 1 are 8×H100 and 8×A100 boxes so that
// every job kind fits somewhere; a job that could never run is an error.
//
// Jobs come from a mix too (CPU-only, 1×A100, 1×any GPU, 2×H100, 4×any
// 80 GB, 8×any), run 2-10 s, and are submitted at a random live peer, all
// at once (a burst) or as a Poisson process.
//
// # Views
//
// A view per peer is N² entries: too much at 10,000 peers. So peers share
// views: there are ViewReplicas sched.Views (default 16 above ExactPeers,
// one per peer at or below), peer i ranks against replica i mod V
// (sched.NewPeerWithView). Each replica receives each advert after its own
// sampled gossip delay, and the advert's author's replica has it at once
// (a daemon observes its own advert as it publishes it). The approximation:
// views disagree between replicas, as they do between peers, but peers
// that share a replica see the same adverts at the same instant, and see
// the author's changes with no delay when the author is one of them. A
// peer's knowledge of jobs is never shared: every peer folds every event
// into its own reducer.
//
// # Gossip
//
// Each job event reaches every other peer after an independently drawn
// delay: "wan" is 10 ms plus a log-normal of median 50 ms (median ~60 ms,
// p99 ~400 ms, capped at 5 s), "lan" 0.2 ms plus a log-normal of median
// 0.8 ms (about 1 ms). With Loss > 0 a delivery is lost with that
// probability and repaired 1-3 s later, as gossipsub's IHAVE/IWANT would:
// late, never missing. Adverts travel the same way to each view replica.
// The actor folds its own event at once. Every event passes through
// types.JobEvent.Validate, as types.SealJobEvent would have it (which also
// turns a nil claim price into 0).
//
// # Driving the brain
//
// As node.step does, the simulator drives each peer's brain through the
// daemon's own shell (sched/drive) with simHost as its host: a tick is
// drive.Advance, which takes the brain's Ready and carries it out.
//
//   - A claim in Ready was booked on the peer's own resources by the brain
//     (its cores, RAM and GPU devices, from sched.Resources); one the
//     resources did not allow comes back in Ready.Declined (counted as
//     ClaimsRefused). simHost seals it as a numbered record, gossips it,
//     and advertises the capacity it took.
//   - A start: if the claim still stands, a start event and a run that
//     ends after the job's duration; if not, the run ends at once.
//   - A stop: the run ends, its capacity is free (MsgRunEnded); it reports
//     nothing.
//   - A run that ends reports a completion only if Standing says its claim
//     stands (a run whose claim fell before any tick said stop is counted
//     as Withheld), then ends (MsgRunEnded) and advertises.
//   - Claims and submits received live from another peer feed the brain's
//     delay estimator, which stretches Δ and the settle window to 4 and 3
//     times a decaying maximum of their delays, floored at DeltaMs and
//     SettleMs, exactly as in the daemon. FixedTiming turns this off.
//   - A peer that rejoins after a crash steps MsgStarted, folds what it
//     missed (catch-up sync), then MsgCaughtUp; its brain then says its
//     orphaned claims were lost, as the daemon's does.
//
// # When peers tick
//
// The daemon ticks on every fresh gossiped event and every 50 ms. 10,000
// peers ticking every 50 ms is far too slow, and unnecessary: a Ready's
// content changes only when its inputs do (events, the view, or the time
// crossing a settle window or a rank's turn, which Ready.WakeMs names). So a
// peer ticks:
//
//  1. when a fresh event arrives: a submit (like jobLoop), or any event of
//     a job the peer holds a claim on (a better claim, say); ticks due at
//     one instant run once, after all of that instant's deliveries;
//  2. at its Ready.WakeMs;
//  3. at its next 50 ms tick (each peer has its own phase), when that tick
//     would see something new: its view changed what a node offers, or an
//     event changed which claims stand (so the reservations), while it has
//     a pending job; or it acted, or a job was submitted at it (the daemon
//     does not step on its own events; its next periodic tick sees them).
//     The daemon also steps soon after any fresh event; for events that
//     change reservations the simulator leaves that to the periodic tick,
//     under 50 ms later, which halves the ticks.
//
// Up to ExactPeers peers (default 100) that is all, for every peer and
// every job: the daemon's behaviour, ticks that cannot change anything
// aside.
//
// # Candidates (above ExactPeers)
//
// Each tick ranks every pending job against the whole view: O(nodes). If
// every peer ticked for every job, a run would cost O(peers²) rankings per
// job, hours at 10,000 peers. But which peers can act on a job is known in
// advance: rank k claims only after k·Δ without a claim, so a peer far
// down the ranking never acts while placement takes well under a second.
// So each job gets candidates, from the simulator's true view (every
// node's latest advert) at submit: its top K (Candidates, default 64) of
// the FitNow ranking. Only candidates tick for the job's submit and
// polls, and a wake of a peer with no pending candidate job and no claim
// in its settle window is skipped (it would find nothing to do). A rank
// >= K acts only after K·Δ (32 s by default) with no claim; the report
// counts jobs first claimed later than that (HorizonExceeded), which
// should be 0.
//
// Ticking even 64 peers per job is most of the cost at 10,000 peers (a
// tick there is ~15 ms), so the candidates come in two tiers: the top R
// (ActiveRanks, default 8) are active from the submit on; the rest join
// (escalation) only if, R·Δ after the submit, the job is unclaimed or
// still pending at one of them. Before then they could not have claimed
// unless their own view ranked them in its top R while no claim reached
// them for seconds. Their claim clocks start at the escalation rather
// than at the submit, so such a claim would come up to R·Δ late; the
// report counts escalations (Escalated). ActiveRanks = Candidates ticks
// all K from the submit on.
//
// A job nobody can take now (all busy) must still be placed when capacity
// frees, by nodes that were not in its top K at submit: a node whose
// capacity grows becomes an active candidate of every unclaimed job it
// now fits, and once a second the top K of every job unclaimed for over a
// second is recomputed and added.
//
// # What the report says
//
//   - Agreement: for each job, the fraction of peers whose first claim
//     folded (for attempt 1) was the final winner's, averaged over jobs.
//     FirstClaimWon: the fraction of jobs whose earliest claim emitted was
//     the final winner's. The final winner is the reducer's winner at a
//     reference peer (the first that never went down) at the end.
//   - Conflicts: jobs with more than one claimant for an attempt.
//   - DoubleStarts: jobs where more than one peer carried out ActStart for
//     one attempt (a start per attempt after a lost executor is
//     rescheduling, not a double start).
//   - DoubleCompletions: jobs for which more than one peer published a
//     result; the design says 0 (a loser never reports). A loser can only
//     report if the better claim reaches it later than the settle window
//     plus the whole run (Loss makes that possible), or, with churn, when
//     a peer that rejoined without the events it missed claims a job that
//     is already done (see Churn).
//   - Placement latency (p50/p99/max): submit to the final winner's claim
//     folded at every live peer; claim latency: submit to the winner's
//     claim emitted; start latency: submit to the winner starting the run
//     (after its settle window).
//   - Completed (at the reference peer), Stranded (not completed, with
//     churn: still being rescheduled when the run ended, or failed after
//     MaxAttempts lost executors), Rescheduled (jobs that needed more than
//     one attempt) and Attempts (their sum over all jobs),
//     Lost (not completed without churn: must be 0), Diverged (jobs on
//     which live peers' reducers end in different states or winners),
//     Queued (jobs first claimed MinRunMs or more after submit: they waited
//     for a run to end).
//   - Ticks, Folds (events stepped into a brain), Deliveries, virtual and wall time.
//
// # Churn
//
// With Churn > 0, that fraction of the peers (never the two anchor boxes,
// peers 0 and 1) crash at a random time while jobs arrive: their runs
// vanish, they stop advertising, and events sent while they are down never
// reach them (gossip does not replay). Half come back 5-30 s later with
// their folded events (the daemon restores them from badger) but no runs,
// and fold every event they missed at once (the daemon's catch-up sync).
//
// Failure detection is sched.Peer's: a standing claimant out of a peer's
// view (TTL without an advert) and still out SuspectMs later is lost; the
// job is ranked again without it, and the new rank k publishes a lost
// event after k·Δ and claims the next attempt. Every peer's reducer then
// ignores anything the lost executor reports for its attempt, so each job
// has one accepted result however many attempts it took.
//
// # Not modelled
//
// Clock skew (every actor stamps events with the virtual time); cancels
// and failures; checkpoints (a rescheduled run starts over); disk reservations (the daemon
// does not reserve disk either); a GPU job spread over two groups of
// matching devices (the simulator takes all its GPUs from the first group
// that has them); Advert.Jobs and Advert.CIDs (left empty).
package sim
