package content

import (
	"sync"

	bsmsg "github.com/ipfs/boxo/bitswap/message"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
)

// guard catches peers that send blocks nobody asked for. Bitswap names a
// received block by the hash of its bytes, so a peer serving wrong bytes
// for a wanted CID is seen as sending a block of some other CID, which
// bitswap drops; but it keeps the peer in the session, and a fetch through
// a hostile peer crawls (each block waits for the session to give up on
// it). A block whose CID this node never asked anyone for is that, or
// spam: the peer is reported (the node cuts it off), and the session goes
// on with the honest providers.
//
// Duplicates from honest peers are not caught: their CIDs were asked for.
type guard struct {
	punish func(peer.ID)
	// wanting is what the client wants right now: a reply can overtake
	// MessageSent (it is called after the write), so the live wantlist
	// is asked too before a block counts as unasked-for.
	wanting func() []cid.Cid

	mu       sync.Mutex
	cur, old map[string]struct{} // CIDs asked for recently: two generations
}

// guardMemory is how many asked-for CIDs a generation holds: a block
// that comes back more than one to two generations (64k-128k wants)
// after it was asked for is taken for spam.
const guardMemory = 1 << 16

func newGuard(punish func(peer.ID), wanting func() []cid.Cid) *guard {
	return &guard{punish: punish, wanting: wanting, cur: make(map[string]struct{}), old: make(map[string]struct{})}
}

// MessageSent remembers what the node asked for.
func (g *guard) MessageSent(_ peer.ID, msg bsmsg.BitSwapMessage) {
	wl := msg.Wantlist()
	if len(wl) == 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, e := range wl {
		if e.Cancel {
			continue
		}
		g.cur[e.Cid.KeyString()] = struct{}{}
		if len(g.cur) >= guardMemory {
			g.old, g.cur = g.cur, make(map[string]struct{}, guardMemory)
		}
	}
}

// MessageReceived reports a peer that sent an unasked-for block.
func (g *guard) MessageReceived(p peer.ID, msg bsmsg.BitSwapMessage) {
	blks := msg.Blocks()
	if len(blks) == 0 {
		return
	}
	g.mu.Lock()
	var unasked []cid.Cid
	for _, b := range blks {
		k := b.Cid().KeyString()
		_, inCur := g.cur[k]
		_, inOld := g.old[k]
		if !inCur && !inOld {
			unasked = append(unasked, b.Cid())
		}
	}
	g.mu.Unlock()
	if len(unasked) == 0 {
		return
	}
	live := cid.NewSet()
	if g.wanting != nil {
		for _, c := range g.wanting() {
			live.Add(c)
		}
	}
	bad := false
	for _, c := range unasked {
		if !live.Has(c) {
			bad = true
		}
	}
	if bad && g.punish != nil {
		g.punish(p)
	}
}
