package types

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multihash"
)

// Limits of a job spec. They bound what one signed spec can make every
// peer store and forward.
const (
	MaxJobArgs        = 256
	MaxJobArgBytes    = 4 << 10 // per argument, and per env entry
	MaxJobEnv         = 256
	MaxJobStringBytes = 256 // every other string
	MaxJobInputs      = 64
	MaxArtifactBytes  = 64 << 20
	MaxJobDurationSec = 7 * 24 * 3600
	MaxJobGPUs        = 64
	RuntimeWasm       = "wasm"
	RuntimeDocker     = "docker"
	RuntimeProcess    = "process"

	// MaxJobRegionBytes is the longest region a spec may ask for: an
	// advert's region is at most as long (MaxStringLen), so a longer one
	// could match no node.
	MaxJobRegionBytes = MaxStringLen
	// MaxJobMinReputation is the top of the reputation scale (1000 is
	// neutral, a new node starts at 500): a higher minimum no node meets.
	MaxJobMinReputation = 3000
	// MaxJobMinUptimePct: uptime is a percentage.
	MaxJobMinUptimePct = 100
	// MaxJobMaxLatencyMs is the loosest latency bound a spec may state:
	// 10 s, more than any round trip on this planet, so a larger bound is
	// a mistake (seconds for milliseconds), not a wish.
	MaxJobMaxLatencyMs = 10_000

	// MaxJobSpecBytes caps the JSON encoding of the whole spec. It binds
	// before the per-item limits do (256 args of 4 KiB would be 1 MiB), and
	// keeps a spec with its signature well inside one signed job event
	// (MaxJobEventSize, 256 KiB).
	MaxJobSpecBytes = 128 << 10
)

// networkAccessWhyNot says, per runtime, why networkAccess cannot be asked
// for: only a Docker container is both sandboxed and able to be given a
// network.
var networkAccessWhyNot = map[string]string{
	RuntimeWasm:    "a wasm module has no sockets to use one",
	RuntimeProcess: "a process job is not sandboxed and already has the provider's own network, so there is nothing to grant",
}

// ErrInvalidJobSpec is wrapped by every error Validate returns.
var ErrInvalidJobSpec = errors.New("invalid job spec")

// Validate checks that the spec is one the network runs. Its errors name
// the field (as in the JSON) and what to pass instead, with the
// submit-task flag in parentheses.
//
// Zero means "no requirement" for gpuMemMiB, cpuCores, ramMiB and diskMiB,
// and "CPU only" for gpuCount; a priceCapWei of "0" means no cap. Whether a
// GPU model exists is a placement matter, not a validity one.
func (s *JobSpec) Validate() error {
	if err := s.validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidJobSpec, err)
	}
	return nil
}

// imageRefRE is the shape of a Docker image reference: name[:tag][@digest],
// lowercase path components; the engine has the last word.
var imageRefRE = regexp.MustCompile(`^[a-z0-9]+([._/:-][a-z0-9]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$`)

