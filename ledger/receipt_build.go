package ledger

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/types"
)

// AttemptEvents are the signed events one execution attempt is made of:
// everything a receipt says comes from them, so any peer holding them can
// rebuild the receipt and compare.
type AttemptEvents struct {
	Spec  *types.JobSpec
	Owner common.Address
	Claim *types.JobEvent // the executor's claim of this attempt (its price)
	Start *types.JobEvent // the executor's start; nil when it failed before starting
	// End is the executor's complete or fail, or, for a run its owner
	// cancelled, the executor's stop report (IsStopReport).
	End *types.JobEvent
	// Cancel is the owner's cancel, with a stop report as End.
	Cancel *types.JobEvent
	// MicroSkyopsPerETH is the governed rate in effect when the spec was
	// signed (sched.Params), which a job paid in $SKYOPS converts the
	// claim's price at; unused for a job paid in ETH.
	MicroSkyopsPerETH uint64
}

// StopReasonCancelled is the reason of an executor's stop report: the last
// progress event of a run its owner cancelled, carrying what the run
// metered until it was stopped. A progress event changes no job's state,
// so the job stays cancelled while its receipt is built from this.
const StopReasonCancelled = "cancelled by owner"

// StopGraceMs bounds how long after the owner's cancel (by its signer's
// clock) a stop report may be signed: the cancel's gossip, the runtime's
// kill and clock skew fit in it. A run that went on longer than that is
// not the owner's to pay, and gets no receipt.
const StopGraceMs = 60_000

// IsStopReport reports whether e is an executor's stop report.
func IsStopReport(e *types.JobEvent) bool {
	return e.Type == types.EvProgress && e.Reason == StopReasonCancelled && e.Meter.WallMs > 0
}

// BuildReceipt derives the receipt of an attempt from its events. gpuModel
// is the model of the GPUs the executor held (the events carry the count,
// not the model).
func BuildReceipt(job common.Hash, ev AttemptEvents, gpuModel string) (*types.Receipt, error) {
	if ev.Spec == nil || ev.Claim == nil || ev.End == nil {
		return nil, errors.New("build receipt: the spec, the claim and the result are all needed")
	}
	stopped := IsStopReport(ev.End)
	switch {
	case ev.End.Type == types.EvComplete || ev.End.Type == types.EvFail:
	case stopped && (ev.Start == nil || ev.Cancel == nil || ev.Cancel.Type != types.EvCancel):
		return nil, errors.New("build receipt: a stop report counts only for a run that started and that its owner cancelled")
	case stopped && ev.End.TimeMs > ev.Cancel.TimeMs+StopGraceMs:
		return nil, fmt.Errorf("build receipt: the stop report was signed %d ms after the cancel, more than the %d ms a stop may take",
			ev.End.TimeMs-ev.Cancel.TimeMs, StopGraceMs)
	case stopped:
	default:
		return nil, fmt.Errorf("build receipt: %s is not a result", ev.End.Type)
	}
	if ev.Claim.Actor != ev.End.Actor || (ev.Start != nil && ev.Start.Actor != ev.End.Actor) {
		return nil, errors.New("build receipt: the claim, start and result are by different nodes")
	}
	if ev.Claim.Attempt != ev.End.Attempt || (ev.Start != nil && ev.Start.Attempt != ev.End.Attempt) {
		return nil, errors.New("build receipt: the claim, start and result are of different attempts")
	}
	exec, err := types.NodeAddress(ev.End.Actor)
	if err != nil {
		return nil, fmt.Errorf("build receipt: %w", err)
	}
	m := ev.End.Meter
	r := &types.Receipt{
		Job:          job,
		Attempt:      ev.End.Attempt,
		Owner:        ev.Owner,
		Executor:     exec,
		Outcome:      types.OutcomeCompleted,
		ExitCode:     ev.End.ExitCode,
		InputCIDs:    slices.Clone(ev.Spec.InputCIDs),
		OutputCID:    ev.End.OutputCID,
		LogCID:       ev.End.LogCID,
		TelemetryCID: ev.End.TelemetryCID,
		StartMs:      ev.End.TimeMs,
		EndMs:        ev.End.TimeMs,
		GPUs:         m.GPUs,
		GPUMs:        uint64(m.GPUs) * m.WallMs,
		EnergyJ:      m.EnergyJ,
		WallMs:       m.WallMs,
		CPUMs:        m.CPUMs,
		PeakRAMMiB:   m.PeakRAMMiB,
		BytesIn:      m.BytesIn,
		BytesOut:     m.BytesOut,
	}
	if r.InputCIDs == nil {
		r.InputCIDs = []string{}
	}
	switch {
	case ev.End.Type == types.EvFail:
		r.Outcome = types.OutcomeFailed
	case stopped:
		r.Outcome = types.OutcomeCancelled
	}
	if ev.Start != nil && ev.Start.TimeMs <= ev.End.TimeMs {
		r.StartMs = ev.Start.TimeMs
	}
	if m.GPUs > 0 {
		r.GPUModel = gpuModel
	}
	// The claim's price: per GPU-hour for a GPU job, per core-hour for a
	// CPU-only one, which bills the cores it held (the spec's, at least
	// one, as placement reserves them) for its wall time. The spec says
	// which, not the metering: a GPU run that reports no GPUs bills
	// nothing, never its cores at the GPU price.
	r.PriceWei = new(big.Int)
	if ev.Claim.PriceWei != nil {
		r.PriceWei.Set(ev.Claim.PriceWei)
	}
	if ev.Spec.GPUCount == 0 && m.GPUs == 0 {
		r.Cores = ev.Spec.HeldCores()
		r.CoreMs = uint64(r.Cores) * m.WallMs
	}
	if ev.Spec.PaysIn() == types.PaySKYOPS {
		if ev.MicroSkyopsPerETH == 0 {
			return nil, errors.New("build receipt: a job paid in $SKYOPS needs the rate its spec was signed under")
		}
		r.Token = types.PaySKYOPS
		r.PriceWei = types.InSkyops(r.PriceWei, ev.MicroSkyopsPerETH)
	}
	r.CostWei = types.CostFor(r.BilledMs(), r.PriceWei)
	return r, r.Validate()
}

