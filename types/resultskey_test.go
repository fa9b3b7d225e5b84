package types

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Golden vectors of the results key and the cancel, for the golden key.
// The signatures were made by this code and, byte for byte the same, by
// MetaMask's @metamask/eth-sig-util 9.0.0 (tools/eth-sig-util-check, V4)
// from ResultsKeyTypedDataJSON and CancelTypedDataJSON: wallets sign
// deterministically (RFC 6979), so a browser wallet derives the same
// results key as the CLI.
const (
	resultsKeyGoldenDigest    = "0xb6022bfd4ffd621211286ffe69634fea50b72a2c5845807bed69fe8f35cc3255"
	resultsKeyGoldenSignature = "0x30b5406d9ec5c5feff81043b63fcc3552f955c9dbad168542cae4717d14bd40148bd50baf67073ea12ddbd13cae59ee793f4c110f5b8152de3aab4865e499ef71c"
	// specGoldenResultsKey is the public key derived from that signature.
	specGoldenResultsKey = "0x0383568858cdbab36d2b1323d39928d2dd91a80826a481bd8e12cdba3b7779ab3a"

	cancelGoldenNetwork   = "skyops-testnet"
	cancelGoldenJob       = "0x7228ebaa6eeead66e727a5e31751255fa9c2efecdda7c2e81ff67e3f405ed831"
	cancelGoldenDigest    = "0x26e8b50730bbe392d972d4f123e6c95c82f16efeea97d4ed891cb89cb73dd052"
	cancelGoldenSignature = "0xfa0b475169ccd12fcdf336e2679a5d6e3e66478f23b06dfb0b8df7242dc595ac22997c5a3f496156ede8fd5be251c516ac39759eb19e049268d117b172862f901b"
)

func TestResultsKeyGolden(t *testing.T) {
	k := specGoldenKey(t)
	d, err := ResultsKeyDigest(k.Address())
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignResultsKey(k)
	if err != nil {
		t.Fatal(err)
	}
	if d.Hex() != resultsKeyGoldenDigest || hexutil.Encode(sig) != resultsKeyGoldenSignature {
		t.Fatalf("golden vectors changed:\n digest    %s\n signature %s", d.Hex(), hexutil.Encode(sig))
	}
	// Signing again gives the same signature: the key is never stored.
	again, _ := SignResultsKey(k)
	if !bytes.Equal(again, sig) {
		t.Fatal("two signatures of the results-key message differ")
	}
	key, err := ResultsKeyFor(k.Address(), sig)
	if err != nil {
		t.Fatal(err)
	}
	if got := ResultsKeyHex(&key.PublicKey); got != specGoldenResultsKey {
		t.Fatalf("results key %s, want %s", got, specGoldenResultsKey)
	}
	derived, err := DeriveResultsKey(k)
	if err != nil || !derived.Equal(key) {
		t.Fatalf("DeriveResultsKey: %v", err)
	}
	// V 0/1 (some wallets) and 27/28 give the same key.
	v01 := bytes.Clone(sig)
	v01[64] -= 27
	if k2, err := ResultsKeyFromSignature(v01); err != nil || !k2.Equal(key) {
		t.Fatalf("V %d gives another key (%v)", v01[64], err)
	}
	// Another wallet's signature is refused for this owner, and derives
	// another key anyway.
	other, _ := crypto.GenerateKey()
	osig, _ := SignResultsKey(KeySigner{other})
	if _, err := ResultsKeyFor(k.Address(), osig); !errors.Is(err, ErrWrongSigner) {
		t.Fatalf("another wallet's signature: %v", err)
	}
	if ok, _ := ResultsKeyFor(crypto.PubkeyToAddress(other.PublicKey), osig); ok == nil || ok.Equal(key) {
		t.Fatal("two wallets derive the same results key")
	}
	// The malleable twin (high S) is refused, not turned into a key.
	twin := bytes.Clone(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(twin[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, s).Bytes(), 32))
	if _, err := ResultsKeyFromSignature(twin); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("high-S twin: %v", err)
	}
	if _, err := ResultsKeyFor(k.Address(), sig[:64]); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("short signature: %v", err)
	}

	// The JSON the wallet gets hashes to the digest, says what it is for,
	// and names no chain.
	js, err := ResultsKeyTypedDataJSON(k.Address())
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || common.BytesToHash(h) != d {
		t.Fatalf("typed data JSON hashes to %x (%v), want %s", h, err, d.Hex())
	}
	for _, want := range []string{`"domain":{"name":"skyops","version":"results-key-1"}`, "sign it only on your own skyops daemon's page or in the skyops CLI", `"owner":"` + specGoldenAddress + `"`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("typed data JSON lacks %s:\n%s", want, js)
		}
	}
}

