package node

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"golang.org/x/time/rate"

	"github.com/skyops/skyops/types"
)

// PushProtocol is the network's direct job-event protocol: a daemon sends
// its own submit or claim straight to the few peers whose next decision
// depends on it (the job's top candidates, its home), one hop instead of
// several gossip hops; gossip still carries it to everyone. A pushed
// event is validated like a gossiped one and never forwarded.
//
// A hostile peer can push what it likes: each event is bounded
// (types.MaxJobEventSize), checked like gossip (signature, spec, claim
// evidence, clock skew) and folded only if it passes, so a push can do no
// more than a gossiped message, and is not relayed, so it reaches no one
// else. Floods are bounded per sending peer (pushBudget): what exceeds it
// is dropped unread; gossip delivers honest events anyway.
func PushProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/push/1.0.0")
}

// pushTimeout bounds one push, sending or receiving.
const pushTimeout = 2 * time.Second

// pushBudget is how many pushed events one peer may have this daemon
// check per second (a burst up to twice that): a daemon pushes only its
// own submits and claims, a few per job.
const pushBudget = 200

// pushLimiter is a token bucket per peer (x/time/rate). Its map is
// bounded: when it holds maxPushPeers peers it is cleared, which only
// refills budgets.
type pushLimiter struct {
	mu sync.Mutex
	m  map[peer.ID]*rate.Limiter
}

const maxPushPeers = 4096

func (l *pushLimiter) allow(p peer.ID, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil || len(l.m) >= maxPushPeers {
		l.m = make(map[peer.ID]*rate.Limiter)
	}
	lim := l.m[p]
	if lim == nil {
		lim = rate.NewLimiter(pushBudget, 2*pushBudget)
		l.m[p] = lim
	}
	return lim.AllowN(now, 1)
}

// push sends one sealed own event to each peer it is connected to, each on
// its own goroutine: a slow peer delays nothing.
func (n *Node) push(ctx context.Context, raw []byte, to []peer.ID) {
	ctx = context.WithoutCancel(ctx) // an API request's end must not cut its submit's push
	h := n.host.LibP2P()
	for _, p := range to {
		if h.Network().Connectedness(p) != network.Connected {
			continue // gossip reaches it; dialling would cost more than it saves
		}
		n.wg.Add(1)
		go func(p peer.ID) {
			defer n.wg.Done()
			if err := n.pushTo(ctx, p, raw); err != nil {
				n.log.Debug("push job event", "peer", shortID(p), "err", err)
			}
		}(p)
	}
}

func (n *Node) pushTo(ctx context.Context, p peer.ID, raw []byte) error {
	sctx, cancel := context.WithTimeout(ctx, pushTimeout)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, p, PushProtocol(n.cfg.Network))
	if err != nil {
		return err
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(pushTimeout))
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(raw)))
	if _, err := s.Write(append(hdr[:], raw...)); err != nil {
		_ = s.Reset()
		return err
	}
	return s.CloseWrite()
}

// servePush takes one pushed event: a 4-byte big-endian length and the
// sealed event. It is checked as a gossiped event is, and folded.
func (n *Node) servePush(s network.Stream) {
	defer s.Close()
	from := s.Conn().RemotePeer()
	if !n.pushes.allow(from, time.Now()) {
		_ = s.Reset()
		return
	}
	_ = s.SetDeadline(time.Now().Add(pushTimeout))
	raw, err := readPushed(s)
	if err != nil {
		n.log.Debug("pushed job event refused", "peer", shortID(from), "err", err)
		_ = s.Reset()
		return
	}
	e, err := types.OpenJobEvent(n.cfg.Network, raw)
	if err == nil {
		err = n.checkGossipedEvent(e, raw)
	}
	if err != nil {
		n.log.Debug("pushed job event refused", "peer", shortID(from), "err", err)
		return
	}
	fresh, err := n.receive(context.Background(), e, raw, true)
	if err != nil {
		n.log.Warn("pushed job event", "job", short(e.Job), "type", e.Type, "err", err)
		return
	}
	if fresh {
		n.stepSoon()
	}
}

// readPushed reads one length-prefixed event, refusing one longer than an
// event may be before reading it.
func readPushed(r io.Reader) ([]byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("read length: %w", err)
	}
	size := binary.BigEndian.Uint32(hdr[:])
	if size == 0 || size > types.MaxJobEventSize {
		return nil, fmt.Errorf("pushed event of %d bytes: at most %d", size, types.MaxJobEventSize)
	}
	raw := make([]byte, size)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, fmt.Errorf("read event: %w", err)
	}
	return raw, nil
}
