package sched

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// update rewrites the golden files: go test ./sched -update
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// checkGolden compares got with testdata/name bit for bit, or rewrites it
// under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./sched -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s", path, i+1, g, w)
			}
		}
		t.Fatalf("%s differs", path)
	}
}

var (
	testIDsOnce sync.Once
	testIDs     []peer.ID // testIDs[i] is the node with secp256k1 private key i, 1..100
)

// testID is the peer id of the secp256k1 private key i (1 <= i <= 100).
func testID(i int) peer.ID {
	testIDsOnce.Do(func() {
		testIDs = make([]peer.ID, 101)
		for k := 1; k <= 100; k++ {
			var raw [32]byte
			binary.BigEndian.PutUint64(raw[24:], uint64(k))
			sk, err := p2pcrypto.UnmarshalSecp256k1PrivateKey(raw[:])
			if err != nil {
				panic(err)
			}
			id, err := peer.IDFromPrivateKey(sk)
			if err != nil {
				panic(err)
			}
			testIDs[k] = id
		}
	})
	return testIDs[i]
}

func jobID(name string) [32]byte {
	return [32]byte(crypto.Keccak256([]byte("skyops-test-job/" + name)))
}

func eth(tenths int64) *big.Int { return new(big.Int).Mul(big.NewInt(tenths), big.NewInt(1e17)) }

func gpuGroup(model string, memMiB uint64, total, free uint32) types.GPUGroup {
	return types.GPUGroup{Model: model, MemoryMiB: memMiB, Total: total, Free: free}
}

// node is a plain node with generous CPU, RAM and disk, and the given GPUs.
func node(id peer.ID, seq uint64, gpus ...types.GPUGroup) *types.Advert {
	return &types.Advert{
		Node: id, Seq: seq, TimeMs: 1,
		GPUs:     gpus,
		CPUCores: 32, RAMMiB: 256 << 10, CPUFree: 32, RAMFreeMiB: 256 << 10, DiskMiB: 1 << 20,
		Runtimes: []string{"docker", "wasm"},
		PriceWei: eth(5),
		Region:   "eu-west",
	}
}

func TestGPUModelMatching(t *testing.T) {
	cases := []struct {
		want, model string
		match       bool
	}{
		{"A100", "NVIDIA A100-SXM4-40GB", true},
		{"A100", "NVIDIA A100-SXM4-80GB", true},
		{"a100", "NVIDIA A100-SXM4-40GB", true},
		{"A100-80GB", "NVIDIA A100-SXM4-80GB", true},
		{"a100 80gb", "NVIDIA A100-SXM4-80GB", true},
		{"A100-80GB", "NVIDIA A100-SXM4-40GB", false},
		{"A10", "NVIDIA A100-SXM4-40GB", false},
		{"A10", "NVIDIA A10", true},
		{"A100", "NVIDIA A10", false},
		{"H100", "NVIDIA H100 80GB HBM3", true},
		{"h100", "NVIDIA H100 80GB HBM3", true},
		{"NVIDIA H100", "NVIDIA H100 80GB HBM3", true},
		{"H100 NVIDIA", "NVIDIA H100 80GB HBM3", false}, // order counts
		{"H10", "NVIDIA H100 80GB HBM3", false},
		{"H200", "NVIDIA H200", true},
		{"H200", "NVIDIA GH200 480GB", false},
		{"B200", "NVIDIA B200", true},
		{"B200", "NVIDIA GB200", false},
		{"B200", "NVIDIA H100 80GB HBM3", false},
		{"RTX 4090", "NVIDIA GeForce RTX 4090", true},
		{"4090", "NVIDIA GeForce RTX 4090", true},
		{"RTX 4090 Ti", "NVIDIA GeForce RTX 4090", false},
		{"", "NVIDIA A100-SXM4-40GB", true},
		{"", "anything at all", true},
		{"  ", "NVIDIA B200", true}, // no tokens: any
		{"A100", "", false},
	}
	for _, c := range cases {
		if got := ModelMatches(c.want, c.model); got != c.match {
			t.Errorf("ModelMatches(%q, %q) = %v, want %v", c.want, c.model, got, c.match)
		}
	}
}

// filterCase runs one filter alone against one node.
type filterCase struct {
	name  string
	req   Requirements
	a     *types.Advert
	seen  uint64 // SeenMs; now is 100_000 and the TTL 10_000
	mode  Mode
	res   []Reservation
	want  bool
	notes string
}

