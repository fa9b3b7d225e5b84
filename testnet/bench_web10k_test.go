package testnet

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// BenchmarkDashboard10kJobs measures how long the dashboard's pages take
// to load in a real browser (navigation start to the page saying it is
// loaded, its table drawn) with 10 jobs known to the daemon and then with
// 10,010, in the same run: the jobs list (all jobs, first page), the jobs
// list filtered by state, the job page, the explorer's search by owner and
// the node map. The first jobs are signed submits for the network's one
// H100, queued behind a job that holds it for the whole run; the 10,000
// are submitted and cancelled by their owner at once, history the daemon
// keeps (10,000 pending jobs load placement, not the page: that is the
// scheduler's benchmark). One run per invocation
// (-benchtime 1x); p50/p99 over 15 loads of each page, and the ratio of
// the p50s.
func BenchmarkDashboard10kJobs(b *testing.B) {
	browser := startBrowser(b, 1280, 900)
	module := demoModule(b)
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()
	c := startCluster(b, ctx, InProcessConfig{Peers: 2, Network: "web10k", Fleets: []string{"none", "H100:1"},
		Options: func(int) []node.Option { return []node.Option{node.HTTP("127.0.0.1:0")} }})
	home := api.NewClient(c.Nodes[0].SocketPath())
	info, err := home.Web(ctx)
	if err != nil {
		b.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	var submitted atomic.Int64
	var first string
	submit := func(n, workers int, cancelEach bool) {
		var wg sync.WaitGroup
		var next atomic.Int64
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for next.Add(1) <= int64(n) {
					req := signedJob(b, "web10k", c.Nodes[0].ID(), owner, module, "H100", 1)
					resp, err := home.Submit(ctx, req)
					if err != nil {
						b.Errorf("submit %d: %v", submitted.Load()+1, err)
						return
					}
					if submitted.Add(1) == 1 {
						first = resp.ID
					}
					if !cancelEach {
						continue
					}
					sig, err := types.SignCancel("web10k", common.HexToHash(resp.ID), owner)
					if err == nil {
						_, err = home.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + common.Bytes2Hex(sig)})
					}
					if err != nil {
						b.Errorf("cancel %s: %v", resp.ID, err)
						return
					}
				}
			}()
		}
		wg.Wait()
		if b.Failed() {
			b.FailNow()
		}
	}
	p := &tab{t: b, ctx: newTab(b, browser)}
	p.do("log in", chromedp.Navigate(info.Login))
	base := strings.TrimSuffix(info.URL, "/")
	pages := []struct{ name, hash, page, ready string }{
		{"jobs", "#/jobs?all=1", "jobs", `document.querySelectorAll("#jobs-table tbody tr").length >= 10`},
		{"jobs-pending", "#/jobs?all=1&state=pending", "jobs", `document.querySelectorAll("#jobs-table tbody tr").length >= 10`},
		{"job", "", "job", `!!document.getElementById("job-state")`},
		{"owner", "#/explorer/" + owner.Address().Hex(), "explorer", `document.querySelectorAll("#explorer-owner-jobs-table tbody tr").length >= 10`},
		{"network", "#/network", "network", `document.querySelectorAll("[data-node-id]").length >= 2`},
	}
	const loads = 15
	load := func(hash, page, ready string, i int) time.Duration {
		js := fmt.Sprintf(`(() => { const a = document.getElementById("app"); return a && a.dataset.page === %q && a.dataset.ready === "true" && %s; })()`, page, ready)
		start := time.Now()
		p.do("load "+hash, chromedp.Navigate(fmt.Sprintf("%s/?load=%d%s", base, i, hash)))
		lctx, cancel := context.WithTimeout(p.ctx, time.Minute)
		defer cancel()
		if _, err := chromedp.Run(lctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(50*time.Second))); err != nil {
			b.Fatalf("load %s: %v; the page says: %s; requests: %s", hash, err, p.text("#app"), p.eval(`JSON.stringify(performance.getEntriesByType("resource").map(e => [e.name, Math.round(e.duration), e.responseStatus]))`))
		}
		return time.Since(start)
	}
	measure := func() map[string][]time.Duration {
		out := map[string][]time.Duration{}
		for i := range loads {
			for _, pg := range pages {
				hash := pg.hash
				if pg.name == "job" {
					hash = "#/jobs/" + first
				}
				out[pg.name] = append(out[pg.name], load(hash, pg.page, pg.ready, i))
			}
		}
		return out
	}

	// The job that holds the H100 while the others queue.
	blocker := signedJob(b, "web10k", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "1", "--steps", "3600", "--sleep-ms", "1000")
	blocker.Spec.DurationSec = 3600
	sig, err := types.SignJobSpec(&blocker.Spec, 1337, owner)
	if err != nil {
		b.Fatal(err)
	}
	blocker.Signature = "0x" + common.Bytes2Hex(sig)
	if _, err := home.Submit(ctx, blocker); err != nil {
		b.Fatal(err)
	}
	submit(10, 1, false)
	small := measure()
	b.ResetTimer()
	t0 := time.Now()
	submit(10_000, 4, true)
	b.Logf("10,000 submits in %s", time.Since(t0).Round(time.Second))
	known, err := home.Jobs(ctx, api.JobQuery{State: "cancelled", Limit: api.MaxJobsLimit})
	if err != nil || len(known) < api.MaxJobsLimit {
		b.Fatalf("after the submits the daemon lists %d cancelled jobs (%v); want 10,000", len(known), err)
	}
	big := measure()
	b.StopTimer()
	for _, pg := range pages {
		s, l := big[pg.name], small[pg.name]
		b.ReportMetric(ms(pct(s, 50)), pg.name+"-p50-ms")
		b.ReportMetric(ms(pct(s, 99)), pg.name+"-p99-ms")
		b.ReportMetric(float64(pct(s, 50))/float64(max(pct(l, 50), time.Microsecond)), pg.name+"-p50-vs-10-jobs")
	}
	b.ReportMetric(float64(submitted.Load()), "jobs")
}

// rssMiB is this process's resident set (VmRSS), in MiB.
func rssMiB(t testing.TB) float64 {
	t.Helper()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kib, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				t.Fatal(err)
			}
			return kib / 1024
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}
