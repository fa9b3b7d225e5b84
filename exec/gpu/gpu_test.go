package gpu

import (
	"bytes"
	"errors"
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/dgxa100"
	"github.com/NVIDIA/go-nvml/pkg/nvml/mock/server"

	"github.com/skyops/skyops/types"
)

func TestNamedFleets(t *testing.T) {
	tests := []struct {
		spec, model, driver string
		mem                 uint64
	}{
		{"dgxa100", "NVIDIA A100-SXM4-40GB", "550.54.15", 40960},
		{"dgxh100", "NVIDIA H100 80GB HBM3", "550.54.15", 81920},
		{"dgxh200", "NVIDIA H200 141GB HBM3e", "550.54.15", 144384},
		{"dgxb200", "NVIDIA B200 180GB HBM3e", "560.28.03", 184320},
		{"DGXA100", "NVIDIA A100-SXM4-40GB", "550.54.15", 40960},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			inv, err := Detect(tt.spec, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer inv.Close()
			if inv.Source != "sim:"+tt.spec || !inv.Simulated || inv.Driver != tt.driver {
				t.Errorf("got source %q simulated %v driver %q", inv.Source, inv.Simulated, inv.Driver)
			}
			if len(inv.Devices) != 8 {
				t.Fatalf("got %d devices, want 8", len(inv.Devices))
			}
			uuids := map[string]bool{}
			for i, d := range inv.Devices {
				if d.Index != i || d.Model != tt.model || d.MemoryMiB != tt.mem || !d.Simulated {
					t.Errorf("device %d: %+v", i, d)
				}
				if !strings.HasPrefix(d.UUID, "GPU-") || uuids[d.UUID] {
					t.Errorf("device %d: bad or repeated uuid %q", i, d.UUID)
				}
				uuids[d.UUID] = true
			}
			want := []types.GPUGroup{{Model: tt.model, MemoryMiB: tt.mem, Total: 8, Free: 8, Simulated: true}}
			if got := inv.Groups(nil); !reflect.DeepEqual(got, want) {
				t.Errorf("groups %+v, want %+v", got, want)
			}
			if inv.NVML() == nil {
				t.Error("inventory dropped its nvml handle")
			}
		})
	}
}

func TestCountSpecs(t *testing.T) {
	tests := []struct {
		spec  string
		n     int
		model string
		mem   uint64
	}{
		{"A100:2", 2, "NVIDIA A100-SXM4-40GB", 40960},
		{"a100-40gb:1", 1, "NVIDIA A100-SXM4-40GB", 40960},
		{"A100-80GB:2", 2, "NVIDIA A100-SXM4-80GB", 81920},
		{"A100-SXM4-80GB:3", 3, "NVIDIA A100-SXM4-80GB", 81920},
		{"a100-pcie-40gb:1", 1, "NVIDIA A100-PCIE-40GB", 40960},
		{"A100-PCIE-80GB:1", 1, "NVIDIA A100-PCIE-80GB", 81920},
		{"H100:4", 4, "NVIDIA H100 80GB HBM3", 81920},
		{"h200:1", 1, "NVIDIA H200 141GB HBM3e", 144384},
		{"B200:8", 8, "NVIDIA B200 180GB HBM3e", 184320},
		{"A30:4", 4, "NVIDIA A30-PCIE-24GB", 24576},
		{" A30 : 2 ", 2, "NVIDIA A30-PCIE-24GB", 24576},
		{"A100:64", 64, "NVIDIA A100-SXM4-40GB", 40960},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			inv, err := Detect(tt.spec, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer inv.Close()
			if inv.Source != "sim:"+strings.TrimSpace(tt.spec) || !inv.Simulated || inv.Driver != simDriver {
				t.Errorf("got source %q simulated %v driver %q", inv.Source, inv.Simulated, inv.Driver)
			}
			if len(inv.Devices) != tt.n {
				t.Fatalf("got %d devices, want %d", len(inv.Devices), tt.n)
			}
			for i, d := range inv.Devices {
				if d.Index != i || d.Model != tt.model || d.MemoryMiB != tt.mem || !d.Simulated {
					t.Errorf("device %d: %+v", i, d)
				}
			}
		})
	}
}