func runFilterCases(t *testing.T, f filter, cases []filterCase) {
	t.Helper()
	for _, c := range cases {
		seen := c.seen
		if seen == 0 {
			seen = 100_000
		}
		q := newQuery(&c.req, c.mode, 100_000, 10_000)
		res := indexReservations(q, c.res)
		var n nodeCapacity
		capacityOf(q, Entry{Advert: c.a, SeenMs: seen}, res[c.a.Node], nil, &n)
		if got := f.Feasible(q, &n); got != c.want {
			t.Errorf("%s / %s: Feasible = %v, want %v", f.Name(), c.name, got, c.want)
		}
	}
}

func TestFilterAlive(t *testing.T) {
	a := node(testID(1), 1)
	runFilterCases(t, aliveFilter{}, []filterCase{
		{name: "just seen", a: a, seen: 100_000, want: true},
		{name: "seen in the future", a: a, seen: 200_000, want: true},
		{name: "exactly TTL old", a: a, seen: 90_000, want: true},
		{name: "TTL+1 old", a: a, seen: 89_999, want: false},
		{name: "ancient", a: a, seen: 1, want: false},
	})
}

func TestFilterExcluded(t *testing.T) {
	a := node(testID(1), 1)
	runFilterCases(t, excludedFilter{}, []filterCase{
		{name: "no exclusions", a: a, want: true},
		{name: "others excluded", a: a, req: Requirements{Exclude: []peer.ID{testID(3), testID(2)}}, want: true},
		{name: "excluded", a: a, req: Requirements{Exclude: []peer.ID{testID(3), testID(1), testID(2)}}, want: false},
	})
}

func TestFilterRuntime(t *testing.T) {
	a := node(testID(1), 1)
	wasmOnly := node(testID(1), 1)
	wasmOnly.Runtimes = []string{"wasm"}
	runFilterCases(t, runtimeFilter{}, []filterCase{
		{name: "any", a: a, want: true},
		{name: "wasm", a: a, req: Requirements{Runtime: "wasm"}, want: true},
		{name: "case", a: a, req: Requirements{Runtime: "WASM"}, want: true},
		{name: "docker on wasm-only", a: wasmOnly, req: Requirements{Runtime: "docker"}, want: false},
		{name: "process", a: a, req: Requirements{Runtime: "process"}, want: false},
	})
}

func TestFilterGPUModel(t *testing.T) {
	a100 := node(testID(1), 1, gpuGroup("NVIDIA A100-SXM4-40GB", 40960, 8, 8))
	two := node(testID(1), 1, gpuGroup("NVIDIA A10", 24576, 2, 2), gpuGroup("NVIDIA H100 80GB HBM3", 81920, 8, 0))
	cpu := node(testID(1), 1)
	runFilterCases(t, gpuModelFilter{}, []filterCase{
		{name: "A100 on A100", a: a100, req: Requirements{GPUCount: 1, GPUModel: "A100"}, want: true},
		{name: "a100 on A100", a: a100, req: Requirements{GPUCount: 1, GPUModel: "a100"}, want: true},
		{name: "A10 on A100", a: a100, req: Requirements{GPUCount: 1, GPUModel: "A10"}, want: false},
		{name: "H100 on A100", a: a100, req: Requirements{GPUCount: 1, GPUModel: "H100"}, want: false},
		{name: "any on A100", a: a100, req: Requirements{GPUCount: 1}, want: true},
		{name: "H100 on second group (busy)", a: two, req: Requirements{GPUCount: 1, GPUModel: "H100"}, want: true},
		{name: "A10 on first group", a: two, req: Requirements{GPUCount: 1, GPUModel: "A10"}, want: true},
		{name: "GPU job on CPU node", a: cpu, req: Requirements{GPUCount: 1}, want: false},
		{name: "CPU job on CPU node", a: cpu, req: Requirements{GPUModel: "H100"}, want: true},
		{name: "CPU job on GPU node", a: a100, req: Requirements{GPUModel: "H100"}, want: true},
	})
}

