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
	// PriceCapWei is the most the job pays per GPU-hour, in ETH wei; nil
	// or 0 = no cap. For a job paid in $SKYOPS it is the spec's cap
	// converted at MicroSkyopsPerETH (the highest ETH price within it).
	PriceCapWei   *big.Int
	Region        string // "" = any (case-insensitive)
	MinReputation uint32
	MinUptime     uint32    // percent of recent epochs the node advertised in
	Exclude       []peer.ID // earlier failed executors of this job
	// InputCIDs are the job's datasets (types.DatasetCID, the prefix
	// off): nodes whose adverts list them score higher (locality), and
	// with DataLocal only those that list all of them fit.
	InputCIDs []string
	// Forwards are the forwarded outputs of a workflow's parent jobs the
	// job reads (types.ForwardScheme, the prefix off): they count for
	// locality like datasets, but no node need advertise them for the job
	// to fit (the workflow's home keeps them, unlisted).
	Forwards  []string
	DataLocal bool
	Image     string // a Docker job's image: nodes holding it score higher
	// MaxLatencyMs bounds the estimated RTT between a node and the job's
	// home (0 = no bound); HomeCoord is the home's coordinate from its own
	// signed submit, the reference point of every estimate (see
	// latency.go). With a bound, a node without a coordinate, or a job
	// whose home stated none, does not fit.
	MaxLatencyMs uint32
	HomeCoord    *types.Coordinate
	// RefPriceWei is the governed reference price the job is ranked with
	// (params.go); 0 is the built-in one.
	RefPriceWei uint64
	// MicroSkyopsPerETH is the governed rate a job paid in $SKYOPS is
	// priced at (params.go); 0 for a job paid in ETH.
	MicroSkyopsPerETH uint64
	// Weights are the governed weights of the score's factors the job is
	// ranked with (params.go); the zero value weighs each in full.
	Weights Weights
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
	// Ranked are the feasible nodes, best first (Better): all of them
	// (Rank), or the best k (RankTop).
	Ranked []Candidate
	// Unlisted is the number of feasible nodes ranked after the last of
	// Ranked, which RankTop leaves out; 0 from Rank. Fits() is the number
	// of feasible nodes either way.
	Unlisted int
	// Rejected counts, per filter, the nodes it rejected (each node by the
	// first filter it fails), in pipeline order; zero counts are left out.
	Rejected []FilterCount
	// Unprovided is a dataset of the job that no live node advertises
	// (FitNow; "" if none): why the data filter rejected every node it
	// reached.
	Unprovided string

	// asked is the node RankTop was asked to place whatever its rank;
	// askedRank is 1 + its rank among all feasible nodes, 0 if it does
	// not fit. RankOf reads them.
	asked     peer.ID
	askedRank int
}

// Fits is the number of feasible nodes, listed in Ranked or not.
func (p Placement) Fits() int { return len(p.Ranked) + p.Unlisted }

// Summary says in one line how many nodes fit and, when none does, why:
// "0/12 nodes fit: 8 GPU model, 4 GPU memory", or "3/12 nodes fit".
func (p Placement) Summary() string {
	s := fmt.Sprintf("%d/%d nodes fit", p.Fits(), p.Considered)
	if p.Fits() > 0 || len(p.Rejected) == 0 {
		return s
	}
	parts := make([]string, len(p.Rejected))
	for i, r := range p.Rejected {
		parts[i] = fmt.Sprintf("%d %s", r.Count, r.Filter)
		if r.Filter == FilterData && p.Unprovided != "" {
			parts[i] += " (" + NoProviderWhy(p.Unprovided) + ")"
		}
	}
	return s + ": " + strings.Join(parts, ", ")
}

// RankOf is the node's position in the ranking (0 = best), if it is there:
// in Ranked, or, for the node RankTop was asked about (self), wherever it
// ranks among all the feasible nodes, listed or not.
func RankOf(p Placement, node peer.ID) (int, bool) {
	for i, c := range p.Ranked {
		if c.Node == node {
			return i, true
		}
	}
	if node != "" && node == p.asked && p.askedRank > 0 {
		return p.askedRank - 1, true
	}
	return 0, false
}

