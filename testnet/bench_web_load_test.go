package testnet

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
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
	c, home, info := webCluster(b, ctx, "web10k", nil)
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
	if _, err := home.Submit(ctx, slowJob(b, "web10k", c.Nodes[0].ID(), owner, module, 3600)); err != nil {
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

// BenchmarkDashboardRSS measures what 10 open dashboard pages cost a
// skyopsd process: its RSS (VmRSS, and the anonymous part, RssAnon) with
// one page open on a running job's page, with 11, and with one again
// once the 10 are closed, each the median of 20 samples a second apart,
// in a 2-process testnet, 30 s after the job started (before that the
// Go runtime is still returning what start-up used, and RSS falls). What
// the pages added is the 11-page median less the first; the figure after
// closing them says how much of it the runtime kept. One run per
// invocation (-benchtime 1x).
func BenchmarkDashboardRSS(b *testing.B) {
	browser := startBrowser(b, 1280, 900)
	bin := buildDaemon(b)
	dir := b.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	m, err := Up(ctx, ProcessConfig{Peers: 2, Dir: dir, DaemonPath: bin, Network: "webrss", NoChain: true, Fleets: []string{"none", "H100:1"}})
	if err != nil {
		b.Fatal(err)
	}
	defer Down(context.Background(), dir)
	home := api.NewClient(m.Peers[0].Socket)
	info, err := home.Web(ctx)
	if err != nil {
		b.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	resp, err := home.Submit(ctx, slowJob(b, "webrss", mustPeerID(b, m.Peers[0].ID), owner, demoModule(b), 600))
	if err != nil {
		b.Fatal(err)
	}
	open := func() *tab {
		p := &tab{t: b, ctx: newTab(b, browser)}
		p.do("log in", chromedp.Navigate(info.Login))
		p.route("#/jobs/"+resp.ID, "job")
		return p
	}
	first := open()
	first.until("the job to run", `document.getElementById("job-state").dataset.state === "running"`, 2*time.Minute)
	pid := m.Peers[0].PID
	sample := func() (rss, anon float64) {
		var rs, as []float64
		for range 20 {
			time.Sleep(time.Second)
			rs = append(rs, float64(rssKiB(b, pid))/1024)
			as = append(as, float64(statusKiB(b, pid, "RssAnon:"))/1024)
		}
		slices.Sort(rs)
		slices.Sort(as)
		return rs[len(rs)/2], as[len(as)/2]
	}
	time.Sleep(30 * time.Second) // past start-up's memory
	b.ResetTimer()
	rss0, anon0 := sample()
	var pages []*tab
	for range 10 {
		pages = append(pages, open())
	}
	rss1, anon1 := sample()
	for _, p := range pages {
		if err := chromedp.Cancel(p.ctx); err != nil {
			b.Fatal(err)
		}
	}
	rss2, anon2 := sample()
	b.StopTimer()
	b.Logf("RSS %.1f → %.1f → %.1f MiB, anonymous %.1f → %.1f → %.1f MiB", rss0, rss1, rss2, anon0, anon1, anon2)
	first.until("the first page to follow the job still", `Number(document.getElementById("job-progress").dataset.progress || 0) > 0`, 30*time.Second)
	b.ReportMetric(rss0, "rss-MiB-1-page")
	b.ReportMetric(rss1-rss0, "rss-MiB-added-by-10-pages")
	b.ReportMetric(anon1-anon0, "anon-MiB-added-by-10-pages")
	b.ReportMetric(rss2-rss0, "rss-MiB-added-after-closing-them")
}