func TestFilterGPUCount(t *testing.T) {
	a := node(testID(1), 5,
		gpuGroup("NVIDIA A100-SXM4-40GB", 40960, 8, 6),
		gpuGroup("NVIDIA A100-SXM4-80GB", 81920, 4, 1),
	)
	runFilterCases(t, gpuCountFilter{}, []filterCase{
		{name: "6 free of 8", a: a, req: Requirements{GPUCount: 6, GPUModel: "A100"}, want: true},
		{name: "7 > 6 free", a: a, req: Requirements{GPUCount: 7, GPUModel: "A100"}, want: false},
		{name: "7 fit ever", a: a, req: Requirements{GPUCount: 7, GPUModel: "A100"}, mode: FitEver, want: true},
		{name: "9 never", a: a, req: Requirements{GPUCount: 9, GPUModel: "A100"}, mode: FitEver, want: false},
		// One group: 6 + 1 free A100s do not make 7.
		{name: "no pooling across groups", a: a, req: Requirements{GPUCount: 7}, want: false},
		// The 80GB group is busy: that is a count problem, not memory.
		{name: "80GB busy", a: a, req: Requirements{GPUCount: 2, GPUModel: "A100", GPUMemMiB: 80000}, want: false},
		{name: "80GB one free", a: a, req: Requirements{GPUCount: 1, GPUModel: "A100", GPUMemMiB: 80000}, want: true},
		// No group has the memory: count judges all matching groups (memory rejects later).
		{name: "too little memory everywhere", a: a, req: Requirements{GPUCount: 2, GPUMemMiB: 100000}, want: true},
		{name: "reserved", a: a, req: Requirements{GPUCount: 6, GPUModel: "A100"},
			res: []Reservation{{Node: testID(1), JobID: jobID("other"), GPUs: 1, GPUModel: "NVIDIA A100-SXM4-40GB", AfterSeq: 5}}, want: false},
		{name: "reservation shown by advert", a: a, req: Requirements{GPUCount: 6, GPUModel: "A100"},
			res: []Reservation{{Node: testID(1), JobID: jobID("other"), GPUs: 1, GPUModel: "NVIDIA A100-SXM4-40GB", AfterSeq: 4}}, want: true},
		{name: "reservation on the other group", a: a, req: Requirements{GPUCount: 6, GPUModel: "A100"},
			res: []Reservation{{Node: testID(1), JobID: jobID("other"), GPUs: 1, GPUModel: "NVIDIA A100-SXM4-80GB", AfterSeq: 5}}, want: true},
		{name: "CPU job", a: node(testID(1), 1), req: Requirements{}, want: true},
	})
}

func TestFilterGPUMemory(t *testing.T) {
	a := node(testID(1), 1,
		gpuGroup("NVIDIA A100-SXM4-40GB", 40960, 8, 6),
		gpuGroup("NVIDIA A100-SXM4-80GB", 81920, 4, 1),
	)
	runFilterCases(t, gpuMemoryFilter{}, []filterCase{
		{name: "40GB", a: a, req: Requirements{GPUCount: 4, GPUMemMiB: 40960}, want: true},
		{name: "80GB x1", a: a, req: Requirements{GPUCount: 1, GPUMemMiB: 81920}, want: true},
		{name: "80GB x4 now", a: a, req: Requirements{GPUCount: 4, GPUMemMiB: 81920}, want: false},
		{name: "80GB x4 ever", a: a, req: Requirements{GPUCount: 4, GPUMemMiB: 81920}, mode: FitEver, want: true},
		{name: "96GB", a: a, req: Requirements{GPUCount: 1, GPUMemMiB: 98304}, want: false},
		{name: "CPU job", a: a, req: Requirements{GPUMemMiB: 1 << 30}, want: true},
	})
}

func TestFilterCPURAMDisk(t *testing.T) {
	a := node(testID(1), 3) // 32 cores, 256 GiB RAM, 1 TiB disk
	other := jobID("other")
	runFilterCases(t, cpuFilter{}, []filterCase{
		{name: "32 of 32", a: a, req: Requirements{CPUCores: 32}, want: true},
		{name: "33 of 32", a: a, req: Requirements{CPUCores: 33}, want: false},
	})
	runFilterCases(t, ramFilter{}, []filterCase{
		{name: "all", a: a, req: Requirements{RAMMiB: 256 << 10}, want: true},
		{name: "one more", a: a, req: Requirements{RAMMiB: 256<<10 + 1}, want: false},
		{name: "reserved", a: a, req: Requirements{RAMMiB: 200 << 10},
			res: []Reservation{{Node: testID(1), JobID: other, RAMMiB: 100 << 10, AfterSeq: 3}}, want: false},
		{name: "reserved, fit ever", a: a, req: Requirements{RAMMiB: 200 << 10}, mode: FitEver,
			res: []Reservation{{Node: testID(1), JobID: other, RAMMiB: 100 << 10, AfterSeq: 3}}, want: true},
		{name: "reservation is this job's own", a: a, req: Requirements{JobID: other, RAMMiB: 200 << 10},
			res: []Reservation{{Node: testID(1), JobID: other, RAMMiB: 100 << 10, AfterSeq: 3}}, want: true},
		{name: "reservation on another node", a: a, req: Requirements{RAMMiB: 200 << 10},
			res: []Reservation{{Node: testID(2), JobID: other, RAMMiB: 100 << 10, AfterSeq: 3}}, want: true},
		{name: "over-reserved floors at 0", a: a, req: Requirements{RAMMiB: 1},
			res: []Reservation{{Node: testID(1), JobID: other, RAMMiB: 1 << 40, AfterSeq: 3}}, want: false},
	})
	runFilterCases(t, diskFilter{}, []filterCase{
		{name: "fits", a: a, req: Requirements{DiskMiB: 1 << 20}, want: true},
		{name: "too big", a: a, req: Requirements{DiskMiB: 1<<20 + 1}, want: false},
		{name: "reserved", a: a, req: Requirements{DiskMiB: 1 << 19},
			res: []Reservation{{Node: testID(1), JobID: other, DiskMiB: 1<<19 + 1, AfterSeq: 3}}, want: false},
	})
}

