package types

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

// KindJobEvent is the envelope kind of a job lifecycle event.
const KindJobEvent Kind = 2

// MaxJobEventSize bounds one event on the wire; a submit event carries the
// whole spec, whose own limits keep it well under this.
const MaxJobEventSize = 256 << 10

// EventType is a job lifecycle transition.
type EventType uint8

const (
	EvSubmit     EventType = 1  // by the owner's home daemon, carrying the owner-signed spec
	EvClaim      EventType = 2  // by a node that takes the job
	EvStart      EventType = 3  // by the standing claimant, after its settle window
	EvComplete   EventType = 4  // by the standing claimant: exit 0, output and log CIDs
	EvFail       EventType = 5  // by the standing claimant: why, exit code, log CID
	EvCancel     EventType = 6  // by any daemon, carrying the owner's cancel signature
	EvWithdraw   EventType = 7  // by a claimant that saw a better claim and stepped back
	EvProgress   EventType = 8  // by the standing claimant: how far the job says it is
	EvCheckpoint EventType = 9  // by the standing claimant: a snapshot of /checkpoint, encrypted with the job's data key
	EvLost       EventType = 10 // by any peer: the attempt's executor stopped advertising; Reason says for how long
	// EvAlive is the standing claimant's rebuttal of a lost event: it is
	// still advertising and running the attempt. A lost event signed before
	// (or within the clock skew of) it means nothing.
	EvAlive EventType = 11
	// EvWorkflow is by a workflow's home, carrying the owner-signed
	// workflow (Spec: its JSON, OwnerSig, ChainID); Job is the workflow's
	// digest. An EvCancel of that id is the owner's cancel of the whole
	// workflow (docs/orchestration.md).
	EvWorkflow EventType = 12
)

// ProgressScale is what ProgressPPM counts to: parts per million.
const ProgressScale = 1_000_000

func (t EventType) String() string {
	switch t {
	case EvSubmit:
		return "submit"
	case EvClaim:
		return "claim"
	case EvStart:
		return "start"
	case EvComplete:
		return "complete"
	case EvFail:
		return "fail"
	case EvCancel:
		return "cancel"
	case EvWithdraw:
		return "withdraw"
	case EvProgress:
		return "progress"
	case EvCheckpoint:
		return "checkpoint"
	case EvLost:
		return "lost"
	case EvAlive:
		return "alive"
	case EvWorkflow:
		return "workflow"
	}
	return fmt.Sprintf("event(%d)", uint8(t))
}

// JobEvent is one signed transition. Which fields matter depends on Type;
// the others stay zero. Actor is the daemon that signs the envelope.
type JobEvent struct {
	Job     common.Hash
	Type    EventType
	Actor   peer.ID
	Attempt uint32
	TimeMs  uint64

	// Submit: the spec as JSON, the owner's EIP-712 signature, the chain id
	// the signature is bound to.
	Spec     []byte
	OwnerSig []byte
	ChainID  uint64

	// Claim: the inputs of the claimant's score, so any peer can compare two
	// claims from the claims alone.
	AdvertSeq  uint64
	Reputation uint32
	PriceWei   *big.Int
	Locality   uint32
	Fit        uint32

	// Complete and Fail.
	ExitCode  uint32 // int32 exit status, stored two's complement (RLP has no signed ints)
	OutputCID string
	LogCID    string
	Reason    string

	// Progress: the job's own report, in parts per million.
	ProgressPPM uint32
	// Progress: the latest GPU telemetry of the job's GPUs.
	Telemetry []GPUPoint
	// Complete and Fail: the CID of the job's whole telemetry series (JSON).
	TelemetryCID string
	// Checkpoint: the CID of the encrypted snapshot.
	CheckpointCID string

	// Complete and Fail: what the executor metered of the run.
	Meter Metering

	// Claim: the claimant's own signed advert (sealed bytes) whose Seq is
	// AdvertSeq. It is the claim's evidence: every peer recomputes the
	// claim's score inputs from it instead of believing them.
	Advert []byte `rlp:"optional"`

	// Submit: the home daemon's network coordinate when it submitted, the
	// job's reference point for its latency bound (JobSpec.MaxLatencyMs).
	// Every peer estimates a node's RTT to the home from this one signed
	// value and the node's advert, so they all reach the same answer;
	// only the home's own submit's coordinate counts (a relay cannot move
	// the job's home).
	HomeCoord *Coordinate `rlp:"optional,nil"`

	// Complete: the CID of the outputs packed again, encrypted with the
	// job's data key, for the next jobs of its workflow that read them
	// (docs/orchestration.md); empty when none does.
	ForwardCID string `rlp:"optional"`
}

