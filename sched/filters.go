package sched

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Feasibility filters, in pipeline order. A node is rejected by the first
// filter it fails, and that filter's name is what Summary reports.
const (
	FilterAlive      = "alive"
	FilterExcluded   = "excluded"
	FilterRuntime    = "runtime"
	FilterGPUModel   = "GPU model"
	FilterGPUCount   = "GPU count"
	FilterGPUMemory  = "GPU memory"
	FilterCPU        = "CPU"
	FilterRAM        = "RAM"
	FilterDisk       = "disk"
	FilterPrice      = "price"
	FilterRegion     = "region"
	FilterLatency    = "latency"
	FilterData       = "data"
	FilterReputation = "reputation"
	FilterUptime     = "uptime"
	FilterBond       = "bond"
)

// filter is one feasibility check: small, pure, and testable alone.
type filter interface {
	Name() string
	Feasible(q *query, n *nodeCapacity) bool
}

// pipeline is every filter, in order.
var pipeline = [...]filter{
	aliveFilter{},
	excludedFilter{},
	runtimeFilter{},
	gpuModelFilter{},
	gpuCountFilter{},
	gpuMemoryFilter{},
	cpuFilter{},
	ramFilter{},
	diskFilter{},
	priceFilter{},
	regionFilter{},
	latencyFilter{},
	dataFilter{},
	bondFilter{},
	reputationFilter{},
	uptimeFilter{},
}

// The filters' indices in pipeline, for judge.
const (
	fAlive = iota
	fExcluded
	fRuntime
	fGPUModel
	fGPUCount
	fGPUMemory
	fCPU
	fRAM
	fDisk
	fPrice
	fRegion
	fLatency
	fData
	fBond
	fReputation
	fUptime
)

// judge is the pipeline run on one node in a single pass: the index of the
// first filter that rejects it, or -1 and the node's reputation. It answers
// exactly as the filters' Feasible methods do, in pipeline order, on the
// node's capacityOf (a test holds it to that), but it is the hot loop of a
// ranking, so it reads what each filter needs straight from the entry and
// advert: the GPU groups once for all three GPU filters, the reservations
// only for a node that has some, and the standings (three map lookups)
// only for a node that passed everything else.
func (q *query) judge(e Entry, rs []Reservation, scratch *[]uint32) (int, uint32) {
	if q.nowMs > e.SeenMs && q.nowMs-e.SeenMs > q.ttlMs {
		return fAlive, 0
	}
	a := e.Advert
	if len(q.exclude) > 0 {
		if _, found := searchIDs(q.exclude, a.Node); found {
			return fExcluded, 0
		}
	}
	if q.req.Runtime != "" && !offersRuntime(a.Runtimes, q.req.Runtime) {
		return fRuntime, 0
	}
	cpu, ram, disk := a.CPUFree, a.RAMFreeMiB, a.DiskMiB
	if q.mode != FitNow {
		cpu, ram = a.CPUCores, a.RAMMiB
	}
	var avail []uint32 // nil: the advert's own counts
	if q.mode == FitNow && len(rs) > 0 {
		var n nodeCapacity
		*scratch = capacityOf(q, e, rs, *scratch, &n)
		avail, cpu, ram, disk = n.gpuAvail, n.cpuCores, n.ramMiB, n.diskMiB
	}
	if q.gpu {
		if f := q.judgeGPUs(a.GPUs, avail); f >= 0 {
			return f, 0
		}
	}
	switch {
	case cpu < q.req.CPUCores:
		return fCPU, 0
	case ram < q.req.RAMMiB:
		return fRAM, 0
	case disk < q.req.DiskMiB:
		return fDisk, 0
	case q.priceCap != nil && overCap(JobPrice(q.req, a), q.priceCap):
		return fPrice, 0
	case q.regionWant != "" && !strings.EqualFold(q.regionWant, a.Region):
		return fRegion, 0
	case q.req.MaxLatencyMs > 0 && !q.req.withinLatency(a):
		return fLatency, 0
	case q.unprovided != "" || q.req.DataLocal && !holdsAll(q.inputs, a.CIDs):
		return fData, 0
	}
	st := q.req.Standings
	if !st.Bonded(a.Node) {
		return fBond, 0
	}
	rep := st.Reputation(a.Node)
	if rep < q.req.MinReputation || rep < FloorReputation {
		return fReputation, 0
	}
	if st.UptimePct(a.Node) < q.req.MinUptime {
		return fUptime, 0
	}
	return -1, rep
}

