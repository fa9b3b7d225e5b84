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

// sealToOwnerInfo binds the ECIES key derivation to skyops results, so a
// ciphertext made for another purpose with the same key never opens here.
var sealToOwnerInfo = []byte("skyops sealed to owner v1")

// SealToOwner encrypts data to the owner's secp256k1 public key (ECIES, as
// go-ethereum provides it: ECDH, AES-128-CTR, HMAC-SHA-256). Only the
// owner's private key, that is the owner's wallet, opens it.
func SealToOwner(owner *ecdsa.PublicKey, data []byte) ([]byte, error) {
	out, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(owner), data, sealToOwnerInfo, nil)
	if err != nil {
		return nil, fmt.Errorf("seal to owner: %w", err)
	}
	return out, nil
}

// OpenSealed decrypts what SealToOwner made, with the owner's private key.
// Any other key gets ErrNotYours.
func OpenSealed(key *ecdsa.PrivateKey, sealed []byte) ([]byte, error) {
	out, err := ecies.ImportECDSA(key).Decrypt(sealed, sealToOwnerInfo, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: this content is sealed to another wallet (%v)", ErrNotYours, err)
	}
	return out, nil
}
