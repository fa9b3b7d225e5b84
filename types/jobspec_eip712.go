package types

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethmath "github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// A job spec is signed as EIP-712 typed data, so that any Ethereum wallet
// (MetaMask's eth_signTypedData_v4, a hardware wallet, geth's clef) can show
// the user what they sign and sign it, and a contract can ecrecover it.
//
// The domain is {name: "skyops", version: "8", chainId}: the chain id keeps
// a spec signed for a dev chain from being valid on mainnet. There is no
// verifyingContract (no contract verifies specs yet); adding one later is a
// new domain version.
const (
	JobSpecDomainName = "skyops"
	// JobSpecDomainVersion is "8" since paymentToken joined the type
	// (after resultsKey in "7", dataLocal in "6", maxLatencyMs in "5", region, minReputation and
	// minUptimePct in "4", home in "3" and networkAccess in "2"); older
	// specs are no longer read.
	JobSpecDomainVersion = "8"
	JobSpecPrimaryType   = "JobSpec"
)

// jobSpecFields is the EIP-712 type of JobSpec. Its order is part of the
// type hash: adding, removing, reordering, renaming or retyping a field
// changes every job id and needs a new domain version.
func jobSpecFields() []apitypes.Type {
	return []apitypes.Type{
		{Name: "network", Type: "string"},
		{Name: "home", Type: "string"},
		{Name: "nonce", Type: "uint64"},
		{Name: "createdAt", Type: "uint64"},
		{Name: "runtime", Type: "string"},
		{Name: "artifact", Type: "string"},
		{Name: "artifactSize", Type: "uint64"},
		{Name: "args", Type: "string[]"},
		{Name: "env", Type: "string[]"},
		{Name: "networkAccess", Type: "bool"},
		{Name: "model", Type: "string"},
		{Name: "framework", Type: "string"},
		{Name: "gpuModel", Type: "string"},
		{Name: "gpuCount", Type: "uint32"},
		{Name: "gpuMemMiB", Type: "uint64"},
		{Name: "cpuCores", Type: "uint32"},
		{Name: "ramMiB", Type: "uint64"},
		{Name: "diskMiB", Type: "uint64"},
		{Name: "durationSec", Type: "uint64"},
		{Name: "priceCapWei", Type: "uint256"},
		{Name: "inputCids", Type: "string[]"},
		{Name: "region", Type: "string"},
		{Name: "minReputation", Type: "uint32"},
		{Name: "minUptimePct", Type: "uint32"},
		{Name: "maxLatencyMs", Type: "uint32"},
		{Name: "dataLocal", Type: "bool"},
		{Name: "resultsKey", Type: "string"},
		{Name: "paymentToken", Type: "string"},
	}
}

func specDomainFields() []apitypes.Type {
	return []apitypes.Type{
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
	}
}

// jobSpecTypes is the whole "types" member of the typed data; it is built
// afresh on every call because callers may modify what they get.
func jobSpecTypes() apitypes.Types {
	return apitypes.Types{
		"EIP712Domain":     specDomainFields(),
		JobSpecPrimaryType: jobSpecFields(),
	}
}

// TypedData returns the spec as EIP-712 typed data for chainID. Integers go
// into the message as decimal strings: a random uint64 nonce does not fit a
// JavaScript number, and apitypes and every wallet accept decimal strings.
func (s *JobSpec) TypedData(chainID uint64) apitypes.TypedData {
	return apitypes.TypedData{
		Types:       jobSpecTypes(),
		PrimaryType: JobSpecPrimaryType,
		Domain: apitypes.TypedDataDomain{
			Name:    JobSpecDomainName,
			Version: JobSpecDomainVersion,
			ChainId: (*gethmath.HexOrDecimal256)(new(big.Int).SetUint64(chainID)),
		},
		Message: apitypes.TypedDataMessage{
			"network":       s.Network,
			"home":          s.Home,
			"nonce":         specU64(s.Nonce),
			"createdAt":     specU64(s.CreatedAt),
			"runtime":       s.Runtime,
			"artifact":      s.Artifact,
			"artifactSize":  specU64(s.ArtifactSize),
			"args":          specAnySlice(s.Args),
			"env":           specAnySlice(s.Env),
			"networkAccess": s.NetworkAccess,
			"model":         s.Model,
			"framework":     s.Framework,
			"gpuModel":      s.GPUModel,
			"gpuCount":      specU64(uint64(s.GPUCount)),
			"gpuMemMiB":     specU64(s.GPUMemMiB),
			"cpuCores":      specU64(uint64(s.CPUCores)),
			"ramMiB":        specU64(s.RAMMiB),
			"diskMiB":       specU64(s.DiskMiB),
			"durationSec":   specU64(s.DurationSec),
			"priceCapWei":   s.PriceCapWei,
			"inputCids":     specAnySlice(s.InputCIDs),
			"region":        s.Region,
			"minReputation": specU64(uint64(s.MinReputation)),
			"minUptimePct":  specU64(uint64(s.MinUptimePct)),
			"maxLatencyMs":  specU64(uint64(s.MaxLatencyMs)),
			"dataLocal":     s.DataLocal,
			"resultsKey":    s.ResultsKey,
			"paymentToken":  s.PaymentToken,
		},
	}
}

