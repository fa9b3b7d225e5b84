package telemetry

import (
	"errors"
	"fmt"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// Sample is one reading of one GPU.
type Sample struct {
	TimeMs      uint64 `json:"timeMs"`          // Unix milliseconds
	GPU         int    `json:"gpu"`             // NVML device index
	UtilGPU     uint32 `json:"utilGpu"`         // % of time a kernel ran
	UtilMem     uint32 `json:"utilMem"`         // % of time memory was read or written
	MemUsedMiB  uint64 `json:"memUsedMiB"`      // framebuffer in use
	PowerMW     uint32 `json:"powerMilliwatts"` // board power draw
	TempC       uint32 `json:"tempC"`           // GPU core temperature
	SMClockMHz  uint32 `json:"smClockMHz"`      // current SM clock
	MemClockMHz uint32 `json:"memClockMHz"`     // current memory clock
	Simulated   bool   `json:"simulated"`       // from a simulated fleet, not a real GPU
}

// Read samples the device at index through lib, which must be initialised
// (gpu.Inventory.NVML). simulated is copied onto the sample. A getter that
// returns nvml.ERROR_NOT_SUPPORTED leaves its field 0; any other failure,
// or a panic from lib, is an error, and the partial sample is returned
// with it.
func Read(lib nvml.Interface, index int, simulated bool, now time.Time) (s Sample, err error) {
	s = Sample{TimeMs: unixMs(now), GPU: index, Simulated: simulated}
	if lib == nil {
		return s, errors.New("read gpu telemetry: no nvml library")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("read gpu %d telemetry: nvml call panicked: %v", index, r)
		}
	}()

	h, ret := lib.DeviceGetHandleByIndex(index)
	if ret != nvml.SUCCESS {
		return s, fmt.Errorf("read gpu %d handle: %w", index, nvmlErr(ret))
	}
	if h == nil {
		return s, fmt.Errorf("read gpu %d handle: driver returned none", index)
	}

	u, ret := h.GetUtilizationRates()
	if ok, err := check(ret, index, "utilisation"); err != nil {
		return s, err
	} else if ok {
		s.UtilGPU, s.UtilMem = u.Gpu, u.Memory
	}

	m, ret := h.GetMemoryInfo()
	if ok, err := check(ret, index, "memory"); err != nil {
		return s, err
	} else if ok {
		s.MemUsedMiB = m.Used >> 20
	}

	p, ret := h.GetPowerUsage()
	if ok, err := check(ret, index, "power"); err != nil {
		return s, err
	} else if ok {
		s.PowerMW = p
	}

	t, ret := h.GetTemperature(nvml.TEMPERATURE_GPU)
	if ok, err := check(ret, index, "temperature"); err != nil {
		return s, err
	} else if ok {
		s.TempC = t
	}

	c, ret := h.GetClockInfo(nvml.CLOCK_SM)
	if ok, err := check(ret, index, "sm clock"); err != nil {
		return s, err
	} else if ok {
		s.SMClockMHz = c
	}

	c, ret = h.GetClockInfo(nvml.CLOCK_MEM)
	if ok, err := check(ret, index, "memory clock"); err != nil {
		return s, err
	} else if ok {
		s.MemClockMHz = c
	}
	return s, nil
}

// check says whether a getter's value is usable: SUCCESS yes,
// ERROR_NOT_SUPPORTED no (the field stays 0), anything else an error.
func check(ret nvml.Return, index int, what string) (bool, error) {
	switch ret {
	case nvml.SUCCESS:
		return true, nil
	case nvml.ERROR_NOT_SUPPORTED:
		return false, nil
	}
	return false, fmt.Errorf("read gpu %d %s: %w", index, what, nvmlErr(ret))
}

func unixMs(t time.Time) uint64 {
	ms := t.UnixMilli()
	if ms < 0 {
		return 0
	}
	return uint64(ms)
}

// nvmlError keeps an NVML return code, for errors.Is, with its message
// taken when the error was made: nvml.Return.Error calls into libnvidia-ml,
// which is unsafe once the inventory has shut it down (see gpu.nvmlErr).
type nvmlError struct {
	ret nvml.Return
	msg string
}

func (e *nvmlError) Error() string { return e.msg }
func (e *nvmlError) Unwrap() error { return e.ret }

func nvmlErr(ret nvml.Return) error {
	return &nvmlError{ret: ret, msg: ret.Error()}
}
