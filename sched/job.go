package sched

import (
	"bytes"
	"cmp"
	"math/big"
	"slices"
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
// computed from the advert the claim carries.
type Claim struct {
	Node      peer.ID
	Attempt   uint32
	Score     Score
	AdvertSeq uint64
	PriceWei  *big.Int
	TimeMs    uint64
	// Cores is the CPU cores of the claimant's advert: a bound on the CPU
	// time it may meter.
	Cores uint32
}

// Job folds a job's signed events into its state.
//
// The state is a function of the set of events, so every peer that holds
// the same events reaches the same state whatever order they arrived in.
// Events are idempotent: adding one twice changes nothing. A new event
// recomputes the state from the whole set (held in order as events come
// and go), except an executor's report (progress, alive, checkpoint) that
// the rules show cannot move the job (refold): those are most of a long
// job's events, and folding each one costs the same however many came
// before.
//
// The set is bounded: a job keeps at most one event per (type, actor,
// attempt) slot (the earliest claim, start, result or withdraw; the
// latest progress, checkpoint, alive or lost), attempts up to MaxAttempts,
// the best MaxClaimsPerAttempt claims and, of every other type,
// MaxActorsPerSlot actors per attempt. A flood of events about one job
// costs a peer a bounded number of slots, not memory. (Only the standing
// claimant's events count, but which claimant stands is known only once
// its claim arrives, so others' events are kept up to the cap.)
type Job struct {
	ID     common.Hash
	events map[common.Hash]*stored
	slots  map[slotKey]common.Hash
	// order is every held event, sorted by earlier: kept so on each add
	// and drop, so that neither a fold nor Events sorts the whole set.
	order []*stored
	// perSlotType counts the held slots by type and attempt (crowded's
	// caps).
	perSlotType map[slotType]int
	// standingsAt gives the standings a claim is checked against, by the
	// claim's time (nil: none measured).
	standingsAt func(ms uint64) *Standings
	// paramsAt gives the governed values in effect at a time (nil: the
	// defaults).
	paramsAt func(ms uint64) Params

	// Instance says which try of which workflow instance the job is (set
	// by the peer that released it; nil for a job submitted on its own).
	Instance *InstanceRef

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

// MaxAttempts bounds rescheduling: a job whose executor is lost this many
// times fails. A constant, not a setting, so every peer agrees.
const MaxAttempts = 10

// maxUnplacedEvents bounds the events a job keeps before its submit
// arrives (nothing can be checked about them until then).
const maxUnplacedEvents = 64

// Attempt is one execution attempt of a job, as the events tell it.
type Attempt struct {
	N           uint32
	Node        peer.ID         // the standing claimant ("" while none)
	Started     *types.JobEvent // its start
	Ended       *types.JobEvent // its complete or fail, or the lost event that closed it
	ResumedFrom *types.JobEvent // the checkpoint it starts from (of an earlier attempt)
}

// stored is one event the job keeps, with its evidence.
type stored struct {
	ev     *types.JobEvent
	hash   common.Hash
	advert *types.Advert // a claim's opened advert
	// claim is a claim's score from its advert, once computed (claimOf):
	// it depends on the event, its advert and the spec alone, and the
	// spec, once known, does not change.
	claim *Claim
}

// slotKey is the one place an event may occupy in a job.
type slotKey struct {
	typ     types.EventType
	actor   peer.ID
	attempt uint32
}

// slotType is the slots of one type in one attempt.
type slotType struct {
	typ     types.EventType
	attempt uint32
}

func slotOf(e *types.JobEvent) slotKey {
	k := slotKey{typ: e.Type, actor: e.Actor, attempt: e.Attempt}
	if e.Type == types.EvSubmit || e.Type == types.EvCancel {
		k.attempt = 0
	}
	return k
}

// keepsLatest says whether a slot keeps its newest event (reports that
// supersede each other) rather than its first (a claim, start or result
// happens once; a later one would be a rewrite).
func keepsLatest(t types.EventType) bool {
	switch t {
	case types.EvProgress, types.EvCheckpoint, types.EvAlive, types.EvLost:
		return true
	}
	return false
}

// earlier orders events by time, then hash.
func earlier(a, b *stored) bool { return compareStored(a, b) < 0 }

// compareStored is earlier as a comparison: -1, 0 (the same event) or +1.
func compareStored(a, b *stored) int {
	if a.ev.TimeMs != b.ev.TimeMs {
		return cmp.Compare(a.ev.TimeMs, b.ev.TimeMs)
	}
	return bytes.Compare(a.hash[:], b.hash[:])
}

// NewJob starts an empty job record.
func NewJob(id common.Hash) *Job {
	return &Job{ID: id, events: make(map[common.Hash]*stored), slots: make(map[slotKey]common.Hash),
		perSlotType: make(map[slotType]int), State: Unknown}
}

// AddResult says what adding one event did.
type AddResult struct {
	// New: the job keeps the event (persist it).
	New bool
	// Changed: the job's derived state changed.
	Changed bool
	// Evicted are events the job no longer keeps (superseded in their
	// slot, or found invalid once the submit arrived): forget them.
	Evicted []common.Hash
	// Dropped says why the event was not kept ("" if it was, or if it was
	// already known).
	Dropped string
}

// Add folds one verified event in. hash identifies the event (the hash of
// its signed bytes). proof must carry the spec for a submit and the opened
// advert for a claim.
func (j *Job) Add(ev *types.JobEvent, hash common.Hash, proof *EventProof) AddResult {
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
		if j.paramsAt != nil {
			j.applyParams(j.paramsAt(jobCreatedMs(j)))
		}
		if h, err := peer.Decode(proof.Spec.Home); err == nil {
			j.home = h
		}
		if ev.Actor == j.home {
			// Before the held claims are checked: they were made
			// against the home's reference point.
			j.Req.HomeCoord = ev.HomeCoord
		}
		res.Evicted = j.recheck()
	}
	s := &stored{ev: ev, hash: hash}
	if ev.Type == types.EvClaim {
		s.advert = proof.Advert
	}
	k := slotOf(ev)
	if old, ok := j.slots[k]; ok {
		o := j.events[old]
		if keepsLatest(ev.Type) == earlier(s, o) {
			return AddResult{Dropped: "superseded by an event already held in its slot", Evicted: res.Evicted}
		}
		// s takes o's slot: the slot counts stay.
		delete(j.events, old)
		j.unorder(o)
		res.Evicted = append(res.Evicted, old)
		j.events[hash] = s
		j.slots[k] = hash
		j.order = insertStored(j.order, s)
	} else if why, evict := j.crowded(s); why != "" {
		return AddResult{Dropped: why, Evicted: res.Evicted}
	} else {
		if evict != (common.Hash{}) {
			j.drop(evict)
			res.Evicted = append(res.Evicted, evict)
		}
		j.hold(s)
	}
	if ev.Type == types.EvSubmit && ev.Actor == j.home && j.Spec != nil {
		res.Evicted = append(res.Evicted, j.takeHomeCoord()...)
	}
	res.New = true
	if j.refold(ev) {
		return res // the state but for Progress or Checkpoint is as it was
	}
	before := j.summary()
	j.recompute()
	res.Changed = j.summary() != before
	return res
}

// hold keeps s in its slot, free until now, and in order.
func (j *Job) hold(s *stored) {
	k := slotOf(s.ev)
	j.events[s.hash] = s
	j.slots[k] = s.hash
	j.perSlotType[slotType{k.typ, k.attempt}]++
	j.order = insertStored(j.order, s)
}

// insertStored inserts s into a list sorted by earlier. Events mostly come
// in time order: then it appends.
func insertStored(order []*stored, s *stored) []*stored {
	if n := len(order); n == 0 || earlier(order[n-1], s) {
		return append(order, s)
	}
	i, _ := slices.BinarySearchFunc(order, s, compareStored)
	return slices.Insert(order, i, s)
}

// unorder takes s out of j.order.
func (j *Job) unorder(s *stored) {
	if i, found := slices.BinarySearchFunc(j.order, s, compareStored); found {
		j.order = slices.Delete(j.order, i, i+1)
	}
}

// admit is the check of one event on its own and against the slots the
// job holds; "" admits it.
func (j *Job) admit(ev *types.JobEvent, proof *EventProof) string {
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
func (j *Job) crowded(s *stored) (string, common.Hash) {
	t := s.ev.Type
	k := slotOf(s.ev)
	limit := MaxActorsPerSlot
	if t == types.EvClaim {
		limit = MaxClaimsPerAttempt
	}
	if j.perSlotType[slotType{t, k.attempt}] < limit {
		return "", common.Hash{}
	}
	var same []*stored
	for sk, h := range j.slots {
		if sk.typ == t && sk.attempt == k.attempt {
			same = append(same, j.events[h])
		}
	}
	if t != types.EvClaim || j.Spec == nil {
		return "the attempt holds the most events of this type a job keeps", common.Hash{}
	}
	// Claims: keep those whose claimant started (a flood of better claims
	// signed later must not push out the claim of the running executor),
	// then the best by score.
	keep := func(a, b *stored) bool { // a is worth more than b
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
func (j *Job) acted(claim *types.JobEvent) bool {
	for _, t := range []types.EventType{types.EvStart, types.EvComplete, types.EvFail} {
		if _, ok := j.slots[slotKey{typ: t, actor: claim.Actor, attempt: claim.Attempt}]; ok {
			return true
		}
	}
	return false
}

func (j *Job) drop(h common.Hash) {
	if s, ok := j.events[h]; ok {
		k := slotOf(s.ev)
		if j.slots[k] == h {
			delete(j.slots, k)
			j.perSlotType[slotType{k.typ, k.attempt}]--
		}
		delete(j.events, h)
		j.unorder(s)
	}
}

// recheck drops what the newly known spec shows invalid: claims whose
// advert does not back them, cancels the owner did not sign.
func (j *Job) recheck() []common.Hash {
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

// takeHomeCoord makes the coordinate of the home's own submit (the one
// its slot holds) the job's reference point for latency, if it changed:
// the claims scored or admitted against the old one are scored and checked
// again, and those that no longer fit are dropped.
func (j *Job) takeHomeCoord() []common.Hash {
	var c *types.Coordinate
	if h, ok := j.slots[slotKey{typ: types.EvSubmit, actor: j.home}]; ok {
		c = j.events[h].ev.HomeCoord
	}
	if sameCoord(c, j.Req.HomeCoord) {
		return nil
	}
	j.Req.HomeCoord = c
	for _, s := range j.events {
		s.claim = nil // its score may have a latency factor
	}
	return j.recheck()
}

func sameCoord(a, b *types.Coordinate) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.ErrorPPM == b.ErrorPPM && a.Adjustment == b.Adjustment && a.Height == b.Height && slices.Equal(a.Vec, b.Vec)
}

// checkClaim is CheckClaim against the standings of the claim's epoch.
func (j *Job) checkClaim(e *types.JobEvent, adv *types.Advert) error {
	req := j.Req
	if j.standingsAt != nil {
		req.Standings = j.standingsAt(e.TimeMs)
	}
	return CheckClaim(req, e, adv)
}

// recheckClaims checks every held claim again (the standings changed) and
// drops those that no longer stand.
func (j *Job) recheckClaims() {
	if j.Spec == nil {
		return
	}
	if len(j.recheck()) > 0 {
		j.recompute()
	}
}

// Has reports whether the job holds the event with this hash.
func (j *Job) Has(hash common.Hash) bool {
	_, ok := j.events[hash]
	return ok
}

// Len is the number of events the job holds.
func (j *Job) Len() int { return len(j.events) }

// Events returns the job's events sorted by time, then hash (for display
// and for re-gossip to peers that missed them).
func (j *Job) Events() []*types.JobEvent {
	out := make([]*types.JobEvent, len(j.order))
	for i, s := range j.order {
		out[i] = s.ev
	}
	return out
}

type jobSummary struct {
	state    State
	attempt  uint32
	winner   peer.ID
	claims   int
	started  *types.JobEvent
	finished *types.JobEvent
}

func (j *Job) summary() jobSummary {
	s := jobSummary{state: j.State, attempt: j.Attempt, claims: len(j.Claims), started: j.Started, finished: j.Finished}
	if j.Winner != nil {
		s.winner = j.Winner.Node
	}
	return s
}

// claimOf scores a held claim from its advert (CheckClaim made sure the
// claim's stated inputs are the advert's), once: a recompute ranks every
// claim of every attempt, and the score is a hash.
func (j *Job) claimOf(s *stored) Claim {
	if s.claim == nil {
		c := j.scoreClaim(s)
		s.claim = &c
	}
	return *s.claim
}

// scoreClaim is claimOf without the memo.
func (j *Job) scoreClaim(s *stored) Claim {
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

// ClaimBy is node's claim on an attempt, scored from its advert, if the
// job holds one.
func (j *Job) ClaimBy(node peer.ID, attempt uint32) (Claim, bool) {
	h, ok := j.slots[slotKey{typ: types.EvClaim, actor: node, attempt: attempt}]
	if !ok || j.Spec == nil || j.events[h].advert == nil {
		return Claim{}, false
	}
	return j.claimOf(j.events[h]), true
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

// cancelValid checks the owner's signature on a cancel.
func (j *Job) cancelValid(e *types.JobEvent) bool {
	if j.Spec == nil {
		return false
	}
	if types.VerifyCancel(j.Spec.Network, j.ID, j.Owner, e.OwnerSig) == nil {
		return true
	}
	// A try of a workflow is cancelled by the owner's cancel of the workflow.
	return j.Instance != nil && types.VerifyCancel(j.Spec.Network, j.Instance.Workflow, j.Owner, e.OwnerSig) == nil
}
