package types

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// KindReceipt is the envelope kind of an execution receipt. The registry
// contract rebuilds the signing hash with this kind, so it must not change.
const KindReceipt Kind = 3

// MaxReceiptSize bounds one receipt on the wire and at rest.
const MaxReceiptSize = 16 << 10

// Receipt outcomes.
const (
	OutcomeCompleted uint8 = 1
	OutcomeFailed    uint8 = 2
	// OutcomeCancelled: the owner cancelled the job while it ran; the
	// receipt meters the run until it was stopped.
	OutcomeCancelled uint8 = 3
)

// MsPerHour converts GPU-milliseconds and a per-GPU-hour price into cost.
const MsPerHour = 3_600_000

// Receipt is an executor's signed account of one execution attempt: what
// ran, where, for how long, on what, and what it costs. Every number in it
// comes from the job's own signed events (the claim's price, the start and
// the result with its metering), so any peer holding those events can
// recompute and check it; the signature makes the executor answerable for
// it, on-chain too (the contract recovers the signer with ecrecover).
type Receipt struct {
	// Job is the job id, which is the EIP-712 hash of the owner-signed
	// spec: the spec hash.
	Job      common.Hash
	Attempt  uint32
	Owner    common.Address // who signed the spec
	Executor common.Address // who ran it and signs this receipt
	Outcome  uint8          // OutcomeCompleted, OutcomeFailed or OutcomeCancelled
	ExitCode uint32         // two's complement of the int32 status

	InputCIDs    []string
	OutputCID    string // content address of the sealed output package
	LogCID       string // content address of the sealed log: the log hash
	TelemetryCID string

	StartMs uint64 // the executor's start event (its end event when it never started)
	EndMs   uint64 // the executor's complete or fail event, or its stop report after a cancel

	GPUModel   string // model of the GPUs held ("" for a CPU-only run)
	GPUs       uint32
	GPUMs      uint64 // GPU-milliseconds: GPUs × wall time
	EnergyJ    uint64
	WallMs     uint64
	CPUMs      uint64
	PeakRAMMiB uint64
	BytesIn    uint64
	BytesOut   uint64

	// PriceWei is per GPU-hour, or per core-hour for a CPU-only run: the
	// claim's, or for a job paid in $SKYOPS the claim's converted at the
	// governed rate in effect when the spec was signed. PriceWei and
	// CostWei are wei of the job's payment token.
	PriceWei *big.Int
	CostWei  *big.Int // CostFor(BilledMs(), PriceWei)
	// Token is the job's payment token: "" for ETH, PaySKYOPS for
	// $SKYOPS. Optional in the encoding, as Cores and CoreMs are, so that
	// an ETH-paid GPU receipt encodes (and digests) as before they existed.
	Token string `rlp:"optional"`
	// Cores and CoreMs are what a CPU-only run bills: the cores it held
	// (the spec's, at least one) and cores × wall time. Both 0 for a GPU
	// run, which bills GPU-ms (its cores come with its GPUs).
	Cores  uint32 `rlp:"optional"`
	CoreMs uint64 `rlp:"optional"`
}

// BilledMs is what the receipt's price is per hour of: GPU-milliseconds
// for a GPU run, core-milliseconds for a CPU-only one.
func (r *Receipt) BilledMs() uint64 {
	if r.GPUs > 0 {
		return r.GPUMs
	}
	return r.CoreMs
}

// PaysIn is the receipt's payment token: PayETH or PaySKYOPS.
func (r *Receipt) PaysIn() string {
	if r.Token == "" {
		return PayETH
	}
	return r.Token
}

// CostFor is the cost of gpuMs GPU-milliseconds at priceWei per GPU-hour,
// in wei, rounded down: integers only, so every peer computes the same.
func CostFor(gpuMs uint64, priceWei *big.Int) *big.Int {
	if priceWei == nil || gpuMs == 0 {
		return new(big.Int)
	}
	c := new(big.Int).Mul(new(big.Int).SetUint64(gpuMs), priceWei)
	return c.Quo(c, big.NewInt(MsPerHour))
}

// InSkyops converts wei of ETH into wei of $SKYOPS at rate (millionths of
// a $SKYOPS per ETH, the governed rate: sched.Params), rounded down:
// integers only, so every peer converts alike.
func InSkyops(wei *big.Int, rate uint64) *big.Int {
	if wei == nil {
		return new(big.Int)
	}
	out := new(big.Int).Mul(wei, new(big.Int).SetUint64(rate))
	return out.Quo(out, big.NewInt(1e6))
}