func (s *JobSpec) validate() error {
	for _, f := range []struct{ name, v, flag string }{
		{"network", s.Network, "--network"},
		{"home", s.Home, "--home"},
		{"runtime", s.Runtime, ""},
		{"artifact", s.Artifact, "--wasm"},
		{"model", s.Model, "--model"},
		{"framework", s.Framework, "--framework"},
		{"gpuModel", s.GPUModel, "--gpu"},
		{"priceCapWei", s.PriceCapWei, "--price-cap"},
	} {
		if err := specCheckString(f.name, f.v, MaxJobStringBytes, false); err != nil {
			return specWithFlag(err, f.flag)
		}
	}
	if s.Network == "" {
		return errors.New("network is empty: pass the network id the job is for (--network)")
	}
	if s.Home == "" {
		return errors.New("home is empty: name the peer id of the daemon you submit through (skyops id; --home)")
	}
	if _, err := peer.Decode(s.Home); err != nil {
		return fmt.Errorf("home %q is not a peer id (%v): name the daemon you submit through (skyops id; --home)", s.Home, err)
	}
	if s.CreatedAt == 0 {
		return errors.New("createdAt is 0: set it to the unix time of signing")
	}
	switch s.Runtime {
	case RuntimeWasm:
		if err := specCheckArtifact(s.Artifact); err != nil {
			return err
		}
		if s.ArtifactSize == 0 || s.ArtifactSize > MaxArtifactBytes {
			return fmt.Errorf("artifactSize %d: the wasm module must be 1 byte to %d MiB", s.ArtifactSize, MaxArtifactBytes>>20)
		}
	case RuntimeDocker:
		if _, err := ParseImageRef(s.Artifact); err != nil {
			return fmt.Errorf("artifact: %w", err)
		}
		if s.ArtifactSize != 0 {
			return fmt.Errorf("artifactSize %d: a Docker job names an image the executor has; there is nothing to upload", s.ArtifactSize)
		}
	case RuntimeProcess:
		if s.Artifact == "" || strings.ContainsAny(s.Artifact, " \t\n\x00") {
			return fmt.Errorf("artifact %q is not a command (a program name or absolute path on the executor): pass --process", s.Artifact)
		}
		if s.ArtifactSize != 0 {
			return fmt.Errorf("artifactSize %d: a process job names a program the executor has; there is nothing to upload", s.ArtifactSize)
		}
	case "":
		return errors.New(`runtime is empty: use wasm (--wasm FILE) or docker (--image REF)`)
	default:
		return fmt.Errorf("runtime %q is unknown: use wasm (--wasm FILE) or docker (--image REF)", s.Runtime)
	}
	if s.NetworkAccess && s.Runtime != RuntimeDocker {
		return fmt.Errorf("networkAccess is for docker jobs only, and this is a %s job: %s; "+
			"run the job as a Docker image (--image REF) to give it a network, or leave out --allow-network",
			s.Runtime, networkAccessWhyNot[s.Runtime])
	}
	if len(s.Args) > MaxJobArgs {
		return fmt.Errorf("args: %d items, at most %d", len(s.Args), MaxJobArgs)
	}
	for i, a := range s.Args {
		if err := specCheckString(fmt.Sprintf("args[%d]", i), a, MaxJobArgBytes, true); err != nil {
			return err
		}
	}
	if err := specCheckEnv(s.Env); err != nil {
		return err
	}
	if s.GPUCount > MaxJobGPUs {
		return fmt.Errorf("gpuCount %d: at most %d GPUs per job (--gpus)", s.GPUCount, MaxJobGPUs)
	}
	if s.GPUCount == 0 && s.GPUModel != "" {
		return fmt.Errorf("gpuModel %q with gpuCount 0: ask for at least 1 GPU (--gpus N), or no GPU model for a CPU-only job", s.GPUModel)
	}
	if s.GPUCount == 0 && s.GPUMemMiB != 0 {
		return errors.New("gpuMemMiB is set with gpuCount 0: ask for at least 1 GPU (--gpus N), or no GPU memory for a CPU-only job")
	}
	if s.DurationSec == 0 || s.DurationSec > MaxJobDurationSec {
		return fmt.Errorf("durationSec %d: pass a maximum run time from 1s to 168h (--duration)", s.DurationSec)
	}
	if _, err := specParseWei(s.PriceCapWei); err != nil {
		return fmt.Errorf("priceCapWei %v: pass the cap in wei as a decimal, or \"0\" for no cap (--price-cap ETH)", err)
	}
	if err := CheckJobRegion(s.Region); err != nil {
		return err
	}
	if s.MinReputation > MaxJobMinReputation {
		return fmt.Errorf("minReputation %d: reputation is on a 0..%d scale (1000 is neutral, a new node starts at 500); pass at most %d, or 0 for no minimum (--min-reputation)",
			s.MinReputation, MaxJobMinReputation, MaxJobMinReputation)
	}
	if s.MinUptimePct > MaxJobMinUptimePct {
		return fmt.Errorf("minUptimePct %d: uptime is a percentage; pass 0 to %d (--min-uptime)", s.MinUptimePct, MaxJobMinUptimePct)
	}
	if s.MaxLatencyMs > MaxJobMaxLatencyMs {
		return fmt.Errorf("maxLatencyMs %d: the bound is in milliseconds; pass at most %d, or 0 for no bound (--max-latency)", s.MaxLatencyMs, MaxJobMaxLatencyMs)
	}
	if s.ResultsKey != "" {
		if _, err := ParseResultsKey(s.ResultsKey); err != nil {
			return fmt.Errorf("%v; or leave it out to seal results to the owner's wallet key (--results-key=false)", err)
		}
	}
	if s.PaymentToken != "" && s.PaymentToken != PayETH && s.PaymentToken != PaySKYOPS {
		return fmt.Errorf("paymentToken %q: pay in %s or %s (--pay)", s.PaymentToken, PayETH, PaySKYOPS)
	}
	if len(s.InputCIDs) > MaxJobInputs {
		return fmt.Errorf("inputCids: %d items, at most %d (--input)", len(s.InputCIDs), MaxJobInputs)
	}
	seen := make(map[string]bool, len(s.InputCIDs))
	for i, c := range s.InputCIDs {
		if err := specCheckString(fmt.Sprintf("inputCids[%d]", i), c, MaxJobStringBytes, false); err != nil {
			return err
		}
		id, dataset := DatasetCID(c)
		parsed, err := cid.Decode(id)
		if err != nil {
			return fmt.Errorf("inputCids[%d] %q is not a CID (%v): pass content ids (--input FILE, or --input ipfs://CID for content already in the network)", i, c, err)
		}
		if dataset && parsed.Version() != 1 {
			return fmt.Errorf("inputCids[%d] %q: a dataset is named by a CIDv1 (ipfs add --cid-version 1; ipfs cid format -v 1 converts a v0 CID)", i, c)
		}
		if dataset && parsed.String() != id {
			return fmt.Errorf("inputCids[%d] %q: write the CID as %s (base32), so that every peer compares the same string", i, c, parsed)
		}
		if seen[id] {
			return fmt.Errorf("inputCids[%d] %q is given twice (--input)", i, c)
		}
		seen[id] = true
	}
	if s.DataLocal && !slices.ContainsFunc(s.InputCIDs, func(c string) bool { _, ok := DatasetCID(c); return ok }) {
		return fmt.Errorf("dataLocal asks for a node that holds the job's datasets, and it has none: pass --input ipfs://CID, or drop --data-local")
	}
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encode: %v", err)
	}
	if len(b) > MaxJobSpecBytes {
		return fmt.Errorf("the spec is %d bytes of JSON, at most %d KiB: shorten args or env", len(b), MaxJobSpecBytes>>10)
	}
	return nil
}

