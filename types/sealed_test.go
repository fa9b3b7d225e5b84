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

func TestDataKey(t *testing.T) {
	k, _ := NewDataKey()
	other, _ := NewDataKey()
	sealed, err := SealWithKey(k, []byte("checkpoint"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := OpenWithKey(k, sealed); err != nil || string(got) != "checkpoint" {
		t.Fatalf("%q %v", got, err)
	}
	if _, err := OpenWithKey(other, sealed); !errors.Is(err, ErrNotThisKey) {
		t.Fatalf("other key: %v", err)
	}
	if _, err := OpenWithKey(k, []byte("short")); !errors.Is(err, ErrNotThisKey) {
		t.Fatalf("short: %v", err)
	}
	if _, err := SealWithKey([]byte("short key"), nil); err == nil {
		t.Fatal("a short key was used")
	}
}
