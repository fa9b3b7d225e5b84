package sched

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// PeerConfig holds the timing of the claim rule, in milliseconds.
type PeerConfig struct {
	TTLMs    uint64 // a node is alive while its last advert is younger
	DeltaMs  uint64 // Δ: rank k claims after k·Δ with no standing claim
	SettleMs uint64 // a claimant waits this long for a better claim before it starts
	// SuspectMs is the suspicion step of failure detection: a standing
	// claimant out of the view (no advert for TTL) is suspected, and lost
	// once it stays out this much longer. Detection takes TTL + SuspectMs
	// after its last advert; one late advert evicts nobody.
	SuspectMs uint64
	// EpochMs is the network's epoch, the unit reputation and uptime are
	// measured in (ledger.go); every peer of a network must use the same.
	// 0 measures nothing: every node neutral and up.
	EpochMs uint64
	// FixedTiming keeps Δ and the settle window at DeltaMs and SettleMs;
	// otherwise they are floors, stretched to the measured gossip delay.
	FixedTiming bool
}

// Peer is one node's scheduling brain: its view, the jobs it knows, and its
// own claims. Every input comes in through Step (step.go), everything to
// do comes out of Ready, and Advance says it was done. The daemon and the
// simulator (thousands of Peers on a virtual clock) are both shells around
// it, through package drive; neither adds a decision of its own.
type Peer struct {
	Self peer.ID
	cfg  PeerConfig
	view *View
	jobs map[common.Hash]*Job

	clocks    map[common.Hash]claimClock
	mine      map[common.Hash]*ownClaim
	placement map[common.Hash]string
	absent    map[common.Hash]absence
	// ownAdverts are when this peer's own last adverts reached its view
	// (newest last, at most ownAdvertMemory): the evidence it checks a
	// lost event about itself against before it rebuts one.
	ownAdverts []uint64
	ownSeq     uint64
	unplaced   int // jobs held without their submit

	workflows  map[common.Hash]*Workflow
	instanceOf map[common.Hash]InstanceRef // the try jobs of held workflows
	// forgotten are pruned jobs (Forget), oldest first in forgottenOrder.
	forgotten      map[common.Hash]struct{}
	forgottenOrder []common.Hash

	// Standings (standing.go, ledger.go): bonds as the chain says, and
	// snapshots by epoch.
	bondRequired bool
	bonded       map[peer.ID]bool
	// params are the governed parameter changes (params.go), oldest first.
	params     []ParamChange
	standings  map[uint64]*Standings
	measuring  bool
	upEpochs   epochMask             // epochs this peer was up in
	seenEpochs map[peer.ID]epochMask // epochs each node's adverts reached it in

	// Local facts (step.go, own.go).
	now       uint64 // the latest input's time
	ownRaw    []byte // this peer's last advert, sealed: its claims' evidence
	delay     delayEstimator
	startedMs uint64
	caughtUp  bool
	res       Resources
	haveRes   bool
	diskLow   bool
	given     givenBack
	attested  map[common.Hash]uint32 // own lost events decided, by job
}

// ownAdvertMemory is how many of its own advert times a peer remembers.
const ownAdvertMemory = 64

// absence is when this peer first saw a job's standing claimant missing
// from its view.
type absence struct {
	node    peer.ID
	attempt uint32
	sinceMs uint64
}

// claimClock is when a pending job's ranking last changed at this peer: the
// k·Δ wait counts from there, so a job that becomes placeable after a wait
// is not claimed by every rank at once.
type claimClock struct {
	top   string
	since uint64
}

type ownClaim struct {
	attempt  uint32
	atMs     uint64
	run      Run
	started  bool
	stopping bool // stopped after its start: held until the run exits
	// rebutted is the time of the last lost event about this claim that
	// the peer answered with an alive event.
	rebutted uint64
}

// ActionKind is what decide concluded about one job; Ready turns actions
// into events, starts and stops.
type ActionKind int

const (
	// ActClaim: claim the job now (if the node's real capacity allows;
	// then call Claimed, else nothing).
	ActClaim ActionKind = iota + 1
	// ActStart: the claim stood through the settle window; start the run.
	ActStart
	// ActStop: the claim no longer stands (a better one won, or the job
	// was cancelled); stop, free the capacity, report nothing.
	ActStop
	// ActLost: the standing claimant of Attempt has been missing for TTL
	// plus the suspicion window, and it is this peer's turn to say so:
	// publish a lost event for Attempt, then (Rank >= 0) claim Attempt+1.
	// Rank -1: this peer cannot run it; it is the job's home daemon and
	// attests so that the job goes back to pending.
	ActLost
	// ActRebut: another peer said this peer's claim on Attempt was lost,
	// but this peer was advertising then: publish an alive event for
	// Attempt, which voids it, and keep running.
	ActRebut
)

