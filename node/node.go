package node

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/content"
	"github.com/skyops/skyops/exec/docker"
	"github.com/skyops/skyops/exec/gpu"
	"github.com/skyops/skyops/exec/telemetry"
	"github.com/skyops/skyops/exec/wasm"
	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/sched/drive"
	"github.com/skyops/skyops/types"
)

// Version is the daemon's version, shown in its user agent.
const Version = "0.1.0-dev"

// seqBlock is how many advert sequence numbers are reserved per database
// write: one write every ~15 minutes at one advert a second.
const seqBlock = 1024

// Node is a running daemon.
type Node struct {
	cfg      Config
	log      *slog.Logger
	key      *identity.Key
	lock     *os.File
	store    *ledger.Store
	gpus     *gpu.Inventory
	host     *p2p.Host
	sock     net.Listener
	started  time.Time
	blobs    *ledger.Blobs
	content  *content.Store    // IPFS blocks in the database (content.go)
	exchange *content.Exchange // bitswap on the host
	gpuSim   *telemetry.Sim    // simulated telemetry, for mock fleets only
	wasm     *wasm.Runtime
	docker   *docker.Runtime // nil when this machine has no Docker engine
	disk     *diskGuard      // the data dir's free-space floor
	images   heldList        // Docker images this node holds, advertised (images.go)
	datasets heldList        // DAGs this node holds whole, advertised (content.go)
	coords   *coords         // the node's network coordinate, advertised (coords.go)
	pushes   pushLimiter     // budgets of peers pushing job events (push.go)
	stepMu   sync.Mutex      // one brain step at a time
	metrics  *metrics        // the node's Prometheus registry (metrics.go)

	// capacity is what the machine has for jobs; adverts show it less
	// what running jobs hold.
	capacity struct {
		cpuCores uint32
		ramMiB   uint64
	}

	kick       chan struct{} // capacity changed: advertise now
	anchorKick chan struct{} // a full batch of receipts waits
	poke       chan struct{} // a job event arrived: step the brain soon
	wantData   chan struct{} // a job was submitted here: look for its datasets
	catchUp    catchUp       // catch-up sync and result collection (sync.go, collect.go)

	// jobReqs holds each known job's requirements (common.Hash →
	// sched.Requirements; Exclude left as of its submit), for the gossip
	// validator's claim check, which must not take mu.
	jobReqs  sync.Map
	advCache struct { // adverts claims carried, opened (openClaimAdvert)
		sync.Mutex
		m map[common.Hash]*types.Advert
	}
	verified struct { // submits and claims whose evidence the gossip validator already proved
		sync.Mutex
		m map[common.Hash]*sched.EventProof
	}

	// greet: a newcomer joined; advertise at the next check even if
	// nothing changed (greetNewcomer).
	greet atomic.Bool
	pace  advertPace // the advert loop's (and Start's, before it)

	// lastBeat and backAt: when the advert loop last ran, and when this
	// daemon last came back from an absence (unix ms); see noteBeat.
	lastBeat, backAt atomic.Int64

	// caughtUp: a catch-up sync with a peer has succeeded since start, so
	// this node's record of jobs is not stale (see attestLost).
	caughtUp atomic.Bool

	chainMu sync.Mutex
	chain   anchorChain // nil until connected (or with anchoring off)
	bonds   bondState   // the registry's bonded set as last read (bonds.go)
	// params are the governed parameter changes as last read (params.go).
	paramsMu   sync.Mutex
	params     []sched.ParamChange
	paramsRead bool
	watch      claimWatch // others' claims on this daemon's owners (watch.go)
	// depositMu makes a deposit check and the job it admits one step,
	// so concurrent submits cannot both count the same free balance.
	depositMu sync.Mutex

	mu        sync.Mutex
	brain     *sched.Peer                // view, jobs, own claims: every decision
	drive     *drive.Driver              // feeds the brain and carries out its Ready (shell.go)
	runs      map[common.Hash]*execution // runs started here
	allocated map[int]bool               // GPU indices held outside jobs (SetGPUsAllocated)
	seqNext   uint64
	seqEnd    uint64 // last reserved sequence (inclusive)
	lastAdv   *types.Advert
	lastRaw   []byte                         // lastAdv, sealed: a claim carries it as evidence
	departed  map[peer.ID]departedNode       // nodes that left the view lately (recent.go)
	kept      map[common.Hash]keptCheckpoint // home jobs: newest checkpoint fetched and held

	dash webState // the web dashboard (web.go)

	cancel context.CancelFunc
	wg     sync.WaitGroup
	closed bool
}

