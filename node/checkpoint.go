package node

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// checkpointer snapshots one run's /checkpoint: packed, encrypted with the
// job's data key, stored by CID, announced as an event; the job's home
// daemon fetches each one, so the snapshot lives off the executor too.
type checkpointer struct {
	n       *Node
	id      common.Hash
	attempt uint32
	dir     string
	key     []byte
	log     *slog.Logger

	mu   sync.Mutex
	last string // CID of the last plaintext package, to skip unchanged state
}

// prepareCheckpoints creates the checkpoint dir and restores into it the
// newest snapshot it can get: the job's latest, or else the newest one the
// home daemon says it holds (kept). The latest can be out of reach when its
// executor died right after announcing it, before the home fetched it;
// starting from the home's copy then loses one interval, not the whole run.
// nil means no checkpoints.
func (n *Node) prepareCheckpoints(ctx context.Context, j *sched.Job, home peer.ID, dir string, key []byte, kept string, log *slog.Logger) *checkpointer {
	n.mu.Lock()
	id, attempt, latest := j.ID, j.Attempt, j.Checkpoint
	n.mu.Unlock()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		log.Warn("checkpoint dir", "err", err)
		return nil
	}
	c := &checkpointer{n: n, id: id, attempt: attempt, dir: dir, key: key, log: log}
	var candidates []string
	if latest != nil {
		candidates = append(candidates, latest.CheckpointCID)
	}
	if kept != "" && (latest == nil || kept != latest.CheckpointCID) {
		candidates = append(candidates, kept)
	}
	for i, cid := range candidates {
		err := c.restore(ctx, cid, home)
		if err == nil {
			log.Info("resumed from checkpoint", "cid", cid, "latest", i == 0 && latest != nil)
			break
		}
		log.Warn("could not restore a checkpoint", "cid", cid, "err", err, "fallback_left", len(candidates)-1-i)
	}
	return c
}

func (c *checkpointer) restore(ctx context.Context, cid string, home peer.ID) error {
	// The home usually holds it; a dead executor is tried only briefly
	// (a fetch that gets no block for a while gives up on its own).
	fctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	err := c.n.fetchResult(fctx, cid, home, 0)
	cancel()
	if err != nil {
		return err
	}
	sealed, _, err := c.n.openResult(ctx, cid)
	if err != nil {
		return err
	}
	defer sealed.Close()
	pkg, err := openWithKey(c.key, sealed)
	if err != nil {
		return err
	}
	// The dir is the run's fresh, empty one: Unpack takes its place, and
	// leaves it as it was if the package does not unpack. A tar is not
	// compressed: it unpacks to no more than the sealed copy held here.
	return result.Unpack(pkg, c.dir, result.Limits{MaxBytes: 1 << 40})
}

// openWithKey opens a checkpoint: a stream (types.SealStreamWithKey), or a
// whole blob sealed before checkpoints were streams (types.SealWithKey).
func openWithKey(key []byte, r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(32)
	if types.IsSealedStream(head) {
		return types.OpenStreamWithKey(key, br)
	}
	sealed, err := io.ReadAll(io.LimitReader(br, p2p.MaxBlobSize+1))
	if err != nil {
		return nil, err
	}
	pkg, err := types.OpenWithKey(key, sealed)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(pkg), nil
}

// loop snapshots on the interval until the returned stop is called.
func (c *checkpointer) loop(ctx context.Context, interval time.Duration) (stop func()) {
	return every(ctx, interval, func() bool { c.snapshot(ctx); return true })
}

// snapshot packs the dir and, if it changed, ships it.
func (c *checkpointer) snapshot(ctx context.Context) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if entries, err := os.ReadDir(c.dir); err != nil || len(entries) == 0 {
		return // nothing kept yet
	}
	// Whether it changed is read first (a pass over the files, nothing
	// kept), so an unchanged state is not sealed and stored again.
	plainCID, _, err := result.Pack(c.dir, io.Discard)
	if err != nil {
		c.log.Warn("checkpoint", "err", err)
		return
	}
	if plainCID == c.last {
		return
	}
	if _, ok := c.n.stillMine(c.id, c.attempt); !ok {
		return
	}
	// Sealed with the data key as a stream into the content store, as
	// outputs are.
	cid, _, packed, err := c.n.importSealed(ctx, c.dir, func(w io.Writer) (io.WriteCloser, error) { return types.SealStreamWithKey(c.key, w) })
	if err != nil {
		c.log.Warn("checkpoint", "err", err)
		return
	}
	if err := c.n.publishEvent(ctx, &types.JobEvent{Job: c.id, Type: types.EvCheckpoint, Attempt: c.attempt, CheckpointCID: cid}); err != nil {
		c.log.Warn("announce checkpoint", "err", err)
		return
	}
	c.last = packed
}

// ckptDir is the dir to mount at /checkpoint, "" without checkpoints.
func ckptDir(c *checkpointer, dir string) string {
	if c == nil {
		return ""
	}
	return dir
}

// checkpointEnv is where the job finds its checkpoint dir.
func checkpointEnv(runtime, hostDir string) string {
	if runtime == types.RuntimeProcess {
		return hostDir
	}
	return "/checkpoint"
}

// keptCheckpoint is the newest checkpoint of a home job this daemon holds.
type keptCheckpoint struct {
	attempt uint32
	timeMs  uint64
	cid     string
}

// keepCheckpoint is the home daemon's part: it fetches each checkpoint of
// its jobs from the executor, so a snapshot outlives the executor, and
// remembers the newest it holds to offer with the data key.
func (n *Node) keepCheckpoint(ctx context.Context, e *types.JobEvent) {
	n.keepAtHome(ctx, e, e.CheckpointCID, "keep checkpoint", func() { n.noteKept(e) })
}

// keepAtHome is the home daemon's copy of what the executor of one of its
// jobs made (a checkpoint, forwarded outputs): fetched in the background
// from the executor, then done (if the fetch worked). The fetch gives up
// when no block comes, not on a clock: it is as large as the job made it.
func (n *Node) keepAtHome(ctx context.Context, e *types.JobEvent, cid, what string, done func()) {
	n.mu.Lock()
	j := n.brain.Job(e.Job)
	mine := j != nil && j.Home == n.key.PeerID()
	n.mu.Unlock()
	if !mine {
		return
	}
	if e.Actor == n.key.PeerID() {
		done()
		return
	}
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		fctx, cancel := context.WithTimeout(ctx, time.Hour)
		defer cancel()
		if err := n.fetchResult(fctx, cid, e.Actor, 0); err != nil {
			n.log.Warn(what, "job", short(e.Job), "cid", cid, "err", err)
			return
		}
		done()
	}()
}

func (n *Node) noteKept(e *types.JobEvent) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.brain.Job(e.Job) == nil {
		return // forgotten meanwhile
	}
	k, ok := n.kept[e.Job]
	if !ok || e.Attempt > k.attempt || (e.Attempt == k.attempt && e.TimeMs > k.timeMs) {
		n.kept[e.Job] = keptCheckpoint{attempt: e.Attempt, timeMs: e.TimeMs, cid: e.CheckpointCID}
	}
}

// keptFor is the CID of the newest checkpoint of a home job held here.
func (n *Node) keptFor(id common.Hash) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.kept[id].cid
}

// HasContent reports whether this node's store holds cid (tests, tools).
func (n *Node) HasContent(cid string) bool { return n.holdsResult(cid) }

// Content returns stored content by CID, whole (tests, tools).
func (n *Node) Content(cid string) ([]byte, error) {
	r, _, err := n.openResult(context.Background(), cid)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
