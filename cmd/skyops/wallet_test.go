package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/testnet"
	"github.com/skyops/skyops/types"
	"github.com/skyops/skyops/wallet"
)

// walletTestHooks make keys cheap (light scrypt) and --wait quick.
func walletTestHooks() cliHooks {
	return cliHooks{walletOpts: []wallet.Option{wallet.LightScrypt()}, poll: 10 * time.Millisecond, images: fakeImageResolver}
}

// fakeDigest is what fakeImageResolver pins every tag to.
var fakeDigest = "sha256:" + strings.Repeat("ab", 32)

// fakeImageResolver pins a tag as resolveImageRef would, without a Docker
// engine or registry.
func fakeImageResolver(_ context.Context, ref, _ string, _ io.Writer) (string, error) {
	if _, err := types.ParseImageRef(ref); err == nil {
		return ref, nil
	} else if !strings.Contains(err.Error(), "not pinned") {
		return "", fmt.Errorf("--image: %w", err)
	}
	return ref + "@" + fakeDigest, nil
}

// cliHooked runs one command line in-process with hooks.
func cliHooked(t *testing.T, h cliHooks, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(withCLIHooks(context.Background(), h), args, &out, &errb)
	return out.String(), errb.String(), code
}

// cliMustFail checks a failed run: exit 1 and one "error: ..." line on
// stderr that contains every want.
func cliMustFail(t *testing.T, h cliHooks, args []string, wants ...string) {
	t.Helper()
	_, errs, code := cliHooked(t, h, args...)
	if code != 1 || !strings.HasPrefix(errs, "error: ") || !strings.HasSuffix(errs, "\n") {
		t.Errorf("%v: exit %d, stderr %q; want exit 1 and an error line", args, code, errs)
		return
	}
	last := errs[strings.LastIndex(errs[:len(errs)-1], "\n")+1:]
	if !strings.HasPrefix(last, "error: ") {
		last = errs
	}
	for _, w := range wants {
		if !strings.Contains(last, w) {
			t.Errorf("%v: error %q lacks %q", args, last, w)
		}
	}
}

// cliTestWallet is a keystore with one light-scrypt key and its password file.
type cliTestWallet struct {
	dir, pwFile string
	addr        common.Address
}