// New prepares a daemon: data dir, lock, key, database, GPUs, socket, host.
// It fails with one clear error on anything a person must fix, and undoes
// what it did when it fails.
func New(ctx context.Context, opts ...Option) (_ *Node, err error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.DataDir == "" {
		return nil, errors.New("no data dir: pass --data-dir")
	}
	if cfg.AdvertInterval == 0 {
		cfg.AdvertInterval = HeartbeatFor(cfg.AdvertTTL)
	}
	if cfg.AdvertTTL < 2*cfg.AdvertInterval {
		return nil, fmt.Errorf("advert TTL %s must be at least twice the advert interval %s, or one late advert evicts a node", cfg.AdvertTTL, cfg.AdvertInterval)
	}
	if cfg.Socket == "" {
		cfg.Socket = filepath.Join(cfg.DataDir, "skyopsd.sock")
	}
	n := &Node{
		cfg:        cfg,
		log:        cfg.Log,
		kick:       make(chan struct{}, 1),
		anchorKick: make(chan struct{}, 1),
		poke:       make(chan struct{}, 1),
		wantData:   make(chan struct{}, 1),
		runs:       make(map[common.Hash]*execution),
		allocated:  make(map[int]bool),
		kept:       make(map[common.Hash]keptCheckpoint),
		pace:       newAdvertPace(),
		started:    time.Now(),
	}
	n.verified.m = map[common.Hash]*sched.EventProof{}
	n.metrics = newMetrics(n)
	if n.coords, err = newCoords(); err != nil {
		return nil, err
	}
	n.capacity.cpuCores = uint32(runtime.NumCPU())
	n.capacity.ramMiB = memTotalMiB()
	if cfg.OfferCPUs > 0 {
		n.capacity.cpuCores = cfg.OfferCPUs
	}
	if cfg.OfferRAMMiB > 0 {
		n.capacity.ramMiB = cfg.OfferRAMMiB
	}
	defer func() {
		if err != nil {
			n.Close()
		}
	}()
	if err = privateDirs(cfg.DataDir, cfg.Socket); err != nil {
		return nil, err
	}
	if n.lock, err = lockDataDir(cfg.DataDir); err != nil {
		return nil, err
	}
	n.disk = newDiskGuard(cfg.DataDir, cfg.DiskFloor, n.log)
	if err := n.disk.startupCheck(cfg.DataDir); err != nil {
		return nil, err
	}
	if n.key, err = identity.LoadOrCreate(cfg.DataDir); err != nil {
		return nil, err
	}
	n.brain = sched.NewPeer(n.key.PeerID(), sched.PeerConfig{
		TTLMs:    uint64(cfg.AdvertTTL.Milliseconds()),
		DeltaMs:  uint64(cfg.ClaimDelta.Milliseconds()),
		SettleMs: uint64(cfg.SettleWindow.Milliseconds()),
		// Failure detection: TTL without an advert, then the suspicion
		// window, before an executor is declared lost.
		SuspectMs: uint64(cfg.SuspectWindow.Milliseconds()),
		EpochMs:   uint64(cfg.Epoch.Milliseconds()),
	})
	n.drive = drive.New(n.brain, shell{n}, &n.mu)
	// A fresh process: measured standings are checked, lost executors
	// attested and its own orphaned claims released once it holds the
	// network's history (syncRound says so): built from part of it, they
	// would refuse honest claims.
	n.drive.Step(sched.Msg{Type: sched.MsgStarted, NowMs: uint64(n.started.UnixMilli())})
	n.disk.changed = func(low bool) { n.drive.Step(sched.Msg{Type: sched.MsgDisk, DiskLow: low}) }
	if n.key.Created() {
		n.log.Info("created node key", "path", n.key.Path())
	}
	n.log = n.log.With("node", shortID(n.key.PeerID()))
	n.disk.log = n.log
	if n.store, err = ledger.Open(filepath.Join(cfg.DataDir, "db"), ledger.WithLogger(n.log), ledger.WithSpace(n.disk.space)); err != nil {
		if errors.Is(err, ledger.ErrInUse) {
			return nil, fmt.Errorf("data dir %s is in use by another skyopsd: stop it, or pass another --data-dir", cfg.DataDir)
		}
		return nil, err
	}
	if n.blobs, err = ledger.OpenBlobs(filepath.Join(cfg.DataDir, "blobs"), ledger.BlobsSpace(n.disk.space)); err != nil {
		return nil, err
	}
	// The compilation cache spares each run of a module its compile (about
	// a second for a Go-built module on a small machine).
	if n.wasm, err = wasm.New(wasm.CompilationCache(filepath.Join(cfg.DataDir, "wasm-cache"))); err != nil {
		return nil, fmt.Errorf("start wasm runtime: %w", err)
	}
	if !cfg.NoDocker {
		dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		n.docker, err = docker.New(dctx, docker.Logger(n.log))
		cancel()
		if err != nil {
			n.log.Info("docker runtime off", "why", err)
			n.docker, err = nil, nil
		}
	}
	if n.gpus, err = gpu.Detect(cfg.SimGPUs, n.log); err != nil {
		return nil, err
	}
	n.stepResources()
	n.disk.admit() // the brain learns whether it may claim
	if n.gpus.Simulated && len(n.gpus.Devices) > 0 {
		// Simulated GPUs get simulated telemetry (marked so), driven by
		// which of them jobs hold.
		if n.gpuSim, err = telemetry.Simulate(n.gpus.NVML(), uint64(len(n.key.PeerID()))); err != nil {
			return nil, fmt.Errorf("simulated telemetry: %w", err)
		}
	}
	if n.sock, err = api.Listen(cfg.Socket); err != nil {
		return nil, err
	}
	n.host, err = p2p.New(ctx, n.key,
		p2p.Network(cfg.Network),
		p2p.ListenAddrs(cfg.Listen...),
		p2p.Bootstrap(cfg.Bootstrap...),
		p2p.AdvertTTL(cfg.AdvertTTL),
		p2p.BootstrapWait(cfg.BootstrapWait),
		p2p.Agent("skyopsd/"+Version),
		p2p.Logger(n.log),
	)
	if err != nil {
		return nil, err
	}
	n.startContent()
	return n, nil
}

