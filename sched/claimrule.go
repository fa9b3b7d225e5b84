package sched

import (
	"bytes"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// The claim rule's inputs and its decision for one job: what a spec asks
// of a node, what claims hold on nodes, and when this peer may claim.

// RequirementsFor turns a spec into what placement checks. A cap in
// $SKYOPS is converted at the built-in rate; a peer's governed values
// replace it (Job.applyParams).
func RequirementsFor(id common.Hash, s *types.JobSpec) Requirements {
	var rate uint64
	if s.PaysIn() == types.PaySKYOPS {
		rate = microSkyopsPerETH
	}
	return Requirements{
		JobID:             [32]byte(id),
		Runtime:           s.Runtime,
		GPUModel:          s.GPUModel,
		GPUCount:          s.GPUCount,
		GPUMemMiB:         s.GPUMemMiB,
		CPUCores:          s.HeldCores(),
		RAMMiB:            s.RAMMiB,
		DiskMiB:           s.DiskMiB,
		PriceCapWei:       capInETH(s, rate),
		MicroSkyopsPerETH: rate,
		InputCIDs:         datasets(s),
		Forwards:          forwards(s),
		DataLocal:         s.DataLocal,
		Image:             dockerImage(s),
		// The owner's placement filters, signed in the spec.
		Region:        s.Region,
		MinReputation: s.MinReputation,
		MinUptime:     s.MinUptimePct,
		MaxLatencyMs:  s.MaxLatencyMs,
	}
}

// datasets are the CIDs of a spec's dataset inputs ("ipfs://CID"): what
// nodes advertise holding. Uploaded inputs are kept by the job's home
// alone, so no advert lists them.
func datasets(s *types.JobSpec) []string {
	var out []string
	for _, in := range s.InputCIDs {
		if c, ok := types.DatasetCID(in); ok {
			out = append(out, c)
		}
	}
	return out
}

// forwards are the CIDs of the forwarded outputs a workflow's job reads
// ("forward://CID"): its parents' executors advertise them.
func forwards(s *types.JobSpec) []string {
	var out []string
	for _, in := range s.InputCIDs {
		if c, ok := strings.CutPrefix(in, types.ForwardScheme); ok {
			out = append(out, c)
		}
	}
	return out
}

// dockerImage is a Docker job's image ("" for other runtimes).
func dockerImage(s *types.JobSpec) string {
	if s.Runtime != types.RuntimeDocker {
		return ""
	}
	return s.Artifact
}

// ClaimDecision is what a node should do about a pending job.
type ClaimDecision struct {
	Claim  bool   // claim now
	Rank   int    // this node's rank, -1 if it is not a candidate
	WaitMs uint64 // when not claiming yet: how long until its turn
}

// DecideClaim applies the claim rule for node self: rank 0 claims at once;
// rank k claims once k·delta has passed since the job became claimable
// (sinceMs) with no standing claim.
func DecideClaim(j *Job, p Placement, self peer.ID, sinceMs, nowMs, deltaMs uint64) ClaimDecision {
	rank, ok := RankOf(p, self)
	if !ok {
		return ClaimDecision{Rank: -1}
	}
	if j.State != Pending {
		return ClaimDecision{Rank: rank}
	}
	due := sinceMs + uint64(rank)*deltaMs
	if nowMs >= due {
		return ClaimDecision{Claim: true, Rank: rank}
	}
	return ClaimDecision{Rank: rank, WaitMs: due - nowMs}
}

// Reservations lists the capacity standing claims hold, for placement of
// other jobs, sorted by node then job.
func Reservations(jobs []*Job) []Reservation {
	var out []Reservation
	for _, j := range jobs {
		if j.Winner == nil || j.State.Terminal() {
			continue
		}
		out = append(out, Reservation{Node: j.Winner.Node, JobID: j.ID, GPUs: j.Req.GPUCount, GPUModel: j.Req.GPUModel,
			CPUCores: j.Req.CPUCores, RAMMiB: j.Req.RAMMiB, DiskMiB: j.Req.DiskMiB, AfterSeq: j.Winner.AdvertSeq})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Node != out[b].Node {
			return out[a].Node < out[b].Node
		}
		return bytes.Compare(out[a].JobID[:], out[b].JobID[:]) < 0
	})
	return out
}
