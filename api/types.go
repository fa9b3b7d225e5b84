package api

import (
	"time"

	"github.com/skyops/skyops/types"
)

// Identity is GET /v1/id: who this daemon is.
type Identity struct {
	ID        string    `json:"id"`      // libp2p peer id
	Address   string    `json:"address"` // Ethereum address of the same key
	Network   string    `json:"network"`
	Addrs     []string  `json:"addrs"` // full multiaddrs, each ending in /p2p/<id>
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
	Simulated bool     `json:"simulated"`
	CPUCores  uint32   `json:"cpuCores"`
	RAMMiB    uint64   `json:"ramMiB"`
	DiskMiB   uint64   `json:"diskMiB"`
	Runtimes  []string `json:"runtimes"`
	// PriceWei is per GPU-hour, in wei, as a decimal string (it can exceed
	// 2^53). PriceETH is the same in ETH, for people.
	PriceWei string    `json:"priceWei"`
	PriceETH string    `json:"priceETH"`
	Region   string    `json:"region"`
	Jobs     []string  `json:"jobs"`
	Seq      uint64    `json:"seq"`
	LastSeen time.Time `json:"lastSeen"` // when this daemon received the advert
	AdvertAt time.Time `json:"advertAt"` // the author's timestamp
	Agent    string    `json:"agent"`
}

// Error is the body of every non-2xx answer.
type Error struct {
	Message string `json:"error"`
	Code    string `json:"code"` // bad_request, not_found, method_not_allowed, unavailable, internal
}

func (e *Error) Error() string { return e.Message }