// judgeGPUs is the three GPU filters over one pass of the groups (avail:
// the available GPUs per group, nil for the advert's free or, in FitEver,
// total counts): the index of the first that rejects, or -1.
func (q *query) judgeGPUs(groups []types.GPUGroup, avail []uint32) int {
	var match, mem, count bool
	for i := range groups {
		g := &groups[i]
		if !q.modelOK(g.Model) {
			continue
		}
		av := g.Free
		switch {
		case avail != nil:
			av = avail[i]
		case q.mode == FitEver:
			av = g.Total
		}
		m, c := g.MemoryMiB >= q.req.GPUMemMiB, av >= q.req.GPUCount
		if m && c {
			return -1 // one group takes the job: all three pass
		}
		match, mem, count = true, mem || m, count || c
	}
	switch {
	case !match:
		return fGPUModel
	case mem || !count:
		// The eligible groups are those with enough memory if any has,
		// and none of them has the GPUs; or no group has the GPUs.
		return fGPUCount
	}
	return fGPUMemory // only groups with too little memory have the GPUs
}

// offersRuntime is the runtime filter's test.
func offersRuntime(runtimes []string, want string) bool {
	for _, r := range runtimes {
		if strings.EqualFold(r, want) {
			return true
		}
	}
	return false
}

// query is a job's Requirements prepared once per ranking.
type query struct {
	req       *Requirements
	mode      Mode
	nowMs     uint64
	ttlMs     uint64
	gpu       bool      // GPUCount > 0: the GPU filters apply
	modelToks []string  // req.GPUModel, tokenised
	exclude   []peer.ID // sorted, unique
	inputs    []string  // req.InputCIDs, sorted, unique
	local     []string  // what locality counts: inputs and req.Forwards, sorted, unique
	// unprovided is the first of inputs that no live node of the
	// ranking's view advertises (FitNow only; "" if none): then no node
	// fits, since none could fetch it from a node of the network.
	unprovided string
	priceCap   *big.Int // nil: no cap; per GPU-hour, or per core-hour for a CPU-only job
	regionWant string
	// models memoises modelMatches(modelToks, name) by GPU model name,
	// when a ranking sets it: a fleet has a few models and each advert its
	// own copy of the name, and hashing a name for the map costs less than
	// tokenising it. It keeps at most maxModelMemo names.
	models map[string]bool
}

// maxModelMemo bounds query.models, so that a view of made-up model names
// costs no more than this many entries.
const maxModelMemo = 64

// modelOK is modelMatches(q.modelToks, model), memoised in q.models.
func (q *query) modelOK(model string) bool {
	if q.models == nil || len(q.modelToks) == 0 {
		return modelMatches(q.modelToks, model)
	}
	ok, seen := q.models[model]
	if !seen {
		ok = modelMatches(q.modelToks, model)
		if len(q.models) < maxModelMemo {
			q.models[model] = ok
		}
	}
	return ok
}

func newQuery(req *Requirements, mode Mode, nowMs, ttlMs uint64) *query {
	q := &query{
		req:        req,
		mode:       mode,
		nowMs:      nowMs,
		ttlMs:      ttlMs,
		gpu:        req.GPUCount > 0,
		modelToks:  modelTokens(req.GPUModel),
		exclude:    sortedUnique(req.Exclude),
		inputs:     sortedUnique(req.InputCIDs),
		local:      localInputs(req),
		regionWant: req.Region,
	}
	if req.PriceCapWei != nil && req.PriceCapWei.Sign() > 0 {
		q.priceCap = req.PriceCapWei
	}
	return q
}

