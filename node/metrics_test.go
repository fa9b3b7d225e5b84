package node

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/types"
)

// scrape GETs /metrics from the daemon's socket, as a Prometheus server
// would, and parses the answer with the text-format parser.
func scrape(t *testing.T, n *Node) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := socketHTTP(n).Get("http://skyopsd/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /metrics: %s", resp.Status)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Fatalf("GET /metrics: content type %q, want the text format", ct)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	return fams
}

// socketHTTP is a client of the daemon's socket that keeps no connection
// open between requests (the API bounds its connections).
func socketHTTP(n *Node) *http.Client {
	return &http.Client{Transport: &http.Transport{DisableKeepAlives: true, DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", n.SocketPath())
	}}, Timeout: 10 * time.Second}
}

// gauge is the value of a family's one metric whose labels include want
// (name=value pairs); it fails unless exactly one matches.
func gauge(t *testing.T, fams map[string]*dto.MetricFamily, name string, want ...string) float64 {
	t.Helper()
	ms := withLabels(fams[name], want...)
	if len(ms) != 1 {
		t.Fatalf("%s%v: %d metrics, want 1 (family %v)", name, want, len(ms), fams[name])
	}
	switch {
	case ms[0].Gauge != nil:
		return ms[0].Gauge.GetValue()
	case ms[0].Counter != nil:
		return ms[0].Counter.GetValue()
	}
	t.Fatalf("%s is %s, not a gauge or counter", name, fams[name].GetType())
	return 0
}