func TestResultsKeySeals(t *testing.T) {
	key, err := DeriveResultsKey(specGoldenKey(t))
	if err != nil {
		t.Fatal(err)
	}
	spec := &JobSpec{ResultsKey: ResultsKeyHex(&key.PublicKey)}
	wallet, _ := crypto.HexToECDSA(specGoldenKeyHex)
	to, err := spec.SealKey(&wallet.PublicKey)
	if err != nil || !to.Equal(&key.PublicKey) {
		t.Fatalf("seal key %v, %v", to, err)
	}
	var buf bytes.Buffer
	w, _ := SealStream(to, &buf)
	io.WriteString(w, "the output")
	w.Close()
	if _, err := OpenOutput(wallet, bytes.NewReader(buf.Bytes()), 1<<20); !errors.Is(err, ErrNotYours) {
		t.Fatalf("the wallet key opened what was sealed to the results key: %v", err)
	}
	r, err := OpenOutput(key, bytes.NewReader(buf.Bytes()), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(r); string(got) != "the output" {
		t.Fatalf("opened %q", got)
	}
	// No results key: the wallet, as before.
	if to, _ := (&JobSpec{}).SealKey(&wallet.PublicKey); !to.Equal(&wallet.PublicKey) {
		t.Fatal("a spec without resultsKey is not sealed to the wallet")
	}
}

func TestResultsKeyValidation(t *testing.T) {
	good := specGoldenSpec()
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ key, want string }{
		{"0383568858cdbab36d2b1323d39928d2dd91a80826a481bd8e12cdba3b7779ab3a", "want 0x and 66 hex digits"},
		{"0x0383568858", "want 0x and 66 hex digits"},
		{"0x" + strings.Repeat("zz", 33), "is not hex"},
		{"0x04" + strings.Repeat("11", 32), "is not a point on secp256k1"},
		{"0x02" + strings.Repeat("ff", 32), "is not a point on secp256k1"},
	} {
		s := specGoldenSpec()
		s.ResultsKey = c.key
		err := s.Validate()
		if !errors.Is(err, ErrInvalidJobSpec) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--results-key=false") {
			t.Errorf("resultsKey %q: %v, want %q", c.key, err, c.want)
		}
	}
}

func TestCancelTypedDataGolden(t *testing.T) {
	k := specGoldenKey(t)
	job := common.HexToHash(cancelGoldenJob)
	d, err := CancelDigest(cancelGoldenNetwork, job)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignCancel(cancelGoldenNetwork, job, k)
	if err != nil {
		t.Fatal(err)
	}
	if d.Hex() != cancelGoldenDigest || hexutil.Encode(sig) != cancelGoldenSignature {
		t.Fatalf("golden vectors changed:\n digest    %s\n signature %s", d.Hex(), hexutil.Encode(sig))
	}
	// Independently of apitypes: the EIP-712 encoding by hand.
	kk := crypto.Keccak256
	domain := kk(kk([]byte("EIP712Domain(string name,string version)")), kk([]byte("skyops")), kk([]byte("1")))
	msg := kk(kk([]byte("Cancel(bytes32 job,string network)")), job[:], kk([]byte(cancelGoldenNetwork)))
	if hand := common.BytesToHash(kk([]byte{0x19, 0x01}, domain, msg)); hand != d {
		t.Fatalf("digest %s, by hand %s", d.Hex(), hand.Hex())
	}
	js, err := CancelTypedDataJSON(cancelGoldenNetwork, job)
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	if h, _, err := apitypes.TypedDataAndHash(td); err != nil || common.BytesToHash(h) != d {
		t.Fatalf("typed data JSON hashes to %x (%v)", h, err)
	}
}

