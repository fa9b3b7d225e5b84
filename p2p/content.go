package p2p

import (
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/routing"
)

// Routing is the host's kad-DHT as a content router: bitswap finds the
// holders of a block through it, and content announces what it holds.
func (h *Host) Routing() routing.Routing { return h.dht }

// Shun disconnects p and refuses it for d: for a peer caught serving
// content that fails its hash.
func (h *Host) Shun(p peer.ID, d time.Duration) {
	h.gater.block(p, time.Now().Add(d))
	_ = h.host.Network().ClosePeer(p)
}
