package sched

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Scoring is weighted rendezvous hashing (highest random weight), done in
// integer arithmetic so that every peer on every CPU gets the same bits.
//
// For job J and node N:
//
//	h     = first 8 bytes, big-endian, of keccak256(J.id || N.id)
//	u     = (h|1) / 2^64                             uniform in (0,1), never 0
//	L     = -log2(u) = 64 - log2(h|1)                Q48 fixed point, at least 1 ulp
//	W     = rep' * price' * locality' * fit' * lat'  Q32 fixed point, each factor Q16, weighted (below)
//	score = floor(W * 2^64 / L)                      128-bit unsigned; larger wins
//
// Classic weighted rendezvous scores -w/ln(u); since -ln(u) = ln2 * -log2(u),
// this is the same ordering scaled by a constant. Its key property carries
// over: node i wins a job with probability w_i / sum(w), and adding or
// removing a node moves only the jobs that node wins or loses.
//
// The weight factors, each bounded so that no single one dominates:
//
//	rep      = (R + 1000) / 2000, R clamped to [0, 3000]     in [0.5, 2];   1 at the neutral 1000
//	price    = (7*ref + P) / (4*(ref + P)), ref: below     in (0.25, 1.75]; 1 at P = ref, nil P = 1
//	locality = 1 + min(C, 4) / 4, C = input CIDs held        in [1, 2]
//	           (+1 to C if the node holds a Docker job's image)
//	fit      = 1 + 1 / (2*(1 + S)), S = GPUs left idle       in [1, 1.5]
//	lat      = 1 + (B - R) / (2*B), R = estimated RTT to     in [1, 1.5]; 1 without a bound
//	           the home, B = the job's bound (latency.go)
//
// Each factor is weighted by its governed weight w, in per mille (0..1000,
// default 1000: sched.Params, the parameters contract), which scales how far
// it moves from 1:
//
//	factor' = 1 + (factor - 1) * w / 1000
//
// in Q16 with the move rounded down in size, so toward 1 on either side:
// 2^16 + floor((F - 2^16) * w / 1000) for F = floor(factor * 2^16) >= 2^16,
// 2^16 - floor((2^16 - F) * w / 1000) for F < 2^16 (rep and price). At
// w = 1000 factor' is F itself, bit for bit: the score of the built-in rule;
// at 0 it is 1 for every node, the factor off. factor' lies between 1 and
// factor, so the product stays in [1/8, 15.75] whatever the weights.
// W is built as (((rep'*price')*locality'>>16)*fit'>>16)*lat'>>16,
// truncating at each step. ref is the governed reference price (default the
// daemon's default price, node.DefaultPrice). Ties (equal 128-bit scores) go
// to the lower node id.

// Fixed-point formats.
const (
	// Log2FracBits is the number of fractional bits of Log2Fixed's result.
	Log2FracBits = 48
	// weightOne is 1.0 for a weight factor (Q16).
	weightOne = 1 << 16
)

// NeutralReputation is every node's reputation until reputation is
// measured: the weight factor is 1 there.
const NeutralReputation uint32 = 1000

// maxReputation caps the reputation that counts toward the weight (factor 2).
const maxReputation = 3 * NeutralReputation

// refPriceWei is the price per GPU-hour (0.5 ETH, the daemon's default) at
// which the price factor is 1: cheaper nodes weigh up to 1.75, dearer ones
// down toward 0.25. 5e17 < 2^59.
const refPriceWei uint64 = 5e17

// RefPriceWei returns the reference price per GPU-hour (0.5 ETH) at which
// the price factor is 1, as a fresh value.
func RefPriceWei() *big.Int { return new(big.Int).SetUint64(refPriceWei) }

// maxLocality is the number of held input CIDs after which locality stops
// adding weight (+25% each).
const maxLocality = 4

// FitNone is the Fit of a node that has no GPU group that can take the job
// now; it gives the smallest fit factor, 1.
const FitNone = ^uint32(0)

// Score is a node's score for one job: a 128-bit unsigned integer, big
// endian, so that byte order is numeric order. Larger is better.
type Score [16]byte

