package testnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
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