func (k ActionKind) String() string {
	switch k {
	case ActClaim:
		return "claim"
	case ActStart:
		return "start"
	case ActStop:
		return "stop"
	case ActLost:
		return "lost"
	case ActRebut:
		return "rebut"
	}
	return "action?"
}

// Action is one thing for the daemon to do.
type Action struct {
	Kind    ActionKind
	Job     common.Hash
	Attempt uint32
	Rank    int
	// Lost: for ActLost, the missing node and how long it has been
	// silent (since its last advert, by this peer's clock).
	Lost     peer.ID
	SilentMs uint64
	// Why: for ActLost, what makes the attempt lost, in words.
	Why string
}

// NewPeer makes the brain of node self, with a view of its own.
func NewPeer(self peer.ID, cfg PeerConfig) *Peer {
	return NewPeerWithView(self, cfg, NewView(cfg.TTLMs))
}

// NewPeerWithView makes a brain that ranks against the given view. A
// simulator of many peers may let groups of peers share one view; the
// daemon gives each peer its own.
func NewPeerWithView(self peer.ID, cfg PeerConfig, v *View) *Peer {
	return &Peer{Self: self, cfg: cfg, view: v, jobs: map[common.Hash]*Job{},
		clocks: map[common.Hash]claimClock{}, mine: map[common.Hash]*ownClaim{}, placement: map[common.Hash]string{},
		absent: map[common.Hash]absence{}, measuring: true, seenEpochs: map[peer.ID]epochMask{},
		caughtUp: true, attested: map[common.Hash]uint32{}}
}

// View is the peer's view of live nodes.
func (p *Peer) View() *View { return p.view }

// Job returns a known job.
func (p *Peer) Job(id common.Hash) *Job { return p.jobs[id] }

// Jobs returns the known jobs, submitted ones first in submit order, then by
// id.
func (p *Peer) Jobs() []*Job {
	out := make([]*Job, 0, len(p.jobs))
	for _, j := range p.jobs {
		out = append(out, j)
	}
	sortJobs(out)
	return out
}

func sortJobs(out []*Job) {
	sort.Slice(out, func(a, b int) bool {
		ja, jb := out[a], out[b]
		if (ja.Submit == nil) != (jb.Submit == nil) {
			return ja.Submit != nil
		}
		if ja.Submit != nil && ja.Submit.TimeMs != jb.Submit.TimeMs {
			return ja.Submit.TimeMs < jb.Submit.TimeMs
		}
		return bytes.Compare(ja.ID[:], jb.ID[:]) < 0
	})
}

// holding keeps the reservations whose node has not advertised since its
// claim (Rank would drop the others anyway): with many running jobs, most
// reservations have been overtaken by adverts, and ranking cost follows
// the count.
func (p *Peer) holding(rs []Reservation) []Reservation {
	out := rs[:0]
	for _, r := range rs {
		if e, ok := p.view.Get(r.Node); ok && e.Advert.Seq > r.AfterSeq {
			continue
		}
		out = append(out, r)
	}
	return out
}

// activeJobs are the submitted jobs not yet ended, in Jobs order: the only
// ones a Tick has anything to decide about.
func (p *Peer) activeJobs() []*Job {
	out := make([]*Job, 0, 16)
	for _, j := range p.jobs {
		if j.Submit != nil && !j.State.Terminal() {
			out = append(out, j)
		}
	}
	sortJobs(out)
	return out
}

// Placement is the last ranking summary this peer made for a pending job.
func (p *Peer) Placement(id common.Hash) string { return p.placement[id] }

// observeAdvert folds an advert into the view.
func (p *Peer) observeAdvert(a *types.Advert, nowMs uint64) Outcome {
	o := p.view.Observe(a, nowMs)
	p.noteAdvert(a.Node, nowMs)
	if a.Node == p.Self && a.Seq > p.ownSeq {
		// (A view shared by several peers may already hold it: the time is
		// still this peer's own evidence.)
		p.ownSeq = a.Seq
		if len(p.ownAdverts) == ownAdvertMemory {
			p.ownAdverts = append(p.ownAdverts[:0], p.ownAdverts[1:]...)
		}
		p.ownAdverts = append(p.ownAdverts, nowMs)
	}
	return o
}

