package types

import (
	"fmt"
	"math"
)

// Network coordinates. A daemon keeps a Vivaldi coordinate (as Serf and
// Consul do) and states it in its advert, so that any peer can estimate the
// round-trip time between two nodes from their adverts alone. On the wire it
// is integers in microseconds: no floats reach the brain, and every peer
// reads the same bits.
const (
	// CoordDims is the dimensionality of every coordinate (Serf's default).
	CoordDims = 8
	// MaxCoordMicros bounds each component, the height and the magnitude of
	// the adjustment: 10 s. A coordinate that far out is not an RTT
	// anyone measured on this planet, and the bound keeps the brain's
	// integer distance far from overflow (8 × (2·10^7)^2 < 2^62).
	MaxCoordMicros = 10_000_000
	// MaxCoordErrorPPM bounds the coordinate's error estimate, in parts
	// per million: Serf caps its error at 1.5.
	MaxCoordErrorPPM = 1_500_000
)

// Coordinate is a node's network coordinate. Vec, Adjustment and Height are
// microseconds; the signed values are stored two's complement in uint64s,
// because RLP has no signed integers (read them with Component and Adjust).
// The estimated RTT between a and b is |a.Vec - b.Vec| + a.Height + b.Height
// + a.Adjust + b.Adjust (the adjusted sum if positive, else the raw one).
type Coordinate struct {
	Vec        []uint64 // CoordDims components, int64 two's complement
	ErrorPPM   uint32   // the Vivaldi error estimate, 1e-6 units
	Adjustment uint64   // int64 two's complement
	Height     uint64
}

// Component is the i-th component in microseconds.
func (c *Coordinate) Component(i int) int64 { return int64(c.Vec[i]) }

// Adjust is the adjustment in microseconds.
func (c *Coordinate) Adjust() int64 { return int64(c.Adjustment) }

// Validate checks that every value lies within its bound: an advert from a
// hostile peer may carry anything, and a coordinate of the wrong shape or
// with values out of range (what NaN or infinity become when a buggy or
// lying peer converts them) must never reach the brain.
func (c *Coordinate) Validate() error {
	if len(c.Vec) != CoordDims {
		return fmt.Errorf("%w: coordinate has %d dimensions, want %d", ErrMalformed, len(c.Vec), CoordDims)
	}
	for i := range c.Vec {
		if v := c.Component(i); v < -MaxCoordMicros || v > MaxCoordMicros {
			return fmt.Errorf("%w: coordinate component %d is %d µs, limit ±%d", ErrMalformed, i, v, MaxCoordMicros)
		}
	}
	if a := c.Adjust(); a < -MaxCoordMicros || a > MaxCoordMicros {
		return fmt.Errorf("%w: coordinate adjustment is %d µs, limit ±%d", ErrMalformed, a, MaxCoordMicros)
	}
	if c.Height > MaxCoordMicros {
		return fmt.Errorf("%w: coordinate height is %d µs, limit %d", ErrMalformed, c.Height, MaxCoordMicros)
	}
	if c.ErrorPPM > MaxCoordErrorPPM {
		return fmt.Errorf("%w: coordinate error is %d ppm, limit %d", ErrMalformed, c.ErrorPPM, MaxCoordErrorPPM)
	}
	return nil
}

// CoordinateFromSeconds converts a float coordinate (Serf's, in seconds)
// to the wire form, rounding to the microsecond. It is for the daemon
// shell, where the coordinate library lives: it fails on values that are
// not finite or are out of range, so that what it returns validates.
func CoordinateFromSeconds(vec []float64, errorEst, adjustment, height float64) (*Coordinate, error) {
	conv := func(what string, s float64) (int64, error) {
		if math.IsNaN(s) || math.IsInf(s, 0) {
			return 0, fmt.Errorf("%w: coordinate %s is %v", ErrMalformed, what, s)
		}
		us := math.Round(s * 1e6)
		if us < -MaxCoordMicros || us > MaxCoordMicros {
			return 0, fmt.Errorf("%w: coordinate %s is %v s, limit ±%d µs", ErrMalformed, what, s, MaxCoordMicros)
		}
		return int64(us), nil
	}
	c := &Coordinate{Vec: make([]uint64, len(vec))}
	for i, v := range vec {
		us, err := conv(fmt.Sprintf("component %d", i), v)
		if err != nil {
			return nil, err
		}
		c.Vec[i] = uint64(us)
	}
	adj, err := conv("adjustment", adjustment)
	if err != nil {
		return nil, err
	}
	c.Adjustment = uint64(adj)
	h, err := conv("height", height)
	if err != nil {
		return nil, err
	}
	if h < 0 {
		return nil, fmt.Errorf("%w: coordinate height is negative (%v s)", ErrMalformed, height)
	}
	c.Height = uint64(h)
	if math.IsNaN(errorEst) || errorEst < 0 || errorEst*1e6 > MaxCoordErrorPPM {
		return nil, fmt.Errorf("%w: coordinate error is %v, limit %v", ErrMalformed, errorEst, float64(MaxCoordErrorPPM)/1e6)
	}
	c.ErrorPPM = uint32(math.Round(errorEst * 1e6))
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// Seconds is the coordinate as floats in seconds, for the daemon shell's
// coordinate library.
func (c *Coordinate) Seconds() (vec []float64, errorEst, adjustment, height float64) {
	vec = make([]float64, len(c.Vec))
	for i := range c.Vec {
		vec[i] = float64(c.Component(i)) / 1e6
	}
	return vec, float64(c.ErrorPPM) / 1e6, float64(c.Adjust()) / 1e6, float64(c.Height) / 1e6
}