// Rank places one job: it runs every node through the filters, scores the
// feasible ones and orders them by Better, listing all of them. nodes may
// come in any order; a node listed twice counts once, with its newest
// advert (highest Seq, then latest SeenMs). Entries without an advert are
// skipped. Reservations for the job being ranked are ignored (its own
// claim holds that capacity), as are all reservations in FitEver mode. The
// result depends on the inputs alone, never on their order.
//
// Rank is for callers that need every feasible node (an explanation of the
// whole ranking, the offline nodes that could run a job); a peer deciding
// its own claim wants RankTop, which does not sort the whole list.
func Rank(req Requirements, nodes []Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64) Placement {
	return rank(&req, nodes, reservations, mode, nowMs, ttlMs, -1, "")
}

// TopRanks is the k a peer passes to RankTop when it decides a claim (Tick)
// or who attests a lost executor (checkLost). Those read the head of the
// ranking (topOf fingerprints its first 8, and the claim clock restarts
// when they change), whether any node fits (Fits), and the peer's own rank,
// which RankTop gives exactly for self however far down it is. So k needs
// only to cover the head; 64 covers it eight times over and keeps the
// selection a small heap. (Without self, a node ranked k or worse would read
// as no candidate. By the claim rule rank k claims k·Δ after the job became
// claimable, 32 s at the default Δ of 500 ms for rank 64, longer than
// StartDeadlineMs; by then the 64 nodes before it have each had their turn
// and the view has moved on. Still, pass self.)
const TopRanks = 64

// RankTop is Rank for the hot path: the same filters, scores and order,
// but Ranked lists only the best k feasible nodes (k <= 0: none), found by
// a bounded selection instead of sorting all of them; Unlisted counts the
// rest, and Summary reads the same as Rank's. Ranked is exactly the first
// k of Rank's Ranked, and Rejected and Considered are Rank's.
//
// self, if not "", is a node whose rank the caller needs wherever it is:
// RankOf(p, self) then gives its position among all feasible nodes, the
// one it has in Rank's list, listed in Ranked or not.
//
// Which to call: a peer deciding for itself wants RankTop. Tick and
// checkLost call RankTop(req, view, res, FitNow, nowMs, ttlMs, TopRanks,
// p.Self) and read the result as before, with Summary, RankOf,
// DecideClaim and Ranked's head (topOf); "nobody can take it" is
// Fits() == 0, as len(Ranked) == 0 still is for k >= 1. A peer's own rank
// alone (outrankedWhenFree) is RankTop(..., 0, p.Self); the first few
// candidates (the direct fanout of a claim) are RankTop(..., n, "") with
// n one more than needed if the peer skips itself. Rank stays for what
// lists every feasible node: Explain, and the daemon's explanations of a
// pending job.
func RankTop(req Requirements, nodes []Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64, k int, self peer.ID) Placement {
	return rank(&req, nodes, reservations, mode, nowMs, ttlMs, max(k, 0), self)
}

// rank is Rank (k < 0: list all) and RankTop (list the best k).
func rank(req *Requirements, nodes []Entry, reservations []Reservation, mode Mode, nowMs, ttlMs uint64, k int, self peer.ID) Placement {
	q := newQuery(req, mode, nowMs, ttlMs)
	q.models = make(map[string]bool)
	byNode := indexReservations(q, reservations)
	if p, ok := rankUnique(q, nodes, byNode, k, self); ok {
		return p
	}
	p, _ := rankUnique(q, uniqueNodes(nodes), byNode, k, self)
	return p
}

