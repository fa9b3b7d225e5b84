package sched

import (
	"slices"
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
}

// ParamRefPriceWei is the name of the reference price.
const ParamRefPriceWei = "refPriceWei"

// MaxParamChanges bounds the list the brain keeps (the contract's limit).
const MaxParamChanges = 256

// The reference price's bounds, as the contract enforces them: a list that
// breaks them (a hostile RPC endpoint, say) loses the offending changes.
const (
	minRefPriceWei uint64 = 1e9
	maxRefPriceWei uint64 = 1e19
)

// DefaultParams are the values before any change: the built-in ones.
func DefaultParams() Params { return Params{RefPriceWei: refPriceWei} }

// cleanParams keeps the changes the contract could have made: known
// names, values in bounds, nondecreasing FromMs, at most MaxParamChanges.
func cleanParams(in []ParamChange) []ParamChange {
	out := make([]ParamChange, 0, min(len(in), MaxParamChanges))
	var last uint64
	for _, c := range in {
		if len(out) == MaxParamChanges {
			break
		}
		if c.Name != ParamRefPriceWei || c.Value < minRefPriceWei || c.Value > maxRefPriceWei || c.FromMs < last {
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
		if c.Name == ParamRefPriceWei {
			v.RefPriceWei = c.Value
		}
	}
	return v
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
		if ref := p.ParamsAt(jobCreatedMs(j)).RefPriceWei; ref != j.Req.RefPriceWei {
			j.Req.RefPriceWei = ref
			j.recheckClaims()
		}
	}
}

// jobCreatedMs is when the owner signed the job's spec: the time its
// governed values are those of, the same at every peer (a relay's submit
// time is not).
func jobCreatedMs(j *Job) uint64 { return j.Spec.CreatedAt * 1000 }
