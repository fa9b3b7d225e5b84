package telemetry

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"
)

// Sim is the telemetry simulation installed on a go-nvml mock fleet: it
// holds each device's load, which the executor sets with SetBusy, and the
// mock devices' telemetry getters report values derived from it:
//
//   - utilisation: busy 70–100 %, idle 0–5 % (memory: a fraction of that);
//   - memory used: busy a steady 50–90 % of the framebuffer per busy
//     period, idle 0;
//   - power: from the model's idle draw up to its TDP, with utilisation;
//   - temperature: from idle to the model's load temperature, following
//     the load with a lag (time constant tempTau);
//   - SM clock: idle clock when idle, near the boost clock when busy;
//     memory clock: the model's fixed memory clock.
//
// Values are a deterministic function of the seed, the device, the load
// history and the time (to the second), so tests can reproduce them.
type Sim struct {
	mu   sync.Mutex
	now  func() time.Time
	devs []*simDevice
}

// tempTau is how quickly a simulated GPU's temperature follows its load.
const tempTau = 30 * time.Second

type simDevice struct {
	index    int
	seed     uint64
	prof     simProfile
	totalMiB uint64

	busy    bool
	since   time.Time // when busy last changed
	heat0   float64   // thermal level, 0..1, at since
	memFrac float64   // framebuffer share of the current busy period
}

// simProfile is a model's idle and full-load behaviour.
type simProfile struct {
	idleMW, tdpMW   uint32
	idleC, loadC    uint32
	idleSM, boostSM uint32
	memClock        uint32
}

// Simulate installs simulated telemetry getters on every device of lib,
// which must be a go-nvml mock fleet (gpu.ParseFleet) whose devices are
// *server.Device. All devices start idle. Call it before anything reads
// the fleet's telemetry: installing the getters races with calling them.
// Calling it again replaces the earlier simulation.
func Simulate(lib nvml.Interface, seed uint64) (_ *Sim, err error) {
	if lib == nil {
		return nil, errors.New("simulate gpu telemetry: no nvml library")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("simulate gpu telemetry: nvml call panicked: %v", r)
		}
	}()
	n, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("simulate gpu telemetry: gpu count: %w", nvmlErr(ret))
	}
	sim := &Sim{now: time.Now}
	start := sim.now()
	var mocks []*server.Device
	for i := range n {
		h, ret := lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			return nil, fmt.Errorf("simulate gpu telemetry: gpu %d handle: %w", i, nvmlErr(ret))
		}
		d, ok := h.(*server.Device)
		if !ok || d == nil {
			return nil, fmt.Errorf("simulate gpu telemetry: gpu %d is a %T, not a go-nvml mock device", i, h)
		}
		mocks = append(mocks, d)
		sim.devs = append(sim.devs, &simDevice{
			index:    i,
			seed:     mix(seed ^ mix(uint64(i)+1)),
			prof:     profileFor(d.Config.Name, d.Config.MemoryMB),
			totalMiB: d.MemoryInfo.Total >> 20,
			since:    start,
		})
	}
	// Install only once every device has checked out, so a failure leaves
	// the fleet as it was.
	for i, d := range mocks {
		sim.install(d, sim.devs[i])
	}
	return sim, nil
}

// SetBusy says whether a job is running on device index.
func (s *Sim) SetBusy(index int, busy bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.dev(index)
	if err != nil {
		return err
	}
	if d.busy == busy {
		return nil
	}
	now := s.now()
	d.heat0 = d.heat(now)
	d.since = now
	d.busy = busy
	if busy {
		d.memFrac = 0.52 + 0.38*unit(d.seed, uint64(now.UnixNano()), 7) // with its ±1 % jitter, never under half
	}
	return nil
}

// Busy reports whether device index is marked busy.
func (s *Sim) Busy(index int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.dev(index)
	return err == nil && d.busy
}

// SetClock replaces the simulation's clock (time.Now), for tests.
func (s *Sim) SetClock(now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = now
}

func (s *Sim) dev(index int) (*simDevice, error) {
	if index < 0 || index >= len(s.devs) {
		return nil, fmt.Errorf("simulated gpu %d: fleet has %d", index, len(s.devs))
	}
	return s.devs[index], nil
}

// reading is one device's simulated state at one moment.
type reading struct {
	util, utilMem     uint32
	memUsedMiB        uint64
	powerMW, tempC    uint32
	smClock, memClock uint32
}

func (s *Sim) read(d *simDevice) reading {
	s.mu.Lock()
	now := s.now()
	busy, heat, memFrac := d.busy, d.heat(now), d.memFrac
	s.mu.Unlock()

	p := d.prof
	tick := uint64(now.Unix())
	var r reading
	var util float64
	if busy {
		util = 70 + 30*unit(d.seed, tick, 1)
		r.memUsedMiB = uint64(float64(d.totalMiB) * clamp(memFrac+0.02*(unit(d.seed, tick, 2)-0.5), 0, 1))
	} else {
		util = 5 * unit(d.seed, tick, 1)
	}
	r.util = uint32(math.Round(util))
	r.utilMem = uint32(math.Round(util * (0.3 + 0.4*unit(d.seed, tick, 3))))

	idle, tdp := float64(p.idleMW), float64(p.tdpMW)
	power := idle*(0.95+0.1*unit(d.seed, tick, 4)) + (tdp-idle)*util/100*(0.8+0.2*unit(d.seed, tick, 5))
	r.powerMW = uint32(clamp(power, 0, tdp))

	temp := float64(p.idleC) + float64(p.loadC-p.idleC)*heat + 2*(unit(d.seed, tick, 6)-0.5)
	r.tempC = uint32(math.Round(max(temp, 0)))

	if busy {
		// Near boost, dipping up to 5 % as the board nears its power limit.
		r.smClock = uint32(float64(p.boostSM) * (1 - 0.05*unit(d.seed, tick, 8)*util/100))
	} else {
		r.smClock = p.idleSM
	}
	r.memClock = p.memClock
	return r
}

