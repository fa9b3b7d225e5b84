package api

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/types"
)

// Identity is GET /v1/id: who this daemon is.
type Identity struct {
	ID        string    `json:"id"`      // libp2p peer id
	Address   string    `json:"address"` // Ethereum address of the same key
	Network   string    `json:"network"`
	ChainID   uint64    `json:"chainId"` // job signatures (EIP-712) are bound to this chain
	Addrs     []string  `json:"addrs"`   // full multiaddrs, each ending in /p2p/<id>
	Agent     string    `json:"agent"`
	DataDir   string    `json:"dataDir"`
	Socket    string    `json:"socket"`
	PID       int       `json:"pid"`
	StartedAt time.Time `json:"startedAt"`
}

// Peer is one item of GET /v1/peers: a live libp2p connection.
type Peer struct {
	ID        string   `json:"id"`
	Addrs     []string `json:"addrs"` // addresses of the open connections
	Direction string   `json:"direction"`
	LatencyMs float64  `json:"latencyMs"` // 0 when not yet measured
	Agent     string   `json:"agent,omitempty"`
	// GossipScore is gossipsub's score of the peer here (0 for one not
	// scored yet): invalid messages drive it down, and below -400 the
	// daemon ignores what the peer relays.
	GossipScore float64 `json:"gossipScore"`
}

// Node is one item of GET /v1/nodes: a node in this daemon's view, as its
// latest advert describes it.
type Node struct {
	ID       string           `json:"id"`
	Address  string           `json:"address"` // Ethereum address
	Self     bool             `json:"self"`
	Addrs    []string         `json:"addrs"`
	GPUs     []types.GPUGroup `json:"gpus"`
	GPUTotal uint32           `json:"gpuTotal"`
	GPUFree  uint32           `json:"gpuFree"`
	// Simulated is true when any GPU of the node comes from a mock fleet.
	Simulated  bool     `json:"simulated"`
	CPUCores   uint32   `json:"cpuCores"`
	CPUFree    uint32   `json:"cpuFree"`
	RAMMiB     uint64   `json:"ramMiB"`
	RAMFreeMiB uint64   `json:"ramFreeMiB"`
	DiskMiB    uint64   `json:"diskMiB"`
	Runtimes   []string `json:"runtimes"`
	// PriceWei is per GPU-hour, in wei, as a decimal string (it can exceed
	// 2^53). PriceETH is the same in ETH, for people.
	PriceWei string `json:"priceWei"`
	PriceETH string `json:"priceETH"`
	// CPUPriceWei and CPUPriceETH are per core-hour: what CPU-only jobs
	// pay ("0" for an advert that names none).
	CPUPriceWei string `json:"cpuPriceWei"`
	CPUPriceETH string `json:"cpuPriceETH"`
	Region      string `json:"region"`
	// Reputation (0..3000: 1000 is neutral, a node with no record 500),
	// UptimePct (the share of recent epochs the node advertised in) and
	// Bonded are what this daemon holds of the node for the current
	// epoch, as placement reads them. Bonded is true when the node may be
	// placed as far as bonds go: it is bonded, or BondRequired is false
	// (the network places unbonded nodes too).
	Reputation   uint32   `json:"reputation"`
	UptimePct    uint32   `json:"uptimePct"`
	Bonded       bool     `json:"bonded"`
	BondRequired bool     `json:"bondRequired"`
	Jobs         []string `json:"jobs"`
	// Datasets are the CIDs of the content the node holds whole, as its
	// advert lists them (the largest 64): what a job's --input ipfs://CID
	// counts for locality, and --data-local requires.
	Datasets []string  `json:"datasets"`
	Seq      uint64    `json:"seq"`
	LastSeen time.Time `json:"lastSeen"` // when this daemon received the advert
	AdvertAt time.Time `json:"advertAt"` // the author's timestamp
	Agent    string    `json:"agent"`
	// RTTEstimateUs is the round-trip time, in microseconds, estimated
	// between the daemon asked and this node from their advertised network
	// coordinates: what a job's --max-latency is checked against when that
	// daemon is its home. Absent when either has no coordinate yet.
	// (At most about 10^8: coordinates are bounded to ±10 s, so 32 bits.)
	RTTEstimateUs *uint32 `json:"rttEstimateUs,omitempty"`
}

// Error is the body of every non-2xx answer.
type Error struct {
	Message string `json:"error"`
	Code    string `json:"code"` // one of codeStatus (errors.go), as docs/api.md lists them
}

