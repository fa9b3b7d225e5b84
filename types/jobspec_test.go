package types

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// The golden key is the well-known first dev account of hardhat and anvil,
// so that the vectors below can be checked with any Ethereum tool.
const (
	specGoldenKeyHex  = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	specGoldenAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
	specGoldenChainID = 1337
	// specGoldenHome is the libp2p peer id of the golden key.
	specGoldenHome = "16Uiu2HAmMUjGmiUhJeiZgu6ZZnLRkE2VViR2JgjqtW9aTZnHQqgg"
	// Domain version "8" (paymentToken after resultsKey, after dataLocal, after maxLatencyMs,
	// after region, minReputation and minUptimePct).
	// Computed once with this code, checked against an independent
	// hand-written EIP-712 encoding below, and against MetaMask's
	// @metamask/eth-sig-util 9.0.0 from npm (tools/eth-sig-util-check,
	// node 20.20.2, which npm warns is below the package's declared
	// engines; TypedDataUtils.eip712Hash, signTypedData and
	// recoverTypedSignature, V4, with the golden key) on the TypedDataJSON
	// output of each golden spec: same digest, same signature, recovering
	// to specGoldenAddress. TestTypedDataAgainstEthSigUtil repeats it
	// where the package is installed.
	specGoldenDigest    = "0x4c3b4cca05e4891f0d8d492fb52acb4872bfc264267cbadd7e2986e052aed5d9"
	specGoldenSignature = "0x07e5295603818e137f0bb75b85c78cf9a8b16abcb6c7b768ec044116202649b1536d33eefb14d64221c17e3b4958b95693d747a14227864f2478c4375b9365b91c"
	// The same for specGoldenDockerSpec (networkAccess true, no placement
	// filters, no resultsKey).
	specGoldenDockerDigest    = "0xbcb95b4271a41f14c45383a0392c7ff8088e06c1d446e7e4286e17e7ded615ac"
	specGoldenDockerSignature = "0x83ad65d7671b1617b6eecc08ea8def4ec3e3a7033507a8a6a82f5abc3566f01b5863ae4b51882ef24531d9d788369b577cc83cee0730f72e94b55d282503290c1b"
)

