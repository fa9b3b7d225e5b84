package testnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/wallet"
)

// DefaultFleets are the simulated GPU fleets (skyopsd --sim-gpus specs) that
// process peers get unless told otherwise: peer i gets
// DefaultFleets[i % len(DefaultFleets)]. The order puts the four go-nvml DGX
// presets first, so any testnet of up to 8 peers has no two alike and a
// 5-peer one already mixes whole DGX boxes with a smaller mixed node.
var DefaultFleets = []string{
	"dgxa100",
	"dgxh100",
	"dgxh200",
	"dgxb200",
	"A100-80GB:4,H100:2",
	"A30:4",
	"H100:2",
	"A100:1",
}

// SimRAMGB and SimCPUs are what every testnet peer offers to jobs: the
// order of a GPU server, so the seed's own example (64 GB of RAM) places.
const (
	SimRAMGB = 512
	SimCPUs  = 32
)

// FleetFor is the fleet of peer i: fleets (DefaultFleets when empty), cycled.
func FleetFor(fleets []string, i int) string {
	if len(fleets) == 0 {
		fleets = DefaultFleets
	}
	return fleets[i%len(fleets)]
}

const (
	// MaxPeers bounds a process testnet: beyond it one laptop is the
	// bottleneck, not the network.
	MaxPeers = 64
	// DefaultNetwork is the network id process peers use unless told.
	DefaultNetwork = "devnet"
	// DefaultReadyTimeout bounds Up when ProcessConfig.ReadyTimeout is 0.
	DefaultReadyTimeout = 60 * time.Second
	// DaemonName is the daemon's executable name, looked for by FindDaemon.
	DaemonName = "skyopsd"
)

// ErrAlreadyRunning is returned by Up when the dir's manifest still lists a
// live daemon.
var ErrAlreadyRunning = errors.New("a testnet is already running")

// ProcessConfig configures Up.
type ProcessConfig struct {
	Peers      int    // 1..MaxPeers
	Dir        string // holds testnet.json and peer-0 ... peer-(N-1)
	Network    string // network id; DefaultNetwork when empty
	DaemonPath string // skyopsd to run; FindDaemon("") when empty
	// Fleets are --sim-gpus specs, cycled over the peers (see FleetFor).
	Fleets []string
	// ReadyTimeout bounds the whole of Up: start-up, and every peer seeing
	// every other. DefaultReadyTimeout when 0.
	ReadyTimeout time.Duration
	Log          *slog.Logger // progress; discarded when nil
	ExtraArgs    []string     // appended to every daemon's arguments
	// NoChain starts no dev chain: the peers then anchor nothing.
	NoChain bool
	// AnchorInterval is how often peers anchor their receipts on the dev
	// chain (default 2s: a testnet is for seeing things happen).
	AnchorInterval time.Duration
	// Isolated runs each peer in its own network namespace on a private
	// 10.x.y.0/24, so that Partition can cut the network between peers
	// (Linux, as root; see chaos.go). Off, the peers share loopback.
	Isolated bool
}

// PeerStatus is a manifest entry and whether its daemon is still running.
type PeerStatus struct {
	PeerInfo
	Alive bool `json:"alive"`
}

// Tunables, variables so that tests need not wait for the real values.
var (
	procStopGrace = 10 * time.Second       // SIGTERM to SIGKILL
	procReapWait  = 5 * time.Second        // after SIGKILL
	procPoll      = 100 * time.Millisecond // socket and process polls
	procViewPoll  = 200 * time.Millisecond // Nodes() polls
	procBondPoll  = 500 * time.Millisecond // skyopsd --bond-poll of testnet peers
)

// procMaxSocket is the longest unix socket path that works everywhere:
// sun_path is 104 bytes on macOS and the BSDs (108 on Linux), NUL included.
const procMaxSocket = 103

