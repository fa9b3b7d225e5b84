package sched

import (
	"math/big"
	"slices"

	"github.com/skyops/skyops/types"
)

// The governed parameters: values the network's parameters contract
// changes through its governor (ledger/chain), each change taking effect
// for jobs created from a time fixed on chain. The daemon reads the list
// and hands it in whole (MsgParams); a job is ranked with the values in
// effect at its spec's signed createdAt, so every peer holding the same
// list ranks it alike, whenever it learns of the job. The contract makes
// every change known ahead (its notice), so a peer reading the chain every
// few seconds holds it before it applies.

// ParamChange is one scheduled change: Name takes Value for jobs created
// from FromMs (unix milliseconds) on.
type ParamChange struct {
	Name   string
	Value  uint64
	FromMs uint64
}

// Params are the governed values one job is ranked with.
type Params struct {
	// RefPriceWei is the price per GPU-hour at which a node's price factor
	// is 1 (score.go).
	RefPriceWei uint64
	// MicroSkyopsPerETH is how many millionths of a $SKYOPS one ETH buys:
	// the rate a job paid in $SKYOPS converts executors' prices (in ETH)
	// at, for its price cap and its receipts.
	MicroSkyopsPerETH uint64
	// Weights are the score factors' weights (score.go).
	Weights Weights
}

// The governed parameters' names, as the contract keys them
// (keccak256 of the name).
const (
	ParamRefPriceWei       = "refPriceWei"
	ParamMicroSkyopsPerETH = "microSkyopsPerEth"
	// The weights of the score's factors, per mille (Weights).
	ParamRepWeight      = "repWeight"
	ParamPriceWeight    = "priceWeight"
	ParamLocalityWeight = "localityWeight"
	ParamFitWeight      = "fitWeight"
	ParamLatencyWeight  = "latencyWeight"
)

// ParamBounds are a parameter's bounds, as the contract enforces them; ok
// is false for a name the network does not govern.
func ParamBounds(name string) (lo, hi uint64, ok bool) {
	switch name {
	case ParamRefPriceWei:
		return minRefPriceWei, maxRefPriceWei, true
	case ParamMicroSkyopsPerETH:
		return 1, 1e18, true // a millionth of a $SKYOPS .. 10^12 $SKYOPS per ETH
	}
	if _, ok := weightParam(name); ok {
		return 0, FullWeight, true // off .. the factor as it is
	}
	return 0, 0, false
}

// Factor names one of the score's five weight factors (score.go).
type Factor int

// The factors, in the order the weight multiplies them.
const (
	FactorReputation Factor = iota
	FactorPrice
	FactorLocality
	FactorFit
	FactorLatency
	numFactors
)

// FullWeight is a factor's weight when it counts in full (per mille): the
// factor as the formula gives it. Weight 0 makes the factor 1 for every
// node.
const FullWeight = 1000

// weightParams are the factors' weights' parameter names, by factor.
var weightParams = [numFactors]string{ParamRepWeight, ParamPriceWeight, ParamLocalityWeight, ParamFitWeight, ParamLatencyWeight}

// weightParam is the factor whose weight the parameter name is.
func weightParam(name string) (Factor, bool) {
	for f, n := range weightParams {
		if n == name {
			return Factor(f), true
		}
	}
	return 0, false
}

// Weights are the governed weights of the score's factors, per mille
// (0..FullWeight): each scales how far its factor moves from 1,
// factor' = 1 + (factor − 1)·w/1000 (weighted, score.go). The zero value
// is every weight at FullWeight, the score as it was before weights were
// governed, so that Requirements and WeightInputs built without them
// rank as the built-in rule does.
type Weights struct {
	// less[f] is FullWeight minus factor f's weight: kept so, the zero
	// value weighs every factor in full.
	less [numFactors]uint16
}

// Of is factor f's weight, per mille.
func (w Weights) Of(f Factor) uint64 { return FullWeight - uint64(w.less[f]) }

// With is w with factor f's weight set to perMille (at most FullWeight).
func (w Weights) With(f Factor, perMille uint64) Weights {
	w.less[f] = uint16(FullWeight - min(perMille, FullWeight))
	return w
}

// Value is the value in effect of a governed parameter, by name; ok is
// false for a name the network does not govern.
func (v Params) Value(name string) (uint64, bool) {
	switch name {
	case ParamRefPriceWei:
		return v.RefPriceWei, true
	case ParamMicroSkyopsPerETH:
		return v.MicroSkyopsPerETH, true
	}
	if f, ok := weightParam(name); ok {
		return v.Weights.Of(f), true
	}
	return 0, false
}

// ParamNames are the governed parameters' names, in the order the
// contract's documentation lists them.
func ParamNames() []string {
	return append([]string{ParamRefPriceWei, ParamMicroSkyopsPerETH}, weightParams[:]...)
}

// microSkyopsPerETH is the built-in rate: 1,000 $SKYOPS per ETH.
const microSkyopsPerETH uint64 = 1000 * 1e6

