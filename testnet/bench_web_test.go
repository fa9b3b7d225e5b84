package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// BenchmarkDashboard measures the dashboard in a real browser against two
// in-process daemons: how long after the daemon serving the page folds a
// job's progress event the job page's progress bar shows it (p50/p99
// over the reports of a job that moves every second, ≥ 100 of them), and
// how much the daemons' Go heap grows with 10 more pages open on the live
// job (BenchmarkDashboardRSS measures a daemon process's RSS). One run per
// invocation (-benchtime 1x); the figures are ReportMetric's.
func BenchmarkDashboard(b *testing.B) {
	browser := startBrowser(b, 1280, 900)
	module := demoModule(b)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var mu sync.Mutex
	type report struct {
		ppm uint32
		at  time.Time
	}
	folded := map[common.Hash][]report{} // progress reports folded at peer 0
	c, home, info := webCluster(b, ctx, "webbench", func(peer int, e *types.JobEvent, at time.Time) {
		if peer == 0 && e.Type == types.EvProgress {
			mu.Lock()
			folded[e.Job] = append(folded[e.Job], report{e.ProgressPPM, at})
			mu.Unlock()
		}
	})
	key, _ := crypto.GenerateKey()
	const steps = 125
	owner := types.KeySigner{Key: key}
	resp, err := home.Submit(ctx, slowJob(b, "webbench", c.Nodes[0].ID(), owner, module, steps))
	if err != nil {
		b.Fatal(err)
	}
	id := common.HexToHash(resp.ID)
	b.ResetTimer()
	p := &tab{t: b, ctx: newTab(b, browser)}
	p.do("log in", chromedp.Navigate(info.Login))
	p.route("#/jobs/"+resp.ID, "job")
	p.until("the job to run", `document.getElementById("job-state").dataset.state === "running"`, 2*time.Minute)
	// From here on, the first time the page shows each progress value (in
	// parts per million, as the event carries it).
	p.eval(`(() => { window.__seen = {}; const note = () => { const e = document.getElementById("job-progress"); if (!e || !e.dataset.progress) return; const v = Math.round(Number(e.dataset.progress) * 1e6); if (!(v in window.__seen)) window.__seen[v] = Date.now(); }; note(); new MutationObserver(note).observe(document.getElementById("app"), {subtree: true, childList: true, attributes: true}); return ""; })()`)
	mu.Lock()
	from := len(folded[id])
	mu.Unlock()

	// Ten more pages on the same live job, and the heap they cost.
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	before := heap()
	var pages []*tab
	for range 10 {
		q := &tab{t: b, ctx: newTab(b, browser)}
		q.do("log in", chromedp.Navigate(info.Login))
		q.route("#/jobs/"+resp.ID, "job")
		pages = append(pages, q)
	}
	time.Sleep(3 * time.Second)
	added := int64(heap()) - int64(before)

	p.until("the job to end", `document.getElementById("job-state").dataset.state === "completed"`, time.Duration(steps+60)*time.Second)
	time.Sleep(time.Second)
	var seen map[string]int64
	if err := json.Unmarshal([]byte(p.eval(`JSON.stringify(window.__seen)`)), &seen); err != nil {
		b.Fatal(err)
	}
	type shownAt struct {
		ppm uint32
		at  time.Time
	}
	var shown []shownAt
	for k, v := range seen {
		var ppm uint32
		fmt.Sscan(k, &ppm)
		shown = append(shown, shownAt{ppm, time.UnixMilli(v)})
	}
	slices.SortFunc(shown, func(a, b shownAt) int { return a.at.Compare(b.at) })
	mu.Lock()
	reports := slices.Clone(folded[id][from:])
	mu.Unlock()
	var lat []time.Duration
	for _, r := range reports {
		if r.ppm == 0 {
			continue // telemetry before the job's first progress line: no bar yet
		}
		// Progress only grows: the first render showing this value or a
		// later one (the page fetches the job once for a burst, so it may
		// go past a value) is when the event reached the page. The page
		// rounds through a float: allow 1 ppm.
		for _, s := range shown {
			if s.ppm+1 >= r.ppm {
				lat = append(lat, max(0, s.at.Sub(r.at)))
				break
			}
		}
	}
	b.StopTimer()
	for i, d := range lat {
		if d > time.Second {
			b.Logf("report %d of %d reached the page after %s", i+1, len(lat), d)
		}
	}
	if len(lat) < 100 {
		b.Fatalf("only %d events measured (want 100)", len(lat))
	}
	b.ReportMetric(float64(len(lat)), "events")
	b.ReportMetric(ms(pct(lat, 50)), "p50-event-to-page-ms")
	b.ReportMetric(ms(pct(lat, 99)), "p99-event-to-page-ms")
	b.ReportMetric(float64(added)/(1<<20), "heap-MiB-for-10-pages")
	for _, q := range pages {
		q.until("each page to follow the job too", `document.getElementById("job-state").dataset.state === "completed"`, 30*time.Second)
	}
}

// webCluster is two in-process daemons with dashboards (a CPU node, and
// one simulated H100), the first's client and its dashboard link.
func webCluster(b *testing.B, ctx context.Context, network string, onEvent func(int, *types.JobEvent, time.Time)) (*Cluster, *api.Client, *api.WebInfo) {
	b.Helper()
	c := startCluster(b, ctx, InProcessConfig{Peers: 2, Network: network, Fleets: []string{"none", "H100:1"},
		Options:    func(int) []node.Option { return []node.Option{node.HTTP("127.0.0.1:0")} },
		OnJobEvent: onEvent})
	home := api.NewClient(c.Nodes[0].SocketPath())
	info, err := home.Web(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return c, home, info
}

// slowJob is a signed demo job on one H100 that reports progress once a
// second for steps seconds.
func slowJob(tb testing.TB, network string, home peer.ID, owner types.KeySigner, module []byte, steps int) api.SubmitRequest {
	tb.Helper()
	req := signedJob(tb, network, home, owner, module, "H100", 1, "--epochs", "1", "--steps", fmt.Sprint(steps), "--sleep-ms", "1000")
	req.Spec.DurationSec = uint64(steps + 300)
	sig, err := types.SignJobSpec(&req.Spec, 1337, owner)
	if err != nil {
		tb.Fatal(err)
	}
	req.Signature = "0x" + common.Bytes2Hex(sig)
	return req
}