// Validate checks what a receipt says about itself.
func (r *Receipt) Validate() error {
	switch {
	case r.Job == (common.Hash{}):
		return fmt.Errorf("%w: receipt without job id", ErrMalformed)
	case r.Attempt == 0:
		return fmt.Errorf("%w: receipt without attempt", ErrMalformed)
	case r.Outcome != OutcomeCompleted && r.Outcome != OutcomeFailed && r.Outcome != OutcomeCancelled:
		return fmt.Errorf("%w: receipt outcome %d is not completed (1), failed (2) or cancelled (3)", ErrMalformed, r.Outcome)
	case r.Executor == (common.Address{}) || r.Owner == (common.Address{}):
		return fmt.Errorf("%w: receipt without owner or executor", ErrMalformed)
	case r.EndMs < r.StartMs:
		return fmt.Errorf("%w: receipt ends (%d) before it starts (%d)", ErrMalformed, r.EndMs, r.StartMs)
	case r.PriceWei == nil || r.CostWei == nil:
		return fmt.Errorf("%w: receipt without price or cost", ErrMalformed)
	case r.Token != "" && r.Token != PaySKYOPS:
		return fmt.Errorf("%w: receipt token %q: \"\" (ETH) or %q", ErrMalformed, r.Token, PaySKYOPS)
	case r.PriceWei.BitLen() > 128 || r.CostWei.BitLen() > 192:
		return fmt.Errorf("%w: receipt price or cost out of range", ErrMalformed)
	case len(r.InputCIDs) > MaxJobInputs:
		return fmt.Errorf("%w: receipt lists %d inputs, limit %d", ErrMalformed, len(r.InputCIDs), MaxJobInputs)
	case r.GPUMs != uint64(r.GPUs)*r.WallMs:
		return fmt.Errorf("%w: receipt GPU time %d ms is not %d GPUs × %d ms", ErrMalformed, r.GPUMs, r.GPUs, r.WallMs)
	case r.GPUs > 0 && (r.Cores != 0 || r.CoreMs != 0):
		return fmt.Errorf("%w: a GPU run's receipt bills cores (%d, %d core-ms): its cores come with its GPUs", ErrMalformed, r.Cores, r.CoreMs)
	case r.CoreMs != uint64(r.Cores)*r.WallMs:
		return fmt.Errorf("%w: receipt core time %d ms is not %d cores × %d ms", ErrMalformed, r.CoreMs, r.Cores, r.WallMs)
	case CostFor(r.BilledMs(), r.PriceWei).Cmp(r.CostWei) != 0:
		return fmt.Errorf("%w: receipt cost %s wei is not %d billed ms at %s wei per hour", ErrMalformed, r.CostWei, r.BilledMs(), r.PriceWei)
	}
	return nil
}

// SealReceipt validates, encodes and signs a receipt by its executor.
func SealReceipt(network string, r *Receipt, signer Signer) ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("seal receipt: %w", err)
	}
	if signer.Address() != r.Executor {
		return nil, fmt.Errorf("seal receipt: %w", ErrWrongSigner)
	}
	return Seal(network, KindReceipt, r, signer)
}

// OpenedReceipt is a decoded receipt with what proves it: the hash of its
// body and the signing digest (which the contract rebuilds from the
// network and the body hash), and the signature.
type OpenedReceipt struct {
	Receipt  *Receipt
	BodyHash common.Hash
	Digest   common.Hash
	Sig      []byte
}

// OpenReceipt decodes and verifies a receipt: envelope, canonical body,
// fields, and that its executor signed it.
func OpenReceipt(network string, data []byte) (*OpenedReceipt, error) {
	env, signer, err := Open(network, KindReceipt, data, MaxReceiptSize)
	if err != nil {
		return nil, fmt.Errorf("open receipt: %w", err)
	}
	var r Receipt
	if err := decodeExact(env.Body, &r); err != nil {
		return nil, fmt.Errorf("open receipt: %w: %v", ErrMalformed, err)
	}
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("open receipt: %w", err)
	}
	if signer != r.Executor {
		return nil, fmt.Errorf("open receipt: %w: signed by %s, not by executor %s", ErrWrongSigner, signer, r.Executor)
	}
	return &OpenedReceipt{
		Receipt:  &r,
		BodyHash: crypto.Keccak256Hash(env.Body),
		Digest:   SigningHash(network, KindReceipt, env.Body),
		Sig:      env.Sig,
	}, nil
}

// DecodeStoredReceipt decodes a receipt this daemon opened (signature
// included) before it stored it: the envelope, the canonical body and the
// fields are checked again, the signature is not, which spares reading a
// whole statement's receipts an ecrecover each. Anything that did not come
// from the daemon's own store goes through OpenReceipt.
func DecodeStoredReceipt(data []byte) (*Receipt, error) {
	if len(data) > MaxReceiptSize {
		return nil, fmt.Errorf("decode stored receipt: %w: %d bytes, limit %d", ErrTooLarge, len(data), MaxReceiptSize)
	}
	var env Signed
	if err := rlp.DecodeBytes(data, &env); err != nil {
		return nil, fmt.Errorf("decode stored receipt: %w: envelope: %v", ErrMalformed, err)
	}
	if env.Version != WireVersion || env.Kind != KindReceipt {
		return nil, fmt.Errorf("decode stored receipt: %w: envelope version %d kind %s", ErrMalformed, env.Version, env.Kind)
	}
	var r Receipt
	if err := decodeExact(env.Body, &r); err != nil {
		return nil, fmt.Errorf("decode stored receipt: %w: %v", ErrMalformed, err)
	}
	if err := r.Validate(); err != nil {
		return nil, fmt.Errorf("decode stored receipt: %w", err)
	}
	return &r, nil
}