func specU64(v uint64) string { return strconv.FormatUint(v, 10) }

// specAnySlice gives arrays the shape json.Unmarshal gives them ([]any, never
// nil: apitypes refuses a nil array), so that a spec's typed data and its
// JSON round trip are the same value.
func specAnySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Digest is the EIP-712 hash of the spec for chainID: what
// eth_signTypedData_v4 signs, and the job's id.
func (s *JobSpec) Digest(chainID uint64) (common.Hash, error) {
	// apitypes would read "", "0x10" or "010" as numbers too; one spec must
	// have one id, so only the canonical decimal is hashed.
	if _, err := specParseWei(s.PriceCapWei); err != nil {
		return common.Hash{}, fmt.Errorf("%w: priceCapWei %v", ErrMalformed, err)
	}
	h, _, err := apitypes.TypedDataAndHash(s.TypedData(chainID))
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: job spec typed data: %v", ErrMalformed, err)
	}
	return common.BytesToHash(h), nil
}

// ID is the job id: "0x" and the hex of Digest.
func (s *JobSpec) ID(chainID uint64) (string, error) {
	d, err := s.Digest(chainID)
	if err != nil {
		return "", err
	}
	return d.Hex(), nil
}

// SignJobSpec signs the spec's digest with signer and returns the 65-byte
// [R || S || V] signature with V as 27 or 28, as wallets give it.
func SignJobSpec(s *JobSpec, chainID uint64, signer Signer) ([]byte, error) {
	d, err := s.Digest(chainID)
	if err != nil {
		return nil, err
	}
	sig, err := signer.Sign(d[:])
	if err != nil {
		return nil, fmt.Errorf("sign job spec: %w", err)
	}
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("sign job spec: signer gave %d bytes, want %d", len(sig), crypto.SignatureLength)
	}
	sig = slices.Clone(sig)
	if sig[64] < 27 {
		sig[64] += 27
	}
	// A signer that hashed again (personal_sign style) would make a valid
	// signature by some other address; catch it here, not at the daemon.
	owner, err := RecoverJobOwner(s, chainID, sig)
	if err != nil {
		return nil, fmt.Errorf("sign job spec: %w", err)
	}
	if owner != signer.Address() {
		return nil, fmt.Errorf("sign job spec: signature recovers to %s, not the signer %s", owner.Hex(), signer.Address().Hex())
	}
	return sig, nil
}

// RecoverJobOwner returns the address whose key signed the spec for chainID.
// V may be 0/1 or 27/28; a high-S (malleable) signature is refused so that
// one signed spec has exactly one valid signature.
func RecoverJobOwner(s *JobSpec, chainID uint64, sig []byte) (common.Address, error) {
	pub, err := RecoverJobOwnerKey(s, chainID, sig)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// RecoverJobOwnerKey is RecoverJobOwner returning the owner's public key:
// what results are encrypted to (ECIES), so that only the owner's wallet
// opens them.
func RecoverJobOwnerKey(s *JobSpec, chainID uint64, sig []byte) (*ecdsa.PublicKey, error) {
	if len(sig) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d ([R || S || V])", ErrBadSignature, len(sig), crypto.SignatureLength)
	}
	d, err := s.Digest(chainID)
	if err != nil {
		return nil, err
	}
	return recoverDigestKey(d, sig)
}

var specHalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// ParseSignatureHex reads a 65-byte signature written as hex, with or
// without 0x (wallets and tools differ).
func ParseSignatureHex(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		s = "0x" + s
	}
	b, err := hexutil.Decode("0x" + s[2:])
	if err != nil {
		return nil, fmt.Errorf("%w: signature is not hex: %v", ErrBadSignature, err)
	}
	if len(b) != crypto.SignatureLength {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d ([R || S || V])", ErrBadSignature, len(b), crypto.SignatureLength)
	}
	return b, nil
}

// specTypedDataWire is the JSON that eth_signTypedData_v4 takes. apitypes'
// own encoding writes `"verifyingContract":"","salt":""` into the domain,
// which some wallets refuse as an invalid address; this writes only the
// domain members that the EIP712Domain type declares, and the message
// members in the type's order, so that people can read what they sign.
type specTypedDataWire struct {
	Types       apitypes.Types  `json:"types"`
	PrimaryType string          `json:"primaryType"`
	Domain      specDomainWire  `json:"domain"`
	Message     specMessageWire `json:"message"`
}

type specDomainWire struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	ChainID uint64 `json:"chainId"` // a JSON number: wallets compare it with the chain they are on
}

type specMessageWire struct {
	Network       string   `json:"network"`
	Home          string   `json:"home"`
	Nonce         uint64   `json:"nonce,string"`
	CreatedAt     uint64   `json:"createdAt,string"`
	Runtime       string   `json:"runtime"`
	Artifact      string   `json:"artifact"`
	ArtifactSize  uint64   `json:"artifactSize,string"`
	Args          []string `json:"args"`
	Env           []string `json:"env"`
	NetworkAccess bool     `json:"networkAccess"` // a JSON true or false, as wallets take a bool
	Model         string   `json:"model"`
	Framework     string   `json:"framework"`
	GPUModel      string   `json:"gpuModel"`
	GPUCount      uint32   `json:"gpuCount,string"`
	GPUMemMiB     uint64   `json:"gpuMemMiB,string"`
	CPUCores      uint32   `json:"cpuCores,string"`
	RAMMiB        uint64   `json:"ramMiB,string"`
	DiskMiB       uint64   `json:"diskMiB,string"`
	DurationSec   uint64   `json:"durationSec,string"`
	PriceCapWei   string   `json:"priceCapWei"`
	InputCIDs     []string `json:"inputCids"`
	Region        string   `json:"region"`
	MinReputation uint32   `json:"minReputation,string"`
	MinUptimePct  uint32   `json:"minUptimePct,string"`
	MaxLatencyMs  uint32   `json:"maxLatencyMs,string"`
	DataLocal     bool     `json:"dataLocal"`
	ResultsKey    string   `json:"resultsKey"`
	PaymentToken  string   `json:"paymentToken"`
}

// TypedDataJSON is the spec's typed data for chainID as JSON, exactly as
// eth_signTypedData_v4 takes it. json.Unmarshal into apitypes.TypedData
// gives back typed data with the same digest (tests prove it).
func (s *JobSpec) TypedDataJSON(chainID uint64) ([]byte, error) {
	if _, err := specParseWei(s.PriceCapWei); err != nil {
		return nil, fmt.Errorf("%w: priceCapWei %v", ErrMalformed, err)
	}
	orEmpty := func(ss []string) []string {
		if ss == nil {
			return []string{} // apitypes refuses null where an array is typed
		}
		return ss
	}
	w := specTypedDataWire{
		Types:       jobSpecTypes(),
		PrimaryType: JobSpecPrimaryType,
		Domain:      specDomainWire{Name: JobSpecDomainName, Version: JobSpecDomainVersion, ChainID: chainID},
		Message: specMessageWire{
			Network: s.Network, Home: s.Home, Nonce: s.Nonce, CreatedAt: s.CreatedAt,
			Runtime: s.Runtime, Artifact: s.Artifact, ArtifactSize: s.ArtifactSize,
			Args: orEmpty(s.Args), Env: orEmpty(s.Env), NetworkAccess: s.NetworkAccess,
			Model: s.Model, Framework: s.Framework,
			GPUModel: s.GPUModel, GPUCount: s.GPUCount, GPUMemMiB: s.GPUMemMiB,
			CPUCores: s.CPUCores, RAMMiB: s.RAMMiB, DiskMiB: s.DiskMiB,
			DurationSec: s.DurationSec, PriceCapWei: s.PriceCapWei,
			InputCIDs: orEmpty(s.InputCIDs),
			Region:    s.Region, MinReputation: s.MinReputation, MinUptimePct: s.MinUptimePct,
			MaxLatencyMs: s.MaxLatencyMs, DataLocal: s.DataLocal, ResultsKey: s.ResultsKey,
			PaymentToken: s.PaymentToken,
		},
	}
	b, err := json.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("encode job spec typed data: %w", err)
	}
	return b, nil
}