// nodeCapacity is what a node has to offer in the ranking's mode: free
// capacity minus standing reservations (FitNow), or total GPUs and the
// advertised RAM and disk (FitEver).
type nodeCapacity struct {
	advert     *types.Advert
	seenMs     uint64
	gpuAvail   []uint32 // per advert GPU group
	cpuCores   uint32
	ramMiB     uint64
	diskMiB    uint64
	reputation uint32
	uptime     uint32 // percent
	bonded     bool
}

type aliveFilter struct{}

func (aliveFilter) Name() string { return FilterAlive }

// Feasible: the node's last advert arrived within the TTL (SeenMs + TTL >=
// now), the same rule as View.Expire.
func (aliveFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.nowMs <= n.seenMs || q.nowMs-n.seenMs <= q.ttlMs
}

type excludedFilter struct{}

func (excludedFilter) Name() string { return FilterExcluded }

// Feasible: the node is not one of the job's earlier failed executors.
func (excludedFilter) Feasible(q *query, n *nodeCapacity) bool {
	_, found := searchIDs(q.exclude, n.advert.Node)
	return !found
}

type runtimeFilter struct{}

func (runtimeFilter) Name() string { return FilterRuntime }

// Feasible: the node offers the job's runtime (case-insensitive; "" is any).
func (runtimeFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.req.Runtime == "" || offersRuntime(n.advert.Runtimes, q.req.Runtime)
}

// The three GPU filters judge GPU groups: a job's GPUs all come from one
// group (one model, one memory size), because a multi-GPU job wants
// identical devices and a reservation names the group it took. So a node
// fits a GPU job if one of its groups has a matching model, at least
// GPUCount available GPUs (free minus reservations in FitNow, total in
// FitEver) and at least GPUMemMiB per GPU. A CPU-only job passes all three.
//
// Rejections are attributed so that the reason is the useful one:
//   - GPU model:  no group has a matching model (or the node has no GPUs);
//   - GPU count:  no eligible group has enough GPUs, where the eligible
//     groups are the matching ones with enough memory if there are any,
//     else all the matching ones (busy big GPUs read "GPU count", not
//     "GPU memory");
//   - GPU memory: the groups with enough GPUs all have too little memory.

type gpuModelFilter struct{}

func (gpuModelFilter) Name() string { return FilterGPUModel }

func (gpuModelFilter) Feasible(q *query, n *nodeCapacity) bool {
	if !q.gpu {
		return true
	}
	for _, g := range n.advert.GPUs {
		if modelMatches(q.modelToks, g.Model) {
			return true
		}
	}
	return false
}

type gpuCountFilter struct{}

func (gpuCountFilter) Name() string { return FilterGPUCount }

func (gpuCountFilter) Feasible(q *query, n *nodeCapacity) bool {
	if !q.gpu {
		return true
	}
	memOK := false
	for _, g := range n.advert.GPUs {
		if g.MemoryMiB >= q.req.GPUMemMiB && modelMatches(q.modelToks, g.Model) {
			memOK = true
			break
		}
	}
	for i, g := range n.advert.GPUs {
		if memOK && g.MemoryMiB < q.req.GPUMemMiB {
			continue
		}
		if n.gpuAvail[i] >= q.req.GPUCount && modelMatches(q.modelToks, g.Model) {
			return true
		}
	}
	return false
}

type gpuMemoryFilter struct{}

func (gpuMemoryFilter) Name() string { return FilterGPUMemory }

func (gpuMemoryFilter) Feasible(q *query, n *nodeCapacity) bool {
	if !q.gpu {
		return true
	}
	for i, g := range n.advert.GPUs {
		if g.MemoryMiB >= q.req.GPUMemMiB && n.gpuAvail[i] >= q.req.GPUCount && modelMatches(q.modelToks, g.Model) {
			return true
		}
	}
	return false
}

type cpuFilter struct{}