func TestFilterPrice(t *testing.T) {
	a := node(testID(1), 1, gpuGroup("NVIDIA B200", 183359, 8, 8)) // 0.5 ETH
	runFilterCases(t, priceFilter{}, []filterCase{
		{name: "no cap", a: a, req: Requirements{GPUCount: 1}, want: true},
		{name: "zero cap", a: a, req: Requirements{GPUCount: 1, PriceCapWei: new(big.Int)}, want: true},
		{name: "at cap", a: a, req: Requirements{GPUCount: 1, PriceCapWei: eth(5)}, want: true},
		{name: "above cap", a: a, req: Requirements{GPUCount: 1, PriceCapWei: eth(4)}, want: false},
		{name: "CPU job ignores price", a: a, req: Requirements{PriceCapWei: big.NewInt(1)}, want: true},
	})
}

func TestFilterRegionReputation(t *testing.T) {
	a := node(testID(1), 1)
	runFilterCases(t, regionFilter{}, []filterCase{
		{name: "any", a: a, want: true},
		{name: "same", a: a, req: Requirements{Region: "eu-west"}, want: true},
		{name: "case", a: a, req: Requirements{Region: "EU-West"}, want: true},
		{name: "other", a: a, req: Requirements{Region: "us-east"}, want: false},
	})
	runFilterCases(t, reputationFilter{}, []filterCase{
		{name: "none asked", a: a, want: true},
		{name: "neutral", a: a, req: Requirements{MinReputation: NeutralReputation}, want: true},
		{name: "above neutral", a: a, req: Requirements{MinReputation: NeutralReputation + 1}, want: false},
	})
	st := &Standings{measured: true, reputation: map[peer.ID]uint32{testID(1): FloorReputation - 1, testID(2): 1500}}
	b, c := node(testID(2), 1), node(testID(3), 1)
	runFilterCases(t, reputationFilter{}, []filterCase{
		{name: "under the floor, nothing asked", a: a, req: Requirements{Standings: st}, want: false},
		{name: "measured high", a: b, req: Requirements{Standings: st, MinReputation: 1200}, want: true},
		{name: "newcomer", a: c, req: Requirements{Standings: st}, want: true},
		{name: "newcomer, neutral asked", a: c, req: Requirements{Standings: st, MinReputation: NeutralReputation}, want: false},
	})
}

func TestFilterUptimeAndBond(t *testing.T) {
	a, b := node(testID(1), 1), node(testID(2), 1)
	st := &Standings{measured: true, upEpochs: 10, uptime: map[peer.ID]uint32{testID(1): 90}, bondRequired: true, bonded: map[peer.ID]bool{testID(1): true}}
	runFilterCases(t, uptimeFilter{}, []filterCase{
		{name: "nothing measured", a: b, req: Requirements{MinUptime: 100}, want: true},
		{name: "enough", a: a, req: Requirements{Standings: st, MinUptime: 90}, want: true},
		{name: "too little", a: a, req: Requirements{Standings: st, MinUptime: 91}, want: false},
		{name: "never seen", a: b, req: Requirements{Standings: st, MinUptime: 1}, want: false},
		{name: "none asked", a: b, req: Requirements{Standings: st}, want: true},
	})
	runFilterCases(t, bondFilter{}, []filterCase{
		{name: "bonds not required", a: b, want: true},
		{name: "bonded", a: a, req: Requirements{Standings: st}, want: true},
		{name: "unbonded", a: b, req: Requirements{Standings: st}, want: false},
	})
}