// advertisedBefore reports whether this peer advertised within ttl before
// ms (or within the rebuttal margin after it): then no honest peer could
// have found it silent at ms.
func (p *Peer) advertisedBefore(ms uint64) bool {
	for _, t := range p.ownAdverts {
		if t <= ms+RebutMarginMs && t+p.cfg.TTLMs >= ms {
			return true
		}
	}
	return false
}

// MaxUnplacedJobs bounds the jobs a peer keeps events of before it has
// their submit: events for made-up job ids must not grow it.
const MaxUnplacedJobs = 4096

// addEvent folds a verified job event (see Job.Add).
func (p *Peer) addEvent(e *types.JobEvent, hash common.Hash, proof *EventProof) AddResult {
	if _, gone := p.forgotten[e.Job]; gone {
		return AddResult{Dropped: "the job ended and was pruned here"}
	}
	j, ok := p.jobs[e.Job]
	if !ok {
		if e.Type != types.EvSubmit {
			if p.unplaced >= MaxUnplacedJobs {
				return AddResult{Dropped: "too many jobs known only by events before their submit"}
			}
		}
		j = p.newJob(e.Job)
	}
	wasUnplaced := j.Spec == nil
	r := j.Add(e, hash, proof)
	if !ok && r.New {
		p.jobs[e.Job] = j
		if j.Spec == nil {
			p.unplaced++
		}
	} else if ok && wasUnplaced && j.Spec != nil {
		p.unplaced--
	}
	return r
}

// newJob starts a job record that reads this peer's standings and params.
func (p *Peer) newJob(id common.Hash) *Job {
	j := NewJob(id)
	j.standingsAt = p.StandingsAt
	j.paramsAt = p.ParamsAt
	return j
}

// MaxForgotten bounds how many pruned job ids a peer remembers, so that
// their events arriving again (a peer with a longer retention syncing
// them back) are dropped rather than stored anew.
const MaxForgotten = 1 << 16

// EndedBefore lists the ended jobs whose end is dated before ms, sorted by
// id: what a retention window prunes.
func (p *Peer) EndedBefore(ms uint64) []common.Hash {
	var out []common.Hash
	for id, j := range p.jobs {
		if j.State.Terminal() && j.Finished != nil && j.Finished.TimeMs < ms && p.mine[id] == nil && !p.workflowHolds(j) {
			out = append(out, id)
		}
	}
	sort.Slice(out, func(a, b int) bool { return bytes.Compare(out[a][:], out[b][:]) < 0 })
	return out
}

// Forget drops an ended job and everything this peer kept about it, and
// remembers its id (up to MaxForgotten, oldest forgotten first) so that
// its events are not stored again. It reports whether it did.
func (p *Peer) Forget(id common.Hash) bool {
	j := p.jobs[id]
	if j == nil || !j.State.Terminal() || p.mine[id] != nil || p.workflowHolds(j) {
		return false
	}
	p.forgetTry(j)
	delete(p.jobs, id)
	delete(p.clocks, id)
	delete(p.placement, id)
	delete(p.absent, id)
	delete(p.attested, id)
	p.remember(id)
	return true
}

// remember keeps a pruned id (a job's or a workflow's), the oldest
// forgotten first once MaxForgotten are kept.
func (p *Peer) remember(id common.Hash) {
	if p.forgotten == nil {
		p.forgotten = map[common.Hash]struct{}{}
	}
	if len(p.forgottenOrder) == MaxForgotten {
		delete(p.forgotten, p.forgottenOrder[0])
		p.forgottenOrder = p.forgottenOrder[1:]
	}
	p.forgotten[id] = struct{}{}
	p.forgottenOrder = append(p.forgottenOrder, id)
}

// Mine reports whether this peer holds a claim it has not released.
func (p *Peer) Mine(id common.Hash) bool { _, ok := p.mine[id]; return ok }

// Standing reports whether this peer's claim on the attempt is the
// standing one of a job that is not finished.
func (p *Peer) Standing(id common.Hash, attempt uint32) bool {
	j := p.jobs[id]
	return j != nil && j.Winner != nil && j.Winner.Node == p.Self && j.Attempt == attempt && !j.State.Terminal()
}