func (cpuFilter) Name() string { return FilterCPU }

func (cpuFilter) Feasible(q *query, n *nodeCapacity) bool {
	return n.cpuCores >= q.req.CPUCores
}

type ramFilter struct{}

func (ramFilter) Name() string { return FilterRAM }

func (ramFilter) Feasible(q *query, n *nodeCapacity) bool { return n.ramMiB >= q.req.RAMMiB }

type diskFilter struct{}

func (diskFilter) Name() string { return FilterDisk }

func (diskFilter) Feasible(q *query, n *nodeCapacity) bool { return n.diskMiB >= q.req.DiskMiB }

type priceFilter struct{}

func (priceFilter) Name() string { return FilterPrice }

// Feasible: a job with a cap (> 0) needs the node's price for it within
// the cap: per GPU-hour for a GPU job, per core-hour for a CPU-only one. A
// missing advert price counts as 0.
func (priceFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.priceCap == nil || !overCap(JobPrice(q.req, n.advert), q.priceCap)
}

// JobPrice is what a node asks of a job, as its advert says: its price
// per GPU-hour for a GPU job, per core-hour for a CPU-only one (a GPU job
// pays GPU-hours only: its cores come with the GPUs). nil when the advert
// names none, which counts as 0.
func JobPrice(req *Requirements, a *types.Advert) *big.Int {
	if req.GPUCount > 0 {
		return a.PriceWei
	}
	return a.CPUPriceWei
}

func overCap(price, cap *big.Int) bool { return price != nil && price.Cmp(cap) > 0 }

type regionFilter struct{}

func (regionFilter) Name() string { return FilterRegion }

// Feasible: the node is in the job's region (case-insensitive; "" is any).
func (regionFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.regionWant == "" || strings.EqualFold(q.regionWant, n.advert.Region)
}

type latencyFilter struct{}

func (latencyFilter) Name() string { return FilterLatency }

// Feasible: for a job that bounds its latency, the RTT estimated from the
// home's coordinate (its signed submit) to the node's (its advert) is
// within the bound. LatencyWhy says why not.
func (latencyFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.req.withinLatency(n.advert)
}

type dataFilter struct{}

func (dataFilter) Name() string { return FilterData }

// Feasible: every one of the job's datasets is advertised by some live
// node of the ranking's view (a dataset nobody provides is one no node
// can fetch: the job waits for a provider rather than being claimed and
// given back), and, for a job that asks to run where its data is
// (DataLocal), the node's advert lists every one of them. DataWhy and
// NoProviderWhy say which.
func (dataFilter) Feasible(q *query, n *nodeCapacity) bool {
	return q.unprovided == "" && (!q.req.DataLocal || holdsAll(q.inputs, n.advert.CIDs))
}

// unprovidedIn is the first of the query's datasets that no live node
// among nodes lists in its advert, or "". A ranking that is not FitNow
// (could the job ever run?) does not ask: a provider may appear.
func unprovidedIn(q *query, nodes []Entry) string {
	if q.mode != FitNow || len(q.inputs) == 0 {
		return ""
	}
	found := 0
	listed := make([]bool, len(q.inputs))
	for _, e := range nodes {
		if e.Advert == nil || q.nowMs > e.SeenMs && q.nowMs-e.SeenMs > q.ttlMs {
			continue
		}
		for _, c := range e.Advert.CIDs {
			if i, ok := searchStrings(q.inputs, c); ok && !listed[i] {
				listed[i] = true
				if found++; found == len(q.inputs) {
					return ""
				}
			}
		}
	}
	for i, ok := range listed {
		if !ok {
			return q.inputs[i]
		}
	}
	return ""
}

// Unprovided is the first of a job's datasets (in CID order) that no live
// node among nodes advertises, or "": while there is one, no node fits
// the job now (FilterData), and NoProviderWhy says why.
func Unprovided(req Requirements, nodes []Entry, nowMs, ttlMs uint64) string {
	return unprovidedIn(newQuery(&req, FitNow, nowMs, ttlMs), nodes)
}