func specGoldenKey(t testing.TB) KeySigner {
	t.Helper()
	k, err := crypto.HexToECDSA(specGoldenKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	return KeySigner{k}
}

func specTestCID(data string) string {
	mh, err := multihash.Sum([]byte(data), multihash.SHA2_256, -1)
	if err != nil {
		panic(err)
	}
	return cid.NewCidV1(cid.Raw, mh).String()
}

// specGoldenSpec is fixed: any change to it, or to the EIP-712 type, changes
// the golden digest.
func specGoldenSpec() *JobSpec {
	return &JobSpec{
		Network:      "skyops-testnet",
		Home:         specGoldenHome,
		Nonce:        0xfedcba9876543210, // above 2^53: must survive JSON
		CreatedAt:    1_700_000_000,
		Runtime:      "wasm",
		Artifact:     specTestCID("demo-train module"),
		ArtifactSize: 123456,
		Args:         []string{"--model", "gpt2", "--epochs", "3"},
		Env:          []string{"SEED=42", "MODE=fast"},
		Model:        "gpt2",
		Framework:    "pytorch",
		GPUModel:     "A100",
		GPUCount:     2,
		GPUMemMiB:    40960,
		CPUCores:     8,
		RAMMiB:       65536,
		DiskMiB:      10240,
		DurationSec:  4 * 3600,
		PriceCapWei:  "1500000000000000000",
		InputCIDs:    []string{specTestCID("input one"), "ipfs://" + specDatasetCID},
		// The placement filters are set here and zero in the docker spec,
		// so that the vectors cover both.
		Region:        "eu-west",
		MinReputation: 1200,
		MinUptimePct:  95,
		MaxLatencyMs:  30,
		DataLocal:     true,
		// The golden key's own results key (TestResultsKeyGolden).
		ResultsKey:   specGoldenResultsKey,
		PaymentToken: PaySKYOPS,
	}
}

// specDatasetCID is kubo's `ipfs add --cid-version 1` CID of 1 MiB of
// zeros (a dag-pb root over four raw leaves).
const specDatasetCID = "bafybeiggzq4ryi7hscq5hzvzcnk4urnxt3asp37dhgvnjilf7exskximla"

// specGoldenDockerSpec is the second golden spec: a Docker job with
// networkAccess true, so that the vectors cover a bool that is set.
func specGoldenDockerSpec() *JobSpec {
	return &JobSpec{
		Network:       "skyops-testnet",
		Home:          specGoldenHome,
		Nonce:         0x0123456789abcdef,
		CreatedAt:     1_700_000_000,
		Runtime:       "docker",
		Artifact:      "localhost/trainer:1",
		Args:          []string{"python", "train.py"},
		Env:           []string{"HF_HOME=/outputs/hf"},
		NetworkAccess: true,
		GPUCount:      1,
		RAMMiB:        16384,
		DurationSec:   3600,
		PriceCapWei:   "0",
	}
}

func TestJobSpecGolden(t *testing.T) {
	s := specGoldenSpec()
	if err := s.Validate(); err != nil {
		t.Fatalf("golden spec invalid: %v", err)
	}
	d, err := s.Digest(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.ID(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	if id != d.Hex() || !strings.HasPrefix(id, "0x") || len(id) != 66 {
		t.Fatalf("ID %q, digest %s", id, d.Hex())
	}
	k := specGoldenKey(t)
	if k.Address().Hex() != specGoldenAddress {
		t.Fatalf("golden key address %s", k.Address().Hex())
	}
	sig, err := SignJobSpec(s, specGoldenChainID, k)
	if err != nil {
		t.Fatal(err)
	}
	if got := hexutil.Encode(sig); d.Hex() != specGoldenDigest || got != specGoldenSignature {
		t.Errorf("golden vectors changed:\n digest    %s\n signature %s", d.Hex(), got)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Errorf("V = %d, want 27 or 28", sig[64])
	}
	owner, err := RecoverJobOwner(s, specGoldenChainID, sig)
	if err != nil || owner != k.Address() {
		t.Fatalf("recovered %s, %v; want %s", owner.Hex(), err, k.Address().Hex())
	}
	if want := specHandDigest(s, specGoldenChainID); d != want {
		t.Errorf("digest %s, hand-written EIP-712 gives %s", d.Hex(), want.Hex())
	}
}

func TestJobSpecGoldenDocker(t *testing.T) {
	s := specGoldenDockerSpec()
	// The vectors predate pinned images: the artifact is any string to
	// the encoding, so they are kept, and the spec is valid once pinned.
	pinned := *s
	pinned.Artifact += "@sha256:" + strings.Repeat("ab", 32)
	if err := pinned.Validate(); err != nil {
		t.Fatalf("golden docker spec invalid: %v", err)
	}
	d, err := s.Digest(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := SignJobSpec(s, specGoldenChainID, specGoldenKey(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := hexutil.Encode(sig); d.Hex() != specGoldenDockerDigest || got != specGoldenDockerSignature {
		t.Errorf("golden docker vectors changed:\n digest    %s\n signature %s", d.Hex(), got)
	}
	if want := specHandDigest(s, specGoldenChainID); d != want {
		t.Errorf("digest %s, hand-written EIP-712 gives %s", d.Hex(), want.Hex())
	}
	off := specGoldenDockerSpec()
	off.NetworkAccess = false
	if d2, _ := off.Digest(specGoldenChainID); d2 == d || d2 != specHandDigest(off, specGoldenChainID) {
		t.Errorf("networkAccess false: digest %s (true: %s)", d2.Hex(), d.Hex())
	}

	// The wallet's JSON carries a JSON bool, and reads back to the spec.
	js, err := s.TypedDataJSON(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`{"name":"env","type":"string[]"},{"name":"networkAccess","type":"bool"},{"name":"model"`,
		`"env":["HF_HOME=/outputs/hf"],"networkAccess":true,"model":""`,
	} {
		if !strings.Contains(string(js), want) {
			t.Errorf("typed data JSON lacks %s:\n%s", want, js)
		}
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	back, _, err := JobSpecFromTypedData(td)
	if err != nil || !reflect.DeepEqual(back, s) {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	if owner, err := RecoverJobOwner(back, specGoldenChainID, sig); err != nil || owner.Hex() != specGoldenAddress {
		t.Fatalf("recovered %s, %v", owner.Hex(), err)
	}
	// The spec's own JSON (what travels in job events) keeps it too.
	raw, _ := json.Marshal(s)
	var again JobSpec
	if err := json.Unmarshal(raw, &again); err != nil || !again.NetworkAccess || !strings.Contains(string(raw), `"networkAccess":true`) {
		t.Fatalf("spec JSON %s: %+v, %v", raw, again, err)
	}
}

// specHandDigest computes the EIP-712 digest from the specification, without
// apitypes, as an independent check of the type string and the encoding.
func specHandDigest(s *JobSpec, chainID uint64) common.Hash {
	k := crypto.Keccak256
	word := func(v uint64) []byte {
		b := make([]byte, 32)
		binary.BigEndian.PutUint64(b[24:], v)
		return b
	}
	boolean := func(v bool) []byte { // a bool is a uint256 0 or 1
		if v {
			return word(1)
		}
		return word(0)
	}
	str := func(v string) []byte { return k([]byte(v)) }
	arr := func(vs []string) []byte {
		var buf []byte
		for _, v := range vs {
			buf = append(buf, k([]byte(v))...)
		}
		return k(buf)
	}
	wei, _ := new(big.Int).SetString(s.PriceCapWei, 10)
	domainType := "EIP712Domain(string name,string version,uint256 chainId)"
	specType := "JobSpec(string network,string home,uint64 nonce,uint64 createdAt,string runtime,string artifact," +
		"uint64 artifactSize,string[] args,string[] env,bool networkAccess,string model,string framework,string gpuModel," +
		"uint32 gpuCount,uint64 gpuMemMiB,uint32 cpuCores,uint64 ramMiB,uint64 diskMiB,uint64 durationSec," +
		"uint256 priceCapWei,string[] inputCids,string region,uint32 minReputation,uint32 minUptimePct,uint32 maxLatencyMs,bool dataLocal,string resultsKey,string paymentToken)"
	domain := k(k([]byte(domainType)), str("skyops"), str("8"), word(chainID))
	msg := k(bytes.Join([][]byte{
		k([]byte(specType)),
		str(s.Network), str(s.Home), word(s.Nonce), word(s.CreatedAt), str(s.Runtime), str(s.Artifact),
		word(s.ArtifactSize), arr(s.Args), arr(s.Env), boolean(s.NetworkAccess), str(s.Model), str(s.Framework), str(s.GPUModel),
		word(uint64(s.GPUCount)), word(s.GPUMemMiB), word(uint64(s.CPUCores)), word(s.RAMMiB),
		word(s.DiskMiB), word(s.DurationSec), common.LeftPadBytes(wei.Bytes(), 32), arr(s.InputCIDs),
		str(s.Region), word(uint64(s.MinReputation)), word(uint64(s.MinUptimePct)), word(uint64(s.MaxLatencyMs)),
		boolean(s.DataLocal), str(s.ResultsKey), str(s.PaymentToken),
	}, nil))
	return common.BytesToHash(k([]byte{0x19, 0x01}, domain, msg))
}

func TestJobSpecTypedDataJSON(t *testing.T) {
	s := specGoldenSpec()
	d, err := s.Digest(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	js, err := s.TypedDataJSON(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	// The order and shape eth_signTypedData_v4 documents, with only the
	// domain members the type declares.
	for _, want := range []string{
		`{"types":{"EIP712Domain":[{"name":"name","type":"string"},`,
		`],"JobSpec":[{"name":"network","type":"string"},`,
		`"primaryType":"JobSpec","domain":{"name":"skyops","version":"8","chainId":1337},"message":{"network":"skyops-testnet","home":"` + specGoldenHome + `","nonce":"18364758544493064720",`,
		`"priceCapWei":"1500000000000000000"`,
		`"networkAccess":false`,
		`"inputCids":["` + specTestCID("input one") + `","ipfs://` + specDatasetCID + `"],"region":"eu-west","minReputation":"1200","minUptimePct":"95","maxLatencyMs":"30","dataLocal":true,"resultsKey":"` + specGoldenResultsKey + `","paymentToken":"SKYOPS"}}`,
		`{"name":"inputCids","type":"string[]"},{"name":"region","type":"string"},{"name":"minReputation","type":"uint32"},{"name":"minUptimePct","type":"uint32"},{"name":"maxLatencyMs","type":"uint32"},{"name":"dataLocal","type":"bool"},{"name":"resultsKey","type":"string"},{"name":"paymentToken","type":"string"}]`,
	} {
		if !strings.Contains(string(js), want) {
			t.Errorf("typed data JSON lacks %s:\n%s", want, js)
		}
	}
	if strings.Contains(string(js), "verifyingContract") || strings.Contains(string(js), "salt") {
		t.Errorf("typed data JSON has empty domain members:\n%s", js)
	}

	// What a wallet or the daemon parses: apitypes hashes it to the id.
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(h) != d {
		t.Fatalf("apitypes hashes the JSON to %x, Digest is %s", h, d.Hex())
	}
	back, chainID, err := JobSpecFromTypedData(td)
	if err != nil {
		t.Fatal(err)
	}
	if chainID != specGoldenChainID || !reflect.DeepEqual(back, s) {
		t.Errorf("round trip: chain %d, spec\n%+v\nwant\n%+v", chainID, back, s)
	}

	// apitypes' own JSON of TypedData() round-trips to the same digest too.
	raw, err := json.Marshal(s.TypedData(specGoldenChainID))
	if err != nil {
		t.Fatal(err)
	}
	var td2 apitypes.TypedData
	if err := json.Unmarshal(raw, &td2); err != nil {
		t.Fatal(err)
	}
	if h2, _, err := apitypes.TypedDataAndHash(td2); err != nil || common.BytesToHash(h2) != d {
		t.Fatalf("apitypes JSON round trip: %x, %v", h2, err)
	}
	if back2, _, err := JobSpecFromTypedData(td2); err != nil || !reflect.DeepEqual(back2, s) {
		t.Fatalf("from apitypes JSON: %+v, %v", back2, err)
	}
}

func TestJobSpecEmptyArrays(t *testing.T) {
	s := specGoldenSpec()
	s.Args, s.Env, s.InputCIDs = nil, []string{}, nil
	d, err := s.Digest(5)
	if err != nil {
		t.Fatal(err)
	}
	if d != specHandDigest(s, 5) {
		t.Fatal("empty arrays hash differently from the specification")
	}
	js, err := s.TypedDataJSON(5)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"args":[]`) {
		t.Errorf("nil args not written as []: %s", js)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	back, _, err := JobSpecFromTypedData(td)
	if err != nil {
		t.Fatal(err)
	}
	if back.Args != nil || back.Env != nil || back.InputCIDs != nil {
		t.Errorf("empty arrays come back as %#v %#v %#v, want nil", back.Args, back.Env, back.InputCIDs)
	}
}

func TestJobSpecDigestChanges(t *testing.T) {
	base, _ := specGoldenSpec().Digest(specGoldenChainID)
	if other, _ := specGoldenSpec().Digest(1); other == base {
		t.Error("chain id is not in the digest")
	}
	mutate := []func(*JobSpec){
		func(s *JobSpec) { s.Network = "other" },
		func(s *JobSpec) { s.Nonce++ },
		func(s *JobSpec) { s.Args = append(s.Args, "x") },
		func(s *JobSpec) { s.Args[0], s.Args[1] = s.Args[1], s.Args[0] },
		func(s *JobSpec) { s.Env = s.Env[:1] },
		func(s *JobSpec) { s.GPUCount = 3 },
		func(s *JobSpec) { s.PriceCapWei = "1500000000000000001" },
		func(s *JobSpec) { s.InputCIDs = nil },
		func(s *JobSpec) { s.NetworkAccess = true },
		func(s *JobSpec) { s.Region = "EU-WEST" }, // matched case-insensitively, but signed as written
		func(s *JobSpec) { s.Region = "" },
		func(s *JobSpec) { s.MinReputation = 1201 },
		func(s *JobSpec) { s.MinReputation = 0 },
		func(s *JobSpec) { s.MinUptimePct = 94 },
		func(s *JobSpec) { s.MinUptimePct = 0 },
		func(s *JobSpec) { s.MaxLatencyMs = 31 },
		func(s *JobSpec) { s.MaxLatencyMs = 0 },
		func(s *JobSpec) { s.DataLocal = false },
		func(s *JobSpec) { s.ResultsKey = "" },
		func(s *JobSpec) { s.PaymentToken = PayETH },
		func(s *JobSpec) { s.ResultsKey = "0x02" + s.ResultsKey[4:] }, // the other point with this x
		func(s *JobSpec) { s.InputCIDs[1] = specDatasetCID },          // the same CID, not as a dataset
	}
	for i, m := range mutate {
		s := specGoldenSpec()
		m(s)
		if d, _ := s.Digest(specGoldenChainID); d == base {
			t.Errorf("mutation %d does not change the digest", i)
		}
	}
	// One spec, one id: non-canonical numbers are refused, not reread.
	for _, p := range []string{"", "01", "0x10", "+1", "-1", " 1"} {
		s := specGoldenSpec()
		s.PriceCapWei = p
		if _, err := s.Digest(specGoldenChainID); !errors.Is(err, ErrMalformed) {
			t.Errorf("priceCapWei %q: %v, want ErrMalformed", p, err)
		}
	}
}

func TestRecoverJobOwner(t *testing.T) {
	s := specGoldenSpec()
	k := specGoldenKey(t)
	sig, err := SignJobSpec(s, specGoldenChainID, k)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []byte{sig[64], sig[64] - 27} {
		c := bytes.Clone(sig)
		c[64] = v
		if got, err := RecoverJobOwner(s, specGoldenChainID, c); err != nil || got != k.Address() {
			t.Errorf("V=%d: %s, %v", v, got.Hex(), err)
		}
	}

	// The malleable twin (N-S, other V) is a valid ECDSA signature by the
	// same key, and must be refused.
	high := bytes.Clone(sig)
	sv := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	copy(high[32:64], common.LeftPadBytes(sv.Bytes(), 32))
	high[64] = 55 - sig[64] // 27 <-> 28
	cases := []struct {
		name string
		sig  []byte
		want string
	}{
		{"short", sig[:64], "signature is 64 bytes, want 65"},
		{"long", append(bytes.Clone(sig), 0), "signature is 66 bytes, want 65"},
		{"empty", nil, "signature is 0 bytes"},
		{"V=29", append(bytes.Clone(sig[:64]), 29), "signature V is 29, want 0, 1, 27 or 28"},
		{"V=2", append(bytes.Clone(sig[:64]), 2), "signature V is 2"},
		{"high S", high, "upper half of the curve order"},
		{"zero R", append(make([]byte, 32), sig[32:]...), "R or S out of range"},
	}
	for _, c := range cases {
		_, err := RecoverJobOwner(s, specGoldenChainID, c.sig)
		if !errors.Is(err, ErrBadSignature) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want ErrBadSignature with %q", c.name, err, c.want)
		}
	}

	// A signature for another chain or another spec recovers someone else.
	if got, err := RecoverJobOwner(s, 1, sig); err == nil && got == k.Address() {
		t.Error("signature valid on another chain")
	}
	other := specGoldenSpec()
	other.DurationSec++
	if got, err := RecoverJobOwner(other, specGoldenChainID, sig); err == nil && got == k.Address() {
		t.Error("signature valid for another spec")
	}
}

func TestParseSignatureHex(t *testing.T) {
	sig, err := SignJobSpec(specGoldenSpec(), specGoldenChainID, specGoldenKey(t))
	if err != nil {
		t.Fatal(err)
	}
	h := hexutil.Encode(sig)
	for _, in := range []string{h, h[2:], " " + h + "\n", "0X" + h[2:]} {
		got, err := ParseSignatureHex(in)
		if err != nil || !bytes.Equal(got, sig) {
			t.Errorf("%q: %x, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "0x", h[:130], h + "00", "0xzz"} {
		if _, err := ParseSignatureHex(in); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%q: %v, want ErrBadSignature", in, err)
		}
	}
}

// specKeystoreSigner signs through go-ethereum's keystore, as a wallet would.
type specKeystoreSigner struct {
	ks   *keystore.KeyStore
	acct accounts.Account
}

func (k specKeystoreSigner) Sign(h []byte) ([]byte, error) { return k.ks.SignHash(k.acct, h) }
func (k specKeystoreSigner) Address() common.Address       { return k.acct.Address }

func TestSignJobSpecKeystore(t *testing.T) {
	ks := keystore.NewKeyStore(t.TempDir(), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(specGoldenKey(t).Key, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Unlock(acct, "pw"); err != nil {
		t.Fatal(err)
	}
	s := specGoldenSpec()
	sig, err := SignJobSpec(s, specGoldenChainID, specKeystoreSigner{ks, acct})
	if err != nil {
		t.Fatal(err)
	}
	owner, err := RecoverJobOwner(s, specGoldenChainID, sig)
	if err != nil || owner != acct.Address {
		t.Fatalf("recovered %s, %v; want %s", owner.Hex(), err, acct.Address.Hex())
	}
	// RFC 6979 signatures are deterministic: the keystore gives the golden one.
	if hexutil.Encode(sig) != specGoldenSignature {
		t.Errorf("keystore signature %x differs from the golden one", sig)
	}

	// A fresh keystore account, with no key known to the test.
	acct2, err := ks.NewAccount("pw2")
	if err != nil {
		t.Fatal(err)
	}
	if err := ks.Unlock(acct2, "pw2"); err != nil {
		t.Fatal(err)
	}
	sig2, err := SignJobSpec(s, specGoldenChainID, specKeystoreSigner{ks, acct2})
	if err != nil {
		t.Fatal(err)
	}
	if owner, err := RecoverJobOwner(s, specGoldenChainID, sig2); err != nil || owner != acct2.Address {
		t.Fatalf("recovered %s, %v; want %s", owner.Hex(), err, acct2.Address.Hex())
	}
}

// specWrongSigner signs a different hash, as a personal_sign wallet would.
type specWrongSigner struct{ KeySigner }

func (w specWrongSigner) Sign(h []byte) ([]byte, error) {
	return w.KeySigner.Sign(crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), h))
}

func TestSignJobSpecCatchesWrongHash(t *testing.T) {
	_, err := SignJobSpec(specGoldenSpec(), specGoldenChainID, specWrongSigner{specGoldenKey(t)})
	if err == nil || !strings.Contains(err.Error(), "not the signer") {
		t.Fatalf("got %v", err)
	}
}

func TestJobSpecFromTypedDataRefuses(t *testing.T) {
	js, err := specGoldenSpec().TypedDataJSON(specGoldenChainID)
	if err != nil {
		t.Fatal(err)
	}
	parse := func() apitypes.TypedData {
		var td apitypes.TypedData
		if err := json.Unmarshal(js, &td); err != nil {
			t.Fatal(err)
		}
		return td
	}
	cases := []struct {
		name   string
		mutate func(*apitypes.TypedData)
		want   string
	}{
		{"primary type", func(td *apitypes.TypedData) { td.PrimaryType = "Mail" }, `primaryType is "Mail"`},
		{"extra type", func(td *apitypes.TypedData) { td.Types["Extra"] = []apitypes.Type{{Name: "a", Type: "string"}} }, "want exactly EIP712Domain and JobSpec"},
		{"field type", func(td *apitypes.TypedData) { td.Types["JobSpec"][1].Type = "uint256" }, "type JobSpec differs"},
		{"field order", func(td *apitypes.TypedData) {
			f := td.Types["JobSpec"]
			f[0], f[1] = f[1], f[0]
		}, "type JobSpec differs"},
		{"domain type", func(td *apitypes.TypedData) {
			td.Types["EIP712Domain"] = append(td.Types["EIP712Domain"], apitypes.Type{Name: "salt", Type: "bytes32"})
		}, "type EIP712Domain differs"},
		{"domain name", func(td *apitypes.TypedData) { td.Domain.Name = "other" }, `domain is "other"`},
		{"domain version", func(td *apitypes.TypedData) { td.Domain.Version = "9" }, `version "9", want "skyops" version "8"`},
		// What skyops made before paymentToken: version "7".
		{"version 7", func(td *apitypes.TypedData) {
			td.Domain.Version = "7"
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-1]
			delete(td.Message, "paymentToken")
		}, `version "7", want "skyops" version "8" (make the typed data again`},
		// What skyops made before the placement filters: version "3".
		{"version 3", func(td *apitypes.TypedData) {
			td.Domain.Version = "3"
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-6]
			for _, k := range []string{"region", "minReputation", "minUptimePct", "maxLatencyMs", "dataLocal", "resultsKey"} {
				delete(td.Message, k)
			}
		}, `version "3", want "skyops" version "8" (make the typed data again`},
		// What skyops made before the latency bound: version "4".
		{"version 4", func(td *apitypes.TypedData) {
			td.Domain.Version = "4"
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-3]
			delete(td.Message, "maxLatencyMs")
			delete(td.Message, "dataLocal")
			delete(td.Message, "resultsKey")
		}, `version "4", want "skyops" version "8" (make the typed data again`},
		// What skyops made before dataLocal: version "5".
		{"version 5", func(td *apitypes.TypedData) {
			td.Domain.Version = "5"
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-2]
			delete(td.Message, "dataLocal")
			delete(td.Message, "resultsKey")
		}, `version "5", want "skyops" version "8" (make the typed data again`},
		// What skyops made before resultsKey: version "6".
		{"version 6", func(td *apitypes.TypedData) {
			td.Domain.Version = "6"
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-1]
			delete(td.Message, "resultsKey")
		}, `version "6", want "skyops" version "8" (make the typed data again`},
		{"version 7 without the filters", func(td *apitypes.TypedData) {
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-6]
		}, "type JobSpec differs"},
		{"version 7 without resultsKey", func(td *apitypes.TypedData) {
			td.Types["JobSpec"] = td.Types["JobSpec"][:len(td.Types["JobSpec"])-1]
			delete(td.Message, "resultsKey")
		}, "type JobSpec differs"},
		{"missing resultsKey", func(td *apitypes.TypedData) { delete(td.Message, "resultsKey") }, `lacks "resultsKey"`},
		{"resultsKey type", func(td *apitypes.TypedData) { td.Message["resultsKey"] = 1.0 }, `"resultsKey": is float64`},
		{"missing paymentToken", func(td *apitypes.TypedData) { delete(td.Message, "paymentToken") }, `lacks "paymentToken"`},
		{"missing dataLocal", func(td *apitypes.TypedData) { delete(td.Message, "dataLocal") }, `lacks "dataLocal"`},
		{"missing maxLatencyMs", func(td *apitypes.TypedData) { delete(td.Message, "maxLatencyMs") }, `lacks "maxLatencyMs"`},
		// What an older skyops made: version "1", without networkAccess.
		{"version 1", func(td *apitypes.TypedData) {
			td.Domain.Version = "1"
			td.Types["JobSpec"] = slices.DeleteFunc(td.Types["JobSpec"], func(f apitypes.Type) bool { return f.Name == "networkAccess" })
			delete(td.Message, "networkAccess")
		}, `version "1", want "skyops" version "8" (make the typed data again`},
		{"missing bool", func(td *apitypes.TypedData) { delete(td.Message, "networkAccess") }, `lacks "networkAccess"`},
		{"missing region", func(td *apitypes.TypedData) { delete(td.Message, "region") }, `lacks "region"`},
		{"missing minUptimePct", func(td *apitypes.TypedData) { delete(td.Message, "minUptimePct") }, `lacks "minUptimePct"`},
		{"region type", func(td *apitypes.TypedData) { td.Message["region"] = 1.0 }, `"region": is float64`},
		{"minReputation overflow", func(td *apitypes.TypedData) { td.Message["minReputation"] = "4294967296" }, `"minReputation": 4294967296 does not fit uint32`},
		{"minUptimePct negative", func(td *apitypes.TypedData) { td.Message["minUptimePct"] = "-1" }, `"minUptimePct": -1 does not fit uint32`},
		{"bool as string", func(td *apitypes.TypedData) { td.Message["networkAccess"] = "true" }, `"networkAccess": is string, want true or false`},
		{"bool as number", func(td *apitypes.TypedData) { td.Message["networkAccess"] = 1.0 }, `"networkAccess": is float64`},
		{"no chain", func(td *apitypes.TypedData) { td.Domain.ChainId = nil }, "no chainId"},
		{"contract", func(td *apitypes.TypedData) {
			td.Domain.VerifyingContract = "0x0000000000000000000000000000000000000001"
		}, "verifyingContract"},
		{"missing member", func(td *apitypes.TypedData) { delete(td.Message, "nonce") }, `lacks "nonce"`},
		{"extra member", func(td *apitypes.TypedData) { td.Message["owner"] = "x" }, `unknown member "owner"`},
		{"string type", func(td *apitypes.TypedData) { td.Message["network"] = 5.0 }, `"network": is float64`},
		{"array type", func(td *apitypes.TypedData) { td.Message["args"] = "x" }, `"args": is string`},
		{"array item", func(td *apitypes.TypedData) { td.Message["env"] = []any{"A=1", 2.0} }, `item 1 is float64`},
		{"uint32 overflow", func(td *apitypes.TypedData) { td.Message["gpuCount"] = "4294967296" }, "does not fit uint32"},
		{"negative", func(td *apitypes.TypedData) { td.Message["ramMiB"] = "-1" }, "does not fit uint64"},
		{"float", func(td *apitypes.TypedData) { td.Message["ramMiB"] = 1.5 }, "not a whole number"},
		{"big float", func(td *apitypes.TypedData) { td.Message["nonce"] = 1e17 }, "below 2^53"},
		{"not a number", func(td *apitypes.TypedData) { td.Message["diskMiB"] = "ten" }, `"ten" is not an integer`},
	}
	for _, c := range cases {
		td := parse()
		c.mutate(&td)
		_, _, err := JobSpecFromTypedData(td)
		if !errors.Is(err, ErrNotJobSpec) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want ErrNotJobSpec with %q", c.name, err, c.want)
		}
	}

	// Numbers that wallets may write as JSON numbers or hex are read, and
	// the spec keeps its canonical form.
	td := parse()
	td.Message["ramMiB"] = 65536.0
	td.Message["priceCapWei"] = "0x14d1120d7b160000"
	back, _, err := JobSpecFromTypedData(td)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, specGoldenSpec()) {
		t.Errorf("got %+v", back)
	}
}

func TestValidate(t *testing.T) {
	long := strings.Repeat("a", MaxJobStringBytes+1)
	cases := []struct {
		name   string
		mutate func(*JobSpec)
		want   string
	}{
		{"no network", func(s *JobSpec) { s.Network = "" }, "network is empty"},
		{"long network", func(s *JobSpec) { s.Network = long }, "network is 257 bytes, at most 256 (--network)"},
		{"control char", func(s *JobSpec) { s.Model = "gpt\n2" }, "model holds control character"},
		{"bad utf8", func(s *JobSpec) { s.Framework = "\xff" }, "framework is not valid UTF-8"},
		{"no createdAt", func(s *JobSpec) { s.CreatedAt = 0 }, "createdAt is 0"},
		{"docker with a module size", func(s *JobSpec) { s.Runtime, s.Artifact = "docker", "sha256:"+strings.Repeat("0", 64) }, `nothing to upload`},
		{"docker with a CID for an image", func(s *JobSpec) { s.Runtime, s.ArtifactSize = "docker", 0; s.Artifact = "Not An Image" }, `not a Docker image reference`},
		{"docker with a tag only", func(s *JobSpec) { s.Runtime, s.ArtifactSize = "docker", 0; s.Artifact = "localhost/trainer:1" }, `not pinned to a digest`},
		{"docker with a short digest", func(s *JobSpec) { s.Runtime, s.ArtifactSize = "docker", 0; s.Artifact = "trainer@sha256:abc" }, `is 3 hex digits after sha256:, want 64`},
		{"docker with an uppercase digest", func(s *JobSpec) {
			s.Runtime, s.ArtifactSize = "docker", 0
			s.Artifact = "trainer@sha256:" + strings.Repeat("A", 64)
		}, `want 64 lowercase hex digits`},
		{"docker with another algorithm", func(s *JobSpec) {
			s.Runtime, s.ArtifactSize = "docker", 0
			s.Artifact = "trainer@sha512:" + strings.Repeat("a", 64)
		}, `must be sha256:`},
		{"no runtime", func(s *JobSpec) { s.Runtime = "" }, "runtime is empty"},
		{"other runtime", func(s *JobSpec) { s.Runtime = "lambda" }, `runtime "lambda" is unknown`},
		{"no artifact", func(s *JobSpec) { s.Artifact = "" }, "artifact is empty"},
		{"artifact not cid", func(s *JobSpec) { s.Artifact = "demo.wasm" }, `artifact "demo.wasm" is not a CID`},
		{"artifact cidv0", func(s *JobSpec) { s.Artifact = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG" }, "not a canonical raw sha2-256 CIDv1"},
		{"artifact base58", func(s *JobSpec) {
			c, _ := cid.Decode(s.Artifact)
			s.Artifact, _ = c.StringOfBase('z')
		}, "not a canonical"},
		{"artifact size 0", func(s *JobSpec) { s.ArtifactSize = 0 }, "artifactSize 0"},
		{"artifact too big", func(s *JobSpec) { s.ArtifactSize = MaxArtifactBytes + 1 }, "1 byte to 64 MiB"},
		{"many args", func(s *JobSpec) { s.Args = make([]string, MaxJobArgs+1) }, "args: 257 items, at most 256"},
		{"long arg", func(s *JobSpec) { s.Args = []string{strings.Repeat("x", MaxJobArgBytes+1)} }, "args[0] is 4097 bytes, at most 4096"},
		{"nul arg", func(s *JobSpec) { s.Args = []string{"a\x00b"} }, "args[0] holds control character U+0000"},
		{"many env", func(s *JobSpec) { s.Env = make([]string, MaxJobEnv+1) }, "env: 257 items"},
		{"env no =", func(s *JobSpec) { s.Env = []string{"FOO"} }, `env[0] "FOO" is not KEY=VALUE`},
		{"env bad key", func(s *JobSpec) { s.Env = []string{"1A=x"} }, `"1A" is not a variable name`},
		{"env empty key", func(s *JobSpec) { s.Env = []string{"=x"} }, `"" is not a variable name`},
		{"env twice", func(s *JobSpec) { s.Env = []string{"A=1", "A=2"} }, "env[1]: A is given twice"},
		{"gpus", func(s *JobSpec) { s.GPUCount = 65 }, "gpuCount 65: at most 64"},
		{"model no count", func(s *JobSpec) { s.GPUCount = 0; s.GPUMemMiB = 0 }, `gpuModel "A100" with gpuCount 0`},
		{"mem no count", func(s *JobSpec) { s.GPUCount = 0; s.GPUModel = "" }, "gpuMemMiB is set with gpuCount 0"},
		{"duration 0", func(s *JobSpec) { s.DurationSec = 0 }, "durationSec 0: pass a maximum run time from 1s to 168h (--duration)"},
		{"duration long", func(s *JobSpec) { s.DurationSec = MaxJobDurationSec + 1 }, "durationSec 604801"},
		{"price empty", func(s *JobSpec) { s.PriceCapWei = "" }, "priceCapWei is empty"},
		{"price neg", func(s *JobSpec) { s.PriceCapWei = "-1" }, `priceCapWei "-1" is not a canonical decimal`},
		{"price lead0", func(s *JobSpec) { s.PriceCapWei = "007" }, `"007" is not a canonical`},
		{"price 2^256", func(s *JobSpec) {
			s.PriceCapWei = new(big.Int).Lsh(big.NewInt(1), 256).String()
		}, "2^256 or more"},
		{"many inputs", func(s *JobSpec) {
			s.InputCIDs = nil
			for i := range MaxJobInputs + 1 {
				s.InputCIDs = append(s.InputCIDs, specTestCID(string(rune('a'+i))))
			}
		}, "inputCids: 65 items, at most 64"},
		{"bad input", func(s *JobSpec) { s.InputCIDs = []string{"nope"} }, `inputCids[0] "nope" is not a CID`},
		{"dup input", func(s *JobSpec) { s.InputCIDs = []string{specTestCID("a"), specTestCID("a")} }, "inputCids[1]"},
		{"dup as dataset", func(s *JobSpec) { s.InputCIDs = []string{specDatasetCID, "ipfs://" + specDatasetCID} }, "is given twice"},
		{"dataset v0", func(s *JobSpec) { s.InputCIDs = []string{"ipfs://QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"} }, "a dataset is named by a CIDv1"},
		{"dataset not base32", func(s *JobSpec) {
			s.InputCIDs = []string{"ipfs://zdj7WhuEjrB52m1BisYCtmjH1hSKa7yZ3jEZ9JcXaFRD51wVz"}
		}, "write the CID as bafy"},
		{"dataset not a CID", func(s *JobSpec) { s.InputCIDs = []string{"ipfs://nope"} }, `inputCids[0] "ipfs://nope" is not a CID`},
		{"data local without a dataset", func(s *JobSpec) { s.InputCIDs = []string{specTestCID("a")} }, "dataLocal asks for a node that holds the job's datasets, and it has none"},
		{"network for wasm", func(s *JobSpec) { s.NetworkAccess = true },
			"networkAccess is for docker jobs only, and this is a wasm job: a wasm module has no sockets to use one; run the job as a Docker image (--image REF) to give it a network, or leave out --allow-network"},
		{"network for a process", func(s *JobSpec) {
			s.Runtime, s.Artifact, s.ArtifactSize, s.NetworkAccess = "process", "python3", 0, true
		}, "this is a process job: a process job is not sandboxed and already has the provider's own network"},
		{"min uptime 101", func(s *JobSpec) { s.MinUptimePct = 101 }, "minUptimePct 101: uptime is a percentage; pass 0 to 100 (--min-uptime)"},
		{"min uptime huge", func(s *JobSpec) { s.MinUptimePct = 1 << 31 }, "minUptimePct 2147483648"},
		{"latency in seconds", func(s *JobSpec) { s.MaxLatencyMs = 10_001 }, "maxLatencyMs 10001: the bound is in milliseconds; pass at most 10000, or 0 for no bound (--max-latency)"},
		{"min reputation 3001", func(s *JobSpec) { s.MinReputation = 3001 },
			"minReputation 3001: reputation is on a 0..3000 scale (1000 is neutral, a new node starts at 500); pass at most 3000, or 0 for no minimum (--min-reputation)"},
		{"long region", func(s *JobSpec) { s.Region = strings.Repeat("r", MaxStringLen+1) }, "region is 257 bytes, at most 256"},
		{"region newline", func(s *JobSpec) { s.Region = "eu\nwest" }, `region "eu\nwest" holds unprintable character U+000A`},
		{"region tab", func(s *JobSpec) { s.Region = "eu\twest" }, "unprintable character U+0009"},
		{"region bad utf8", func(s *JobSpec) { s.Region = "eu\xff" }, "region is not valid UTF-8"},
		{"region replacement char", func(s *JobSpec) { s.Region = "eu\ufffd" }, "unprintable character U+FFFD"},
		{"region nbsp", func(s *JobSpec) { s.Region = "eu\u00a0west" }, "unprintable character U+00A0"},
		{"region format char", func(s *JobSpec) { s.Region = "eu\u200bwest" }, "unprintable character U+200B"},
	}
	for _, c := range cases {
		s := specGoldenSpec()
		c.mutate(s)
		err := s.Validate()
		if !errors.Is(err, ErrInvalidJobSpec) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want ErrInvalidJobSpec with %q", c.name, err, c.want)
		}
	}

	// Zero means "no requirement"; CPU-only is a valid job; price 0 is no cap.
	s := specGoldenSpec()
	s.GPUModel, s.GPUCount, s.GPUMemMiB, s.CPUCores, s.RAMMiB, s.DiskMiB = "", 0, 0, 0, 0, 0
	s.PriceCapWei, s.Args, s.Env, s.InputCIDs, s.Model, s.Framework, s.DataLocal = "0", nil, nil, nil, "", "", false
	s.Args = []string{"tab\there", "multi\nline"}
	if err := s.Validate(); err != nil {
		t.Errorf("minimal CPU-only spec: %v", err)
	}
	s.PriceCapWei = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)).String()
	if err := s.Validate(); err != nil {
		t.Errorf("price 2^256-1: %v", err)
	}

	// The placement filters at their bounds; a region as adverts carry
	// them, spaces and any case included.
	s = specGoldenSpec()
	s.MinReputation, s.MinUptimePct = MaxJobMinReputation, MaxJobMinUptimePct
	for _, r := range []string{"", "eu-west", "US East 1", "ap-northeast-1", "Zürich", strings.Repeat("r", MaxStringLen)} {
		s.Region = r
		if err := s.Validate(); err != nil {
			t.Errorf("region %q: %v", r, err)
		}
	}

	// A Docker job may ask for a network, and need not.
	d := specGoldenDockerSpec()
	d.Artifact = "127.0.0.1:5000/trainer:1@sha256:" + strings.Repeat("ab", 32)
	for _, on := range []bool{true, false} {
		d.NetworkAccess = on
		if err := d.Validate(); err != nil {
			t.Errorf("docker job, networkAccess %v: %v", on, err)
		}
	}
}

// A spec whose items are each within limits can still be too big as a
// whole; the JSON cap counts escapes ("<" is written as \u003c).
func TestMaxJobSpecBytes(t *testing.T) {
	s := specGoldenSpec()
	s.Args = make([]string, 30)
	for i := range s.Args {
		s.Args[i] = strings.Repeat("<", MaxJobArgBytes)
	}
	err := s.Validate()
	if !errors.Is(err, ErrInvalidJobSpec) || !strings.Contains(err.Error(), "at most 128 KiB: shorten args or env") {
		t.Fatalf("got %v", err)
	}
	s.Args = s.Args[:4]
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
}

// FuzzJobSpecRegion: a spec accepts exactly the regions an advert may
// carry (checkString "region"), so that a spec never asks for a region no
// node could advertise, nor refuses one a node does.
func FuzzJobSpecRegion(f *testing.F) {
	for _, r := range []string{"", "eu-west", "US East", "eu\nwest", "\xff", "\ufffd", "\u200b", strings.Repeat("x", MaxStringLen+1)} {
		f.Add(r)
	}
	f.Fuzz(func(t *testing.T, r string) {
		specErr := CheckJobRegion(r)
		advErr := checkString("region", r)
		if (specErr == nil) != (advErr == nil) {
			t.Fatalf("region %q: spec says %v, advert says %v", r, specErr, advErr)
		}
		s := specGoldenSpec()
		s.Region = r
		err := s.Validate()
		if (err == nil) != (specErr == nil) || err != nil && !errors.Is(err, ErrInvalidJobSpec) {
			t.Fatalf("region %q: Validate %v, region check %v", r, err, specErr)
		}
	})
}
