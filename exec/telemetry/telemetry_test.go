package telemetry

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/skyops/skyops/exec/gpu"
	"github.com/skyops/skyops/types"
)

// simFleet reads a named simulated fleet through the inventory, as a node
// does, and installs the simulation on it.
func simFleet(t testing.TB, spec string) (*gpu.Inventory, *Sim) {
	t.Helper()
	inv, err := gpu.Detect(spec, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = inv.Close() })
	sim, err := Simulate(inv.NVML(), 42)
	if err != nil {
		t.Fatal(err)
	}
	return inv, sim
}

func TestReadSimulated(t *testing.T) {
	for _, spec := range []string{"dgxa100", "dgxh100", "dgxh200", "dgxb200", "A100-PCIE-80GB:1,A30:1"} {
		t.Run(spec, func(t *testing.T) {
			inv, sim := simFleet(t, spec)
			lib := inv.NVML()
			if err := sim.SetBusy(0, true); err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			for _, d := range inv.Devices {
				s, err := Read(lib, d.Index, true, now)
				if err != nil {
					t.Fatalf("gpu %d: %v", d.Index, err)
				}
				if !s.Simulated || s.GPU != d.Index || s.TimeMs != uint64(now.UnixMilli()) {
					t.Errorf("gpu %d: %+v", d.Index, s)
				}
				if s.UtilGPU > 100 || s.UtilMem > s.UtilGPU ||
					s.MemUsedMiB > d.MemoryMiB ||
					s.PowerMW < 25_000 || s.PowerMW > 1_000_000 ||
					s.TempC < 25 || s.TempC > 90 ||
					s.SMClockMHz < 200 || s.SMClockMHz > 2000 ||
					s.MemClockMHz < 1000 || s.MemClockMHz > 4000 {
					t.Errorf("gpu %d (%s): implausible %+v", d.Index, d.Model, s)
				}
				busy := d.Index == 0
				if busy && (s.UtilGPU < 70 || s.MemUsedMiB < d.MemoryMiB/2 || s.SMClockMHz < 1300) {
					t.Errorf("busy gpu %d: %+v", d.Index, s)
				}
				if !busy && (s.UtilGPU > 5 || s.MemUsedMiB != 0 || s.SMClockMHz > 500) {
					t.Errorf("idle gpu %d: %+v", d.Index, s)
				}
			}
		})
	}
}

func TestBusyIdleDiffer(t *testing.T) {
	inv, sim := simFleet(t, "dgxa100")
	lib := inv.NVML()
	base := time.Unix(1_700_000_000, 0)
	clock := base
	sim.SetClock(func() time.Time { return clock })
	for i := 0; i < 8; i += 2 {
		if err := sim.SetBusy(i, true); err != nil {
			t.Fatal(err)
		}
	}
	if !sim.Busy(0) || sim.Busy(1) {
		t.Fatal("Busy does not say what SetBusy set")
	}
	var first [8]Sample
	for step := range 120 {
		clock = base.Add(time.Duration(step) * time.Second)
		for i := range 8 {
			s, err := Read(lib, i, true, clock)
			if err != nil {
				t.Fatal(err)
			}
			if step == 0 {
				first[i] = s
			}
			if i%2 == 0 && (s.UtilGPU < 70 || s.PowerMW < 250_000 || s.PowerMW > 400_000) {
				t.Fatalf("step %d busy gpu %d: %+v", step, i, s)
			}
			if i%2 == 1 && (s.UtilGPU > 5 || s.PowerMW > 80_000) {
				t.Fatalf("step %d idle gpu %d: %+v", step, i, s)
			}
			if step == 119 {
				// Temperature follows the load: a busy GPU warms up,
				// an idle one does not.
				if i%2 == 0 && s.TempC < first[i].TempC+25 {
					t.Errorf("busy gpu %d: %d°C after 2 minutes, %d°C at start", i, s.TempC, first[i].TempC)
				}
				if i%2 == 1 && s.TempC > first[i].TempC+3 {
					t.Errorf("idle gpu %d: %d°C after 2 minutes, %d°C at start", i, s.TempC, first[i].TempC)
				}
			}
		}
	}
	// Cooling down again after the job.
	hot, _ := Read(lib, 0, true, clock)
	if err := sim.SetBusy(0, false); err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(time.Second)
	s, _ := Read(lib, 0, true, clock)
	if s.UtilGPU > 5 || s.MemUsedMiB != 0 || s.TempC+5 < hot.TempC {
		t.Errorf("just released: %+v (hot %+v)", s, hot)
	}
	clock = clock.Add(5 * time.Minute)
	if s, _ := Read(lib, 0, true, clock); s.TempC > first[1].TempC+3 {
		t.Errorf("5 minutes after release: %d°C", s.TempC)
	}

	// Deterministic: same seed, same clock, same values.
	inv2, sim2 := simFleet(t, "dgxa100")
	sim2.SetClock(func() time.Time { return clock })
	a, _ := Read(inv2.NVML(), 1, true, clock)
	b, _ := Read(lib, 1, true, clock)
	if a != b {
		t.Errorf("same seed and time differ: %+v vs %+v", a, b)
	}
	if err := sim.SetBusy(8, true); err == nil {
		t.Error("SetBusy accepted gpu 8 of 8")
	}
}