// Up starts cfg.Peers skyopsd processes on loopback (or each in its own
// network namespace, with cfg.Isolated), waits until every peer
// lists every other in its Nodes(), writes DIR/testnet.json and returns it.
// The daemons keep running after Up returns (and after the calling process
// exits) until Down. If anything fails, Up stops what it started before it
// returns the error.
func Up(ctx context.Context, cfg ProcessConfig) (*Manifest, error) {
	n, err := newProcNet(cfg)
	if err != nil {
		return nil, fmt.Errorf("testnet up: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, n.timeout)
	defer cancel()
	m, err := n.up(ctx)
	if err != nil {
		n.stopAll()
		if n.net != nil {
			if nerr := netDown(n.net); nerr != nil {
				err = errors.Join(err, nerr)
			}
		}
		// Keep the manifest, now listing dead pids: it says where the logs
		// are, and Down and Up both treat dead pids as stopped.
		n.mu.Lock()
		_ = WriteManifest(n.dir, &n.manifest)
		n.mu.Unlock()
		return nil, fmt.Errorf("testnet up: %w", err)
	}
	return m, nil
}

// Down stops the daemons that DIR/testnet.json lists: SIGTERM, then SIGKILL
// for any still running after 10s (or once ctx is done). It only signals a
// pid whose command line is that peer's daemon, so a pid reused by another
// process is never touched. It leaves the data dirs and the manifest, and a
// second Down finds nothing to stop. For an isolated testnet it then removes
// the namespaces and links that the manifest's Net lists, and only those.
func Down(ctx context.Context, dir string) error {
	m, err := ReadManifest(dir)
	if err != nil {
		return fmt.Errorf("testnet down: %w", err)
	}
	var live []PeerInfo
	for _, p := range m.Peers {
		if procIsOurs(p) {
			live = append(live, p)
		}
	}
	if m.Chain != nil && procIsOurs(m.Chain.proc()) {
		live = append(live, m.Chain.proc())
	}
	var errs []error
	for _, p := range live {
		if err := syscall.Kill(p.PID, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
			// Go on with the others: one we may not signal must not
			// keep the rest running.
			errs = append(errs, fmt.Errorf("stop %s (pid %d): %w", procName(p), p.PID, err))
			continue
		}
		// A paused peer (Pause) only acts on SIGTERM once it runs again.
		_ = syscall.Kill(p.PID, syscall.SIGCONT)
	}
	live = procWaitGone(ctx, live, procStopGrace)
	if len(live) > 0 {
		// Out of patience: a daemon that ignores SIGTERM must not outlive Down.
		for _, p := range live {
			if procIsOurs(p) {
				_ = syscall.Kill(p.PID, syscall.SIGKILL)
			}
		}
		live = procWaitGone(context.Background(), live, procReapWait)
	}
	for _, p := range live {
		errs = append(errs, fmt.Errorf("%s (pid %d) still running after SIGKILL", procName(p), p.PID))
	}
	if m.Net != nil {
		// Only after the daemons: a namespace goes once nothing is in it.
		if err := netDown(m.Net); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("testnet down: %w", err)
	}
	return nil
}

func procName(p PeerInfo) string {
	if p.Index < 0 {
		return "dev chain"
	}
	return fmt.Sprintf("peer %d", p.Index)
}

// Status reports, for each peer in DIR/testnet.json, whether its daemon is
// still running.
func Status(dir string) ([]PeerStatus, error) {
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, fmt.Errorf("testnet status: %w", err)
	}
	out := make([]PeerStatus, len(m.Peers))
	for i, p := range m.Peers {
		out[i] = PeerStatus{PeerInfo: p, Alive: procIsOurs(p)}
	}
	return out, nil
}

// FindDaemon locates skyopsd: explicit when given, else next to the running
// executable (where `go build -o bin/ ./cmd/...` puts both), else on $PATH.
// It returns an absolute path.
func FindDaemon(explicit string) (string, error) {
	if explicit != "" {
		p, err := filepath.Abs(explicit)
		if err != nil {
			return "", fmt.Errorf("daemon %s: %w", explicit, err)
		}
		if err := procCheckExec(p); err != nil {
			return "", fmt.Errorf("daemon %w", err)
		}
		return p, nil
	}
	var next string
	if exe, err := os.Executable(); err == nil {
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		next = filepath.Join(filepath.Dir(exe), DaemonName)
		if procCheckExec(next) == nil {
			return next, nil
		}
	}
	if p, err := exec.LookPath(DaemonName); err == nil {
		if abs, err := filepath.Abs(p); err == nil {
			return abs, nil
		}
	}
	where := "next to this program"
	if next != "" {
		where = "at " + next
	}
	return "", fmt.Errorf("cannot find %s: not %s and not on $PATH; build it (go build -o %s ./cmd/skyopsd) or pass --daemon PATH",
		DaemonName, where, filepath.Join(filepath.Dir(next), DaemonName))
}

func procCheckExec(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s does not exist", path)
	case err != nil:
		return err
	case fi.IsDir():
		return fmt.Errorf("%s is a directory, not a program", path)
	case fi.Mode().Perm()&0o111 == 0:
		return fmt.Errorf("%s is not executable", path)
	}
	return nil
}

