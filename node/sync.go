package node

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Catch-up sync. Gossipsub does not replay: a daemon that was down or cut
// off misses the job events published meanwhile, for good. So every daemon
// asks a few peers, now and then, for what it lacks:
//
//   - The request is a digest of what the asker holds: per job, the job id,
//     keccak-256 of its stored events' hashes (sorted) and their count. At
//     most maxSyncJobs jobs are listed: jobs not yet ended first (they are
//     the ones whose state can still change under us), then ended ones,
//     newest first. When some are left out the request carries a horizon:
//     one past the newest time of a left-out job, so every job the asker
//     holds at or after the horizon is listed. The answerer then knows that
//     a job it holds, newer than the horizon and not listed, is one the
//     asker lacks; older unlisted jobs it skips, because the asker may hold
//     them. No job is sent over and over for that reason.
//   - The answer is the raw sealed events (the bytes their actors signed,
//     as stored) of every job whose digest differs or that the asker lacks:
//     jobs the asker lacks first, then the others, newest first; within a
//     job, the events that decide its state first (submit, result, claims,
//     checkpoints), progress reports last and newest first. A job gives at
//     most maxSyncJobEvents events (a long GPU job reports progress every
//     second; old progress reports are not worth the bytes), an answer at
//     most maxSyncAnswerBytes and maxSyncAnswerEvents. A truncated answer
//     says so, and the asker asks again while that brings it new events.
//   - The asker checks every event exactly as the gossip validator does
//     (types.OpenJobEvent, then checkJobEvent) and folds it like jobLoop
//     (fresh checkpoints go to keepCheckpoint; the brain is poked), except
//     that synced events do not feed the gossip delay estimate: they are
//     old by nature and would stretch Δ for nothing. An event whose exact
//     bytes the node already holds is skipped before any signature check.
//     Whatever does not verify is dropped and counted; a peer that answers
//     garbage never stops the daemon, and its answer is not trusted for
//     anything but signed events.
//   - So a daemon's catch-up window is about its newest maxSyncJobs jobs:
//     one that holds more never asks for older ones again. A brand-new
//     daemon gets the network's newest jobs first, 8 MiB per answer.
//   - Cost (BenchmarkSyncDigest, BenchmarkSyncAnswerAll, 2 cores): with
//     4096 jobs of 2 events, a request is 276 KiB and building it plus
//     answering it with nothing to send takes ~30 ms; answering a peer that
//     holds nothing (8192 events, 3.2 MiB) ~90 ms; verifying and folding
//     those 8192 events at the asker ~1.3 s (the signatures).
//
// When: once right after Start, every SyncInterval (30 s), and soon after a
// node joins the view (that node first: it, or this daemon, may have been
// away). Up to syncPeers peers are asked: the nodes that just joined, then
// random live nodes of the view (random spreads the load of restarted
// daemons over the network, and over rounds every peer gets asked), then
// connected peers not yet in the view (right after Start the view is
// empty, but the bootstrap peers are connected).

// SyncProtocol is the network's catch-up sync protocol id.
func SyncProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/sync/1.0.0")
}

const (
	syncVersion = 1
	// maxSyncJobs bounds the jobs a request lists.
	maxSyncJobs = 4096
	// maxSyncRequestBytes bounds a request on the wire: 4096 entries of
	// 32+32+5 bytes plus RLP headers fit with room to spare.
	maxSyncRequestBytes = 512 << 10
	// maxSyncAnswerBytes and maxSyncAnswerEvents bound the events of one
	// answer; maxSyncAnswerWire bounds it on the wire (events plus RLP
	// headers, at most 5 bytes each).
	maxSyncAnswerBytes  = 8 << 20
	maxSyncAnswerEvents = 20_000
	maxSyncAnswerWire   = maxSyncAnswerBytes + 5*maxSyncAnswerEvents + 64
	// maxSyncJobEvents bounds what one job contributes to an answer.
	maxSyncJobEvents = 512
	maxSyncJobBytes  = 1 << 20
	// syncPeers is how many peers a round asks; syncAsks how many times
	// one peer is asked in a round while its answers are truncated and
	// bring new events.
	syncPeers = 3
	syncAsks  = 4
	// syncServing bounds the answers built at once (each up to 8 MiB).
	syncServing = 4
	syncTimeout = 20 * time.Second
)