// capInETH is spec's price cap as placement compares it, in ETH wei: as
// signed for a job paid in ETH, converted at rate for one paid in $SKYOPS.
func capInETH(s *types.JobSpec, rate uint64) *big.Int {
	c, ok := new(big.Int).SetString(s.PriceCapWei, 10)
	if !ok {
		c = new(big.Int)
	}
	if s.PaysIn() == types.PaySKYOPS {
		return ethCapFor(c, rate)
	}
	return c
}

// ethCapFor is the highest price in ETH wei whose conversion at rate is
// within capSkyops: types.InSkyops(p, rate) <= capSkyops exactly when
// p <= ((capSkyops+1)·10^6 − 1) / rate. A cap of 0 (none) stays 0.
func ethCapFor(capSkyops *big.Int, rate uint64) *big.Int {
	if capSkyops == nil || capSkyops.Sign() <= 0 || rate == 0 {
		return new(big.Int)
	}
	x := new(big.Int).Add(capSkyops, big.NewInt(1))
	x.Mul(x, big.NewInt(1e6)).Sub(x, big.NewInt(1))
	return x.Quo(x, new(big.Int).SetUint64(rate))
}

// MaxParamChanges bounds the list the brain keeps (the contract's limit).
const MaxParamChanges = 256

// The reference price's bounds, as the contract enforces them: a list that
// breaks them (a hostile RPC endpoint, say) loses the offending changes.
const (
	minRefPriceWei uint64 = 1e9
	maxRefPriceWei uint64 = 1e19
)

// DefaultParams are the values before any change: the built-in ones.
func DefaultParams() Params {
	return Params{RefPriceWei: refPriceWei, MicroSkyopsPerETH: microSkyopsPerETH}
}

// cleanParams keeps the changes the contract could have made: known
// names, values in bounds, nondecreasing FromMs, at most MaxParamChanges.
func cleanParams(in []ParamChange) []ParamChange {
	out := make([]ParamChange, 0, min(len(in), MaxParamChanges))
	var last uint64
	for _, c := range in {
		if len(out) == MaxParamChanges {
			break
		}
		lo, hi, known := ParamBounds(c.Name)
		if !known || c.Value < lo || c.Value > hi || c.FromMs < last {
			continue
		}
		last = c.FromMs
		out = append(out, c)
	}
	return out
}

// ParamsAt are the values in effect for a job created at ms: the latest
// change of each from at or before ms.
func (p *Peer) ParamsAt(ms uint64) Params {
	v := DefaultParams()
	for _, c := range p.params {
		if c.FromMs > ms {
			break
		}
		v.set(c)
	}
	return v
}

// set applies one change (of a known name) to v.
func (v *Params) set(c ParamChange) {
	switch c.Name {
	case ParamRefPriceWei:
		v.RefPriceWei = c.Value
	case ParamMicroSkyopsPerETH:
		v.MicroSkyopsPerETH = c.Value
	default:
		if f, ok := weightParam(c.Name); ok {
			v.Weights = v.Weights.With(f, c.Value)
		}
	}
}

// Params are the changes this peer holds, oldest first.
func (p *Peer) Params() []ParamChange { return slices.Clone(p.params) }

// setParams replaces the held list and re-derives each job's values; a
// job whose values changed has its claims checked again.
func (p *Peer) setParams(in []ParamChange) {
	list := cleanParams(in)
	if slices.Equal(list, p.params) {
		return
	}
	p.params = list
	for _, j := range p.jobs { // each job on its own: the order decides nothing
		if j.Spec == nil {
			continue
		}
		if j.applyParams(p.ParamsAt(jobCreatedMs(j))) {
			j.recheckClaims()
		}
	}
}

// applyParams sets what of the job's requirements the governed values
// decide: its reference price, the factors' weights and, for a job paid in
// $SKYOPS, the rate and its cap in ETH at that rate (placement compares
// ETH prices). It reports whether any changed.
func (j *Job) applyParams(v Params) bool {
	changed := j.Req.RefPriceWei != v.RefPriceWei || j.Req.Weights != v.Weights
	j.Req.RefPriceWei, j.Req.Weights = v.RefPriceWei, v.Weights
	if j.Spec.PaysIn() != types.PaySKYOPS {
		return changed
	}
	capETH := capInETH(j.Spec, v.MicroSkyopsPerETH)
	if j.Req.MicroSkyopsPerETH != v.MicroSkyopsPerETH || j.Req.PriceCapWei == nil || j.Req.PriceCapWei.Cmp(capETH) != 0 {
		changed = true
	}
	j.Req.MicroSkyopsPerETH, j.Req.PriceCapWei = v.MicroSkyopsPerETH, capETH
	return changed
}

// jobCreatedMs is when the owner signed the job's spec: the time its
// governed values are those of, the same at every peer (a relay's submit
// time is not).
func jobCreatedMs(j *Job) uint64 { return j.Spec.CreatedAt * 1000 }
