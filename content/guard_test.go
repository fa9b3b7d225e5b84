package content

import (
	"testing"

	bsmsg "github.com/ipfs/boxo/bitswap/message"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The guard reports a peer for a block the node never asked for, and not
// for one it asked for whose want has ended (a duplicate, or a block in
// flight when its fetch was cancelled): that was what cut honest peers
// off after a cancelled fetch.
func TestGuardPunishesOnlyUnaskedBlocks(t *testing.T) {
	var punished []peer.ID
	var live []cid.Cid
	g := newGuard(func(p peer.ID) { punished = append(punished, p) }, func() []cid.Cid { return live })
	asked := blocks.NewBlock([]byte("asked for, then cancelled"))
	wanted := blocks.NewBlock([]byte("wanted right now"))
	spam := blocks.NewBlock([]byte("nobody asked"))
	g.asked(asked.Cid())
	live = []cid.Cid{wanted.Cid()}
	msg := func(bs ...blocks.Block) bsmsg.BitSwapMessage {
		m := bsmsg.New(false)
		for _, b := range bs {
			m.AddBlock(b)
		}
		return m
	}
	g.MessageReceived("honest", msg(asked, wanted))
	if len(punished) != 0 {
		t.Fatalf("punished %v for blocks it was asked for", punished)
	}
	g.MessageReceived("spammer", msg(asked, spam))
	if len(punished) != 1 || punished[0] != "spammer" {
		t.Fatalf("punished %v; want the spammer", punished)
	}
	// Asked-for CIDs are remembered for two generations, then forgotten.
	for i := 0; i < 2*guardMemory; i++ {
		g.asked(blocks.NewBlock([]byte{byte(i), byte(i >> 8), byte(i >> 16)}).Cid())
	}
	g.MessageReceived("late", msg(asked))
	if len(punished) != 2 || punished[1] != "late" {
		t.Fatalf("punished %v; a block asked for two generations ago counts as unasked", punished)
	}
}
