package node

import (
	"math"
	"math/big"
	"os"
	"slices"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Identity answers GET /v1/id.
func (n *Node) Identity() api.Identity {
	return api.Identity{
		ID:        n.key.PeerID().String(),
		Address:   n.key.Address().Hex(),
		Network:   n.cfg.Network,
		ChainID:   n.cfg.ChainID,
		Addrs:     n.host.Addrs(),
		Agent:     "skyopsd/" + Version,
		DataDir:   n.cfg.DataDir,
		Socket:    n.cfg.Socket,
		PID:       os.Getpid(),
		StartedAt: n.started.UTC(),
	}
}

// Peers answers GET /v1/peers.
func (n *Node) Peers() []api.Peer {
	var out []api.Peer
	for _, p := range n.host.Peers() {
		out = append(out, api.Peer{
			ID:        p.ID.String(),
			Addrs:     p.Addrs,
			Direction: p.Direction,
			LatencyMs: float64(p.Latency.Microseconds()) / 1000,
			Agent:     p.Agent,

			GossipScore: n.host.PeerScore(p.ID),
		})
	}
	return out
}

// Nodes answers GET /v1/nodes: each node's advert, and its standing
// (reputation, uptime, bond) as the brain holds it for the current epoch.
func (n *Node) Nodes() []api.Node {
	self := n.key.PeerID()
	n.mu.Lock()
	entries := n.brain.View().Nodes()
	// Read under the lock, as every brain access is: a snapshot may share
	// the brain's maps.
	st := n.brain.StandingsAt(uint64(time.Now().UnixMilli()))
	var mine *types.Coordinate
	for _, e := range entries {
		if e.Advert.Node == self {
			mine = e.Advert.Coord
		}
	}
	out := make([]api.Node, 0, len(entries))
	for _, e := range entries {
		info := NodeInfo(e.Advert, e.SeenMs, self == e.Advert.Node)
		id := e.Advert.Node
		info.Reputation, info.UptimePct, info.Bonded = st.Reputation(id), st.UptimePct(id), st.Bonded(id)
		info.BondRequired = st.BondRequired()
		if rtt, ok := sched.EstimateRTT(mine, e.Advert.Coord); ok {
			us := uint32(min(rtt, math.MaxUint32)) // valid coordinates give under 2^27
			info.RTTEstimateUs = &us
		}
		out = append(out, info)
	}
	n.mu.Unlock()
	return out
}

// NodeInfo renders an advert for the API.
func NodeInfo(a *types.Advert, seenMs uint64, self bool) api.Node {
	total, free := a.GPUTotals()
	addr, _ := types.NodeAddress(a.Node)
	return api.Node{
		ID:          a.Node.String(),
		Address:     addr.Hex(),
		Self:        self,
		Addrs:       nonNil(a.Addrs),
		GPUs:        nonNil(slices.Clone(a.GPUs)),
		GPUTotal:    total,
		GPUFree:     free,
		Simulated:   a.Simulated(),
		CPUCores:    a.CPUCores,
		CPUFree:     a.CPUFree,
		RAMMiB:      a.RAMMiB,
		RAMFreeMiB:  a.RAMFreeMiB,
		DiskMiB:     a.DiskMiB,
		Runtimes:    nonNil(a.Runtimes),
		PriceWei:    a.PriceWei.String(),
		PriceETH:    types.FormatETH(a.PriceWei),
		CPUPriceWei: orZero(a.CPUPriceWei).String(),
		CPUPriceETH: types.FormatETH(orZero(a.CPUPriceWei)),
		Region:      a.Region,
		Jobs:        nonNil(a.Jobs),
		Datasets:    nonNil(a.CIDs),
		Seq:         a.Seq,
		LastSeen:    time.UnixMilli(int64(seenMs)).UTC(),
		AdvertAt:    time.UnixMilli(int64(a.TimeMs)).UTC(),
		Agent:       a.Agent,
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// orZero is x, or 0 for nil.
func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
