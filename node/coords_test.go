package node

import (
	"bytes"
	"context"
	"math"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The Vivaldi shell fits coordinates to round trips: nodes in a plane
// whose RTTs are their distances, each sampling three random others a
// round with the others' advertised coordinates (what a daemon sees),
// reach a median relative error under 20% in the brain's integer
// estimate; nothing is advertised before coordMinSamples.
func TestCoordsConvergeOnAGeometry(t *testing.T) {
	type site struct{ x, y float64 } // ms
	sites := []site{{0, 0}, {10, 0}, {0, 10}, {30, 5}, {5, 40}, {50, 50}, {20, 20}, {45, 10}}
	cs := make([]*coords, len(sites))
	ids := make([]peer.ID, len(sites))
	for i := range sites {
		c, err := newCoords()
		if err != nil {
			t.Fatal(err)
		}
		cs[i], ids[i] = c, peer.ID(string(rune('a'+i)))
	}
	rtt := func(i, j int) time.Duration {
		ms := math.Hypot(sites[i].x-sites[j].x, sites[i].y-sites[j].y) + 0.2 // a little stack time
		return time.Duration(ms * float64(time.Millisecond))
	}
	for round := 0; round < 60; round++ {
		for i := range cs {
			for k := 1; k <= 3; k++ {
				j := (i + k*(round%5+1)) % len(cs)
				if j == i {
					continue
				}
				if err := cs[i].observe(ids[j], cs[j].forAdvert(), rtt(i, j)); err != nil {
					t.Fatal(err)
				}
			}
		}
		if round == 0 && cs[0].forAdvert() != nil {
			t.Fatal("a coordinate advertised after three samples")
		}
	}
	var errs []float64
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			est, ok := sched.EstimateRTT(cs[i].forAdvert(), cs[j].forAdvert())
			if !ok {
				t.Fatalf("no estimate between %d and %d", i, j)
			}
			real := float64(rtt(i, j).Microseconds())
			errs = append(errs, math.Abs(float64(est)-real)/real)
		}
	}
	slices.Sort(errs)
	med := errs[len(errs)/2]
	t.Logf("median relative error %.1f%%, worst %.1f%% over %d pairs", 100*med, 100*errs[len(errs)-1], len(errs))
	if med > 0.20 {
		t.Fatalf("median relative error %.1f%%", 100*med)
	}
}

// Real daemons on loopback ping each other with libp2p's ping protocol,
// fit coordinates, advertise them, and `skyops nodes` (GET /v1/nodes)
// shows each node's estimated RTT from the daemon asked, within a couple
// of milliseconds of a measured ping (loopback RTTs are tenths of one).
func TestCoordinatesOverLibp2p(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := tmp(t)
	opts := func(name string, more ...Option) []Option {
		return append([]Option{DataDir(filepath.Join(dir, name)), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(),
			WithoutDocker(), SyncEvery(time.Hour), CoordInterval(50 * time.Millisecond)}, more...)
	}
	a := startedNode(t, ctx, opts("a")...)
	var boot []string
	for _, s := range a.Host().Addrs() {
		if bytes.Contains([]byte(s), []byte("/tcp/")) {
			boot = append(boot, s)
		}
	}
	all := []*Node{a}
	for _, name := range []string{"b", "c", "d"} {
		all = append(all, startedNode(t, ctx, opts(name, Bootstrap(boot...))...))
	}
	var nodes []api.Node
	for {
		nodes = a.Nodes()
		ok := len(nodes) == len(all)
		for _, n := range nodes {
			ok = ok && n.RTTEstimateUs != nil
		}
		if ok {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("coordinates never reached every advert: %+v", nodes)
		case <-time.After(100 * time.Millisecond):
		}
	}
	for _, n := range nodes {
		if n.Self {
			continue
		}
		id, err := peer.Decode(n.ID)
		if err != nil {
			t.Fatal(err)
		}
		// The least of several pings: a loaded machine (or the race
		// detector) stretches single ones (the estimate's own samples
		// pass a median filter).
		// Spaced out, and a refused one skipped: each ping is a stream,
		// and libp2p's resource manager refuses a peer's pings that come
		// too close together (stream reset, resource limit exceeded).
		ping := time.Hour
		for range 5 {
			time.Sleep(100 * time.Millisecond)
			p, err := a.Host().Ping(ctx, id)
			if err != nil {
				t.Logf("ping %s: %v", n.ID, err)
				continue
			}
			ping = min(ping, p)
		}
		if ping == time.Hour {
			t.Fatalf("no ping to %s answered", n.ID)
		}
		est := time.Duration(*n.RTTEstimateUs) * time.Microsecond // uint32 µs
		t.Logf("%s: estimate %v, least of 5 pings %v", n.ID[len(n.ID)-6:], est, ping)
		// Loopback: both are a few ms at most, so the bound is loose.
		if d := est - ping; d > 10*time.Millisecond || d < -10*time.Millisecond {
			t.Errorf("%s: estimate %v, ping %v", n.ID, est, ping)
		}
	}
	// The coordinate is in the signed advert every peer holds.
	b := all[1]
	b.mu.Lock()
	var seen *types.Coordinate
	for _, e := range b.brain.View().Nodes() {
		if e.Advert.Node == a.ID() {
			seen = e.Advert.Coord
		}
	}
	b.mu.Unlock()
	if seen == nil || seen.Validate() != nil {
		t.Fatalf("b holds a's advert without a valid coordinate: %+v", seen)
	}
}
