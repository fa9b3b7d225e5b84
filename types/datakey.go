package types

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// SecretsFile names the file, inside an input package encrypted with the
// job's data key, whose KEY=VALUE lines the executor gives the job as
// environment instead of as an input.
const SecretsFile = ".skyops-secrets"

// DataKeySize is the size of a job's data key.
const DataKeySize = 32

// dataKeyAD binds ciphertexts to their use.
var dataKeyAD = []byte("skyops job data v1")

// NewDataKey makes a job data key.
func NewDataKey() ([]byte, error) {
	k := make([]byte, DataKeySize)
	if _, err := rand.Read(k); err != nil {
		return nil, fmt.Errorf("make data key: %w", err)
	}
	return k, nil
}

// SealWithKey encrypts with a job's data key (AES-256-GCM): a random nonce,
// then the ciphertext and tag. Inputs and checkpoints travel this way.
func SealWithKey(key, plain []byte) ([]byte, error) {
	gcm, err := dataCipher(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, dataKeyAD), nil
}

// ErrNotThisKey is what OpenWithKey says of content not sealed with the key.
var ErrNotThisKey = errors.New("not sealed with this job's data key")

// OpenWithKey decrypts what SealWithKey made.
func OpenWithKey(key, sealed []byte) ([]byte, error) {
	gcm, err := dataCipher(key)
	if err != nil {
		return nil, err
	}
	if len(sealed) < gcm.NonceSize()+gcm.Overhead() {
		return nil, ErrNotThisKey
	}
	out, err := gcm.Open(nil, sealed[:gcm.NonceSize()], sealed[gcm.NonceSize():], dataKeyAD)
	if err != nil {
		return nil, ErrNotThisKey
	}
	return out, nil
}

func dataCipher(key []byte) (cipher.AEAD, error) {
	if len(key) != DataKeySize {
		return nil, fmt.Errorf("data key is %d bytes, want %d", len(key), DataKeySize)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
