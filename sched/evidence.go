package sched

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/types"
)

// Evidence rules. Every peer applies them to the same signed events, so a
// forged or inflated event is discarded by all of them alike; none of
// them reads a clock. docs/attestation.md says what each one stops.
//
// The limits are constants, not settings: peers that disagreed on them
// would disagree on which events count.
const (
	// MaxClockSkewMs is how far apart two honest signers' clocks may be:
	// an event that refers to another may be this much "earlier" than it.
	MaxClockSkewMs = 5_000
	// RebutMarginMs: an event of a claimant signed at most this long
	// before a lost event about it still rebuts it (the two signers'
	// clocks differ a little). Honest attesters wait a whole detection
	// window (advert TTL plus suspicion) after the claimant's last sign of
	// life, so this must stay below the shortest window a network uses.
	RebutMarginMs = 1_000
	// MaxClaimAdvertAgeMs bounds how old the advert a claim cites may be
	// (by the claimant's own clock): a claim must rest on what the node
	// offered when it claimed.
	MaxClaimAdvertAgeMs = 60_000
	// StartDeadlineMs is how long after its claim a standing claimant has
	// to start: an honest one starts after its settle window (at most 10 s).
	// One that has not started by then holds the job without running it,
	// and any peer may say it is lost; it cannot rebut that.
	StartDeadlineMs = 30_000
	// MaxGPUWatts bounds the power one GPU can draw (a B200 is rated 1 kW):
	// metered energy above GPUs × this × wall time is not believed.
	MaxGPUWatts = 1_500
	// MaxClaimsPerAttempt bounds the claims a job keeps for one attempt
	// (the best by score); the claim rule makes a handful the normal case.
	MaxClaimsPerAttempt = 64
	// MaxActorsPerSlot bounds how many distinct peers a job keeps events
	// of one type from, per attempt (claims excepted): an honest attempt
	// has one claimant and a few attesters.
	MaxActorsPerSlot = 16
	// UptimeSlackPct is how far under a job's minimum uptime a claimant may
	// be, as another peer measured it, and its claim still stand: uptime is
	// each peer's own count of the claimant's adverts, and peers miss a few.
	UptimeSlackPct = 10
)

// RunLimitMs is how long after its start an attempt may take before it is
// overdue: the spec's maximum run time plus slack for staging, sealing and
// uploading (5 minutes plus a tenth of the run time). A result signed
// later is not accepted, and any peer may then say the attempt is lost.
func RunLimitMs(s *types.JobSpec) uint64 {
	if s == nil {
		return 0
	}
	d := s.DurationSec * 1000
	return d + d/10 + 5*60_000
}

// EventProof is what the caller proved about an event before adding it:
// for a submit, the spec it carries and the owner its EIP-712 signature
// recovers to (that check needs the chain id, which the caller owns); for
// a claim, the claimant's advert that the claim carries, opened and
// signature-checked.
type EventProof struct {
	Spec   *types.JobSpec
	Owner  common.Address
	Advert *types.Advert
	// Workflow: a workflow event's verified graph (Owner is its signer).
	Workflow WorkflowGraph
}

