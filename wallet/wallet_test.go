package wallet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

const devKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

var devAddr = common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

func TestNewListUnlock(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sub", "keystore")
	k, err := Open(dir, LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Find(""); !errors.Is(err, ErrNoWallet) || !strings.Contains(err.Error(), "no wallet in "+dir+": run skyops wallet new") {
		t.Fatalf("empty keystore: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Open or Find created the dir: %v", err)
	}
	addr, err := New(dir, "secret", LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("dir mode %v, %v; want 0700", fi.Mode(), err)
	}
	list, err := List(dir)
	if err != nil || len(list) != 1 || list[0].Address != addr {
		t.Fatalf("List: %+v, %v", list, err)
	}
	kf, err := os.Stat(list[0].File)
	if err != nil || kf.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", kf.Mode(), err)
	}

	s, err := Unlock(dir, "", "secret")
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != addr {
		t.Fatalf("signer %s, want %s", s.Address().Hex(), addr.Hex())
	}
	// The signer is a types.Signer that SignJobSpec can use.
	var _ types.Signer = s
	h := crypto.Keccak256([]byte("x"))
	sig, err := s.Sign(h)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(h, sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != addr {
		t.Fatalf("signature by %v, %v", pub, err)
	}
	if err := s.Lock(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Sign(h); err == nil {
		t.Error("Sign works after Lock")
	}

	if _, err := Unlock(dir, "", "wrong"); !errors.Is(err, ErrWrongPassword) || !strings.Contains(err.Error(), "could not decrypt key with the given password") {
		t.Errorf("wrong password: %v", err)
	}
	if _, err := Unlock(dir, addr.Hex(), "secret"); err != nil {
		t.Errorf("unlock by address: %v", err)
	}
	if _, err := Unlock(dir, strings.ToLower(addr.Hex()[2:]), "secret"); err != nil {
		t.Errorf("unlock by lower-case address without 0x: %v", err)
	}
	if _, err := Unlock(dir, devAddr.Hex(), "secret"); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "skyops wallet list") {
		t.Errorf("unknown address: %v", err)
	}
	if _, err := Unlock(dir, "0x12", "secret"); err == nil || !strings.Contains(err.Error(), "not an Ethereum address") {
		t.Errorf("bad address: %v", err)
	}

	// A second key: now the address must be named.
	if _, err := New(dir, "other", LightScrypt()); err != nil {
		t.Fatal(err)
	}
	if _, err := Unlock(dir, "", "secret"); !errors.Is(err, ErrSeveralWallets) || !strings.Contains(err.Error(), "several wallets in "+dir+": pass --from ADDRESS") {
		t.Errorf("several: %v", err)
	}
}

func TestImport(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	addr, err := Import(dir, []byte("0x"+devKey+"\n"), "pw", LightScrypt())
	if err != nil || addr != devAddr {
		t.Fatalf("import hex: %s, %v", addr.Hex(), err)
	}
	if fi, _ := os.Stat(dir); fi.Mode().Perm() != 0o700 {
		t.Errorf("an open keystore dir is not made private: %v", fi.Mode())
	}
	if _, err := Import(dir, []byte(devKey), "pw", LightScrypt()); !errors.Is(err, ErrExists) {
		t.Errorf("import twice: %v", err)
	}
	for _, bad := range []string{"", "zz", devKey[:62], strings.Repeat("0", 64)} {
		_, err := Import(dir, []byte(bad), "pw", LightScrypt())
		if err == nil || (bad != "" && strings.Contains(err.Error(), bad)) {
			t.Errorf("import %q: %v (must fail without quoting the key)", bad, err)
		}
	}

	// A keystore JSON file from elsewhere (geth, MetaMask), with its password.
	other := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := other.NewAccount("their pw")
	if err != nil {
		t.Fatal(err)
	}
	keyJSON, err := os.ReadFile(acct.URL.Path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(dir, keyJSON, "nope", LightScrypt()); !errors.Is(err, ErrWrongPassword) {
		t.Errorf("JSON with a wrong password: %v", err)
	}
	got, err := Import(dir, keyJSON, "their pw", LightScrypt())
	if err != nil || got != acct.Address {
		t.Fatalf("import JSON: %s, %v", got.Hex(), err)
	}
	if _, err := Unlock(dir, got.Hex(), "their pw"); err != nil {
		t.Errorf("unlock imported JSON key: %v", err)
	}
}

func TestSignJobSpecWithWallet(t *testing.T) {
	dir := t.TempDir()
	if _, err := Import(dir, []byte(devKey), "pw", LightScrypt()); err != nil {
		t.Fatal(err)
	}
	s, err := Unlock(dir, "", "pw")
	if err != nil {
		t.Fatal(err)
	}
	spec := &types.JobSpec{Network: "n", CreatedAt: 1, Runtime: "wasm", PriceCapWei: "0", DurationSec: 1}
	sig, err := types.SignJobSpec(spec, 1337, s)
	if err != nil {
		t.Fatal(err)
	}
	owner, err := types.RecoverJobOwner(spec, 1337, sig)
	if err != nil || owner != devAddr {
		t.Fatalf("owner %s, %v", owner.Hex(), err)
	}
}

func TestOpenRefusesFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "f")
	os.WriteFile(f, nil, 0o600)
	if _, err := Open(f); err == nil || !strings.Contains(err.Error(), "is a file") {
		t.Errorf("got %v", err)
	}
	if _, err := Open(""); err == nil || !strings.Contains(err.Error(), "--keystore") {
		t.Errorf("got %v", err)
	}
}

func TestReadPasswordFile(t *testing.T) {
	dir := t.TempDir()
	for in, want := range map[string]string{
		"pw\n":     "pw",
		"pw\r\n":   "pw",
		"pw":       "pw",
		" pw \n\n": " pw \n",
		"":         "",
	} {
		p := filepath.Join(dir, "p")
		os.WriteFile(p, []byte(in), 0o600)
		got, err := ReadPasswordFile(p)
		if err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ReadPasswordFile(filepath.Join(dir, "none")); err == nil || !strings.Contains(err.Error(), "password file") {
		t.Errorf("missing file: %v", err)
	}
	big := filepath.Join(dir, "big")
	os.WriteFile(big, make([]byte, maxPasswordFile+1), 0o600)
	if _, err := ReadPasswordFile(big); err == nil {
		t.Error("huge password file accepted")
	}
}

func TestPromptNeedsTerminal(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Fatal("/dev/null is a terminal")
	}
	if _, err := PromptPassword(t.Context(), f, os.Stderr, "pw: "); !errors.Is(err, ErrNoTerminal) {
		t.Errorf("got %v", err)
	}
}

func TestReadLine(t *testing.T) {
	feed := func(s string) func(int, []byte) (int, error) {
		return func(_ int, p []byte) (int, error) {
			if s == "" {
				return 0, nil
			}
			p[0], s = s[0], s[1:]
			return 1, nil
		}
	}
	for in, want := range map[string]string{"abc\nrest": "abc", "abc\r\n": "abc", "abc": "abc", "\n": ""} {
		got, err := readLine(0, feed(in))
		if err != nil || got != want {
			t.Errorf("%q: %q, %v", in, got, err)
		}
	}
	if _, err := readLine(0, feed("")); err == nil {
		t.Error("empty input read as a password")
	}
}