// decide applies the claim rule at nowMs with Δ and the settle window
// given, over this peer's claims and the active jobs (activeJobs), and
// returns what to do, in job order: stops first, then starts, then lost
// attestations, then claims; and when it next has something to decide
// without new input (0: nothing scheduled). It changes no claim: Advance
// does, once the shell carried the decisions out.
func (p *Peer) decide(jobs []*Job, nowMs, deltaMs, settleMs uint64) (acts []Action, nextWake uint64) {
	var stops, starts, claims []Action
	wake := func(at uint64) {
		if at > nowMs && (nextWake == 0 || at < nextWake) {
			nextWake = at
		}
	}
	for _, id := range p.Claims() {
		own := p.mine[id]
		j := p.jobs[id]
		if own.stopping || j == nil || j.State == Pending && j.Winner == nil && nowMs < own.atMs+settleMs {
			continue // stopping, or our own claim has not folded in yet
		}
		if !p.Standing(id, own.attempt) {
			if f := j.Finished; f != nil && f.Actor == p.Self && f.Attempt == own.attempt && (f.Type == types.EvComplete || f.Type == types.EvFail) {
				continue // our own result ended it; the daemon releases
			}
			if l, ok := j.LostAgainst(own.attempt); ok && l.TimeMs > own.rebutted && p.advertisedBefore(l.TimeMs) {
				// Said to be lost while it was advertising: a false
				// attestation (or a hiccup). Rebut it and keep the run.
				starts = append(starts, Action{Kind: ActRebut, Job: id, Attempt: own.attempt})
				continue
			}
			stops = append(stops, Action{Kind: ActStop, Job: id, Attempt: own.attempt})
			continue
		}
		if !own.started {
			if nowMs >= own.atMs+settleMs {
				starts = append(starts, Action{Kind: ActStart, Job: id, Attempt: own.attempt})
			} else {
				wake(own.atMs + settleMs)
			}
		}
	}
	res := p.holding(Reservations(jobs))
	var view []Entry // built on first need: a busy peer often needs none
	self, haveSelf := p.view.Get(p.Self)
	var selfRes []Reservation
	for _, r := range res {
		if r.Node == p.Self {
			selfRes = append(selfRes, r)
		}
	}
	var losts []Action
	for _, j := range jobs {
		if j.State == Claimed || j.State == Running {
			if a, ok := p.checkLost(j, nowMs, deltaMs, res, &view, wake); ok {
				losts = append(losts, a)
			}
		} else {
			delete(p.absent, j.ID)
		}
		if j.State != Pending {
			delete(p.clocks, j.ID)
			delete(p.placement, j.ID)
			continue
		}
		if _, ok := p.mine[j.ID]; ok {
			continue
		}
		// A peer that cannot take the job itself has no claim to decide:
		// skip the ranking, which is the expensive part with many pending
		// jobs. (Its clock, if any, is kept.)
		req := p.RequirementsAt(j, nowMs)
		if haveSelf {
			if _, ok := Check(req, self, selfRes, FitNow, nowMs, p.cfg.TTLMs); !ok {
				continue
			}
		}
		if view == nil {
			view = p.view.Nodes()
		}
		pl := RankTop(req, view, res, FitNow, nowMs, p.cfg.TTLMs, TopRanks, p.Self)
		p.placement[j.ID] = pl.Summary()
		top := topOf(pl)
		clk, ok := p.clocks[j.ID]
		if !ok || clk.top != top {
			clk = claimClock{top: top, since: nowMs}
			p.clocks[j.ID] = clk
		}
		d := DecideClaim(j, pl, p.Self, clk.since, nowMs, deltaMs)
		if d.Claim {
			if hold := clk.since + settleMs; nowMs < hold && d.Rank < len(pl.Ranked) && p.outrankedWhenFree(req, view, res, pl.Ranked[d.Rank], nowMs) {
				wake(hold)
				continue
			}
			claims = append(claims, Action{Kind: ActClaim, Job: j.ID, Attempt: j.Attempt, Rank: d.Rank})
		} else if d.WaitMs > 0 {
			wake(nowMs + d.WaitMs)
		}
	}
	return append(append(append(stops, starts...), losts...), claims...), nextWake
}

