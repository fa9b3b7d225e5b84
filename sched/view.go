package sched

import (
	"sort"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Entry is one node in the view: its latest advert and when this peer
// received it (local clock, unix ms, as given to Observe).
type Entry struct {
	Advert *types.Advert
	SeenMs uint64
}

// View is one peer's picture of the live nodes. A node is live while its
// latest advert was received less than TTL ago; the advert is its heartbeat.
//
// Liveness counts from the local receive time, not the author's timestamp, so
// that a node whose clock is off is not dropped early or kept late.
type View struct {
	ttlMs uint64
	nodes map[peer.ID]Entry
	// sorted is nodes by id, kept for Nodes while valid: a new advert of
	// a known node updates it in place; a node added or expired clears it.
	sorted []Entry
	valid  bool
}

// NewView returns an empty view whose entries live ttlMs after their last
// advert.
func NewView(ttlMs uint64) *View {
	return &View{ttlMs: ttlMs, nodes: make(map[peer.ID]Entry)}
}

// Outcome says what Observe did with an advert.
type Outcome int

const (
	// Added: the node was not in the view.
	Added Outcome = iota + 1
	// Updated: a newer advert replaced the node's previous one.
	Updated
	// Replayed: the advert's sequence is not newer than the one held; ignored.
	Replayed
)

func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Updated:
		return "updated"
	case Replayed:
		return "replayed"
	}
	return "unknown"
}

// Observe folds an advert (already verified) received at nowMs into the view.
func (v *View) Observe(a *types.Advert, nowMs uint64) Outcome {
	old, ok := v.nodes[a.Node]
	if ok && a.Seq <= old.Advert.Seq {
		return Replayed
	}
	e := Entry{Advert: a, SeenMs: nowMs}
	v.nodes[a.Node] = e
	if ok {
		if v.valid {
			i := sort.Search(len(v.sorted), func(i int) bool { return v.sorted[i].Advert.Node >= a.Node })
			v.sorted[i] = e
		}
		return Updated
	}
	v.valid = false
	return Added
}

// Expire drops every node whose last advert was received more than TTL
// before nowMs, and returns their ids, sorted. self is never dropped: a node
// always knows it is alive.
func (v *View) Expire(nowMs uint64, self peer.ID) []peer.ID {
	var gone []peer.ID
	for id, e := range v.nodes {
		if id == self {
			continue
		}
		if nowMs > e.SeenMs && nowMs-e.SeenMs > v.ttlMs {
			gone = append(gone, id)
		}
	}
	sort.Slice(gone, func(i, j int) bool { return gone[i] < gone[j] })
	for _, id := range gone {
		delete(v.nodes, id)
	}
	if len(gone) > 0 {
		v.valid = false
	}
	return gone
}

// Get returns the node's entry, if it is in the view.
func (v *View) Get(id peer.ID) (Entry, bool) {
	e, ok := v.nodes[id]
	return e, ok
}

// Alive reports whether the node's last advert is younger than the TTL at
// nowMs (whether or not Expire has run since).
func (v *View) Alive(id peer.ID, nowMs uint64) bool {
	e, ok := v.nodes[id]
	return ok && (nowMs <= e.SeenMs || nowMs-e.SeenMs <= v.ttlMs)
}

// Len is the number of live nodes.
func (v *View) Len() int { return len(v.nodes) }

// Nodes returns every entry, sorted by node id, in a slice of the
// caller's own. (The sort is kept between calls: a view of 100,000 nodes
// costs a copy, not a sort, per ranking.)
func (v *View) Nodes() []Entry {
	if !v.valid {
		v.sorted = v.sorted[:0]
		for _, e := range v.nodes {
			v.sorted = append(v.sorted, e)
		}
		sort.Slice(v.sorted, func(i, j int) bool { return v.sorted[i].Advert.Node < v.sorted[j].Advert.Node })
		v.valid = true
	}
	return append([]Entry(nil), v.sorted...)
}