// syncJob is one job in a request.
type syncJob struct {
	ID     common.Hash
	Digest common.Hash // keccak256 of the sorted event hashes
	Count  uint32
}

// syncRequest is what the asker holds.
type syncRequest struct {
	Version   uint8
	HorizonMs uint64 // 0: every job the asker holds is listed
	Jobs      []syncJob
}

// syncAnswer is what the asker lacks (or part of it).
type syncAnswer struct {
	Version   uint8
	Truncated bool
	Events    [][]byte
}

func encodeSyncRequest(r *syncRequest) ([]byte, error) { return rlp.EncodeToBytes(r) }
func encodeSyncAnswer(a *syncAnswer) ([]byte, error)   { return rlp.EncodeToBytes(a) }

// decodeSyncRequest parses and bounds a request.
func decodeSyncRequest(b []byte) (*syncRequest, error) {
	if len(b) > maxSyncRequestBytes {
		return nil, fmt.Errorf("sync request: %d bytes, limit %d", len(b), maxSyncRequestBytes)
	}
	var r syncRequest
	if err := rlp.DecodeBytes(b, &r); err != nil {
		return nil, fmt.Errorf("sync request: %w", err)
	}
	if r.Version != syncVersion {
		return nil, fmt.Errorf("sync request: version %d, want %d", r.Version, syncVersion)
	}
	if len(r.Jobs) > maxSyncJobs {
		return nil, fmt.Errorf("sync request: %d jobs, limit %d", len(r.Jobs), maxSyncJobs)
	}
	return &r, nil
}

// decodeSyncAnswer parses and bounds an answer. The events themselves are
// not checked here.
func decodeSyncAnswer(b []byte) (*syncAnswer, error) {
	if len(b) > maxSyncAnswerWire {
		return nil, fmt.Errorf("sync answer: %d bytes, limit %d", len(b), maxSyncAnswerWire)
	}
	var a syncAnswer
	if err := rlp.DecodeBytes(b, &a); err != nil {
		return nil, fmt.Errorf("sync answer: %w", err)
	}
	if a.Version != syncVersion {
		return nil, fmt.Errorf("sync answer: version %d, want %d", a.Version, syncVersion)
	}
	if len(a.Events) > maxSyncAnswerEvents {
		return nil, fmt.Errorf("sync answer: %d events, limit %d", len(a.Events), maxSyncAnswerEvents)
	}
	total := 0
	for _, e := range a.Events {
		if len(e) > types.MaxJobEventSize {
			return nil, fmt.Errorf("sync answer: a %d-byte event, limit %d", len(e), types.MaxJobEventSize)
		}
		total += len(e)
	}
	if total > maxSyncAnswerBytes {
		return nil, fmt.Errorf("sync answer: %d bytes of events, limit %d", total, maxSyncAnswerBytes)
	}
	return &a, nil
}

// SyncStats counts what catch-up sync did (tests, tools).
type SyncStats struct {
	Rounds  uint64 // rounds run
	Asked   uint64 // requests answered by a peer
	Failed  uint64 // requests that failed (unreachable peer, bad answer)
	Fresh   uint64 // events learned
	Dropped uint64 // events that did not verify
	Served  uint64 // requests this node answered
}

// catchUp is the state of sync and result collection (collect.go). Its
// zero value is ready; init makes the channels.
type catchUp struct {
	once    sync.Once
	nudge   chan peer.ID  // a node joined the view
	collect chan struct{} // sync learned something: collect results now
	serving chan struct{} // semaphore of answers being built

	rounds, asked, failed, fresh, dropped, served atomic.Uint64

	mu      sync.Mutex
	results map[common.Hash]*collecting // collect.go
}