// lockDataDir creates the data dir (0700) and takes an exclusive lock on it,
// so that two daemons never share one identity and database.
func lockDataDir(dir string) (*os.File, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir %s: %w (pass a --data-dir you can write)", dir, err)
	}
	path := filepath.Join(dir, "skyopsd.lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		if errors.Is(err, os.ErrPermission) || errors.Is(err, syscall.EROFS) {
			return nil, fmt.Errorf("data dir %s is not writable: pass a --data-dir you can write", dir)
		}
		return nil, fmt.Errorf("open lock in data dir %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		owner := "another process"
		if b, rerr := os.ReadFile(path); rerr == nil && len(strings.TrimSpace(string(b))) > 0 {
			owner = "skyopsd pid " + strings.TrimSpace(string(b))
		}
		f.Close()
		return nil, fmt.Errorf("data dir %s is in use by %s: stop it, or pass another --data-dir", dir, owner)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

// Start joins the network and starts the loops and the API. It returns once
// the daemon is part of the network (or failed to become so).
func (n *Node) Start(ctx context.Context) error {
	if err := n.listenWeb(); err != nil {
		return err
	}
	known, err := n.store.KnownPeers(ctx)
	if err != nil {
		return err
	}
	var extra []peer.AddrInfo
	for _, kp := range known {
		if infos, err := p2p.ParseBootstrap(kp.Addrs); err == nil {
			extra = append(extra, infos...)
		}
	}
	n.startBonds(ctx)
	if err := n.loadJobs(ctx); err != nil {
		return err
	}
	n.host.SetJobEventCheck(n.checkGossipedEvent)
	n.host.ServeBlobs(n.serveBlob)
	n.host.LibP2P().SetStreamHandler(LiveLogProtocol(n.cfg.Network), n.serveLiveLogs)
	n.host.LibP2P().SetStreamHandler(JobKeyProtocol(n.cfg.Network), n.serveJobKeys)
	n.host.LibP2P().SetStreamHandler(ReceiptProtocol(n.cfg.Network), n.serveReceipts)
	n.host.LibP2P().SetStreamHandler(SyncProtocol(n.cfg.Network), n.serveSync)
	n.host.LibP2P().SetStreamHandler(PushProtocol(n.cfg.Network), n.servePush)
	n.host.LibP2P().SetStreamHandler(RedemptionProtocol(n.cfg.Network), n.serveRedemption)
	n.host.SetReceiptCheck(n.checkReceipt)
	if err := n.host.WatchAdvertPeers(func(peer.ID) { n.greetNewcomer() }); err != nil {
		return err
	}
	if err := n.host.Join(ctx, extra); err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	// The first advert goes out before Start returns, so the daemon's own
	// view and API include it from the first request on.
	n.refreshImages(runCtx)
	n.refreshDatasets()
	n.advertise(runCtx, true)
	n.wg.Add(18)
	go func() { defer n.wg.Done(); n.provideLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.datasetLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.bondLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.paramsLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.watchLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.imagesLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.pruneLoop(runCtx) }()
	go func() {
		defer n.wg.Done()
		// Space came back: runs whose result the full disk refused end
		// as lost (rescheduled), and pending jobs are claimed again.
		n.disk.loop(runCtx, n.stepSoon)
	}()
	go func() { defer n.wg.Done(); n.receiptLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.anchorLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.advertLoop(runCtx) }()
	go func() { defer n.wg.Done(); tick(runCtx, n.cfg.CoordInterval, func() { n.coordRound(runCtx) }) }() // measure round trips, update the coordinate
	go func() { defer n.wg.Done(); n.receiveLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.jobLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.placeLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.syncLoop(runCtx) }()
	go func() { defer n.wg.Done(); n.collectLoop(runCtx) }()
	go func() {
		defer n.wg.Done()
		if err := api.Serve(runCtx, n.sock, n.apiHandler()); err != nil {
			n.log.Error("api server stopped", "err", err)
		}
	}()
	if n.dash.ln != nil {
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			if err := n.serveWeb(runCtx); err != nil {
				n.log.Error("web dashboard stopped", "err", err)
			}
		}()
	}
	n.log.Info("skyopsd up", "id", n.key.PeerID(), "address", n.key.Address(), "network", n.cfg.Network,
		"socket", n.cfg.Socket, "gpus", n.gpus.Source)
	return nil
}

