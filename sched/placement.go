package sched

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Requirements is what one job needs from a node; node code converts a job
// spec into it.
type Requirements struct {
	JobID [32]byte
	// Runtime must be one of the advert's Runtimes, e.g. "wasm" ("" = any).
	Runtime string
	// GPUModel is matched by tokens (see ModelMatches): "A100" matches
	// "NVIDIA A100-SXM4-80GB", "A10" does not. "" = any model.
	GPUModel string
	// GPUCount GPUs, all from one group; 0 = a CPU-only job, which any node
	// can take, GPUs or not, and which ignores GPUModel, GPUMemMiB and price.
	GPUCount  uint32
	GPUMemMiB uint64 // minimum memory per GPU
	CPUCores  uint32
	RAMMiB    uint64
	DiskMiB   uint64
	// PriceCapWei is the most the job pays per GPU-hour; nil or 0 = no cap.
	PriceCapWei   *big.Int
	Region        string // "" = any (case-insensitive)
	MinReputation uint32
	MinUptime     uint32    // percent of recent epochs the node advertised in
	Exclude       []peer.ID // earlier failed executors of this job
	InputCIDs     []string  // nodes providing them score higher
	Image         string    // a Docker job's image: nodes holding it score higher
	// Standings are what the ranking peer knows of nodes beyond their
	// adverts (reputation, uptime, bonds), for the epoch ranked in; the
	// peer sets it, nil counts every node neutral.
	Standings *Standings
}

// Reservation is capacity that a standing claim took on a node. It holds
// until the node's own advert shows it, that is while the node's advert
// Seq <= AfterSeq.
type Reservation struct {
	Node  peer.ID
	JobID [32]byte
	GPUs  uint32
	// GPUModel is the model name of the group the GPUs came from, as the
	// advert names it. If it names no group exactly, the GPUs are taken,
	// conservatively, from every group it matches as a wanted model, and if
	// it is "" or matches none, from every group.
	GPUModel string
	CPUCores uint32
	RAMMiB   uint64
	DiskMiB  uint64
	AfterSeq uint64
}

// Mode says which capacity a ranking counts.
type Mode int

const (
	// FitNow ranks by what is free now: free GPUs, RAM and disk, minus
	// standing reservations.
	FitNow Mode = iota
	// FitEver asks whether the job could ever run on a node: total GPUs and
	// the advertised RAM and disk, reservations ignored.
	FitEver
)

func (m Mode) String() string {
	switch m {
	case FitNow:
		return "fit-now"
	case FitEver:
		return "fit-ever"
	}
	return fmt.Sprintf("mode(%d)", int(m))
}

// Candidate is a node that can take the job, with its score.
type Candidate struct {
	Node      peer.ID
	Score     Score
	AdvertSeq uint64 // the advert the score was computed from
	// PriceWei is the advert's price per GPU-hour. It is the advert's own
	// value, shared: adverts are immutable, and so is this.
	PriceWei *big.Int
	// Weights are the score's inputs: Score == ScoreFor(job, Node, Weights).
	Weights WeightInputs
}

// Better is the one rule that orders candidates everywhere (rankings and
// competing claims): the higher score wins, then the lower node id.
func Better(a, b Candidate) bool {
	if c := a.Score.Cmp(b.Score); c != 0 {
		return c > 0
	}
	return a.Node < b.Node
}

// FilterCount is how many nodes one filter rejected.
type FilterCount struct {
	Filter string
	Count  int
}

// Placement is the outcome of ranking one job against a set of nodes.
type Placement struct {
	// Considered is the number of distinct nodes ranked.
	Considered int
	// Ranked are the feasible nodes, best first (Better).
	Ranked []Candidate
	// Rejected counts, per filter, the nodes it rejected (each node by the
	// first filter it fails), in pipeline order; zero counts are left out.
	Rejected []FilterCount
}

// Summary says in one line how many nodes fit and, when none does, why:
// "0/12 nodes fit: 8 GPU model, 4 GPU memory", or "3/12 nodes fit".
func (p Placement) Summary() string {
	s := fmt.Sprintf("%d/%d nodes fit", len(p.Ranked), p.Considered)
	if len(p.Ranked) > 0 || len(p.Rejected) == 0 {
		return s
	}
	parts := make([]string, len(p.Rejected))
	for i, r := range p.Rejected {
		parts[i] = fmt.Sprintf("%d %s", r.Count, r.Filter)
	}
	return s + ": " + strings.Join(parts, ", ")
}

// RankOf is the node's position in the ranking (0 = best), if it is there.
func RankOf(p Placement, node peer.ID) (int, bool) {
	for i, c := range p.Ranked {
		if c.Node == node {
			return i, true
		}
	}
	return 0, false
}

