package ledger

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// Bundle is a receipt with everything needed to verify it away from the
// network: the signed receipt, its place in a batch, and where the batch
// root was anchored. `skyops receipt -o json` writes one; `skyops verify
// --receipt FILE --chain-rpc URL` checks it with nothing but a chain.
type Bundle struct {
	Network string        `json:"network"`
	Receipt hexutil.Bytes `json:"receipt"` // the sealed, executor-signed receipt
	Proof   *Proof        `json:"proof,omitempty"`
}

// Check is one named verification step.
type Check struct {
	Name    string `json:"name"`
	OK      bool   `json:"ok"`
	Skipped bool   `json:"skipped,omitempty"` // could not be checked here (says why)
	Reason  string `json:"reason,omitempty"`
}

// Report is the outcome of verifying one receipt.
type Report struct {
	Valid    bool           `json:"valid"`
	Job      common.Hash    `json:"job"`
	Attempt  uint32         `json:"attempt"`
	Signer   common.Address `json:"signer"`
	Root     common.Hash    `json:"root"`
	Block    uint64         `json:"block"`
	TxHash   common.Hash    `json:"txHash"`
	ChainID  uint64         `json:"chainId"`
	Contract common.Address `json:"contract"`
	Checks   []Check        `json:"checks"`
}

// API renders the report for the local API and the CLI.
func (r *Report) API() api.Verification {
	v := api.Verification{
		Valid: r.Valid, Job: r.Job.Hex(), Attempt: r.Attempt, Signer: r.Signer.Hex(),
		Root: r.Root.Hex(), Block: r.Block, TxHash: r.TxHash.Hex(), ChainID: r.ChainID, Contract: r.Contract.Hex(),
	}
	for _, c := range r.Checks {
		v.Checks = append(v.Checks, api.Check{Name: c.Name, OK: c.OK, Skipped: c.Skipped, Reason: c.Reason})
	}
	return v
}

// Add records a check.
func (r *Report) Add(name string, ok bool, reason string, args ...any) {
	if len(args) > 0 {
		reason = fmt.Sprintf(reason, args...)
	}
	r.Checks = append(r.Checks, Check{Name: name, OK: ok, Reason: reason})
}

// Skip records a check that could not be made here.
func (r *Report) Skip(name, reason string) {
	r.Checks = append(r.Checks, Check{Name: name, OK: true, Skipped: true, Reason: reason})
}

// Finish sets Valid: every check made passed, and the receipt is anchored.
func (r *Report) Finish() {
	r.Valid = len(r.Checks) > 0
	anchored := false
	for _, c := range r.Checks {
		if !c.OK {
			r.Valid = false
		}
		if c.Name == CheckAnchor && c.OK && !c.Skipped {
			anchored = true
		}
	}
	r.Valid = r.Valid && anchored
}

// The checks, by name.
const (
	CheckSignature = "signature" // the receipt is signed by the executor it names
	CheckExecutor  = "executor"  // that executor held the job's standing claim
	CheckEvents    = "events"    // its numbers are the job's events'
	CheckGPUModel  = "gpu-model" // the GPUs it names are what the spec asked for
	CheckOutput    = "output"    // the output held here has the receipt's CID
	CheckLog       = "log"       // the log held here has the receipt's CID
	CheckInclusion = "inclusion" // the Merkle proof leads from the receipt to the root
	CheckAnchor    = "anchor"    // the root is anchored on the chain by the executor
	CheckContract  = "contract"  // the registry contract agrees (signature, proof, root)
)

// ChainReader is what verification needs of a chain.
type ChainReader interface {
	ChainID() uint64
	Contract() common.Address
	// Anchored says whether submitter anchored root, and where.
	Anchored(ctx context.Context, submitter common.Address, root common.Hash) (*Anchor, bool, error)
	// VerifyOnChain asks the registry contract to check it all.
	VerifyOnChain(ctx context.Context, network string, bodyHash common.Hash, sig []byte, executor common.Address, proof []common.Hash, root common.Hash, submitter common.Address) (bool, error)
}

// VerifyBundle checks what a bundle proves by itself and on the chain:
// the signature, the inclusion proof, the anchor, and the contract's own
// check. It returns the opened receipt too (nil when the signature check
// failed), for callers that check it against the job's events. c may be
// nil: the chain checks are then reported as skipped.
func VerifyBundle(ctx context.Context, b *Bundle, c ChainReader) (*Report, *types.OpenedReceipt) {
	rep := &Report{}
	if c != nil {
		rep.ChainID, rep.Contract = c.ChainID(), c.Contract()
	}
	op, err := types.OpenReceipt(b.Network, b.Receipt)
	if err != nil {
		rep.Add(CheckSignature, false, "%v", err)
		rep.Finish()
		return rep, nil
	}
	r := op.Receipt
	rep.Job, rep.Attempt, rep.Signer = r.Job, r.Attempt, r.Executor
	rep.Add(CheckSignature, true, "signed by executor %s", r.Executor)
	if b.Proof == nil {
		rep.Add(CheckInclusion, false, "no inclusion proof: the executor has not batched this receipt yet")
		rep.Add(CheckAnchor, false, "not anchored yet")
		rep.Finish()
		return rep, op
	}
	p := b.Proof
	rep.Root = p.Root
	if merkle.Verify(merkle.Leaf(op.Digest), p.Siblings, p.Root) {
		rep.Add(CheckInclusion, true, "leaf %d of batch root %s", p.Index, p.Root)
	} else {
		rep.Add(CheckInclusion, false, "the proof does not lead from this receipt to root %s", p.Root)
	}
	if c == nil {
		rep.Skip(CheckAnchor, "no chain to ask")
		rep.Skip(CheckContract, "no chain to ask")
		rep.Finish()
		return rep, op
	}
	a, ok, err := c.Anchored(ctx, r.Executor, p.Root)
	switch {
	case err != nil:
		rep.Add(CheckAnchor, false, "chain %d unreachable: %v", c.ChainID(), err)
	case !ok:
		rep.Add(CheckAnchor, false, "root %s is not anchored by %s in contract %s on chain %d", p.Root, r.Executor, c.Contract(), c.ChainID())
	default:
		rep.Block, rep.TxHash = a.Block, a.TxHash
		rep.Add(CheckAnchor, true, "anchored by %s in block %d (tx %s)", r.Executor, a.Block, a.TxHash)
	}
	okc, err := c.VerifyOnChain(ctx, b.Network, op.BodyHash, op.Sig, r.Executor, p.Siblings, p.Root, r.Executor)
	switch {
	case err != nil:
		rep.Add(CheckContract, false, "contract call failed: %v", err)
	case !okc:
		rep.Add(CheckContract, false, "the registry contract at %s says no", c.Contract())
	default:
		rep.Add(CheckContract, true, "verifyAnchoredReceipt at %s is true", c.Contract())
	}
	rep.Finish()
	return rep, op
}