// ErrNotJobSpec says that typed data is not a skyops job spec of this
// version: other types, another domain, or members missing or extra.
var ErrNotJobSpec = errors.New("not a skyops job spec")

// JobSpecFromTypedData rebuilds a spec from typed data that a wallet signed
// (e.g. parsed from the JSON given to eth_signTypedData_v4) and returns it
// with the domain's chain id. Typed data whose types, domain or message
// members differ from what TypedData makes is refused: a signature over
// anything else would be a signature over something the daemon cannot read.
func JobSpecFromTypedData(td apitypes.TypedData) (*JobSpec, uint64, error) {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrNotJobSpec, fmt.Sprintf(format, a...))
	}
	if td.PrimaryType != JobSpecPrimaryType {
		return nil, 0, bad("primaryType is %q, want %q", td.PrimaryType, JobSpecPrimaryType)
	}
	// The version first: typed data made by an older skyops differs in its
	// types too, and the version says why.
	d := td.Domain
	if d.Name != JobSpecDomainName || d.Version != JobSpecDomainVersion {
		return nil, 0, bad("domain is %q version %q, want %q version %q (make the typed data again with this skyops: submit-task --dry-run)", d.Name, d.Version, JobSpecDomainName, JobSpecDomainVersion)
	}
	want := jobSpecTypes()
	if len(td.Types) != len(want) {
		return nil, 0, bad("types are %s, want exactly EIP712Domain and JobSpec", specTypeNames(td.Types))
	}
	for name, fields := range want {
		if !slices.Equal(td.Types[name], fields) {
			return nil, 0, bad("type %s differs from skyops JobSpec version %s", name, JobSpecDomainVersion)
		}
	}
	if d.VerifyingContract != "" || d.Salt != "" {
		return nil, 0, bad("domain has a verifyingContract or salt; skyops specs have neither")
	}
	if d.ChainId == nil {
		return nil, 0, bad("domain has no chainId")
	}
	chain := (*big.Int)(d.ChainId)
	if chain.Sign() < 0 || !chain.IsUint64() {
		return nil, 0, bad("chainId %s does not fit 64 bits", chain)
	}
	chainID := chain.Uint64()

	m := td.Message
	fields := jobSpecFields()
	for _, f := range fields {
		if _, ok := m[f.Name]; !ok {
			return nil, 0, bad("message lacks %q", f.Name)
		}
	}
	if len(m) != len(fields) {
		for k := range m {
			if !slices.ContainsFunc(fields, func(f apitypes.Type) bool { return f.Name == k }) {
				return nil, 0, bad("message has unknown member %q", k)
			}
		}
	}
	r := specMsgReader{m: m}
	s := &JobSpec{
		Network:       r.str("network"),
		Home:          r.str("home"),
		Nonce:         r.uint("nonce", 64),
		CreatedAt:     r.uint("createdAt", 64),
		Runtime:       r.str("runtime"),
		Artifact:      r.str("artifact"),
		ArtifactSize:  r.uint("artifactSize", 64),
		Args:          r.strs("args"),
		Env:           r.strs("env"),
		NetworkAccess: r.bool("networkAccess"),
		Model:         r.str("model"),
		Framework:     r.str("framework"),
		GPUModel:      r.str("gpuModel"),
		GPUCount:      uint32(r.uint("gpuCount", 32)),
		GPUMemMiB:     r.uint("gpuMemMiB", 64),
		CPUCores:      uint32(r.uint("cpuCores", 32)),
		RAMMiB:        r.uint("ramMiB", 64),
		DiskMiB:       r.uint("diskMiB", 64),
		DurationSec:   r.uint("durationSec", 64),
		PriceCapWei:   r.wei("priceCapWei"),
		InputCIDs:     r.strs("inputCids"),
		Region:        r.str("region"),
		MinReputation: uint32(r.uint("minReputation", 32)),
		MinUptimePct:  uint32(r.uint("minUptimePct", 32)),
		MaxLatencyMs:  uint32(r.uint("maxLatencyMs", 32)),
		DataLocal:     r.bool("dataLocal"),
		ResultsKey:    r.str("resultsKey"),
		PaymentToken:  r.str("paymentToken"),
	}
	if r.err != nil {
		return nil, 0, fmt.Errorf("%w: %v", ErrNotJobSpec, r.err)
	}
	// The rebuilt spec must hash to exactly what was signed; anything the
	// reader above normalised differently would show here.
	got, err := s.Digest(chainID)
	if err != nil {
		return nil, 0, err
	}
	signed, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, 0, bad("hash typed data: %v", err)
	}
	if common.BytesToHash(signed) != got {
		return nil, 0, bad("typed data does not hash like the spec it describes")
	}
	return s, chainID, nil
}