// Rank places one job: it runs every node through the filters, scores the
// feasible ones and orders them by Better. nodes may come in any order; a
// node listed twice counts once, with its newest advert (highest Seq, then
// latest SeenMs). Entries without an advert are skipped. Reservations for
// the job being ranked are ignored (its own claim holds that capacity), as
// are all reservations in FitEver mode. The result depends on the inputs
// alone, never on their order.
func Rank(req Requirements, nodes []Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64) Placement {
	q := newQuery(&req, mode, nowMs, ttlMs)
	nodes = uniqueNodes(nodes)
	held := reservationsByIndex(nodes, indexReservations(q, reservations))

	var p Placement
	var rejected [len(pipeline)]int
	var scratch []uint32
	hasher := crypto.NewKeccakState()
	var sum [32]byte
	preimage := make([]byte, 0, 128)
	var n nodeCapacity // one for all: the filters take its address
	for i, e := range nodes {
		p.Considered++
		var rs []Reservation
		for len(held) > 0 && held[0].index < i {
			held = held[1:]
		}
		if len(held) > 0 && held[0].index == i {
			rs = held[0].rs
		}
		scratch = capacityOf(q, e, rs, scratch, &n)
		if f := firstRejection(q, &n); f >= 0 {
			rejected[f]++
			continue
		}
		a := e.Advert
		w := weightInputs(q.req, q.modelToks, q.inputs, a)
		preimage = append(append(preimage[:0], req.JobID[:]...), a.Node...)
		hasher.Reset()
		hasher.Write(preimage)
		hasher.Read(sum[:])
		price := a.PriceWei
		if price == nil {
			price = new(big.Int)
		}
		if w.PriceWei != nil {
			w.PriceWei = price
		}
		p.Ranked = append(p.Ranked, Candidate{
			Node:      a.Node,
			Score:     scoreOf(binary.BigEndian.Uint64(sum[:8]), weight(w)),
			AdvertSeq: a.Seq,
			PriceWei:  price,
			Weights:   w,
		})
	}
	slices.SortFunc(p.Ranked, func(a, b Candidate) int {
		if c := b.Score.Cmp(a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Node, b.Node)
	})
	for i, count := range rejected {
		if count > 0 {
			p.Rejected = append(p.Rejected, FilterCount{Filter: pipeline[i].Name(), Count: count})
		}
	}
	return p
}

// Check runs one node through the filters, as Rank would, and says which
// filter rejects it ("" and true if none does). A node uses it on itself
// before it claims.
func Check(req Requirements, e Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64) (string, bool) {
	if e.Advert == nil {
		return "", false
	}
	q := newQuery(&req, mode, nowMs, ttlMs)
	res := indexReservations(q, reservations)
	var n nodeCapacity
	capacityOf(q, e, res[e.Advert.Node], nil, &n)
	if i := firstRejection(q, &n); i >= 0 {
		return pipeline[i].Name(), false
	}
	return "", true
}

// firstRejection is the index of the first filter that rejects the node, or
// -1.
func firstRejection(q *query, n *nodeCapacity) int {
	for i, f := range pipeline {
		if !f.Feasible(q, n) {
			return i
		}
	}
	return -1
}

// uniqueNodes drops entries without an advert and, for a node listed more
// than once, keeps its newest advert. A list sorted by node id without
// repeats (View.Nodes) is returned as is. (Two different adverts with the
// same Seq and SeenMs would be an author signing twice; a View never holds
// both, and which one is kept here is then unspecified.)
func uniqueNodes(nodes []Entry) []Entry {
	clean := true
	for i, e := range nodes {
		if e.Advert == nil || i > 0 && (nodes[i-1].Advert == nil || nodes[i-1].Advert.Node >= e.Advert.Node) {
			clean = false
			break
		}
	}
	if clean {
		return nodes
	}
	out := make([]Entry, 0, len(nodes))
	for _, e := range nodes {
		if e.Advert != nil {
			out = append(out, e)
		}
	}
	// By node, newest first; then keep the first of each node.
	slices.SortFunc(out, func(a, b Entry) int {
		if c := cmp.Compare(a.Advert.Node, b.Advert.Node); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Advert.Seq, a.Advert.Seq); c != 0 {
			return c
		}
		return cmp.Compare(b.SeenMs, a.SeenMs)
	})
	return slices.CompactFunc(out, func(a, b Entry) bool { return a.Advert.Node == b.Advert.Node })
}

// indexReservations groups the reservations that count in this ranking by
// node. Whether one still holds depends on the node's advert (Seq <=
// AfterSeq), checked in capacityOf.
func indexReservations(q *query, rs []Reservation) map[peer.ID][]Reservation {
	if q.mode != FitNow || len(rs) == 0 {
		return nil
	}
	m := make(map[peer.ID][]Reservation)
	for _, r := range rs {
		if r.JobID == q.req.JobID {
			continue
		}
		m[r.Node] = append(m[r.Node], r)
	}
	return m
}