func TestPipelineOrder(t *testing.T) {
	want := []string{"alive", "excluded", "runtime", "GPU model", "GPU count", "GPU memory", "CPU", "RAM", "disk", "price", "region", "latency", "data", "bond", "reputation", "uptime"}
	var got []string
	for _, f := range pipeline {
		got = append(got, f.Name())
	}
	if !slices.Equal(got, want) {
		t.Fatalf("pipeline = %q, want %q", got, want)
	}
}

func TestSummary(t *testing.T) {
	var nodes []Entry
	for i := 1; i <= 12; i++ {
		var a *types.Advert
		if i <= 8 {
			a = node(testID(i), 1, gpuGroup("NVIDIA H100 80GB HBM3", 81920, 8, 8))
		} else {
			a = node(testID(i), 1, gpuGroup("NVIDIA A100-SXM4-40GB", 40960, 8, 8))
		}
		nodes = append(nodes, Entry{Advert: a, SeenMs: 1000})
	}
	req := Requirements{JobID: jobID("summary"), GPUModel: "A100", GPUCount: 1, GPUMemMiB: 80 << 10}
	p := Rank(req, nodes, nil, FitNow, 1000, 10_000)
	if got, want := p.Summary(), "0/12 nodes fit: 8 GPU model, 4 GPU memory"; got != want {
		t.Fatalf("Summary = %q, want %q", got, want)
	}
	wantRej := []FilterCount{{"GPU model", 8}, {"GPU memory", 4}}
	if !reflect.DeepEqual(p.Rejected, wantRej) {
		t.Fatalf("Rejected = %v, want %v", p.Rejected, wantRej)
	}

	req.GPUMemMiB = 40 << 10
	p = Rank(req, nodes, nil, FitNow, 1000, 10_000)
	if got, want := p.Summary(), "4/12 nodes fit"; got != want {
		t.Fatalf("Summary = %q, want %q", got, want)
	}
	// Dead nodes are rejected first, whatever else is wrong with them.
	p = Rank(req, nodes, nil, FitNow, 100_000, 10_000)
	if got, want := p.Summary(), "0/12 nodes fit: 12 alive"; got != want {
		t.Fatalf("Summary = %q, want %q", got, want)
	}
	if got, want := (Placement{}).Summary(), "0/0 nodes fit"; got != want {
		t.Fatalf("empty Summary = %q, want %q", got, want)
	}
}

func TestReservationsFitNowAndFitEver(t *testing.T) {
	id := testID(1)
	a := node(id, 10, gpuGroup("NVIDIA H100 80GB HBM3", 81920, 8, 8))
	nodes := []Entry{{Advert: a, SeenMs: 1000}}
	req := Requirements{JobID: jobID("big"), GPUModel: "H100", GPUCount: 8}
	res := []Reservation{{Node: id, JobID: jobID("small"), GPUs: 1, GPUModel: "H100", AfterSeq: 10}}

	if p := Rank(req, nodes, nil, FitNow, 1000, 10_000); len(p.Ranked) != 1 {
		t.Fatalf("no reservation: %s", p.Summary())
	}
	p := Rank(req, nodes, res, FitNow, 1000, 10_000)
	if got, want := p.Summary(), "0/1 nodes fit: 1 GPU count"; got != want {
		t.Fatalf("reserved, advert seq 10 <= AfterSeq 10: %q, want %q", got, want)
	}
	if p := Rank(req, nodes, res, FitEver, 1000, 10_000); len(p.Ranked) != 1 {
		t.Fatalf("FitEver must ignore reservations: %s", p.Summary())
	}
	// The node's next advert shows the claim (1 GPU busy): the reservation
	// no longer counts, the advert's free count does.
	a2 := node(id, 11, gpuGroup("NVIDIA H100 80GB HBM3", 81920, 8, 7))
	p = Rank(req, []Entry{{Advert: a2, SeenMs: 2000}}, res, FitNow, 2000, 10_000)
	if got, want := p.Summary(), "0/1 nodes fit: 1 GPU count"; got != want {
		t.Fatalf("after advert 11: %q, want %q", got, want)
	}
	req.GPUCount = 7
	if p := Rank(req, []Entry{{Advert: a2, SeenMs: 2000}}, res, FitNow, 2000, 10_000); len(p.Ranked) != 1 {
		t.Fatalf("7 of 7 free after advert 11, reservation counted twice: %s", p.Summary())
	}
	// Several reservations add up, and the order they come in does not matter.
	res3 := []Reservation{
		{Node: id, JobID: jobID("r1"), GPUs: 2, GPUModel: "NVIDIA H100 80GB HBM3", RAMMiB: 1 << 10, AfterSeq: 10},
		{Node: id, JobID: jobID("r2"), GPUs: 3, GPUModel: "", AfterSeq: 10},
		{Node: id, JobID: jobID("r3"), GPUs: 9, AfterSeq: 9}, // already shown
	}
	for _, count := range []uint32{3, 4} {
		req.GPUCount = count
		p1 := Rank(req, nodes, res3, FitNow, 1000, 10_000)
		p2 := Rank(req, nodes, []Reservation{res3[2], res3[1], res3[0]}, FitNow, 1000, 10_000)
		if !reflect.DeepEqual(p1, p2) {
			t.Fatalf("reservation order changed the placement")
		}
		if fits := len(p1.Ranked) == 1; fits != (count <= 3) {
			t.Fatalf("%d GPUs with 8-2-3 free: fits = %v", count, fits)
		}
	}
}

