package node

import (
	"context"
	"errors"
	"fmt"
	osexec "os/exec"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/exec/fault"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// localFault reports whether a run's error is this executor's own trouble
// (see package fault): its disk, memory or runtime, or an image or program
// that is not on this node. Such an attempt is given back, not failed.
func localFault(err error) bool {
	return fault.IsLocal(err) || errors.Is(err, ledger.ErrDiskLow) || errors.Is(err, osexec.ErrNotFound)
}

// publishResult publishes an attempt's outcome (complete, fail, withdraw).
// On a disk so full that even the node's own records are refused, the
// outcome waits, retried every second while the claim stands, until space
// frees or the node stops: a result is not thrown away for a few bytes.
//
// A run whose context has ended reports nothing: the daemon is stopping
// (as a crash would, its runs end unreported and the network reschedules
// them) or the claim fell. Whatever the run saw after that — an output
// import cut short, say — is the stop's doing, not the job's.
func (n *Node) publishResult(ctx context.Context, ev *types.JobEvent) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("publish %s of attempt %d: the run was stopped: %w", ev.Type, ev.Attempt, err)
	}
	waited := false
	for {
		err := n.publishEvent(ctx, ev)
		if err == nil || !errors.Is(err, ledger.ErrDiskLow) {
			return err
		}
		if !waited {
			n.log.Warn("data dir disk is full: the run's outcome waits for space", "job", short(ev.Job), "type", ev.Type, "why", err)
			waited = true
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Second):
		}
		if _, ok := n.stillMine(ev.Job, ev.Attempt); !ok {
			return err
		}
	}
}

// waitForRoom waits, while the claim stands, until the disk has room for a
// finished run's logs and outputs again (they are stored as blobs); false if
// the claim fell or the node stopped first.
func (n *Node) waitForRoom(ctx context.Context, id common.Hash, attempt uint32) bool {
	waited := false
	for n.disk.space.AdmitBlob(0) != nil {
		if !waited {
			n.log.Warn("data dir disk is full: the run's outputs wait for space", "job", short(id), "why", n.disk.space.AdmitBlob(0))
			waited = true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(time.Second):
		}
		if _, ok := n.stillMine(id, attempt); !ok {
			return false
		}
	}
	return true
}

// giveBack withdraws this node's standing claim on an attempt it cannot
// run for a local reason: the attempt stays open, and the next node in the
// ranking claims it.
func (n *Node) giveBack(ctx context.Context, id common.Hash, attempt uint32, reason string) {
	if _, ok := n.stillMine(id, attempt); !ok {
		return
	}
	if len(reason) > 1024 {
		reason = reason[:1024]
	}
	ev := &types.JobEvent{Job: id, Type: types.EvWithdraw, Attempt: attempt, Reason: reason}
	if err := n.publishResult(ctx, ev); err != nil {
		n.log.Warn("publish withdraw", "job", short(id), "err", err)
		return
	}
	n.log.Info("gave the job back: this node cannot run it now", "job", short(id), "attempt", attempt, "why", reason)
	// An image gone since the last refresh must leave the advert now, or
	// placement keeps preferring this node for it.
	if n.refreshImages(ctx) {
		n.Kick()
	}
}
