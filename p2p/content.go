package p2p

import "github.com/libp2p/go-libp2p/core/routing"

// Routing is the host's kad-DHT as a content router: bitswap finds the
// holders of a block through it, and content announces what it holds.
func (h *Host) Routing() routing.Routing { return h.dht }