// apiHandler is the API, behind the disk guard, with the runtime's
// profiles under /debug/pprof/ when Config.Pprof asks for them.
func (n *Node) apiHandler() http.Handler {
	h := n.withMetrics(n.disk.guardAPI(api.Handler(n, n.log))) // GET /metrics besides the API
	if !n.cfg.Pprof {
		return h
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	mux.Handle("/", h)
	return mux
}

// Close stops the daemon and releases the data dir. Safe to call twice.
func (n *Node) Close() error {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return nil
	}
	n.closed = true
	n.mu.Unlock()
	if n.cancel != nil {
		n.cancel()
	}
	// Runs stop with the daemon, unreported: the network reschedules them
	// (and this daemon, restarted, says at once that they were lost).
	n.mu.Lock()
	for _, ex := range n.runs {
		if ex.cancel != nil {
			ex.cancel()
		}
	}
	n.mu.Unlock()
	var errs []error
	if n.exchange != nil {
		errs = append(errs, n.exchange.Close())
	}
	if n.host != nil {
		errs = append(errs, n.host.Close())
	}
	n.wg.Wait()
	if n.dash.ln != nil {
		n.dash.ln.Close() // Serve closes it too; not served when Start failed
	}
	if n.sock != nil {
		n.sock.Close() // Serve closes it too; closing twice is harmless
		os.Remove(n.cfg.Socket)
	}
	if n.gpus != nil {
		errs = append(errs, n.gpus.Close())
	}
	if n.wasm != nil {
		errs = append(errs, n.wasm.Close(context.Background()))
	}
	if n.docker != nil {
		errs = append(errs, n.docker.Close(context.Background()))
	}
	if c := n.currentChain(); c != nil {
		c.Close()
	}
	if n.store != nil {
		errs = append(errs, n.store.Close())
	}
	if n.lock != nil {
		os.Remove(n.lock.Name())
		n.lock.Close()
	}
	return errors.Join(errs...)
}

// Closed reports whether Close was called.
func (n *Node) Closed() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.closed
}

