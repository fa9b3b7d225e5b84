package content

import (
	"context"
	"sync"

	"github.com/ipfs/boxo/bitswap"
	bsmsg "github.com/ipfs/boxo/bitswap/message"
	"github.com/ipfs/boxo/exchange"
	blocks "github.com/ipfs/go-block-format"
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
// What the node asked for is noted where its fetches ask bitswap (asking,
// below), not from bitswap's tracer: the tracer sees the messages
// bitswap's server sends, never the client's wants. Blocks that arrive
// after their want ended (a duplicate from a second provider, a block in
// flight when a fetch was cancelled) were asked for, and do not count.
type guard struct {
	punish func(peer.ID)
	// wanting is what the client wants right now: the live wantlist is
	// asked too before a block counts as unasked-for.
	wanting func() []cid.Cid

	mu       sync.Mutex
	cur, old map[string]struct{} // CIDs asked for recently: two generations
}

// guardMemory is how many asked-for CIDs a generation holds: a block
// that comes back more than one to two generations (64k-128k wants, 16
// to 32 GiB of 256 KiB blocks) after it was asked for is taken for spam.
const guardMemory = 1 << 16

func newGuard(punish func(peer.ID), wanting func() []cid.Cid) *guard {
	return &guard{punish: punish, wanting: wanting, cur: make(map[string]struct{}), old: make(map[string]struct{})}
}

// asked remembers CIDs the node asks for.
func (g *guard) asked(cids ...cid.Cid) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, c := range cids {
		g.cur[c.KeyString()] = struct{}{}
		if len(g.cur) >= guardMemory {
			g.old, g.cur = g.cur, make(map[string]struct{}, guardMemory)
		}
	}
}

// MessageSent is bitswap's server sending; what it sends asks nothing.
func (g *guard) MessageSent(peer.ID, bsmsg.BitSwapMessage) {}

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

// asking is bitswap as the node's fetches use it: every CID asked for is
// noted in the guard before bitswap asks peers for it.
type asking struct {
	*bitswap.Bitswap
	g *guard
}

func (a asking) GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	a.g.asked(c)
	return a.Bitswap.GetBlock(ctx, c)
}

func (a asking) GetBlocks(ctx context.Context, cids []cid.Cid) (<-chan blocks.Block, error) {
	a.g.asked(cids...)
	return a.Bitswap.GetBlocks(ctx, cids)
}

func (a asking) NewSession(ctx context.Context) exchange.Fetcher {
	return askingFetcher{a.Bitswap.NewSession(ctx), a.g}
}

// askingFetcher is a bitswap session that notes what it asks for.
type askingFetcher struct {
	f exchange.Fetcher
	g *guard
}

func (a askingFetcher) GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	a.g.asked(c)
	return a.f.GetBlock(ctx, c)
}

func (a askingFetcher) GetBlocks(ctx context.Context, cids []cid.Cid) (<-chan blocks.Block, error) {
	a.g.asked(cids...)
	return a.f.GetBlocks(ctx, cids)
}
