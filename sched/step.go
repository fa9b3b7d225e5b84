package sched

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// MsgType is the kind of one input to a peer's brain.
type MsgType uint8

const (
	// MsgTick: time passed. NowMs.
	MsgTick MsgType = iota + 1
	// MsgAdvert: a verified advert reached the peer (its own included).
	// Advert, NowMs; for its own, Raw is the sealed advert a claim carries
	// as evidence.
	MsgAdvert
	// MsgEvent: a verified job event. Event, Hash, Proof, NowMs. Live: it
	// arrived by gossip just now, so its age measures the network's delay
	// (events from the store or from catch-up sync are not Live).
	MsgEvent
	// MsgExpire: drop nodes whose last advert is older than the TTL. NowMs.
	MsgExpire
	// MsgStarted: this peer's daemon (re)started at NowMs with the events
	// it stored. Any run it had ended with the old process; until it has
	// caught up (MsgCaughtUp, or a detection window alone) it does not
	// attest or measure, then says its orphaned claims were lost.
	MsgStarted
	// MsgCaughtUp: a catch-up round with the network succeeded.
	MsgCaughtUp
	// MsgResources: what this peer's machine offers jobs (Resources).
	MsgResources
	// MsgDisk: whether the peer's data disk is below its floor (DiskLow):
	// no claims while it is.
	MsgDisk
	// MsgBonds: the chain's bonds (BondRequired, Bonded).
	MsgBonds
	// MsgRunEnded: this peer's run of Job's Attempt ended (reported or
	// not), or its claim was never carried out: its resources are free.
	MsgRunEnded
	// MsgParams: the governed parameter changes, the whole list as the
	// chain holds it (Params).
	MsgParams
)

func (t MsgType) String() string {
	switch t {
	case MsgTick:
		return "tick"
	case MsgAdvert:
		return "advert"
	case MsgEvent:
		return "event"
	case MsgExpire:
		return "expire"
	case MsgStarted:
		return "started"
	case MsgCaughtUp:
		return "caught-up"
	case MsgResources:
		return "resources"
	case MsgDisk:
		return "disk"
	case MsgBonds:
		return "bonds"
	case MsgRunEnded:
		return "run-ended"
	case MsgParams:
		return "params"
	}
	return fmt.Sprintf("msg(%d)", uint8(t))
}

// Msg is one input to Step. Which fields count depends on Type.
type Msg struct {
	Type  MsgType
	NowMs uint64

	Advert *types.Advert
	Raw    []byte // MsgAdvert, own: the sealed advert

	Event *types.JobEvent
	Hash  common.Hash
	Proof *EventProof
	Live  bool

	Job     common.Hash // MsgRunEnded
	Attempt uint32

	Resources    *Resources // MsgResources
	DiskLow      bool       // MsgDisk
	BondRequired bool       // MsgBonds
	Bonded       []peer.ID
	Params       []ParamChange // MsgParams
}

// StepResult is what folding one input did (not a decision: those come
// out of Ready).
type StepResult struct {
	AddResult           // MsgEvent
	Outcome   Outcome   // MsgAdvert
	Left      []peer.ID // MsgExpire: nodes that left the view
}

// Step takes one input. It never acts: what the peer must do next comes out
// of Ready.
func (p *Peer) Step(m Msg) StepResult {
	if m.NowMs > p.now {
		p.now = m.NowMs
	}
	switch m.Type {
	case MsgTick:
	case MsgAdvert:
		if m.Advert == nil {
			return StepResult{}
		}
		if m.Advert.Node == p.Self && m.Raw != nil {
			p.ownRaw = m.Raw
		}
		return StepResult{Outcome: p.observeAdvert(m.Advert, m.NowMs)}
	case MsgEvent:
		if m.Event == nil {
			return StepResult{AddResult: AddResult{Dropped: "no event"}}
		}
		switch w := p.workflows[m.Event.Job]; {
		case m.Event.Type == types.EvWorkflow:
			return StepResult{AddResult: p.addWorkflow(m.Event, m.Hash, m.Proof)}
		case w != nil && m.Event.Type == types.EvCancel:
			return StepResult{AddResult: p.cancelWorkflow(w, m.Event)}
		case w != nil:
			return StepResult{AddResult: AddResult{Dropped: "a workflow takes no events but its cancel"}}
		}
		r := p.addEvent(m.Event, m.Hash, m.Proof)
		if ref, ok := p.instanceOf[m.Event.Job]; ok && r.New {
			p.settleTries(p.workflows[ref.Workflow], []common.Hash{m.Event.Job})
		}
		if m.Live && r.New && m.Event.Actor != p.Self && (m.Event.Type == types.EvClaim || m.Event.Type == types.EvSubmit) {
			// Δ and the settle window wait for claims: how late claims
			// (and the submits they answer) reach this peer is what they
			// must cover. The first copy measures it (a direct send
			// usually beats gossip; a later copy says nothing new). A run's
			// reports go by gossip alone, and lag under load without
			// making any claim later.
			p.delay.observe(m.NowMs, m.Event.TimeMs)
		}
		if r.New && m.Event.Actor == p.Self && m.Event.Type == types.EvWithdraw {
			p.given.add(m.Event.Job, m.Event.Attempt)
		}
		return StepResult{AddResult: r}
	case MsgExpire:
		return StepResult{Left: p.view.Expire(m.NowMs, p.Self)}
	case MsgStarted:
		// A fresh process: whatever the brain held of runs is gone.
		p.mine = map[common.Hash]*ownClaim{}
		p.startedMs, p.caughtUp = m.NowMs, false
		p.delay = delayEstimator{}
		p.setMeasuring(false)
	case MsgCaughtUp:
		p.caughtUp = true
		p.setMeasuring(true)
		p.settleWorkflows()
	case MsgResources:
		if m.Resources != nil {
			p.res = *m.Resources
			p.res.GPUs = append([]GPUDevice(nil), m.Resources.GPUs...)
			p.haveRes = true
		}
	case MsgDisk:
		p.diskLow = m.DiskLow
	case MsgBonds:
		p.setBonds(m.BondRequired, m.Bonded)
		p.settleWorkflows()
	case MsgParams:
		p.setParams(m.Params)
		p.settleWorkflows()
	case MsgRunEnded:
		if own := p.mine[m.Job]; own != nil && own.attempt == m.Attempt {
			delete(p.mine, m.Job)
		}
	}
	return StepResult{}
}