// CheckReceipt rebuilds the receipt from the events and names the first
// field that differs. The GPU model is the executor's word (the events
// don't carry it); the caller checks it against the spec.
func CheckReceipt(r *types.Receipt, ev AttemptEvents) error {
	want, err := BuildReceipt(r.Job, ev, r.GPUModel)
	if err != nil {
		return err
	}
	type field struct {
		name      string
		got, want any
	}
	for _, f := range []field{
		{"attempt", r.Attempt, want.Attempt},
		{"owner", r.Owner, want.Owner},
		{"executor", r.Executor, want.Executor},
		{"outcome", r.Outcome, want.Outcome},
		{"exit code", r.ExitCode, want.ExitCode},
		{"inputs", fmt.Sprint(r.InputCIDs), fmt.Sprint(want.InputCIDs)},
		{"output", r.OutputCID, want.OutputCID},
		{"log", r.LogCID, want.LogCID},
		{"telemetry", r.TelemetryCID, want.TelemetryCID},
		{"start", r.StartMs, want.StartMs},
		{"end", r.EndMs, want.EndMs},
		{"GPUs", r.GPUs, want.GPUs},
		{"GPU time", r.GPUMs, want.GPUMs},
		{"cores", r.Cores, want.Cores},
		{"core time", r.CoreMs, want.CoreMs},
		{"energy", r.EnergyJ, want.EnergyJ},
		{"wall time", r.WallMs, want.WallMs},
		{"CPU time", r.CPUMs, want.CPUMs},
		{"peak RAM", r.PeakRAMMiB, want.PeakRAMMiB},
		{"bytes in", r.BytesIn, want.BytesIn},
		{"bytes out", r.BytesOut, want.BytesOut},
		{"price", r.PriceWei.String(), want.PriceWei.String()},
		{"cost", r.CostWei.String(), want.CostWei.String()},
		{"token", r.PaysIn(), want.PaysIn()},
	} {
		if f.got != f.want {
			return fmt.Errorf("receipt %s %v contradicts the job's events (%v)", f.name, f.got, f.want)
		}
	}
	return nil
}
