package types

import (
	"encoding/binary"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// JobSpec is what a user asks the network to run, signed by the user's
// wallet with EIP-712 typed data (see jobspec_eip712.go). The recovered
// signer is the job's owner; the job id is the EIP-712 digest.
//
// Amounts are integers: memory in MiB, time in seconds, price in wei (as a
// decimal string, because it is a uint256 in the typed data).
type JobSpec struct {
	Network string `json:"network"` // network id the job is for
	// Home is the peer id of the daemon the owner submits through: it
	// alone keeps the job's data key, its inputs and checkpoints, and
	// collects its result. The owner signs it, so no other peer can make
	// itself the job's home.
	Home         string   `json:"home"`
	Nonce        uint64   `json:"nonce"`     // random: two identical submissions are two jobs
	CreatedAt    uint64   `json:"createdAt"` // unix seconds, the signer's clock
	Runtime      string   `json:"runtime"`   // "wasm", "docker" or "process"
	Artifact     string   `json:"artifact"`  // CID of the wasm module (or an image ref)
	ArtifactSize uint64   `json:"artifactSize"`
	Args         []string `json:"args"`
	Env          []string `json:"env"` // KEY=VALUE
	// NetworkAccess gives a Docker job's container a network (Docker's
	// default bridge: outbound connections, e.g. to download weights).
	// False, the default, is no network at all: loopback only. Only
	// runtime "docker" may ask: a wasm module has no sockets, and a
	// process job is not sandboxed (it has the provider's own network
	// whatever the spec says).
	NetworkAccess bool   `json:"networkAccess"`
	Model         string `json:"model"`
	Framework     string `json:"framework"`
	GPUModel      string `json:"gpuModel"`  // "" = any GPU (or none when GPUCount is 0)
	GPUCount      uint32 `json:"gpuCount"`  // 0 = CPU only
	GPUMemMiB     uint64 `json:"gpuMemMiB"` // minimum per GPU
	CPUCores      uint32 `json:"cpuCores"`
	RAMMiB        uint64 `json:"ramMiB"`
	DiskMiB       uint64 `json:"diskMiB"`
	DurationSec   uint64 `json:"durationSec"` // maximum run time
	PriceCapWei   string `json:"priceCapWei"` // max price per GPU-hour; "0" = no cap
	// InputCIDs are the job's inputs, each staged at inputs/<CID> before
	// it runs. A bare CID is a file the owner uploaded with the job,
	// sealed with its data key and kept by its home; "ipfs://CID" is a
	// dataset: public content (a UnixFS file, kubo's `ipfs add
	// --cid-version 1` CID) fetched from whichever peers provide it —
	// skyops nodes or any IPFS node — and what the locality factor counts.
	InputCIDs []string `json:"inputCids"`
	// DataLocal places the job only on a node that already holds every
	// dataset input (lists it in its advert): the data does not move.
	DataLocal bool `json:"dataLocal"`
	// Placement filters: only nodes that meet them are placed on or may
	// claim the job. Region "" is any region; otherwise the node's
	// advertised region must equal it, case-insensitively. MinReputation
	// is on the network's 0..3000 scale (1000 is neutral, a new node starts
	// at 500), 0 = no minimum beyond the network's floor. MinUptimePct is
	// the share of recent epochs the node advertised in, 0..100.
	Region        string `json:"region"`
	MinReputation uint32 `json:"minReputation"`
	MinUptimePct  uint32 `json:"minUptimePct"`
	// MaxLatencyMs bounds the round-trip time, in milliseconds, between
	// the executor and the job's home, as estimated from their network
	// coordinates (see sched.EstimateRTT); 0 = no bound. A node whose
	// estimate exceeds it, or that states no coordinate, is not placed on.
	MaxLatencyMs uint32 `json:"maxLatencyMs"`
	// ResultsKey, when set, is the public key the job's outputs and logs
	// are sealed to instead of the owner's wallet key: 0x and a 33-byte
	// compressed secp256k1 point, derived from the owner's signature of a
	// fixed message (see resultskey.go), so a browser wallet opens them.
	ResultsKey string `json:"resultsKey,omitempty"`
	// PaymentToken is what the job is paid in from the owner's escrow
	// account: "ETH" (also "", the default) or "SKYOPS". The owner signs
	// it, so no executor can charge the job in another token.
	PaymentToken string `json:"paymentToken,omitempty"`
}

// Payment tokens a spec may name.
const (
	PayETH    = "ETH"
	PaySKYOPS = "SKYOPS"
)

// HeldCores are the cores a job holds on its node: the spec's, at least
// one (every job occupies at least one core's worth of a node). Placement
// reserves them, and a CPU-only run's receipt bills them.
func (s *JobSpec) HeldCores() uint32 { return max(s.CPUCores, 1) }

// PaysIn is the spec's payment token: PayETH or PaySKYOPS ("" is ETH).
func (s *JobSpec) PaysIn() string {
	if s.PaymentToken == "" {
		return PayETH
	}
	return s.PaymentToken
}

// ForwardScheme prefixes an input that is another job's forwarded
// outputs: the package its executor encrypted with the workflow's data
// key (JobEvent.ForwardCID). Only the brain adds such inputs, to the jobs
// of a workflow (docs/orchestration.md); an owner's spec cannot name one.
const ForwardScheme = "forward://"

// WorkflowJobID is the job id of try `try` (0 first) of instance `index`
// of the workflow whose digest is workflow.
func WorkflowJobID(workflow common.Hash, index, try uint32) common.Hash {
	var b [8]byte
	binary.BigEndian.PutUint32(b[:4], index)
	binary.BigEndian.PutUint32(b[4:], try)
	return crypto.Keccak256Hash([]byte("skyops-workflow-job"), workflow[:], b[:])
}

// DatasetScheme prefixes an input that is a dataset (public content
// fetched from the network) rather than a file uploaded with the job.
const DatasetScheme = "ipfs://"

// DatasetCID splits an input into its CID and whether it is a dataset
// ("ipfs://CID").
func DatasetCID(input string) (string, bool) {
	if c, ok := strings.CutPrefix(input, DatasetScheme); ok {
		return c, true
	}
	return input, false
}
