package sched

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/types"
)

// Helpers for the tests written against the decision rule: one input or
// one round of Step, Ready and Advance at a time.

func (p *Peer) advertT(a *types.Advert, now uint64) Outcome {
	return p.Step(Msg{Type: MsgAdvert, Advert: a, NowMs: now}).Outcome
}

func (p *Peer) eventT(e *types.JobEvent, h common.Hash, proof *EventProof) AddResult {
	return p.Step(Msg{Type: MsgEvent, Event: e, Hash: h, Proof: proof}).AddResult
}

// tickT steps the time to now, carries out nothing but accepts the Ready
// (Advance), and returns it as actions: stops, starts, then what was
// published (rebuttals, lost attestations, claims) in order.
func (p *Peer) tickT(now uint64) []Action {
	p.Step(Msg{Type: MsgTick, NowMs: now})
	rd := p.Ready()
	p.Advance(rd)
	var out []Action
	for _, r := range rd.Stop {
		out = append(out, Action{Kind: ActStop, Job: r.Job, Attempt: r.Attempt})
	}
	for _, r := range rd.Start {
		out = append(out, Action{Kind: ActStart, Job: r.Job, Attempt: r.Attempt})
	}
	for _, o := range rd.Publish {
		a := Action{Job: o.Event.Job, Attempt: o.Event.Attempt, Rank: o.Rank, Lost: o.Lost, SilentMs: o.SilentMs, Why: o.Event.Reason}
		switch o.Event.Type {
		case types.EvAlive:
			a.Kind = ActRebut
		case types.EvLost:
			a.Kind = ActLost
		case types.EvClaim:
			a.Kind = ActClaim
		}
		out = append(out, a)
	}
	return out
}

// claimedT records an own claim as Advance does after a claim.
func (p *Peer) claimedT(id common.Hash, attempt uint32, now uint64) {
	p.mine[id] = &ownClaim{attempt: attempt, atMs: now, run: Run{Job: id, Attempt: attempt}}
}
