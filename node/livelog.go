package node

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// Live logs: while a job runs, its executor serves its output as it
// happens over a libp2p stream, each chunk sealed to the owner's key, so
// `skyops logs -f` follows a job from any peer and only the owner's wallet
// reads it. Frames: a uvarint length, then that many sealed bytes; a zero
// length ends the stream (the job ended).

// maxLiveLog bounds what one run keeps for followers; the full log is
// sealed and stored at the end anyway.
const maxLiveLog = 16 << 20

// liveLog is a run's output so far, with a signal for followers.
type liveLog struct {
	owner *ecdsa.PublicKey
	mu    sync.Mutex
	buf   []byte
	done  bool
	wake  chan struct{} // closed and replaced on every write
}

func newLiveLog(owner *ecdsa.PublicKey) *liveLog {
	return &liveLog{owner: owner, wake: make(chan struct{})}
}

func (l *liveLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	if room := maxLiveLog - len(l.buf); room > 0 {
		l.buf = append(l.buf, p[:min(room, len(p))]...)
	}
	close(l.wake)
	l.wake = make(chan struct{})
	l.mu.Unlock()
	return len(p), nil
}

func (l *liveLog) end() {
	l.mu.Lock()
	if !l.done {
		l.done = true
		close(l.wake)
		l.wake = make(chan struct{})
	}
	l.mu.Unlock()
}

// next returns what follows offset, whether the log has ended, and a channel
// that closes on the next write.
func (l *liveLog) next(offset int) ([]byte, bool, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var chunk []byte
	if offset < len(l.buf) {
		chunk = append([]byte{}, l.buf[offset:]...)
	}
	return chunk, l.done, l.wake
}

// LiveLogProtocol is the network's live log protocol id.
func LiveLogProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/logs/1.0.0")
}

// serveLiveLogs answers "JOBID OFFSET\n" with sealed frames until the run
// ends. A node not running the job answers an end frame at once.
func (n *Node) serveLiveLogs(s network.Stream) {
	defer s.Close()
	_ = s.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(io.LimitReader(s, 128)).ReadString('\n')
	if err != nil {
		_ = s.Reset()
		return
	}
	_ = s.SetReadDeadline(time.Time{})
	f := strings.Fields(line)
	if len(f) != 2 || len(f[0]) != 66 {
		_ = s.Reset()
		return
	}
	id := common.HexToHash(f[0])
	offset, err := strconv.Atoi(f[1])
	if err != nil || offset < 0 {
		_ = s.Reset()
		return
	}
	w := bufio.NewWriter(s)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_ = n.writeLiveFrames(ctx, id, offset, w, func() { _ = w.Flush() })
}

