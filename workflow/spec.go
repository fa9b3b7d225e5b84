package workflow

import "github.com/skyops/skyops/types"

// Apply lays what the workflow says of instance in over spec, the way
// skyops submit-task lays its flags over a model template: spec holds the
// template's values for a model: job (and the caller's defaults, such as
// an hour's duration and a "0" price cap), and what the job gives
// replaces them.
//
// It sets the runtime (not for a model: job, whose template says), the
// program of a process job, args (when the job gives args:), env,
// resources, placement, network access, the price cap, the pay token and
// the job's datasets. What needs I/O or a wallet is the caller's: the
// artifact of a wasm job (Def.Wasm) or an image job (Def.Image, pinned to
// its digest), the CIDs of the uploaded input files and secrets, and
// the network, home, nonce, time and results key.
func (f *File) Apply(in *Instance, spec *types.JobSpec) {
	j := in.Def
	switch {
	case j.Wasm != "":
		spec.Runtime = types.RuntimeWasm
	case j.Image != "":
		spec.Runtime, spec.ArtifactSize = types.RuntimeDocker, 0
	case j.Process != "":
		spec.Runtime, spec.Artifact, spec.ArtifactSize = types.RuntimeProcess, j.Process, 0
	}
	if j.Model != "" {
		spec.Model = j.Model
	}
	if j.Framework != "" {
		spec.Framework = j.Framework
	}
	r := j.Resources
	if r.GPUModel != "" {
		spec.GPUModel = r.GPUModel
		if spec.GPUCount == 0 {
			spec.GPUCount = 1 // a GPU model implies a GPU, as --gpu does
		}
	}
	if r.GPUs != nil {
		if *r.GPUs == 0 { // CPU only, whatever the template asked
			spec.GPUModel, spec.GPUMemMiB = "", 0
		}
		spec.GPUCount = *r.GPUs
	}
	if r.GPUMemMiB != 0 {
		spec.GPUMemMiB = r.GPUMemMiB
	}
	if r.CPUCores != 0 {
		spec.CPUCores = r.CPUCores
	}
	if r.RAMMiB != 0 {
		spec.RAMMiB = r.RAMMiB
	}
	if r.DiskMiB != 0 {
		spec.DiskMiB = r.DiskMiB
	}
	if r.DurationSec != 0 {
		spec.DurationSec = r.DurationSec
	}
	if j.HasArgs {
		spec.Args = nil
		if len(in.Args) > 0 {
			spec.Args = append([]string(nil), in.Args...)
		}
	}
	spec.Env = append([]string(nil), in.Env...)
	spec.NetworkAccess = j.AllowNetwork
	spec.PriceCapWei = f.PriceCapWei
	spec.PaymentToken = f.Pay
	pl := j.Placement
	spec.Region, spec.MinReputation, spec.MinUptimePct, spec.MaxLatencyMs = pl.Region, pl.MinReputation, pl.MinUptimePct, pl.MaxLatencyMs
	spec.DataLocal = pl.DataLocal
	for _, i := range in.Inputs {
		if i.Kind == InputDataset {
			spec.InputCIDs = append(spec.InputCIDs, i.Dataset)
		}
	}
}
