package sched

// The job reducer as it was before the fold became incremental (job.go
// and reduce.go at 8d276f8, renamed): every event recomputes the state
// from the whole sorted event set. TestFoldMatchesReference holds Job to it.

import (
	"bytes"
	"fmt"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// refEarlier orders events by time, then hash.
func refEarlier(a, b *refStored) bool {
	if a.ev.TimeMs != b.ev.TimeMs {
		return a.ev.TimeMs < b.ev.TimeMs
	}
	return bytes.Compare(a.hash[:], b.hash[:]) < 0
}

// Job folds a job's signed events into its state.
//
// The state is a function of the set of events, recomputed from scratch
// on every new one, so every peer that holds the same events reaches the
// same state whatever order they arrived in. Events are idempotent: adding
// one twice changes nothing.
//
// The set is bounded: a job keeps at most one event per (type, actor,
// attempt) slot (the earliest claim, start, result or withdraw; the
// latest progress, checkpoint, alive or lost), attempts up to MaxAttempts,
// the best MaxClaimsPerAttempt claims and, of every other type,
// MaxActorsPerSlot actors per attempt. A flood of events about one job
// costs a peer a bounded number of slots, not memory. (Only the standing
// claimant's events count, but which claimant stands is known only once
// its claim arrives, so others' events are kept up to the cap.)
type refJob struct {
	ID     common.Hash
	events map[common.Hash]*refStored
	slots  map[slotKey]common.Hash
	// standingsAt gives the standings a claim is checked against, by the
	// claim's time (nil: none measured).
	standingsAt func(ms uint64) *Standings

	// Derived by recompute.
	Submit     *types.JobEvent
	Spec       *types.JobSpec
	Req        Requirements
	Owner      common.Address
	Home       peer.ID // the spec's home: the owner signed it
	home       peer.ID
	State      State
	Attempt    uint32
	Claims     []Claim // of the current attempt, best first; withdrawn and invalid ones left out
	Winner     *Claim  // the standing claim, if any
	Started    *types.JobEvent
	Progress   *types.JobEvent // the standing claimant's latest progress report
	Checkpoint *types.JobEvent // the latest checkpoint of this or an earlier attempt's executor
	Finished   *types.JobEvent // the complete, fail, cancel (or the last lost) that ended it
	Cancelled  *types.JobEvent
	// History is every attempt so far, oldest first; the last is the
	// current one.
	History []Attempt
	// Notes say which held events the rules did not accept, and why (a
	// result metering more than its events allow, say), for the owner.
	Notes []string
}

// stored is one event the job keeps, with its evidence.
type refStored struct {
	ev     *types.JobEvent
	hash   common.Hash
	advert *types.Advert // a claim's opened advert
}

// NewJob starts an empty job record.
func newRefJob(id common.Hash) *refJob {
	return &refJob{ID: id, events: make(map[common.Hash]*refStored), slots: make(map[slotKey]common.Hash), State: Unknown}
}

// Add folds one verified event in. hash identifies the event (the hash of
// its signed bytes). proof must carry the spec for a submit and the opened
// advert for a claim.
func (j *refJob) Add(ev *types.JobEvent, hash common.Hash, proof *EventProof) AddResult {
	if _, ok := j.events[hash]; ok {
		return AddResult{}
	}
	if why := j.admit(ev, proof); why != "" {
		return AddResult{Dropped: why}
	}
	var res AddResult
	if ev.Type == types.EvSubmit && j.Spec == nil {
		// Every submit of one job id carries the same owner-signed spec
		// (the id is its digest), relayed by one or more daemons.
		j.Spec, j.Owner = proof.Spec, proof.Owner
		j.Req = RequirementsFor(j.ID, proof.Spec)
		if h, err := peer.Decode(proof.Spec.Home); err == nil {
			j.home = h
		}
		res.Evicted = j.recheck()
	}
	s := &refStored{ev: ev, hash: hash}
	if ev.Type == types.EvClaim {
		s.advert = proof.Advert
	}
	k := slotOf(ev)
	if old, ok := j.slots[k]; ok {
		o := j.events[old]
		if keepsLatest(ev.Type) == refEarlier(s, o) {
			return AddResult{Dropped: "superseded by an event already held in its slot", Evicted: res.Evicted}
		}
		j.drop(old)
		res.Evicted = append(res.Evicted, old)
	} else if why, evict := j.crowded(s); why != "" {
		return AddResult{Dropped: why, Evicted: res.Evicted}
	} else if evict != (common.Hash{}) {
		j.drop(evict)
		res.Evicted = append(res.Evicted, evict)
	}
	j.events[hash] = s
	j.slots[k] = hash
	before := j.summary()
	j.recompute()
	res.New = true
	res.Changed = j.summary() != before
	return res
}

// admit is the check of one event on its own and against the slots the
// job holds; "" admits it.
func (j *refJob) admit(ev *types.JobEvent, proof *EventProof) string {
	switch ev.Type {
	case types.EvSubmit:
		if proof == nil || proof.Spec == nil {
			return "submit without its verified spec"
		}
	case types.EvClaim:
		if proof == nil || proof.Advert == nil {
			return "claim without its verified advert"
		}
		if j.Spec != nil {
			if err := j.checkClaim(ev, proof.Advert); err != nil {
				return err.Error()
			}
		}
	case types.EvCancel:
		if j.Spec != nil && !j.cancelValid(ev) {
			return "cancel not signed by the job's owner"
		}
	}
	if ev.Type != types.EvSubmit && ev.Type != types.EvCancel && ev.Attempt > MaxAttempts {
		return "attempt beyond MaxAttempts"
	}
	if j.Spec == nil && ev.Type != types.EvSubmit && len(j.events) >= maxUnplacedEvents {
		return "too many events before the job's submit"
	}
	return ""
}

// crowded applies the per-attempt caps to an event that would take a new
// slot: why it cannot, or which held event it pushes out.
func (j *refJob) crowded(s *refStored) (string, common.Hash) {
	t := s.ev.Type
	k := slotOf(s.ev)
	var same []*refStored
	for sk, h := range j.slots {
		if sk.typ == t && sk.attempt == k.attempt {
			same = append(same, j.events[h])
		}
	}
	limit := MaxActorsPerSlot
	if t == types.EvClaim {
		limit = MaxClaimsPerAttempt
	}
	if len(same) < limit {
		return "", common.Hash{}
	}
	if t != types.EvClaim || j.Spec == nil {
		return "the attempt holds the most events of this type a job keeps", common.Hash{}
	}
	// Claims: keep those whose claimant started (a flood of better claims
	// signed later must not push out the claim of the running executor),
	// then the best by score.
	keep := func(a, b *refStored) bool { // a is worth more than b
		if sa, sb := j.acted(a.ev), j.acted(b.ev); sa != sb {
			return sa
		}
		return claimBetter(j.claimOf(a), j.claimOf(b))
	}
	worst := same[0]
	for _, o := range same[1:] {
		if keep(worst, o) {
			worst = o
		}
	}
	if !keep(s, worst) {
		return "the attempt holds the most claims a job keeps, all better", common.Hash{}
	}
	return "", worst.hash
}

// acted reports whether a claim's claimant has started or ended its
// attempt.
func (j *refJob) acted(claim *types.JobEvent) bool {
	for _, t := range []types.EventType{types.EvStart, types.EvComplete, types.EvFail} {
		if _, ok := j.slots[slotKey{typ: t, actor: claim.Actor, attempt: claim.Attempt}]; ok {
			return true
		}
	}
	return false
}

func (j *refJob) drop(h common.Hash) {
	if s, ok := j.events[h]; ok {
		k := slotOf(s.ev)
		if j.slots[k] == h {
			delete(j.slots, k)
		}
		delete(j.events, h)
	}
}

// recheck drops what the newly known spec shows invalid: claims whose
// advert does not back them, cancels the owner did not sign.
func (j *refJob) recheck() []common.Hash {
	var out []common.Hash
	for h, s := range j.events {
		switch s.ev.Type {
		case types.EvClaim:
			if j.checkClaim(s.ev, s.advert) != nil {
				out = append(out, h)
			}
		case types.EvCancel:
			if !j.cancelValid(s.ev) {
				out = append(out, h)
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return bytes.Compare(out[a][:], out[b][:]) < 0 })
	for _, h := range out {
		j.drop(h)
	}
	return out
}

// checkClaim is CheckClaim against the standings of the claim's epoch.
func (j *refJob) checkClaim(e *types.JobEvent, adv *types.Advert) error {
	req := j.Req
	if j.standingsAt != nil {
		req.Standings = j.standingsAt(e.TimeMs)
	}
	return CheckClaim(req, e, adv)
}

// recheckClaims checks every held claim again (the standings changed) and
// drops those that no longer stand.
func (j *refJob) recheckClaims() {
	if j.Spec == nil {
		return
	}
	if len(j.recheck()) > 0 {
		j.recompute()
	}
}

// Len is the number of events the job holds.
func (j *refJob) Len() int { return len(j.events) }

// Events returns the job's events sorted by time, then hash (for display
// and for re-gossip to peers that missed them).
func (j *refJob) Events() []*types.JobEvent {
	all := j.sorted()
	out := make([]*types.JobEvent, len(all))
	for i := range all {
		out[i] = all[i].ev
	}
	return out
}

func (j *refJob) sorted() []*refStored {
	all := make([]*refStored, 0, len(j.events))
	for _, s := range j.events {
		all = append(all, s)
	}
	sort.Slice(all, func(a, b int) bool { return refEarlier(all[a], all[b]) })
	return all
}

func (j *refJob) summary() jobSummary {
	s := jobSummary{state: j.State, attempt: j.Attempt, claims: len(j.Claims), started: j.Started, finished: j.Finished}
	if j.Winner != nil {
		s.winner = j.Winner.Node
	}
	return s
}

// claimOf scores a held claim from its advert (CheckClaim made sure the
// claim's stated inputs are the advert's).
func (j *refJob) claimOf(s *refStored) Claim {
	e := s.ev
	w := WeightInputsFor(j.Req, s.advert)
	w.Reputation = e.Reputation // checkClaim held it to what was measured
	// A CPU-only job has no GPU price: score it as Rank does (no price
	// factor).
	if j.Req.GPUCount == 0 {
		w.PriceWei = nil
	}
	return Claim{Node: e.Actor, Attempt: e.Attempt, AdvertSeq: e.AdvertSeq, PriceWei: e.PriceWei, TimeMs: e.TimeMs,
		Cores: s.advert.CPUCores, Score: ScoreFor(j.ID, e.Actor, w)}
}

// cancelValid checks the owner's signature on a cancel.
func (j *refJob) cancelValid(e *types.JobEvent) bool {
	if j.Spec == nil {
		return false
	}
	return types.VerifyCancel(j.Spec.Network, j.ID, j.Owner, e.OwnerSig) == nil
}

// attemptView is one attempt's events of its standing claimant.
type refAttemptView struct {
	claim  *refStored
	start  *types.JobEvent
	result *types.JobEvent // its accepted complete or fail
}

// recompute derives the state from the event set. Every choice in it is
// made over sorted lists.
func (j *refJob) recompute() {
	j.State, j.Attempt, j.Claims, j.Winner, j.History, j.Notes = Unknown, 0, nil, nil, nil, nil
	j.Submit, j.Started, j.Progress, j.Checkpoint, j.Finished, j.Cancelled, j.Home = nil, nil, nil, nil, nil, nil, ""
	all := j.sorted()
	// The submit that counts is the home's own; any relay's will do until
	// it arrives (they carry the same spec). Relaying a submit makes no
	// one home: the owner named the home in the signed spec.
	better := func(e, cur *types.JobEvent) bool {
		if eh, ch := e.Actor == j.home, cur.Actor == j.home; eh != ch {
			return eh
		}
		return e.Actor < cur.Actor
	}
	for _, s := range all {
		if e := s.ev; e.Type == types.EvSubmit && j.Spec != nil && (j.Submit == nil || better(e, j.Submit)) {
			j.Submit = e
		}
	}
	if j.Submit == nil {
		return
	}
	j.Home = j.home
	j.Req.Exclude = nil
	var exhausted *types.JobEvent
	var cur refAttemptView
	for j.Attempt = 1; ; j.Attempt++ {
		cur = j.rankClaims(all)
		if j.Winner == nil || cur.result != nil {
			break // nobody holds it, or its result ends the job
		}
		l := j.closingLost(all, cur)
		if l == nil {
			break
		}
		j.History = append(j.History, Attempt{N: j.Attempt, Node: j.Winner.Node, Started: cur.start, Ended: l})
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
	for _, s := range all {
		// The latest snapshot of any attempt's standing claimant: a later
		// attempt resumes from it.
		e := s.ev
		if e.Type == types.EvCheckpoint && e.Attempt <= j.Attempt && winners[e.Attempt] == e.Actor && e.Actor != "" {
			if e.Attempt < j.Attempt || exhausted != nil {
				j.Checkpoint = e
			}
		}
	}
	resumeFrom := j.Checkpoint // of earlier attempts only, so far
	for _, s := range all {
		e := s.ev
		switch {
		case e.Type == types.EvCancel && j.Cancelled == nil:
			j.Cancelled = e // admit checked the owner's signature
		case exhausted != nil || j.Winner == nil || e.Actor != j.Winner.Node || e.Attempt != j.Attempt:
		case e.Type == types.EvProgress && (cur.start == nil || e.TimeMs+MaxClockSkewMs >= cur.start.TimeMs):
			j.Progress = e // events are in time order: the last is the latest
		case e.Type == types.EvCheckpoint:
			j.Checkpoint = e
		}
	}
	j.Started = cur.start
	if exhausted == nil {
		cur := Attempt{N: j.Attempt, Started: j.Started, ResumedFrom: resumeFrom, Ended: cur.result}
		if j.Winner != nil {
			cur.Node = j.Winner.Node
		}
		j.History = append(j.History, cur)
	}
	switch {
	case exhausted != nil:
		j.State, j.Finished = Failed, exhausted
	case cur.result != nil && cur.result.Type == types.EvComplete:
		// A result from the standing claimant is final, even if a cancel
		// crossed it on the wire: every peer must agree, and the work is done.
		j.State, j.Finished = Completed, cur.result
	case cur.result != nil:
		j.State, j.Finished = Failed, cur.result
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

// rankClaims derives the claims and the standing claim of j.Attempt, and
// the standing claimant's start and accepted result.
func (j *refJob) rankClaims(all []*refStored) refAttemptView {
	j.Claims, j.Winner = nil, nil
	withdrawn := map[peer.ID]bool{}
	claims := map[peer.ID]*refStored{}
	starts := map[peer.ID]*types.JobEvent{}
	results := map[peer.ID]*types.JobEvent{}
	for _, s := range all {
		e := s.ev
		if e.Attempt != j.Attempt {
			continue
		}
		switch e.Type {
		case types.EvWithdraw:
			withdrawn[e.Actor] = true
		case types.EvClaim:
			claims[e.Actor] = s // one per actor: the job keeps one per slot
		case types.EvStart:
			starts[e.Actor] = e
		case types.EvComplete, types.EvFail:
			// A result counts once, the first by time (a complete and a
			// fail from one claimant: the earlier).
			if results[e.Actor] == nil {
				results[e.Actor] = e
			}
		}
	}
	excluded := map[peer.ID]bool{}
	for _, id := range j.Req.Exclude {
		excluded[id] = true
	}
	// A start is valid at or after its own claim and before its start
	// deadline. The first valid start closes the attempt to later claims:
	// a claim signed after it was made with the job already running.
	var firstStart uint64
	for id, st := range starts {
		c := claims[id]
		if c == nil || st.TimeMs < c.ev.TimeMs || st.TimeMs > c.ev.TimeMs+StartDeadlineMs || excluded[id] || withdrawn[id] {
			delete(starts, id)
			continue
		}
		if firstStart == 0 || st.TimeMs < firstStart {
			firstStart = st.TimeMs
		}
	}
	byNode := map[peer.ID]*refStored{}
	for id, s := range claims {
		if withdrawn[id] || excluded[id] || s.advert == nil {
			continue
		}
		if firstStart != 0 && s.ev.TimeMs > firstStart {
			continue
		}
		byNode[id] = s
		j.Claims = append(j.Claims, j.claimOf(s))
	}
	sort.Slice(j.Claims, func(a, b int) bool { return claimBetter(j.Claims[a], j.Claims[b]) })
	// A result closes the attempt: if any claimant has an accepted result,
	// the standing claim is the best of those that do. Otherwise a claim
	// made late (by a peer that was away and missed the result) could
	// outscore the finished claimant and reopen a completed job.
	for i := range j.Claims {
		c := j.Claims[i]
		r := results[c.Node]
		if r == nil {
			continue
		}
		if err := j.resultValid(&c, starts[c.Node], r); err != nil {
			j.Notes = append(j.Notes, fmt.Sprintf("the %s of attempt %d by %s is not accepted: %v", r.Type, j.Attempt, c.Node, err))
			continue
		}
		j.Winner = &c
		return refAttemptView{claim: byNode[c.Node], start: starts[c.Node], result: r}
	}
	if len(j.Claims) == 0 {
		return refAttemptView{}
	}
	w := j.Claims[0]
	j.Winner = &w
	return refAttemptView{claim: byNode[w.Node], start: starts[w.Node]}
}

// resultValid: a result is signed after its start (or claim) and within
// the attempt's run limit, and meters no more than others can check.
func (j *refJob) resultValid(c *Claim, start, r *types.JobEvent) error {
	from := c.TimeMs
	if start != nil {
		from = start.TimeMs
	}
	if r.TimeMs < from {
		return fmt.Errorf("signed before its start or claim")
	}
	if r.TimeMs > from+RunLimitMs(j.Spec)+StartDeadlineMs {
		return fmt.Errorf("signed after the attempt's run limit") // the attempt was everyone's to declare lost
	}
	return CheckMetering(j.Req, j.Spec, c, start, r)
}

// closingLost is the lost event that closes the current attempt, if one
// does: the earliest valid one.
func (j *refJob) closingLost(all []*refStored, cur refAttemptView) *types.JobEvent {
	w := j.Winner
	claimAt := w.TimeMs
	due := j.deadline(claimAt, cur.start)
	var lastSign uint64 // the claimant's latest event for the attempt
	for _, s := range all {
		e := s.ev
		if e.Actor == w.Node && e.Attempt == j.Attempt && e.Type != types.EvLost && e.TimeMs > lastSign {
			lastSign = e.TimeMs
		}
	}
	rebuttable := !j.laterResult(j.Attempt)
	for _, s := range all {
		l := s.ev
		if l.Type != types.EvLost || l.Attempt != j.Attempt {
			continue
		}
		switch {
		case l.Actor == w.Node:
			return l // the claimant gives its own attempt up
		case l.TimeMs < claimAt:
			continue // predates the claim it would close
		case l.TimeMs >= due:
			return l // never started by its deadline (holding, not running), or overran its run limit
		case rebuttable && lastSign+RebutMarginMs >= l.TimeMs:
			continue // the claimant signed for the attempt after it: it was not lost
		default:
			return l
		}
	}
	return nil
}

// deadline is when an attempt claimed at claimAt becomes lost whatever
// its claimant says: StartDeadlineMs after the claim while it has no
// start, the run limit after its start (plus StartDeadlineMs) once it has.
func (j *refJob) deadline(claimAt uint64, start *types.JobEvent) uint64 {
	if start == nil {
		return claimAt + StartDeadlineMs
	}
	return start.TimeMs + RunLimitMs(j.Spec) + StartDeadlineMs
}

// laterResult reports whether an attempt after attempt holds a result by
// one of its claimants: then attempt's closing is settled, and its
// claimant can no longer rebut it.
func (j *refJob) laterResult(attempt uint32) bool {
	for _, s := range j.events {
		e := s.ev
		if (e.Type == types.EvComplete || e.Type == types.EvFail) && e.Attempt > attempt {
			if _, ok := j.slots[slotKey{typ: types.EvClaim, actor: e.Actor, attempt: e.Attempt}]; ok {
				return true
			}
		}
	}
	return false
}

// BenchmarkFoldEventsReference is BenchmarkFoldEvents on the reducer as it
// was, to measure against in the same run.
func BenchmarkFoldEventsReference(b *testing.B) {
	for _, n := range []int{1000, 14_000} {
		evs := longRun(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				j := newRefJob(common.Hash(evs[0].ev.Job))
				for _, e := range evs {
					j.Add(e.ev, e.hash, e.proof)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
		})
	}
}
