package gpu

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"unicode"

	"github.com/NVIDIA/go-nvml/pkg/nvml"

	"github.com/skyops/skyops/types"
)

// maxDevices bounds the device count we accept from a driver: more than fit
// in one advert group is a driver bug, not a machine.
const maxDevices = types.MaxGPUsInGroup

// Device is one GPU as NVML reported it.
type Device struct {
	Index     int    // NVML index, 0..count-1
	UUID      string // e.g. "GPU-…"
	Model     string // the driver's name, less the mock's "Mock " prefix
	MemoryMiB uint64 // total framebuffer; 0 where the driver does not say
	Simulated bool   // from a go-nvml mock fleet, not a real driver
}

// Inventory is what a node found when it read its GPUs.
//
// An Inventory from Read keeps its NVML library initialised, so that later
// telemetry can sample the same devices through NVML(); Close shuts it down.
// Close must not race with users of NVML().
type Inventory struct {
	Source    string // "nvml", "sim:<spec>" (or "sim" from Read), or "none"
	Simulated bool
	Driver    string // driver version, "" for "none"
	Devices   []Device

	lib nvml.Interface // nil for "none" and after Close
}

// Read initialises lib and reads its driver version and devices. simulated
// says whether lib is a mock fleet; it is copied onto every device, so the
// caller, who knows where lib came from, decides — never the device name.
//
// On success lib stays initialised and the Inventory owns it (see Close);
// on error lib has been shut down again. Panics from lib (a go-nvml mock
// whose method was never set panics) are turned into errors.
func Read(lib nvml.Interface, simulated bool) (_ *Inventory, err error) {
	if lib == nil {
		return nil, errors.New("read gpus: no nvml library")
	}
	initialised := false
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("read gpus: nvml call panicked: %v", r)
		}
		if err != nil && initialised {
			_ = shutdown(lib)
		}
	}()

	if ret := lib.Init(); ret != nvml.SUCCESS {
		return nil, fmt.Errorf("init nvml: %w", nvmlErr(ret))
	}
	initialised = true

	inv := &Inventory{Source: "nvml", Simulated: simulated}
	if simulated {
		inv.Source = "sim"
	}
	driver, ret := lib.SystemGetDriverVersion()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("read driver version: %w", nvmlErr(ret))
	}
	if inv.Driver, err = cleanString(driver); err != nil {
		return nil, fmt.Errorf("read driver version: %w", err)
	}

	n, ret := lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("read gpu count: %w", nvmlErr(ret))
	}
	if n < 0 || n > maxDevices {
		return nil, fmt.Errorf("read gpu count: driver reports %d GPUs, want 0..%d", n, maxDevices)
	}
	for i := range n {
		d, err := readDevice(lib, i, simulated)
		if err != nil {
			return nil, err
		}
		inv.Devices = append(inv.Devices, d)
	}
	inv.lib = lib
	return inv, nil
}

// readDevice calls only the device methods that go-nvml's mock server sets
// (server.Device.SetMockFuncs), so simulated fleets take the same path.
func readDevice(lib nvml.Interface, i int, simulated bool) (Device, error) {
	h, ret := lib.DeviceGetHandleByIndex(i)
	if ret != nvml.SUCCESS {
		return Device{}, fmt.Errorf("read gpu %d handle: %w", i, nvmlErr(ret))
	}
	if h == nil {
		return Device{}, fmt.Errorf("read gpu %d handle: driver returned none", i)
	}
	dev := Device{Index: i, Simulated: simulated}

	uuid, ret := h.GetUUID()
	if ret != nvml.SUCCESS {
		return Device{}, fmt.Errorf("read gpu %d uuid: %w", i, nvmlErr(ret))
	}
	var err error
	if dev.UUID, err = cleanString(uuid); err != nil {
		return Device{}, fmt.Errorf("read gpu %d uuid: %w", i, err)
	}

	name, ret := h.GetName()
	if ret != nvml.SUCCESS {
		return Device{}, fmt.Errorf("read gpu %d name: %w", i, nvmlErr(ret))
	}
	if simulated {
		// The Simulated flag carries what "Mock " said.
		name = strings.TrimPrefix(name, "Mock ")
	}
	if dev.Model, err = cleanString(name); err != nil {
		return Device{}, fmt.Errorf("read gpu %d name: %w", i, err)
	}
	if dev.Model == "" {
		// An advert group needs a model.
		return Device{}, fmt.Errorf("read gpu %d name: driver returned an empty name", i)
	}

	mem, ret := h.GetMemoryInfo()
	switch ret {
	case nvml.SUCCESS:
		dev.MemoryMiB = mem.Total >> 20
	case nvml.ERROR_NOT_SUPPORTED:
		// Unified-memory parts (e.g. GB10) have no framebuffer of their
		// own to report; advertise the GPU with unknown memory rather than
		// not at all.
	default:
		return Device{}, fmt.Errorf("read gpu %d memory: %w", i, nvmlErr(ret))
	}
	return dev, nil
}

