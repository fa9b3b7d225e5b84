package p2p

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	dht "github.com/libp2p/go-libp2p-kad-dht"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/event"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	drouting "github.com/libp2p/go-libp2p/p2p/discovery/routing"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/types"
)

// Host is a running libp2p node of one skyops network.
type Host struct {
	cfg       Config
	log       *slog.Logger
	host      host.Host
	dht       *dht.IpfsDHT
	ps        *pubsub.PubSub
	adverts   *pubsub.Topic
	advertSub *pubsub.Subscription
	jobs      *checkedTopic[*types.JobEvent]
	receipts  *checkedTopic[*types.OpenedReceipt]
	validator *AdvertValidator
	gater     *networkGater
	ctx       context.Context // ends at Close
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	watchers  sync.WaitGroup // WatchAdvertPeers, done before the topic closes

	scoreMu sync.Mutex
	scores  map[peer.ID]float64 // gossipsub's peer scores, refreshed every second
}

func (h *Host) keepScores(m map[peer.ID]float64) {
	h.scoreMu.Lock()
	h.scores = m
	h.scoreMu.Unlock()
}

// PeerScore is gossipsub's score of a connected peer, as of the last
// second (0 for one it has not scored): what invalid messages cost their
// sender.
func (h *Host) PeerScore(id peer.ID) float64 {
	h.scoreMu.Lock()
	defer h.scoreMu.Unlock()
	return h.scores[id]
}

// TopicAdverts is the adverts topic of a network.
func TopicAdverts(network string) string { return "/skyops/" + network + "/adverts" }

// ProtocolVersion is what identify announces; peers of another network are
// disconnected on sight.
func ProtocolVersion(network string) string { return "skyops/" + network + "/1" }

// ipfsPeer reports whether an identify protocol version is an IPFS node's:
// kubo announces none (go-libp2p's default now), older IPFS nodes
// "ipfs/0.1.0". Such a peer is not disconnected as "of another network",
// so a kubo node can fetch a job's output by CID over bitswap.
func ipfsPeer(protocolVersion string) bool {
	return protocolVersion == "" || protocolVersion == "ipfs/0.1.0"
}

// DHTPrefix is the network's own Kademlia protocol prefix, so skyops never
// joins (or pollutes) the public IPFS DHT.
func DHTPrefix(network string) protocol.ID { return protocol.ID("/skyops/" + network) }

// New starts a host: it listens, runs the DHT and gossipsub, and joins the
// adverts topic. Call Join to reach the bootstrap peers.
func New(ctx context.Context, key *identity.Key, opts ...Option) (*Host, error) {
	cfg := defaults()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	h := &Host{cfg: cfg, log: cfg.Log.With("component", "p2p")}
	rm, err := newResourceManager()
	if err != nil {
		return nil, fmt.Errorf("resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		return nil, fmt.Errorf("connection manager: %w", err)
	}
	h.gater = newNetworkGater()
	lh, err := libp2p.New(
		libp2p.Identity(key.P2PKey()),
		libp2p.ListenAddrs(cfg.ListenAddrs...),
		libp2p.DefaultTransports, // TCP, QUIC, WebTransport, WebSocket; we listen on what ListenAddrs names
		libp2p.DefaultSecurity,   // Noise and TLS
		libp2p.DefaultMuxers,
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.ConnectionGater(h.gater),
		libp2p.ProtocolVersion(ProtocolVersion(cfg.Network)),
		libp2p.UserAgent(cfg.Agent),
		libp2p.DisableRelay(),
	)
	if err != nil {
		return nil, fmt.Errorf("start libp2p host on %v: %w", cfg.ListenAddrs, err)
	}
	h.host = lh
	runCtx, cancel := context.WithCancel(context.Background())
	h.ctx, h.cancel = runCtx, cancel
	if err := h.watchNetworkID(runCtx); err != nil {
		h.Close()
		return nil, err
	}

	h.dht, err = dht.New(lh,
		dht.ProtocolPrefix(DHTPrefix(cfg.Network)),
		dht.Mode(dht.ModeServer), // every daemon serves the DHT; loopback testnets would otherwise all be clients
		dht.DisableValues(),      // providers and peer routing only
		dht.BootstrapPeers(cfg.Bootstrap...),
	)
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("start DHT: %w", err)
	}

	topic := TopicAdverts(cfg.Network)
	params, thresholds := scoreParams(cfg.Network)
	h.ps, err = pubsub.NewGossipSub(runCtx, lh,
		pubsub.WithMessageIdFn(contentID),
		pubsub.WithPeerScore(params, thresholds),
		pubsub.WithPeerScoreInspect(h.keepScores, time.Second),
		pubsub.WithPeerExchange(true),
		pubsub.WithDiscovery(drouting.NewRoutingDiscovery(h.dht)),
		pubsub.WithMaxMessageSize(types.MaxJobEventSize+4<<10),
		// Every payload carries its author's own secp256k1 signature, which
		// the topic validators check; pubsub's per-message signature would
		// verify the same fact again at a second curve operation per hop.
		pubsub.WithNoAuthor(),
		// pubsub drops what does not fit its queues (32 by default): a burst
		// of job events would lose claims, and a peer that misses a claim
		// claims the job again. Room for bursts, bounded all the same.
		pubsub.WithPeerOutboundQueueSize(1024),
		pubsub.WithValidateQueueSize(1024),
	)
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("start gossipsub: %w", err)
	}
	h.validator = NewAdvertValidator(cfg.Network, cfg.AdvertTTL, cfg.MaxClockSkew, cfg.Now)
	if err := h.ps.RegisterTopicValidator(topic, h.validator.pubsubValidator()); err != nil {
		h.Close()
		return nil, fmt.Errorf("register advert validator: %w", err)
	}
	if h.adverts, err = h.ps.Join(topic); err != nil {
		h.Close()
		return nil, fmt.Errorf("join %s: %w", topic, err)
	}
	if h.advertSub, err = h.adverts.Subscribe(pubsub.WithBufferSize(1024)); err != nil {
		h.Close()
		return nil, fmt.Errorf("subscribe %s: %w", topic, err)
	}
	if err := h.joinJobs(); err != nil {
		h.Close()
		return nil, err
	}
	if err := h.joinReceipts(); err != nil {
		h.Close()
		return nil, err
	}
	h.log.Info("libp2p host up", "id", lh.ID(), "addrs", h.Addrs(), "network", cfg.Network)
	return h, nil
}