// Ready is everything a peer must do, decided from its inputs so far. The
// shell carries it out in order (publish, then stop, then start) and then
// calls Advance; until it does, Ready keeps returning the same decisions.
type Ready struct {
	NowMs uint64
	// Publish are this peer's own events to seal, store and gossip, in
	// order, each dated NowMs.
	Publish []Outgoing
	// Stop are runs (or claims not yet started) to end without a report;
	// MsgRunEnded frees them once they exited.
	Stop []Run
	// Start are claims that stood through their settle window.
	Start []Run
	// Declined are claims the rule gave this peer that it did not make,
	// for a local reason (its resources, its disk, an attempt it gave
	// back): nothing to do but say why.
	Declined []Declined
	// WakeMs is when the peer next has something to decide with no new
	// input (0: nothing scheduled). A shell may tick more often.
	WakeMs uint64
	// Idle: the peer knows no job that is not over and holds no claim, so
	// time alone changes nothing until an input comes (a shell need not
	// tick).
	Idle bool
}

// Empty reports whether there is nothing to do.
func (rd Ready) Empty() bool { return len(rd.Publish) == 0 && len(rd.Stop) == 0 && len(rd.Start) == 0 }

// Outgoing is one own event to publish, with why it was decided (for the
// log) and, for a claim, the resources it holds.
type Outgoing struct {
	Event *types.JobEvent
	Proof *EventProof // what the peer checks the event by (a claim's advert)
	Why   string
	Rank  int  // claims and lost attestations: this peer's rank for the job
	Claim *Run // EvClaim: the run it reserves
	// Lost attestations: the missing node and how long it was silent by
	// this peer's clock (0 when it is lost for another reason).
	Lost     peer.ID
	SilentMs uint64
}

// Declined is one claim not made, and why.
type Declined struct {
	Job     common.Hash
	Attempt uint32
	Why     string
}

// Run is one of this peer's runs of a job's attempt and what it holds.
type Run struct {
	Job     common.Hash
	Attempt uint32
	GPUs    []int // device indices of Resources.GPUs
	Cores   uint32
	RAMMiB  uint64
}

// Ready decides, as of the last input's time, what the peer must do.
func (p *Peer) Ready() Ready {
	now := p.now
	rd := Ready{NowMs: now}
	if !p.measuring && p.holdsHistory(now) {
		// Alone for a detection window: the history it holds is all there is.
		p.setMeasuring(true)
	}
	deltaMs, settleMs := p.Timing()
	jobs := p.activeJobs()
	acts, wake := p.decide(jobs, now, deltaMs, settleMs)
	rd.WakeMs = wake
	booked := p.booked()
	for _, a := range acts {
		switch a.Kind {
		case ActStop:
			own := p.mine[a.Job]
			rd.Stop = append(rd.Stop, own.run)
		case ActStart:
			rd.Start = append(rd.Start, p.mine[a.Job].run)
		case ActRebut:
			rd.Publish = append(rd.Publish, Outgoing{Event: p.dated(&types.JobEvent{Job: a.Job, Type: types.EvAlive, Attempt: a.Attempt}, now),
				Why: "another peer said this peer's run was lost while it was advertising"})
		case ActLost:
			if !p.holdsHistory(now) {
				continue
			}
			reason := a.Why
			if reason == "" {
				reason = fmt.Sprintf("executor %s lost: no advert for %d.%ds", a.Lost, a.SilentMs/1000, a.SilentMs%1000/100)
			}
			rd.Publish = append(rd.Publish, Outgoing{Event: p.dated(&types.JobEvent{Job: a.Job, Type: types.EvLost, Attempt: a.Attempt, Reason: reason}, now),
				Why: reason, Rank: a.Rank, Lost: a.Lost, SilentMs: a.SilentMs})
		case ActClaim:
			if o, why := p.claimOut(a, now, &booked); why == "" {
				rd.Publish = append(rd.Publish, o)
			} else {
				rd.Declined = append(rd.Declined, Declined{Job: a.Job, Attempt: a.Attempt, Why: why})
			}
		}
	}
	rd.Publish = append(rd.Publish, p.orphans(jobs, now)...)
	rd.Idle = len(p.mine) == 0 && len(jobs) == 0
	return rd
}