func specWithFlag(err error, flag string) error {
	if flag == "" {
		return err
	}
	return fmt.Errorf("%v (%s)", err, flag)
}

// specCheckString refuses what JSON or a process could not carry unchanged:
// invalid UTF-8 (JSON would replace it, and the id with it) and NUL (argv
// and environ end at it). Scalar fields refuse every control character;
// args and env may hold tabs and newlines.
func specCheckString(field, v string, limit int, multiline bool) error {
	if len(v) > limit {
		return fmt.Errorf("%s is %d bytes, at most %d", field, len(v), limit)
	}
	if !utf8.ValidString(v) {
		return fmt.Errorf("%s is not valid UTF-8", field)
	}
	for _, r := range v {
		if r == 0 || unicode.IsControl(r) && !(multiline && (r == '\t' || r == '\n' || r == '\r')) {
			return fmt.Errorf("%s holds control character %U", field, r)
		}
	}
	return nil
}

// CheckJobRegion holds a spec's region to what an advert's region may be
// (checkString in advert.go): at most MaxStringLen bytes of printable
// characters. A region no advert can carry would match no node. "" (any
// region) passes. Its error names the field and the flag (--region).
func CheckJobRegion(r string) error {
	const how = "name a region as nodes advertise it (skyops nodes, e.g. eu-west; any case), or leave it empty for any region (--region)"
	if len(r) > MaxJobRegionBytes {
		return fmt.Errorf("region is %d bytes, at most %d: %s", len(r), MaxJobRegionBytes, how)
	}
	if !utf8.ValidString(r) {
		return fmt.Errorf("region is not valid UTF-8: %s", how)
	}
	for _, c := range r {
		if !unicode.IsPrint(c) || c == unicode.ReplacementChar {
			return fmt.Errorf("region %q holds unprintable character %U: %s", specClip(r), c, how)
		}
	}
	return nil
}

