package node

import (
	"context"
	"errors"
	osexec "os/exec"
	"sync"

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

// givenBack remembers the attempts this node gave back, so that it does not
// claim them again (its claim would not count: a withdrawn claimant is
// skipped for that attempt). Bounded: when full it starts over, and a
// forgotten entry costs one claim that does not count.
type givenBack struct {
	mu sync.Mutex
	m  map[common.Hash]uint32
}

const maxGivenBack = 4096

func (g *givenBack) add(id common.Hash, attempt uint32) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.m == nil || len(g.m) >= maxGivenBack {
		g.m = make(map[common.Hash]uint32)
	}
	g.m[id] = attempt
}

func (g *givenBack) has(id common.Hash, attempt uint32) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	a, ok := g.m[id]
	return ok && a == attempt
}

// giveBack withdraws this node's standing claim on an attempt it cannot
// run for a local reason: the attempt stays open, and the next node in the
// ranking claims it.
func (n *Node) giveBack(ctx context.Context, id common.Hash, attempt uint32, reason string) {
	if _, ok := n.stillMine(id, attempt); !ok {
		return
	}
	n.given.add(id, attempt)
	if len(reason) > 1024 {
		reason = reason[:1024]
	}
	ev := &types.JobEvent{Job: id, Type: types.EvWithdraw, Attempt: attempt, Reason: reason}
	if err := n.publishEvent(ctx, ev); err != nil {
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