// MaxClaimAdvertSize bounds the advert a claim carries.
const MaxClaimAdvertSize = MaxAdvertSize

// Metering is what an executor measured of one run. Zero means "not
// measured" where the runtime cannot say (see each field).
type Metering struct {
	WallMs uint64 `json:"wallMs"` // run time
	// CPUMs: user+system time for process jobs, the container's CPU time
	// for Docker jobs, the guest thread's CPU clock for wasm jobs (0 where
	// the platform has none: not measured).
	CPUMs      uint64 `json:"cpuMs"`
	PeakRAMMiB uint64 `json:"peakRamMiB"` // process and Docker jobs
	GPUs       uint32 `json:"gpus"`       // GPUs held for the run
	EnergyJ    uint64 `json:"energyJ"`    // of those GPUs, from NVML power (simulated on mock fleets)
	BytesIn    uint64 `json:"bytesIn"`    // module and inputs fetched for the run
	BytesOut   uint64 `json:"bytesOut"`   // sealed output package and logs
}

// MaxTelemetryPoints bounds the GPU points one event carries.
const MaxTelemetryPoints = 64

// GPUPoint is one GPU's reading: what `skyops watch` shows live.
type GPUPoint struct {
	GPU        uint32 `json:"gpu"`
	UtilGPU    uint32 `json:"utilGpu"` // %
	UtilMem    uint32 `json:"utilMem"` // %
	MemUsedMiB uint64 `json:"memUsedMiB"`
	PowerMW    uint32 `json:"powerMilliwatts"`
	TempC      uint32 `json:"tempC"`
	SMClockMHz uint32 `json:"smClockMHz"`
	// Simulated marks readings from a go-nvml mock fleet.
	Simulated bool `json:"simulated"`
}

// ExitNone is the exit status of a fail event for a run that never
// started: it has no exit code (the API shows null), never a fake 0.
const ExitNone = math.MinInt32

// Exit returns ExitCode as the signed status it carries (ExitNone: none).
func (e *JobEvent) Exit() int { return int(int32(e.ExitCode)) }

// SetExit stores a signed exit status.
func (e *JobEvent) SetExit(code int) { e.ExitCode = uint32(int32(code)) }