// Advance tells the peer that the shell carried out rd: its claims are
// held, its starts running, its stops stopping.
func (p *Peer) Advance(rd Ready) {
	for _, r := range rd.Stop {
		if own := p.mine[r.Job]; own != nil && own.attempt == r.Attempt {
			if own.started {
				own.stopping = true // frees on MsgRunEnded
			} else {
				delete(p.mine, r.Job)
			}
		}
	}
	for _, r := range rd.Start {
		if own := p.mine[r.Job]; own != nil && own.attempt == r.Attempt {
			own.started = true
		}
	}
	for _, o := range rd.Publish {
		e := o.Event
		switch {
		case o.Claim != nil:
			p.mine[e.Job] = &ownClaim{attempt: e.Attempt, atMs: rd.NowMs, run: *o.Claim}
		case e.Type == types.EvAlive:
			if own := p.mine[e.Job]; own != nil && own.attempt == e.Attempt {
				if l, ok := p.jobs[e.Job].LostAgainst(e.Attempt); ok {
					own.rebutted = l.TimeMs
				}
			}
		case e.Type == types.EvLost && e.Actor == p.Self:
			p.attested[e.Job] = e.Attempt
		}
	}
}

// dated stamps an own event with this peer and the time.
func (p *Peer) dated(e *types.JobEvent, now uint64) *types.JobEvent {
	e.Actor, e.TimeMs = p.Self, now
	return e
}

// holdsHistory: a peer that just (re)started knows only what it stored: a
// "lost" executor may have finished meanwhile, and standings built from
// part of the history would refuse honest claims. It holds the network's
// history once it caught up with a peer, or, alone, after a detection
// window; only then does it attest or check measured standings.
func (p *Peer) holdsHistory(now uint64) bool {
	return p.caughtUp || now >= p.startedMs+p.cfg.TTLMs+p.cfg.SuspectMs
}

// claimOut turns a claim decision into the claim event, if this peer's own
// resources allow it (the node is the authority on itself), its disk has
// room, and it did not give this attempt back.
func (p *Peer) claimOut(a Action, now uint64, booked *usage) (Outgoing, string) {
	j := p.jobs[a.Job]
	self, ok := p.view.Get(p.Self)
	switch {
	case j == nil || !ok:
		return Outgoing{}, "no advert of its own yet"
	case p.diskLow:
		return Outgoing{}, "its data disk is below the floor"
	case p.given.has(a.Job, a.Attempt):
		return Outgoing{}, "it gave this attempt back"
	}
	run, why := p.reserve(j.Req, booked)
	if why != "" {
		return Outgoing{}, why
	}
	run.Job, run.Attempt = a.Job, a.Attempt
	ev := p.dated(p.ClaimFor(j, a.Attempt, self.Advert, now), now)
	ev.Advert = p.ownRaw
	return Outgoing{Event: ev, Proof: &EventProof{Advert: self.Advert}, Rank: a.Rank, Claim: &run,
		Why: fmt.Sprintf("rank %d for attempt %d", a.Rank, a.Attempt)}, ""
}

// orphans are this peer's standing claims it holds no run of, once it may
// say so: their runs ended with a process before a restart (or ended
// unreported). Rather than leave them "running" on a node that is alive
// and so never suspected, it says at once that their attempt was lost.
// It waits to have caught up first (or a TTL alone): the run may have
// finished, and its result reached the network, before the restart.
func (p *Peer) orphans(jobs []*Job, now uint64) []Outgoing {
	if !p.caughtUp && now < p.startedMs+p.cfg.TTLMs {
		return nil
	}
	var out []Outgoing
	for _, j := range jobs {
		w := j.Winner
		if w == nil || w.Node != p.Self || p.mine[j.ID] != nil || p.attested[j.ID] == j.Attempt {
			continue
		}
		reason := fmt.Sprintf("executor %s restarted: its run of attempt %d ended with it", p.Self, j.Attempt)
		out = append(out, Outgoing{Event: p.dated(&types.JobEvent{Job: j.ID, Type: types.EvLost, Attempt: j.Attempt, Reason: reason}, now),
			Why: reason, Rank: -1, Lost: p.Self})
	}
	return out
}