// TestJSONNamesSayTheirUnits checks the JSON of a series summary and of
// the live GPU points in job events: power and energy fields name their
// units in full (an "MW" or "MJ" reads as megawatts or megajoules).
func TestJSONNamesSayTheirUnits(t *testing.T) {
	ser := NewSeries(0)
	ser.Add(Sample{TimeMs: 1000, GPU: 0, PowerMW: 100_000})
	ser.Add(Sample{TimeMs: 2000, GPU: 0, PowerMW: 100_000})
	sum, err := json.Marshal(ser.Summary())
	if err != nil {
		t.Fatal(err)
	}
	point, err := json.Marshal(types.GPUPoint{PowerMW: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		js   []byte
		want []string
	}{
		{sum, []string{`"avgPowerMilliwatts":100000`, `"maxPowerMilliwatts":100000`, `"energyMillijoules":100000`, `"energyJ":100`}},
		{point, []string{`"powerMilliwatts":1`}},
	} {
		for _, k := range c.want {
			if !strings.Contains(string(c.js), k) {
				t.Errorf("%s lacks %s", c.js, k)
			}
		}
		if strings.Contains(string(c.js), `MW"`) || strings.Contains(string(c.js), `MJ"`) {
			t.Errorf("%s still has an MW or MJ field", c.js)
		}
	}
}

func TestSampleJSON(t *testing.T) {
	b, err := json.Marshal(Sample{TimeMs: 1, GPU: 2, UtilGPU: 3, Simulated: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"timeMs":1`, `"gpu":2`, `"utilGpu":3`, `"utilMem"`, `"memUsedMiB"`, `"powerMilliwatts"`, `"tempC"`, `"smClockMHz"`, `"memClockMHz"`, `"simulated":true`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("%s lacks %s", b, k)
		}
	}
}

// bareDevice is a mock device with every telemetry getter set.
func bareFleet(mod func(d *server.Device)) nvml.Interface {
	srv, _ := server.New()
	d := &server.Device{}
	d.GetUtilizationRatesFunc = func() (nvml.Utilization, nvml.Return) { return nvml.Utilization{Gpu: 50, Memory: 20}, nvml.SUCCESS }
	d.GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) { return nvml.Memory{Total: 8 << 30, Used: 3 << 20}, nvml.SUCCESS }
	d.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 123_000, nvml.SUCCESS }
	d.GetTemperatureFunc = func(nvml.TemperatureSensors) (uint32, nvml.Return) { return 55, nvml.SUCCESS }
	d.GetClockInfoFunc = func(c nvml.ClockType) (uint32, nvml.Return) { return 1000 + uint32(c), nvml.SUCCESS }
	if mod != nil {
		mod(d)
	}
	srv.Devices = []nvml.Device{d}
	return srv
}

func TestReadNotSupported(t *testing.T) {
	lib := bareFleet(func(d *server.Device) {
		d.GetPowerUsageFunc = func() (uint32, nvml.Return) { return 999, nvml.ERROR_NOT_SUPPORTED }
		d.GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) { return nvml.Memory{Used: 1 << 40}, nvml.ERROR_NOT_SUPPORTED }
	})
	s, err := Read(lib, 0, false, time.UnixMilli(5))
	if err != nil {
		t.Fatal(err)
	}
	want := Sample{TimeMs: 5, UtilGPU: 50, UtilMem: 20, TempC: 55, SMClockMHz: 1001, MemClockMHz: 1002}
	if s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
}

func TestReadErrors(t *testing.T) {
	// A mock getter never set panics in go-nvml: an error, not a panic.
	lib := bareFleet(func(d *server.Device) { d.GetTemperatureFunc = nil })
	if _, err := Read(lib, 0, true, time.Now()); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Errorf("nil getter: err %v", err)
	}
	// go-nvml's own fleets, without Simulate, set none of the getters.
	raw, err := gpu.ParseFleet("dgxa100")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(raw, 0, true, time.Now()); err == nil {
		t.Error("unsimulated mock fleet: no error")
	}
	// Driver failures are errors that keep their return code.
	lib = bareFleet(func(d *server.Device) {
		d.GetClockInfoFunc = func(nvml.ClockType) (uint32, nvml.Return) { return 0, nvml.ERROR_GPU_IS_LOST }
	})
	if _, err := Read(lib, 0, false, time.Now()); !errors.Is(err, nvml.ERROR_GPU_IS_LOST) {
		t.Errorf("lost gpu: err %v", err)
	}
	if _, err := Read(lib, 3, false, time.Now()); !errors.Is(err, nvml.ERROR_INVALID_ARGUMENT) {
		t.Errorf("bad index: err %v", err)
	}
	if _, err := Read(nil, 0, false, time.Now()); err == nil {
		t.Error("nil library: no error")
	}
	// Simulate wants go-nvml's mock devices.
	if _, err := Simulate(bareFleet(nil), 1); err != nil {
		t.Errorf("simulate on server.Device: %v", err)
	}
	if _, err := Simulate(nil, 1); err == nil {
		t.Error("simulate nil: no error")
	}
}

func TestSampler(t *testing.T) {
	inv, sim := simFleet(t, "dgxa100")
	_ = sim.SetBusy(3, true)
	var mu sync.Mutex
	got := map[int][]Sample{}
	s := NewSampler(inv.NVML(), []int{3, 5}, true, 10*time.Millisecond, func(x Sample) {
		mu.Lock()
		got[x.GPU] = append(got[x.GPU], x)
		mu.Unlock()
	})
	// Stopped before it started: it never starts.
	early := NewSampler(inv.NVML(), []int{3}, true, time.Millisecond, func(Sample) { t.Error("stopped sampler sampled") })
	early.Stop()
	early.Start(context.Background())
	early.Stop()

	s.Start(context.Background())
	s.Start(context.Background()) // no second goroutine
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		n3, n5 := len(got[3]), len(got[5])
		mu.Unlock()
		if n3 >= 5 && n5 >= 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 5s: %d and %d samples, %d errors, last %v", n3, n5, s.Errors(), s.LastError())
		}
		time.Sleep(5 * time.Millisecond)
	}
	done := make(chan struct{})
	go func() { s.Stop(); s.Stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Stop did not return")
	}
	mu.Lock()
	n := len(got[3]) + len(got[5])
	for _, x := range append(got[3], got[5]...) {
		if !x.Simulated || x.GPU != 3 && x.GPU != 5 {
			t.Errorf("sample %+v", x)
		}
	}
	if got[3][0].UtilGPU < 70 || got[5][0].UtilGPU > 5 {
		t.Errorf("busy %+v idle %+v", got[3][0], got[5][0])
	}
	mu.Unlock()
	time.Sleep(30 * time.Millisecond)
	mu.Lock()
	if m := len(got[3]) + len(got[5]); m != n {
		t.Errorf("%d samples arrived after Stop", m-n)
	}
	mu.Unlock()
	if s.Errors() != 0 || s.LastError() != nil {
		t.Errorf("errors %d, last %v", s.Errors(), s.LastError())
	}
}

func TestSamplerErrorsAndContext(t *testing.T) {
	raw, err := gpu.ParseFleet("dgxa100") // no Simulate: every read panics inside
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var calls int
	s := NewSampler(raw, []int{0, 1}, true, 5*time.Millisecond, func(Sample) { calls++ })
	s.Start(ctx)
	for s.Errors() < 4 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	s.Stop() // returns once the context-ended goroutine has
	if calls != 0 || s.LastError() == nil {
		t.Errorf("calls %d, last error %v", calls, s.LastError())
	}
}

func TestSeries(t *testing.T) {
	ser := NewSeries(4)
	// GPU 0: 100 W for 10 s, then 300 W; samples each second.
	for i := range 21 {
		p := uint32(100_000)
		if i >= 10 {
			p = 300_000
		}
		ser.Add(Sample{TimeMs: 1_000_000 + uint64(i)*1000, GPU: 0, PowerMW: p, UtilGPU: uint32(i), TempC: 40, MemUsedMiB: 10})
	}
	ser.Add(Sample{TimeMs: 5000, GPU: 1, PowerMW: 50_000, Simulated: true})
	ser.Add(Sample{TimeMs: 5500, GPU: 1, PowerMW: 51_000, Simulated: true})

	kept := ser.Samples(0)
	if len(kept) != 4 || kept[0].UtilGPU != 17 || kept[3].UtilGPU != 20 {
		t.Errorf("kept %+v", kept)
	}
	sum := ser.Summary()
	if len(sum.GPUs) != 2 || sum.GPUs[0].GPU != 0 || sum.GPUs[1].GPU != 1 {
		t.Fatalf("summary %+v", sum)
	}
	g := sum.GPUs[0]
	// 9 s at 100 W, 1 s ramp at 200 W mean, 10 s at 300 W: 900+200+3000 J.
	if g.EnergyJ != 4100 || g.EnergyMJ != 4_100_000 {
		t.Errorf("energy %d J (%d mJ), want 4100", g.EnergyJ, g.EnergyMJ)
	}
	if g.Samples != 21 || g.AvgUtilGPU != 10 || g.MaxUtilGPU != 20 || g.MaxPowerMW != 300_000 ||
		g.AvgPowerMW != (10*100_000+11*300_000)/21 || g.AvgTempC != 40 || g.MaxMemUsedMiB != 10 ||
		g.FirstMs != 1_000_000 || g.LastMs != 1_020_000 || g.Simulated {
		t.Errorf("gpu 0 summary %+v", g)
	}
	// 0.5 s at 50.5 W = 25.25 J.
	if g := sum.GPUs[1]; g.EnergyMJ != 25_250 || g.EnergyJ != 25 || !g.Simulated {
		t.Errorf("gpu 1 summary %+v", g)
	}
	if sum.EnergyJ != 4125 || !sum.Simulated {
		t.Errorf("total %d J, simulated %v", sum.EnergyJ, sum.Simulated)
	}

	// Out of order and repeated times add no energy.
	ser.Add(Sample{TimeMs: 1_000, GPU: 0, PowerMW: 1_000_000})
	ser.Add(Sample{TimeMs: 1_020_000, GPU: 0, PowerMW: 1_000_000})
	if g := ser.Summary().GPUs[0]; g.EnergyJ != 4100 || g.FirstMs != 1_000 || g.LastMs != 1_020_000 {
		t.Errorf("after stale samples %+v", g)
	}

	// GPU count is bounded.
	for i := range maxSeriesGPUs + 3 {
		ser.Add(Sample{GPU: 100 + i})
	}
	if sum := ser.Summary(); len(sum.GPUs) != maxSeriesGPUs || sum.Dropped != 5 {
		t.Errorf("%d gpus, %d dropped", len(sum.GPUs), sum.Dropped)
	}
	if NewSeries(0).max != DefaultSeriesLen || ser.Samples(7) != nil {
		t.Error("defaults")
	}
}

func TestSeriesFromSampler(t *testing.T) {
	inv, sim := simFleet(t, "dgxh100")
	_ = sim.SetBusy(0, true)
	ser := NewSeries(8)
	s := NewSampler(inv.NVML(), []int{0, 1}, inv.Simulated, 10*time.Millisecond, ser.Add)
	s.Start(context.Background())
	for len(ser.Samples(1)) < 8 {
		time.Sleep(5 * time.Millisecond)
	}
	s.Stop()
	sum := ser.Summary()
	if !sum.Simulated || len(sum.GPUs) != 2 || sum.GPUs[0].AvgPowerMW <= sum.GPUs[1].AvgPowerMW ||
		sum.GPUs[0].EnergyMJ <= sum.GPUs[1].EnergyMJ || sum.GPUs[1].EnergyMJ == 0 {
		t.Errorf("summary %+v", sum)
	}
}

func BenchmarkRead(b *testing.B) {
	inv, sim := simFleet(b, "dgxa100")
	_ = sim.SetBusy(0, true)
	lib := inv.NVML()
	now := time.Now()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Read(lib, i&7, true, now); err != nil {
			b.Fatal(err)
		}
	}
}
