package p2p

import (
	"github.com/libp2p/go-libp2p"
	"github.com/libp2p/go-libp2p/core/network"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
)

// maxConns is the hard ceiling on connections. A skyops daemon needs a gossip
// mesh (a dozen peers), a DHT routing table (a few hundred at most) and the
// peers it exchanges job data with; more than that is an attack or a bug.
const maxConns = 512

// newResourceManager sets the resource manager's system-wide limits on
// purpose rather than inheriting libp2p's machine-scaled defaults, which on a
// large box allow thousands of connections and gigabytes of buffers. Per-peer
// and per-protocol limits stay libp2p's defaults, scaled to this machine.
func newResourceManager() (network.ResourceManager, error) {
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	base := limits.AutoScale()
	own := rcmgr.PartialLimitConfig{
		System: rcmgr.ResourceLimits{
			Conns:           maxConns,
			ConnsInbound:    maxConns / 2,
			ConnsOutbound:   maxConns / 2,
			Streams:         8192,
			StreamsInbound:  4096,
			StreamsOutbound: 4096,
			FD:              maxConns,
			Memory:          rcmgr.LimitVal64(512 << 20),
		},
		Transient: rcmgr.ResourceLimits{
			Conns:         64,
			ConnsInbound:  32,
			ConnsOutbound: 32,
			FD:            64,
			Memory:        rcmgr.LimitVal64(64 << 20),
		},
	}
	return rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(own.Build(base)))
}