func specCheckEnv(env []string) error {
	if len(env) > MaxJobEnv {
		return fmt.Errorf("env: %d items, at most %d (--env)", len(env), MaxJobEnv)
	}
	seen := make(map[string]bool, len(env))
	for i, e := range env {
		field := fmt.Sprintf("env[%d]", i)
		if err := specCheckString(field, e, MaxJobArgBytes, true); err != nil {
			return err
		}
		k, _, ok := strings.Cut(e, "=")
		if !ok {
			return fmt.Errorf("%s %q is not KEY=VALUE (--env KEY=VALUE)", field, specClip(e))
		}
		if !IsEnvKey(k) {
			return fmt.Errorf("%s: %q is not a variable name: use letters, digits and _, not starting with a digit (--env KEY=VALUE)", field, specClip(k))
		}
		if seen[k] {
			return fmt.Errorf("%s: %s is given twice (--env)", field, k)
		}
		seen[k] = true
	}
	return nil
}

// IsEnvKey reports whether k may name an environment variable of a job:
// letters, digits and underscores, not starting with a digit.
func IsEnvKey(k string) bool {
	if k == "" {
		return false
	}
	for i, r := range k {
		switch {
		case r == '_', r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

func specClip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// specCheckArtifact accepts exactly the CID submit-task computes: CIDv1, raw
// codec, sha2-256, in its canonical base32 string. One module has one such
// string, so the daemon compares CIDs as strings.
func specCheckArtifact(s string) error {
	const want = "pass the CIDv1 (raw, sha2-256, base32) of the wasm module, as skyops submit-task --wasm FILE computes it"
	if s == "" {
		return fmt.Errorf("artifact is empty: %s", want)
	}
	c, err := cid.Decode(s)
	if err != nil {
		return fmt.Errorf("artifact %q is not a CID (%v): %s", s, err, want)
	}
	if c.Version() != 1 || c.Type() != cid.Raw || c.Prefix().MhType != multihash.SHA2_256 || c.String() != s {
		return fmt.Errorf("artifact %q is not a canonical raw sha2-256 CIDv1: %s", s, want)
	}
	return nil
}

// specParseWei reads a canonical decimal uint256: digits only, no sign, no
// leading zero (so "0" is the only zero), below 2^256.
func specParseWei(s string) (*big.Int, error) {
	if s == "" {
		return nil, errors.New(`is empty, want a decimal number of wei ("0" for none)`)
	}
	if len(s) > 78 || !digits(s) || len(s) > 1 && s[0] == '0' {
		return nil, fmt.Errorf("%q is not a canonical decimal number of wei", specClip(s))
	}
	b, _ := new(big.Int).SetString(s, 10)
	if b.BitLen() > 256 {
		return nil, fmt.Errorf("%q is 2^256 or more", specClip(s))
	}
	return b, nil
}
