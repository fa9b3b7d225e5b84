package testnet

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// BenchmarkAdvertPropagation16 brings up 16 in-process peers and measures,
// for a capacity change published by one peer, the time until each other
// peer's view shows it. Each iteration is one change (a GPU taken or given
// back, round-robin over the publishers). Reported: p50 and p99 of the
// per-peer latency, and of the time until all 15 others have it.
//
//	go test ./testnet -run '^$' -bench AdvertPropagation16 -benchtime 200x
func BenchmarkAdvertPropagation16(b *testing.B) {
	const peers = 16
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	type change struct {
		src      peer.ID
		srcIdx   int
		wantFree uint32
		t0       time.Time
		seen     map[int]time.Duration
		done     chan struct{}
	}
	var (
		mu  sync.Mutex
		cur *change
	)
	hook := func(p int, a *types.Advert, _ string, at time.Time) {
		mu.Lock()
		defer mu.Unlock()
		c := cur
		if c == nil || a.Node != c.src || p == c.srcIdx {
			return
		}
		if _, free := a.GPUTotals(); free != c.wantFree {
			return
		}
		if _, ok := c.seen[p]; ok {
			return
		}
		c.seen[p] = at.Sub(c.t0)
		if len(c.seen) == peers-1 {
			close(c.done)
		}
	}
	cl, err := StartInProcess(ctx, InProcessConfig{Peers: peers, Network: "bench16", OnAdvert: hook})
	if err != nil {
		b.Fatal(err)
	}
	defer cl.Close()
	if err := cl.WaitConverged(ctx); err != nil {
		b.Fatal(err)
	}
	time.Sleep(3 * time.Second) // let gossipsub meshes settle past their first heartbeats

	var perPeer, all []time.Duration
	taken := make([]bool, peers)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src := i % peers
		n := cl.Nodes[src]
		total, free := totalsOf(n.Nodes(), n.ID())
		want := free - 1
		if taken[src] {
			want = free + 1
		}
		c := &change{src: n.ID(), srcIdx: src, wantFree: want, seen: map[int]time.Duration{}, done: make(chan struct{})}
		mu.Lock()
		cur = c
		c.t0 = time.Now()
		mu.Unlock()
		if err := n.SetGPUsAllocated([]int{0}, !taken[src]); err != nil {
			b.Fatalf("peer %d (%d GPUs): %v", src, total, err)
		}
		taken[src] = !taken[src]
		select {
		case <-c.done:
		case <-time.After(30 * time.Second):
			b.Fatalf("change %d from peer %d reached only %d peers", i, src, len(c.seen))
		}
		mu.Lock()
		var worst time.Duration
		for _, d := range c.seen {
			perPeer = append(perPeer, d)
			worst = max(worst, d)
		}
		all = append(all, worst)
		cur = nil
		mu.Unlock()
	}
	b.StopTimer()
	b.ReportMetric(ms(pct(perPeer, 50)), "p50-peer-ms")
	b.ReportMetric(ms(pct(perPeer, 99)), "p99-peer-ms")
	b.ReportMetric(ms(pct(all, 50)), "p50-all-ms")
	b.ReportMetric(ms(pct(all, 99)), "p99-all-ms")
	b.ReportMetric(0, "ns/op")
}

func totalsOf(nodes []api.Node, self peer.ID) (uint32, uint32) {
	for _, v := range nodes {
		if v.ID == self.String() {
			return v.GPUTotal, v.GPUFree
		}
	}
	return 0, 0
}

// BenchmarkIdleDaemons16 starts 16 skyopsd processes (a real process
// testnet), lets them idle, and reports each daemon's resident memory and
// CPU use while idle: median and max over the 16. Resident memory is
// VmRSS, and its anonymous part (RssAnon: heap, stacks) alone: the rest is
// mostly the daemon's executable, mapped from the page cache and shared by
// every daemon on the machine (on kernels that map it in large folios,
// nearly all of its 65 MiB of code and data is resident).
//
//	go test ./testnet -run '^$' -bench IdleDaemons16 -benchtime 1x
func BenchmarkIdleDaemons16(b *testing.B) {
	const peers = 16
	bin := buildDaemon(b)
	dir, err := os.MkdirTemp("", "skidle")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for i := 0; i < b.N; i++ {
		runDir := filepath.Join(dir, strconv.Itoa(i))
		m, err := Up(ctx, ProcessConfig{Peers: peers, Dir: runDir, DaemonPath: bin, Network: "idle16"})
		if err != nil {
			b.Fatal(err)
		}
		time.Sleep(10 * time.Second) // past start-up: DHT bootstrap, mesh grafts
		const window = 20 * time.Second
		before := map[int]uint64{}
		for _, p := range m.Peers {
			before[p.PID] = cpuTicks(b, p.PID)
		}
		time.Sleep(window)
		var rss, anon, cpu []float64
		for _, p := range m.Peers {
			rss = append(rss, float64(rssKiB(b, p.PID))/1024)
			anon = append(anon, float64(statusKiB(b, p.PID, "RssAnon:"))/1024)
			cpu = append(cpu, float64(cpuTicks(b, p.PID)-before[p.PID])/100/window.Seconds()*100) // USER_HZ is 100 on Linux
		}
		if err := Down(ctx, runDir); err != nil {
			b.Fatal(err)
		}
		slices.Sort(rss)
		slices.Sort(anon)
		slices.Sort(cpu)
		b.ReportMetric(rss[len(rss)/2], "median-rss-MiB")
		b.ReportMetric(rss[len(rss)-1], "max-rss-MiB")
		b.ReportMetric(anon[len(anon)/2], "median-anon-MiB")
		b.ReportMetric(cpu[len(cpu)/2], "median-cpu-%")
		b.ReportMetric(cpu[len(cpu)-1], "max-cpu-%")
	}
	b.ReportMetric(0, "ns/op")
}

func buildDaemon(tb testing.TB) string {
	tb.Helper()
	out := filepath.Join(tb.TempDir(), "skyopsd")
	cmd := exec.Command("go", "build", "-o", out, "github.com/skyops/skyops/cmd/skyopsd")
	cmd.Env = append(os.Environ(), "CGO_CFLAGS=-Wno-deprecated-declarations")
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("build skyopsd: %v\n%s", err, b)
	}
	return out
}

func rssKiB(tb testing.TB, pid int) uint64 { return statusKiB(tb, pid, "VmRSS:") }

// statusKiB reads one kB field (VmRSS:, RssAnon:) of /proc/PID/status.
func statusKiB(tb testing.TB, pid int, field string) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == field {
			v, _ := strconv.ParseUint(f[1], 10, 64)
			return v
		}
	}
	tb.Fatalf("no %s in /proc/%d/status", field, pid)
	return 0
}

func cpuTicks(tb testing.TB, pid int) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		tb.Fatal(err)
	}
	// Fields after the ")" that closes the command name; utime and stime
	// are fields 14 and 15 of the whole line.
	rest := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	ut, _ := strconv.ParseUint(rest[11], 10, 64)
	st, _ := strconv.ParseUint(rest[12], 10, 64)
	return ut + st
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100
	return s[max(0, min(len(s)-1, i-1))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