// NoProviderWhy is the reason a job with dataset c, which no live node
// advertises, waits.
func NoProviderWhy(c string) string {
	return fmt.Sprintf("no provider of %s found: no live node advertises it", c)
}

// holdsAll reports whether cids lists every one of inputs (sorted, unique).
func holdsAll(inputs, cids []string) bool {
	return locality(inputs, cids) == uint32(len(inputs))
}

// DataWhy says why the data filter rejects a node ("" if it does not).
func DataWhy(req Requirements, a *types.Advert) string {
	if !req.DataLocal || a == nil {
		return ""
	}
	inputs := sortedUnique(req.InputCIDs)
	var missing []string
	for _, c := range inputs {
		if !slices.Contains(a.CIDs, c) {
			missing = append(missing, c)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	return fmt.Sprintf("the job runs only where its data is, and the node holds %d of its %d datasets (not %s)",
		len(inputs)-len(missing), len(inputs), strings.Join(missing, ", "))
}

type reputationFilter struct{}

func (reputationFilter) Name() string { return FilterReputation }

// Feasible: the node's reputation is at least the job's minimum and at
// least FloorReputation, under which no job is placed on it.
func (reputationFilter) Feasible(q *query, n *nodeCapacity) bool {
	return n.reputation >= q.req.MinReputation && n.reputation >= FloorReputation
}

type uptimeFilter struct{}

func (uptimeFilter) Name() string { return FilterUptime }

// Feasible: the node advertised in at least the job's minimum share of
// the recent epochs.
func (uptimeFilter) Feasible(q *query, n *nodeCapacity) bool {
	return n.uptime >= q.req.MinUptime
}

type bondFilter struct{}

func (bondFilter) Name() string { return FilterBond }

// Feasible: the node is bonded in the registry, where the network asks.
func (bondFilter) Feasible(q *query, n *nodeCapacity) bool { return n.bonded }

// GPU model matching. Both the wanted model and the driver's name split
// into tokens: maximal runs of ASCII letters and digits (ASCII folded to
// lower case; bytes >= 0x80 count as letters and compare exactly). The
// wanted tokens must appear, whole and in order, among the model's tokens:
// "A100" and "a100-80gb" match "NVIDIA A100-SXM4-80GB", "h100" matches
// "NVIDIA H100 80GB HBM3", but "A10" does not match "A100", nor "H200"
// "NVIDIA GH200". No wanted tokens ("") match any model.

func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// modelTokens tokenises a model name, lower-cased.
func modelTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !isTokenByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isTokenByte(s[j]) {
			j++
		}
		b := make([]byte, j-i)
		for k := range b {
			b[k] = lowerASCII(s[i+k])
		}
		out = append(out, string(b))
		i = j
	}
	return out
}

// modelMatches reports whether the wanted tokens (from modelTokens) appear
// in order among model's tokens. It does not allocate.
func modelMatches(want []string, model string) bool {
	w := 0
	for i := 0; i < len(model) && w < len(want); {
		if !isTokenByte(model[i]) {
			i++
			continue
		}
		j := i
		for j < len(model) && isTokenByte(model[j]) {
			j++
		}
		if tokenEqual(want[w], model[i:j]) {
			w++
		}
		i = j
	}
	return w == len(want)
}

// tokenEqual compares a lower-case token with a raw one, folding ASCII case.
func tokenEqual(lower, raw string) bool {
	if len(lower) != len(raw) {
		return false
	}
	for k := 0; k < len(raw); k++ {
		if lowerASCII(raw[k]) != lower[k] {
			return false
		}
	}
	return true
}

// ModelMatches reports whether a GPU model name as the driver reports it
// (e.g. "NVIDIA A100-SXM4-80GB") matches a job's wanted model (e.g. "A100";
// "" matches anything), by the token rule the placement filters use.
func ModelMatches(want, model string) bool {
	return modelMatches(modelTokens(want), model)
}