func (c *catchUp) init() *catchUp {
	c.once.Do(func() {
		c.nudge = make(chan peer.ID, 64)
		c.collect = make(chan struct{}, 1)
		c.serving = make(chan struct{}, syncServing)
		c.results = map[common.Hash]*collecting{}
	})
	return c
}

// SyncStats returns what catch-up sync did so far.
func (n *Node) SyncStats() SyncStats {
	c := n.catchUp.init()
	return SyncStats{Rounds: c.rounds.Load(), Asked: c.asked.Load(), Failed: c.failed.Load(),
		Fresh: c.fresh.Load(), Dropped: c.dropped.Load(), Served: c.served.Load()}
}

// nudgeSync asks for a sync round soon, asking p first.
func (n *Node) nudgeSync(p peer.ID) {
	select {
	case n.catchUp.init().nudge <- p:
	default: // a round is due anyway
	}
}

// syncLoop runs sync rounds: one now, one every SyncInterval, and one soon
// after nodes join the view.
func (n *Node) syncLoop(ctx context.Context) {
	c := n.catchUp.init()
	interval := n.cfg.SyncInterval
	if interval <= 0 {
		interval = 30 * time.Second
	}
	t := time.NewTimer(0) // the first round right after Start
	defer t.Stop()
	var last time.Time
	for {
		var first []peer.ID
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case p := <-c.nudge:
			first = append(first, p)
			// Nodes join in bursts (a restarted daemon sees its whole view
			// join within a second): gather them into one round, and run
			// rounds at most once a second.
			wait := max(250*time.Millisecond, time.Second-time.Since(last))
			deadline := time.After(wait)
		gather:
			for {
				select {
				case <-ctx.Done():
					return
				case p := <-c.nudge:
					if !slices.Contains(first, p) {
						first = append(first, p)
					}
				case <-deadline:
					break gather
				}
			}
		}
		last = time.Now()
		n.syncRound(ctx, first)
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(interval)
	}
}

// syncRound asks up to syncPeers peers, first those in first, in parallel.
func (n *Node) syncRound(ctx context.Context, first []peer.ID) {
	c := n.catchUp.init()
	c.rounds.Add(1)
	peers := n.syncPeersFor(first)
	defer n.measureWhenCaughtUp()
	if len(peers) == 0 {
		return
	}
	var wg sync.WaitGroup
	var fresh atomic.Int64
	for _, p := range peers {
		wg.Add(1)
		go func(p peer.ID) {
			defer wg.Done()
			for range syncAsks {
				res, err := n.syncWith(ctx, p)
				fresh.Add(int64(res.fresh))
				if err == nil {
					n.caughtUp.Store(true)
				}
				if err != nil {
					if ctx.Err() == nil {
						n.log.Debug("sync", "peer", p, "err", err)
					}
					return
				}
				if !res.truncated || res.fresh == 0 {
					return
				}
			}
		}(p)
	}
	wg.Wait()
	if got := fresh.Load(); got > 0 {
		n.log.Info("caught up on job events", "events", got, "peers", len(peers))
		n.stepSoon()     // a result, a cancel, a better claim
		nudge(c.collect) // collect results of jobs that ended meanwhile
	}
}

// measureWhenCaughtUp tells the brain, after a round, that a catch-up
// sync has succeeded since start: it holds the network's history, so it
// may check measured standings, attest lost executors and say its own
// runs died in a restart. (Alone, the brain waits a detection window.)
func (n *Node) measureWhenCaughtUp() {
	if n.caughtUp.Load() {
		n.drive.Step(sched.Msg{Type: sched.MsgCaughtUp, NowMs: uint64(time.Now().UnixMilli())})
	}
}

