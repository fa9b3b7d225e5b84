package node

import (
	"context"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/telemetry"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The daemon's Prometheus metrics (docs/metrics.md). Each node has its own
// registry, so that many daemons in one process (tests, the testnet) never
// share or clash on a metric. What the node already holds (peers, view,
// jobs, GPUs) is read at scrape time, never counted a second time beside
// it; only events that leave no state behind (a delay, a conflict, an
// anchor, an error) are counted as they happen.

// metrics is a node's registry and the metrics observed as things happen.
// A nil *metrics observes nothing, so hooks need no check.
type metrics struct {
	reg         *prometheus.Registry
	placement   prometheus.Histogram
	gossipDelay prometheus.Histogram
	conflicts   prometheus.Counter
	anchored    prometheus.Counter
	chainErrors *prometheus.CounterVec
	// disputed and unaudited count the claims on this daemon's owners it
	// voided with a fraud proof, and those it could not audit in time.
	disputed, unaudited prometheus.Counter
}

// chainOps are the chain_errors_total op labels, created up front so that
// rates and dashboards see zeros rather than no series.
var chainOps = []string{"connect", "anchor", "bonds", "redeem", "params", "watch"}

// jobStates are every state a job can be in, each always exported.
var jobStates = []sched.State{sched.Unknown, sched.Pending, sched.Claimed, sched.Running, sched.Completed, sched.Failed, sched.Cancelled}

func newMetrics(n *Node) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		placement: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "skyops_placement_latency_seconds",
			Help: "Time from a job's submit at this daemon (its home) to this daemon learning that a claim on its first attempt stood (the start event), in seconds.",
			// Δ and the settle window (hundreds of ms to 30 s) dominate.
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 7.5, 10, 15, 20, 30, 60, 120},
		}),
		gossipDelay: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "skyops_gossip_delay_seconds",
			Help:    "How late other peers' job events arrive live (receive time here less the event's signed time, clock skew included, negative as 0), in seconds.",
			Buckets: []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10},
		}),
		conflicts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skyops_claim_conflicts_total",
			Help: "Claims folded here that met another claim on the same job attempt (the claim rule keeps the best).",
		}),
		anchored: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skyops_receipts_anchored_total",
			Help: "This daemon's receipts anchored on the chain (in batches whose root a transaction recorded).",
		}),
		chainErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "skyops_chain_errors_total",
			Help: "Failed chain calls by what was being done: connect (reaching the RPC), anchor (sending a receipt batch), bonds (reading the bond registry), redeem (claiming or finalizing a payment), params (reading the governed parameters), watch (reading or disputing others' claims).",
		}, []string{"op"}),
		disputed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skyops_claims_disputed_total",
			Help: "Executors' claims charging this daemon's owners that it voided with a fraud proof.",
		}),
		unaudited: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "skyops_claims_unaudited_total",
			Help: "Claims charging this daemon's owners it could not audit before their dispute window closed (leaves not published, not matching the claim, or too many waiting).",
		}),
	}
	for _, op := range chainOps {
		m.chainErrors.WithLabelValues(op)
	}
	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.placement, m.gossipDelay, m.conflicts, m.anchored, m.chainErrors, m.disputed, m.unaudited,
		&nodeCollector{n: n},
	)
	return m
}

// MetricsHandler serves the node's metrics in the Prometheus text (or
// negotiated) format. It holds no auth of its own: the socket is the
// owner's, and the HTTP listener puts its own check in front.
func (n *Node) MetricsHandler() http.Handler {
	h := promhttp.HandlerFor(n.metrics.reg, promhttp.HandlerOpts{
		ErrorLog:            slog.NewLogLogger(n.log.Handler(), slog.LevelWarn),
		ErrorHandling:       promhttp.ContinueOnError, // one failing collector leaves the others readable
		Registry:            n.metrics.reg,
		MaxRequestsInFlight: 4,
		Timeout:             10 * time.Second,
	})
	return promhttp.InstrumentMetricHandler(n.metrics.reg, h)
}

// withMetrics answers GET /metrics on the socket and passes the rest on.
func (n *Node) withMetrics(next http.Handler) http.Handler {
	mh := n.MetricsHandler()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/metrics" {
			next.ServeHTTP(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			api.WriteError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" /metrics: the metrics are read with GET")
			return
		}
		mh.ServeHTTP(w, r)
	})
}

// folded observes a newly folded event: the placement of a job this
// daemon is home of, and claim conflicts. Called without n.mu (from
// shell.Folded, for own and others' events alike).
func (m *metrics) folded(n *Node, ev *types.JobEvent) {
	if m == nil || (ev.Type != types.EvStart && ev.Type != types.EvClaim) {
		return
	}
	now := time.Now()
	self := n.key.PeerID()
	n.mu.Lock()
	j := n.brain.Job(ev.Job)
	var placed time.Duration
	conflict, measured := false, false
	if j != nil {
		switch ev.Type {
		case types.EvStart:
			// The submit's time is this daemon's clock only where it
			// signed the submit; one from before this process started is
			// history being reloaded, not a placement seen now.
			if s := j.Submit; s != nil && ev.Attempt == 1 && s.Actor == self && s.TimeMs >= uint64(n.started.UnixMilli()) {
				placed, measured = now.Sub(time.UnixMilli(int64(s.TimeMs))), true
			}
		case types.EvClaim:
			// Claims from before this process (reloaded, or synced after
			// a restart) were counted by the process that saw them.
			in := ev.TimeMs >= uint64(n.started.UnixMilli()) && slices.ContainsFunc(j.Claims, func(c sched.Claim) bool { return c.Node == ev.Actor && c.Attempt == ev.Attempt })
			conflict = in && ev.Attempt == j.Attempt && len(j.Claims) > 1
		}
	}
	n.mu.Unlock()
	if measured {
		m.placement.Observe(max(placed, 0).Seconds())
	}
	if conflict {
		m.conflicts.Inc()
	}
}

