package sched

import (
	"math/bits"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Reputation and uptime, measured (docs/reputation.md). Time is cut into
// epochs of PeerConfig.EpochMs. The snapshot for epoch k counts:
//
//   - reputation: the outcomes of attempts that ended in epochs
//     k-1-WindowEpochs .. k-2, each weighted by how recent it is (linear
//     decay over the window). One epoch of lag gives every event time to
//     reach every peer, so peers holding the same events compute the same
//     numbers: outcomes come from the signed events by the reducer's own
//     rules, never from one peer's say-so;
//   - uptime: of the epochs k-WindowEpochs .. k-1 this peer was up in, the
//     share in which the node's adverts reached it. This one is each
//     peer's own observation (adverts are not stored), so claims are held
//     to it only within UptimeSlackPct.
//
// A snapshot, once built, is kept as it is: an outcome that reaches a peer
// more than an epoch late does not change a past epoch's ranking there.

const (
	// DefaultEpochMs is the epoch of a network that sets none: 10 minutes.
	DefaultEpochMs = 10 * 60 * 1000
	// WindowEpochs is how many epochs of outcomes a reputation counts, and
	// of adverts an uptime; at most 63 (one bit each in a uint64).
	WindowEpochs = 36
	// maxSnapshots bounds the snapshots a peer keeps (by epoch).
	maxSnapshots = 4
)

// What each kind of attempt outcome adds to its node's reputation, at full
// weight, starting from NewcomerReputation.
const (
	repServed   = 100  // an accepted result (complete, or the job's own failure)
	repGaveUp   = -50  // the executor declared its own attempt lost
	repLost     = -100 // lost while running: crashed, cut off, or stopped advertising
	repHeld     = -400 // claimed and never started: claim-and-hold
	repFalseAtt = -200 // said an executor was lost, and the executor delivered
	// maxServedPerEpoch caps the served results that count per node and
	// epoch: running one's own trivial jobs earns reputation only slowly.
	maxServedPerEpoch = 4
)

// epochMask is which of the recent epochs something happened in: bit i is
// epoch last-i.
type epochMask struct {
	last uint64
	bits uint64
}

func (m *epochMask) mark(epoch uint64) {
	switch {
	case m.bits == 0 || epoch > m.last:
		if m.bits != 0 && epoch-m.last < 64 {
			m.bits <<= epoch - m.last
		} else {
			m.bits = 0
		}
		m.last, m.bits = epoch, m.bits|1
	case m.last-epoch < 64:
		m.bits |= 1 << (m.last - epoch)
	}
}

// count is how many epochs in [from, to] are marked.
func (m epochMask) count(from, to uint64) uint32 {
	if m.bits == 0 || to < from {
		return 0
	}
	var sel uint64
	for e := from; e <= to; e++ {
		if e <= m.last && m.last-e < 64 {
			sel |= 1 << (m.last - e)
		}
	}
	return uint32(bits.OnesCount64(m.bits & sel))
}

// epochOf is the epoch that holds ms.
func (p *Peer) epochOf(ms uint64) uint64 { return ms / p.cfg.EpochMs }

// noteAdvert records that this peer was up at nowMs, and that node's advert
// reached it then.
func (p *Peer) noteAdvert(node peer.ID, nowMs uint64) {
	if p.cfg.EpochMs == 0 {
		return
	}
	e := p.epochOf(nowMs)
	p.upEpochs.mark(e)
	m := p.seenEpochs[node]
	m.mark(e)
	p.seenEpochs[node] = m
}

// setMeasuring turns the checks of measured standings on or off. A daemon
// catching up on the network's history turns them off (its snapshots would
// be built from part of the history, and it would refuse honest claims),
// then on once it holds the history: every claim held is checked again.
func (p *Peer) setMeasuring(on bool) {
	if on == p.measuring {
		return
	}
	p.measuring = on
	p.standings = nil
	if on {
		for _, j := range p.Jobs() {
			j.recheckClaims()
		}
	}
}

// StandingsAt is the snapshot for the epoch that holds ms: built on first
// need, then kept.
func (p *Peer) StandingsAt(ms uint64) *Standings {
	measured := p.measuring && p.cfg.EpochMs > 0
	var k uint64
	if measured {
		k = p.epochOf(ms)
	}
	if s, ok := p.standings[k]; ok {
		return s
	}
	s := &Standings{Epoch: k, measured: measured, bondRequired: p.bondRequired, bonded: p.bonded}
	if measured {
		p.measure(s)
	}
	if p.standings == nil {
		p.standings = map[uint64]*Standings{}
	}
	if len(p.standings) >= maxSnapshots {
		oldest := k
		for e := range p.standings {
			oldest = min(oldest, e)
		}
		if oldest == k {
			return s // older than every kept one (a claim from long ago): not kept, so no recent one is rebuilt
		}
		delete(p.standings, oldest) // the smallest epoch: a total order, not map order
	}
	p.standings[k] = s
	return s
}

// measure fills s (epoch s.Epoch) from the jobs held and the adverts seen.
func (p *Peer) measure(s *Standings) {
	k := s.Epoch
	// Uptime over the complete epochs before k.
	from := uint64(0)
	if k > WindowEpochs {
		from = k - WindowEpochs
	}
	if k > 0 {
		s.upEpochs = p.upEpochs.count(from, k-1)
	}
	s.uptime = map[peer.ID]uint32{}
	for id, m := range p.seenEpochs {
		if m.last+WindowEpochs < k {
			delete(p.seenEpochs, id) // silent for the whole window: forget it
			continue
		}
		if s.upEpochs > 0 {
			s.uptime[id] = min(100, 100*m.count(from, k-1)/s.upEpochs)
		}
	}
	// Reputation from outcomes in [k-1-W, k-2].
	s.reputation = map[peer.ID]uint32{}
	if k < 2 {
		return
	}
	hi := k - 2
	lo := uint64(0)
	if hi+1 > WindowEpochs {
		lo = hi + 1 - WindowEpochs
	}
	sum := map[peer.ID]int64{}
	served := map[servedKey]int{}
	add := func(node peer.ID, atMs uint64, delta int64) {
		e := p.epochOf(atMs)
		if node == "" || e < lo || e > hi {
			return
		}
		if delta == repServed {
			sk := servedKey{node, e}
			if served[sk] >= maxServedPerEpoch {
				return
			}
			served[sk]++
		}
		sum[node] += delta * int64(WindowEpochs-(hi-e))
	}
	for _, j := range p.jobs {
		j.outcomes(add)
	}
	for id, v := range sum {
		r := int64(NewcomerReputation) + v/WindowEpochs
		s.reputation[id] = uint32(min(max(r, 0), int64(maxReputation)))
	}
}

type servedKey struct {
	node  peer.ID
	epoch uint64
}

// outcomes reports each ended attempt's effect on its node's reputation,
// and each false attestation's on its signer's, with when it happened.
// Sums over them do not depend on the order.
func (j *Job) outcomes(add func(node peer.ID, atMs uint64, delta int64)) {
	if j.Submit == nil {
		return
	}
	for _, a := range j.History {
		e := a.Ended
		switch {
		case e == nil:
		case e.Type == types.EvComplete || e.Type == types.EvFail:
			add(a.Node, e.TimeMs, repServed)
			// Lost events about an attempt that then delivered were false.
			for _, s := range j.events {
				l := s.ev
				if l.Type == types.EvLost && l.Attempt == a.N && l.Actor != a.Node && l.TimeMs < e.TimeMs {
					add(l.Actor, l.TimeMs, repFalseAtt)
				}
			}
		case e.Type == types.EvLost && a.Started == nil:
			add(a.Node, e.TimeMs, repHeld) // whoever said so: giving up a held claim is still holding it
		case e.Type == types.EvLost && e.Actor == a.Node:
			add(a.Node, e.TimeMs, repGaveUp)
		case e.Type == types.EvLost:
			add(a.Node, e.TimeMs, repLost)
		}
	}
}
