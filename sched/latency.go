package sched

import (
	"fmt"
	"math/bits"

	"github.com/skyops/skyops/types"
)

// Latency-aware placement. A job may bound the round-trip time between its
// executor and its home (Requirements.MaxLatencyMs). Nobody measures that
// RTT at placement time: every peer estimates it from two signed
// coordinates, the node's (its advert) and the home's (the home's own
// submit event: the job's reference point), with EstimateRTT, which is
// integers only, so every peer on every CPU gets the same microseconds.

// EstimateRTT is the estimated round-trip time, in microseconds, between
// two coordinates, as Serf's Coordinate.DistanceTo computes it: the
// Euclidean distance of the vectors plus both heights, plus both
// adjustments if that sum stays positive. The square root is an integer
// one (rounded down), so the estimate is within a microsecond or two of
// Serf's float answer. ok is false if either coordinate is missing or the
// two differ in dimensions (a valid advert's have CoordDims).
func EstimateRTT(a, b *types.Coordinate) (us uint64, ok bool) {
	if a == nil || b == nil || len(a.Vec) != len(b.Vec) {
		return 0, false
	}
	// Validated components are within ±MaxCoordMicros, so each difference
	// is under 2^25 and the sum of CoordDims squares under 2^53: no
	// overflow. An unvalidated coordinate is clamped to the same range
	// first, so that even then the arithmetic cannot wrap.
	var sum uint64
	for i := range a.Vec {
		d := clampMicros(a.Component(i)) - clampMicros(b.Component(i))
		if d < 0 {
			d = -d
		}
		sum += uint64(d) * uint64(d)
	}
	raw := int64(isqrt(sum)) + clampMicros(int64(min(a.Height, types.MaxCoordMicros))) + clampMicros(int64(min(b.Height, types.MaxCoordMicros)))
	if adj := raw + clampMicros(a.Adjust()) + clampMicros(b.Adjust()); adj > 0 {
		return uint64(adj), true
	}
	return uint64(raw), true
}

func clampMicros(v int64) int64 {
	return max(-types.MaxCoordMicros, min(v, types.MaxCoordMicros))
}

// isqrt is floor(sqrt(x)), by Newton's method from above: each step
// lowers r while r > floor(sqrt(x)), and stops at it.
func isqrt(x uint64) uint64 {
	if x < 2 {
		return x
	}
	r := uint64(1) << ((bits.Len64(x) + 1) / 2) // > sqrt(x)
	for {
		s := (r + x/r) >> 1
		if s >= r {
			return r
		}
		r = s
	}
}

// latencyBoundMicros is the job's bound in microseconds, 0 for none.
func (r *Requirements) latencyBoundMicros() uint64 {
	return uint64(r.MaxLatencyMs) * 1000
}

// nodeRTT is the estimated RTT from the job's home to advert a's node,
// and whether there is one (both coordinates stated).
func (r *Requirements) nodeRTT(a *types.Advert) (uint64, bool) {
	return EstimateRTT(r.HomeCoord, a.Coord)
}

// withinLatency is the latency filter's test: no bound, or an estimate
// within it. A bound with no estimate (the home or the node stated no
// coordinate) rejects: the job asked for proximity nobody can vouch for.
func (r *Requirements) withinLatency(a *types.Advert) bool {
	b := r.latencyBoundMicros()
	if b == 0 {
		return true
	}
	rtt, ok := r.nodeRTT(a)
	return ok && rtt <= b
}

// LatencyWhy says why the latency filter rejects a node for a job, or ""
// if it does not: the estimate and the bound, or which coordinate is
// missing.
func LatencyWhy(req Requirements, a *types.Advert) string {
	b := req.latencyBoundMicros()
	if b == 0 || a == nil {
		return ""
	}
	switch {
	case req.HomeCoord == nil:
		return fmt.Sprintf("the job allows %d ms from its home, and its home stated no network coordinate", req.MaxLatencyMs)
	case a.Coord == nil:
		return fmt.Sprintf("the node states no network coordinate, and the job allows %d ms from its home", req.MaxLatencyMs)
	}
	rtt, ok := req.nodeRTT(a)
	if !ok {
		return fmt.Sprintf("the node's coordinate has %d dimensions, the home's %d", len(a.Coord.Vec), len(req.HomeCoord.Vec))
	}
	if rtt <= b {
		return ""
	}
	return fmt.Sprintf("estimated %s from the home, the job allows %d ms", FormatMicros(rtt), req.MaxLatencyMs)
}

// FormatMicros writes a duration in microseconds as milliseconds with one
// decimal, rounded down: "42.3 ms".
func FormatMicros(us uint64) string {
	return fmt.Sprintf("%d.%d ms", us/1000, us%1000/100)
}

// latencyFactor is 1 + (B - R)/(2B) in Q16 for an estimate R within a
// bound B: 1.5 at the home, 1 at the bound, so that within the bound a
// closer node weighs more. Without a bound it is 1 (the job did not ask
// for proximity, and a missing coordinate must not cost a node work).
func latencyFactor(rttUs, boundUs uint64) uint64 {
	if boundUs == 0 || rttUs >= boundUs {
		return weightOne
	}
	return weightOne + weightOne*(boundUs-rttUs)/(2*boundUs)
}
