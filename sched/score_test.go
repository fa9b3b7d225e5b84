package sched

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// log2Inputs are the fixed inputs of the log2 golden vectors.
func log2Inputs() []uint64 {
	in := []uint64{
		1, 2, 3, 4, 5, 7, 10, 100, 1000, 1 << 20, 1<<20 + 1, 1e9,
		1<<32 - 1, 1 << 32, 1<<32 + 1, 1e18, 0x123456789abcdef0,
		1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64 - 1, math.MaxUint64,
	}
	for i := 0; i < 16; i++ {
		h := crypto.Keccak256([]byte(fmt.Sprintf("log2/%d", i)))
		in = append(in, binary.BigEndian.Uint64(h))
	}
	return in
}

func TestLog2Golden(t *testing.T) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# x  Log2Fixed(x) (Q%d)  negLog2Unit(x) (Q%d), hex: go test ./sched -update rewrites this file.\n", Log2FracBits, Log2FracBits)
	for _, x := range log2Inputs() {
		fmt.Fprintf(&b, "%016x %016x %016x\n", x, Log2Fixed(x), negLog2Unit(x))
	}
	checkGolden(t, "log2.golden", b.Bytes())
}

// Floats are allowed here, in a test only, as an independent check.
func TestLog2Sanity(t *testing.T) {
	if Log2Fixed(0) != 0 || Log2Fixed(1) != 0 {
		t.Fatal("log2(1) must be 0")
	}
	for k := 0; k < 64; k++ {
		if got := Log2Fixed(1 << uint(k)); got != uint64(k)<<Log2FracBits {
			t.Fatalf("log2(2^%d) = %x, want exact", k, got)
		}
	}
	const one = float64(uint64(1) << Log2FracBits)
	maxErr := 0.0
	check := func(x uint64) {
		got := float64(Log2Fixed(x)) / one
		// math.Log2 of a float64 rounds x to 53 bits; use big.Float for a
		// reference that does not.
		want := bigLog2(x)
		if e := math.Abs(got - want); e > maxErr {
			maxErr = e
		}
		if got > want+1e-12 {
			t.Fatalf("log2(%d) = %.17g rounds up past %.17g", x, got, want)
		}
	}
	prev, prevX := uint64(0), uint64(1)
	x := uint64(1)
	for i := 0; i < 200_000; i++ {
		// Walk the whole range: small steps first, then geometric.
		switch {
		case i < 5000:
			x = uint64(i + 1)
		default:
			x += x/4096 + 1
			if x < prevX { // wrapped
				x = math.MaxUint64
			}
		}
		v := Log2Fixed(x)
		if v < prev {
			t.Fatalf("not monotone: log2(%d) = %x < log2(%d) = %x", x, v, prevX, prev)
		}
		prev, prevX = v, x
		check(x)
		if x == math.MaxUint64 {
			break
		}
	}
	for _, x := range log2Inputs() {
		check(x)
	}
	if maxErr > 1e-12 {
		t.Fatalf("max |Log2Fixed - log2| = %g, want <= 1e-12", maxErr)
	}
	t.Logf("max error %g (Q%d ulp %g)", maxErr, Log2FracBits, 1/one)

	// negLog2Unit is never 0 and decreases as h grows.
	if negLog2Unit(math.MaxUint64) == 0 || negLog2Unit(0) != 64<<Log2FracBits {
		t.Fatalf("negLog2Unit bounds: %x %x", negLog2Unit(math.MaxUint64), negLog2Unit(0))
	}
}

// bigLog2 is log2(x) to float64 precision, computed from the exact integer.
func bigLog2(x uint64) float64 {
	k := 63
	for x>>uint(k) == 0 {
		k--
	}
	// x = 2^k * m, m in [1,2): log2 m via log1p for accuracy near 1.
	m := new(big.Float).SetPrec(128).SetUint64(x)
	m.SetMantExp(m, -k)
	f, _ := m.Float64()
	return float64(k) + math.Log1p(f-1)/math.Ln2
}