// procNet is one run of Up.
type procNet struct {
	peersN  int
	dir     string
	network string
	daemon  string
	fleets  []string
	timeout time.Duration
	log     *slog.Logger
	extra   []string
	noChain bool
	anchor  time.Duration
	// chainHost is where the dev chain listens: loopback, or the root
	// namespace's address on the private subnet of an isolated testnet.
	chainHost string
	net       *NetInfo // an isolated testnet's namespaces and links; else nil

	mu       sync.Mutex // guards peers, chain and manifest
	peers    []*procPeer
	chain    *procPeer
	manifest Manifest
}

// procPeer is one daemon that Up started.
type procPeer struct {
	info    PeerInfo
	cmd     *exec.Cmd
	client  *api.Client
	exited  chan struct{} // closed once the process is reaped
	waitErr error         // set before exited closes
}

func newProcNet(cfg ProcessConfig) (*procNet, error) {
	if cfg.Peers < 1 || cfg.Peers > MaxPeers {
		return nil, fmt.Errorf("peers must be 1..%d, got %d", MaxPeers, cfg.Peers)
	}
	if cfg.Dir == "" {
		return nil, errors.New("no testnet dir given")
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, fmt.Errorf("testnet dir %s: %w", cfg.Dir, err)
	}
	n := &procNet{
		peersN:  cfg.Peers,
		dir:     dir,
		network: cfg.Network,
		fleets:  cfg.Fleets,
		timeout: cfg.ReadyTimeout,
		log:     cfg.Log,
		extra:   cfg.ExtraArgs,
		noChain: cfg.NoChain,
		anchor:  cfg.AnchorInterval,

		chainHost: "127.0.0.1",
	}
	if n.anchor <= 0 {
		n.anchor = 2 * time.Second
	}
	if n.network == "" {
		n.network = DefaultNetwork
	}
	if len(n.fleets) == 0 {
		n.fleets = DefaultFleets
	}
	for i, f := range n.fleets {
		if strings.TrimSpace(f) == "" {
			return nil, fmt.Errorf("fleet %d is empty: give a --sim-gpus spec such as dgxa100, H100:2 or none", i)
		}
	}
	if n.timeout <= 0 {
		n.timeout = DefaultReadyTimeout
	}
	if n.log == nil {
		n.log = slog.New(slog.DiscardHandler)
	}
	if sock := n.socketPath(n.peersN - 1); len(sock) > procMaxSocket {
		return nil, fmt.Errorf("socket path %s would be %d bytes, and unix sockets allow %d: use a shorter dir", sock, len(sock), procMaxSocket)
	}
	if n.daemon, err = FindDaemon(cfg.DaemonPath); err != nil {
		return nil, err
	}
	if cfg.Isolated {
		if err := netCheck(); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create testnet dir: %w", err)
	}
	old, err := ReadManifest(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("%w; remove it if no testnet runs in %s", err, dir)
	default:
		for _, p := range old.Peers {
			if procIsOurs(p) {
				return nil, fmt.Errorf("%w in %s: run skyops testnet down --dir %s (peer %d is pid %d)", ErrAlreadyRunning, dir, dir, p.Index, p.PID)
			}
		}
		// An isolated testnet that crashed, or that was never taken down:
		// its namespaces are this dir's, and in the way of the new ones.
		if old.Net != nil {
			if err := netDown(old.Net); err != nil {
				return nil, fmt.Errorf("remove the namespaces of the last testnet in %s: %w", dir, err)
			}
		}
	}
	if cfg.Isolated {
		if n.net, err = netPlan(dir, n.peersN); err != nil {
			return nil, err
		}
		n.chainHost = n.net.HostIP
	}
	n.manifest = Manifest{Network: n.network, CreatedAt: time.Now().UTC()}
	return n, nil
}