func (e *Error) Error() string { return e.Message }

// SubmitRequest is POST /v1/jobs: a job spec signed by its owner's wallet
// (EIP-712), and the wasm module it runs.
type SubmitRequest struct {
	Spec types.JobSpec `json:"spec"`
	// Signature is the owner's EIP-712 signature of Spec, 0x-prefixed hex
	// of 65 bytes [R || S || V] (V may be 0/1 or 27/28, as wallets give it).
	Signature string `json:"signature"`
	// Owner is the address the submitter expects the signature to be by.
	// An EIP-712 signature over a changed spec still recovers to some
	// address; naming the owner turns such tampering into a clear refusal.
	// Optional for callers that know no better; the CLI always sets it.
	Owner string `json:"owner,omitempty"`
	// Artifact is the wasm module (base64 in JSON). Its sha256 CID must
	// equal Spec.Artifact.
	Artifact []byte `json:"artifact,omitempty"`
	// DataKey (hex, 32 bytes) is the job's data key when the submitter made
	// it (to encrypt input files); the daemon makes one otherwise. It goes
	// only to this, the owner's own daemon, over its private socket.
	DataKey string `json:"dataKey,omitempty"`
	// Inputs are input files encrypted with DataKey, each under the CID of
	// its ciphertext, which Spec.InputCIDs lists.
	Inputs []InputBlob `json:"inputs,omitempty"`
}

// InputBlob is one encrypted input.
type InputBlob struct {
	CID  string `json:"cid"`
	Data []byte `json:"data"`
}

// SubmitResponse answers POST /v1/jobs.
type SubmitResponse struct {
	ID    string `json:"id"`
	Owner string `json:"owner"`
	State string `json:"state"`
	// Placement says how many nodes could run the job now, and why the
	// others cannot (e.g. "0/12 nodes fit now: 8 GPU model, 4 GPU memory").
	Placement string `json:"placement"`
}

// Job is GET /v1/jobs/{id} and each item of GET /v1/jobs.
type Job struct {
	ID          string `json:"id"`
	Owner       string `json:"owner"`
	State       string `json:"state"`
	Node        string `json:"node"` // executor peer id ("" before a claim stands)
	Attempts    int    `json:"attempts"`
	SubmittedAt Time   `json:"submittedAt"`
	ClaimedAt   *Time  `json:"claimedAt"`
	StartedAt   *Time  `json:"startedAt"`
	FinishedAt  *Time  `json:"finishedAt"`
	ExitCode    *int   `json:"exitCode"`
	OutputCID   string `json:"outputCid"`
	Error       string `json:"error"`
	// Deliveries: where the owner put the sealed result (the home's record).
	Deliveries []Delivery `json:"deliveries,omitempty"`
	Placement  string     `json:"placement,omitempty"`
	// Home is the daemon the owner submitted at (named in the signed
	// spec): it keeps the job's data key, inputs and checkpoints.
	Home string `json:"home"`
	// Notes say which of the job's events the network's rules did not
	// accept, and why (a claim its advert does not back, a result that
	// meters more than its events allow).
	Notes []string `json:"notes,omitempty"`
	// Progress is the job's own last report, 0..1 (null before any), and
	// TimeRemainingSec the estimate from it: elapsed × (1 − p) / p.
	Progress         *float64 `json:"progress"`
	TimeRemainingSec *int64   `json:"timeRemainingSec"`
	// GPUs is the latest telemetry of the job's GPUs while it runs (each
	// point marked simulated when it comes from a mock fleet);
	// TelemetryCID names the whole series once it ends.
	GPUs []types.GPUPoint `json:"gpus,omitempty"`
	// CheckpointCID names the latest snapshot of the job's /checkpoint
	// (encrypted with the job's data key), taken at CheckpointAt.
	CheckpointCID string `json:"checkpointCid,omitempty"`
	CheckpointAt  *Time  `json:"checkpointAt,omitempty"`
	// Meter is what the executor measured of the run (null until it ends).
	Meter        *types.Metering `json:"meter"`
	TelemetryCID string          `json:"telemetryCid,omitempty"`
	Spec         types.JobSpec   `json:"spec"`
	// History is every attempt, oldest first: who ran it, how it ended
	// (an executor lost mid-run ends its attempt as "lost", and the next
	// attempt resumes from the latest checkpoint).
	History []Attempt  `json:"history"`
	Events  []JobEvent `json:"events,omitempty"`
}

