package sched

import (
	"math/big"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Standings is what a peer holds about other nodes beyond their adverts,
// as of one epoch: measured reputation (docs/reputation.md), observed
// uptime, and whether the node is bonded in the registry contract. A nil
// *Standings is a network that measures nothing: every node neutral, up,
// and bonded (unit tests and tools).
type Standings struct {
	Epoch uint64
	// measured: reputation and uptime are measured (else every node is
	// neutral and up, and a claim may state any reputation: a network
	// without epochs, or a peer still catching up on the history).
	measured bool
	// reputation of the nodes with a measured record; others are
	// NewcomerReputation.
	reputation map[peer.ID]uint32
	// uptime in percent of the window's epochs this peer was up; nodes
	// absent had no advert in it (0), unless upEpochs is 0 (100: nothing
	// measured yet).
	uptime   map[peer.ID]uint32
	upEpochs uint32
	// bondRequired: only bonded nodes are placed and may claim.
	bondRequired bool
	bonded       map[peer.ID]bool
}

// Reputation is the node's reputation in this snapshot.
func (s *Standings) Reputation(id peer.ID) uint32 {
	if s == nil || !s.measured {
		return NeutralReputation
	}
	if r, ok := s.reputation[id]; ok {
		return r
	}
	return NewcomerReputation
}

// UptimePct is the share of the window's epochs (those this peer was up
// in) in which the node advertised, in percent.
func (s *Standings) UptimePct(id peer.ID) uint32 {
	if s == nil || !s.measured || s.upEpochs == 0 {
		return 100
	}
	return s.uptime[id]
}

// Stated is the reputation a node states for itself in a claim: what this
// peer measured for it, or, while it measures nothing yet (catching up), 0,
// which every peer accepts (stating less only lowers the claim's score).
// Neutral without standings at all.
func (s *Standings) Stated(id peer.ID) uint32 {
	switch {
	case s == nil:
		return NeutralReputation
	case !s.measured:
		return 0
	}
	return s.Reputation(id)
}

// Measured reports whether reputation and uptime are measured here.
func (s *Standings) Measured() bool { return s != nil && s.measured }

// claimLimit is the most reputation a claim by id may state.
func (s *Standings) claimLimit(id peer.ID) uint32 {
	if !s.Measured() {
		return maxReputation
	}
	return s.Reputation(id)
}

// Bonded reports whether the node may be placed as far as bonds go: it is
// bonded, or this network does not require bonds.
func (s *Standings) Bonded(id peer.ID) bool {
	return s == nil || !s.bondRequired || s.bonded[id]
}

// BondRequired reports whether this network places bonded nodes only.
func (s *Standings) BondRequired() bool { return s != nil && s.bondRequired }

// NewcomerReputation is the reputation of a node with no measured record:
// below neutral, so that a new identity earns its way up.
const NewcomerReputation uint32 = 500

// FloorReputation is the reputation under which a node is placed on no
// job: a node that held jobs without running them falls under it.
const FloorReputation uint32 = 250

// setBonds tells the brain which nodes the registry contract holds a bond
// for (the daemon reads the chain), and whether this network requires
// one: then an unbonded node is neither placed nor may it claim.
func (p *Peer) setBonds(required bool, bonded []peer.ID) {
	m := make(map[peer.ID]bool, len(bonded))
	for _, id := range bonded {
		m[id] = true
	}
	p.bondRequired, p.bonded = required, m
	for _, st := range p.standings { // bonds are the chain's now, not the epoch's
		st.bondRequired, st.bonded = required, m
	}
}

// RequirementsAt is j's requirements with this peer's standings for the
// epoch that holds nowMs: what it ranks and checks j by.
func (p *Peer) RequirementsAt(j *Job, nowMs uint64) Requirements {
	req := j.Req
	req.Standings = p.StandingsAt(nowMs)
	return req
}

// ClaimFor is the claim this peer makes, at nowMs, on attempt of j with its
// own advert self (the daemon adds the sealed advert as evidence): the
// score inputs every peer recomputes from that advert, and the reputation
// it measured for itself, as CheckClaim holds them.
func (p *Peer) ClaimFor(j *Job, attempt uint32, self *types.Advert, nowMs uint64) *types.JobEvent {
	req := p.RequirementsAt(j, nowMs)
	w := WeightInputsFor(req, self)
	return &types.JobEvent{Job: j.ID, Type: types.EvClaim, Attempt: attempt, TimeMs: nowMs, AdvertSeq: self.Seq,
		Reputation: req.Standings.Stated(p.Self), PriceWei: claimPrice(&req, self), Locality: w.Locality, Fit: w.Fit}
}

// claimPrice is the price a claim states: the advert's JobPrice, 0 for
// none (what the receipt then bills).
func claimPrice(req *Requirements, a *types.Advert) *big.Int {
	if p := JobPrice(req, a); p != nil {
		return p
	}
	return new(big.Int)
}