// heldAt is the reservations on the node at one index of the node list.
type heldAt struct {
	index int
	rs    []Reservation
}

// reservationsByIndex finds the reserved nodes in nodes (sorted by id, as
// uniqueNodes returns them), so that Rank meets them in order without a map
// lookup per node. The result is sorted by index.
func reservationsByIndex(nodes []Entry, byNode map[peer.ID][]Reservation) []heldAt {
	if len(byNode) == 0 {
		return nil
	}
	out := make([]heldAt, 0, len(byNode))
	for id, rs := range byNode {
		i, ok := slices.BinarySearchFunc(nodes, id, func(e Entry, id peer.ID) int { return cmp.Compare(e.Advert.Node, id) })
		if ok {
			out = append(out, heldAt{index: i, rs: rs})
		}
	}
	// Map order must not reach the result: sort.
	slices.SortFunc(out, func(a, b heldAt) int { return cmp.Compare(a.index, b.index) })
	return out
}

// capacityOf fills n with the node's capacity for q's mode, using scratch
// for the per-group GPU counts; it returns scratch for reuse.
func capacityOf(q *query, e Entry, rs []Reservation, scratch []uint32, n *nodeCapacity) []uint32 {
	a := e.Advert
	*n = nodeCapacity{
		advert:     a,
		seenMs:     e.SeenMs,
		cpuCores:   a.CPUFree,
		ramMiB:     a.RAMFreeMiB,
		diskMiB:    a.DiskMiB,
		reputation: q.req.Standings.Reputation(a.Node),
		uptime:     q.req.Standings.UptimePct(a.Node),
		bonded:     q.req.Standings.Bonded(a.Node),
	}
	scratch = slices.Grow(scratch[:0], len(a.GPUs))[:len(a.GPUs)]
	for i, g := range a.GPUs {
		if q.mode == FitEver {
			scratch[i] = g.Total
		} else {
			scratch[i] = g.Free
		}
	}
	n.gpuAvail = scratch
	if q.mode != FitNow {
		n.cpuCores, n.ramMiB = a.CPUCores, a.RAMMiB
		return scratch
	}
	// Sum what the standing reservations hold, then subtract once, so that
	// the result does not depend on their order.
	var ram, disk uint64
	var cpu uint32
	var gpus [types.MaxGPUGroups]uint64
	held := false
	for _, r := range rs {
		if a.Seq > r.AfterSeq {
			continue // the node's advert already shows it
		}
		held = true
		cpu += r.CPUCores
		ram += r.RAMMiB
		disk += r.DiskMiB
		if r.GPUs > 0 && len(a.GPUs) > 0 {
			reserveGPUs(a.GPUs, r, gpus[:len(a.GPUs)])
		}
	}
	if !held {
		return scratch
	}
	n.cpuCores = uint32(subFloor(uint64(n.cpuCores), uint64(cpu)))
	n.ramMiB = subFloor(n.ramMiB, ram)
	n.diskMiB = subFloor(n.diskMiB, disk)
	for i := range scratch {
		scratch[i] = uint32(subFloor(uint64(scratch[i]), gpus[i]))
	}
	return scratch
}

// reserveGPUs adds r's GPUs to the groups they may have come from: the
// groups named exactly by r.GPUModel; failing that, those it matches as a
// wanted model; failing that, every group.
func reserveGPUs(groups []types.GPUGroup, r Reservation, held []uint64) {
	found := false
	for i, g := range groups {
		if g.Model == r.GPUModel {
			held[i] += uint64(r.GPUs)
			found = true
		}
	}
	if found {
		return
	}
	if r.GPUModel != "" {
		toks := modelTokens(r.GPUModel)
		for i, g := range groups {
			if modelMatches(toks, g.Model) {
				held[i] += uint64(r.GPUs)
				found = true
			}
		}
		if found {
			return
		}
	}
	for i := range groups {
		held[i] += uint64(r.GPUs)
	}
}

func subFloor(a, b uint64) uint64 {
	if b >= a {
		return 0
	}
	return a - b
}

// sortedUnique returns a sorted copy of the list without repeats.
func sortedUnique[T cmp.Ordered](in []T) []T {
	if len(in) == 0 {
		return nil
	}
	out := slices.Clone(in)
	slices.Sort(out)
	return slices.Compact(out)
}

// searchIDs finds id in a sorted list.
func searchIDs(list []peer.ID, id peer.ID) (int, bool) {
	return slices.BinarySearch(list, id)
}
