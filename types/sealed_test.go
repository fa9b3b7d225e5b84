package types

import (
	"bytes"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
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

// TestSealToOwnerAnySize round-trips empty, small and large plaintexts: a
// job that prints nothing has an empty log, which must seal and open (raw
// ECIES refuses an empty message).
func TestSealToOwnerAnySize(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	large := make([]byte, 8<<20)
	rand.Read(large)
	for _, msg := range [][]byte{nil, {}, {0}, {sealedV2}, []byte("x"), large} {
		sealed, err := SealToOwner(&owner.PublicKey, msg)
		if err != nil {
			t.Fatalf("seal %d bytes: %v", len(msg), err)
		}
		got, err := OpenSealed(owner, sealed)
		if err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("open %d bytes: got %d bytes, %v", len(msg), len(got), err)
		}
		if _, err := OpenSealed(other, sealed); !errors.Is(err, ErrNotYours) {
			t.Fatalf("%d bytes, another wallet: %v, want ErrNotYours", len(msg), err)
		}
	}
}

// TestOpenSealedV1 opens a blob in the format sealed before empty content
// was supported (no format byte, v1 key derivation), whatever its first
// byte: stored logs and outputs stay readable.
func TestOpenSealedV1(t *testing.T) {
	owner, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	for _, msg := range [][]byte{[]byte("old log"), {sealedV2, 'x'}} {
		sealed, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&owner.PublicKey), msg, sealToOwnerInfoV1, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := OpenSealed(owner, sealed); err != nil || !bytes.Equal(got, msg) {
			t.Fatalf("v1 blob %q: got %q, %v", msg, got, err)
		}
		if _, err := OpenSealed(other, sealed); !errors.Is(err, ErrNotYours) {
			t.Fatalf("v1 blob, another wallet: %v", err)
		}
	}
	// A v2 key derivation over a plaintext without the format byte is
	// not something SealToOwner makes.
	sealed, _ := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(&owner.PublicKey), []byte("x"), sealToOwnerInfoV2, nil)
	if _, err := OpenSealed(owner, sealed); err == nil {
		t.Fatal("a v2 blob without the format byte opened")
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