// ID is the node's peer id.
func (n *Node) ID() peer.ID { return n.key.PeerID() }

// LastAdvert is the advert this node last published (nil before the
// first).
func (n *Node) LastAdvert() *types.Advert {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.lastAdv
}

// Host is the node's p2p host.
func (n *Node) Host() *p2p.Host { return n.host }

// SocketPath is where the API listens.
func (n *Node) SocketPath() string { return n.cfg.Socket }

// SetGPUsAllocated marks GPU indices as in use (true) or free (false) and
// advertises the change at once. The executor calls it as it assigns GPUs.
func (n *Node) SetGPUsAllocated(indices []int, inUse bool) error {
	n.mu.Lock()
	for _, i := range indices {
		if i < 0 || i >= len(n.gpus.Devices) {
			n.mu.Unlock()
			return fmt.Errorf("allocate gpu %d: this node has %d GPUs", i, len(n.gpus.Devices))
		}
	}
	for _, i := range indices {
		if inUse {
			n.allocated[i] = true
		} else {
			delete(n.allocated, i)
		}
	}
	n.mu.Unlock()
	n.stepResources()
	n.Kick()
	return nil
}

// stepResources tells the brain what the machine offers jobs: its cores,
// RAM and GPUs, less the GPUs held outside jobs.
func (n *Node) stepResources() {
	res := &sched.Resources{Cores: n.capacity.cpuCores, RAMMiB: n.capacity.ramMiB}
	for _, d := range n.gpus.Devices {
		res.GPUs = append(res.GPUs, sched.GPUDevice{Index: d.Index, Model: d.Model, MemoryMiB: d.MemoryMiB})
	}
	n.mu.Lock()
	for i := range n.allocated {
		res.HeldGPUs = append(res.HeldGPUs, i)
	}
	n.mu.Unlock()
	slices.Sort(res.HeldGPUs)
	n.drive.Step(sched.Msg{Type: sched.MsgResources, Resources: res})
}

// Kick asks for an advert now rather than at the next tick.
func (n *Node) Kick() { nudge(n.kick) }

// stepSoon asks the job loop to step the brain now rather than at its next
// tick; nudges that arrive together are one step.
func (n *Node) stepSoon() { nudge(n.poke) }

// noteBeat records that the advert loop ran; a gap of more than the advert
// TTL since the last means this daemon was away (paused, suspended, its
// machine asleep): peers may have declared its runs lost meanwhile.
func (n *Node) noteBeat() {
	now := time.Now().UnixMilli()
	if last := n.lastBeat.Swap(now); last != 0 && now-last > n.cfg.AdvertTTL.Milliseconds() {
		n.backAt.Store(now)
		n.log.Warn("this daemon was away (no advert for longer than the TTL): peers may have rescheduled its runs", "away", time.Duration(now-last)*time.Millisecond)
	}
}

// wasAway reports whether this daemon is away, or came back from an
// absence in the last half minute.
func (n *Node) wasAway() bool {
	now := time.Now().UnixMilli()
	last := n.lastBeat.Load()
	return last != 0 && now-last > n.cfg.AdvertTTL.Milliseconds() || now-n.backAt.Load() < 30_000
}

// nudge wakes the loop that reads ch (buffered, one slot), without waiting:
// a wake-up already pending covers this one.
func nudge(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// memTotalMiB reads the machine's RAM from /proc/meminfo (0 if unknown).
func memTotalMiB() uint64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Fields(s.Text())
		if len(fields) >= 2 && fields[0] == "MemTotal:" {
			kb, _ := strconv.ParseUint(fields[1], 10, 64)
			return kb / 1024
		}
	}
	return 0
}

func shortID(id peer.ID) string {
	s := id.String()
	if len(s) > 8 {
		return s[len(s)-8:]
	}
	return s
}

// serveBlob answers other peers' requests for content this node holds.
func (n *Node) serveBlob(id string) ([]byte, error) { return n.heldBlob(id) }

// runtimes are the job runtimes this node can run.
func (n *Node) runtimes() []string {
	out := []string{types.RuntimeWasm}
	if n.docker != nil {
		out = append(out, types.RuntimeDocker)
	}
	if n.cfg.AllowProcess {
		out = append(out, types.RuntimeProcess)
	}
	return out
}
