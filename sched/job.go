package sched

import (
	"bytes"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// State is where a job is in its lifecycle.
type State string

const (
	Unknown   State = "unknown" // events seen, but not yet its submit
	Pending   State = "pending"
	Claimed   State = "claimed"
	Running   State = "running"
	Completed State = "completed"
	Failed    State = "failed"
	Cancelled State = "cancelled"
)

// Terminal reports whether nothing can change the state any more.
func (s State) Terminal() bool { return s == Completed || s == Failed || s == Cancelled }

// Claim is one node's claim on one attempt of a job, with its score
// computed from the claim's own inputs.
type Claim struct {
	Node      peer.ID
	Attempt   uint32
	Score     Score
	AdvertSeq uint64
	PriceWei  *big.Int
	TimeMs    uint64
}

// Job folds a job's signed events into its state.
//
// The state is a function of the set of events, recomputed from scratch
// on every new one, so every peer that holds the same events reaches the
// same state whatever order they arrived in. Events are idempotent: adding
// one twice changes nothing.
type Job struct {
	ID     common.Hash
	events map[common.Hash]*types.JobEvent

	// Derived by recompute.
	Submit     *types.JobEvent
	Spec       *types.JobSpec
	Req        Requirements
	Owner      common.Address
	Home       peer.ID
	State      State
	Attempt    uint32
	Claims     []Claim // of the current attempt, best first; withdrawn ones left out
	Winner     *Claim  // the standing claim, if any
	Started    *types.JobEvent
	Progress   *types.JobEvent // the standing claimant's latest progress report
	Checkpoint *types.JobEvent // the latest checkpoint of this or an earlier attempt's executor
	Finished   *types.JobEvent // the complete, fail, cancel (or the last lost) that ended it
	Cancelled  *types.JobEvent
	// History is every attempt so far, oldest first; the last is the
	// current one.
	History []Attempt
}

// MaxAttempts bounds rescheduling: a job whose executor is lost this many
// times fails. A constant, not a setting, so every peer agrees.
const MaxAttempts = 10

// Attempt is one execution attempt of a job, as the events tell it.
type Attempt struct {
	N           uint32
	Node        peer.ID         // the standing claimant ("" while none)
	Started     *types.JobEvent // its start
	Ended       *types.JobEvent // its complete or fail, or the lost event that closed it
	ResumedFrom *types.JobEvent // the checkpoint it starts from (of an earlier attempt)
}

// NewJob starts an empty job record.
func NewJob(id common.Hash) *Job {
	return &Job{ID: id, events: make(map[common.Hash]*types.JobEvent), State: Unknown}
}

// SubmitInfo is what the caller proved about a submit event before adding
// it: the spec it carries and the owner its signature recovers to. (The
// EIP-712 check needs the chain id; the caller owns that.)
type SubmitInfo struct {
	Spec  *types.JobSpec
	Owner common.Address
}

// Add folds one verified event in. hash identifies the event (the hash of
// its signed bytes). info must be set for a submit event. It reports whether
// the job's derived state changed.
func (j *Job) Add(ev *types.JobEvent, hash common.Hash, info *SubmitInfo) bool {
	if _, ok := j.events[hash]; ok {
		return false
	}
	if ev.Type == types.EvSubmit {
		if info == nil || info.Spec == nil {
			return false
		}
		// Every submit of one job id carries the same owner-signed spec (the
		// id is its digest), relayed by one or more daemons.
		if j.Spec == nil {
			j.Spec, j.Owner = info.Spec, info.Owner
			j.Req = RequirementsFor(j.ID, info.Spec)
		}
	}
	j.events[hash] = ev
	before := j.summary()
	j.recompute()
	return j.summary() != before
}

// Has reports whether the job holds the event with this hash.
func (j *Job) Has(hash common.Hash) bool {
	_, ok := j.events[hash]
	return ok
}

// Events returns the job's events sorted by time, then hash (for display
// and for re-gossip to peers that missed them).
func (j *Job) Events() []*types.JobEvent {
	type kv struct {
		h common.Hash
		e *types.JobEvent
	}
	all := make([]kv, 0, len(j.events))
	for h, e := range j.events {
		all = append(all, kv{h, e})
	}
	sort.Slice(all, func(a, b int) bool {
		if all[a].e.TimeMs != all[b].e.TimeMs {
			return all[a].e.TimeMs < all[b].e.TimeMs
		}
		return bytes.Compare(all[a].h[:], all[b].h[:]) < 0
	})
	out := make([]*types.JobEvent, len(all))
	for i := range all {
		out[i] = all[i].e
	}
	return out
}

type jobSummary struct {
	state    State
	winner   peer.ID
	claims   int
	started  *types.JobEvent
	finished *types.JobEvent
}

func (j *Job) summary() jobSummary {
	s := jobSummary{state: j.State, claims: len(j.Claims), started: j.Started, finished: j.Finished}
	if j.Winner != nil {
		s.winner = j.Winner.Node
	}
	return s
}

// recompute derives the state from the event set. Every choice in it is
// made over sorted lists.
func (j *Job) recompute() {
	j.State, j.Attempt, j.Claims, j.Winner, j.History = Unknown, 0, nil, nil, nil
	j.Submit, j.Started, j.Progress, j.Checkpoint, j.Finished, j.Cancelled, j.Home = nil, nil, nil, nil, nil, nil, ""
	evs := j.Events()
	for _, e := range evs {
		if e.Type == types.EvSubmit && j.Spec != nil {
			if j.Submit == nil || e.Actor < j.Submit.Actor {
				j.Submit, j.Home = e, e.Actor
			}
		}
	}
	if j.Submit == nil {
		return
	}
	// Attempts: attempt a is closed when some peer attested that its
	// standing claimant was lost. The lost node is excluded from later
	// attempts, and anything it reports for attempt a is never accepted:
	// whatever order the events arrived in, "lost" wins over a late result.
	lost := map[uint32]*types.JobEvent{}
	for _, e := range evs {
		if e.Type == types.EvLost && lost[e.Attempt] == nil {
			lost[e.Attempt] = e
		}
	}
	j.Req.Exclude = nil
	var exhausted *types.JobEvent
	for j.Attempt = 1; ; j.Attempt++ {
		j.rankClaims(evs)
		l := lost[j.Attempt]
		if l == nil || j.Winner == nil {
			break // a lost event for an attempt nobody held means nothing
		}
		if j.resultSignedBefore(evs, l.TimeMs) {
			// It finished before anyone said it was lost: the attester had
			// not heard yet (it was away, or cut off). The result stands.
			break
		}
		j.History = append(j.History, Attempt{N: j.Attempt, Node: j.Winner.Node, Started: j.startOf(evs), Ended: l})
		j.Req.Exclude = insertSorted(j.Req.Exclude, j.Winner.Node)
		if j.Attempt == MaxAttempts {
			exhausted = l
			break
		}
	}
	winners := map[uint32]peer.ID{}
	for _, a := range j.History {
		winners[a.N] = a.Node
	}
	if j.Winner != nil {
		winners[j.Attempt] = j.Winner.Node
	}
	for _, e := range evs {
		// The latest snapshot of any attempt's standing claimant: a later
		// attempt resumes from it.
		if e.Type == types.EvCheckpoint && e.Attempt <= j.Attempt && winners[e.Attempt] == e.Actor && e.Actor != "" {
			if e.Attempt < j.Attempt || exhausted != nil {
				j.Checkpoint = e
			}
		}
	}
	resumeFrom := j.Checkpoint // of earlier attempts only, so far
	var complete, fail *types.JobEvent
	for _, e := range evs {
		switch {
		case e.Type == types.EvCancel && j.cancelValid(e) && j.Cancelled == nil:
			j.Cancelled = e
		case exhausted != nil || j.Winner == nil || e.Actor != j.Winner.Node || e.Attempt != j.Attempt:
		case e.Type == types.EvStart && j.Started == nil:
			j.Started = e
		case e.Type == types.EvProgress:
			j.Progress = e // events are in time order: the last is the latest
		case e.Type == types.EvCheckpoint:
			j.Checkpoint = e
		case e.Type == types.EvComplete && complete == nil:
			complete = e
		case e.Type == types.EvFail && fail == nil:
			fail = e
		}
	}
	if exhausted == nil {
		cur := Attempt{N: j.Attempt, Started: j.Started, ResumedFrom: resumeFrom}
		if j.Winner != nil {
			cur.Node = j.Winner.Node
		}
		if complete != nil {
			cur.Ended = complete
		} else if fail != nil {
			cur.Ended = fail
		}
		j.History = append(j.History, cur)
	}
	switch {
	case exhausted != nil:
		j.State, j.Finished = Failed, exhausted
	case complete != nil:
		// A result from the standing claimant is final, even if a cancel
		// crossed it on the wire: every peer must agree, and the work is done.
		j.State, j.Finished = Completed, complete
	case fail != nil:
		j.State, j.Finished = Failed, fail
	case j.Cancelled != nil:
		j.State, j.Finished = Cancelled, j.Cancelled
	case j.Started != nil:
		j.State = Running
	case j.Winner != nil:
		j.State = Claimed
	default:
		j.State = Pending
	}
}

// rankClaims derives the claims and the standing claim of j.Attempt.
func (j *Job) rankClaims(evs []*types.JobEvent) {
	j.Claims, j.Winner = nil, nil
	withdrawn := map[peer.ID]bool{}
	for _, e := range evs {
		if e.Type == types.EvWithdraw && e.Attempt == j.Attempt {
			withdrawn[e.Actor] = true
		}
	}
	excluded := map[peer.ID]bool{}
	for _, id := range j.Req.Exclude {
		excluded[id] = true
	}
	seen := map[peer.ID]bool{}
	for _, e := range evs {
		if e.Type != types.EvClaim || e.Attempt != j.Attempt || withdrawn[e.Actor] || seen[e.Actor] || excluded[e.Actor] {
			continue
		}
		seen[e.Actor] = true // a node's first claim per attempt counts; later ones are noise
		// A CPU-only job has no GPU price: score it as Rank does (no price
		// factor), whatever the claim's zero price field says.
		price := e.PriceWei
		if j.Req.GPUCount == 0 {
			price = nil
		}
		c := Claim{Node: e.Actor, Attempt: e.Attempt, AdvertSeq: e.AdvertSeq, PriceWei: e.PriceWei, TimeMs: e.TimeMs,
			Score: ScoreFor(j.ID, e.Actor, WeightInputs{Reputation: e.Reputation, PriceWei: price, Locality: e.Locality, Fit: e.Fit})}
		if !claimPlausible(j, e) {
			continue
		}
		j.Claims = append(j.Claims, c)
	}
	sort.Slice(j.Claims, func(a, b int) bool { return claimBetter(j.Claims[a], j.Claims[b]) })
	// A result closes the attempt: if any claimant has reported one, the
	// standing claim is the best of those that did. Otherwise a claim made
	// late (by a peer that was away and missed the result) could outscore
	// the finished claimant and reopen a completed job.
	ended := map[peer.ID]bool{}
	for _, e := range evs {
		if (e.Type == types.EvComplete || e.Type == types.EvFail) && e.Attempt == j.Attempt {
			ended[e.Actor] = true
		}
	}
	for i := range j.Claims {
		if ended[j.Claims[i].Node] {
			w := j.Claims[i]
			j.Winner = &w
			break
		}
	}
	if j.Winner == nil && len(j.Claims) > 0 {
		// No result from a claimant this peer knows of: the best claim.
		w := j.Claims[0]
		j.Winner = &w
	}
}

// resultSignedBefore reports whether the standing claimant of j.Attempt
// signed a result before ms (by the signers' clocks, which the gossip
// validators keep within MaxClockSkew of each other for adverts).
func (j *Job) resultSignedBefore(evs []*types.JobEvent, ms uint64) bool {
	for _, e := range evs {
		if (e.Type == types.EvComplete || e.Type == types.EvFail) && j.Winner != nil && e.Actor == j.Winner.Node &&
			e.Attempt == j.Attempt && e.TimeMs < ms {
			return true
		}
	}
	return false
}

// startOf is the standing claimant's start of j.Attempt, if any.
func (j *Job) startOf(evs []*types.JobEvent) *types.JobEvent {
	for _, e := range evs {
		if e.Type == types.EvStart && j.Winner != nil && e.Actor == j.Winner.Node && e.Attempt == j.Attempt {
			return e
		}
	}
	return nil
}

func insertSorted(ids []peer.ID, id peer.ID) []peer.ID {
	i := sort.Search(len(ids), func(k int) bool { return ids[k] >= id })
	if i < len(ids) && ids[i] == id {
		return ids
	}
	return append(ids[:i], append([]peer.ID{id}, ids[i:]...)...)
}

func claimBetter(a, b Claim) bool {
	return Better(Candidate{Node: a.Node, Score: a.Score}, Candidate{Node: b.Node, Score: b.Score})
}

// claimPlausible drops claims whose score inputs no honest node would send:
// a price above the job's cap, a reputation other than the network's
// current constant, locality beyond the job's inputs.
func claimPlausible(j *Job, e *types.JobEvent) bool {
	if e.Reputation != NeutralReputation {
		return false
	}
	if e.Locality > uint32(len(j.Req.InputCIDs)) {
		return false
	}
	if j.Req.GPUCount > 0 && j.Req.PriceCapWei != nil && j.Req.PriceCapWei.Sign() > 0 && e.PriceWei.Cmp(j.Req.PriceCapWei) > 0 {
		return false
	}
	return true
}

// cancelValid checks the owner's signature on a cancel.
func (j *Job) cancelValid(e *types.JobEvent) bool {
	if j.Spec == nil {
		return false
	}
	signer, err := types.CancelSigner(j.Spec.Network, j.ID, e.OwnerSig)
	return err == nil && signer == j.Owner
}

// RequirementsFor turns a spec into what placement checks.
func RequirementsFor(id common.Hash, s *types.JobSpec) Requirements {
	price, ok := new(big.Int).SetString(s.PriceCapWei, 10)
	if !ok {
		price = new(big.Int)
	}
	cores := s.CPUCores
	if cores == 0 {
		cores = 1 // every job occupies at least one core's worth of a node
	}
	return Requirements{
		JobID:       [32]byte(id),
		Runtime:     s.Runtime,
		GPUModel:    s.GPUModel,
		GPUCount:    s.GPUCount,
		GPUMemMiB:   s.GPUMemMiB,
		CPUCores:    cores,
		RAMMiB:      s.RAMMiB,
		DiskMiB:     s.DiskMiB,
		PriceCapWei: price,
		InputCIDs:   s.InputCIDs,
	}
}

// ClaimDecision is what a node should do about a pending job.
type ClaimDecision struct {
	Claim  bool   // claim now
	Rank   int    // this node's rank, -1 if it is not a candidate
	WaitMs uint64 // when not claiming yet: how long until its turn
}

// DecideClaim applies the claim rule for node self: rank 0 claims at once;
// rank k claims once k·delta has passed since the job became claimable
// (sinceMs) with no standing claim.
func DecideClaim(j *Job, p Placement, self peer.ID, sinceMs, nowMs, deltaMs uint64) ClaimDecision {
	rank, ok := RankOf(p, self)
	if !ok {
		return ClaimDecision{Rank: -1}
	}
	if j.State != Pending {
		return ClaimDecision{Rank: rank}
	}
	due := sinceMs + uint64(rank)*deltaMs
	if nowMs >= due {
		return ClaimDecision{Claim: true, Rank: rank}
	}
	return ClaimDecision{Rank: rank, WaitMs: due - nowMs}
}

// Reservations lists the capacity standing claims hold, for placement of
// other jobs, sorted by node then job.
func Reservations(jobs []*Job) []Reservation {
	var out []Reservation
	for _, j := range jobs {
		if j.Winner == nil || j.State.Terminal() {
			continue
		}
		out = append(out, Reservation{Node: j.Winner.Node, JobID: j.ID, GPUs: j.Req.GPUCount, GPUModel: j.Req.GPUModel,
			CPUCores: j.Req.CPUCores, RAMMiB: j.Req.RAMMiB, DiskMiB: j.Req.DiskMiB, AfterSeq: j.Winner.AdvertSeq})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Node != out[b].Node {
			return out[a].Node < out[b].Node
		}
		return bytes.Compare(out[a].JobID[:], out[b].JobID[:]) < 0
	})
	return out
}
