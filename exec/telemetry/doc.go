// Package telemetry samples, through NVML, the GPUs assigned to a job:
// once a second by default, each sample holds GPU and memory utilisation
// (%), framebuffer memory used (MiB), power draw (mW), temperature (°C)
// and the SM and memory clocks (MHz).
//
// One code path (Read) serves both the real driver and a simulated fleet:
// both are an nvml.Interface, as gpu.Inventory.NVML returns it. go-nvml's
// mock fleets do not implement the telemetry getters, so a node running a
// simulated fleet first installs a simulation on it (Simulate), which
// makes the mock devices report bounded, plausible values that follow the
// load the executor declares with Sim.SetBusy.
//
// Simulated samples carry Simulated=true, and so does every summary made
// from them: they must never be shown as real measurements. The caller,
// who knows where the library came from, sets the flag (as for
// gpu.Read) — never the device's name or its values.
//
// Telemetry must never fail a job or panic the node: a getter the driver
// does not support (nvml.ERROR_NOT_SUPPORTED) leaves its field 0, other
// failures and panics from the library (a go-nvml mock whose method was
// never set panics) become errors, which the Sampler counts and skips.
// The package keeps no package-level mutable state.
package telemetry
