package node

import (
	"bytes"
	"context"
	"encoding/binary"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/skyops/skyops/types"
)

// waitConnected waits until a and b hold a connection (b bootstraps from a).
func waitConnected(t *testing.T, a, b *Node) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for a.host.LibP2P().Network().Connectedness(b.ID()) != network.Connected {
		if time.Now().After(deadline) {
			t.Fatal("the two nodes never connected")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pushRaw writes bytes on a push stream from b to a, as a hostile peer
// might, and reports whether the stream ended cleanly.
func pushRaw(t *testing.T, ctx context.Context, from, to *Node, payload []byte) {
	t.Helper()
	s, err := from.host.LibP2P().NewStream(ctx, to.ID(), PushProtocol(from.cfg.Network))
	if err != nil {
		t.Fatal(err)
	}
	_, _ = s.Write(payload)
	_ = s.CloseWrite()
	_, _ = s.Read(make([]byte, 1)) // until the server closes or resets
	s.Close()
}

func framed(raw []byte) []byte {
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(raw)))
	return append(hdr[:], raw...)
}

// A submit pushed straight to a peer is folded there, like a gossiped one;
// what a hostile peer pushes that gossip would refuse is refused, and
// nothing of it is kept.
func TestPushedEventsAreCheckedLikeGossip(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a, b := twoNodes(t, ctx)
	waitConnected(t, a, b)

	// Hostile: a length beyond any event, a length with nothing behind
	// it, bytes that are no sealed event, an event signed for another
	// network, and one dated far in the future.
	e, raw := ownerSubmit(t, b)
	wrongNet, err := types.SealJobEvent("another-net", e, b.key)
	if err != nil {
		t.Fatal(err)
	}
	future := *e
	future.TimeMs = uint64(time.Now().Add(time.Hour).UnixMilli())
	for name, payload := range map[string][]byte{
		"oversize length": binary.BigEndian.AppendUint32(nil, types.MaxJobEventSize+1),
		"short":           binary.BigEndian.AppendUint32(nil, 1000),
		"garbage":         framed(bytes.Repeat([]byte{0x7f}, 200)),
		"other network":   framed(wrongNet),
		"future":          framed(sealed(t, b, &future)),
	} {
		pushRaw(t, ctx, b, a, payload)
		a.mu.Lock()
		j := a.brain.Job(e.Job)
		a.mu.Unlock()
		if j != nil {
			t.Fatalf("%s: a pushed event gossip would refuse was folded", name)
		}
	}

	// Honest: the submit itself.
	pushRaw(t, ctx, b, a, framed(raw))
	a.mu.Lock()
	j := a.brain.Job(e.Job)
	a.mu.Unlock()
	if j == nil || j.Submit == nil {
		t.Fatal("a pushed submit was not folded")
	}
}

// A peer's pushes beyond its budget are dropped unread.
func TestPushBudget(t *testing.T) {
	var l pushLimiter
	now := time.Unix(1000, 0)
	n := 0
	for l.allow("p", now) {
		n++
		if n > 10*pushBudget {
			t.Fatal("no bound")
		}
	}
	if n != 2*pushBudget {
		t.Fatalf("burst of %d pushes, want %d", n, 2*pushBudget)
	}
	if l.allow("p", now.Add(time.Millisecond)) {
		t.Fatal("a millisecond refilled a whole token")
	}
	if !l.allow("p", now.Add(10*time.Millisecond)) {
		t.Fatal("10 ms did not refill the 2 tokens it earns")
	}
	if !l.allow("q", now) {
		t.Fatal("one peer's flood spent another's budget")
	}
}