func TestCheck(t *testing.T) {
	a := node(testID(1), 1, gpuGroup("NVIDIA A100-SXM4-80GB", 81920, 4, 4))
	e := Entry{Advert: a, SeenMs: 1000}
	if why, ok := Check(Requirements{GPUCount: 4, GPUModel: "A100"}, e, nil, FitNow, 1000, 10_000); !ok || why != "" {
		t.Fatalf("Check = %q, %v", why, ok)
	}
	if why, ok := Check(Requirements{GPUCount: 4, GPUModel: "H100"}, e, nil, FitNow, 1000, 10_000); ok || why != "GPU model" {
		t.Fatalf("Check = %q, %v", why, ok)
	}
	if why, ok := Check(Requirements{GPUCount: 5}, e, nil, FitNow, 1000, 10_000); ok || why != "GPU count" {
		t.Fatalf("Check = %q, %v", why, ok)
	}
}

// goldenNodes is the fixed synthetic network of the golden vectors: 50
// nodes with the secp256k1 keys 1..50.
func goldenNodes() []Entry {
	const now = 1_000_000
	type gpu struct {
		model string
		mem   uint64
	}
	gpus := []gpu{
		{"", 0},
		{"NVIDIA A100-SXM4-40GB", 40960},
		{"NVIDIA A100-SXM4-80GB", 81920},
		{"NVIDIA H100 80GB HBM3", 81920},
		{"NVIDIA B200", 183359},
		{"NVIDIA GeForce RTX 4090", 24564},
	}
	regions := []string{"eu-west", "us-east", "ap-south"}
	var out []Entry
	for i := 1; i <= 50; i++ {
		a := &types.Advert{
			Node:       testID(i),
			Seq:        uint64(i),
			TimeMs:     now,
			CPUCores:   uint32(8 * (1 + i%4)),
			RAMMiB:     uint64(32768 * (1 + i%3)),
			CPUFree:    uint32(8 * (1 + i%4)),
			RAMFreeMiB: uint64(32768 * (1 + i%3)),
			DiskMiB:    uint64(500_000 * (1 + i%2)),
			Runtimes:   []string{"docker", "wasm"},
			PriceWei:   eth(int64(1 + i%9)),
			Region:     regions[i%3],
		}
		if g := gpus[i%6]; g.model != "" {
			total := []uint32{1, 2, 4, 8}[i%4]
			free := total
			if used := uint32(i % 3); used < total {
				free = total - used
			} else {
				free = 0
			}
			a.GPUs = append(a.GPUs, gpuGroup(g.model, g.mem, total, free))
		}
		if i%10 == 7 {
			a.GPUs = append(a.GPUs, gpuGroup("NVIDIA A10", 24576, 2, 2))
		}
		// Network coordinates, for the latency jobs (every node but
		// those i%11 == 5), spread over about ±30 ms.
		if i%11 != 5 {
			a.Coord = coordAt(int64(i*7919%61-30)*1000, int64(i*104729%53-26)*1000, uint64(100*(i%5)))
			a.Coord.Adjustment = twos(int64(i%3-1) * 200)
		}
		switch {
		case i%7 == 0:
			a.Runtimes = []string{"docker"}
		case i%5 == 0:
			a.Runtimes = []string{"wasm"}
		}
		switch i % 4 {
		case 0:
			a.CIDs = []string{"bafyinput1", "bafyinput2"}
		case 1:
			a.CIDs = []string{"bafyinput1"}
		}
		seen := uint64(now - (i%5)*1000)
		if i%17 == 0 {
			seen = now - 30_001 // past the TTL
		}
		out = append(out, Entry{Advert: a, SeenMs: seen})
	}
	return out
}

