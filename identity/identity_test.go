package identity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestLoadOrCreateReusesKey(t *testing.T) {
	dir := t.TempDir()
	k1, err := LoadOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Created() {
		t.Fatal("first call should create the key")
	}
	st, err := os.Stat(filepath.Join(dir, FileName))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", st.Mode().Perm(), err)
	}
	k2, err := LoadOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	if k2.Created() || k2.PeerID() != k1.PeerID() || k2.Address() != k1.Address() {
		t.Fatalf("second call made a new identity: %s/%s vs %s/%s", k2.PeerID(), k2.Address(), k1.PeerID(), k1.Address())
	}
	// The peer id and the address are the same key.
	pub, err := k1.PeerID().ExtractPublicKey()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := pub.Raw()
	ep, err := crypto.DecompressPubkey(raw)
	if err != nil || crypto.PubkeyToAddress(*ep) != k1.Address() {
		t.Fatalf("peer id key and address differ")
	}
	// Signatures recover to the address.
	h := crypto.Keccak256([]byte("x"))
	sig, err := k1.Sign(h)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := crypto.SigToPub(h, sig)
	if err != nil || crypto.PubkeyToAddress(*rec) != k1.Address() {
		t.Fatal("signature does not recover to the node address")
	}
}

func TestLoadOrCreateRefusals(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadOrCreate(dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, FileName)
	os.Chmod(path, 0o644)
	if _, err := LoadOrCreate(dir); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("world-readable key: %v", err)
	}
	os.Chmod(path, 0o600)
	os.WriteFile(path, []byte("not a key"), 0o600)
	if _, err := LoadOrCreate(dir); err == nil {
		t.Fatal("corrupt key accepted")
	}
	// The corrupt key is still there: never silently replaced.
	if b, _ := os.ReadFile(path); string(b) != "not a key" {
		t.Fatal("corrupt key was overwritten")
	}
}