// rankUnique ranks nodes that are sorted by id, each once and with its
// advert, as View.Nodes gives them. It checks that as it goes (checking
// first would read every advert one more time) and reports false, with a
// result to drop, if they are not.
func rankUnique(q *query, nodes []Entry, byNode map[peer.ID][]Reservation, k int, self peer.ID) (Placement, bool) {
	held := reservationsByIndex(nodes, byNode)
	q.unprovided = unprovidedIn(q, nodes) // each node's newest advert only
	p := Placement{Considered: len(nodes), Unprovided: q.unprovided}
	var rejected [len(pipeline)]int
	r := ranker{q: q, hasher: crypto.NewKeccakState()}
	r.preimage = append(make([]byte, 0, 128), q.req.JobID[:]...)

	// The node asked about, first: its score is what the others are
	// counted against.
	var mine Candidate
	mineFits := false
	if self != "" {
		p.asked = self
		if i, ok := searchNodes(nodes, self); ok {
			mine, mineFits = r.candidate(nodes[i], heldOn(held, i))
		}
	}
	ahead := 0 // feasible nodes better than self

	var all []Candidate // k < 0
	var top topK        // k >= 0
	top.k = k
	// add places one feasible node.
	add := func(a *types.Advert, rep uint32) {
		w, h := r.inputs(a, rep)
		wt := weight(w)
		if k >= 0 && top.full() {
			// Most feasible nodes of a large view score far below the k
			// kept and far from self: bounds from a sixth of the
			// logarithm tell, and the node is turned away without its
			// exact score.
			lo, hi := scoreBounds(h, wt)
			if top.k == 0 || hi.Cmp(top.heap[0].Score) < 0 {
				switch {
				case !mineFits || hi.Cmp(mine.Score) < 0:
					top.extra++
					return
				case lo.Cmp(mine.Score) > 0:
					ahead++
					top.extra++
					return
				}
			}
		}
		c := Candidate{Node: a.Node, Score: scoreOf(h, wt), AdvertSeq: a.Seq, PriceWei: a.PriceWei, Weights: w}
		if mineFits && Better(c, mine) {
			ahead++
		}
		if k < 0 {
			all = append(all, c)
		} else {
			top.offer(c)
		}
	}
	for lo := 0; lo < len(nodes); lo += warmBlock {
		block := nodes[lo:min(lo+warmBlock, len(nodes))]
		r.warm(block)
		for j, e := range block {
			i := lo + j
			if e.Advert == nil || i > 0 && nodes[i-1].Advert.Node >= e.Advert.Node {
				return Placement{}, false
			}
			var rs []Reservation
			for len(held) > 0 && held[0].index < i {
				held = held[1:]
			}
			if len(held) > 0 && held[0].index == i {
				rs = held[0].rs
			}
			if f, rep := q.judge(e, rs, &r.scratch); f >= 0 {
				rejected[f]++
			} else {
				add(e.Advert, rep)
			}
		}
	}
	if k < 0 {
		slices.SortFunc(all, compareCandidates)
		p.Ranked = all
	} else {
		p.Ranked, p.Unlisted = top.sorted()
	}
	// The price a candidate shows is its own value: a node without one
	// gets a fresh zero (the score already counted it as free).
	for i := range p.Ranked {
		if p.Ranked[i].PriceWei == nil {
			p.Ranked[i].PriceWei = new(big.Int)
			if p.Ranked[i].Weights.PriceWei != nil {
				p.Ranked[i].Weights.PriceWei = p.Ranked[i].PriceWei
			}
		}
	}
	if mineFits {
		p.askedRank = ahead + 1
	}
	for i, count := range rejected {
		if count > 0 {
			p.Rejected = append(p.Rejected, FilterCount{Filter: pipeline[i].Name(), Count: count})
		}
	}
	return p, true
}

// searchNodes finds a node in a list sorted by id. An entry without an
// advert sorts first (rankUnique gives up on such a list anyway).
func searchNodes(nodes []Entry, id peer.ID) (int, bool) {
	return slices.BinarySearchFunc(nodes, id, func(e Entry, id peer.ID) int {
		if e.Advert == nil {
			return -1
		}
		return cmp.Compare(e.Advert.Node, id)
	})
}

// compareCandidates is Better as a sort order: best first.
func compareCandidates(a, b Candidate) int {
	if c := b.Score.Cmp(a.Score); c != 0 {
		return c
	}
	return cmp.Compare(a.Node, b.Node)
}

// heldOn is the reservations on the node at index i of the node list.
func heldOn(held []heldAt, i int) []Reservation {
	j, ok := slices.BinarySearchFunc(held, i, func(h heldAt, i int) int { return cmp.Compare(h.index, i) })
	if !ok {
		return nil
	}
	return held[j].rs
}

// ranker scores the feasible nodes of one ranking, reusing one hasher and
// one buffer for all of them.
type ranker struct {
	q        *query
	hasher   crypto.KeccakState
	preimage []byte // the job id, then the node id
	sum      [32]byte
	scratch  []uint32
	zero     big.Int // the price a GPU node without one is scored at
	warmth   int     // warm's sum, never read
}

// warmBlock is how many nodes rank warms at a time: their adverts' cache
// lines (a few KiB) stay in the L1 cache until judge reads them.
const warmBlock = 32

