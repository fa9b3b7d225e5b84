package types

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// A cancel is signed as EIP-712 typed data, Cancel{job, network}, in the
// skyops domain, so that a browser wallet (eth_signTypedData_v4) signs it
// as it signs the spec. The job id is the spec's digest, which commits to
// the spec's chain id, so the domain needs none (and a wallet switched to
// another chain still signs it); the network is named again, for people
// to read and for the binding: a signature is for one job on one network,
// and no peer can move it onto another job or another network.
//
// Cancels signed before (CancelHash: a raw hash with skyops' own prefix,
// which wallets refuse) are still accepted by every peer: old CLIs keep
// working.
const (
	CancelPrimaryType = "Cancel"
	// CancelDomainVersion is the cancel's own version of the skyops
	// domain; its type differs from the spec's, so the two never collide.
	CancelDomainVersion = "1"
)

// nameVersionDomain is an EIP712Domain of name and version only.
func nameVersionDomain() []apitypes.Type {
	return []apitypes.Type{{Name: "name", Type: "string"}, {Name: "version", Type: "string"}}
}

func cancelTypes() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain": nameVersionDomain(),
		CancelPrimaryType: {
			{Name: "job", Type: "bytes32"},
			{Name: "network", Type: "string"},
		},
	}
}

// CancelTypedData is the cancel of job on network as EIP-712 typed data.
func CancelTypedData(network string, job common.Hash) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       cancelTypes(),
		PrimaryType: CancelPrimaryType,
		Domain:      apitypes.TypedDataDomain{Name: JobSpecDomainName, Version: CancelDomainVersion},
		Message:     apitypes.TypedDataMessage{"job": job.Hex(), "network": network},
	}
}

type nameVersionWire struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type cancelTypedDataWire struct {
	Types       apitypes.Types  `json:"types"`
	PrimaryType string          `json:"primaryType"`
	Domain      nameVersionWire `json:"domain"`
	Message     struct {
		Job     string `json:"job"`
		Network string `json:"network"`
	} `json:"message"`
}

// CancelTypedDataJSON is CancelTypedData as the JSON eth_signTypedData_v4
// takes (only the declared domain members).
func CancelTypedDataJSON(network string, job common.Hash) (json.RawMessage, error) {
	w := cancelTypedDataWire{Types: cancelTypes(), PrimaryType: CancelPrimaryType,
		Domain: nameVersionWire{Name: JobSpecDomainName, Version: CancelDomainVersion}}
	w.Message.Job, w.Message.Network = job.Hex(), network
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encode cancel typed data: %w", err)
	}
	return b, nil
}

// CancelDigest is the EIP-712 hash of the cancel: what the wallet signs.
func CancelDigest(network string, job common.Hash) (common.Hash, error) {
	h, _, err := apitypes.TypedDataAndHash(CancelTypedData(network, job))
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: cancel typed data: %v", ErrMalformed, err)
	}
	return common.BytesToHash(h), nil
}

// SignCancel signs the EIP-712 cancel of job with signer (65 bytes, V 27
// or 28, as wallets give it).
func SignCancel(network string, job common.Hash, signer Signer) ([]byte, error) {
	d, err := CancelDigest(network, job)
	if err != nil {
		return nil, err
	}
	return signDigest(d, signer, "the cancel")
}

// CancelHash is what an owner signed to cancel a job before cancels were
// typed data: bound to the network and the job. Only verified now.
func CancelHash(network string, job common.Hash) common.Hash {
	return SigningHash(network, KindJobEvent, append([]byte("cancel:"), job[:]...))
}

// VerifyCancel checks that sig is owner's cancel of job on network, in
// either form: EIP-712 typed data or the older prefixed CancelHash. Every
// peer folds a cancel only if this passes. A signature of another job or network recovers to some other
// address under both digests, and is refused with ErrWrongSigner.
func VerifyCancel(network string, job common.Hash, owner common.Address, sig []byte) error {
	if len(sig) != crypto.SignatureLength {
		return fmt.Errorf("%w: cancel signature is %d bytes, want %d", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	d, err := CancelDigest(network, job)
	if err != nil {
		return err
	}
	pub, typedErr := recoverDigestKey(d, sig)
	if typedErr == nil && crypto.PubkeyToAddress(*pub) == owner {
		return nil
	}
	legacy, legacyErr := legacyCancelSigner(network, job, sig)
	if legacyErr == nil && legacy == owner {
		return nil
	}
	if typedErr != nil {
		return fmt.Errorf("cancel of job %s: %w", job.Hex(), errors.Join(typedErr, legacyErr))
	}
	return fmt.Errorf("cancel of job %s on %s: %w: the signature is by %s, not the job's owner %s (or it signs another job or network)",
		job.Hex(), network, ErrWrongSigner, crypto.PubkeyToAddress(*pub).Hex(), owner.Hex())
}

// legacyCancelSigner recovers who signed CancelHash(network, job).
func legacyCancelSigner(network string, job common.Hash, sig []byte) (common.Address, error) {
	norm := append([]byte{}, sig...)
	if norm[64] >= 27 {
		norm[64] -= 27
	}
	h := CancelHash(network, job)
	pub, err := crypto.SigToPub(h[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