// Attempt is one execution attempt of a job.
type Attempt struct {
	Attempt   int    `json:"attempt"`
	Node      string `json:"node"` // the standing claimant ("" while none)
	StartedAt *Time  `json:"startedAt"`
	EndedAt   *Time  `json:"endedAt"`
	// Outcome: pending, claimed, running, completed, failed or lost.
	Outcome string `json:"outcome"`
	Reason  string `json:"reason,omitempty"`
	// ResumedFrom is the checkpoint (of an earlier attempt) it started from.
	ResumedFrom   string `json:"resumedFrom,omitempty"`
	ResumedFromAt *Time  `json:"resumedFromAt,omitempty"`
}

// JobEvent is one signed transition of a job, as this daemon folded it.
type JobEvent struct {
	Type    string `json:"type"`
	Actor   string `json:"actor"` // peer id, or the owner's address for submit and cancel
	Attempt int    `json:"attempt"`
	At      Time   `json:"at"`
	Detail  string `json:"detail,omitempty"`
}

// CancelRequest is POST /v1/jobs/{id}/cancel: the owner's signature of the
// job's EIP-712 cancel (GET /v1/jobs/{id}/cancel/typed-data, signed with
// eth_signTypedData_v4), 0x-prefixed hex. A signature of the older
// prefixed hash, types.CancelHash(network, job id), is still taken.
type CancelRequest struct {
	Signature string `json:"signature"`
}

// CancelTypedDataBackend is the part of a JobBackend that answers GET
// /v1/jobs/{id}/cancel/typed-data: the job's EIP-712 cancel (what
// CancelRequest's signature signs), as eth_signTypedData_v4 takes it. Kept
// apart from JobBackend so that a backend without it keeps its other job
// routes.
type CancelTypedDataBackend interface {
	CancelTypedData(ctx context.Context, id string) (json.RawMessage, error)
}

// CancelTypedDataResponse is GET /v1/jobs/{id}/cancel/typed-data.
type CancelTypedDataResponse struct {
	TypedData json.RawMessage `json:"typedData"`
}

// Receipt is one item of GET /v1/jobs/{id}/receipts: an executor's signed
// receipt of one attempt, decoded for people, with the bundle that proves
// it. The fields network, receipt and proof are the bundle: saved to a
// file, `skyops verify --receipt FILE --chain-rpc URL` checks it with
// nothing but a chain.
type Receipt struct {
	Network string          `json:"network"`
	Receipt string          `json:"receipt"`         // 0x hex of the signed receipt
	Proof   json.RawMessage `json:"proof,omitempty"` // inclusion proof and anchor, once batched

	Job        string   `json:"job"`
	Attempt    uint32   `json:"attempt"`
	Owner      string   `json:"owner"`
	Executor   string   `json:"executor"`
	Outcome    string   `json:"outcome"` // completed, failed or cancelled (metered until stopped)
	ExitCode   int32    `json:"exitCode"`
	Inputs     []string `json:"inputs"`
	Output     string   `json:"output,omitempty"`
	Log        string   `json:"log,omitempty"`
	Telemetry  string   `json:"telemetry,omitempty"`
	Start      Time     `json:"start"`
	End        Time     `json:"end"`
	WallMs     uint64   `json:"wallMs,string"`
	CPUMs      uint64   `json:"cpuMs,string"`
	PeakRAMMiB uint64   `json:"peakRamMiB"`
	GPUModel   string   `json:"gpuModel,omitempty"`
	GPUs       uint32   `json:"gpus"`
	GPUMs      uint64   `json:"gpuMs,string"` // GPU-milliseconds
	// Cores and CoreMs are what a CPU-only run bills: the cores it held,
	// and cores × wall time (0 for a GPU run, which bills GPU-ms).
	Cores    uint32 `json:"cores,omitempty"`
	CoreMs   uint64 `json:"coreMs,omitempty,string"`
	EnergyJ  uint64 `json:"energyJ,string"`
	BytesIn  uint64 `json:"bytesIn,string"`
	BytesOut uint64 `json:"bytesOut,string"`
	// Token is the job's payment token (ETH or SKYOPS): PriceWei (per
	// GPU-hour, the claim's, converted at the governed rate for $SKYOPS)
	// and CostWei are wei of it; the decimals are set in it alone.
	Token       string `json:"token"`
	PriceWei    string `json:"priceWei"`
	PriceETH    string `json:"priceETH,omitempty"`
	PriceSKYOPS string `json:"priceSKYOPS,omitempty"`
	CostWei     string `json:"costWei"`
	CostETH     string `json:"costETH,omitempty"`
	CostSKYOPS  string `json:"costSKYOPS,omitempty"`
	Anchored    bool   `json:"anchored"`
	Root        string `json:"root,omitempty"`
	Block       uint64 `json:"block,omitempty"`
	TxHash      string `json:"txHash,omitempty"`
	ChainID     uint64 `json:"chainId,omitempty"`
	Contract    string `json:"contract,omitempty"`
}