// cleanString trims s and refuses what types.Advert.Validate would refuse
// later, far from the driver that produced it.
func cleanString(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) > types.MaxStringLen {
		return "", fmt.Errorf("driver returned %d bytes, limit %d", len(s), types.MaxStringLen)
	}
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsPrint(r) || r == unicode.ReplacementChar }) >= 0 {
		return "", fmt.Errorf("driver returned unprintable %q", s)
	}
	return s, nil
}

// NVML is the library the inventory was read through, still initialised,
// for telemetry to sample the same devices; nil for a CPU-only inventory
// or after Close.
func (inv *Inventory) NVML() nvml.Interface {
	if inv == nil {
		return nil
	}
	return inv.lib
}

// Close shuts down the inventory's NVML library. Safe to call more than
// once and on a CPU-only inventory.
func (inv *Inventory) Close() error {
	if inv == nil || inv.lib == nil {
		return nil
	}
	lib := inv.lib
	inv.lib = nil
	return shutdown(lib)
}

func shutdown(lib nvml.Interface) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("shutdown nvml: panicked: %v", r)
		}
	}()
	if ret := lib.Shutdown(); ret != nvml.SUCCESS {
		return fmt.Errorf("shutdown nvml: %w", nvmlErr(ret))
	}
	return nil
}

// Groups groups identical devices by model and memory for the advert,
// sorted by model, then memory. allocated marks device indexes in use; a
// group's Free counts the rest. Nil for a CPU-only inventory.
func (inv *Inventory) Groups(allocated map[int]bool) []types.GPUGroup {
	if inv == nil || len(inv.Devices) == 0 {
		return nil
	}
	type key struct {
		model string
		mem   uint64
		sim   bool
	}
	at := map[key]int{}
	var groups []types.GPUGroup
	for _, d := range inv.Devices {
		k := key{d.Model, d.MemoryMiB, d.Simulated}
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, types.GPUGroup{Model: d.Model, MemoryMiB: d.MemoryMiB, Simulated: d.Simulated})
		}
		groups[i].Total++
		if !allocated[d.Index] {
			groups[i].Free++
		}
	}
	slices.SortFunc(groups, func(a, b types.GPUGroup) int {
		if c := cmp.Compare(a.Model, b.Model); c != 0 {
			return c
		}
		if c := cmp.Compare(a.MemoryMiB, b.MemoryMiB); c != 0 {
			return c
		}
		// Real before simulated, should one inventory ever hold both.
		if a.Simulated == b.Simulated {
			return 0
		}
		if b.Simulated {
			return -1
		}
		return 1
	})
	return groups
}

// Detect finds the node's GPUs. With simSpec set it reads that simulated
// fleet (see ParseFleet); otherwise the real driver. A machine without
// libnvidia-ml is a CPU-only node: Source "none", no devices, no error.
// Any other NVML failure is an error: a GPU node whose driver is broken
// should say so, not quietly advertise no GPUs.
func Detect(simSpec string, log *slog.Logger) (*Inventory, error) {
	return detect(simSpec, log, func() nvml.Interface { return nvml.New() })
}

// detect takes the real library's constructor so tests can stand in for a
// machine without libnvidia-ml on one that has it.
func detect(simSpec string, log *slog.Logger, newLib func() nvml.Interface) (*Inventory, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if simSpec != "" {
		lib, err := ParseFleet(simSpec)
		if err != nil {
			return nil, err
		}
		inv, err := Read(lib, true)
		if err != nil {
			return nil, fmt.Errorf("simulated fleet %q: %w", simSpec, err)
		}
		inv.Source = "sim:" + strings.TrimSpace(simSpec)
		log.Info("gpu inventory: SIMULATED GPUs", "source", inv.Source, "gpus", len(inv.Devices), "driver", inv.Driver)
		return inv, nil
	}
	inv, err := Read(newLib(), false)
	if errors.Is(err, nvml.ERROR_LIBRARY_NOT_FOUND) {
		log.Info("gpu inventory: no NVML library (libnvidia-ml), node advertises CPU only")
		return &Inventory{Source: "none"}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("detect gpus: %w", err)
	}
	log.Info("gpu inventory", "source", inv.Source, "gpus", len(inv.Devices), "driver", inv.Driver)
	return inv, nil
}

// nvmlError keeps an NVML return code, for errors.Is, with its message
// taken when the error was made: nvml.Return.Error calls into libnvidia-ml
// once it has been loaded, which is unsafe after Shutdown unloads it.
type nvmlError struct {
	ret nvml.Return
	msg string
}

func (e *nvmlError) Error() string { return e.msg }
func (e *nvmlError) Unwrap() error { return e.ret }

func nvmlErr(ret nvml.Return) error {
	return &nvmlError{ret: ret, msg: ret.Error()}
}