// contentID makes a message's id the hash of its content, so the same advert
// relayed twice, or replayed later, is recognised as one message.
func contentID(m *pb.Message) string {
	sum := sha256.Sum256(m.Data)
	return string(sum[:])
}

// Join connects to the bootstrap peers (and to extra, e.g. peers remembered
// from an earlier run), retrying until one answers or BootstrapWait passes.
// With no peers to try it returns at once: the first node of a network has
// nobody to join.
func (h *Host) Join(ctx context.Context, extra []peer.AddrInfo) error {
	targets := append(append([]peer.AddrInfo{}, h.cfg.Bootstrap...), extra...)
	if len(targets) == 0 {
		return nil
	}
	deadline := time.Now().Add(h.cfg.BootstrapWait)
	var lastErr error
	for attempt := 0; ; attempt++ {
		connected := 0
		for _, ai := range targets {
			if ai.ID == h.host.ID() {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			err := h.host.Connect(cctx, ai)
			cancel()
			if err != nil {
				if lastErr == nil || attempt == 0 {
					lastErr = err // the first failure names the cause; later ones say "dial backoff"
				}
				h.log.Debug("bootstrap peer unreachable", "peer", ai.ID, "err", err)
				continue
			}
			connected++
		}
		if connected > 0 {
			if err := h.dht.Bootstrap(ctx); err != nil {
				return fmt.Errorf("bootstrap DHT: %w", err)
			}
			h.log.Info("joined network", "bootstrap_peers", connected)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Now().After(deadline) {
			if len(h.cfg.Bootstrap) == 0 {
				// Only remembered peers, all gone: start alone rather than fail.
				h.log.Warn("no remembered peer answered; running alone until someone connects")
				return nil
			}
			return fmt.Errorf("no bootstrap peer reachable after %s (%v): check the --bootstrap addresses and that those daemons run", h.cfg.BootstrapWait, lastErr)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(min(attempt+1, 5)) * 200 * time.Millisecond):
		}
	}
}

// PublishAdvert gossips a sealed advert.
func (h *Host) PublishAdvert(ctx context.Context, data []byte) error {
	if err := h.adverts.Publish(ctx, data); err != nil {
		return fmt.Errorf("publish advert: %w", err)
	}
	return nil
}

// NextAdvert blocks until an accepted advert arrives (its own included).
func (h *Host) NextAdvert(ctx context.Context) (*types.Advert, error) {
	for {
		msg, err := h.advertSub.Next(ctx)
		if err != nil {
			return nil, err
		}
		if a, ok := msg.ValidatorData.(*types.Advert); ok {
			return a, nil
		}
	}
}

// WatchAdvertPeers calls joined, from a goroutine of the host until it
// closes, for every peer that subscribes to the adverts topic (and, at
// once, for those subscribed already): a peer that just connected, or just
// started, has not heard this node's adverts. joined must return quickly.
func (h *Host) WatchAdvertPeers(joined func(peer.ID)) error {
	eh, err := h.adverts.EventHandler()
	if err != nil {
		return fmt.Errorf("watch %s: %w", TopicAdverts(h.cfg.Network), err)
	}
	h.watchers.Add(1)
	go func() {
		defer h.watchers.Done()
		defer eh.Cancel()
		for {
			ev, err := eh.NextPeerEvent(h.ctx)
			if err != nil {
				return
			}
			if ev.Type == pubsub.PeerJoin {
				joined(ev.Peer)
			}
		}
	}()
	return nil
}

// Validator exposes the advert validator (for its counters).
func (h *Host) Validator() *AdvertValidator { return h.validator }

// ID is the host's peer id.
func (h *Host) ID() peer.ID { return h.host.ID() }

// LibP2P exposes the underlying host for protocols built on it.
func (h *Host) LibP2P() host.Host { return h.host }

// Network is the network id.
func (h *Host) Network() string { return h.cfg.Network }

// Addrs are the host's listen addresses as full multiaddrs (…/p2p/<id>).
func (h *Host) Addrs() []string {
	p2pPart, err := ma.NewComponent("p2p", h.host.ID().String())
	if err != nil {
		return nil
	}
	var out []string
	for _, a := range h.host.Addrs() {
		out = append(out, a.Encapsulate(p2pPart.Multiaddr()).String())
	}
	sort.Strings(out)
	return out
}

// PeerInfo describes an open connection.
type PeerInfo struct {
	ID        peer.ID
	Addrs     []string
	Direction string
	Latency   time.Duration
	Agent     string
}

// Peers lists the peers with open connections, by id.
func (h *Host) Peers() []PeerInfo {
	var out []PeerInfo
	for _, p := range h.host.Network().Peers() {
		pi := PeerInfo{ID: p, Latency: h.host.Peerstore().LatencyEWMA(p)}
		for _, c := range h.host.Network().ConnsToPeer(p) {
			pi.Addrs = append(pi.Addrs, c.RemoteMultiaddr().String())
			pi.Direction = c.Stat().Direction.String()
		}
		if v, err := h.host.Peerstore().Get(p, "AgentVersion"); err == nil {
			pi.Agent, _ = v.(string)
		}
		out = append(out, pi)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// AddrsOf returns the known addresses of a peer.
func (h *Host) AddrsOf(p peer.ID) []string {
	var out []string
	for _, a := range h.host.Peerstore().Addrs(p) {
		out = append(out, a.String())
	}
	return out
}

// Close stops everything the host started.
func (h *Host) Close() error {
	if h.cancel != nil {
		h.cancel()
	}
	h.watchers.Wait()
	if h.advertSub != nil {
		h.advertSub.Cancel()
	}
	if h.adverts != nil {
		h.adverts.Close()
	}
	h.jobs.close()
	h.receipts.close()
	var errs []error
	if h.dht != nil {
		errs = append(errs, h.dht.Close())
	}
	if h.host != nil {
		errs = append(errs, h.host.Close())
	}
	h.wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close p2p host: %w", err)
	}
	return nil
}

// watchNetworkID disconnects, and for a while refuses, any peer whose
// identify protocol version names another network.
func (h *Host) watchNetworkID(ctx context.Context) error {
	sub, err := h.host.EventBus().Subscribe(new(event.EvtPeerIdentificationCompleted))
	if err != nil {
		return fmt.Errorf("watch identify events: %w", err)
	}
	want := ProtocolVersion(h.cfg.Network)
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer sub.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-sub.Out():
				if !ok {
					return
				}
				ev := e.(event.EvtPeerIdentificationCompleted)
				if ev.ProtocolVersion == want {
					continue
				}
				if ipfsPeer(ev.ProtocolVersion) {
					// An IPFS node (kubo) stays: it fetches and serves
					// content over bitswap. It speaks none of the
					// network's own protocols (their ids name the
					// network), so it sees no gossip it could not see
					// by running a peer of the network, which anyone may.
					h.log.Debug("IPFS peer connected (content only)", "peer", ev.Peer)
					continue
				}
				h.log.Info("disconnecting peer of another network", "peer", ev.Peer, "their_version", ev.ProtocolVersion, "ours", want)
				h.gater.block(ev.Peer, time.Now().Add(10*time.Minute))
				_ = h.host.Network().ClosePeer(ev.Peer)
			}
		}
	}()
	return nil
}

// networkGater refuses peers found to belong to another network.
type networkGater struct {
	mu      sync.Mutex
	blocked map[peer.ID]time.Time
}

func newNetworkGater() *networkGater { return &networkGater{blocked: make(map[peer.ID]time.Time)} }

func (g *networkGater) block(p peer.ID, until time.Time) {
	g.mu.Lock()
	g.blocked[p] = until
	g.mu.Unlock()
}

func (g *networkGater) allowed(p peer.ID) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	until, ok := g.blocked[p]
	if !ok {
		return true
	}
	if time.Now().After(until) {
		delete(g.blocked, p)
		return true
	}
	return false
}

func (g *networkGater) InterceptPeerDial(p peer.ID) bool                 { return g.allowed(p) }
func (g *networkGater) InterceptAddrDial(p peer.ID, _ ma.Multiaddr) bool { return g.allowed(p) }
func (g *networkGater) InterceptAccept(network.ConnMultiaddrs) bool      { return true }
func (g *networkGater) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return g.allowed(p)
}
func (g *networkGater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) {
	return true, 0
}
