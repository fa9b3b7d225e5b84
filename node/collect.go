package node

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Result collection. The owner's home daemon (the one the job was
// submitted to) fetches the results of its jobs as they end: output
// package, logs and telemetry, sealed to the owner, into its own blob
// store. The owner then gets them from their own daemon even after the
// executor has left the network, and a home daemon that was down when its
// job ended collects them once it is back (its events reloaded from badger
// and the ending learned by catch-up sync, sync.go).
//
// It is a loop rather than a reaction to the ending event: a job ends while
// its home daemon is down, or its executor is unreachable for a while, and
// both heal without anybody telling this daemon. Every collectInterval it
// looks at its ended jobs whose results are not all here, and fetches them
// (from the executor first, else from DHT providers), with a backoff per
// job while that fails.

const (
	collectInterval   = 2 * time.Second
	collectBackoffMin = 2 * time.Second
	collectBackoffMax = 2 * time.Minute
	// For one job's fetches: outputs are as large as the job's disk; a
	// fetch that gets nothing gives up well before (content.Exchange), and
	// what arrived stays for the next try.
	collectTimeout  = time.Hour
	collectParallel = 2 // jobs fetched at once
	// Bounds on what is fetched: the output package as any blob, logs at
	// the executor's cap plus the seal, telemetry (JSON of 1 Hz samples).
	maxCollectLogBytes       = maxLogBytes + 1<<20
	maxCollectTelemetryBytes = 64 << 20
)

// collecting is one job's collection state.
type collecting struct {
	done     bool
	inflight bool
	next     time.Time
	backoff  time.Duration
	failures int
}

// wanted is one result blob of a job.
type wanted struct {
	what string
	cid  string
	max  int
}

func resultsOf(f *types.JobEvent) []wanted {
	var out []wanted
	if f.OutputCID != "" {
		out = append(out, wanted{"output", f.OutputCID, p2p.MaxBlobSize}) // a blob: outputs recorded before they were DAGs
	}
	if f.LogCID != "" {
		out = append(out, wanted{"logs", f.LogCID, maxCollectLogBytes})
	}
	if f.TelemetryCID != "" {
		out = append(out, wanted{"telemetry", f.TelemetryCID, maxCollectTelemetryBytes})
	}
	if f.ForwardCID != "" {
		// The outputs a workflow's next jobs read: kept by the home too,
		// so that they outlive their executor.
		out = append(out, wanted{"forwarded outputs", f.ForwardCID, p2p.MaxBlobSize})
	}
	return out
}

// collectLoop collects results every collectInterval and right after a
// sync round learned something.
func (n *Node) collectLoop(ctx context.Context) {
	c := n.catchUp.init()
	t := time.NewTicker(collectInterval)
	defer t.Stop()
	for {
		n.collectResults(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-c.collect:
		}
	}
}

// ended is an ended job of this home daemon, with the event that ended it.
type ended struct {
	id       common.Hash
	finished *types.JobEvent
}

// collectResults starts the fetches that are due.
func (n *Node) collectResults(ctx context.Context) {
	c := n.catchUp.init()
	self := n.key.PeerID()
	var todo []ended
	c.mu.Lock()
	n.mu.Lock()
	for _, j := range n.brain.Jobs() {
		if j.Home != self || (j.State != sched.Completed && j.State != sched.Failed) || j.Finished == nil {
			continue
		}
		if st := c.results[j.ID]; st != nil && st.done {
			continue
		}
		todo = append(todo, ended{j.ID, j.Finished})
	}
	n.mu.Unlock()
	now := time.Now()
	inflight := 0
	for _, st := range c.results {
		if st.inflight {
			inflight++
		}
	}
	var start []ended
	for _, e := range todo {
		st := c.results[e.id]
		if st == nil {
			st = &collecting{}
			c.results[e.id] = st
		}
		if st.inflight || now.Before(st.next) {
			continue
		}
		missing := 0
		for _, w := range resultsOf(e.finished) {
			if !n.holdsResult(w.cid) {
				missing++
			}
		}
		if missing == 0 {
			st.done = true // here already (this node ran it, or an earlier run collected it)
			continue
		}
		if inflight >= collectParallel {
			continue
		}
		st.inflight = true
		inflight++
		start = append(start, e)
	}
	c.mu.Unlock()
	for _, e := range start {
		n.wg.Add(1)
		go func(e ended) {
			defer n.wg.Done()
			err := n.collectJob(ctx, e)
			c.mu.Lock()
			defer c.mu.Unlock()
			st := c.results[e.id]
			st.inflight = false
			if err == nil {
				st.done = true
				return
			}
			st.failures++
			st.backoff = min(max(2*st.backoff, collectBackoffMin), collectBackoffMax)
			st.next = time.Now().Add(st.backoff)
			if ctx.Err() != nil {
				return
			}
			if st.failures == 1 {
				n.log.Warn("cannot collect the results of a job yet; retrying", "job", short(e.id), "err", err)
			} else {
				n.log.Debug("collect results", "job", short(e.id), "failures", st.failures, "retry_in", st.backoff, "err", err)
			}
		}(e)
	}
}

// collectJob fetches a job's missing results from its executor (the actor
// of the event that ended it), else from providers.
func (n *Node) collectJob(ctx context.Context, e ended) error {
	fctx, cancel := context.WithTimeout(ctx, collectTimeout)
	defer cancel()
	var hint peer.ID = e.finished.Actor
	var got []any
	for _, w := range resultsOf(e.finished) {
		if n.holdsResult(w.cid) {
			continue
		}
		if err := n.fetchResult(fctx, w.cid, hint, w.max); err != nil {
			return err
		}
		got = append(got, w.what, w.cid)
	}
	if len(got) > 0 {
		n.log.Info("collected job results", append([]any{"job", short(e.id), "from", e.finished.Actor}, got...)...)
	}
	return nil
}

// Collected reports whether this node holds every result blob of a job it
// is home to that ended (tests, tools).
func (n *Node) Collected(id common.Hash) bool {
	n.mu.Lock()
	j := n.brain.Job(id)
	var f *types.JobEvent
	if j != nil {
		f = j.Finished
	}
	n.mu.Unlock()
	if f == nil {
		return false
	}
	for _, w := range resultsOf(f) {
		if !n.holdsResult(w.cid) {
			return false
		}
	}
	return true
}