func withLabels(f *dto.MetricFamily, want ...string) []*dto.Metric {
	var out []*dto.Metric
	for _, m := range f.GetMetric() {
		ok := true
		for i := 0; i+1 < len(want); i += 2 {
			ok = ok && label(m, want[i]) == want[i+1]
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

func histogram(t *testing.T, fams map[string]*dto.MetricFamily, name string) *dto.Histogram {
	t.Helper()
	f := fams[name]
	if f.GetType() != dto.MetricType_HISTOGRAM || len(f.GetMetric()) != 1 {
		t.Fatalf("%s: %v, want one histogram", name, f)
	}
	return f.GetMetric()[0].GetHistogram()
}

// On a daemon with two simulated H100s: every GPU has its telemetry gauges,
// labelled simulated; jobs by state follow a submitted job from nothing to
// running, and its placement is observed once its claim stood; peers and
// view size are the daemon's own answers; only GET reads /metrics.
func TestMetricsOnADaemon(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("H100:2"), AllowProcess(), WithoutDocker(), WithoutChain(), quiet())

	fams := scrape(t, n)
	for _, s := range jobStates {
		if v := gauge(t, fams, "skyops_jobs", "state", string(s)); v != 0 {
			t.Fatalf("skyops_jobs{state=%q} = %v before any submit", s, v)
		}
	}
	if h := histogram(t, fams, "skyops_placement_latency_seconds"); h.GetSampleCount() != 0 {
		t.Fatalf("placement observed before any job: %v", h)
	}
	if v := gauge(t, fams, "skyops_view_nodes"); v != 1 || int(v) != len(n.Nodes()) {
		t.Fatalf("view size %v, want 1 (the node itself, as /v1/nodes says %d)", v, len(n.Nodes()))
	}
	if v := gauge(t, fams, "skyops_peers_connected"); int(v) != len(n.Peers()) {
		t.Fatalf("peers %v, /v1/peers says %d", v, len(n.Peers()))
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes", "skyops_claim_conflicts_total", "skyops_receipts_anchored_total"} {
		if fams[name] == nil {
			t.Fatalf("no %s in the scrape", name)
		}
	}
	for _, op := range chainOps {
		if v := gauge(t, fams, "skyops_chain_errors_total", "op", op); v != 0 {
			t.Fatalf("chain errors %s = %v with the chain off", op, v)
		}
	}

	// The GPUs, read at scrape time from the simulated NVML devices.
	for _, name := range []string{"skyops_gpu_utilization_ratio", "skyops_gpu_memory_used_bytes", "skyops_gpu_memory_total_bytes", "skyops_gpu_power_watts", "skyops_gpu_temperature_celsius"} {
		ms := fams[name].GetMetric()
		if len(ms) != len(n.gpus.Devices) || len(ms) != 2 {
			t.Fatalf("%s: %d series, want one per simulated GPU (2)", name, len(ms))
		}
		for i, m := range ms {
			if label(m, "simulated") != "true" || label(m, "gpu") != fmt.Sprint(i) || !strings.Contains(label(m, "model"), "H100") || !strings.HasPrefix(label(m, "uuid"), "GPU-") {
				t.Fatalf("%s series %d labels %v: want gpu=%d, an H100 model, its uuid, simulated=\"true\"", name, i, m.GetLabel(), i)
			}
		}
	}
	for i := range 2 {
		g := fmt.Sprint(i)
		util := gauge(t, fams, "skyops_gpu_utilization_ratio", "gpu", g)
		used, total := gauge(t, fams, "skyops_gpu_memory_used_bytes", "gpu", g), gauge(t, fams, "skyops_gpu_memory_total_bytes", "gpu", g)
		watts, temp := gauge(t, fams, "skyops_gpu_power_watts", "gpu", g), gauge(t, fams, "skyops_gpu_temperature_celsius", "gpu", g)
		if util < 0 || util > 1 || total < 70<<30 || used < 0 || used > total || watts <= 0 || watts > 1000 || temp < 10 || temp > 110 {
			t.Fatalf("gpu %d: utilisation %v, memory %v of %v bytes, %v W, %v °C: not an H100's readings", i, util, used, total, watts, temp)
		}
	}

	// A job submitted through the API, claimed and started here.
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	spec := types.JobSpec{Network: n.cfg.Network, Home: n.ID().String(), Nonce: uint64(time.Now().UnixNano()), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "process", Artifact: "sleep", Args: []string{"30"}, Env: []string{}, RAMMiB: 16,
		DurationSec: 60, PriceCapWei: "0", InputCIDs: []string{}}
	sig, err := types.SignJobSpec(&spec, n.cfg.ChainID, owner)
	if err != nil {
		t.Fatal(err)
	}
	c := api.NewClient(n.SocketPath())
	resp, err := c.Submit(ctx, api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Owner: owner.Address().Hex()})
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the job running", func() bool {
		j, err := c.Job(ctx, resp.ID)
		return err == nil && j.State == "running"
	})
	// The start event folds just after the state turns running.
	waitFor(t, ctx, "the placement observed", func() bool {
		return histogram(t, scrape(t, n), "skyops_placement_latency_seconds").GetSampleCount() > 0
	})
	fams = scrape(t, n)
	if v := gauge(t, fams, "skyops_jobs", "state", "running"); v != 1 {
		t.Fatalf("skyops_jobs{state=\"running\"} = %v with one job running", v)
	}
	h := histogram(t, fams, "skyops_placement_latency_seconds")
	if h.GetSampleCount() != 1 || h.GetSampleSum() <= 0 || h.GetSampleSum() > 60 {
		t.Fatalf("placement latency after one placement: %d observations, %v s in all", h.GetSampleCount(), h.GetSampleSum())
	}

	// A second handler (the --http listener's) serves the same registry.
	rec := httptest.NewRecorder()
	n.MetricsHandler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	p := expfmt.NewTextParser(model.UTF8Validation)
	direct, err := p.TextToMetricFamilies(rec.Body)
	if err != nil || rec.Code != http.StatusOK {
		t.Fatalf("a second MetricsHandler: %d, %v", rec.Code, err)
	}
	if v := gauge(t, direct, "skyops_jobs", "state", "running"); v != 1 {
		t.Fatalf("the second handler's skyops_jobs{state=\"running\"} = %v", v)
	}

	// Only reading is allowed.
	pr, err := socketHTTP(n).Post("http://skyopsd/metrics", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	pr.Body.Close()
	if pr.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("POST /metrics: %s, want 405", pr.Status)
	}

	// Cancelled, the job leaves the running state at the next scrape.
	h2 := types.CancelHash(n.cfg.Network, gethcommon.HexToHash(resp.ID))
	csig, _ := crypto.Sign(h2[:], key)
	if _, err := c.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(csig)}); err != nil {
		t.Fatal(err)
	}
	fams = scrape(t, n)
	if r, cl := gauge(t, fams, "skyops_jobs", "state", "running"), gauge(t, fams, "skyops_jobs", "state", "cancelled"); r != 0 || cl != 1 {
		t.Fatalf("after the cancel: %v running, %v cancelled; want 0 and 1", r, cl)
	}
}