// heat is the device's thermal level, 0 (idle) to 1 (long at full load),
// approaching the current load exponentially. Caller holds s.mu.
func (d *simDevice) heat(now time.Time) float64 {
	target := 0.0
	if d.busy {
		target = 1
	}
	dt := now.Sub(d.since)
	if dt <= 0 {
		return d.heat0
	}
	return target + (d.heat0-target)*math.Exp(-float64(dt)/float64(tempTau))
}

func (s *Sim) install(m *server.Device, d *simDevice) {
	m.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) {
		r := s.read(d)
		return nvml.Utilization{Gpu: r.util, Memory: r.utilMem}, nvml.SUCCESS
	}
	total := m.MemoryInfo.Total
	m.GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) {
		used := min(s.read(d).memUsedMiB<<20, total)
		return nvml.Memory{Total: total, Used: used, Free: total - used}, nvml.SUCCESS
	}
	m.GetPowerUsageFunc = func() (uint32, nvml.Return) {
		return s.read(d).powerMW, nvml.SUCCESS
	}
	m.GetEnforcedPowerLimitFunc = func() (uint32, nvml.Return) {
		return d.prof.tdpMW, nvml.SUCCESS
	}
	m.GetPowerManagementLimitFunc = m.GetEnforcedPowerLimitFunc
	m.GetTemperatureFunc = func(sensor nvml.TemperatureSensors) (uint32, nvml.Return) {
		if sensor != nvml.TEMPERATURE_GPU {
			return 0, nvml.ERROR_NOT_SUPPORTED
		}
		return s.read(d).tempC, nvml.SUCCESS
	}
	m.GetClockInfoFunc = func(clock nvml.ClockType) (uint32, nvml.Return) {
		switch clock {
		case nvml.CLOCK_SM, nvml.CLOCK_GRAPHICS:
			return s.read(d).smClock, nvml.SUCCESS
		case nvml.CLOCK_MEM:
			return d.prof.memClock, nvml.SUCCESS
		case nvml.CLOCK_VIDEO:
			return s.read(d).smClock * 9 / 10, nvml.SUCCESS
		}
		return 0, nvml.ERROR_INVALID_ARGUMENT
	}
}

// profileFor gives a model's approximate datasheet figures (TDP, boost
// and memory clocks) and typical idle and load behaviour.
func profileFor(name string, memMB uint64) simProfile {
	n := strings.ToUpper(name)
	big := memMB >= 80*1024
	switch {
	case strings.Contains(n, "A100") && strings.Contains(n, "PCIE"):
		p := simProfile{idleMW: 35_000, tdpMW: 250_000, idleC: 30, loadC: 68, idleSM: 210, boostSM: 1410, memClock: 1215}
		if big {
			p.tdpMW, p.memClock = 300_000, 1512
		}
		return p
	case strings.Contains(n, "A100"):
		p := simProfile{idleMW: 55_000, tdpMW: 400_000, idleC: 32, loadC: 72, idleSM: 210, boostSM: 1410, memClock: 1215}
		if big {
			p.memClock = 1593
		}
		return p
	case strings.Contains(n, "A30"):
		return simProfile{idleMW: 30_000, tdpMW: 165_000, idleC: 30, loadC: 68, idleSM: 210, boostSM: 1440, memClock: 1215}
	case strings.Contains(n, "H100"):
		return simProfile{idleMW: 70_000, tdpMW: 700_000, idleC: 33, loadC: 75, idleSM: 345, boostSM: 1980, memClock: 2619}
	case strings.Contains(n, "H200"):
		return simProfile{idleMW: 75_000, tdpMW: 700_000, idleC: 33, loadC: 75, idleSM: 345, boostSM: 1980, memClock: 3201}
	case strings.Contains(n, "B200"):
		return simProfile{idleMW: 140_000, tdpMW: 1_000_000, idleC: 34, loadC: 78, idleSM: 420, boostSM: 1965, memClock: 3996}
	}
	return simProfile{idleMW: 50_000, tdpMW: 300_000, idleC: 32, loadC: 72, idleSM: 300, boostSM: 1500, memClock: 1500}
}

// unit is a deterministic pseudo-random number in [0, 1) for a device
// seed, a time step and a metric.
func unit(seed, tick, metric uint64) float64 {
	return float64(mix(seed^mix(tick^mix(metric)))>>11) / (1 << 53)
}

// mix is splitmix64's finaliser.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

func clamp(x, lo, hi float64) float64 {
	return min(max(x, lo), hi)
}