// received observes how late a live event from another peer came: the
// same point the brain's delay estimator measures (sched's MsgEvent, Live).
func (m *metrics) received(n *Node, ev *types.JobEvent, fresh, live bool) {
	if m == nil || !fresh || !live || ev.Actor == n.key.PeerID() {
		return
	}
	d := time.Since(time.UnixMilli(int64(ev.TimeMs)))
	m.gossipDelay.Observe(max(d, 0).Seconds())
}

// receiptsAnchored counts the receipts of a batch the chain took.
func (m *metrics) receiptsAnchored(count int) {
	if m != nil {
		m.anchored.Add(float64(count))
	}
}

func (m *metrics) claimDisputed() {
	if m != nil {
		m.disputed.Inc()
	}
}

func (m *metrics) claimUnaudited() {
	if m != nil {
		m.unaudited.Inc()
	}
}

// chainError counts a failed chain call; op is one of chainOps. A call
// that failed because the daemon is stopping (ctx done) is no chain error.
func (m *metrics) chainError(ctx context.Context, op string) {
	if m != nil && ctx.Err() == nil {
		m.chainErrors.WithLabelValues(op).Inc()
	}
}

// nodeCollector reads what the node holds at scrape time: connected peers,
// the view, jobs by state, and each GPU's telemetry.
type nodeCollector struct{ n *Node }

var (
	descPeers = prometheus.NewDesc("skyops_peers_connected",
		"Peers with an open libp2p connection to this daemon.", nil, nil)
	descView = prometheus.NewDesc("skyops_view_nodes",
		"Nodes in this daemon's view of the network (live adverts, itself included).", nil, nil)
	descJobs = prometheus.NewDesc("skyops_jobs",
		"Jobs this daemon knows, by state.", []string{"state"}, nil)
	gpuLabels  = []string{"gpu", "model", "uuid", "simulated"}
	descGPUUtl = prometheus.NewDesc("skyops_gpu_utilization_ratio",
		"GPU utilisation: the share of the last sample period a kernel ran (0 to 1).", gpuLabels, nil)
	descGPUMem = prometheus.NewDesc("skyops_gpu_memory_used_bytes",
		"GPU framebuffer memory in use, in bytes.", gpuLabels, nil)
	descGPUMemTotal = prometheus.NewDesc("skyops_gpu_memory_total_bytes",
		"GPU framebuffer memory in all, in bytes.", gpuLabels, nil)
	descGPUPower = prometheus.NewDesc("skyops_gpu_power_watts",
		"GPU board power draw, in watts.", gpuLabels, nil)
	descGPUTemp = prometheus.NewDesc("skyops_gpu_temperature_celsius",
		"GPU core temperature, in degrees Celsius.", gpuLabels, nil)
)

func (c *nodeCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPeers, descView, descJobs, descGPUUtl, descGPUMem, descGPUMemTotal, descGPUPower, descGPUTemp} {
		ch <- d
	}
}

func (c *nodeCollector) Collect(ch chan<- prometheus.Metric) {
	n := c.n
	n.mu.Lock()
	if n.closed || n.host == nil || n.gpus == nil {
		n.mu.Unlock()
		return // closing (or not made yet): the GPU library may be shut down
	}
	// Close waits for n.wg before it shuts NVML down; joining it while
	// not closed keeps the GPU reads below ahead of that.
	n.wg.Add(1)
	defer n.wg.Done()
	view := n.brain.View().Len()
	counts := make(map[sched.State]int, len(jobStates))
	for _, j := range n.brain.Jobs() {
		counts[j.State]++
	}
	n.mu.Unlock()

	ch <- prometheus.MustNewConstMetric(descPeers, prometheus.GaugeValue, float64(len(n.host.LibP2P().Network().Peers())))
	ch <- prometheus.MustNewConstMetric(descView, prometheus.GaugeValue, float64(view))
	for _, s := range jobStates {
		ch <- prometheus.MustNewConstMetric(descJobs, prometheus.GaugeValue, float64(counts[s]), string(s))
	}
	lib, now := n.gpus.NVML(), time.Now()
	for _, d := range n.gpus.Devices {
		s, err := telemetry.Read(lib, d.Index, d.Simulated, now)
		if err != nil {
			n.log.Debug("gpu telemetry for metrics", "gpu", d.Index, "err", err)
			continue
		}
		l := []string{strconv.Itoa(d.Index), d.Model, d.UUID, strconv.FormatBool(d.Simulated)}
		ch <- prometheus.MustNewConstMetric(descGPUUtl, prometheus.GaugeValue, float64(s.UtilGPU)/100, l...)
		ch <- prometheus.MustNewConstMetric(descGPUMem, prometheus.GaugeValue, float64(s.MemUsedMiB)*(1<<20), l...)
		ch <- prometheus.MustNewConstMetric(descGPUMemTotal, prometheus.GaugeValue, float64(d.MemoryMiB)*(1<<20), l...)
		ch <- prometheus.MustNewConstMetric(descGPUPower, prometheus.GaugeValue, float64(s.PowerMW)/1000, l...)
		ch <- prometheus.MustNewConstMetric(descGPUTemp, prometheus.GaugeValue, float64(s.TempC), l...)
	}
}
