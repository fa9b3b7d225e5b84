package telemetry

import (
	"slices"
	"sync"
)

// DefaultSeriesLen is how many samples per GPU a Series keeps when
// NewSeries is given no bound: ten minutes at one sample a second.
const DefaultSeriesLen = 600

// maxSeriesGPUs bounds how many distinct GPUs one Series tracks; samples
// for more are counted in Dropped and otherwise ignored.
const maxSeriesGPUs = 64

// Series collects a job's samples. It keeps only the most recent samples
// of each GPU (the oldest are dropped), for charts; the Summary is made
// from running totals over every sample added, so it covers the whole job
// however long it ran. Safe for concurrent use.
type Series struct {
	mu      sync.Mutex
	max     int
	gpus    map[int]*gpuSeries
	dropped uint64
}

type gpuSeries struct {
	ring  []Sample // len ≤ max; oldest at start once full
	start int

	n                                uint64
	sumUtilGPU, sumUtilMem           uint64
	sumMem, sumPower, sumTemp, sumSM uint64
	maxUtilGPU, maxUtilMem           uint32
	maxMem                           uint64
	maxPower, maxTemp, maxSM         uint32
	firstMs, lastMs                  uint64
	lastPowerMW                      uint32
	energyUJ                         uint64 // microjoules: mW × ms
	simulated                        bool
}

// NewSeries keeps at most maxPerGPU samples per GPU (DefaultSeriesLen
// if maxPerGPU <= 0).
func NewSeries(maxPerGPU int) *Series {
	if maxPerGPU <= 0 {
		maxPerGPU = DefaultSeriesLen
	}
	return &Series{max: maxPerGPU, gpus: map[int]*gpuSeries{}}
}

// Add records a sample. Samples of one GPU should come in time order: a
// sample older than the GPU's last one counts in the averages and maxima
// but adds no energy.
func (s *Series) Add(x Sample) {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.gpus[x.GPU]
	if g == nil {
		if len(s.gpus) >= maxSeriesGPUs {
			s.dropped++
			return
		}
		g = &gpuSeries{}
		s.gpus[x.GPU] = g
	}

	if len(g.ring) < s.max {
		g.ring = append(g.ring, x)
	} else {
		g.ring[g.start] = x
		g.start = (g.start + 1) % s.max
	}

	if g.n == 0 {
		g.firstMs = x.TimeMs
		g.lastMs = x.TimeMs
	} else if x.TimeMs > g.lastMs {
		// Trapezoid rule: mean of the two readings over the gap.
		dt := x.TimeMs - g.lastMs
		g.energyUJ = satAdd(g.energyUJ, satMul((uint64(g.lastPowerMW)+uint64(x.PowerMW))/2, dt))
		g.lastMs = x.TimeMs
	}
	if x.TimeMs >= g.lastMs {
		g.lastPowerMW = x.PowerMW
	}
	g.firstMs = min(g.firstMs, x.TimeMs)

	g.n++
	g.sumUtilGPU += uint64(x.UtilGPU)
	g.sumUtilMem += uint64(x.UtilMem)
	g.sumMem = satAdd(g.sumMem, x.MemUsedMiB)
	g.sumPower += uint64(x.PowerMW)
	g.sumTemp += uint64(x.TempC)
	g.sumSM += uint64(x.SMClockMHz)
	g.maxUtilGPU = max(g.maxUtilGPU, x.UtilGPU)
	g.maxUtilMem = max(g.maxUtilMem, x.UtilMem)
	g.maxMem = max(g.maxMem, x.MemUsedMiB)
	g.maxPower = max(g.maxPower, x.PowerMW)
	g.maxTemp = max(g.maxTemp, x.TempC)
	g.maxSM = max(g.maxSM, x.SMClockMHz)
	g.simulated = g.simulated || x.Simulated
}

