package types

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	gethmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// SignedWorkflow is what an owner signs for a workflow: one EIP-712
// message in the job spec's domain, so a browser wallet shows and signs
// it as it does a job (docs/orchestration.md). File is the workflow file
// as written, so the wallet shows the owner their own file; Bases is
// what the owner's side resolved of each job (its artifact, pinned image,
// model template, uploaded inputs) as canonical JSON, a base spec per job
// name. Every peer parses File with the same parser and derives each
// instance's spec from its base (package workflow). The fields a contract
// checks (the cap, the token, how many instances) are words of their own.
type SignedWorkflow struct {
	Network      string `json:"network"`
	Home         string `json:"home"`
	Nonce        uint64 `json:"nonce"`
	CreatedAt    uint64 `json:"createdAt"` // unix seconds, the signer's clock
	Name         string `json:"name"`
	PriceCapWei  string `json:"priceCapWei"` // every job's cap, as JobSpec.PriceCapWei
	PaymentToken string `json:"paymentToken"`
	ResultsKey   string `json:"resultsKey"`
	Instances    uint32 `json:"instances"` // what File expands to
	File         string `json:"file"`
	Bases        string `json:"bases"`
}

// WorkflowPrimaryType is the EIP-712 primary type of a workflow.
const WorkflowPrimaryType = "Workflow"

// MaxSignedWorkflowBytes bounds a signed workflow's file and bases
// together: it travels whole in one gossiped event (MaxJobEventSize).
const MaxSignedWorkflowBytes = 192 << 10

// workflowFields is the EIP-712 type of SignedWorkflow; its order is part
// of the type hash.
func workflowFields() []apitypes.Type {
	return []apitypes.Type{
		{Name: "network", Type: "string"},
		{Name: "home", Type: "string"},
		{Name: "nonce", Type: "uint64"},
		{Name: "createdAt", Type: "uint64"},
		{Name: "name", Type: "string"},
		{Name: "priceCapWei", Type: "uint256"},
		{Name: "paymentToken", Type: "string"},
		{Name: "resultsKey", Type: "string"},
		{Name: "instances", Type: "uint32"},
		{Name: "file", Type: "string"},
		{Name: "bases", Type: "string"},
	}
}

// TypedData is the workflow as EIP-712 typed data for chainID.
func (w *SignedWorkflow) TypedData(chainID uint64) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": specDomainFields(), WorkflowPrimaryType: workflowFields()},
		PrimaryType: WorkflowPrimaryType,
		Domain: apitypes.TypedDataDomain{
			Name:    JobSpecDomainName,
			Version: JobSpecDomainVersion,
			ChainId: (*gethmath.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
		},
		Message: apitypes.TypedDataMessage{
			"network":      w.Network,
			"home":         w.Home,
			"nonce":        specU64(w.Nonce),
			"createdAt":    specU64(w.CreatedAt),
			"name":         w.Name,
			"priceCapWei":  w.PriceCapWei,
			"paymentToken": w.PaymentToken,
			"resultsKey":   w.ResultsKey,
			"instances":    specU64(uint64(w.Instances)),
			"file":         w.File,
			"bases":        w.Bases,
		},
	}
}

// WorkflowTypeHash is the EIP-712 type hash of SignedWorkflow: the
// escrow's workflowTypeHash, which its challenge answers hash a
// workflow's words under.
func WorkflowTypeHash() common.Hash {
	td := apitypes.TypedData{Types: apitypes.Types{WorkflowPrimaryType: workflowFields()}}
	return common.BytesToHash(td.TypeHash(WorkflowPrimaryType))
}

// The words of a workflow's EIP-712 encoding (after the type hash) that
// the escrow reads itself, by their place in workflowFields, and how many
// there are: the escrow's WORKFLOW_* constants.
const (
	WorkflowCapWord       = 5 // priceCapWei
	WorkflowTokenWord     = 6 // keccak256(paymentToken)
	WorkflowInstancesWord = 8 // instances
	WorkflowWords         = 11
)

// Words are the workflow's EIP-712 encoded fields after the type hash,
// one word each (its strings, file and bases as their keccak256): what
// the escrow hashes under WorkflowTypeHash to rebuild its digest. They do
// not depend on the chain, which is the domain's.
func (w *SignedWorkflow) Words() ([][32]byte, error) {
	if err := w.Check(); err != nil {
		return nil, err
	}
	td := w.TypedData(0)
	enc, err := td.EncodeData(WorkflowPrimaryType, td.Message, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: workflow typed data: %v", ErrMalformed, err)
	}
	enc = enc[32:] // the type hash
	words := make([][32]byte, len(enc)/32)
	for i := range words {
		copy(words[i][:], enc[32*i:])
	}
	return words, nil
}

// Check bounds the workflow's fields on their own (the file's own rules
// are package workflow's).
func (w *SignedWorkflow) Check() error {
	if len(w.File)+len(w.Bases) > MaxSignedWorkflowBytes {
		return fmt.Errorf("%w: the workflow's file and bases are %d bytes, at most %d", ErrMalformed, len(w.File)+len(w.Bases), MaxSignedWorkflowBytes)
	}
	if _, err := specParseWei(w.PriceCapWei); err != nil {
		return fmt.Errorf("%w: priceCapWei %v", ErrMalformed, err)
	}
	if w.PaymentToken != "" && w.PaymentToken != PayETH && w.PaymentToken != PaySKYOPS {
		return fmt.Errorf("%w: paymentToken %q: pay in %s or %s", ErrMalformed, w.PaymentToken, PayETH, PaySKYOPS)
	}
	if w.Instances == 0 {
		return fmt.Errorf("%w: a workflow of no instances", ErrMalformed)
	}
	for _, f := range []struct{ what, s string }{{"network", w.Network}, {"home", w.Home}, {"name", w.Name}, {"resultsKey", w.ResultsKey}} {
		if err := specCheckString(f.what, f.s, MaxJobStringBytes, false); err != nil {
			return err
		}
	}
	return nil
}

// Digest is the workflow's EIP-712 hash for chainID: what the owner signs,
// and the workflow's id.
func (w *SignedWorkflow) Digest(chainID uint64) (common.Hash, error) {
	if err := w.Check(); err != nil {
		return common.Hash{}, err
	}
	h, _, err := apitypes.TypedDataAndHash(w.TypedData(chainID))
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: workflow typed data: %v", ErrMalformed, err)
	}
	return common.BytesToHash(h), nil
}

// SignWorkflow signs the workflow's digest as a wallet does.
func SignWorkflow(w *SignedWorkflow, chainID uint64, signer Signer) ([]byte, error) {
	d, err := w.Digest(chainID)
	if err != nil {
		return nil, err
	}
	return signDigest(d, signer, "workflow")
}

// RecoverWorkflowOwnerKey is the public key that signed the workflow for
// chainID: its owner's, which its results are sealed to.
func RecoverWorkflowOwnerKey(w *SignedWorkflow, chainID uint64, sig []byte) (*ecdsa.PublicKey, error) {
	d, err := w.Digest(chainID)
	if err != nil {
		return nil, err
	}
	return recoverDigestKey(d, sig)
}

// RecoverWorkflowOwner is the address that signed the workflow.
func RecoverWorkflowOwner(w *SignedWorkflow, chainID uint64, sig []byte) (common.Address, error) {
	pub, err := RecoverWorkflowOwnerKey(w, chainID, sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}
