package types

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// twos is v in two's complement, as Coordinate stores signed values.
func twos(v int64) uint64 { return uint64(v) }

func sampleCoord() *Coordinate {
	c := &Coordinate{Vec: make([]uint64, CoordDims), ErrorPPM: 250_000, Height: 120}
	for i := range c.Vec {
		c.Vec[i] = uint64(int64(i*1000 - 3500)) // negative and positive components
	}
	c.Adjustment = twos(-40)
	return c
}

type badCoord struct {
	name, want string
	c          *Coordinate
}

// hostileCoords are coordinates a lying or broken peer might advertise.
func hostileCoords() []badCoord {
	mod := func(f func(c *Coordinate)) *Coordinate { c := sampleCoord(); f(c); return c }
	return []badCoord{
		{"no dimensions", "0 dimensions", &Coordinate{}},
		{"too many dimensions", "9 dimensions", mod(func(c *Coordinate) { c.Vec = append(c.Vec, 0) })},
		{"huge component", "component 3", mod(func(c *Coordinate) { c.Vec[3] = MaxCoordMicros + 1 })},
		{"huge negative component", "component 0", mod(func(c *Coordinate) { c.Vec[0] = twos(-MaxCoordMicros - 1) })},
		{"min int64 component", "component 1", mod(func(c *Coordinate) { c.Vec[1] = 1 << 63 })},
		{"huge height", "height", mod(func(c *Coordinate) { c.Height = math.MaxUint64 })},
		{"huge adjustment", "adjustment", mod(func(c *Coordinate) { c.Adjustment = MaxCoordMicros + 1 })},
		{"very negative adjustment", "adjustment", mod(func(c *Coordinate) { c.Adjustment = twos(-MaxCoordMicros - 1) })},
		{"huge error", "error", mod(func(c *Coordinate) { c.ErrorPPM = MaxCoordErrorPPM + 1 })},
	}
}

// An advert's coordinate round-trips; a hostile one is refused when sealed
// and when opened (signed by a peer that does not check), saying which
// value is out of range.
func TestAdvertCoordinate(t *testing.T) {
	k := newTestKey(t, 1)
	a := sampleAdvert(k.id)
	a.Coord = sampleCoord()
	data, err := SealAdvert("testnet", a, k)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpenAdvert("testnet", data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Coord == nil || got.Coord.Component(0) != -3500 || got.Coord.Adjust() != -40 || got.Coord.Height != 120 {
		t.Fatalf("coordinate after a round trip: %+v", got.Coord)
	}
	// An advert without a coordinate encodes as it did before the field.
	a.Coord = nil
	plain, err := SealAdvert("testnet", a, k)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := OpenAdvert("testnet", plain); err != nil || got.Coord != nil {
		t.Fatalf("advert without a coordinate: %+v, %v", got, err)
	}
	for _, bad := range hostileCoords() {
		t.Run(bad.name, func(t *testing.T) {
			a := sampleAdvert(k.id)
			a.Coord = bad.c
			if _, err := SealAdvert("testnet", a, k); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), bad.want) {
				t.Fatalf("seal: %v", err)
			}
			raw, err := Seal("testnet", KindAdvert, a, k)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := OpenAdvert("testnet", raw); !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), bad.want) {
				t.Fatalf("open: %v", err)
			}
		})
	}
}

// The shell's conversion from Serf's floats refuses what is not finite or
// out of range, and round-trips what is in range to the microsecond.
func TestCoordinateFromSeconds(t *testing.T) {
	vec := []float64{0.001, -0.002, 0, 0, 0, 0, 0, 0.0000004}
	c, err := CoordinateFromSeconds(vec, 0.5, -0.0001, 0.00002)
	if err != nil {
		t.Fatal(err)
	}
	if c.Component(0) != 1000 || c.Component(1) != -2000 || c.Component(7) != 0 || c.Adjust() != -100 || c.Height != 20 || c.ErrorPPM != 500_000 {
		t.Fatalf("converted: %+v", c)
	}
	v2, e2, a2, h2 := c.Seconds()
	if v2[1] != -0.002 || e2 != 0.5 || a2 != -0.0001 || h2 != 0.00002 {
		t.Fatalf("back to seconds: %v %v %v %v", v2, e2, a2, h2)
	}
	for _, bad := range []struct {
		vec            []float64
		err, adj, hght float64
	}{
		{[]float64{math.NaN(), 0, 0, 0, 0, 0, 0, 0}, 0.1, 0, 0},
		{[]float64{math.Inf(1), 0, 0, 0, 0, 0, 0, 0}, 0.1, 0, 0},
		{[]float64{11, 0, 0, 0, 0, 0, 0, 0}, 0.1, 0, 0},
		{[]float64{0, 0, 0}, 0.1, 0, 0},
		{vec, math.NaN(), 0, 0},
		{vec, 2, 0, 0},
		{vec, 0.1, math.Inf(-1), 0},
		{vec, 0.1, 0, -0.001},
	} {
		if _, err := CoordinateFromSeconds(bad.vec, bad.err, bad.adj, bad.hght); !errors.Is(err, ErrMalformed) {
			t.Errorf("CoordinateFromSeconds(%v, %v, %v, %v): %v", bad.vec, bad.err, bad.adj, bad.hght, err)
		}
	}
}