func specTypeNames(t apitypes.Types) string {
	names := make([]string, 0, len(t))
	for k := range t {
		names = append(names, k)
	}
	slices.Sort(names)
	return "[" + strings.Join(names, " ") + "]"
}

// specMsgReader reads typed-data message members, keeping the first error.
type specMsgReader struct {
	m   apitypes.TypedDataMessage
	err error
}

func (r *specMsgReader) fail(key string, format string, a ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("message member %q: %s", key, fmt.Sprintf(format, a...))
	}
}

func (r *specMsgReader) str(key string) string {
	v, ok := r.m[key].(string)
	if !ok {
		r.fail(key, "is %T, want a string", r.m[key])
	}
	return v
}

func (r *specMsgReader) strs(key string) []string {
	var out []string
	switch v := r.m[key].(type) {
	case []any:
		for i, e := range v {
			s, ok := e.(string)
			if !ok {
				r.fail(key, "item %d is %T, want a string", i, e)
				return nil
			}
			out = append(out, s)
		}
	case []string:
		out = slices.Clone(v)
	default:
		r.fail(key, "is %T, want an array of strings", r.m[key])
	}
	if len(out) == 0 {
		return nil // the same spec as one built without the member
	}
	return out
}

// bool reads a JSON true or false. Strings such as "true" are refused, as
// apitypes refuses them: the digest must be of the value the wallet showed.
func (r *specMsgReader) bool(key string) bool {
	v, ok := r.m[key].(bool)
	if !ok {
		r.fail(key, "is %T, want true or false", r.m[key])
	}
	return v
}

// integer reads a decimal or 0x-hex string, or a JSON number that is a
// whole number a float64 holds exactly, as apitypes does.
func (r *specMsgReader) integer(key string) *big.Int {
	switch v := r.m[key].(type) {
	case string:
		if v == "" {
			r.fail(key, "is empty, want an integer")
			return nil
		}
		b, ok := gethmath.ParseBig256(v)
		if !ok {
			r.fail(key, "%q is not an integer", v)
			return nil
		}
		return b
	case float64:
		if v < 0 || v != math.Trunc(v) || v > 1<<53 {
			r.fail(key, "%v is not a whole number below 2^53 (write big numbers as decimal strings)", v)
			return nil
		}
		return new(big.Int).SetUint64(uint64(v))
	case json.Number:
		b, ok := new(big.Int).SetString(v.String(), 10)
		if !ok {
			r.fail(key, "%s is not an integer", v)
			return nil
		}
		return b
	case *big.Int:
		return v
	case *gethmath.HexOrDecimal256:
		return (*big.Int)(v)
	}
	r.fail(key, "is %T, want an integer", r.m[key])
	return nil
}

func (r *specMsgReader) uint(key string, bits int) uint64 {
	b := r.integer(key)
	if b == nil {
		return 0
	}
	if b.Sign() < 0 || b.BitLen() > bits {
		r.fail(key, "%s does not fit uint%d", b, bits)
		return 0
	}
	return b.Uint64()
}

func (r *specMsgReader) wei(key string) string {
	b := r.integer(key)
	if b == nil {
		return ""
	}
	if b.Sign() < 0 || b.BitLen() > 256 {
		r.fail(key, "%s does not fit uint256", b)
		return ""
	}
	return b.String()
}