func (n *procNet) dataDir(i int) string    { return filepath.Join(n.dir, fmt.Sprintf("peer-%d", i)) }
func (n *procNet) socketPath(i int) string { return filepath.Join(n.dataDir(i), "skyopsd.sock") }

func (n *procNet) up(ctx context.Context) (*Manifest, error) {
	w, err := devWallet(n.dir)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	n.manifest.Wallet = w
	n.manifest.Net = n.net
	n.mu.Unlock()
	if n.net != nil {
		// Recorded before anything is made, so that Down can remove what
		// a crash half-way leaves.
		if err := n.writeManifest(); err != nil {
			return nil, err
		}
		if err := netUp(ctx, n.net); err != nil {
			return nil, err
		}
		n.log.Info("isolated network up", "subnet", n.net.Subnet, "hub", n.net.Hub, "namespaces", strings.Join(n.net.Namespaces, " "))
	}
	if !n.noChain {
		if err := n.startChain(ctx, w); err != nil {
			return nil, err
		}
	}
	// Peer 0, then peer 1, one at a time: each later peer bootstraps from
	// both, so that one slow or dead bootstrap peer does not split the net.
	var boot []string
	for i := 0; i < min(2, n.peersN); i++ {
		p, err := n.start(i, boot)
		if err != nil {
			return nil, err
		}
		if err := n.waitReady(ctx, p); err != nil {
			return nil, err
		}
		a, err := n.bootAddr(p.info)
		if err != nil {
			return nil, fmt.Errorf("peer %d: %w", i, err)
		}
		boot = append(boot, a)
	}
	var rest []*procPeer
	for i := 2; i < n.peersN; i++ {
		p, err := n.start(i, boot)
		if err != nil {
			return nil, err
		}
		rest = append(rest, p)
	}
	errs := make([]error, len(rest))
	var wg sync.WaitGroup
	for k, p := range rest {
		wg.Go(func() { errs[k] = n.waitReady(ctx, p) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if err := n.writeManifest(); err != nil {
		return nil, err
	}
	n.log.Info("all peers started; waiting for each to see the others", "peers", n.peersN)
	if err := n.waitViews(ctx); err != nil {
		return nil, err
	}
	if err := n.waitBonds(ctx); err != nil {
		return nil, err
	}
	n.log.Info("testnet ready", "peers", n.peersN, "dir", n.dir)
	n.mu.Lock()
	defer n.mu.Unlock()
	m := n.manifest
	m.Peers = append([]PeerInfo(nil), m.Peers...)
	return &m, nil
}

// startChain makes every peer's node key (so that the chain can fund it at
// genesis), starts `skyopsd devchain` with them and the dev wallet funded,
// waits for it to say where it serves, and points every peer at it.
func (n *procNet) startChain(ctx context.Context, w *DevWallet) error {
	fund := []string{w.Address}
	for i := 0; i < n.peersN; i++ {
		if err := os.MkdirAll(n.dataDir(i), 0o700); err != nil {
			return fmt.Errorf("peer %d: create data dir: %w", i, err)
		}
		k, err := identity.LoadOrCreate(n.dataDir(i))
		if err != nil {
			return fmt.Errorf("peer %d: %w", i, err)
		}
		fund = append(fund, k.Address().Hex())
	}
	dir := filepath.Join(n.dir, "chain")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("dev chain: %w", err)
	}
	info := filepath.Join(dir, "chain.json")
	os.Remove(info) // a stale one from a chain that was killed
	logPath := filepath.Join(dir, "chain.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("dev chain: open log: %w", err)
	}
	defer logf.Close()
	p, err := procLaunch([]string{n.daemon, "devchain", "--data-dir", dir, "--listen", n.chainHost + ":0", "--fund", strings.Join(fund, ",")}, dir, logf)
	if err != nil {
		return fmt.Errorf("dev chain: %w", err)
	}
	p.info = PeerInfo{Index: -1, PID: p.info.PID, DataDir: dir, LogFile: logPath}
	n.mu.Lock()
	n.chain = p
	n.manifest.Chain = &ChainInfo{PID: p.info.PID, DataDir: dir, LogFile: logPath}
	n.mu.Unlock()
	if err := n.writeManifest(); err != nil {
		return err
	}
	for {
		var ci struct {
			URL      string `json:"url"`
			Contract string `json:"contract"`
			Escrow   string `json:"escrow"`
			ChainID  uint64 `json:"chainId"`
		}
		if data, err := os.ReadFile(info); err == nil && json.Unmarshal(data, &ci) == nil && ci.URL != "" {
			n.mu.Lock()
			n.manifest.Chain.URL, n.manifest.Chain.Contract, n.manifest.Chain.Escrow, n.manifest.Chain.ChainID = ci.URL, ci.Contract, ci.Escrow, ci.ChainID
			n.mu.Unlock()
			n.extra = append([]string{"--chain-rpc", ci.URL, "--contract", ci.Contract, "--contracts", ci.Escrow, "--anchor-interval", n.anchor.String(),
				"--bond-poll", procBondPoll.String()}, n.extra...)
			n.log.Info("dev chain up", "url", ci.URL, "contract", ci.Contract, "log", logPath)
			return n.writeManifest()
		}
		select {
		case <-p.exited:
			return fmt.Errorf("dev chain exited: %v%s", p.waitErr, procTail(logPath))
		case <-ctx.Done():
			return fmt.Errorf("dev chain did not start: %w%s", ctx.Err(), procTail(logPath))
		case <-time.After(procPoll):
		}
	}
}

// procLaunch starts argv in dir with its output to logf, in a session of
// its own (no SIGINT from the terminal's Ctrl-C, no SIGHUP when it closes:
// testnet processes live until Down), and reaps it when it exits, so that
// one that dies while this process lives (a Go test) does not linger as a
// zombie that still looks alive. The caller fills in the rest of info.
func procLaunch(argv []string, dir string, logf *os.File) (*procPeer, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	p := &procPeer{info: PeerInfo{PID: cmd.Process.Pid}, cmd: cmd, exited: make(chan struct{})}
	go func() {
		p.waitErr = cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

// start launches peer i; it does not wait for it.
func (n *procNet) start(i int, boot []string) (*procPeer, error) {
	dataDir := n.dataDir(i)
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("peer %d: create data dir: %w", i, err)
	}
	sock := n.socketPath(i)
	// A daemon that was SIGKILLed leaves its socket behind, and readiness
	// is "the socket answers": clear it so the new daemon can bind. No live
	// daemon owns it: newProcNet checked the manifest.
	if fi, err := os.Lstat(sock); err == nil && fi.Mode()&fs.ModeSocket != 0 {
		if err := os.Remove(sock); err != nil {
			return nil, fmt.Errorf("peer %d: remove stale socket: %w", i, err)
		}
	}
	logPath := filepath.Join(dataDir, "daemon.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, fmt.Errorf("peer %d: open log: %w", i, err)
	}
	defer logf.Close() // the child has its own copy once started
	fleet := FleetFor(n.fleets, i)
	host := "127.0.0.1"
	if n.net != nil {
		host = n.net.PeerIPs[i]
	}
	args := []string{
		"--data-dir", dataDir,
		"--socket", sock,
		"--network", n.network,
		"--sim-gpus", fleet,
		"--listen", "/ip4/" + host + "/tcp/0",
		"--listen", "/ip4/" + host + "/udp/0/quic-v1",
		"--log-format", "json",
		// The web dashboard on a free port (skyops dashboard, the testnet's
		// printout and its manifest say where).
		"--http", host + ":0",
		// Simulated GPU boxes offer the RAM and cores such boxes have, not
		// what this one laptop has; `skyops nodes` marks them simulated.
		"--ram", fmt.Sprint(SimRAMGB), "--cpus", fmt.Sprint(SimCPUs),
	}
	for _, b := range boot {
		args = append(args, "--bootstrap", b)
	}
	args = append(args, n.extra...)
	argv := append([]string{n.daemon}, args...)
	if n.net != nil {
		argv = netExecArgv(n.net, i, argv)
	}
	p, err := procLaunch(argv, dataDir, logf)
	if err != nil {
		return nil, fmt.Errorf("peer %d: %w", i, err)
	}
	p.info = PeerInfo{Index: i, Socket: sock, PID: p.info.PID, DataDir: dataDir, Fleet: fleet, LogFile: logPath, Args: argv}
	p.client = api.NewClient(sock)
	n.log.Info("started peer", "index", i, "pid", p.info.PID, "fleet", fleet, "log", logPath)
	n.mu.Lock()
	n.peers = append(n.peers, p)
	n.manifest.Peers = append(n.manifest.Peers, p.info)
	n.mu.Unlock()
	// Record the pid at once: if this process is killed now, Down can
	// still find the daemon.
	if err := n.writeManifest(); err != nil {
		return nil, err
	}
	return p, nil
}

// waitReady waits until p's socket answers ID(), and records its identity.
func (n *procNet) waitReady(ctx context.Context, p *procPeer) error {
	tick := time.NewTicker(procPoll)
	defer tick.Stop()
	var lastErr error
	for {
		select {
		case <-p.exited:
			return n.exitError(p)
		default:
		}
		if _, err := os.Stat(p.info.Socket); err == nil {
			cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			id, err := p.client.ID(cctx)
			cancel()
			if err == nil {
				if id.PID != 0 && id.PID != p.info.PID {
					return fmt.Errorf("peer %d: socket %s is served by pid %d, not by the daemon started as pid %d", p.info.Index, p.info.Socket, id.PID, p.info.PID)
				}
				dash := ""
				cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
				if w, err := p.client.Web(cctx); err == nil {
					dash = w.Login
				}
				cancel()
				n.mu.Lock()
				p.info.ID, p.info.Address, p.info.Addrs, p.info.Dashboard = id.ID, id.Address, id.Addrs, dash
				for k := range n.manifest.Peers {
					if n.manifest.Peers[k].Index == p.info.Index {
						n.manifest.Peers[k] = p.info
					}
				}
				n.mu.Unlock()
				n.log.Info("peer ready", "index", p.info.Index, "id", id.ID)
				return nil
			}
			lastErr = err
		}
		select {
		case <-p.exited:
			return n.exitError(p)
		case <-ctx.Done():
			why := "its socket never appeared"
			if lastErr != nil {
				why = "last error: " + lastErr.Error()
			}
			return fmt.Errorf("peer %d (pid %d) %s (%s)%s", p.info.Index, p.info.PID, n.ctxWhy(ctx, "was not ready"), why, procTail(p.info.LogFile))
		case <-tick.C:
		}
	}
}

// waitViews waits until every peer's Nodes() lists every peer.
func (n *procNet) waitViews(ctx context.Context) error {
	return n.waitEveryPeer(ctx, procViewPoll, true, "did not all see each other", "logs", func(nd api.Node) bool { return true }, "sees only peers")
}

// waitBonds waits, on a testnet with a chain, until every peer's view has
// every peer bonded (each bonds its node id in the registry on start, and
// reads the registry every procBondPoll): until a peer has read a node's
// bond it places no job there, and jobs submitted meanwhile wait.
func (n *procNet) waitBonds(ctx context.Context) error {
	if n.noChain {
		return nil
	}
	n.log.Info("waiting until every peer has read every peer's bond")
	return n.waitEveryPeer(ctx, procPoll, false, "did not all see each other bonded",
		"each peer bonds itself in the registry on start; logs", func(nd api.Node) bool { return nd.Bonded }, "has bonds of peers only")
}

// waitEveryPeer polls every peer's Nodes() until each lists every peer as
// ok says. exits: a peer's exit ends the wait with its error.
func (n *procNet) waitEveryPeer(ctx context.Context, poll time.Duration, exits bool, what, hint string, ok func(api.Node) bool, short string) error {
	n.mu.Lock()
	peers := append([]*procPeer(nil), n.peers...)
	n.mu.Unlock()
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		var behind []string
		for _, p := range peers {
			if exits {
				select {
				case <-p.exited:
					return n.exitError(p)
				default:
				}
			}
			cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			nodes, err := p.client.Nodes(cctx)
			cancel()
			if err != nil {
				behind = append(behind, fmt.Sprintf("peer %d: %v", p.info.Index, err))
				continue
			}
			good := make(map[string]bool, len(nodes))
			for _, nd := range nodes {
				good[nd.ID] = ok(nd)
			}
			var have []string
			for _, q := range peers {
				if good[q.info.ID] {
					have = append(have, fmt.Sprint(q.info.Index))
				}
			}
			if len(have) < len(peers) {
				behind = append(behind, fmt.Sprintf("peer %d %s %s of %d", p.info.Index, short, strings.Join(have, ", "), len(peers)))
			}
		}
		if len(behind) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("peers %s: %s (%s: %s)", n.ctxWhy(ctx, what), strings.Join(behind, "; "), hint, filepath.Join(n.dir, "peer-*", "daemon.log"))
		case <-tick.C:
		}
	}
}

// ctxWhy says why ctx ended: the testnet's time limit, or the caller.
func (n *procNet) ctxWhy(ctx context.Context, what string) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Sprintf("%s within %s", what, n.timeout)
	}
	return what + " (interrupted)"
}

