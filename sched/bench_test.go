package sched

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// benchNodes is a synthetic view of n nodes, sorted by id as View.Nodes
// returns it: a mix of GPU models, sizes, prices and regions.
func benchNodes(n int) []Entry {
	models := []types.GPUGroup{
		{Model: "NVIDIA A100-SXM4-40GB", MemoryMiB: 40960},
		{Model: "NVIDIA A100-SXM4-80GB", MemoryMiB: 81920},
		{Model: "NVIDIA H100 80GB HBM3", MemoryMiB: 81920},
		{Model: "NVIDIA B200", MemoryMiB: 183359},
		{Model: "NVIDIA GeForce RTX 4090", MemoryMiB: 24564},
	}
	regions := []string{"eu-west", "us-east", "ap-south"}
	out := make([]Entry, 0, n)
	for i := 0; i < n; i++ {
		var seed [8]byte
		binary.BigEndian.PutUint64(seed[:], uint64(i))
		h := sha256.Sum256(seed[:])
		// A peer id-shaped string: identity multihash prefix and 36 bytes.
		id := peer.ID(append([]byte{0x00, 0x25, 0x08, 0x02, 0x12, 0x21}, h[:]...))
		a := &types.Advert{
			Node:       id,
			Seq:        uint64(1 + i%7),
			TimeMs:     1,
			CPUCores:   uint32(8 << (i % 4)),
			RAMMiB:     uint64(65536 << (i % 3)),
			CPUFree:    uint32(8 << (i % 4)),
			RAMFreeMiB: uint64(65536 << (i % 3)),
			DiskMiB:    1 << 20,
			Runtimes:   []string{"docker", "wasm"},
			PriceWei:   eth(int64(1 + i%9)),
			Region:     regions[i%3],
		}
		if i%5 != 0 {
			g := models[i%len(models)]
			g.Total = []uint32{1, 2, 4, 8}[i%4]
			g.Free = g.Total - uint32(i%int(g.Total+1))
			a.GPUs = []types.GPUGroup{g}
		}
		if i%3 == 0 {
			a.CIDs = []string{"bafyinput1"}
		}
		out = append(out, Entry{Advert: a, SeenMs: 1_000_000 - uint64(i%20)*1000})
	}
	// Sort as View.Nodes does.
	v := NewView(1 << 62)
	for _, e := range out {
		v.Observe(e.Advert, e.SeenMs)
	}
	return v.Nodes()
}

// benchRequest is the job the ranking benchmarks place: two A100s of 40 GB
// or more, Docker, with an input CID that a third of the nodes hold.
func benchRequest() Requirements {
	return Requirements{
		JobID:     jobID("bench"),
		Runtime:   "docker",
		GPUModel:  "A100",
		GPUCount:  2,
		GPUMemMiB: 40000,
		CPUCores:  8,
		RAMMiB:    32768,
		InputCIDs: []string{"bafyinput1"},
	}
}

// benchRank runs rank over views of 1k, 10k and 100k nodes.
func benchRank(b *testing.B, rank func(req Requirements, nodes []Entry, res []Reservation) Placement) {
	req := benchRequest()
	for _, n := range []int{1000, 10_000, 100_000} {
		nodes := benchNodes(n)
		res := []Reservation{{Node: nodes[0].Advert.Node, JobID: jobID("r"), GPUs: 1, AfterSeq: 100}}
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var p Placement
			for b.Loop() {
				p = rank(req, nodes, res)
			}
			b.ReportMetric(float64(p.Fits()), "fit")
		})
	}
}

// BenchmarkRank is the full ranking, every feasible node sorted.
func BenchmarkRank(b *testing.B) {
	benchRank(b, func(req Requirements, nodes []Entry, res []Reservation) Placement {
		return Rank(req, nodes, res, FitNow, 1_000_000, 30_000)
	})
}

// BenchmarkRankTop is the ranking a peer makes to decide its claim: the
// best TopRanks, and its own rank (a node in the middle of the view).
func BenchmarkRankTop(b *testing.B) {
	benchRank(b, func(req Requirements, nodes []Entry, res []Reservation) Placement {
		return RankTop(req, nodes, res, FitNow, 1_000_000, 30_000, TopRanks, nodes[len(nodes)/2].Advert.Node)
	})
}

// BenchmarkRankReference is Rank as it was (rankReference), to measure
// against in the same run.
func BenchmarkRankReference(b *testing.B) {
	benchRank(b, func(req Requirements, nodes []Entry, res []Reservation) Placement {
		return rankReference(req, nodes, res, FitNow, 1_000_000, 30_000)
	})
}

func BenchmarkScoreFor(b *testing.B) {
	w := WeightInputs{Reputation: NeutralReputation, PriceWei: eth(5), Locality: 1, Fit: 2}
	id := testID(1)
	job := jobID("bench")
	for b.Loop() {
		ScoreFor(job, id, w)
	}
}

func BenchmarkLog2Fixed(b *testing.B) {
	x := uint64(0x123456789abcdef0)
	var sink uint64
	for b.Loop() {
		sink += Log2Fixed(x)
		x += 0x9e3779b97f4a7c15
	}
	_ = sink
}