func TestWeightFactors(t *testing.T) {
	one := uint64(weightOne)
	cases := []struct {
		name     string
		got, exp uint64
	}{
		{"rep neutral", reputationFactor(NeutralReputation), one},
		{"rep 0", reputationFactor(0), one / 2},
		{"rep max", reputationFactor(1 << 31), 2 * one},
		{"price nil", priceFactor(nil, 0), one},
		{"price 0", priceFactor(new(big.Int), 0), one * 7 / 4},
		{"price ref", priceFactor(RefPriceWei(), 0), one},
		{"price 3 ref", priceFactor(new(big.Int).Mul(RefPriceWei(), big.NewInt(3)), 0), one * 10 / 16},
		{"price 2^61-1 (fast)", priceFactor(new(big.Int).SetUint64(1<<61-1), 0), 33901},
		{"price 2^61 (big)", priceFactor(new(big.Int).Lsh(big.NewInt(1), 61), 0), 33901},
		{"price 2^128", priceFactor(new(big.Int).Lsh(big.NewInt(1), 128), 0), one / 4},
		{"locality 0", localityFactor(0), one},
		{"locality 1", localityFactor(1), one * 5 / 4},
		{"locality 4", localityFactor(4), 2 * one},
		{"locality 100", localityFactor(100), 2 * one},
		{"fit 0", fitFactor(0), one * 3 / 2},
		{"fit 1", fitFactor(1), one * 5 / 4},
		{"fit 7", fitFactor(7), one + one/16},
		{"fit none", fitFactor(FitNone), one},
	}
	for _, c := range cases {
		if c.got != c.exp {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.exp)
		}
	}
	// The fast and the big.Int price paths agree around the switch.
	for _, p := range []uint64{0, 1, 5e17, 1<<61 - 2, 1<<61 - 1} {
		fast := priceFactor(new(big.Int).SetUint64(p), 0)
		num := new(big.Int).Add(new(big.Int).Mul(RefPriceWei(), big.NewInt(7)), new(big.Int).SetUint64(p))
		num.Lsh(num, 16)
		den := new(big.Int).Lsh(new(big.Int).Add(RefPriceWei(), new(big.Int).SetUint64(p)), 2)
		if slow := num.Quo(num, den).Uint64(); fast != slow {
			t.Errorf("price %d: fast %d, exact %d", p, fast, slow)
		}
	}
	// The weight stays within [1/8, 10.5] (Q32).
	lo := weight(WeightInputs{Reputation: 0, PriceWei: new(big.Int).Lsh(big.NewInt(1), 200), Locality: 0, Fit: FitNone})
	hi := weight(WeightInputs{Reputation: 1 << 30, PriceWei: new(big.Int), Locality: 1 << 30, Fit: 0})
	if lo < 1<<29 || hi > 21<<31 || hi <= lo {
		t.Fatalf("weight range [%d, %d] outside [2^29, 10.5*2^32]", lo, hi)
	}
	if got := weight(WeightInputs{Reputation: NeutralReputation, Fit: FitNone}); got != 1<<32 {
		t.Fatalf("neutral weight = %d, want 2^32", got)
	}
}

func TestScoreText(t *testing.T) {
	s := ScoreFor(jobID("text"), testID(1), WeightInputs{Reputation: NeutralReputation})
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back Score
	if err := json.Unmarshal(b, &back); err != nil || back != s {
		t.Fatalf("round trip %s: %s, %v", b, back, err)
	}
	if len(s.String()) != 32 {
		t.Fatalf("String = %q", s.String())
	}
	if err := back.UnmarshalText([]byte("zz")); err == nil {
		t.Fatal("bad hex accepted")
	}
	if (Score{0: 1}).Cmp(Score{15: 0xff}) != 1 || (Score{15: 1}).Cmp(Score{15: 2}) != -1 || (Score{3: 3}).Cmp(Score{3: 3}) != 0 {
		t.Fatal("Cmp is not numeric")
	}
}

// jobIDN is the n-th job id of the distribution tests.
func jobIDN(n int) [32]byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(n))
	return [32]byte(crypto.Keccak256([]byte("distribution"), b[:]))
}

// winners counts, over jobs, which of the nodes scores highest.
func winners(jobs int, weights []WeightInputs) []int {
	wins := make([]int, len(weights))
	for j := 0; j < jobs; j++ {
		id := jobIDN(j)
		best := -1
		var bestC Candidate
		for i, w := range weights {
			c := Candidate{Node: testID(i + 1), Score: ScoreFor(id, testID(i+1), w)}
			if best < 0 || Better(c, bestC) {
				best, bestC = i, c
			}
		}
		wins[best]++
	}
	return wins
}

func TestScoreDistribution(t *testing.T) {
	const jobs, n = 10_000, 10
	equal := make([]WeightInputs, n)
	for i := range equal {
		equal[i] = WeightInputs{Reputation: NeutralReputation, PriceWei: RefPriceWei(), Fit: 0}
	}
	wins := winners(jobs, equal)
	for i, w := range wins {
		if w < jobs*8/100 || w > jobs*12/100 {
			t.Errorf("equal nodes: node %d wins %d of %d, want 10%% ± 2%%", i, w, jobs)
		}
	}
	t.Logf("equal weights: %v", wins)

	// Node 0 holds 4 of the inputs: locality factor 2, double weight. It
	// should win 2/11 of the jobs, each other node 1/11.
	double := make([]WeightInputs, n)
	copy(double, equal)
	double[0].Locality = 4
	if weight(double[0]) != 2*weight(double[1]) {
		t.Fatalf("locality 4 is not double weight: %d vs %d", weight(double[0]), weight(double[1]))
	}
	wins = winners(jobs, double)
	rest := 0
	for _, w := range wins[1:] {
		rest += w
	}
	ratio := float64(wins[0]) / (float64(rest) / float64(n-1)) // test-only float
	if ratio < 1.75 || ratio > 2.25 {
		t.Errorf("double weight wins %.2f times as often as unit weight (%v), want about 2", ratio, wins)
	}
	t.Logf("double weight: %v (ratio %.3f)", wins, ratio)
}

// Rendezvous hashing's stability: removing a node moves only the jobs it
// won; every other job keeps its winner.
func TestScoreStability(t *testing.T) {
	w := WeightInputs{Reputation: NeutralReputation}
	for j := 0; j < 2000; j++ {
		id := jobIDN(j)
		best := func(skip int) int {
			b := -1
			var bc Candidate
			for i := 1; i <= 10; i++ {
				if i == skip {
					continue
				}
				c := Candidate{Node: testID(i), Score: ScoreFor(id, testID(i), w)}
				if b < 0 || Better(c, bc) {
					b, bc = i, c
				}
			}
			return b
		}
		all := best(0)
		for skip := 1; skip <= 10; skip++ {
			if skip != all && best(skip) != all {
				t.Fatalf("job %d: removing node %d moved the job from node %d", j, skip, all)
			}
		}
	}
}