func (n *procNet) exitError(p *procPeer) error {
	return fmt.Errorf("peer %d (pid %d) exited during start-up (%v)%s", p.info.Index, p.info.PID, p.waitErr, procTail(p.info.LogFile))
}

func (n *procNet) writeManifest() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return WriteManifest(n.dir, &n.manifest)
}

// stopAll stops every daemon this Up started: SIGTERM, then SIGKILL after
// procStopGrace. It signals through the exec handle, which knows when the
// process has been reaped, so it can never hit a reused pid.
func (n *procNet) stopAll() {
	n.mu.Lock()
	peers := append([]*procPeer(nil), n.peers...)
	n.mu.Unlock()
	for _, p := range peers {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
	}
	grace := time.After(procStopGrace)
wait:
	for _, p := range peers {
		select {
		case <-p.exited:
		case <-grace:
			break wait
		}
	}
	for _, p := range peers {
		select {
		case <-p.exited:
		default:
			n.log.Warn("peer ignored SIGTERM; killing it", "index", p.info.Index, "pid", p.info.PID)
			_ = p.cmd.Process.Kill()
		}
	}
	reap := time.After(procReapWait)
	for _, p := range peers {
		select {
		case <-p.exited:
		case <-reap:
			n.log.Error("peer still running after SIGKILL", "index", p.info.Index, "pid", p.info.PID)
		}
	}
	n.mu.Lock()
	c := n.chain
	n.mu.Unlock()
	if c != nil {
		_ = c.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-c.exited:
		case <-time.After(procStopGrace):
			_ = c.cmd.Process.Kill()
			<-c.exited
		}
	}
}