func TestEveryAdvertisedNameParses(t *testing.T) {
	for _, f := range Fleets() {
		if _, err := ParseFleet(f); err != nil {
			t.Errorf("fleet %q: %v", f, err)
		}
	}
	for _, m := range SimModels() {
		for _, spec := range []string{m + ":1", strings.ToLower(m) + ":1"} {
			if _, err := ParseFleet(spec); err != nil {
				t.Errorf("%q: %v", spec, err)
			}
		}
	}
}

func TestNoneFleet(t *testing.T) {
	inv, err := Detect("none", nil)
	if err != nil {
		t.Fatal(err)
	}
	if inv.Source != "sim:none" || !inv.Simulated || len(inv.Devices) != 0 || inv.Groups(nil) != nil {
		t.Errorf("got %+v, groups %v", inv, inv.Groups(nil))
	}
}

func TestMixedSpecGroups(t *testing.T) {
	inv, err := Detect("H200:1,A100-80GB:2,A100:3,A100-SXM4-80GB:1", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer inv.Close()
	// Devices in spec order: 0 H200, 1-2 A100 80GB, 3-5 A100 40GB, 6 A100 80GB.
	tests := []struct {
		name      string
		allocated map[int]bool
		want      []types.GPUGroup
	}{
		{"nothing allocated", nil, []types.GPUGroup{
			{Model: "NVIDIA A100-SXM4-40GB", MemoryMiB: 40960, Total: 3, Free: 3, Simulated: true},
			{Model: "NVIDIA A100-SXM4-80GB", MemoryMiB: 81920, Total: 3, Free: 3, Simulated: true},
			{Model: "NVIDIA H200 141GB HBM3e", MemoryMiB: 144384, Total: 1, Free: 1, Simulated: true},
		}},
		{"some allocated", map[int]bool{0: true, 2: true, 6: true, 4: false, 99: true}, []types.GPUGroup{
			{Model: "NVIDIA A100-SXM4-40GB", MemoryMiB: 40960, Total: 3, Free: 3, Simulated: true},
			{Model: "NVIDIA A100-SXM4-80GB", MemoryMiB: 81920, Total: 3, Free: 1, Simulated: true},
			{Model: "NVIDIA H200 141GB HBM3e", MemoryMiB: 144384, Total: 1, Free: 0, Simulated: true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inv.Groups(tt.allocated); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestGroupsSortsByModelThenMemory(t *testing.T) {
	inv := &Inventory{Devices: []Device{
		{Index: 0, Model: "B", MemoryMiB: 10},
		{Index: 1, Model: "A", MemoryMiB: 20},
		{Index: 2, Model: "A", MemoryMiB: 10},
		{Index: 3, Model: "A", MemoryMiB: 20},
	}}
	want := []types.GPUGroup{
		{Model: "A", MemoryMiB: 10, Total: 1, Free: 1},
		{Model: "A", MemoryMiB: 20, Total: 2, Free: 1},
		{Model: "B", MemoryMiB: 10, Total: 1, Free: 1},
	}
	if got := inv.Groups(map[int]bool{3: true}); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	var nilInv *Inventory
	if nilInv.Groups(nil) != nil || (&Inventory{Source: "none"}).Groups(map[int]bool{0: true}) != nil {
		t.Error("CPU-only inventory has groups")
	}
}

func TestBadSpecs(t *testing.T) {
	tests := []struct{ spec, want string }{
		{"dgx9", `unknown simulated fleet "dgx9"`},
		{"", "empty simulated fleet spec"},
		{"   ", "empty simulated fleet spec"},
		{"A100", `item "A100" has no count (e.g. "A100:1")`},
		{"A100:0", "count 0 for A100 out of range 1..64"},
		{"A100:-1", "count -1 for A100 out of range 1..64"},
		{"A100:65", "count 65 for A100 out of range 1..64"},
		{"A100:99999999999999999999", `bad count "99999999999999999999" for A100`},
		{"A100:40,H100:25", `has more than 64 GPUs`},
		{"A100:x", `bad count "x" for A100`},
		{"A100:", `bad count "" for A100`},
		{"A100:2:3", `bad count "2:3" for A100`},
		{"V100:2", `unknown GPU model "V100"`},
		{":2", `unknown GPU model ""`},
		{"dgxa100:2", `unknown GPU model "dgxa100"`},
		{"A100:2,,H100:1", "empty item 2"},
		{"A100:2,", "empty item 2"},
		{",A100:2", "empty item 1"},
		{"A100:2,foo", `item "foo" is not MODEL:COUNT`},
		{"dgxa100\nx", `unknown simulated fleet "dgxa100\nx"`},
		{strings.Repeat("A", 2000), "spec is 2000 bytes, limit 1024"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			lib, err := ParseFleet(tt.spec)
			if err == nil {
				t.Fatalf("accepted, got %T", lib)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q does not say %q", msg, tt.want)
			}
			if !strings.Contains(msg, "use one of dgxa100, dgxh100, dgxh200, dgxb200, none, or MODEL:COUNT") ||
				!strings.Contains(msg, "A100-80GB") {
				t.Errorf("error %q does not list what is accepted", msg)
			}
			if strings.ContainsAny(msg, "\n\r") || len(msg) > 400 {
				t.Errorf("error is not one short line: %q", msg)
			}
			if _, err := Detect(tt.spec, nil); err == nil && tt.spec != "" {
				t.Error("Detect accepted it")
			}
		})
	}
}

// TestDetectReal runs the real NVML path on whatever machine runs the
// tests: without libnvidia-ml it must be a quiet CPU-only inventory.
func TestDetectReal(t *testing.T) {
	var buf bytes.Buffer
	inv, err := Detect("", slog.New(slog.NewTextHandler(&buf, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer inv.Close()
	t.Logf("source %q, log: %s", inv.Source, buf.String())
	switch inv.Source {
	case "none":
		if inv.Simulated || len(inv.Devices) != 0 || inv.Groups(nil) != nil || inv.NVML() != nil {
			t.Errorf("CPU-only inventory: %+v", inv)
		}
		if !strings.Contains(buf.String(), "CPU only") {
			t.Errorf("log does not say CPU only: %s", buf.String())
		}
	case "nvml":
		t.Logf("real GPUs: driver %s, %+v", inv.Driver, inv.Devices)
		if inv.Simulated {
			t.Error("real inventory marked simulated")
		}
		for _, d := range inv.Devices {
			if d.Simulated {
				t.Errorf("real device marked simulated: %+v", d)
			}
		}
	default:
		t.Errorf("source %q", inv.Source)
	}
}

// failing returns a dgxa100 mock server whose Shutdown calls are counted.
func failing(shutdowns *int) *server.Server {
	s := dgxa100.New()
	s.ShutdownFunc = func() nvml.Return { *shutdowns++; return nvml.SUCCESS }
	return s
}

func TestDetectWithoutLibrary(t *testing.T) {
	var n int
	inv, err := detect("", nil, func() nvml.Interface {
		s := failing(&n)
		s.InitFunc = func() nvml.Return { return nvml.ERROR_LIBRARY_NOT_FOUND }
		return s
	})
	if err != nil || inv.Source != "none" || len(inv.Devices) != 0 || inv.Simulated {
		t.Errorf("got %+v, %v", inv, err)
	}
	if n != 0 {
		t.Errorf("shut down an uninitialised library %d times", n)
	}

	_, err = detect("", nil, func() nvml.Interface {
		s := failing(&n)
		s.InitFunc = func() nvml.Return { return nvml.ERROR_DRIVER_NOT_LOADED }
		return s
	})
	if !errors.Is(err, nvml.ERROR_DRIVER_NOT_LOADED) || !strings.Contains(err.Error(), "init nvml") {
		t.Errorf("driver not loaded: got %v", err)
	}
}

func TestReadErrors(t *testing.T) {
	dev := func(s *server.Server, i int) *server.Device { return s.Devices[i].(*server.Device) }
	tests := []struct {
		name   string
		break_ func(s *server.Server)
		want   string
		is     error // nil: do not check
	}{
		{"count fails", func(s *server.Server) {
			s.DeviceGetCountFunc = func() (int, nvml.Return) { return 0, nvml.ERROR_UNKNOWN }
		}, "read gpu count", nvml.ERROR_UNKNOWN},
		{"negative count", func(s *server.Server) {
			s.DeviceGetCountFunc = func() (int, nvml.Return) { return -1, nvml.SUCCESS }
		}, "driver reports -1 GPUs", nil},
		{"huge count", func(s *server.Server) {
			s.DeviceGetCountFunc = func() (int, nvml.Return) { return 1 << 30, nvml.SUCCESS }
		}, "want 0..1024", nil},
		{"count above devices", func(s *server.Server) {
			s.DeviceGetCountFunc = func() (int, nvml.Return) { return 9, nvml.SUCCESS }
		}, "read gpu 8 handle", nvml.ERROR_INVALID_ARGUMENT},
		{"nil handle", func(s *server.Server) {
			s.DeviceGetHandleByIndexFunc = func(int) (nvml.Device, nvml.Return) { return nil, nvml.SUCCESS }
		}, "read gpu 0 handle: driver returned none", nil},
		{"driver version fails", func(s *server.Server) {
			s.SystemGetDriverVersionFunc = func() (string, nvml.Return) { return "", nvml.ERROR_NO_PERMISSION }
		}, "read driver version", nvml.ERROR_NO_PERMISSION},
		{"name fails", func(s *server.Server) {
			dev(s, 3).GetNameFunc = func() (string, nvml.Return) { return "", nvml.ERROR_GPU_IS_LOST }
		}, "read gpu 3 name", nvml.ERROR_GPU_IS_LOST},
		{"unprintable name", func(s *server.Server) {
			dev(s, 3).GetNameFunc = func() (string, nvml.Return) { return "A100\x1b[2J", nvml.SUCCESS }
		}, "read gpu 3 name: driver returned unprintable", nil},
		{"empty name", func(s *server.Server) {
			dev(s, 3).GetNameFunc = func() (string, nvml.Return) { return "  ", nvml.SUCCESS }
		}, "read gpu 3 name: driver returned an empty name", nil},
		{"long name", func(s *server.Server) {
			dev(s, 3).GetNameFunc = func() (string, nvml.Return) { return strings.Repeat("x", 300), nvml.SUCCESS }
		}, "read gpu 3 name: driver returned 300 bytes", nil},
		{"uuid fails", func(s *server.Server) {
			dev(s, 5).GetUUIDFunc = func() (string, nvml.Return) { return "", nvml.ERROR_UNKNOWN }
		}, "read gpu 5 uuid", nvml.ERROR_UNKNOWN},
		{"memory fails", func(s *server.Server) {
			dev(s, 7).GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) { return nvml.Memory{}, nvml.ERROR_UNKNOWN }
		}, "read gpu 7 memory", nvml.ERROR_UNKNOWN},
		{"unset mock method panics", func(s *server.Server) {
			dev(s, 3).GetUUIDFunc = nil
		}, "nvml call panicked", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var shutdowns int
			s := failing(&shutdowns)
			tt.break_(s)
			inv, err := Read(s, true)
			if err == nil {
				t.Fatalf("no error, got %+v", inv)
			}
			if inv != nil {
				t.Errorf("inventory with error: %+v", inv)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %q does not wrap %v", err, tt.is)
			}
			if shutdowns != 1 {
				t.Errorf("shut down %d times, want 1", shutdowns)
			}
		})
	}
}

func TestReadInitFailures(t *testing.T) {
	var shutdowns int
	s := failing(&shutdowns)
	s.InitFunc = nil // a mock whose Init was never set panics
	if _, err := Read(s, true); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Errorf("got %v", err)
	}
	if _, err := Read(nil, false); err == nil {
		t.Error("read a nil library")
	}
	if shutdowns != 0 {
		t.Errorf("shut down an uninitialised library %d times", shutdowns)
	}
}

func TestReadMemoryNotSupported(t *testing.T) {
	s := dgxa100.New()
	s.Devices[1].(*server.Device).GetMemoryInfoFunc = func() (nvml.Memory, nvml.Return) {
		return nvml.Memory{}, nvml.ERROR_NOT_SUPPORTED
	}
	inv, err := Read(s, true)
	if err != nil {
		t.Fatal(err)
	}
	if inv.Devices[1].MemoryMiB != 0 || inv.Devices[0].MemoryMiB != 40960 {
		t.Errorf("devices %+v", inv.Devices[:2])
	}
}

// TestReadRealKeepsName: only a simulated read strips "Mock ", and the
// simulated flag comes from the caller alone.
func TestReadRealKeepsName(t *testing.T) {
	inv, err := Read(dgxa100.New(), false)
	if err != nil {
		t.Fatal(err)
	}
	if inv.Source != "nvml" || inv.Simulated || inv.Devices[0].Simulated || inv.Devices[0].Model != "Mock NVIDIA A100-SXM4-40GB" {
		t.Errorf("got %+v", inv)
	}
}

func TestClose(t *testing.T) {
	var shutdowns int
	s := failing(&shutdowns)
	inv, err := Read(s, true)
	if err != nil {
		t.Fatal(err)
	}
	if inv.NVML() == nil || shutdowns != 0 {
		t.Fatalf("handle %v, %d shutdowns before Close", inv.NVML(), shutdowns)
	}
	if err := inv.Close(); err != nil {
		t.Fatal(err)
	}
	if err := inv.Close(); err != nil {
		t.Fatal(err)
	}
	if inv.NVML() != nil || shutdowns != 1 {
		t.Errorf("handle %v, %d shutdowns after two Closes", inv.NVML(), shutdowns)
	}
	if err := (&Inventory{Source: "none"}).Close(); err != nil {
		t.Error(err)
	}

	s = dgxa100.New()
	s.ShutdownFunc = func() nvml.Return { return nvml.ERROR_UNKNOWN }
	inv, _ = Read(s, true)
	if err := inv.Close(); !errors.Is(err, nvml.ERROR_UNKNOWN) {
		t.Errorf("close: %v", err)
	}
}

func TestModelMatches(t *testing.T) {
	tests := []struct {
		want, have string
		ok         bool
	}{
		{"A100", "NVIDIA A100-SXM4-80GB", true},
		{"a100", "NVIDIA A100-SXM4-40GB", true},
		{"A100-80GB", "NVIDIA A100-SXM4-80GB", true},
		{"A100-80GB", "NVIDIA A100-SXM4-40GB", false},
		{"A100 SXM4", "NVIDIA A100-SXM4-80GB", true},
		{"NVIDIA A100-SXM4-80GB", "NVIDIA A100-SXM4-80GB", true},
		{"A10", "NVIDIA A100-SXM4-80GB", false},
		{"A100", "NVIDIA A10", false},
		{"H100", "NVIDIA H100 80GB HBM3", true},
		{"h100-80gb", "NVIDIA H100 80GB HBM3", true},
		{"H200", "NVIDIA H100 80GB HBM3", false},
		{"B200", "NVIDIA B200 180GB HBM3e", true},
		{"", "NVIDIA A100-SXM4-80GB", false},
		{" - ", "NVIDIA A100-SXM4-80GB", false},
		{"A100", "", false},
	}
	for _, tt := range tests {
		if got := ModelMatches(tt.want, tt.have); got != tt.ok {
			t.Errorf("ModelMatches(%q, %q) = %v, want %v", tt.want, tt.have, got, tt.ok)
		}
	}
}

func FuzzParseFleet(f *testing.F) {
	for _, s := range []string{
		"dgxa100", "DGXB200", "none", "A100:2", "A100-80GB:2,H200:1", "B200:8", "A30:4",
		"A100:0", "A100:-1", "A100:65", "A100:2,,", ":", ",", "dgx9", "A100:64,A30:1", " h100 : 3 ",
		"A100:+2", "A100:0x10", "\xff:1", "A100:2\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		lib, err := ParseFleet(spec)
		if err != nil {
			msg := err.Error()
			if strings.ContainsAny(msg, "\n\r") || !strings.Contains(msg, "use one of") {
				t.Fatalf("bad error %q", msg)
			}
			return
		}
		inv, err := Read(lib, true)
		if err != nil {
			t.Fatalf("parsed %q but read failed: %v", spec, err)
		}
		defer inv.Close()
		if len(inv.Devices) > maxSimGPUs {
			t.Fatalf("%q: %d devices", spec, len(inv.Devices))
		}
		for _, d := range inv.Devices {
			if !d.Simulated {
				t.Fatalf("%q: device not simulated: %+v", spec, d)
			}
		}
		for _, g := range inv.Groups(nil) {
			if !g.Simulated || g.Total == 0 || g.Free != g.Total || g.Model == "" {
				t.Fatalf("%q: group %+v", spec, g)
			}
		}
	})
}
