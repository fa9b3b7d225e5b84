package sched

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// fakeID is a peer id-shaped string for node i (identity multihash
// prefix, 32 hashed bytes), for views larger than testID's hundred keys.
func fakeID(i int) peer.ID {
	h := sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(i)))
	return peer.ID(append([]byte{0x00, 0x25, 0x08, 0x02, 0x12, 0x21}, h[:]...))
}

// randomView is a view of about n nodes drawn from rng: GPU groups of
// assorted models (some matching a wanted model only by case or token),
// prices (none, small, beyond 2^61), regions and runtimes in mixed case,
// stale entries, and, when messy, repeated nodes, older adverts, entries
// without an advert and no sorting, as a caller may pass them.
func randomView(rng *rand.Rand, n int, messy bool) []Entry {
	models := []string{"NVIDIA A100-SXM4-40GB", "NVIDIA A100-SXM4-80GB", "nvidia a100 80gb", "NVIDIA H100 80GB HBM3",
		"NVIDIA GH200", "NVIDIA A10", "NVIDIA GeForce RTX 4090", "AMD MI300X", ""}
	runtimes := []string{"docker", "wasm", "Docker", "process", "WASM"}
	regions := []string{"eu-west", "EU-West", "us-east", "ap-south", ""}
	cids := []string{"bafyinput1", "bafyinput2", "bafyother"}
	out := make([]Entry, 0, n)
	for i := 0; i < n; i++ {
		id := fakeID(rng.IntN(4*n + 10))
		a := &types.Advert{
			Node:       id,
			Seq:        uint64(1 + rng.IntN(5)),
			CPUCores:   uint32(rng.IntN(64)),
			RAMMiB:     uint64(rng.IntN(1 << 18)),
			DiskMiB:    uint64(rng.IntN(1 << 21)),
			Region:     regions[rng.IntN(len(regions))],
			PriceWei:   nil,
			Runtimes:   nil,
			CIDs:       nil,
			Images:     nil,
			TimeMs:     1,
			CPUFree:    0,
			RAMFreeMiB: 0,
		}
		a.CPUFree = uint32(rng.IntN(int(a.CPUCores) + 1))
		a.RAMFreeMiB = uint64(rng.IntN(int(a.RAMMiB) + 1))
		switch rng.IntN(4) {
		case 0:
		case 1:
			a.PriceWei = new(big.Int).Lsh(big.NewInt(int64(1+rng.IntN(9))), 62) // beyond the fast path
		default:
			a.PriceWei = eth(int64(rng.IntN(12)))
		}
		for _, r := range runtimes {
			if rng.IntN(2) == 0 {
				a.Runtimes = append(a.Runtimes, r)
			}
		}
		for g := rng.IntN(4); g > 0; g-- {
			total := uint32(rng.IntN(9))
			a.GPUs = append(a.GPUs, types.GPUGroup{Model: models[rng.IntN(len(models))], MemoryMiB: uint64(rng.IntN(4)) * 24576,
				Total: total, Free: uint32(rng.IntN(int(total) + 1))})
		}
		for _, c := range cids {
			if rng.IntN(3) == 0 {
				a.CIDs = append(a.CIDs, c)
			}
		}
		if rng.IntN(4) == 0 {
			a.Images = []string{"ghcr.io/x/train:1", "busybox:latest"}[:1+rng.IntN(2)]
		}
		seen := uint64(1_000_000 - rng.IntN(40_000)) // TTL 30 s: a quarter are stale
		if rng.IntN(20) == 0 {
			seen = 1_000_000 + uint64(rng.IntN(5000)) // ahead of now: alive
		}
		out = append(out, Entry{Advert: a, SeenMs: seen})
	}
	if !messy {
		// As View.Nodes gives it: one entry per node, sorted.
		return uniqueNodes(out)
	}
	if rng.IntN(2) == 0 && len(out) > 0 {
		old := *out[0].Advert
		old.Seq = 0
		out = append(out, Entry{Advert: &old, SeenMs: 1_000_000}, Entry{})
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// randomRequest is a job drawn from rng, with standings that measure
// reputation, uptime and bonds some of the time.
func randomRequest(rng *rand.Rand, view []Entry) Requirements {
	pick := func(list ...string) string { return list[rng.IntN(len(list))] }
	req := Requirements{
		JobID:     jobID(fmt.Sprint("random/", rng.Uint64())),
		Runtime:   pick("", "docker", "wasm", "DOCKER", "process"),
		GPUModel:  pick("", "A100", "a100-80gb", "H100", "A10", "H200", "MI300X"),
		GPUCount:  uint32(rng.IntN(5)),
		GPUMemMiB: uint64(rng.IntN(3)) * 30000,
		CPUCores:  uint32(rng.IntN(24)),
		RAMMiB:    uint64(rng.IntN(1 << 16)),
		DiskMiB:   uint64(rng.IntN(1 << 20)),
		Region:    pick("", "", "eu-west", "US-EAST"),
		InputCIDs: [][]string{nil, {"bafyinput1"}, {"bafyinput2", "bafyinput1", "bafyinput2"}}[rng.IntN(3)],
		Image:     pick("", "ghcr.io/x/train:1", "busybox"),
	}
	req.DataLocal = len(req.InputCIDs) > 0 && rng.IntN(2) == 0
	if rng.IntN(3) == 0 {
		req.GPUCount = 0
	}
	switch rng.IntN(3) {
	case 0:
		req.PriceCapWei = eth(int64(rng.IntN(10)))
	case 1:
		req.PriceCapWei = new(big.Int).Lsh(big.NewInt(3), 62)
	}
	for i := rng.IntN(3); i > 0 && len(view) > 0; i-- {
		if e := view[rng.IntN(len(view))]; e.Advert != nil {
			req.Exclude = append(req.Exclude, e.Advert.Node)
		}
	}
	if rng.IntN(2) == 0 {
		st := &Standings{measured: true, reputation: map[peer.ID]uint32{}, uptime: map[peer.ID]uint32{},
			upEpochs: uint32(rng.IntN(3)), bondRequired: rng.IntN(3) == 0, bonded: map[peer.ID]bool{}}
		for _, e := range view {
			if e.Advert == nil {
				continue
			}
			if rng.IntN(2) == 0 {
				st.reputation[e.Advert.Node] = uint32(rng.IntN(3500))
			}
			st.uptime[e.Advert.Node] = uint32(rng.IntN(101))
			st.bonded[e.Advert.Node] = rng.IntN(5) != 0
		}
		req.Standings = st
		req.MinReputation = uint32(rng.IntN(1500))
		req.MinUptime = uint32(rng.IntN(60))
	}
	return req
}

// randomReservations are claims standing on some of the view's nodes (and
// on nodes it does not hold), some already shown by the node's advert.
func randomReservations(rng *rand.Rand, view []Entry, job [32]byte) []Reservation {
	var out []Reservation
	for i := rng.IntN(8); i > 0; i-- {
		r := Reservation{Node: fakeID(rng.IntN(1000)), JobID: jobID(fmt.Sprint("res/", i)), GPUs: uint32(rng.IntN(4)),
			GPUModel: []string{"", "NVIDIA A100-SXM4-80GB", "A100", "H100", "nothing"}[rng.IntN(5)],
			CPUCores: uint32(rng.IntN(8)), RAMMiB: uint64(rng.IntN(1 << 15)), DiskMiB: uint64(rng.IntN(1 << 19)), AfterSeq: uint64(rng.IntN(6))}
		if len(view) > 0 && rng.IntN(4) != 0 {
			if e := view[rng.IntN(len(view))]; e.Advert != nil {
				r.Node = e.Advert.Node
			}
		}
		if rng.IntN(6) == 0 {
			r.JobID = job // the ranked job's own: ignored
		}
		out = append(out, r)
	}
	return out
}

// RankTop is the head of Rank's list, with the same counts, and RankOf on
// the node it is asked about is that node's place in Rank's list; Rank
// and Check answer as they did before (rankReference); judge is the
// pipeline. Over many random views, jobs and reservations.
func TestRankTopIsRanksHead(t *testing.T) {
	const now, ttl = 1_000_000, 30_000
	seeds := 400
	if testing.Short() {
		seeds = 60
	}
	listed := 0
	for seed := 0; seed < seeds; seed++ {
		rng := rand.New(rand.NewPCG(uint64(seed), 12))
		view := randomView(rng, 1+rng.IntN(300), seed%3 == 0)
		req := randomRequest(rng, view)
		res := randomReservations(rng, view, req.JobID)
		mode := Mode(rng.IntN(2))
		want := rankReference(req, view, res, mode, now, ttl)
		if got := Rank(req, view, res, mode, now, ttl); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: Rank differs from the reference:\n got %s %v\nwant %s %v", seed, got.Summary(), got.Ranked, want.Summary(), want.Ranked)
		}
		fits := len(want.Ranked)
		listed += fits
		// self: a feasible node, a rejected one, one not in the view.
		selves := []peer.ID{"", fakeID(1 << 40)}
		for _, e := range view {
			if e.Advert != nil && len(selves) < 6 && rng.IntN(4) == 0 {
				selves = append(selves, e.Advert.Node)
			}
		}
		for _, c := range want.Ranked {
			if rng.IntN(8) == 0 {
				selves = append(selves, c.Node)
			}
		}
		for _, k := range []int{0, 1, 8, TopRanks, fits, fits + 3} {
			self := selves[rng.IntN(len(selves))]
			got := RankTop(req, view, res, mode, now, ttl, k, self)
			n := min(k, fits)
			if !reflect.DeepEqual(got.Ranked, want.Ranked[:n:n]) && !(n == 0 && len(got.Ranked) == 0) {
				t.Fatalf("seed %d k %d: RankTop's list is not Rank's head:\n got %v\nwant %v", seed, k, got.Ranked, want.Ranked[:n])
			}
			if got.Fits() != fits || got.Unlisted != fits-n || got.Considered != want.Considered ||
				!reflect.DeepEqual(got.Rejected, want.Rejected) || got.Summary() != want.Summary() {
				t.Fatalf("seed %d k %d: RankTop %s (%d unlisted, rejected %v), Rank %s (rejected %v)", seed, k, got.Summary(), got.Unlisted, got.Rejected, want.Summary(), want.Rejected)
			}
			wr, wok := RankOf(want, self)
			if gr, gok := RankOf(got, self); gr != wr || gok != wok {
				t.Fatalf("seed %d k %d: RankOf(RankTop, %s) = %d, %v; in Rank's list %d, %v", seed, k, self, gr, gok, wr, wok)
			}
			// The claim rule decides the same on either.
			pending := &Job{State: Pending}
			since := uint64(rng.IntN(5000))
			if g, w := DecideClaim(pending, got, self, since, 4000, 500), DecideClaim(pending, want, self, since, 4000, 500); g != w {
				t.Fatalf("seed %d k %d: DecideClaim on RankTop %+v, on Rank %+v", seed, k, g, w)
			}
		}
		// Check and judge, node by node, against the pipeline.
		q := newQuery(&req, mode, now, ttl)
		byNode := indexReservations(q, res)
		for _, e := range view {
			if e.Advert == nil {
				continue
			}
			gf, gok := Check(req, e, res, mode, now, ttl)
			if wf, wok := checkReference(req, e, res, mode, now, ttl); gf != wf || gok != wok {
				t.Fatalf("seed %d: Check(%s) = %q, %v; the pipeline says %q, %v", seed, e.Advert.Node, gf, gok, wf, wok)
			}
			var n nodeCapacity
			capacityOf(q, e, byNode[e.Advert.Node], nil, &n)
			var scratch []uint32
			f, rep := q.judge(e, byNode[e.Advert.Node], &scratch)
			if wf := pipelineRejection(q, &n); f != wf || f < 0 && rep != n.reputation {
				t.Fatalf("seed %d: judge(%s) = %d (reputation %d); the pipeline says %d (reputation %d)", seed, e.Advert.Node, f, rep, wf, n.reputation)
			}
		}
	}
	if listed < seeds {
		t.Fatalf("only %d feasible nodes over %d views: the generator is too strict", listed, seeds)
	}
}

// The filter indices judge returns name the pipeline's filters.
func TestJudgeIndices(t *testing.T) {
	want := map[int]string{fAlive: FilterAlive, fExcluded: FilterExcluded, fRuntime: FilterRuntime, fGPUModel: FilterGPUModel,
		fGPUCount: FilterGPUCount, fGPUMemory: FilterGPUMemory, fCPU: FilterCPU, fRAM: FilterRAM, fDisk: FilterDisk,
		fPrice: FilterPrice, fRegion: FilterRegion, fLatency: FilterLatency, fData: FilterData, fBond: FilterBond, fReputation: FilterReputation, fUptime: FilterUptime}
	if len(want) != len(pipeline) {
		t.Fatalf("%d indices for %d filters", len(want), len(pipeline))
	}
	for i, f := range pipeline {
		if f.Name() != want[i] {
			t.Errorf("pipeline[%d] is %q, judge's index %d means %q", i, f.Name(), i, want[i])
		}
	}
}

// scoreBounds brackets the exact score, log2Prefix is a prefix of
// Log2Fixed's bits, and Log2Fixed is the branching loop it was, over
// random hashes and weights and at the edges.
func TestScoreBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	hs := []uint64{0, 1, 2, 3, 1 << 63, 1<<64 - 1, 1<<64 - 2, 1<<63 - 1}
	for range 50000 {
		hs = append(hs, rng.Uint64(), rng.Uint64()>>rng.IntN(64))
	}
	ws := []uint64{1, weight(WeightInputs{Reputation: NeutralReputation}), 1 << 37, 1<<37 - 1}
	for _, h := range hs {
		full := Log2Fixed(h | 1)
		if want := log2Reference(h | 1); full != want {
			t.Fatalf("Log2Fixed(%#x) = %#x, the branching loop gives %#x", h|1, full, want)
		}
		if Log2Fixed(h) != log2Reference(h) {
			t.Fatalf("Log2Fixed(%#x) = %#x, the branching loop gives %#x", h, Log2Fixed(h), log2Reference(h))
		}
		for n := 0; n <= Log2FracBits; n += 4 {
			if p := log2Prefix(h|1, n); p > full || full-p >= 1<<(Log2FracBits-n) || p&(1<<(Log2FracBits-n)-1) != 0 {
				t.Fatalf("log2Prefix(%#x, %d) = %#x, Log2Fixed %#x", h|1, n, p, full)
			}
		}
		for _, w := range append(ws, rng.Uint64N(1<<37)+1) {
			s := scoreOf(h, w)
			if lo, hi := scoreBounds(h, w); lo.Cmp(s) > 0 || hi.Cmp(s) < 0 {
				t.Fatalf("scoreBounds(%#x, %d) = [%s, %s], score %s", h, w, lo, hi, s)
			}
		}
	}
}