// bootAddr is p's TCP multiaddr for others to bootstrap from: on loopback,
// or on its own address in an isolated testnet.
func (n *procNet) bootAddr(p PeerInfo) (string, error) {
	if n.net != nil {
		return procTCPOn(p, n.net.PeerIPs[p.Index])
	}
	return procLoopbackTCP(p)
}

// procLoopbackTCP picks p's loopback TCP multiaddr, with its /p2p/ id, to
// bootstrap others from. Loopback only: a testnet never dials out.
func procLoopbackTCP(p PeerInfo) (string, error) {
	for _, a := range p.Addrs {
		parts := strings.Split(a, "/") // "", ip4, 127.0.0.1, tcp, PORT[, p2p, ID]
		if len(parts) < 5 || parts[3] != "tcp" {
			continue
		}
		if !(parts[1] == "ip4" && strings.HasPrefix(parts[2], "127.")) && !(parts[1] == "ip6" && parts[2] == "::1") {
			continue
		}
		switch {
		case len(parts) == 5:
			return a + "/p2p/" + p.ID, nil
		case len(parts) == 7 && parts[5] == "p2p":
			return a, nil
		}
	}
	return "", fmt.Errorf("no loopback TCP address among %v", p.Addrs)
}

// procIsOurs reports whether p.PID is still the daemon Up started for p: its
// command line carries p's --data-dir. That holds for no other process, so a
// reused pid is never taken for (or signalled as) a peer, and a reaped
// daemon (or a zombie, whose command line is empty) counts as stopped.
func procIsOurs(p PeerInfo) bool {
	if p.PID <= 0 || p.DataDir == "" {
		return false
	}
	args, err := procCmdline(p.PID)
	if err != nil {
		return false
	}
	for k, a := range args {
		if a == "--data-dir="+p.DataDir || (a == "--data-dir" && k+1 < len(args) && args[k+1] == p.DataDir) {
			return true
		}
	}
	return false
}

