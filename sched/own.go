package sched

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// Resources is what this peer's machine offers jobs: the local facts its
// own claims are checked against (its advert is what others see; this is
// what it really has).
type Resources struct {
	Cores  uint32
	RAMMiB uint64
	GPUs   []GPUDevice
	// HeldGPUs are device indices in use outside jobs (not offered now).
	HeldGPUs []int
}

// GPUDevice is one GPU of the machine.
type GPUDevice struct {
	Index     int
	Model     string
	MemoryMiB uint64
}

// usage is what this peer's own claims hold.
type usage struct {
	cores uint32
	ram   uint64
	gpus  map[int]bool
}

// booked sums the resources of the claims this peer holds.
func (p *Peer) booked() usage {
	u := usage{gpus: map[int]bool{}}
	for _, g := range p.res.HeldGPUs {
		u.gpus[g] = true
	}
	for _, own := range p.mine {
		u.cores += own.run.Cores
		u.ram += own.run.RAMMiB
		for _, g := range own.run.GPUs {
			u.gpus[g] = true
		}
	}
	return u
}

// Used is what this peer's claims hold now, and the GPU indices they (and
// HeldGPUs) take, sorted: what its advert subtracts from its resources.
func (p *Peer) Used() (cores uint32, ramMiB uint64, gpus []int) {
	u := p.booked()
	for _, d := range p.res.GPUs {
		if u.gpus[d.Index] {
			gpus = append(gpus, d.Index)
		}
	}
	return u.cores, u.ram, gpus
}

// reserve takes cores, RAM and GPUs of a matching model for req from what
// is not booked, in device order, and books them; else it says what is
// short. A peer given no Resources has none.
func (p *Peer) reserve(req Requirements, u *usage) (Run, string) {
	switch {
	case !p.haveRes:
		return Run{}, "it was told no resources"
	case u.cores+req.CPUCores > p.res.Cores:
		return Run{}, fmt.Sprintf("%d of %d cores in use", u.cores, p.res.Cores)
	case req.RAMMiB > 0 && u.ram+req.RAMMiB > p.res.RAMMiB:
		return Run{}, fmt.Sprintf("RAM: %d MiB in use of %d", u.ram, p.res.RAMMiB)
	}
	var gpus []int
	if req.GPUCount > 0 {
		for _, d := range p.res.GPUs {
			if uint32(len(gpus)) == req.GPUCount {
				break
			}
			if u.gpus[d.Index] || !ModelMatches(req.GPUModel, d.Model) || d.MemoryMiB < req.GPUMemMiB {
				continue
			}
			gpus = append(gpus, d.Index)
		}
		if uint32(len(gpus)) < req.GPUCount {
			return Run{}, fmt.Sprintf("only %d free GPUs match %q", len(gpus), req.GPUModel)
		}
	}
	u.cores += req.CPUCores
	u.ram += req.RAMMiB
	for _, g := range gpus {
		u.gpus[g] = true
	}
	return Run{GPUs: gpus, Cores: req.CPUCores, RAMMiB: req.RAMMiB}, ""
}

// maxGivenBack bounds the attempts a peer remembers giving back; when full
// it starts over, and a forgotten entry costs one claim that does not
// count (a withdrawn claimant is skipped for that attempt).
const maxGivenBack = 4096

// givenBack is the attempts this peer withdrew from, so it does not claim
// them again.
type givenBack map[common.Hash]uint32

func (g *givenBack) add(id common.Hash, attempt uint32) {
	if *g == nil || len(*g) >= maxGivenBack {
		*g = givenBack{}
	}
	(*g)[id] = attempt
}

func (g givenBack) has(id common.Hash, attempt uint32) bool {
	a, ok := g[id]
	return ok && a == attempt
}

// delayEstimator is how long other peers' job events take to reach this
// peer (their date to its clock), as a decaying maximum: it jumps up at
// once and eases down by 2% per event, in hundredths of a millisecond.
// Δ and the settle window stretch to a few of those delays: under load,
// gossip slows, and a claimant that starts before a better claim can reach
// it runs the job for nothing.
type delayEstimator struct {
	centiMs uint64
}

// maxObservedDelayMs caps one observation: an event older than this was
// delayed by something other than the network (a partition, a catch-up).
const maxObservedDelayMs = 10_000

func (d *delayEstimator) observe(nowMs, eventMs uint64) {
	var ms uint64
	if nowMs > eventMs {
		ms = min(nowMs-eventMs, maxObservedDelayMs)
	}
	d.centiMs = max(ms*100, d.centiMs*98/100)
}

// Timing is Δ and the settle window in force: the configured floors,
// stretched to 4 and 3 observed delays, capped at 20 s and 10 s.
func (p *Peer) Timing() (deltaMs, settleMs uint64) {
	if p.cfg.FixedTiming {
		return p.cfg.DeltaMs, p.cfg.SettleMs
	}
	ms := p.delay.centiMs / 100
	return min(max(p.cfg.DeltaMs, 4*ms), 20_000), min(max(p.cfg.SettleMs, 3*ms), 10_000)
}

// Claims are the jobs this peer holds a claim on (running, settling or
// stopping), sorted by id.
func (p *Peer) Claims() []common.Hash {
	out := make([]common.Hash, 0, len(p.mine))
	for id := range p.mine {
		out = append(out, id)
	}
	slices.SortFunc(out, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// DirectFanout is how many of a job's top-ranked candidates an own submit
// or claim is also sent to directly, besides gossip: the peers whose next
// decision depends on it, one hop away instead of several.
const DirectFanout = 4

// DirectTo is whom an own event goes to directly, in rank order: for a
// submit, the job's top candidates (one of them claims it); for a claim,
// the job's home and its top candidates (the only peers a competing claim
// can come from, and the one that answers for the job). Other events, and
// jobs this peer does not hold, go by gossip alone.
func (p *Peer) DirectTo(ev *types.JobEvent) []peer.ID {
	if ev.Type != types.EvSubmit && ev.Type != types.EvClaim {
		return nil
	}
	j := p.jobs[ev.Job]
	if j == nil || j.Submit == nil {
		return nil
	}
	var out []peer.ID
	add := func(id peer.ID) {
		if id != "" && id != p.Self && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	if ev.Type == types.EvClaim {
		add(j.Home)
	}
	req := p.RequirementsAt(j, p.now)
	pl := RankTop(req, p.view.Nodes(), p.holding(Reservations(p.activeJobs())), FitNow, p.now, p.cfg.TTLMs, DirectFanout+2, "")
	for _, c := range pl.Ranked {
		if len(out) >= DirectFanout+1 {
			break
		}
		add(c.Node)
	}
	return out
}
