package node

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/hashicorp/serf/coordinate"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Network coordinates, as Serf and Consul keep them: on a period, the
// daemon pings a few connected peers (libp2p's ping protocol) and feeds each
// round trip, with the peer's last advertised coordinate, to a Vivaldi
// client (hashicorp/serf/coordinate). Its own coordinate goes into its
// advert, in integer microseconds; the brain estimates RTTs from adverts
// alone (sched.EstimateRTT). The floats stay here, in the shell.

const (
	// coordPeersPerRound is how many peers one round pings: a handful, as
	// Serf probes one member at a time; the coordinate needs many rounds,
	// not many pings per round.
	coordPeersPerRound = 3
	// coordMinSamples is how many round trips the coordinate must have
	// been fitted to before the daemon advertises it: a fresh one sits at
	// the origin and would look close to every other fresh one.
	coordMinSamples = 8
	// coordMoveMicros is how far the coordinate must move (as an RTT
	// estimate between the advertised and the current one) before the
	// advert changes: adverts are what an idle network spends its CPU on,
	// and Vivaldi jitters by fractions of a millisecond every round.
	coordMoveMicros = 1_000
	// coordPingTimeout bounds one ping.
	coordPingTimeout = 5 * time.Second
)

// coords is the daemon's Vivaldi state.
type coords struct {
	client *coordinate.Client
	cfg    *coordinate.Config

	mu         sync.Mutex
	samples    int
	advertised *types.Coordinate // what adverts carry; nil until coordMinSamples
}

func newCoords() (*coords, error) {
	cfg := coordinate.DefaultConfig()
	cfg.Dimensionality = types.CoordDims
	c, err := coordinate.NewClient(cfg)
	if err != nil {
		return nil, fmt.Errorf("network coordinate client: %w", err)
	}
	return &coords{client: c, cfg: cfg}, nil
}

// observe feeds one measured round trip to peer p, whose advertised
// coordinate is other (nil: the peer has none yet, and counts as a fresh
// one, at the origin with the largest error, which is what it is).
func (c *coords) observe(p peer.ID, other *types.Coordinate, rtt time.Duration) error {
	o := coordinate.NewCoordinate(c.cfg)
	if other != nil {
		vec, e, adj, h := other.Seconds()
		o = &coordinate.Coordinate{Vec: vec, Error: e, Adjustment: adj, Height: h}
	}
	if _, err := c.client.Update(p.String(), o, rtt); err != nil {
		return fmt.Errorf("update network coordinate from %s (%s): %w", p, rtt, err)
	}
	cur, err := c.current()
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.samples++
	if c.samples < coordMinSamples {
		return nil
	}
	if c.advertised == nil || coordMoved(c.advertised, cur) > coordMoveMicros {
		c.advertised = cur
	}
	return nil
}

// coordMoved is how far b is from a, in microseconds: the distance of the
// vectors plus the changes of height and adjustment, the most any RTT
// estimate involving the coordinate can have changed.
func coordMoved(a, b *types.Coordinate) float64 {
	if len(a.Vec) != len(b.Vec) {
		return math.Inf(1)
	}
	var sq float64
	for i := range a.Vec {
		d := float64(a.Component(i) - b.Component(i))
		sq += d * d
	}
	return math.Sqrt(sq) + math.Abs(float64(a.Height)-float64(b.Height)) + math.Abs(float64(a.Adjust()-b.Adjust()))
}

// current is the client's coordinate now, in the wire form.
func (c *coords) current() (*types.Coordinate, error) {
	s := c.client.GetCoordinate()
	w, err := types.CoordinateFromSeconds(s.Vec, s.Error, s.Adjustment, s.Height)
	if err != nil {
		return nil, fmt.Errorf("convert network coordinate: %w", err)
	}
	return w, nil
}

// forAdvert is the coordinate the next advert carries (nil until there is
// one worth stating). Adverts are immutable once built: it is shared, and
// nobody changes it.
func (c *coords) forAdvert() *types.Coordinate {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.advertised
}

// coordRound pings up to coordPeersPerRound connected peers that are in
// the view, chosen at random (this is the shell: the choice is no
// placement decision), and feeds each round trip to the coordinate.
func (n *Node) coordRound(ctx context.Context) {
	known := map[peer.ID]*types.Coordinate{}
	n.mu.Lock()
	for _, e := range n.brain.View().Nodes() {
		known[e.Advert.Node] = e.Advert.Coord
	}
	n.mu.Unlock()
	var cands []peer.ID
	for _, p := range n.host.Connected() {
		if _, ok := known[p]; ok && p != n.key.PeerID() {
			cands = append(cands, p)
		}
	}
	rand.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, p := range cands[:min(len(cands), coordPeersPerRound)] {
		pctx, cancel := context.WithTimeout(ctx, coordPingTimeout)
		rtt, err := n.host.Ping(pctx, p)
		cancel()
		if err != nil {
			if ctx.Err() == nil {
				n.log.Debug("network coordinate: ping failed", "peer", shortID(p), "err", err)
			}
			continue
		}
		if err := n.coords.observe(p, known[p], rtt); err != nil {
			n.log.Warn("network coordinate", "peer", shortID(p), "err", err)
		}
	}
}