// procWaitGone polls until none of ps is running, for at most d or until
// ctx is done, and returns those still running.
func procWaitGone(ctx context.Context, ps []PeerInfo, d time.Duration) []PeerInfo {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	tick := time.NewTicker(procPoll)
	defer tick.Stop()
	for {
		if ps = procStillOurs(ps); len(ps) == 0 {
			return nil
		}
		select {
		case <-tick.C:
		case <-deadline.C:
			return ps
		case <-ctx.Done():
			return ps
		}
	}
}

func procStillOurs(ps []PeerInfo) []PeerInfo {
	var out []PeerInfo
	for _, p := range ps {
		if procIsOurs(p) {
			out = append(out, p)
		}
	}
	return out
}

// procCmdline returns a process's arguments: from /proc where there is one
// (Linux), else from ps(1) (macOS), which cannot keep apart arguments that
// contain spaces.
func procCmdline(pid int) ([]string, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err == nil {
		return strings.Split(strings.TrimRight(string(data), "\x00"), "\x00"), nil
	}
	if _, serr := os.Stat("/proc/self/cmdline"); serr == nil {
		return nil, err // /proc works: the pid is gone
	}
	out, err := exec.Command("ps", "-o", "command=", "-p", fmt.Sprint(pid)).Output()
	if err != nil {
		return nil, err
	}
	return strings.Fields(string(out)), nil
}

