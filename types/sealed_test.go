package types

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestSealToOwner(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	msg := bytes.Repeat([]byte("result "), 1000)
	sealed, err := SealToOwner(&owner.PublicKey, msg)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("result")) {
		t.Fatal("plaintext visible in the sealed bytes")
	}
	got, err := OpenSealed(owner, sealed)
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("owner could not open: %v", err)
	}
	if _, err := OpenSealed(other, sealed); !errors.Is(err, ErrNotYours) {
		t.Fatalf("another wallet: %v, want ErrNotYours", err)
	}
	sealed[len(sealed)/2] ^= 1
	if _, err := OpenSealed(owner, sealed); err == nil {
		t.Fatal("tampered ciphertext opened")
	}
}