// syncPeersFor picks whom to ask: first (nodes that just joined), then
// random live nodes of the view, then random connected peers.
func (n *Node) syncPeersFor(first []peer.ID) []peer.ID {
	self := n.key.PeerID()
	var out []peer.ID
	add := func(p peer.ID) {
		if p != "" && p != self && len(out) < syncPeers && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for _, p := range first {
		add(p)
	}
	n.mu.Lock()
	entries := n.brain.View().Nodes()
	n.mu.Unlock()
	view := make([]peer.ID, 0, len(entries))
	for _, e := range entries {
		view = append(view, e.Advert.Node)
	}
	rand.Shuffle(len(view), func(i, j int) { view[i], view[j] = view[j], view[i] })
	for _, p := range view {
		add(p)
	}
	conns := n.host.LibP2P().Network().Peers()
	rand.Shuffle(len(conns), func(i, j int) { conns[i], conns[j] = conns[j], conns[i] })
	for _, p := range conns {
		add(p)
	}
	return out
}

// jobDigest is the digest of one job's stored events.
type jobDigest struct {
	digest common.Hash
	count  uint32
}

// localDigests digests every job's stored events, reading keys only.
func (n *Node) localDigests(ctx context.Context) (map[common.Hash]jobDigest, error) {
	out := map[common.Hash]jobDigest{}
	h := crypto.NewKeccakState()
	var cur string
	var count uint32
	flush := func() {
		if cur != "" {
			var d common.Hash
			h.Read(d[:])
			out[common.HexToHash(cur)] = jobDigest{digest: d, count: count}
		}
		h.Reset()
		count = 0
	}
	err := n.store.JobEventKeys(ctx, func(job, event string) error {
		if job != cur {
			flush()
			cur = job
		}
		eh := common.HexToHash(event)
		h.Write(eh[:])
		count++
		return nil
	})
	if err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// jobMeta is what sync needs of a job the brain holds.
type jobMeta struct {
	timeMs uint64 // its submit's time, else its latest event's
	ended  bool
}

func (n *Node) jobMetas() map[common.Hash]jobMeta {
	n.mu.Lock()
	defer n.mu.Unlock()
	jobs := n.brain.Jobs()
	out := make(map[common.Hash]jobMeta, len(jobs))
	for _, j := range jobs {
		m := jobMeta{ended: j.State.Terminal()}
		if j.Submit != nil {
			m.timeMs = j.Submit.TimeMs
		} else if evs := j.Events(); len(evs) > 0 {
			m.timeMs = evs[len(evs)-1].TimeMs
		}
		out[j.ID] = m
	}
	// A workflow's own events (its announcement, its cancel) sync as a
	// job's do.
	for _, w := range n.brain.Workflows() {
		out[w.ID] = jobMeta{timeMs: w.Event.TimeMs, ended: w.Run.Done()}
	}
	return out
}

// syncEntry is a job with its digest and meta.
type syncEntry struct {
	id common.Hash
	jobDigest
	jobMeta
}

// newestFirst orders jobs: not ended first, then newest, then by id.
func newestFirst(a, b syncEntry) int {
	if a.ended != b.ended {
		if !a.ended {
			return -1
		}
		return 1
	}
	if a.timeMs != b.timeMs {
		if a.timeMs > b.timeMs {
			return -1
		}
		return 1
	}
	return bytes.Compare(a.id[:], b.id[:])
}

// localJobs is every job both stored and known to the brain (a stored
// event that no longer verifies is not the brain's, and not offered).
func (n *Node) localJobs(ctx context.Context) ([]syncEntry, error) {
	digests, err := n.localDigests(ctx)
	if err != nil {
		return nil, err
	}
	metas := n.jobMetas()
	out := make([]syncEntry, 0, len(digests))
	for id, d := range digests {
		if m, ok := metas[id]; ok {
			out = append(out, syncEntry{id: id, jobDigest: d, jobMeta: m})
		}
	}
	slices.SortFunc(out, newestFirst)
	return out, nil
}

// buildSyncRequest lists what this node holds (see the top of the file).
func (n *Node) buildSyncRequest(ctx context.Context) (*syncRequest, error) {
	jobs, err := n.localJobs(ctx)
	if err != nil {
		return nil, err
	}
	r := &syncRequest{Version: syncVersion, Jobs: make([]syncJob, 0, min(len(jobs), maxSyncJobs))}
	for i, j := range jobs {
		if i >= maxSyncJobs {
			r.HorizonMs = max(r.HorizonMs, j.timeMs+1)
			continue
		}
		r.Jobs = append(r.Jobs, syncJob{ID: j.id, Digest: j.digest, Count: j.count})
	}
	return r, nil
}

// answerSync builds the answer to a request from this node's store.
func (n *Node) answerSync(ctx context.Context, req *syncRequest) (*syncAnswer, error) {
	jobs, err := n.localJobs(ctx)
	if err != nil {
		return nil, err
	}
	listed := make(map[common.Hash]syncJob, len(req.Jobs))
	for _, j := range req.Jobs {
		listed[j.ID] = j
	}
	// What the asker lacks entirely first, then what differs; each newest
	// first (jobs is in that order already).
	var lacks, differs []syncEntry
	for _, j := range jobs {
		have, ok := listed[j.id]
		switch {
		case !ok && j.timeMs >= req.HorizonMs:
			lacks = append(lacks, j)
		case ok && (have.Digest != j.digest || have.Count != j.count):
			differs = append(differs, j)
		}
	}
	a := &syncAnswer{Version: syncVersion}
	total := 0
	for _, j := range append(lacks, differs...) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		raws, err := n.store.JobEventsOf(j.id.Hex())
		if err != nil {
			return nil, err
		}
		raws = byImportance(raws)
		jobBytes := 0
		for i, raw := range raws {
			if i >= maxSyncJobEvents || jobBytes+len(raw) > maxSyncJobBytes && i > 0 {
				a.Truncated = true
				break
			}
			if len(a.Events) >= maxSyncAnswerEvents || total+len(raw) > maxSyncAnswerBytes {
				a.Truncated = true
				return a, nil
			}
			a.Events = append(a.Events, raw)
			total += len(raw)
			jobBytes += len(raw)
		}
	}
	return a, nil
}

// byImportance orders one job's sealed events: those that decide its
// state first, progress reports last, newest first within each. It reads
// the events without checking their signatures (they were checked when
// stored, and the asker checks them again); what does not parse goes last.
func byImportance(raws [][]byte) [][]byte {
	type item struct {
		raw  []byte
		rank int
		time uint64
	}
	items := make([]item, len(raws))
	for i, raw := range raws {
		items[i] = item{raw: raw, rank: 9}
		var env types.Signed
		var e types.JobEvent
		if rlp.DecodeBytes(raw, &env) != nil || rlp.DecodeBytes(env.Body, &e) != nil {
			continue
		}
		items[i].time = e.TimeMs
		switch e.Type {
		case types.EvSubmit:
			items[i].rank = 0
		case types.EvComplete, types.EvFail, types.EvCancel, types.EvLost:
			items[i].rank = 1
		case types.EvClaim, types.EvWithdraw, types.EvStart:
			items[i].rank = 2
		case types.EvCheckpoint:
			items[i].rank = 3
		case types.EvProgress:
			items[i].rank = 4
		default:
			items[i].rank = 5
		}
	}
	slices.SortStableFunc(items, func(a, b item) int {
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		switch {
		case a.time > b.time:
			return -1
		case a.time < b.time:
			return 1
		}
		return 0
	})
	out := make([][]byte, len(items))
	for i := range items {
		out[i] = items[i].raw
	}
	return out
}

// serveSync answers a peer's sync request.
func (n *Node) serveSync(s network.Stream) {
	c := n.catchUp.init()
	select {
	case c.serving <- struct{}{}:
		defer func() { <-c.serving }()
	default:
		_ = s.Reset() // busy: the asker tries another peer, or later
		return
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(syncTimeout))
	b, err := io.ReadAll(io.LimitReader(s, maxSyncRequestBytes+1))
	if err != nil {
		_ = s.Reset()
		return
	}
	req, err := decodeSyncRequest(b)
	if err != nil {
		n.log.Debug("bad sync request", "peer", s.Conn().RemotePeer(), "err", err)
		_ = s.Reset()
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), syncTimeout)
	defer cancel()
	a, err := n.answerSync(ctx, req)
	if err != nil {
		n.log.Warn("answer sync request", "peer", s.Conn().RemotePeer(), "err", err)
		_ = s.Reset()
		return
	}
	out, err := encodeSyncAnswer(a)
	if err != nil {
		_ = s.Reset()
		return
	}
	c.served.Add(1)
	_, _ = s.Write(out)
}