// writeLiveFrames writes the run's sealed output from offset as frames, and
// the end frame when the run ends (at once if this node does not run it).
func (n *Node) writeLiveFrames(ctx context.Context, id common.Hash, offset int, w io.Writer, flush func()) error {
	n.mu.Lock()
	var live *liveLog
	if ex, ok := n.runs[id]; ok {
		live = ex.live
	}
	n.mu.Unlock()
	frame := func(b []byte) error {
		var hdr [binary.MaxVarintLen64]byte
		k := binary.PutUvarint(hdr[:], uint64(len(b)))
		if _, err := w.Write(hdr[:k]); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
		flush()
		return nil
	}
	if live == nil {
		return frame(nil)
	}
	for {
		chunk, done, wake := live.next(offset)
		if len(chunk) > 0 {
			sealed, err := types.SealToOwner(live.owner, chunk)
			if err != nil {
				return err
			}
			if err := frame(sealed); err != nil {
				return err
			}
			offset += len(chunk)
			continue
		}
		if done {
			return frame(nil)
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// FollowLogs copies a running job's sealed log frames (from its executor)
// to w until the job ends, or ctx does. A job that is not running yet is
// waited for.
func (n *Node) FollowLogs(ctx context.Context, ref string, w io.Writer, flush func()) error {
	// A job submitted at another peer a moment ago may still be on its way
	// here: give gossip a few seconds before saying "no such job".
	j, err := n.findJob(ref)
	for deadline := time.Now().Add(5 * time.Second); err != nil && time.Now().Before(deadline); {
		var ae *api.Error
		if !errors.As(err, &ae) || ae.Code != "not_found" {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		j, err = n.findJob(ref)
	}
	if err != nil {
		return err
	}
	var exec peer.ID
	for {
		n.mu.Lock()
		state, started := j.State, j.Started
		if j.Winner != nil {
			exec = j.Winner.Node
		}
		n.mu.Unlock()
		if state.Terminal() {
			return errJobEnded
		}
		if started != nil {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	var s network.Stream
	if exec == n.key.PeerID() {
		// The executor is this node: serve ourselves through a pipe.
		return n.followLocal(ctx, j.ID, w, flush)
	}
	s, err = n.host.LibP2P().NewStream(ctx, exec, LiveLogProtocol(n.cfg.Network))
	if err != nil {
		return fmt.Errorf("reach the executor %s: %w", exec, err)
	}
	defer s.Close()
	go func() { <-ctx.Done(); _ = s.Reset() }()
	if _, err := fmt.Fprintf(s, "%s 0\n", j.ID.Hex()); err != nil {
		return err
	}
	return relayFrames(bufio.NewReader(s), w, flush)
}

var errJobEnded = api.ErrJobEnded

func (n *Node) followLocal(ctx context.Context, id common.Hash, w io.Writer, flush func()) error {
	return n.writeLiveFrames(ctx, id, 0, w, flush)
}

// relayFrames copies frames through, flushing after each, until the end
// frame.
func relayFrames(r *bufio.Reader, w io.Writer, flush func()) error {
	var hdr [binary.MaxVarintLen64]byte
	for {
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("live log stream: %w", err)
		}
		if size > maxLiveLog+1024 {
			return fmt.Errorf("live log frame of %d bytes", size)
		}
		k := binary.PutUvarint(hdr[:], size)
		if _, err := w.Write(hdr[:k]); err != nil {
			return err
		}
		if size == 0 {
			flush()
			return nil
		}
		if _, err := io.CopyN(w, r, int64(size)); err != nil {
			return err
		}
		flush()
	}
}

// FollowJobLogs writes job ref's log, opened with key (checked as
// OpenJobLogs checks it), to w as it happens, calling flush after each
// chunk, until the job ends or ctx does; a job that had already ended gets
// its whole log at once. What the web page's live log reads.
func (n *Node) FollowJobLogs(ctx context.Context, ref string, key *ecdsa.PrivateKey, w io.Writer, flush func()) error {
	if err := n.checkResultsKey(ref, key); err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(n.FollowLogs(ctx, ref, pw, func() {})) }()
	defer pr.Close()
	r := bufio.NewReader(pr)
	for {
		size, err := binary.ReadUvarint(r)
		if errors.Is(err, errJobEnded) {
			plain, err := n.OpenJobLogs(ctx, ref, key)
			if err != nil {
				return err
			}
			_, err = w.Write(plain)
			flush()
			return err
		}
		if err != nil {
			return fmt.Errorf("follow job %s's log: %w", ref, err)
		}
		if size == 0 {
			return nil
		}
		if size > maxLiveLog+1024 {
			return fmt.Errorf("follow job %s's log: a frame of %d bytes", ref, size)
		}
		sealed := make([]byte, size)
		if _, err := io.ReadFull(r, sealed); err != nil {
			return fmt.Errorf("follow job %s's log: %w", ref, err)
		}
		plain, err := types.OpenSealed(key, sealed)
		if err != nil {
			return openErr("live log", ref, err)
		}
		if _, err := w.Write(plain); err != nil {
			return err
		}
		flush()
	}
}