// goldenReservations are claims standing in the golden network.
func goldenReservations() []Reservation {
	return []Reservation{
		{Node: testID(2), JobID: jobID("standing-1"), GPUs: 1, GPUModel: "NVIDIA A100-SXM4-80GB", RAMMiB: 1024, AfterSeq: 2},   // held
		{Node: testID(14), JobID: jobID("standing-2"), GPUs: 2, GPUModel: "NVIDIA A100-SXM4-80GB", RAMMiB: 1024, AfterSeq: 13}, // shown
		{Node: testID(3), JobID: jobID("standing-3"), RAMMiB: 60_000, DiskMiB: 100, AfterSeq: 3},                               // held
	}
}

type goldenJob struct {
	name string
	mode Mode
	req  Requirements
}

func goldenJobs() []goldenJob {
	jobs := []goldenJob{
		{"cpu-wasm", FitNow, Requirements{Runtime: "wasm", CPUCores: 4, RAMMiB: 8192}},
		{"a100-1", FitNow, Requirements{Runtime: "docker", GPUModel: "A100", GPUCount: 1}},
		{"a100-80g-2", FitNow, Requirements{Runtime: "docker", GPUModel: "A100", GPUCount: 2, GPUMemMiB: 80000, RAMMiB: 65536}},
		{"a100-80g-4", FitNow, Requirements{Runtime: "docker", GPUModel: "A100", GPUCount: 4, GPUMemMiB: 80000, RAMMiB: 65536}},
		{"a100-80g-4-ever", FitEver, Requirements{Runtime: "docker", GPUModel: "A100", GPUCount: 4, GPUMemMiB: 80000, RAMMiB: 65536}},
		{"h100-8", FitNow, Requirements{GPUModel: "h100", GPUCount: 8, CPUCores: 16}},
		{"any-gpu-2-capped", FitNow, Requirements{GPUCount: 2, PriceCapWei: eth(4), DiskMiB: 600_000}},
		{"b200-eu", FitNow, Requirements{GPUModel: "B200", GPUCount: 1, Region: "eu-west"}},
		{"a10", FitNow, Requirements{GPUModel: "A10", GPUCount: 2, GPUMemMiB: 20000}},
		{"cpu-locality", FitNow, Requirements{Runtime: "wasm", InputCIDs: []string{"bafyinput2", "bafyinput1", "bafyinput2"}}},
		{"mi300-nowhere", FitEver, Requirements{GPUModel: "MI300X", GPUCount: 1}},
		{"a100-excluded", FitNow, Requirements{GPUModel: "A100", GPUCount: 1, Exclude: []peer.ID{testID(2), testID(8)}, MinReputation: NeutralReputation}},
		{"reputation-too-high", FitNow, Requirements{MinReputation: 2 * NeutralReputation}},
		{"cpu-latency-25ms", FitNow, Requirements{Runtime: "wasm", CPUCores: 4, MaxLatencyMs: 25, HomeCoord: coordAt(0, 0, 50)}},
		{"a100-latency-40ms", FitNow, Requirements{GPUModel: "A100", GPUCount: 1, MaxLatencyMs: 40, HomeCoord: coordAt(-10_000, 5_000, 0)}},
		{"latency-no-home", FitNow, Requirements{Runtime: "wasm", MaxLatencyMs: 25}},
	}
	for i := range jobs {
		jobs[i].req.JobID = jobID("golden/" + jobs[i].name)
	}
	return jobs
}