// Validate checks the fields the event's type needs.
func (e *JobEvent) Validate() error {
	if e.Job == (common.Hash{}) {
		return fmt.Errorf("%w: event has no job id", ErrMalformed)
	}
	if err := e.Actor.Validate(); err != nil {
		return fmt.Errorf("%w: event actor: %v", ErrMalformed, err)
	}
	if e.TimeMs == 0 {
		return fmt.Errorf("%w: event has no timestamp", ErrMalformed)
	}
	if e.PriceWei == nil {
		e.PriceWei = new(big.Int)
	}
	if err := checkString("output cid", e.OutputCID); err != nil {
		return err
	}
	if err := checkString("log cid", e.LogCID); err != nil {
		return err
	}
	if err := checkString("telemetry cid", e.TelemetryCID); err != nil {
		return err
	}
	if len(e.Telemetry) > MaxTelemetryPoints {
		return fmt.Errorf("%w: %d telemetry points, limit %d", ErrMalformed, len(e.Telemetry), MaxTelemetryPoints)
	}
	if len(e.Reason) > 4096 {
		return fmt.Errorf("%w: reason is %d bytes, limit 4096", ErrMalformed, len(e.Reason))
	}
	if len(e.Advert) > 0 && e.Type != EvClaim {
		return fmt.Errorf("%w: only a claim carries an advert", ErrMalformed)
	}
	if len(e.Advert) > MaxClaimAdvertSize {
		return fmt.Errorf("%w: claim advert is %d bytes, limit %d", ErrMalformed, len(e.Advert), MaxClaimAdvertSize)
	}
	if err := checkString("forward cid", e.ForwardCID); err != nil {
		return err
	}
	if e.ForwardCID != "" && e.Type != EvComplete {
		return fmt.Errorf("%w: only a complete event forwards outputs", ErrMalformed)
	}
	if e.HomeCoord != nil {
		if e.Type != EvSubmit && e.Type != EvWorkflow {
			return fmt.Errorf("%w: only a submit carries the home's coordinate", ErrMalformed)
		}
		if err := e.HomeCoord.Validate(); err != nil {
			return fmt.Errorf("submit's home coordinate: %w", err)
		}
	}
	switch e.Type {
	case EvSubmit:
		if len(e.Spec) == 0 || len(e.OwnerSig) == 0 {
			return fmt.Errorf("%w: submit without spec or owner signature", ErrMalformed)
		}
	case EvWorkflow:
		if len(e.Spec) == 0 || len(e.OwnerSig) == 0 {
			return fmt.Errorf("%w: workflow without its signed form or owner signature", ErrMalformed)
		}
	case EvCheckpoint:
		if e.Attempt == 0 || e.CheckpointCID == "" {
			return fmt.Errorf("%w: checkpoint without attempt or CID", ErrMalformed)
		}
		if err := checkString("checkpoint cid", e.CheckpointCID); err != nil {
			return err
		}
	case EvClaim, EvStart, EvComplete, EvFail, EvWithdraw, EvProgress, EvLost, EvAlive:
		if e.Attempt == 0 {
			return fmt.Errorf("%w: %s without attempt", ErrMalformed, e.Type)
		}
		if e.ProgressPPM > ProgressScale {
			return fmt.Errorf("%w: progress %d ppm is over 100%%", ErrMalformed, e.ProgressPPM)
		}
	case EvCancel:
		if len(e.OwnerSig) == 0 {
			return fmt.Errorf("%w: cancel without owner signature", ErrMalformed)
		}
	default:
		return fmt.Errorf("%w: unknown event type %d", ErrMalformed, e.Type)
	}
	return nil
}

// SealJobEvent validates, encodes and signs an event by its actor.
func SealJobEvent(network string, e *JobEvent, signer Signer) ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, fmt.Errorf("seal %s event: %w", e.Type, err)
	}
	want, err := NodeAddress(e.Actor)
	if err != nil {
		return nil, fmt.Errorf("seal %s event: %w", e.Type, err)
	}
	if want != signer.Address() {
		return nil, fmt.Errorf("seal %s event: %w", e.Type, ErrWrongSigner)
	}
	return Seal(network, KindJobEvent, e, signer)
}

// OpenJobEvent decodes and verifies an event: envelope, canonical body,
// fields, and that its actor signed it. Type-specific proofs (the owner's
// signature on a submit or cancel) are checked by the caller, who knows the
// chain id and the spec rules.
func OpenJobEvent(network string, data []byte) (*JobEvent, error) {
	env, signer, err := open(network, KindJobEvent, data, MaxJobEventSize)
	if err != nil {
		return nil, fmt.Errorf("open job event: %w", err)
	}
	var e JobEvent
	if err := decodeExact(env.Body, &e); err != nil {
		return nil, fmt.Errorf("open job event: %w: %v", ErrMalformed, err)
	}
	if err := e.Validate(); err != nil {
		return nil, fmt.Errorf("open job event: %w", err)
	}
	if !signedBy(signer, e.Actor) {
		return nil, fmt.Errorf("open job event: %w: the signature is by %s, not by actor %s", ErrWrongSigner, crypto.PubkeyToAddress(*signer), e.Actor)
	}
	return &e, nil
}

// DecodeSpec parses a submit event's spec.
func (e *JobEvent) DecodeSpec() (*JobSpec, error) {
	var s JobSpec
	if err := json.Unmarshal(e.Spec, &s); err != nil {
		return nil, fmt.Errorf("%w: job spec: %v", ErrMalformed, err)
	}
	return &s, nil
}
