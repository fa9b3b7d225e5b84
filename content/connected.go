package content

import (
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
)

// Bitswap learns of peers only from the host's connection notifications,
// and libp2p does not replay the connections already open when a
// notifiee registers. A daemon's host listens, and its DHT dials the
// bootstrap peers, before bitswap starts: a peer connected in that gap
// stayed unknown to bitswap for as long as the connection lasted, so no
// want ever went to it and a fetch from it hung although the DHT named
// it. seenHost hands bitswap a host whose Notify also tells the new
// notifiee of every connection already open.
type seenHost struct {
	host.Host
}

func (h seenHost) Network() network.Network { return seenNetwork{h.Host.Network()} }

type seenNetwork struct {
	network.Network
}

// Notify registers n and then replays the open connections to it. A
// connection that opens in between is announced twice (notifiees take
// Connected as "at least one connection", so that is harmless); one that
// closes in between may have had its Disconnected delivered before the
// replayed Connected, so each replayed peer no longer connected afterwards
// is announced as disconnected again.
func (w seenNetwork) Notify(n network.Notifiee) {
	w.Network.Notify(n)
	conns := w.Network.Conns()
	for _, c := range conns {
		n.Connected(w.Network, c)
	}
	for _, c := range conns {
		if w.Network.Connectedness(c.RemotePeer()) != network.Connected {
			n.Disconnected(w.Network, c)
		}
	}
}
