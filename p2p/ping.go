package p2p

import (
	"context"
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/protocol/ping"
)

// Ping measures one round trip to a connected peer with libp2p's ping
// protocol (/ipfs/ping/1.0.0, which every libp2p host serves): what the
// daemon's network coordinate is fitted to.
func (h *Host) Ping(ctx context.Context, p peer.ID) (time.Duration, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // ends the ping stream, which would go on pinging
	select {
	case r, ok := <-ping.Ping(ctx, h.host, p):
		if !ok {
			return 0, fmt.Errorf("ping %s: %w", p, ctx.Err())
		}
		if r.Error != nil {
			return 0, fmt.Errorf("ping %s: %w", p, r.Error)
		}
		return r.RTT, nil
	case <-ctx.Done():
		return 0, fmt.Errorf("ping %s: %w", p, ctx.Err())
	}
}

// Connected lists the peers this host has a live connection to.
func (h *Host) Connected() []peer.ID {
	var out []peer.ID
	for _, p := range h.host.Network().Peers() {
		if h.host.Network().Connectedness(p) == network.Connected {
			out = append(out, p)
		}
	}
	return out
}
