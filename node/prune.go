package node

import (
	"context"
	"time"

	"github.com/skyops/skyops/sched"
)

// pruneLoop forgets ended jobs once their retention window has passed
// (Config.JobRetention): their events leave the brain and the store, and
// their ids are remembered so that a peer syncing them back stores
// nothing. Receipts, and the content the job produced, stay.
func (n *Node) pruneLoop(ctx context.Context) {
	if n.cfg.JobRetention <= 0 {
		return
	}
	interval := min(time.Minute, max(n.cfg.JobRetention/4, 100*time.Millisecond))
	tick(ctx, interval, func() { n.pruneEnded(time.Now().Add(-n.cfg.JobRetention)) })
}

// pruneEnded forgets the jobs that ended before cutoff, and says how many.
func (n *Node) pruneEnded(cutoff time.Time) int {
	n.mu.Lock()
	ids := n.brain.EndedBefore(uint64(cutoff.UnixMilli()))
	var gone []string
	for _, id := range ids {
		var inst *sched.InstanceRef
		if j := n.brain.Job(id); j != nil {
			inst = j.Instance
		}
		if n.runs[id] == nil && n.brain.Forget(id) {
			gone = append(gone, id.Hex())
			n.jobReqs.Delete(id)
			delete(n.kept, id)
			// A workflow goes with its last try: its own events too, or a
			// restart would read it back and run it again.
			if inst != nil && n.brain.Workflow(inst.Workflow) == nil {
				gone = append(gone, inst.Workflow.Hex())
			}
		}
	}
	n.mu.Unlock()
	for _, id := range gone {
		if _, err := n.store.ForgetJob(id); err != nil {
			n.log.Warn("prune an ended job", "job", id[:10], "err", err)
		}
	}
	if len(gone) > 0 {
		n.log.Info("pruned ended jobs past their retention", "jobs", len(gone), "retention", n.cfg.JobRetention)
	}
	return len(gone)
}