// warm loads what judge reads of a block of nodes, before judge runs on
// any of them: each advert's fields, then its node id (rankUnique compares
// neighbours' ids, score hashes it), its first runtime and GPU group.
// It changes no result; it is there for speed. Adverts lie scattered in
// memory, and judge branches on each load (the runtime, the GPU model),
// so on a large view a mispredicted branch waits for a miss and throws
// away the loads issued past it: judging node after node, one cache miss
// after another, costs several times what the misses of a whole block
// cost when loads that branch on nothing issue them together. The sum is
// kept so that the loads are not optimised away.
func (r *ranker) warm(block []Entry) {
	s := 0
	for i := range block {
		if a := block[i].Advert; a != nil {
			s += len(a.Node) + len(a.GPUs) + len(a.Runtimes) + int(a.CPUFree) + len(a.Region)
		}
	}
	for i := range block {
		if a := block[i].Advert; a != nil {
			if len(a.Node) > 0 {
				s += int(a.Node[0]) + int(a.Node[len(a.Node)-1])
			}
			if len(a.Runtimes) > 0 {
				s += len(a.Runtimes[0])
			}
			if len(a.GPUs) > 0 {
				s += int(a.GPUs[0].Free)
			}
		}
	}
	r.warmth += s
}

// candidate runs one node through the filters and scores it if it fits.
func (r *ranker) candidate(e Entry, rs []Reservation) (Candidate, bool) {
	if f, rep := r.q.judge(e, rs, &r.scratch); f < 0 {
		return r.score(e.Advert, rep), true
	}
	return Candidate{}, false
}

// score is a feasible node's candidate, its price still nil if the advert
// has none (rank gives the listed ones a zero of their own).
func (r *ranker) score(a *types.Advert, rep uint32) Candidate {
	w, h := r.inputs(a, rep)
	return Candidate{Node: a.Node, Score: scoreOf(h, weight(w)), AdvertSeq: a.Seq, PriceWei: a.PriceWei, Weights: w}
}

// inputs are a feasible node's weight inputs (a GPU node without a price
// at r.zero) and the hash its score draws on: the first 8 bytes of
// keccak256(job id || node id).
func (r *ranker) inputs(a *types.Advert, rep uint32) (WeightInputs, uint64) {
	q := r.q
	w := weightInputsOf(q.req, q.modelToks, q.local, a, rep)
	if q.gpu && w.PriceWei == nil {
		w.PriceWei = &r.zero
	}
	r.preimage = append(r.preimage[:len(q.req.JobID)], a.Node...)
	r.hasher.Reset()
	r.hasher.Write(r.preimage)
	r.hasher.Read(r.sum[:])
	return w, binary.BigEndian.Uint64(r.sum[:8])
}

// topK keeps the best k candidates offered, as a heap whose root is the
// worst of them, and counts the ones it turned away.
type topK struct {
	k     int
	heap  []Candidate
	extra int
}

// full reports whether an offer now turns one candidate away.
func (t *topK) full() bool { return len(t.heap) == t.k }

func (t *topK) offer(c Candidate) {
	if len(t.heap) < t.k {
		t.heap = append(t.heap, c)
		for i := len(t.heap) - 1; i > 0; {
			up := (i - 1) / 2
			if !Better(t.heap[up], t.heap[i]) {
				break
			}
			t.heap[up], t.heap[i] = t.heap[i], t.heap[up]
			i = up
		}
		return
	}
	t.extra++
	if t.k == 0 || !Better(c, t.heap[0]) {
		return
	}
	t.heap[0] = c
	for i, n := 0, len(t.heap); ; {
		worst, l, rt := i, 2*i+1, 2*i+2
		if l < n && Better(t.heap[worst], t.heap[l]) {
			worst = l
		}
		if rt < n && Better(t.heap[worst], t.heap[rt]) {
			worst = rt
		}
		if worst == i {
			break
		}
		t.heap[i], t.heap[worst] = t.heap[worst], t.heap[i]
		i = worst
	}
}

// sorted is the kept candidates, best first, and how many were turned away.
func (t *topK) sorted() ([]Candidate, int) {
	slices.SortFunc(t.heap, compareCandidates)
	return t.heap, t.extra
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
	var scratch []uint32
	if i, _ := q.judge(e, res[e.Advert.Node], &scratch); i >= 0 {
		return pipeline[i].Name(), false
	}
	return "", true
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
		if i, ok := searchNodes(nodes, id); ok {
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
