package sched

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Factors are a candidate's five weight factors in Q16 fixed point
// (65536 is 1.0), and their product, the weight, in Q32: what its score
// is made of (see score.go).
type Factors struct {
	Reputation, Price, Locality, Fit, Latency uint64 // Q16
	Weight                                    uint64 // Q32
}

// FactorsOf breaks weight inputs into their factors, each weighted by
// its governed weight (as the score counts it).
func FactorsOf(w WeightInputs) Factors {
	f := factors(w)
	return Factors{Reputation: f[FactorReputation], Price: f[FactorPrice], Locality: f[FactorLocality],
		Fit: f[FactorFit], Latency: f[FactorLatency], Weight: weight(w)}
}

// Explained is one node's part in a job's ranking, as this peer sees it
// now: its rank and score and what they are made of, or the filter that
// rejects it.
type Explained struct {
	Node    peer.ID
	Rank    int // 0 = best; -1 when rejected
	Score   Score
	Inputs  WeightInputs
	Factors Factors
	// Rejected is the first filter the node fails ("" if it fits), and
	// Why says more where the filter can (the latency estimate).
	Rejected, Why string
}

// Explanation is a job's ranking with the reasons, as Nomad's
// AllocMetric.ScoreMetaData gives them: every node of the view, the
// feasible ones best first, then the rejected ones with their filter.
type Explanation struct {
	Job      common.Hash
	Attempt  uint32
	Excluded []peer.ID // earlier executors of the job, lost
	Nodes    []Explained
	Summary  string
}

// Explain ranks a known job now against this peer's view (and the
// standing reservations), and says for every node why it ranks where it
// does.
func (p *Peer) Explain(id common.Hash, nowMs uint64) (Explanation, bool) {
	j := p.jobs[id]
	if j == nil || j.Spec == nil {
		return Explanation{}, false
	}
	view := p.view.Nodes()
	res := p.holding(Reservations(p.activeJobs()))
	req := p.RequirementsAt(j, nowMs)
	pl := Rank(req, view, res, FitNow, nowMs, p.cfg.TTLMs)
	out := Explanation{Job: id, Attempt: j.Attempt, Excluded: append([]peer.ID(nil), j.Req.Exclude...), Summary: pl.Summary()}
	for i, c := range pl.Ranked {
		out.Nodes = append(out.Nodes, Explained{Node: c.Node, Rank: i, Score: c.Score, Inputs: c.Weights, Factors: FactorsOf(c.Weights)})
	}
	ranked := make(map[peer.ID]bool, len(pl.Ranked)) // a lookup, never iterated
	for _, c := range pl.Ranked {
		ranked[c.Node] = true
	}
	for _, e := range view {
		if ranked[e.Advert.Node] {
			continue
		}
		f, _ := Check(req, e, res, FitNow, nowMs, p.cfg.TTLMs)
		why := ""
		switch {
		case f == "" && pl.Unprovided != "":
			// Check sees one node; no node of the view has the data.
			f, why = FilterData, NoProviderWhy(pl.Unprovided)
		case f == FilterLatency:
			why = LatencyWhy(req, e.Advert)
		case f == FilterData:
			why = DataWhy(req, e.Advert)
		}
		out.Nodes = append(out.Nodes, Explained{Node: e.Advert.Node, Rank: -1, Rejected: f, Why: why})
	}
	return out, true
}