// Cmp compares two scores numerically: -1, 0 or +1.
func (s Score) Cmp(o Score) int {
	a, b := s.hi(), o.hi()
	if a == b {
		a, b = s.lo(), o.lo()
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (s Score) hi() uint64 { return binary.BigEndian.Uint64(s[:8]) }
func (s Score) lo() uint64 { return binary.BigEndian.Uint64(s[8:]) }

// String is the score in hex, 32 digits.
func (s Score) String() string { return hex.EncodeToString(s[:]) }

// MarshalText writes the score as 32 hex digits.
func (s Score) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a score written by MarshalText.
func (s *Score) UnmarshalText(b []byte) error {
	if len(b) != 2*len(s) {
		return fmt.Errorf("score: want %d hex digits, got %d", 2*len(s), len(b))
	}
	var t Score
	if _, err := hex.Decode(t[:], b); err != nil {
		return fmt.Errorf("score: %v", err)
	}
	*s = t
	return nil
}

// WeightInputs are everything a node's weight depends on besides the job
// and node ids. A claim carries them, so that any peer can recompute the
// claim's score with ScoreFor without consulting its own view.
type WeightInputs struct {
	// Reputation of the node, from the ranking peer's Standings.
	Reputation uint32
	// PriceWei is the node's price per GPU-hour; nil for a CPU-only job
	// (price does not count: factor 1).
	PriceWei *big.Int
	// Locality is the number of distinct job input CIDs the node provides,
	// plus one if it holds the Docker job's image (the advert's Images).
	Locality uint32
	// Fit is the number of GPUs the placement would leave idle: for a GPU
	// job, the free GPUs left over in the tightest group that can take it
	// (FitNone if none can, by the advert's free counts); for a CPU-only
	// job, all the node's free GPUs (so CPU work prefers GPU-less nodes).
	Fit uint32
	// RTTMicros is the RTT estimated between the node and the job's home,
	// and BoundMicros the job's bound, both in microseconds; both 0 for a
	// job without a bound. Every peer derives them from the node's advert
	// and the home's submit, so a claim need not state them.
	RTTMicros, BoundMicros uint64
	// RefPriceWei is the reference price the price factor is taken
	// against (the job's governed value); 0 is the built-in 0.5 ETH.
	RefPriceWei uint64
	// Weights are the factors' weights (the job's governed values); the
	// zero value weighs each in full.
	Weights Weights
}

// WeightInputsFor derives a node's weight inputs for a job from the node's
// advert alone (its free counts, not reservations), so that the claimant and
// every other peer holding that advert derive the same inputs.
func WeightInputsFor(req Requirements, a *types.Advert) WeightInputs {
	return weightInputs(&req, modelTokens(req.GPUModel), localInputs(&req), a)
}

// localInputs are what the locality factor counts: the job's datasets and
// the forwarded outputs it reads, sorted and unique.
func localInputs(req *Requirements) []string {
	if len(req.Forwards) == 0 {
		return sortedUnique(req.InputCIDs)
	}
	return sortedUnique(append(slices.Clone(req.InputCIDs), req.Forwards...))
}

// weightInputs is WeightInputsFor with the wanted model tokenised and the
// job's input CIDs sorted and deduplicated.
func weightInputs(req *Requirements, toks, inputs []string, a *types.Advert) WeightInputs {
	w := weightInputsOf(req, toks, inputs, a, req.Standings.Reputation(a.Node))
	if req.GPUCount > 0 && w.PriceWei == nil {
		w.PriceWei = new(big.Int)
	}
	return w
}

// weightInputsOf is weightInputs with the node's reputation already looked
// up, and for a GPU job the advert's price as it is: nil if it has none,
// which counts as 0, so the caller sets a zero.
func weightInputsOf(req *Requirements, toks, inputs []string, a *types.Advert, reputation uint32) WeightInputs {
	w := WeightInputs{
		Reputation: reputation,
		Weights:    req.Weights,
		// A held image counts like one held input: the job starts there
		// without the owner loading it first, and it moves there rather
		// than to a node that must give it back.
		Locality: locality(inputs, a.CIDs) + holdsImage(req.Image, a.Images),
	}
	if b := req.latencyBoundMicros(); b > 0 {
		if rtt, ok := req.nodeRTT(a); ok {
			w.RTTMicros, w.BoundMicros = rtt, b
		}
	}
	if req.GPUCount == 0 {
		_, free := a.GPUTotals()
		w.Fit = free
		return w
	}
	w.PriceWei, w.RefPriceWei = a.PriceWei, req.RefPriceWei
	w.Fit = FitNone
	for _, g := range a.GPUs {
		if g.Free < req.GPUCount || g.MemoryMiB < req.GPUMemMiB || !modelMatches(toks, g.Model) {
			continue
		}
		if spare := g.Free - req.GPUCount; spare < w.Fit {
			w.Fit = spare
		}
	}
	return w
}

// holdsImage is 1 if images (an advert's) has the job's image, else 0. A
// reference without a tag or digest means its ":latest", as Docker reads it.
func holdsImage(image string, images []string) uint32 {
	if image == "" {
		return 0
	}
	latest := ""
	if slash := strings.LastIndexByte(image, '/'); !strings.ContainsAny(image[slash+1:], ":@") {
		latest = image + ":latest"
	}
	// A pinned image is held under its digest: nodes advertise
	// repo@sha256:…, which the spec's repo:tag@sha256:… names too.
	// (String work only: this runs for every node in every ranking.)
	byDigest := image
	if name, digest, ok := strings.Cut(image, "@"); ok {
		if i := strings.LastIndexByte(name, ':'); i > strings.LastIndexByte(name, '/') {
			byDigest = name[:i] + "@" + digest
		}
	}
	for _, h := range images {
		if h == image || h == latest || h == byDigest {
			return 1
		}
	}
	return 0
}

// locality counts the inputs (sorted, unique) that cids contains.
func locality(inputs, cids []string) uint32 {
	if len(inputs) == 0 || len(cids) == 0 {
		return 0
	}
	var small uint64
	var seen []bool
	if len(inputs) > 64 {
		seen = make([]bool, len(inputs))
	}
	var n uint32
	for _, c := range cids {
		i, ok := searchStrings(inputs, c)
		if !ok {
			continue
		}
		if seen == nil {
			if small&(1<<uint(i)) != 0 {
				continue
			}
			small |= 1 << uint(i)
		} else {
			if seen[i] {
				continue
			}
			seen[i] = true
		}
		n++
	}
	return n
}

// searchStrings finds s in the sorted list.
func searchStrings(list []string, s string) (int, bool) {
	lo, hi := 0, len(list)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if list[m] < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(list) && list[lo] == s
}

// ScoreFor is a node's score for a job, from the job id, the node id and
// the node's weight inputs alone.
func ScoreFor(jobID [32]byte, node peer.ID, w WeightInputs) Score {
	h := crypto.Keccak256Hash(jobID[:], []byte(node))
	return scoreOf(binary.BigEndian.Uint64(h[:8]), weight(w))
}

// scoreOf is floor(weight * 2^64 / L), L = -log2((h|1)/2^64) in Q48.
func scoreOf(h, weight uint64) Score {
	return scoreOver(weight, negLog2Unit(h))
}

// boundBits is how many fractional bits of the logarithm scoreBounds
// works out: 8 of Log2Fixed's 48, a sixth of its work.
const boundBits = 8

// scoreBounds brackets scoreOf(h, weight) without the whole logarithm:
// lo <= scoreOf(h, weight) <= hi. Log2Fixed finds its bits from the top
// down, so its first boundBits fractional bits r are final and the rest add
// less than 2^(48-boundBits): L lies in [L(r) - 2^(48-boundBits) + 1, L(r)].
// (L(r) - 2^(48-boundBits) + 1 >= 1, since r < 64 << 48 has its low bits
// clear; so is every L here, as negLog2Unit's floor of 1 never applies.)
func scoreBounds(h, weight uint64) (lo, hi Score) {
	lMax := 64<<Log2FracBits - log2Prefix(h|1, boundBits)
	lMin := lMax - (1<<(Log2FracBits-boundBits) - 1)
	return scoreOver(weight, lMax), scoreOver(weight, lMin)
}

// scoreOver is floor(weight * 2^64 / l), l > 0, as a score.
func scoreOver(weight, l uint64) Score {
	qhi, r := weight/l, weight%l
	qlo, _ := bits.Div64(r, 0, l) // r < l, so no overflow
	var s Score
	binary.BigEndian.PutUint64(s[:8], qhi)
	binary.BigEndian.PutUint64(s[8:], qlo)
	return s
}

// weight is the node's weight in Q32: the product of its five weighted
// factors.
func weight(w WeightInputs) uint64 {
	f := factors(w)
	x := f[FactorReputation] * f[FactorPrice] // Q32, < 2^35
	x = x * f[FactorLocality] >> 16           // Q32, < 2^36
	x = x * f[FactorFit] >> 16                // Q32, < 2^37
	return x * f[FactorLatency] >> 16         // Q32, < 2^38
}

// factors are the node's five factors in Q16, each weighted by its
// governed weight.
func factors(w WeightInputs) [numFactors]uint64 {
	return [numFactors]uint64{
		FactorReputation: weighted(reputationFactor(w.Reputation), w.Weights.Of(FactorReputation)),
		FactorPrice:      weighted(priceFactor(w.PriceWei, w.RefPriceWei), w.Weights.Of(FactorPrice)),
		FactorLocality:   weighted(localityFactor(w.Locality), w.Weights.Of(FactorLocality)),
		FactorFit:        weighted(fitFactor(w.Fit), w.Weights.Of(FactorFit)),
		FactorLatency:    weighted(latencyFactor(w.RTTMicros, w.BoundMicros), w.Weights.Of(FactorLatency)),
	}
}

// weighted is factor f (Q16) under weight w (per mille, at most
// FullWeight): 1 + (f − 1)·w/1000, the move from 1 rounded down in size,
// so toward 1 on either side. At FullWeight it is f itself, at 0 it is 1;
// it always lies between 1 and f. (f <= 2^17 and w <= 1000: no overflow.)
func weighted(f, w uint64) uint64 {
	switch {
	case w == FullWeight: // the default: no arithmetic in the ranking's hot loop
		return f
	case f >= weightOne:
		return weightOne + (f-weightOne)*w/FullWeight
	}
	return weightOne - (weightOne-f)*w/FullWeight
}

// reputationFactor is (R + 1000) / 2000 in Q16, R clamped to [0, 3000].
func reputationFactor(r uint32) uint64 {
	if r > maxReputation {
		r = maxReputation
	}
	return weightOne * (uint64(r) + uint64(NeutralReputation)) / (2 * uint64(NeutralReputation))
}

// priceFactor is (7*ref + P) / (4*(ref + P)) in Q16, ref the governed
// reference price (0: the built-in one); nil is factor 1.
func priceFactor(p *big.Int, ref uint64) uint64 {
	if p == nil {
		return weightOne
	}
	if p.Sign() < 0 {
		return weightOne * 7 / 4 // cannot happen for a valid advert; treat as free
	}
	if ref == 0 {
		ref = refPriceWei
	}
	// Fast path: for P < 2^61 and ref at most the built-in one, everything
	// fits 128-bit arithmetic.
	if p.BitLen() <= 61 && ref <= refPriceWei {
		pv := p.Uint64()
		hi, lo := bits.Mul64(weightOne, 7*ref+pv)
		q, _ := bits.Div64(hi, lo, 4*(ref+pv))
		return q
	}
	r := new(big.Int).SetUint64(ref)
	num := new(big.Int).Mul(r, big.NewInt(7))
	num.Add(num, p)
	num.Lsh(num, 16)
	den := new(big.Int).Add(r, p)
	den.Lsh(den, 2)
	return num.Quo(num, den).Uint64()
}

// localityFactor is 1 + min(C, 4)/4 in Q16.
func localityFactor(c uint32) uint64 {
	if c > maxLocality {
		c = maxLocality
	}
	return weightOne + weightOne*uint64(c)/maxLocality
}

// fitFactor is 1 + 1/(2*(1+S)) in Q16.
func fitFactor(spare uint32) uint64 {
	return weightOne + weightOne/(2*(1+uint64(spare)))
}

// negLog2Unit is -log2(u) for u = (h|1)/2^64, in Q48: 64 - log2(h|1),
// at least 1 so that a score never divides by zero.
func negLog2Unit(h uint64) uint64 {
	l := 64<<Log2FracBits - Log2Fixed(h|1)
	if l == 0 {
		l = 1
	}
	return l
}

// Log2Fixed is log2(x) in fixed point with Log2FracBits fractional bits,
// rounded down, computed with integers only: the integer part is the bit
// length, the fraction comes one bit at a time by repeated squaring of the
// mantissa (kept in Q63, products in 128 bits, truncated). It is monotone
// non-decreasing in x and within 2^-47 of the true value. Log2Fixed(0) is 0.
func Log2Fixed(x uint64) uint64 { return log2Prefix(x, Log2FracBits) }

// log2Prefix is Log2Fixed(x) with only its first n fractional bits found
// and the others 0: the loop stopped after n of its Log2FracBits rounds.
// Each round fixes one bit and later rounds only set lower ones, so
// log2Prefix(x, n) <= Log2Fixed(x) < log2Prefix(x, n) + 2^(Log2FracBits-n).
func log2Prefix(x uint64, n int) uint64 {
	if x == 0 {
		return 0
	}
	k := bits.Len64(x) - 1
	m := x << uint(63-k) // mantissa in [1,2), Q63
	r := uint64(k) << Log2FracBits
	for i, bit := 0, uint64(1)<<(Log2FracBits-1); i < n; i, bit = i+1, bit>>1 {
		hi, lo := bits.Mul64(m, m) // m^2 in Q126, in [1,4)
		// If m^2 >= 2 (top bit set), this bit is 1 and m = m^2/2 (hi);
		// else m = m^2 (hi<<1 | lo>>63). Without a branch: the bit is
		// as good as random, and a mispredicted branch per bit cost
		// more than the rest of the loop.
		top := hi >> 63
		r |= bit & -top
		m = hi<<(1-top) | lo>>63&(top^1)
	}
	return r
}
