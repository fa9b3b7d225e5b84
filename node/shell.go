package node

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// shell is the daemon's drive.Host: what the brain decided, carried out
// with the node's key, store, gossip and runtimes. It decides nothing.
type shell struct{ n *Node }

func (s shell) Seal(ev *types.JobEvent, _ *sched.EventProof) ([]byte, common.Hash, error) {
	raw, err := types.SealJobEvent(s.n.cfg.Network, ev, s.n.key)
	if err != nil {
		return nil, common.Hash{}, err
	}
	return raw, eventHash(raw), nil
}

// Store keeps an event in badger. Others' events, on a disk below the
// floor, are kept in memory only (their authors hold them; catch-up sync
// brings them back after a restart), and the guard has said so.
func (s shell) Store(ev *types.JobEvent, raw []byte, h common.Hash, own bool) error {
	err := s.n.store.PutJobEvent(ev.Job.Hex(), h.Hex(), raw, own)
	if !own && errors.Is(err, ledger.ErrDiskLow) {
		return nil
	}
	return err
}

func (s shell) Forget(job common.Hash, hashes []common.Hash) {
	for _, h := range hashes {
		if err := s.n.store.DeleteJobEvent(job.Hex(), h.Hex()); err != nil {
			s.n.log.Warn("forget job event", "job", short(job), "err", err)
		}
	}
}

// Folded keeps a new job's requirements for the gossip validator (which
// must not take n.mu), and tells the embedder.
func (s shell) Folded(ev *types.JobEvent) {
	n := s.n
	if ev.Type == types.EvSubmit {
		n.mu.Lock()
		j := n.brain.Job(ev.Job)
		if j != nil && j.Spec != nil {
			n.jobReqs.Store(ev.Job, j.Req)
		}
		n.mu.Unlock()
	}
	n.metrics.folded(n, ev)
	n.webJobChanged(ev.Job)
	if n.cfg.OnJobEvent != nil {
		n.cfg.OnJobEvent(ev, time.Now())
	}
}

func (s shell) Gossip(ctx context.Context, ev *types.JobEvent, raw []byte) error {
	return s.n.host.PublishJobEvent(ctx, raw)
}

// Direct pushes an own submit or claim to the peers the brain named.
func (s shell) Direct(ctx context.Context, _ *types.JobEvent, raw []byte, to []peer.ID) {
	s.n.push(ctx, raw, to)
}

// Published re-advertises (a claim or a result changes what the node
// holds), issues the owner's receipt for a result, and logs what the
// brain decided.
func (s shell) Published(ctx context.Context, o sched.Outgoing) {
	n, e := s.n, o.Event
	switch e.Type {
	case types.EvComplete, types.EvFail:
		n.issueReceipt(ctx, e)
	case types.EvClaim:
		n.log.Info("claimed job", "job", short(e.Job), "rank", o.Rank, "attempt", e.Attempt)
	case types.EvLost:
		if o.Lost == n.key.PeerID() {
			n.log.Info("own run lost in a restart: rescheduling", "job", short(e.Job), "attempt", e.Attempt)
		} else if o.Lost != "" {
			n.log.Info("executor lost: rescheduling", "job", short(e.Job), "attempt", e.Attempt, "lost", shortID(o.Lost),
				"silent", (time.Duration(o.SilentMs) * time.Millisecond).Round(100*time.Millisecond), "rank", o.Rank)
		}
	case types.EvAlive:
		n.log.Warn("another peer said this node's run was lost while it was advertising: rebutted", "job", short(e.Job), "attempt", e.Attempt)
	}
	n.Kick()
	switch {
	case o.Claim != nil, e.Type == types.EvLost, e.Type == types.EvSubmit:
		// The claim's settle window, the next attempt's claim; and a home
		// that is itself the job's rank 0 claims its own submit.
		n.stepSoon()
	}
}

func (s shell) Failed(o sched.Outgoing, err error) {
	s.n.log.Warn("publish "+o.Event.Type.String(), "job", short(o.Event.Job), "err", err)
}

// Start begins the run of a claim that stood through its settle window,
// holding what the brain reserved for it.
func (s shell) Start(r sched.Run) {
	n := s.n
	runCtx, cancel := context.WithCancel(context.Background())
	ex := &execution{job: r.Job, attempt: r.Attempt, cancel: cancel, gpus: r.GPUs}
	n.mu.Lock()
	if n.closed || n.runs[r.Job] != nil {
		n.mu.Unlock()
		cancel()
		n.drive.RunEnded(r.Job, r.Attempt)
		return
	}
	n.runs[r.Job] = ex
	n.mu.Unlock()
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		defer cancel()
		n.execute(runCtx, r.Job, ex)
	}()
}

// Stop ends a run whose claim fell; a claim not started holds nothing
// here, but its capacity shows in the advert again.
func (s shell) Stop(r sched.Run) {
	n := s.n
	n.mu.Lock()
	ex, ok := n.runs[r.Job]
	n.mu.Unlock()
	if !ok || ex.attempt != r.Attempt {
		n.Kick()
		return
	}
	n.log.Info("claim no longer stands; stopping", "job", short(r.Job))
	ex.cancel() // the run frees its capacity as it exits
}
