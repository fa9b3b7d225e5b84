package types

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Signatures over EIP-712 digests (specs, cancels, the results key), shared
// so that every typed-data signature is read by the same rules.

// recoverDigestKey returns the public key that signed digest. V may be
// 0/1 or 27/28; a high-S (malleable) signature is refused so that one
// message has exactly one valid signature.
func recoverDigestKey(d common.Hash, sig []byte) (*ecdsa.PublicKey, error) {
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d ([R || S || V])", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	v := sig[64]
	switch v {
	case 0, 1:
	case 27, 28:
		v -= 27
	default:
		return nil, fmt.Errorf("%w: signature V is %d, want 0, 1, 27 or 28", ErrBadSignature, sig[64])
	}
	r, sv := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if sv.Cmp(specHalfN) > 0 {
		return nil, fmt.Errorf("%w: signature S is in the upper half of the curve order (malleable): sign again with a wallet that gives low-S signatures", ErrBadSignature)
	}
	if !crypto.ValidateSignatureValues(v, r, sv, true) {
		return nil, fmt.Errorf("%w: signature R or S out of range", ErrBadSignature)
	}
	norm := slices.Clone(sig)
	norm[64] = v
	pub, err := crypto.SigToPub(d[:], norm)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return pub, nil
}

// signDigest signs an EIP-712 digest as a wallet does: 65 bytes, V 27 or
// 28, checked to recover to the signer (a signer that hashed again,
// personal_sign style, is caught here rather than at a daemon).
func signDigest(d common.Hash, signer Signer, what string) ([]byte, error) {
	sig, err := signer.Sign(d[:])
	if err != nil {
		return nil, fmt.Errorf("sign %s: %w", what, err)
	}
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("sign %s: signer gave %d bytes, want %d", what, len(sig), crypto.SignatureLength)
	}
	sig = slices.Clone(sig)
	if sig[64] < 27 {
		sig[64] += 27
	}
	pub, err := recoverDigestKey(d, sig)
	if err != nil {
		return nil, fmt.Errorf("sign %s: %w", what, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != signer.Address() {
		return nil, fmt.Errorf("sign %s: signature recovers to %s, not the signer %s", what, got.Hex(), signer.Address().Hex())
	}
	return sig, nil
}