func formatPlacement(b *bytes.Buffer, j goldenJob, p Placement) {
	fmt.Fprintf(b, "job %s %x %s\n", j.name, j.req.JobID, j.mode)
	fmt.Fprintf(b, "summary %s\n", p.Summary())
	for _, r := range p.Rejected {
		fmt.Fprintf(b, "rejected %q %d\n", r.Filter, r.Count)
	}
	for i, c := range p.Ranked {
		w := c.Weights
		fmt.Fprintf(b, "%2d %s %s seq=%d price=%s rep=%d wprice=%v loc=%d fit=%d",
			i, c.Node, c.Score, c.AdvertSeq, c.PriceWei, w.Reputation, w.PriceWei, w.Locality, w.Fit)
		if w.BoundMicros > 0 { // only jobs with a latency bound: older lines stay as they were
			fmt.Fprintf(b, " rtt=%d/%d", w.RTTMicros, w.BoundMicros)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func TestPlacementGolden(t *testing.T) {
	const now, ttl = 1_000_000, 30_000
	nodes := goldenNodes()
	var b bytes.Buffer
	b.WriteString("# sched placement golden vectors: go test ./sched -update rewrites this file.\n")
	b.WriteString("# 50 nodes (secp256k1 keys 1..50), rank score(hex, 128-bit) and weight inputs.\n\n")
	for _, j := range goldenJobs() {
		p := Rank(j.req, nodes, goldenReservations(), j.mode, now, ttl)
		formatPlacement(&b, j, p)
	}
	checkGolden(t, "placement.golden", b.Bytes())
}

// Every candidate's score is the one any peer computes from the claim's
// own inputs.
func TestRankScoreIsScoreFor(t *testing.T) {
	nodes := goldenNodes()
	n := 0
	for _, j := range goldenJobs() {
		p := Rank(j.req, nodes, goldenReservations(), j.mode, 1_000_000, 30_000)
		for i, c := range p.Ranked {
			if s := ScoreFor(j.req.JobID, c.Node, c.Weights); s != c.Score {
				t.Fatalf("%s: %s: Rank score %s, ScoreFor %s", j.name, c.Node, c.Score, s)
			}
			e := nodes[slices.IndexFunc(nodes, func(e Entry) bool { return e.Advert.Node == c.Node })]
			if w := WeightInputsFor(j.req, e.Advert); !reflect.DeepEqual(w, c.Weights) {
				t.Fatalf("%s: %s: weights %+v, WeightInputsFor %+v", j.name, c.Node, c.Weights, w)
			}
			if i > 0 && !Better(p.Ranked[i-1], c) {
				t.Fatalf("%s: not sorted at %d", j.name, i)
			}
			if r, ok := RankOf(p, c.Node); !ok || r != i {
				t.Fatalf("RankOf(%s) = %d, %v, want %d", c.Node, r, ok, i)
			}
			n++
		}
	}
	if n < 50 {
		t.Fatalf("only %d candidates across the golden jobs: the fixture is too strict", n)
	}
	if _, ok := RankOf(Placement{}, testID(1)); ok {
		t.Fatal("RankOf found a node in an empty placement")
	}
}

// Shuffling the nodes, repeating some, or reordering reservations and
// exclusions gives the identical placement.
func TestRankDeterministic(t *testing.T) {
	nodes := goldenNodes()
	for _, j := range goldenJobs() {
		want := Rank(j.req, nodes, goldenReservations(), j.mode, 1_000_000, 30_000)
		for round := 0; round < 5; round++ {
			shuffled := slices.Clone(nodes)
			// A deterministic shuffle (no randomness in tests either).
			for i := len(shuffled) - 1; i > 0; i-- {
				h := crypto.Keccak256([]byte(fmt.Sprintf("%s/%d/%d", j.name, round, i)))
				k := int(binary.BigEndian.Uint64(h) % uint64(i+1))
				shuffled[i], shuffled[k] = shuffled[k], shuffled[i]
			}
			if round%2 == 1 {
				// An older advert of some node, listed too: the newest wins.
				old := *shuffled[0].Advert
				old.Seq = 0
				old.GPUs = nil
				shuffled = append(shuffled, Entry{Advert: &old, SeenMs: 1}, Entry{})
			}
			req := j.req
			req.Exclude = slices.Clone(req.Exclude)
			slices.Reverse(req.Exclude)
			res := goldenReservations()
			slices.Reverse(res)
			got := Rank(req, shuffled, res, j.mode, 1_000_000, 30_000)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s round %d: placement changed with input order:\n got %s\nwant %s", j.name, round, got.Summary(), want.Summary())
			}
		}
	}
}

func TestBetter(t *testing.T) {
	lo, hi := Score{15: 1}, Score{0: 1}
	a := Candidate{Node: "a", Score: lo}
	b := Candidate{Node: "b", Score: hi}
	if !Better(b, a) || Better(a, b) {
		t.Fatal("higher score must win")
	}
	b.Score = lo
	if !Better(a, b) || Better(b, a) {
		t.Fatal("equal scores: lower node id must win")
	}
	if Better(a, a) {
		t.Fatal("a candidate is not better than itself")
	}
}