// CheckClaim is the evidence rule for a claim on a job with requirements
// req: the claim cites its claimant's own signed advert (Seq AdvertSeq,
// signed at most MaxClaimAdvertAgeMs before the claim), that advert's free
// capacity fits the job, and the score inputs the claim states are the
// ones every peer recomputes from that advert. A claim that fails it never
// counts, whatever it says about itself.
func CheckClaim(req Requirements, e *types.JobEvent, adv *types.Advert) error {
	if adv == nil {
		return fmt.Errorf("claim carries no advert of its claimant")
	}
	if adv.Node != e.Actor {
		return fmt.Errorf("claim by %s cites an advert of %s", e.Actor, adv.Node)
	}
	if adv.Seq != e.AdvertSeq {
		return fmt.Errorf("claim cites advert %d but carries advert %d", e.AdvertSeq, adv.Seq)
	}
	if adv.TimeMs > e.TimeMs+MaxClockSkewMs {
		return fmt.Errorf("claim at %d cites an advert signed later, at %d", e.TimeMs, adv.TimeMs)
	}
	if e.TimeMs > adv.TimeMs+MaxClaimAdvertAgeMs {
		return fmt.Errorf("claim cites an advert %d ms older than itself (limit %d)", e.TimeMs-adv.TimeMs, MaxClaimAdvertAgeMs)
	}
	if !req.Standings.Bonded(e.Actor) {
		return fmt.Errorf("the claimant %s holds no bond in the registry", e.Actor)
	}
	r := req
	r.Exclude = nil // exclusion is the reducer's, by attempt
	r.MinUptime = 0 // checked below, with slack: each peer measures uptime itself
	if r.MaxLatencyMs > 0 && r.HomeCoord == nil {
		// Only a relay's submit has arrived: the job's reference point is
		// not known yet, as the spec is not before any submit. The claim
		// is held, and checked for latency when the home's submit comes
		// (Job.takeHomeCoord); no peer ranks the job, and so no honest
		// peer claims it, before that.
		r.MaxLatencyMs = 0
	}
	if f, ok := Check(r, Entry{Advert: adv, SeenMs: e.TimeMs}, nil, FitNow, e.TimeMs, 0); !ok {
		switch f {
		case FilterLatency:
			return fmt.Errorf("the claimant's advert does not fit the job (%s: %s)", f, LatencyWhy(r, adv))
		case FilterData:
			return fmt.Errorf("the claimant's advert does not fit the job (%s: %s)", f, DataWhy(r, adv))
		}
		return fmt.Errorf("the claimant's advert does not fit the job (%s)", f)
	}
	// The latency factor needs no check here: the claim states no RTT,
	// every peer estimates it from the advert and the home's submit.
	w := WeightInputsFor(req, adv)
	if e.Fit != w.Fit {
		return fmt.Errorf("claim states fit %d, its advert gives %d", e.Fit, w.Fit)
	}
	if e.Locality != w.Locality {
		return fmt.Errorf("claim states locality %d, its advert gives %d", e.Locality, w.Locality)
	}
	// Reputation: no more than this peer measured for the claimant as of
	// the claim's epoch (stating less only lowers the claim's own score).
	if lim := req.Standings.claimLimit(e.Actor); e.Reputation > lim {
		return fmt.Errorf("claim states reputation %d, more than the network measured (%d)", e.Reputation, lim)
	}
	if u := req.Standings.UptimePct(e.Actor); u+UptimeSlackPct < req.MinUptime {
		return fmt.Errorf("the claimant advertised in %d%% of recent epochs, the job wants %d%%", u, req.MinUptime)
	}
	// The price: the advert's for this job (per GPU-hour, or per core-hour
	// for a CPU-only job), which the receipt bills, within the cap.
	price, asks := e.PriceWei, claimPrice(&req, adv)
	if price == nil {
		price = new(big.Int) // as it decodes
	}
	if price.Cmp(asks) != 0 {
		return fmt.Errorf("claim states price %v wei, its advert asks %v", price, asks)
	}
	if req.PriceCapWei != nil && req.PriceCapWei.Sign() > 0 && price.Cmp(req.PriceCapWei) > 0 {
		return fmt.Errorf("claim price %v wei is over the job's cap %v", price, req.PriceCapWei)
	}
	return nil
}

// CheckMetering bounds what an executor says it measured by what others
// can check: no more GPUs than its claim reserved, no longer than the span
// between its start and result events (and the job's run limit), no more
// energy than those GPUs can draw in that span, no more CPU time than its
// advert's cores over its wall time.
func CheckMetering(req Requirements, spec *types.JobSpec, claim *Claim, start, result *types.JobEvent) error {
	m := result.Meter
	if m.GPUs > req.GPUCount {
		return fmt.Errorf("metered %d GPUs, the claim reserved %d", m.GPUs, req.GPUCount)
	}
	from := claim.TimeMs
	if start != nil {
		from = start.TimeMs
	}
	span := uint64(0)
	if result.TimeMs > from {
		span = result.TimeMs - from
	}
	if m.WallMs > span+MaxClockSkewMs {
		return fmt.Errorf("metered %d ms of wall time, its start and result are %d ms apart", m.WallMs, span)
	}
	if limit := RunLimitMs(spec); m.WallMs > limit {
		return fmt.Errorf("metered %d ms of wall time, the job's run limit is %d ms", m.WallMs, limit)
	}
	// Energy is sampled over the whole attempt (staging and sealing too),
	// so its bound is the span the events show, not the guest's wall time.
	if maxJ := uint64(m.GPUs) * MaxGPUWatts * ((span+MaxClockSkewMs)/1000 + 1); m.EnergyJ > maxJ {
		return fmt.Errorf("metered %d J on %d GPUs in %d ms, at most %d J is possible", m.EnergyJ, m.GPUs, span, maxJ)
	}
	if claim.Cores > 0 {
		if maxCPU := uint64(claim.Cores) * (m.WallMs + MaxClockSkewMs); m.CPUMs > maxCPU {
			return fmt.Errorf("metered %d ms of CPU time, %d cores in %d ms give at most %d", m.CPUMs, claim.Cores, m.WallMs, maxCPU)
		}
	}
	return nil
}
