package sched

import (
	"fmt"
	"sort"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// The reducer: how a job's event set becomes its state. docs/attestation.md
// gives the reasons and the attacks each rule stops; in short:
//
//   - a claim counts only with its advert as evidence (CheckClaim), and
//     only if it was signed before the attempt's first start: a claim made
//     later cannot take over a running job;
//   - an accepted result ends the job: no lost event, however dated, and
//     nothing of a later attempt reopens it;
//   - a lost event closes an attempt only if its claimant has not rebutted
//     it (signed anything for the attempt at or after it, less RebutMarginMs),
//     unless the claimant missed its start deadline or overran its run
//     limit, or a later attempt already has a result; the claimant may
//     always give up its own attempt (a lost event of its own).

// attemptView is one attempt's events of its standing claimant.
type attemptView struct {
	claim  *stored
	start  *types.JobEvent
	result *types.JobEvent // its accepted complete or fail
}

// recompute derives the state from the event set. Every choice in it is
// made over sorted lists.
func (j *Job) recompute() {
	j.State, j.Attempt, j.Claims, j.Winner, j.History, j.Notes = Unknown, 0, nil, nil, nil, nil
	j.Submit, j.Started, j.Progress, j.Checkpoint, j.Finished, j.Cancelled, j.Home = nil, nil, nil, nil, nil, nil, ""
	all := j.order
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
	var cur attemptView
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
	pullFailed := j.pullFailure(all)
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
	case pullFailed != nil:
		// Enough distinct nodes could not pull the image (giveback.go).
		j.State, j.Finished = Failed, pullFailed
	case j.Started != nil:
		j.State = Running
	case j.Winner != nil:
		j.State = Claimed
	default:
		j.State = Pending
	}
}

// refold folds one new event into the state without recompute, where the
// rules make that exact, and reports whether it did; false: recompute.
//
// It takes the executor's reports: progress, alive and checkpoint events.
// A report counts in three places: as its signer's latest sign of life
// for its attempt (closingLost's lastSign, which rebuts lost events), as
// the standing claimant's Progress, and as a Checkpoint. A new report only
// raises lastSign (its slot keeps the latest, and nothing else left the
// set), and a higher lastSign only rebuts more lost events: an attempt no
// lost event closed stays open. So the attempts, their claims and standing
// claimants, the results and the state are what they were, unless the
// report is by the claimant of an attempt that a lost event closed (it may
// rebut it): then recompute. Otherwise the report is by the current
// attempt's standing claimant or counts nowhere, and it is the only one in
// its slot: it is the claimant's Progress (if signed after its start, less
// MaxClockSkewMs) or its Checkpoint, as recompute's last pass makes it.
func (j *Job) refold(e *types.JobEvent) bool {
	switch e.Type {
	case types.EvProgress, types.EvAlive, types.EvCheckpoint:
	default:
		return false
	}
	switch {
	case j.Submit == nil:
		return true // nothing is derived before the submit
	case e.Attempt == 0 || e.Attempt > j.Attempt:
		return true // no attempt the reducer reached
	case e.Attempt == j.Attempt && j.Winner == nil:
		return true // no claimant yet
	case int(e.Attempt) > len(j.History):
		return false // cannot happen: History holds every attempt reached
	}
	a := j.History[e.Attempt-1]
	switch {
	case e.Actor != a.Node:
		return true // not the attempt's standing claimant
	case a.Ended != nil && a.Ended.Type == types.EvLost:
		return false // closed by a lost event, which this may rebut
	}
	switch e.Type {
	case types.EvProgress:
		j.Progress = nil
		if j.Started == nil || e.TimeMs+MaxClockSkewMs >= j.Started.TimeMs {
			j.Progress = e
		}
	case types.EvCheckpoint:
		j.Checkpoint = e
	}
	return true
}

// rankClaims derives the claims and the standing claim of j.Attempt, and
// the standing claimant's start and accepted result.
func (j *Job) rankClaims(all []*stored) attemptView {
	j.Claims, j.Winner = nil, nil
	withdrawn := map[peer.ID]bool{}
	claims := map[peer.ID]*stored{}
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
	byNode := map[peer.ID]*stored{}
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
		return attemptView{claim: byNode[c.Node], start: starts[c.Node], result: r}
	}
	if len(j.Claims) == 0 {
		return attemptView{}
	}
	w := j.Claims[0]
	j.Winner = &w
	return attemptView{claim: byNode[w.Node], start: starts[w.Node]}
}

// resultValid: a result is signed after its start (or claim) and within
// the attempt's run limit, and meters no more than others can check.
func (j *Job) resultValid(c *Claim, start, r *types.JobEvent) error {
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
func (j *Job) closingLost(all []*stored, cur attemptView) *types.JobEvent {
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
func (j *Job) deadline(claimAt uint64, start *types.JobEvent) uint64 {
	if start == nil {
		return claimAt + StartDeadlineMs
	}
	return start.TimeMs + RunLimitMs(j.Spec) + StartDeadlineMs
}

// laterResult reports whether an attempt after attempt holds a result by
// one of its claimants: then attempt's closing is settled, and its
// claimant can no longer rebut it.
func (j *Job) laterResult(attempt uint32) bool {
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

// LostAgainst returns, for an attempt that a lost event by another peer
// closed, that event, and whether the claimant could still rebut it (it
// was not about a missed deadline, and no later attempt has a result).
func (j *Job) LostAgainst(attempt uint32) (*types.JobEvent, bool) {
	if attempt == 0 || int(attempt) > len(j.History) {
		return nil, false
	}
	a := j.History[attempt-1]
	l := a.Ended
	if l == nil || l.Type != types.EvLost || l.Actor == a.Node || attempt >= j.Attempt && j.State != Failed {
		return nil, false
	}
	if j.laterResult(attempt) {
		return l, false
	}
	// Deadline losts cannot be rebutted.
	var claimAt uint64
	if h, ok := j.slots[slotKey{typ: types.EvClaim, actor: a.Node, attempt: attempt}]; ok {
		claimAt = j.events[h].ev.TimeMs
	}
	if l.TimeMs >= j.deadline(claimAt, a.Started) {
		return l, false
	}
	return l, true
}