// Check is one named step of a verification.
type Check struct {
	Name    string `json:"name"`
	OK      bool   `json:"ok"`
	Skipped bool   `json:"skipped,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// Verification is one item of GET /v1/jobs/{id}/verify: one receipt's
// checks, and where it is anchored.
type Verification struct {
	Valid    bool    `json:"valid"`
	Job      string  `json:"job"`
	Attempt  uint32  `json:"attempt"`
	Signer   string  `json:"signer"`
	Root     string  `json:"root"`
	Block    uint64  `json:"block"`
	TxHash   string  `json:"txHash"`
	ChainID  uint64  `json:"chainId"`
	Contract string  `json:"contract"`
	Checks   []Check `json:"checks"`
}

// Statement is GET /v1/bill (what an owner's jobs cost) and GET
// /v1/earnings (what this node earned): one line per receipt.
type Statement struct {
	Who   string          `json:"who"` // the owner or executor address
	Since Time            `json:"since"`
	Lines []StatementLine `json:"lines"`
	// TotalWei and TotalETH sum the lines paid in ETH, TotalSKYOPSWei
	// and TotalSKYOPS those paid in $SKYOPS.
	TotalWei       string `json:"totalWei"`
	TotalETH       string `json:"totalETH"`
	TotalSKYOPSWei string `json:"totalSKYOPSWei"`
	TotalSKYOPS    string `json:"totalSKYOPS"`
	// SkyopsPerETH is the governed rate in effect now ($SKYOPS per ETH),
	// which jobs paid in $SKYOPS signed now convert prices at.
	SkyopsPerETH string `json:"skyopsPerETH"`
}

// StatementLine is one receipt on a statement.
type StatementLine struct {
	Job      string `json:"job"`
	Attempt  uint32 `json:"attempt"`
	End      Time   `json:"end"`
	Outcome  string `json:"outcome"`
	Owner    string `json:"owner"`
	Executor string `json:"executor"`
	GPUModel string `json:"gpuModel,omitempty"`
	GPUs     uint32 `json:"gpus"`
	GPUMs    uint64 `json:"gpuMs,string"`
	// Cores and CoreMs are what a CPU-only run bills (0 for a GPU run).
	Cores  uint32 `json:"cores,omitempty"`
	CoreMs uint64 `json:"coreMs,omitempty,string"`
	// Token is the job's payment token (ETH or SKYOPS): CostWei is wei of
	// it, and CostETH or CostSKYOPS (the other is empty) it as a decimal.
	Token      string `json:"token"`
	CostWei    string `json:"costWei"`
	CostETH    string `json:"costETH,omitempty"`
	CostSKYOPS string `json:"costSKYOPS,omitempty"`
	Anchored   bool   `json:"anchored"`
	// Settlement is the executor's claim for the receipt's batch at the
	// escrow: "" (not claimed yet), pending (in its dispute window), paid,
	// short (finalized, but the owner's balance did not cover its total:
	// paid in part), voided, or none (the batch has nothing to pay).
	// Settled is true once the redemption paying this receipt in full is
	// mined, TxHash that transaction.
	Settlement string `json:"settlement,omitempty"`
	Settled    bool   `json:"settled"`
	TxHash     string `json:"txHash,omitempty"`
}

// JobQuery filters and pages GET /v1/jobs: ?owner=0x…&state=running&limit=50&before=JOBID.
// Jobs come newest first; before is the id of the last job of the
// previous page.
type JobQuery struct {
	Owner  string // an address: only this owner's jobs ("" = everyone's)
	State  string // pending, claimed, running, completed, failed or cancelled ("" = any)
	Limit  int    // at most this many (default DefaultJobsLimit, at most MaxJobsLimit)
	Before string // a job id: only jobs after it in the list
}

// DefaultJobsLimit and MaxJobsLimit bound one page of GET /v1/jobs.
const (
	DefaultJobsLimit = 100
	MaxJobsLimit     = 1000
)

// jobStates are the states a job query may filter on.
var jobStates = []string{"pending", "claimed", "running", "completed", "failed", "cancelled"}

// Values encodes the query for a URL.
func (q JobQuery) Values() url.Values {
	v := url.Values{}
	if q.Owner != "" {
		v.Set("owner", q.Owner)
	}
	if q.State != "" {
		v.Set("state", q.State)
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Before != "" {
		v.Set("before", q.Before)
	}
	return v
}

// ParseJobQuery reads and checks a job query from a URL's values.
func ParseJobQuery(v url.Values) (JobQuery, error) {
	for k := range v {
		switch k {
		case "owner", "state", "limit", "before":
		default:
			return JobQuery{}, Errorf("bad_request", "unknown query parameter %q: the job list takes owner, state, limit and before", k)
		}
	}
	q := JobQuery{Owner: v.Get("owner"), State: v.Get("state"), Before: v.Get("before"), Limit: DefaultJobsLimit}
	if q.Owner != "" && !common.IsHexAddress(q.Owner) {
		return JobQuery{}, Errorf("bad_request", "owner %q is not an address (0x and 40 hex digits)", q.Owner)
	}
	if q.State != "" && !slices.Contains(jobStates, q.State) {
		return JobQuery{}, Errorf("bad_request", "state %q is not one of %s", q.State, strings.Join(jobStates, ", "))
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > MaxJobsLimit {
			return JobQuery{}, Errorf("bad_request", "limit %q: pass 1 to %d", l, MaxJobsLimit)
		}
		q.Limit = n
	}
	if q.Before != "" && (len(q.Before) != 66 || !strings.HasPrefix(q.Before, "0x")) {
		return JobQuery{}, Errorf("bad_request", "before %q is not a job id (0x and 64 hex digits): pass the last id of the previous page", q.Before)
	}
	return q, nil
}

// Explanation is GET /v1/jobs/{id}/explain: how the answering daemon
// ranks the job now, node by node (feasible ones best first, then the
// rejected ones with the filter that rejects them), with each score's
// factors, as Nomad's AllocMetric.ScoreMetaData gives them.
type Explanation struct {
	Job      string          `json:"job"`
	Attempt  int             `json:"attempt"`
	Summary  string          `json:"summary"`
	Excluded []string        `json:"excluded"` // earlier executors, lost
	Nodes    []ExplainedNode `json:"nodes"`
}

// ExplainedNode is one node's part in a ranking. The factors are decimal
// strings of exact fixed-point values, each as its governed weight leaves
// it (skyops params: repWeight, priceWeight, …): weight = reputation ×
// price × locality × fit × latency, score = weight ÷ −log2(u) for the
// node's hash u.
type ExplainedNode struct {
	ID       string `json:"id"`
	Rank     int    `json:"rank"` // 0 = best; -1 = rejected
	Rejected string `json:"rejected,omitempty"`
	// Why says more about a rejection where the filter can, e.g. latency:
	// "estimated 42.0 ms from the home, the job allows 30 ms".
	Why        string `json:"why,omitempty"`
	Score      string `json:"score,omitempty"` // 128-bit, hex
	Reputation string `json:"reputation,omitempty"`
	Price      string `json:"price,omitempty"`
	Locality   string `json:"locality,omitempty"`
	Fit        string `json:"fit,omitempty"`
	// Latency is the nearness factor of a job with --max-latency (1 for
	// one without), from RTTEstimateUs.
	Latency string `json:"latency,omitempty"`
	Weight  string `json:"weight,omitempty"`
	// The inputs the factors come from.
	ReputationScore uint32 `json:"reputationScore"`
	PriceWei        string `json:"priceWei,omitempty"`
	// RefPriceWei is the governed reference price the price factor was
	// taken against (skyops params): the one in effect when the job was
	// created.
	RefPriceWei  string `json:"refPriceWei,omitempty"`
	InputsHeld   uint32 `json:"inputsHeld"`
	GPUsLeftIdle uint32 `json:"gpusLeftIdle"`
	// RTTEstimateUs is the node's estimated RTT to the job's home, for a
	// job with a latency bound.
	RTTEstimateUs uint32 `json:"rttEstimateUs,omitempty"`
}