// TestVerifyCancel is the check every peer makes (sched folds a cancel
// only if it passes, and the API answers with it).
func TestVerifyCancel(t *testing.T) {
	k := specGoldenKey(t)
	owner := k.Address()
	job := common.HexToHash(cancelGoldenJob)
	other := common.HexToHash("0x" + strings.Repeat("ab", 32))
	typed, _ := SignCancel("net", job, k)
	okey, _ := crypto.HexToECDSA(specGoldenKeyHex)
	legacyHash := CancelHash("net", job)
	legacy, _ := crypto.Sign(legacyHash[:], okey)
	stranger, _ := crypto.GenerateKey()
	strangerSig, _ := SignCancel("net", job, KeySigner{stranger})

	if err := VerifyCancel("net", job, owner, typed); err != nil {
		t.Fatalf("EIP-712 cancel: %v", err)
	}
	if err := VerifyCancel("net", job, owner, legacy); err != nil {
		t.Fatalf("old prefixed cancel: %v", err)
	}
	v27 := bytes.Clone(legacy)
	v27[64] += 27
	if err := VerifyCancel("net", job, owner, v27); err != nil {
		t.Fatalf("old prefixed cancel, V 27/28: %v", err)
	}
	for name, c := range map[string]struct {
		net string
		job common.Hash
		sig []byte
	}{
		"EIP-712 replayed onto another job":      {"net", other, typed},
		"EIP-712 replayed onto another network":  {"elsewhere", job, typed},
		"old form replayed onto another job":     {"net", other, legacy},
		"old form replayed onto another network": {"elsewhere", job, legacy},
		"signed by another wallet":               {"net", job, strangerSig},
	} {
		if err := VerifyCancel(c.net, c.job, owner, c.sig); !errors.Is(err, ErrWrongSigner) {
			t.Errorf("%s: %v, want ErrWrongSigner", name, err)
		}
	}
	if err := VerifyCancel("net", job, owner, typed[:64]); !errors.Is(err, ErrBadSignature) {
		t.Errorf("short signature: %v", err)
	}
}

// TestTypedDataAgainstEthSigUtil signs every golden typed data with
// MetaMask's eth-sig-util and compares, where SKYOPS_ETH_SIG_UTIL names a
// directory with @metamask/eth-sig-util installed (npm install
// @metamask/eth-sig-util@9.0.0); elsewhere the constants above, checked
// that way, stand for it.
func TestTypedDataAgainstEthSigUtil(t *testing.T) {
	dir := os.Getenv("SKYOPS_ETH_SIG_UTIL")
	if dir == "" {
		t.Skip("SKYOPS_ETH_SIG_UTIL is not set (a directory with @metamask/eth-sig-util in node_modules)")
	}
	k := specGoldenKey(t)
	rk, _ := ResultsKeyTypedDataJSON(k.Address())
	cancel, _ := CancelTypedDataJSON(cancelGoldenNetwork, common.HexToHash(cancelGoldenJob))
	spec, _ := specGoldenSpec().TypedDataJSON(specGoldenChainID)
	docker, _ := specGoldenDockerSpec().TypedDataJSON(specGoldenChainID)
	want := map[string][2]string{
		"rk.json":     {resultsKeyGoldenDigest, resultsKeyGoldenSignature},
		"cancel.json": {cancelGoldenDigest, cancelGoldenSignature},
		"spec.json":   {specGoldenDigest, specGoldenSignature},
		"docker.json": {specGoldenDockerDigest, specGoldenDockerSignature},
	}
	tmp := t.TempDir()
	args := []string{filepath.Join(mustAbs(t, "../tools/eth-sig-util-check"), "check.js"), specGoldenKeyHex}
	for name, data := range map[string][]byte{"rk.json": rk, "cancel.json": cancel, "spec.json": spec, "docker.json": docker} {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	cmd := exec.Command("node", args...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(dir, "node_modules"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.js: %v", err)
	}
	seen := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var got struct{ File, Digest, Signature, Address string }
		if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		w := want[filepath.Base(got.File)]
		if got.Digest != w[0] || got.Signature != w[1] || !strings.EqualFold(got.Address, specGoldenAddress) {
			t.Errorf("%s: eth-sig-util gives %+v, skyops %v", got.File, got, w)
		}
		seen++
	}
	if seen != len(want) {
		t.Fatalf("eth-sig-util checked %d of %d:\n%s", seen, len(want), out)
	}
}

func mustAbs(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