// Two daemons: peers and view size are what each says in /v1/peers and
// /v1/nodes; a peer's submit arriving live is a gossip delay observation;
// a second claim on one attempt is a claim conflict.
func TestMetricsTwoDaemons(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, b := twoNodes(t, ctx)
	for _, n := range []*Node{a, b} {
		waitFor(t, ctx, "peers and view in the metrics", func() bool {
			fams := scrape(t, n)
			peers, view := gauge(t, fams, "skyops_peers_connected"), gauge(t, fams, "skyops_view_nodes")
			return peers == 1 && view == 2 && int(peers) == len(n.Peers()) && int(view) == len(n.Nodes())
		})
	}
	if h := histogram(t, scrape(t, b), "skyops_gossip_delay_seconds"); h.GetSampleCount() != 0 {
		t.Fatalf("gossip delays before any job event: %v", h)
	}

	// a's submit, gossiped live to b.
	owner, _ := crypto.GenerateKey()
	if _, err := api.NewClient(a.SocketPath()).Submit(ctx, emptyJob(t, a, owner)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "b's gossip delay histogram", func() bool {
		return histogram(t, scrape(t, b), "skyops_gossip_delay_seconds").GetSampleCount() >= 1
	})
	if h := histogram(t, scrape(t, b), "skyops_gossip_delay_seconds"); h.GetSampleSum() < 0 || h.GetSampleSum()/float64(h.GetSampleCount()) > 5 {
		t.Fatalf("gossip delay on one machine: %v s over %d events", h.GetSampleSum(), h.GetSampleCount())
	}

	// Two claims by other nodes (signers only) on one H100 job at b, which
	// has no GPU to claim it itself.
	dir := tmp(t)
	var signers []*Node
	for _, name := range []string{"x", "y"} {
		s, err := New(ctx, DataDir(filepath.Join(dir, name)), Network(syncTestNet), quiet(), SimGPUs("none"), WithoutChain(), WithoutDocker())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		signers = append(signers, s)
	}
	sub, subRaw := ownerSubmit(t, b)
	fold := func(raw []byte) {
		t.Helper()
		e, err := types.OpenJobEvent(syncTestNet, raw)
		if err != nil {
			t.Fatal(err)
		}
		if fresh, err := b.receive(ctx, e, raw, false); err != nil || !fresh {
			t.Fatalf("fold %s: fresh %v, %v", e.Type, fresh, err)
		}
	}
	fold(subRaw)
	fold(claimFor(t, signers[0], sub, 1))
	if v := gauge(t, scrape(t, b), "skyops_claim_conflicts_total"); v != 0 {
		t.Fatalf("claim conflicts after one claim: %v", v)
	}
	fold(claimFor(t, signers[1], sub, 1))
	if v := gauge(t, scrape(t, b), "skyops_claim_conflicts_total"); v != 1 {
		t.Fatalf("claim conflicts after a second claim on the attempt: %v, want 1", v)
	}
}

// On the embedded chain a completed job's receipt is anchored and counted;
// a chain RPC that does not answer counts connect errors.
func TestMetricsChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := tmp(t)
	n := startedNode(t, ctx, DataDir(filepath.Join(dir, "a")), Network(syncTestNet), SimGPUs("none"), WithoutDocker(), Anchoring(100*time.Millisecond, 1), quiet())
	owner, _ := crypto.GenerateKey()
	if _, err := api.NewClient(n.SocketPath()).Submit(ctx, emptyJob(t, n, owner)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the job's receipt anchored", func() bool {
		return gauge(t, scrape(t, n), "skyops_receipts_anchored_total") >= 1
	})
	if v := gauge(t, scrape(t, n), "skyops_receipts_anchored_total"); v != 1 {
		t.Fatalf("receipts anchored after one job: %v", v)
	}

	// Nothing listens on port 1: the daemon retries, each failure counted.
	down := startedNode(t, ctx, DataDir(filepath.Join(dir, "b")), Network(syncTestNet), SimGPUs("none"), WithoutDocker(),
		ChainRPC("http://127.0.0.1:1", gethcommon.Address{1}), UnbondedNetwork(), quiet())
	waitFor(t, ctx, "chain connect errors counted", func() bool {
		return gauge(t, scrape(t, down), "skyops_chain_errors_total", "op", "connect") >= 1
	})
	if v := gauge(t, scrape(t, down), "skyops_chain_errors_total", "op", "anchor"); v != 0 {
		t.Fatalf("anchor errors %v with no chain connected", v)
	}
}

