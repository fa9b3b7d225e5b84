// Package drive is the shell around a peer's brain (sched.Peer) that the
// daemon and the simulator share: it feeds the brain its inputs, takes its
// Ready, carries it out through a Host in the order the protocol needs
// (an own event counts before it is gossiped, and is stored first unless
// it is a claim, see publish; stops before starts), and calls Advance. It makes no decision:
// every choice of what to claim, start, stop or attest is the brain's, and
// every effect (signing, storage, the network, runs) is the Host's.
//
// It must never read a clock or decide from one: times come in with the
// calls, so the simulator's virtual clock drives it as the wall clock
// drives the daemon.
package drive

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Host carries out what the brain decided, for one peer.
type Host interface {
	// Seal signs one of this peer's events: raw is what the network
	// carries and hash identifies it. proof is the evidence the brain
	// checks it by (a claim's advert, as of the claim).
	Seal(ev *types.JobEvent, proof *sched.EventProof) (raw []byte, hash common.Hash, err error)
	// Store keeps an event. Own events are stored (durably) before they
	// count: what a peer says, it must not forget. Others' events are
	// stored after they counted.
	Store(ev *types.JobEvent, raw []byte, hash common.Hash, own bool) error
	// Forget removes stored events the brain did not keep or no longer
	// needs.
	Forget(job common.Hash, hashes []common.Hash)
	// Folded is told of each event the brain took in as new.
	Folded(ev *types.JobEvent)
	// Gossip sends an own event, folded already, to the network.
	Gossip(ctx context.Context, ev *types.JobEvent, raw []byte) error
	// Published is told of each own event once it was gossiped (the
	// daemon re-advertises after a claim, issues a receipt for a result).
	Published(ctx context.Context, o sched.Outgoing)
	// Start begins a run the brain started; the host calls RunEnded when
	// it exits. Stop ends one without a report.
	Start(run sched.Run)
	Stop(run sched.Run)
	// Failed is told of an own event that could not be published.
	Failed(o sched.Outgoing, err error)
}

// DirectHost is a Host that can also send an event straight to a few
// peers: the brain names them (sched.Peer.DirectTo), gossip still carries
// it to everyone.
type DirectHost interface {
	Host
	Direct(ctx context.Context, ev *types.JobEvent, raw []byte, to []peer.ID)
}

// Driver owns one brain. Its methods may be called from several
// goroutines; the brain is only touched under mu, which the shell may
// share with its own state (the daemon's node lock).
type Driver struct {
	brain *sched.Peer
	host  Host
	mu    sync.Locker
	run   sync.Mutex // one Ready at a time
}

// New makes a driver of brain. mu guards the brain; nil gives it its own.
func New(brain *sched.Peer, host Host, mu sync.Locker) *Driver {
	if mu == nil {
		mu = &sync.Mutex{}
	}
	return &Driver{brain: brain, host: host, mu: mu}
}

// Step gives the brain one input.
func (d *Driver) Step(m sched.Msg) sched.StepResult {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.brain.Step(m)
}

// Receive folds a verified event from another peer (or from this peer's
// own store) and stores it if it is new.
func (d *Driver) Receive(ev *types.JobEvent, raw []byte, hash common.Hash, proof *sched.EventProof, nowMs uint64, live bool) (fresh bool, err error) {
	r := d.Step(sched.Msg{Type: sched.MsgEvent, Event: ev, Hash: hash, Proof: proof, NowMs: nowMs, Live: live})
	if len(r.Evicted) > 0 {
		d.host.Forget(ev.Job, r.Evicted)
	}
	if !r.New {
		return false, nil
	}
	d.host.Folded(ev)
	return true, d.host.Store(ev, raw, hash, false)
}

// Publish seals, stores, folds and gossips one of this peer's own events
// dated nowMs (events of its runs: start, progress, results).
func (d *Driver) Publish(ctx context.Context, ev *types.JobEvent, proof *sched.EventProof, nowMs uint64) error {
	ev.Actor, ev.TimeMs = d.brain.Self, nowMs
	_, err := d.publish(ctx, sched.Outgoing{Event: ev, Proof: proof}, nowMs)
	return err
}

