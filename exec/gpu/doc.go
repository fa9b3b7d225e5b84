// Package gpu is the node's GPU inventory: which GPUs it has, as NVML
// reports them, grouped into the types.GPUGroup list that goes into the
// node's advert.
//
// GPUs come from one of two places, read by one code path (Read) through
// go-nvml's nvml.Interface:
//
//   - the real driver, through nvml.New(), which dlopens libnvidia-ml at
//     run time. A machine without that library is a CPU-only node, not an
//     error;
//   - a simulated fleet (ParseFleet, the node's --sim-gpus flag), built from
//     go-nvml's own mock servers, so that scheduling can be developed and
//     tested on machines without GPUs.
//
// It must never present a simulated GPU as real: every device read from a
// simulated fleet carries Simulated=true, and so does every group made from
// it. It must never panic on what the driver (or a mock) returns: bad
// counts, unprintable names and failing or missing NVML calls become
// errors. It keeps no package-level mutable state.
package gpu