// procTail renders the last lines of a daemon's log for an error message.
func procTail(path string) string {
	const maxLines, maxLine, window = 12, 400, 16 << 10
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > window {
		_, _ = f.Seek(-window, io.SeekEnd)
	}
	data, _ := io.ReadAll(f)
	lines := bytes.Split(bytes.TrimRight(data, "\n"), []byte("\n"))
	if len(lines) > maxLines {
		lines = lines[len(lines)-maxLines:]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nlast lines of %s:", path)
	if len(data) == 0 {
		b.WriteString(" (empty)")
	}
	for _, l := range lines {
		if len(l) > maxLine {
			l = append(l[:maxLine:maxLine], "…"...)
		}
		b.WriteString("\n  ")
		b.Write(l)
	}
	return b.String()
}

// devWallet makes (or reuses) the testnet's submitter wallet in
// DIR/keystore, with a random password in DIR/dev-password. It uses light
// scrypt: its password sits beside it, and it signs for a dev network only.
func devWallet(dir string) (*DevWallet, error) {
	ks := filepath.Join(dir, "keystore")
	pwFile := filepath.Join(dir, "dev-password")
	pw, err := wallet.ReadPasswordFile(pwFile)
	if err != nil {
		var b [16]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, fmt.Errorf("dev wallet: %w", err)
		}
		pw = hex.EncodeToString(b[:])
		if err := os.WriteFile(pwFile, []byte(pw+"\n"), 0o600); err != nil {
			return nil, fmt.Errorf("dev wallet: %w", err)
		}
	}
	accts, _ := wallet.List(ks)
	if len(accts) > 0 {
		return &DevWallet{Address: accts[0].Address.Hex(), Keystore: ks, PasswordFile: pwFile}, nil
	}
	addr, err := wallet.New(ks, pw, wallet.LightScrypt())
	if err != nil {
		return nil, fmt.Errorf("dev wallet: %w", err)
	}
	return &DevWallet{Address: addr.Hex(), Keystore: ks, PasswordFile: pwFile}, nil
}
