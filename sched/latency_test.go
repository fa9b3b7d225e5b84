package sched

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/serf/coordinate"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// twos is v in two's complement, as a Coordinate stores it.
func twos(v int64) uint64 { return uint64(v) }

// coordAt is a coordinate at (x, y, 0, ...) microseconds with a height.
func coordAt(x, y int64, height uint64) *types.Coordinate {
	c := &types.Coordinate{Vec: make([]uint64, types.CoordDims), Height: height}
	c.Vec[0], c.Vec[1] = uint64(x), uint64(y)
	return c
}

func serfCoord(c *types.Coordinate) *coordinate.Coordinate {
	vec, e, adj, h := c.Seconds()
	return &coordinate.Coordinate{Vec: vec, Error: e, Adjustment: adj, Height: h}
}

func randCoord(rng *rand.Rand, spread int64) *types.Coordinate {
	c := &types.Coordinate{Vec: make([]uint64, types.CoordDims)}
	for i := range c.Vec {
		c.Vec[i] = uint64(rng.Int64N(2*spread+1) - spread)
	}
	c.Height = uint64(rng.Int64N(spread/4 + 1))
	c.Adjustment = uint64(rng.Int64N(spread/2+1) - spread/4)
	c.ErrorPPM = uint32(rng.IntN(types.MaxCoordErrorPPM + 1))
	return c
}

// The integer estimate is Serf's float DistanceTo within rounding (the
// integer square root rounds down, Serf's conversion to a Duration
// truncates), at every scale from LAN to the coordinate bound, with
// negative adjustments that do and do not win.
func TestEstimateRTTMatchesSerf(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	for _, spread := range []int64{10, 1_000, 50_000, 1_000_000, types.MaxCoordMicros} {
		for range 20_000 {
			a, b := randCoord(rng, spread), randCoord(rng, spread)
			got, ok := EstimateRTT(a, b)
			if !ok {
				t.Fatal("no estimate between two full coordinates")
			}
			want := serfCoord(a).DistanceTo(serfCoord(b))
			if d := time.Duration(got)*time.Microsecond - want; d < -2*time.Microsecond || d > 2*time.Microsecond {
				t.Fatalf("spread %d: estimate %d µs, serf %v (%+v, %+v)", spread, got, want, a, b)
			}
			if back, _ := EstimateRTT(b, a); back != got {
				t.Fatalf("not symmetric: %d and %d", got, back)
			}
		}
	}
	// The extremes stay in range: opposite corners of the bound.
	far, near := coordAt(types.MaxCoordMicros, types.MaxCoordMicros, types.MaxCoordMicros), coordAt(-types.MaxCoordMicros, -types.MaxCoordMicros, types.MaxCoordMicros)
	for i := range far.Vec {
		far.Vec[i], near.Vec[i] = twos(types.MaxCoordMicros), twos(-types.MaxCoordMicros)
	}
	got, _ := EstimateRTT(far, near)
	if want := serfCoord(far).DistanceTo(serfCoord(near)); time.Duration(got)*time.Microsecond-want > 2*time.Microsecond || want-time.Duration(got)*time.Microsecond > 2*time.Microsecond {
		t.Fatalf("corners: %d µs, serf %v", got, want)
	}
	if _, ok := EstimateRTT(nil, far); ok {
		t.Fatal("an estimate without a coordinate")
	}
	if _, ok := EstimateRTT(&types.Coordinate{Vec: []uint64{1}}, far); ok {
		t.Fatal("an estimate across dimensions")
	}
}