// syncResult is what one ask brought.
type syncResult struct {
	fresh, dropped int  // events learned; events that did not verify
	truncated      bool // the answer said there was more
}

// syncWith asks p once and folds what it answers.
func (n *Node) syncWith(ctx context.Context, p peer.ID) (res syncResult, err error) {
	c := n.catchUp.init()
	defer func() {
		if err != nil {
			c.failed.Add(1)
		}
	}()
	req, err := n.buildSyncRequest(ctx)
	if err != nil {
		return res, err
	}
	body, err := encodeSyncRequest(req)
	if err != nil {
		return res, err
	}
	sctx, cancel := context.WithTimeout(ctx, syncTimeout)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, p, SyncProtocol(n.cfg.Network))
	if err != nil {
		return res, fmt.Errorf("reach %s: %w", p, err)
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(syncTimeout))
	if _, err := s.Write(body); err != nil {
		_ = s.Reset()
		return res, err
	}
	_ = s.CloseWrite()
	resp, err := io.ReadAll(io.LimitReader(s, maxSyncAnswerWire+1))
	if err != nil {
		_ = s.Reset()
		return res, fmt.Errorf("answer from %s: %w", p, err)
	}
	a, err := decodeSyncAnswer(resp)
	if err != nil {
		_ = s.Reset()
		return res, fmt.Errorf("from %s: %w", p, err)
	}
	c.asked.Add(1)
	for _, raw := range a.Events {
		ok, isNew := n.applySynced(ctx, raw)
		if !ok {
			res.dropped++
		}
		if isNew {
			res.fresh++
		}
	}
	res.truncated = a.Truncated
	c.fresh.Add(uint64(res.fresh))
	if res.dropped > 0 {
		c.dropped.Add(uint64(res.dropped))
		n.log.Warn("dropped job events from a sync answer that did not verify", "peer", p, "dropped", res.dropped, "of", len(a.Events))
	}
	return res, nil
}