// The Grafana dashboard parses, and every metric it queries is in a
// daemon's scrape: it cannot drift from the code.
func TestGrafanaDashboardMatchesTheMetrics(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "deploy", "grafana", "skyops-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Title         string `json:"title"`
		SchemaVersion int    `json:"schemaVersion"`
		Panels        []struct {
			Title      string `json:"title"`
			Datasource struct {
				UID string `json:"uid"`
			} `json:"datasource"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("dashboard JSON: %v", err)
	}
	if dash.SchemaVersion < 36 || !strings.Contains(string(raw), "${DS_PROMETHEUS}") {
		t.Fatalf("dashboard schema %d, datasource variable missing: want a current schema on ${DS_PROMETHEUS}", dash.SchemaVersion)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n := startedNode(t, ctx, DataDir(filepath.Join(tmp(t), "d")), SimGPUs("H100:1"), WithoutDocker(), WithoutChain(), quiet())
	fams := scrape(t, n)
	name := regexp.MustCompile(`\b(?:skyops|go|process)_[a-zA-Z0-9_]+`)
	queried := map[string]bool{}
	for _, p := range dash.Panels {
		for _, tg := range p.Targets {
			if tg.Expr == "" {
				continue
			}
			if p.Datasource.UID != "${DS_PROMETHEUS}" {
				t.Errorf("panel %q queries another datasource %q", p.Title, p.Datasource.UID)
			}
			for _, m := range name.FindAllString(tg.Expr, -1) {
				fam := m
				if fams[fam] == nil {
					for _, suf := range []string{"_bucket", "_sum", "_count"} {
						if base, ok := strings.CutSuffix(m, suf); ok && fams[base].GetType() == dto.MetricType_HISTOGRAM {
							fam = base
						}
					}
				}
				if fams[fam] == nil {
					t.Errorf("panel %q queries %s, which the daemon does not export", p.Title, m)
				}
				queried[fam] = true
			}
		}
	}
	// And the other way: every skyops metric has a panel.
	for fam := range fams {
		if strings.HasPrefix(fam, "skyops_") && !queried[fam] {
			t.Errorf("metric %s has no panel in the dashboard", fam)
		}
	}
}

// The example Prometheus config parses and scrapes /metrics with the web
// token from the data dir, as the --http listener wants.
func TestPrometheusExampleConfig(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "deploy", "prometheus.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		ScrapeConfigs []struct {
			JobName       string `yaml:"job_name"`
			MetricsPath   string `yaml:"metrics_path"`
			Authorization struct {
				Type            string `yaml:"type"`
				CredentialsFile string `yaml:"credentials_file"`
			} `yaml:"authorization"`
			StaticConfigs []struct {
				Targets []string `yaml:"targets"`
			} `yaml:"static_configs"`
		} `yaml:"scrape_configs"`
	}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatalf("deploy/prometheus.yml: %v", err)
	}
	if len(cfg.ScrapeConfigs) == 0 {
		t.Fatal("deploy/prometheus.yml scrapes nothing")
	}
	for _, sc := range cfg.ScrapeConfigs {
		a := sc.Authorization
		if sc.MetricsPath != "/metrics" || a.Type != "Bearer" || filepath.Base(a.CredentialsFile) != "web.token" || len(sc.StaticConfigs) == 0 || len(sc.StaticConfigs[0].Targets) == 0 {
			t.Fatalf("scrape job %q: path %q, authorization %+v, targets %v: want /metrics with the data dir's web.token as bearer", sc.JobName, sc.MetricsPath, a, sc.StaticConfigs)
		}
	}
}