// publish is the order an own event goes out in. Most are stored (durably)
// before they count and are gossiped: what a peer says it must not forget,
// and a submit the API accepted is one the home holds. A claim is on
// placement's critical path, so it counts and goes out first and is stored
// right after: were the store to fail, or the daemon to die in between,
// the network holds it and catch-up sync hands it back (the brain refuses
// claims while the disk is low, so the store does not refuse them for
// space). out reports whether it reached the network, error or not.
func (d *Driver) publish(ctx context.Context, o sched.Outgoing, nowMs uint64) (out bool, err error) {
	ev := o.Event
	raw, hash, err := d.host.Seal(ev, o.Proof)
	if err != nil {
		return false, fmt.Errorf("seal %s event: %w", ev.Type, err)
	}
	d.mu.Lock()
	j := d.brain.Job(ev.Job)
	known := j != nil && j.Has(hash)
	d.mu.Unlock()
	if known {
		return true, nil
	}
	storeFirst := ev.Type != types.EvClaim
	if storeFirst {
		if err := d.host.Store(ev, raw, hash, true); err != nil {
			return false, fmt.Errorf("store own %s event: %w", ev.Type, err)
		}
	}
	r := d.Step(sched.Msg{Type: sched.MsgEvent, Event: ev, Hash: hash, Proof: o.Proof, NowMs: nowMs})
	if r.Dropped != "" {
		if storeFirst { // stored above: forget it as the brain did
			r.Evicted = append(r.Evicted, hash)
		}
		if len(r.Evicted) > 0 {
			d.host.Forget(ev.Job, r.Evicted)
		}
		return false, fmt.Errorf("own %s event not kept: %s", ev.Type, r.Dropped)
	}
	if r.New {
		d.host.Folded(ev)
	}
	if dh, ok := d.host.(DirectHost); ok {
		d.mu.Lock()
		to := d.brain.DirectTo(ev)
		d.mu.Unlock()
		if len(to) > 0 {
			dh.Direct(ctx, ev, raw, to)
		}
	}
	if err := d.host.Gossip(ctx, ev, raw); err != nil {
		return false, fmt.Errorf("gossip %s event: %w", ev.Type, err)
	}
	if !storeFirst {
		if err := d.host.Store(ev, raw, hash, true); err != nil {
			err = fmt.Errorf("store own %s event (published; peers hold it): %w", ev.Type, err)
			d.host.Failed(o, err)
		}
	}
	if len(r.Evicted) > 0 {
		d.host.Forget(ev.Job, r.Evicted)
	}
	d.host.Published(ctx, o)
	return true, nil
}

// Advance ticks the brain at nowMs, carries out its Ready and accepts it.
// It returns the Ready (the simulator schedules its next wake from it).
func (d *Driver) Advance(ctx context.Context, nowMs uint64) sched.Ready {
	d.run.Lock()
	defer d.run.Unlock()
	d.mu.Lock()
	d.brain.Step(sched.Msg{Type: sched.MsgTick, NowMs: nowMs})
	rd := d.brain.Ready()
	d.brain.Advance(rd)
	d.mu.Unlock()
	for _, o := range rd.Publish {
		if out, err := d.publish(ctx, o, rd.NowMs); err != nil {
			if o.Claim != nil && !out { // the claim was never made: free what it held
				d.Step(sched.Msg{Type: sched.MsgRunEnded, Job: o.Claim.Job, Attempt: o.Claim.Attempt})
			}
			d.host.Failed(o, err)
		}
	}
	for _, r := range rd.Stop {
		d.host.Stop(r)
	}
	for _, r := range rd.Start {
		d.host.Start(r)
	}
	return rd
}

// RunEnded tells the brain a run (or a claim never started) ended here.
func (d *Driver) RunEnded(job common.Hash, attempt uint32) {
	d.Step(sched.Msg{Type: sched.MsgRunEnded, Job: job, Attempt: attempt})
}