// Samples returns a copy of the samples kept for gpu, oldest first.
func (s *Series) Samples(gpu int) []Sample {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.gpus[gpu]
	if g == nil {
		return nil
	}
	out := make([]Sample, 0, len(g.ring))
	out = append(out, g.ring[g.start:]...)
	return append(out, g.ring[:g.start]...)
}

// GPUSummary sums up one GPU's samples: averages are plain means of the
// samples, energy the integral of power over time between the first and
// last sample (trapezoid rule).
type GPUSummary struct {
	GPU           int    `json:"gpu"`
	Samples       uint64 `json:"samples"`
	FirstMs       uint64 `json:"firstMs"`
	LastMs        uint64 `json:"lastMs"`
	AvgUtilGPU    uint32 `json:"avgUtilGpu"`
	MaxUtilGPU    uint32 `json:"maxUtilGpu"`
	AvgUtilMem    uint32 `json:"avgUtilMem"`
	MaxUtilMem    uint32 `json:"maxUtilMem"`
	AvgMemUsedMiB uint64 `json:"avgMemUsedMiB"`
	MaxMemUsedMiB uint64 `json:"maxMemUsedMiB"`
	AvgPowerMW    uint32 `json:"avgPowerMilliwatts"`
	MaxPowerMW    uint32 `json:"maxPowerMilliwatts"`
	AvgTempC      uint32 `json:"avgTempC"`
	MaxTempC      uint32 `json:"maxTempC"`
	AvgSMClockMHz uint32 `json:"avgSmClockMHz"`
	MaxSMClockMHz uint32 `json:"maxSmClockMHz"`
	EnergyMJ      uint64 `json:"energyMillijoules"`
	EnergyJ       uint64 `json:"energyJ"` // joules, rounded down
	Simulated     bool   `json:"simulated"`
}

// Summary is a Series' GPUs, by index, and their total energy. Simulated
// is true if any sample was.
type Summary struct {
	GPUs      []GPUSummary `json:"gpus"`
	EnergyJ   uint64       `json:"energyJ"`
	Dropped   uint64       `json:"dropped,omitempty"` // samples for GPUs past the Series' limit
	Simulated bool         `json:"simulated"`
}

// Summary sums up every sample added so far.
func (s *Series) Summary() Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := Summary{Dropped: s.dropped}
	var energyUJ uint64
	for i, g := range s.gpus {
		if g.n == 0 {
			continue
		}
		n := g.n
		out.GPUs = append(out.GPUs, GPUSummary{
			GPU:           i,
			Samples:       n,
			FirstMs:       g.firstMs,
			LastMs:        g.lastMs,
			AvgUtilGPU:    uint32(g.sumUtilGPU / n),
			MaxUtilGPU:    g.maxUtilGPU,
			AvgUtilMem:    uint32(g.sumUtilMem / n),
			MaxUtilMem:    g.maxUtilMem,
			AvgMemUsedMiB: g.sumMem / n,
			MaxMemUsedMiB: g.maxMem,
			AvgPowerMW:    uint32(g.sumPower / n),
			MaxPowerMW:    g.maxPower,
			AvgTempC:      uint32(g.sumTemp / n),
			MaxTempC:      g.maxTemp,
			AvgSMClockMHz: uint32(g.sumSM / n),
			MaxSMClockMHz: g.maxSM,
			EnergyMJ:      g.energyUJ / 1000,
			EnergyJ:       g.energyUJ / 1_000_000,
			Simulated:     g.simulated,
		})
		energyUJ = satAdd(energyUJ, g.energyUJ)
		out.Simulated = out.Simulated || g.simulated
	}
	slices.SortFunc(out.GPUs, func(a, b GPUSummary) int { return a.GPU - b.GPU })
	out.EnergyJ = energyUJ / 1_000_000
	return out
}

func satAdd(a, b uint64) uint64 {
	if a+b < a {
		return ^uint64(0)
	}
	return a + b
}

func satMul(a, b uint64) uint64 {
	if a != 0 && b > ^uint64(0)/a {
		return ^uint64(0)
	}
	return a * b
}