func newCLITestWallet(t *testing.T) cliTestWallet {
	t.Helper()
	base := t.TempDir()
	w := cliTestWallet{dir: filepath.Join(base, "keystore"), pwFile: filepath.Join(base, "pw")}
	if err := os.WriteFile(w.pwFile, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	addr, err := wallet.New(w.dir, "s3cret", wallet.LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	w.addr = addr
	return w
}

func (w cliTestWallet) flags() []string {
	return []string{"--keystore", w.dir, "--password-file", w.pwFile}
}

func TestWalletCommands(t *testing.T) {
	h := walletTestHooks()
	base := t.TempDir()
	ks := filepath.Join(base, "ks")
	pw := filepath.Join(base, "pw")
	os.WriteFile(pw, []byte("hunter2\n"), 0o600)

	cliMustFail(t, h, []string{"wallet", "address", "--keystore", ks}, "no wallet in "+ks+": run skyops wallet new")
	out, errs, code := cliHooked(t, h, "wallet", "list", "--keystore", ks, "-o", "json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("empty list: %d %q %q", code, out, errs)
	}

	out, errs, code = cliHooked(t, h, "wallet", "new", "--keystore", ks, "--password-file", pw, "-o", "json")
	if code != 0 {
		t.Fatalf("wallet new: %d %s", code, errs)
	}
	var made walletOut
	if err := json.Unmarshal([]byte(out), &made); err != nil || !common.IsHexAddress(made.Address) {
		t.Fatalf("wallet new -o json: %q, %v", out, err)
	}
	if fi, err := os.Stat(made.File); err != nil || fi.Mode().Perm() != 0o600 || filepath.Dir(made.File) != ks {
		t.Fatalf("key file %s: %v %v", made.File, fi, err)
	}
	if fi, _ := os.Stat(ks); fi.Mode().Perm() != 0o700 {
		t.Errorf("keystore mode %v", fi.Mode())
	}

	out, _, code = cliHooked(t, h, "wallet", "address", "--keystore", ks)
	if code != 0 || strings.TrimSpace(out) != made.Address {
		t.Errorf("wallet address: %q, want %s", out, made.Address)
	}
	// The password unlocks it; a wrong one says what to check.
	if _, err := wallet.Unlock(ks, "", "hunter2"); err != nil {
		t.Errorf("unlock the new wallet: %v", err)
	}

	// A hex private key, from a file (never from the command line).
	keyFile := filepath.Join(base, "key.hex")
	os.WriteFile(keyFile, []byte("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"), 0o600)
	out, errs, code = cliHooked(t, h, "wallet", "import", keyFile, "--keystore", ks, "--password-file", pw)
	if code != 0 || !strings.Contains(out, "Imported:  0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	cliMustFail(t, h, []string{"wallet", "import", keyFile, "--keystore", ks, "--password-file", pw}, "wallet already exists", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

	// A keystore JSON file, e.g. exported from geth, keeps its password.
	other := filepath.Join(base, "other")
	if _, err := wallet.New(other, "hunter2", wallet.LightScrypt()); err != nil {
		t.Fatal(err)
	}
	list, _ := wallet.List(other)
	out, errs, code = cliHooked(t, h, "wallet", "import", list[0].File, "--keystore", ks, "--password-file", pw, "-o", "json")
	if code != 0 || !strings.Contains(out, list[0].Address.Hex()) {
		t.Fatalf("import JSON: %d %q %q", code, out, errs)
	}
	wrong := filepath.Join(base, "wrong")
	os.WriteFile(wrong, []byte("nope"), 0o600)
	os.RemoveAll(ks + "-2")
	cliMustFail(t, h, []string{"wallet", "import", list[0].File, "--keystore", ks + "-2", "--password-file", wrong},
		"could not decrypt key with the given password: check --password-file")

	out, _, code = cliHooked(t, h, "wallet", "list", "--keystore", ks)
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.HasPrefix(out, "ADDRESS") {
		t.Errorf("wallet list:\n%s", out)
	}
	cliMustFail(t, h, []string{"wallet", "address", "--keystore", ks}, "several wallets in "+ks+": pass --from ADDRESS")
	out, _, code = cliHooked(t, h, "wallet", "address", "--keystore", ks, "--from", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")
	if code != 0 || strings.TrimSpace(out) != "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266" {
		t.Errorf("address --from: %q", out)
	}

	// Without a password file or a terminal there is no way to ask.
	t.Setenv(wallet.PasswordFileEnv, "")
	cliMustFail(t, h, []string{"wallet", "new", "--keystore", ks}, "no wallet password: pass --password-file FILE")
	empty := filepath.Join(base, "empty")
	os.WriteFile(empty, nil, 0o600)
	cliMustFail(t, h, []string{"wallet", "new", "--keystore", ks, "--password-file", empty}, "is empty: a new wallet needs a password")
	cliMustFail(t, h, []string{"wallet", "frob"}, `unknown command "frob" for "skyops wallet"`)
	cliMustFail(t, h, []string{"wallet", "import", filepath.Join(base, "none"), "--keystore", ks, "--password-file", pw}, "key file:")
}

// The environment stands for the flags.
func TestWalletEnv(t *testing.T) {
	w := newCLITestWallet(t)
	t.Setenv(wallet.DirEnv, w.dir)
	out, errs, code := cliHooked(t, walletTestHooks(), "wallet", "address")
	if code != 0 || strings.TrimSpace(out) != w.addr.Hex() {
		t.Errorf("SKYOPS_KEYSTORE: %d %q %q", code, out, errs)
	}
}

// Following the README on a testnet: the export line testnet up prints,
// then `wallet new`. The second key lands in the dev keystore; the CLI says
// so, and every command still signs with the dev wallet (SKYOPS_FROM).
func TestDevKeystoreSurvivesWalletNew(t *testing.T) {
	h := walletTestHooks()
	dir := t.TempDir()
	ks, pwFile := filepath.Join(dir, "keystore"), filepath.Join(dir, "dev-password")
	os.WriteFile(pwFile, []byte("devpw\n"), 0o600)
	dev, err := wallet.New(ks, "devpw", wallet.LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	m := &testnet.Manifest{Network: "testnet", Wallet: &testnet.DevWallet{Address: dev.Hex(), Keystore: ks, PasswordFile: pwFile}}
	if err := testnet.WriteManifest(dir, m); err != nil {
		t.Fatal(err)
	}
	var how bytes.Buffer
	if err := renderUp(&how, m, dir); err != nil {
		t.Fatal(err)
	}
	// Do what the printed export line says.
	exported := 0
	for line := range strings.Lines(how.String()) {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "export ") || !strings.Contains(line, wallet.DirEnv) {
			continue
		}
		line, _, _ = strings.Cut(strings.TrimPrefix(line, "export "), "#")
		for _, kv := range strings.Fields(line) {
			k, v, _ := strings.Cut(kv, "=")
			t.Setenv(k, v)
			exported++
		}
	}
	if exported != 3 || os.Getenv(fromEnv) != dev.Hex() {
		t.Fatalf("the export line sets %d variables, %s=%q; want keystore, password file and %s=%s:\n%s",
			exported, fromEnv, os.Getenv(fromEnv), fromEnv, dev.Hex(), how.String())
	}

	out, errs, code := cliHooked(t, h, "wallet", "new")
	if code != 0 || !strings.Contains(out, "Address:") {
		t.Fatalf("wallet new: %d %s %s", code, out, errs)
	}
	for _, want := range []string{"dev keystore of the testnet", "now holds 2 wallets", dev.Hex(), "--keystore ~/.skyops/keystore"} {
		if !strings.Contains(errs, want) {
			t.Errorf("wallet new on the dev keystore: stderr lacks %q:\n%s", want, errs)
		}
	}
	if all, _ := wallet.List(ks); len(all) != 2 {
		t.Fatalf("%d wallets in the dev keystore, want 2", len(all))
	}

	// Submitting still signs with the dev wallet.
	wasm := filepath.Join(t.TempDir(), "m.wasm")
	os.WriteFile(wasm, []byte("\x00asm\x01\x00\x00\x00"), 0o600)
	args := []string{"submit-task", "--dry-run", "-o", "json", "--network", "testnet", "--home", testHome, "--wasm", wasm}
	out, errs, code = cliHooked(t, h, args...)
	var dr dryRunOut
	if code != 0 || json.Unmarshal([]byte(out), &dr) != nil || dr.Owner != dev.Hex() {
		t.Fatalf("submit with two wallets and %s: %d %q %s", fromEnv, code, dr.Owner, errs)
	}
	if out, _, _ := cliHooked(t, h, "wallet", "address"); strings.TrimSpace(out) != dev.Hex() {
		t.Errorf("wallet address: %q, want the dev wallet", out)
	}
	// Without SKYOPS_FROM, the same keystore needs --from: what the README
	// used to walk people into.
	t.Setenv(fromEnv, "")
	cliMustFail(t, h, args, "pass --from ADDRESS")

	// A key made in a keystore of one's own gets no note.
	_, errs, code = cliHooked(t, h, "wallet", "new", "--keystore", filepath.Join(t.TempDir(), "mine"))
	if code != 0 || errs != "" {
		t.Errorf("wallet new elsewhere: %d %q", code, errs)
	}
}