// applySynced checks one event from a sync answer exactly as the gossip
// validator does and folds it as jobLoop does. ok is false when it did not
// verify; fresh when it was new.
func (n *Node) applySynced(ctx context.Context, raw []byte) (ok, fresh bool) {
	h := eventHash(raw)
	if n.holdsEvent(raw, h) {
		return true, false // the very bytes of an event already verified
	}
	e, err := types.OpenJobEvent(n.cfg.Network, raw)
	if err != nil {
		return false, false
	}
	if err := n.checkJobEvent(e, raw); err != nil {
		return false, false
	}
	fresh, err = n.receive(ctx, e, raw, false)
	if err != nil {
		if !fresh {
			return false, false
		}
		n.log.Warn("job event from sync", "job", short(e.Job), "type", e.Type, "err", err)
	}
	return true, fresh
}

// holdsEvent reports whether the brain already holds the event with hash
// h. It peeks at the job id without verifying: a wrong id only means a miss.
func (n *Node) holdsEvent(raw []byte, h common.Hash) bool {
	var env types.Signed
	var e types.JobEvent
	if rlp.DecodeBytes(raw, &env) != nil || rlp.DecodeBytes(env.Body, &e) != nil {
		return false
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	j := n.brain.Job(e.Job)
	return j != nil && j.Has(h)
}
