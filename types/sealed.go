package types

import (
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// ErrNotYours is what a wallet that is not the owner's gets when it tries
// to open content sealed to the owner.
var ErrNotYours = errors.New("not yours")

// The ECIES shared information binds the key derivation to skyops content,
// so a ciphertext made for another purpose with the same key never opens
// here. It also tells the two formats apart (see docs/decisions.md):
//
//   - v2 (what SealToOwner makes): the plaintext is sealedV2 followed by the
//     data, so that empty data (a job that printed nothing) seals too;
//     go-ethereum's ECIES refuses an empty plaintext.
//   - v1 (sealed before v2 existed, still opened): the plaintext is the data.
//
// A ciphertext's MAC only verifies under the information it was made with,
// so which format a blob has is never guessed from its contents.
var (
	sealToOwnerInfoV1 = []byte("skyops sealed to owner v1")
	sealToOwnerInfoV2 = []byte("skyops sealed to owner v2")
)

// sealedV2 is the first plaintext byte of a v2 sealed blob.
const sealedV2 = 0x02

// SealToOwner encrypts data, which may be empty, to the owner's secp256k1
// public key (ECIES, as go-ethereum provides it: ECDH, AES-128-CTR,
// HMAC-SHA-256). Only the owner's private key, that is the owner's wallet,
// opens it.
func SealToOwner(owner *ecdsa.PublicKey, data []byte) ([]byte, error) {
	plain := make([]byte, 1+len(data))
	plain[0] = sealedV2
	copy(plain[1:], data)
	out, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(owner), plain, sealToOwnerInfoV2, nil)
	if err != nil {
		return nil, fmt.Errorf("seal to owner: %w", err)
	}
	return out, nil
}

// OpenSealed decrypts what SealToOwner made (either format), with the
// owner's private key. Any other key gets ErrNotYours.
func OpenSealed(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	k := ecies.ImportECDSA(key)
	plain, err := k.Decrypt(sealed, sealToOwnerInfoV2, nil)
	if err == nil {
		if len(plain) == 0 || plain[0] != sealedV2 {
			return nil, errors.New("open sealed content: no format byte; it was not made by SealToOwner")
		}
		return plain[1:], nil
	}
	if old, errV1 := k.Decrypt(sealed, sealToOwnerInfoV1, nil); errV1 == nil {
		return old, nil
	}
	return nil, fmt.Errorf("%w: this content is sealed to another wallet (%v)", ErrNotYours, err)
}