func TestIsqrt(t *testing.T) {
	for x := uint64(0); x < 100_000; x++ {
		r := isqrt(x)
		if r*r > x || (r+1)*(r+1) <= x {
			t.Fatalf("isqrt(%d) = %d", x, r)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		x := rng.Uint64() >> rng.IntN(64)
		r := isqrt(x)
		if r > 1<<32-1 || r*r > x || (r+1) <= 1<<32-1 && (r+1)*(r+1) <= x {
			t.Fatalf("isqrt(%d) = %d", x, r)
		}
	}
	if r := isqrt(1<<64 - 1); r != 1<<32-1 {
		t.Fatalf("isqrt(max) = %d", r)
	}
}

func TestFilterLatency(t *testing.T) {
	home := coordAt(0, 0, 0)
	mk := func(c *types.Coordinate) *types.Advert { a := node(testID(1), 1); a.Coord = c; return a }
	near, edge, far := mk(coordAt(20_000, 0, 0)), mk(coordAt(18_000, 0, 12_000)), mk(coordAt(30_000, 40_000, 0))
	bound := Requirements{MaxLatencyMs: 30, HomeCoord: home}
	runFilterCases(t, latencyFilter{}, []filterCase{
		{name: "no bound, no coordinates", a: mk(nil), want: true},
		{name: "no bound, far", a: far, req: Requirements{HomeCoord: home}, want: true},
		{name: "20 ms within 30", a: near, req: bound, want: true},
		{name: "exactly at the bound", a: edge, req: bound, want: true},
		{name: "50 ms beyond 30", a: far, req: bound, want: false},
		{name: "node without a coordinate", a: mk(nil), req: bound, want: false},
		{name: "home without a coordinate", a: near, req: Requirements{MaxLatencyMs: 30}, want: false},
	})
	for _, c := range []struct {
		a    *types.Advert
		req  Requirements
		want string
	}{
		{near, bound, ""},
		{far, bound, "estimated 50.0 ms from the home, the job allows 30 ms"},
		{mk(coordAt(30_400, 0, 0)), bound, "estimated 30.4 ms from the home, the job allows 30 ms"},
		{mk(nil), bound, "the node states no network coordinate, and the job allows 30 ms from its home"},
		{near, Requirements{MaxLatencyMs: 30}, "the job allows 30 ms from its home, and its home stated no network coordinate"},
		{far, Requirements{HomeCoord: home}, ""},
	} {
		if got := LatencyWhy(c.req, c.a); got != c.want {
			t.Errorf("LatencyWhy = %q, want %q", got, c.want)
		}
	}
}

// Within the bound a closer node weighs more: 1.5 at the home, 1 at the
// bound, 1 without a bound, in exact Q16.
func TestLatencyFactor(t *testing.T) {
	for _, c := range []struct {
		rtt, bound, want uint64
	}{
		{0, 0, weightOne}, {5000, 0, weightOne},
		{0, 30_000, weightOne * 3 / 2}, {15_000, 30_000, weightOne * 5 / 4},
		{30_000, 30_000, weightOne}, {40_000, 30_000, weightOne},
		{1, 30_000, weightOne + weightOne*29_999/60_000},
	} {
		if got := latencyFactor(c.rtt, c.bound); got != c.want {
			t.Errorf("latencyFactor(%d, %d) = %d, want %d", c.rtt, c.bound, got, c.want)
		}
	}
	w := WeightInputs{Reputation: NeutralReputation, Fit: 3}
	base := weight(w)
	w.RTTMicros, w.BoundMicros = 0, 30_000
	if got := weight(w); got != base*3/2 {
		t.Errorf("weight at the home %d, want %d", got, base*3/2)
	}
	// The inputs come from the adverts: a job with a bound gives each node
	// its estimate; one without gives none, so existing scores stay.
	req := Requirements{JobID: [32]byte{1}, CPUCores: 1, MaxLatencyMs: 30, HomeCoord: coordAt(0, 0, 0)}
	a := node(testID(2), 1)
	a.Coord = coordAt(0, 12_000, 0)
	if wi := WeightInputsFor(req, a); wi.RTTMicros != 12_000 || wi.BoundMicros != 30_000 {
		t.Errorf("weight inputs %+v", wi)
	}
	req.MaxLatencyMs = 0
	if wi := WeightInputsFor(req, a); wi.RTTMicros != 0 || wi.BoundMicros != 0 {
		t.Errorf("weight inputs without a bound %+v", wi)
	}
}

// A job with a bound is placed only within it, and nearer nodes win it
// more often: over many jobs the node at 5 ms wins more than the one at
// 25 ms, and the one at 45 ms never.
func TestRankLatency(t *testing.T) {
	var nodes []Entry
	for i, ms := range []int64{5, 25, 45} {
		a := node(testID(10+i), 1)
		a.Coord = coordAt(ms*1000, 0, 0)
		nodes = append(nodes, Entry{Advert: a, SeenMs: 1000})
	}
	wins := map[int]int{}
	for j := range 2000 {
		req := Requirements{JobID: [32]byte{byte(j), byte(j >> 8)}, CPUCores: 1, MaxLatencyMs: 30, HomeCoord: coordAt(0, 0, 0)}
		p := Rank(req, nodes, nil, FitNow, 1000, 10_000)
		if len(p.Ranked) != 2 || p.Summary() != "2/3 nodes fit" {
			t.Fatalf("%s", p.Summary())
		}
		for i, e := range nodes {
			if e.Advert.Node == p.Ranked[0].Node {
				wins[i]++
			}
		}
	}
	// Weights 1.4167 and 1.0833: the near node wins about 57% of jobs.
	if wins[2] != 0 || wins[0] < 1050 || wins[0] > 1250 {
		t.Fatalf("wins by distance (5, 25, 45 ms): %v", wins)
	}
}

// A hostile peer advertises a coordinate right at the home. It cannot get
// an honest node outside the bound placed, nor keep an honest node inside
// the bound out: every estimate is between the home's coordinate (signed
// by the home, in its submit) and the node's own (signed by that node),
// so the liar's coordinate enters no estimate but its own. All it can do
// is misplace itself, as it could lie about its GPUs; and its claim is
// held to the filter like any other.
func TestHostileCoordinateCannotPlaceOutsideTheBound(t *testing.T) {
	f := newFixture(t)
	f.spec.MaxLatencyMs = 30
	home := coordAt(0, 0, 100)
	honestNear, honestFar, liar := f.b, f.c, nodeID(t, 4)
	adverts := map[peer.ID]*types.Advert{}
	for id, c := range map[peer.ID]*types.Coordinate{
		honestNear: coordAt(10_000, 0, 100),
		honestFar:  coordAt(60_000, 0, 100),
		liar:       coordAt(1, 1, 0), // "I am next to the home" (really 200 ms away)
	} {
		a := f.advertOf(id, 1, 1000)
		a.Coord = c
		adverts[id] = a
	}
	// The liar also lies with a huge negative adjustment, to look close
	// to everyone: that shortens only its own estimates.
	adverts[liar].Coord.Adjustment = twos(-types.MaxCoordMicros)
	req := RequirementsFor(f.id, f.spec)
	req.HomeCoord = home
	var view []Entry
	for _, id := range []peer.ID{honestNear, honestFar, liar} {
		view = append(view, Entry{Advert: adverts[id], SeenMs: 1000})
	}
	p := Rank(req, view, nil, FitNow, 1000, 10_000)
	placed := map[peer.ID]bool{}
	for _, c := range p.Ranked {
		placed[c.Node] = true
	}
	if !placed[honestNear] || placed[honestFar] || !placed[liar] {
		t.Fatalf("placed %v (%s)", placed, p.Summary())
	}
	if why := LatencyWhy(req, adverts[honestFar]); why != "estimated 60.2 ms from the home, the job allows 30 ms" {
		t.Fatalf("far node: %q", why)
	}
	// The far node's claim does not count, on any peer: the evidence rule
	// runs the same filter on its signed advert.
	claim := f.ev(types.EvClaim, honestFar, 2000)
	claim.AdvertSeq, claim.PriceWei, claim.Locality, claim.Fit = 1, nil, 0, 0
	err := CheckClaim(req, claim, adverts[honestFar])
	if err == nil || !strings.Contains(err.Error(), "latency: estimated 60.2 ms from the home") {
		t.Fatalf("far claim: %v", err)
	}
}

// The reference point is the home's own submit: a relay's submit carrying
// another coordinate does not move it, and claims held before the home's
// submit arrives are checked against it once it does.
func TestHomeCoordFromTheHomesSubmit(t *testing.T) {
	f := newFixture(t)
	f.spec.MaxLatencyMs = 30
	near := coordAt(10_000, 0, 0)
	relay := f.ev(types.EvSubmit, f.c, 1)
	relay.HomeCoord = coordAt(-9_000_000, 0, 0) // a relay's lie
	home := f.ev(types.EvSubmit, f.a, 1)
	home.HomeCoord = coordAt(0, 0, 0)
	claim := f.ev(types.EvClaim, f.b, 2)
	claim.AdvertSeq, claim.Fit = 1, 0
	proof := func(e *types.JobEvent) *EventProof {
		p := f.proof(e)
		if e.Type == types.EvClaim {
			p.Advert.Coord = near
		}
		return p
	}
	for _, order := range [][]*types.JobEvent{{relay, home, claim}, {home, relay, claim}, {claim, relay, home}, {claim, home, relay}} {
		j := NewJob(f.id)
		for _, e := range order {
			j.Add(e, hashOf(e), proof(e))
		}
		if !sameCoord(j.Req.HomeCoord, home.HomeCoord) {
			t.Fatalf("order %v: reference point %+v", types2(order), j.Req.HomeCoord)
		}
		if j.Winner == nil || j.Winner.Node != f.b {
			t.Fatalf("order %v: winner %+v (state %v)", types2(order), j.Winner, j.State)
		}
	}
	// A far claim held while only the relay's submit was known is dropped
	// when the home's arrives.
	farNode := nodeID(t, 5)
	far := f.ev(types.EvClaim, farNode, 2)
	far.AdvertSeq, far.Fit = 1, 0
	farProof := f.proof(far)
	farProof.Advert.Coord = coordAt(90_000, 0, 0)
	j0 := NewJob(f.id)
	j0.Add(relay, hashOf(relay), proof(relay))
	if r := j0.Add(far, hashOf(far), farProof); !r.New {
		t.Fatalf("claim before the reference point: %+v", r)
	}
	if r := j0.Add(home, hashOf(home), proof(home)); len(r.Evicted) != 1 || r.Evicted[0] != hashOf(far) || j0.Winner != nil {
		t.Fatalf("home's submit after a far claim: %+v, winner %+v", r, j0.Winner)
	}
	// Only a relay's submit: no reference point, so no node fits.
	j := NewJob(f.id)
	j.Add(relay, hashOf(relay), proof(relay))
	if j.Req.HomeCoord != nil {
		t.Fatalf("a relay set the reference point: %+v", j.Req.HomeCoord)
	}
}