// outrankedWhenFree reports whether a node this view holds too busy for
// the job would outrank this peer's candidate self if it were free: it
// may have just freed, and it knows before anyone, so its claim, better
// than this peer's, may be on its way. Such a claimant holds its claim for
// a settle window from its turn: the better claim arrives first, and peers
// do not see a losing claim before the winner's. (Computed only for a peer
// about to claim: a pass over the view.)
func (p *Peer) outrankedWhenFree(req Requirements, view []Entry, res []Reservation, self Candidate, nowMs uint64) bool {
	for _, e := range view {
		if e.Advert.Node == p.Self {
			continue
		}
		if _, ok := Check(req, e, nil, FitEver, nowMs, p.cfg.TTLMs); !ok {
			continue // could never run it
		}
		if _, ok := Check(req, e, res, FitNow, nowMs, p.cfg.TTLMs); ok {
			continue // fits now: the ranking has it already
		}
		free := *e.Advert // its advert as if it held nothing
		free.CPUFree, free.RAMFreeMiB = free.CPUCores, free.RAMMiB
		free.GPUs = slices.Clone(free.GPUs)
		for i := range free.GPUs {
			free.GPUs[i].Free = free.GPUs[i].Total
		}
		c := Candidate{Node: e.Advert.Node, Score: ScoreFor(req.JobID, e.Advert.Node, WeightInputsFor(req, &free))}
		if Better(c, self) {
			return true
		}
	}
	return false
}

// checkLost is failure detection for one claimed or running job: its
// standing claimant missing from the view for SuspectMs is lost, and the
// job is ranked again without it (and without earlier lost executors). The
// new rank k attests and claims after k·Δ, like any claim; the home daemon
// attests when no node can take it. Anyone who attests first settles it:
// the lost event moves every peer's reducer to the next attempt.
func (p *Peer) checkLost(j *Job, nowMs, deltaMs uint64, res []Reservation, view *[]Entry, wake func(uint64)) (Action, bool) {
	w := j.Winner
	if w == nil || w.Node == p.Self {
		delete(p.absent, j.ID)
		return Action{}, false
	}
	var lostAt, silent uint64
	var why string
	if due := j.overdueAt(); nowMs >= due {
		// Holding the job without running it, or overrunning: lost by the
		// same rule at every peer, advertising or not.
		lostAt = due
		if j.Started == nil {
			why = fmt.Sprintf("executor %s claimed the job and did not start it within %ds", w.Node, StartDeadlineMs/1000)
		} else {
			why = fmt.Sprintf("executor %s overran the job's run limit", w.Node)
		}
	} else if p.view.Alive(w.Node, nowMs) {
		delete(p.absent, j.ID)
		wake(due)
		if e, ok := p.view.Get(w.Node); ok {
			wake(e.SeenMs + p.cfg.TTLMs + 1) // if no advert comes by then, it is suspect
		}
		return Action{}, false
	} else {
		ab, ok := p.absent[j.ID]
		if !ok || ab.node != w.Node || ab.attempt != j.Attempt {
			ab = absence{node: w.Node, attempt: j.Attempt, sinceMs: nowMs}
			p.absent[j.ID] = ab
		}
		lostAt = ab.sinceMs + p.cfg.SuspectMs
		if nowMs < lostAt {
			wake(lostAt)
			return Action{}, false
		}
		silent = nowMs - ab.sinceMs + p.cfg.TTLMs
		if e, ok := p.view.Get(w.Node); ok && nowMs > e.SeenMs {
			silent = nowMs - e.SeenMs
		}
	}
	req := p.RequirementsAt(j, nowMs)
	req.Exclude = insertSorted(append([]peer.ID(nil), j.Req.Exclude...), w.Node)
	if *view == nil {
		*view = p.view.Nodes()
	}
	pl := RankTop(req, *view, res, FitNow, nowMs, p.cfg.TTLMs, TopRanks, p.Self)
	rank, ok := RankOf(pl, p.Self)
	switch {
	case ok:
	case len(pl.Ranked) == 0 && j.Home == p.Self:
		rank = -1 // nobody can take it now: the home daemon says it is lost
	default:
		return Action{}, false
	}
	due := lostAt + uint64(max(rank, 0))*deltaMs
	if nowMs < due {
		wake(due)
		return Action{}, false
	}
	return Action{Kind: ActLost, Job: j.ID, Attempt: j.Attempt, Rank: rank, Lost: w.Node, SilentMs: silent, Why: why}, true
}

// overdueAt is when the standing claim becomes lost whatever its claimant
// says: StartDeadlineMs after the claim if it has not started, the run
// limit after its start if it has no result. It is computed from the
// signed events alone, so every peer agrees on it.
func (j *Job) overdueAt() uint64 {
	if len(j.History) == 0 || j.Winner == nil {
		return ^uint64(0)
	}
	return j.deadline(j.Winner.TimeMs, j.Started)
}

// topOf fingerprints the head of a ranking: when it changes, the claim
// clock restarts.
func topOf(pl Placement) string {
	var b strings.Builder
	for i, c := range pl.Ranked {
		if i == 8 {
			break
		}
		b.WriteString(string(c.Node))
	}
	return b.String()
}
