package node

import (
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Config is everything a daemon is built from. Fill it with Options.
type Config struct {
	DataDir   string
	Socket    string // default DataDir/skyopsd.sock
	Network   string
	Listen    []string
	Bootstrap []string
	SimGPUs   string
	PriceWei  *big.Int // per GPU-hour
	// CPUPriceWei is the price per core-hour CPU-only jobs pay.
	CPUPriceWei *big.Int
	Region      string
	// AdvertInterval is the heartbeat: how often the node advertises when
	// nothing changed (a change is advertised at once). 0: HeartbeatFor
	// the TTL. The TTL must be at least twice it.
	AdvertInterval time.Duration
	// AdvertTTL is how long a node that stopped advertising stays in the
	// view, and the first step of failure detection.
	AdvertTTL time.Duration
	// CoordInterval is how often the node pings a few peers to update its
	// network coordinate (coords.go).
	CoordInterval time.Duration
	BootstrapWait time.Duration
	// ChainID binds job signatures (EIP-712 domain) to one chain.
	ChainID uint64
	// ClaimDelta is Δ of the claim rule: rank k claims after k·Δ without
	// a standing claim.
	ClaimDelta time.Duration
	// SettleWindow is how long a claimant waits for a better claim before
	// it starts, at least: the brain stretches it to three measured
	// delays of job events. Claims go straight to the job's top
	// candidates and home (push.go), so a competing claim arrives in
	// one hop, not after a gossip round.
	SettleWindow time.Duration
	// SuspectWindow is the suspicion step of failure detection: an
	// executor silent for AdvertTTL is suspected, and lost after this much
	// more. Detection time is AdvertTTL + SuspectWindow.
	SuspectWindow time.Duration
	// PlaceInterval is how often pending jobs are ranked again.
	PlaceInterval time.Duration
	// OfferCPUs and OfferRAMMiB override the machine's cores and RAM as the
	// capacity offered to jobs (0: the machine's).
	OfferCPUs   uint32
	OfferRAMMiB uint64
	// CheckpointInterval is how often a run's /checkpoint is snapshotted.
	CheckpointInterval time.Duration
	// SyncInterval is how often the daemon asks peers for job events it
	// missed (catch-up sync, node/sync.go).
	SyncInterval time.Duration
	// NoDocker keeps the Docker runtime off even where an engine runs.
	NoDocker bool
	// AllowProcess offers the process runtime (off by default: a process
	// job runs on the machine as the daemon's user).
	AllowProcess bool
	// DiskFloor is the free space, in bytes, kept on the data dir's disk:
	// below it the daemon refuses submits and claims (see diskGuard).
	DiskFloor uint64
	// JobRetention is how long after it ended a job's events are kept
	// (receipts are kept for good); 0 keeps them all.
	JobRetention time.Duration
	// Epoch is the network's reputation epoch (sched.PeerConfig.EpochMs):
	// every peer of a network must use the same.
	Epoch time.Duration
	// ChainRPC and ChainContract point the daemon at a chain's JSON-RPC
	// endpoint and the registry contract on it; without them it runs an
	// embedded chain in process. NoChain turns anchoring off (receipts
	// still queue, to be anchored once a chain is configured).
	ChainRPC      string
	ChainContract common.Address
	// ChainEscrow is the payments escrow on ChainRPC (which names its
	// registry, so ChainContract may be left zero); zero: no payments on
	// a dialled chain. The embedded chain deploys its own.
	ChainEscrow common.Address
	NoChain     bool
	// RequireDeposit refuses a job whose owner's free escrow balance in
	// its payment token cannot cover its maximum cost (MaxCost).
	RequireDeposit bool
	// AnchorInterval is how often queued receipts are batched and
	// anchored; AnchorBatch anchors at once when that many wait.
	AnchorInterval time.Duration
	AnchorBatch    int
	// BondWei is the bond this daemon posts for its node id in the
	// registry when it is not bonded yet, on a shared chain (ChainRPC).
	BondWei *big.Int
	// UnbondedNetwork: a private network whose nodes need no bond. The
	// daemon then neither bonds nor leaves unbonded nodes out.
	UnbondedNetwork bool
	// BondPoll is how often the registry's bonded set is read.
	BondPoll time.Duration
	// NoSelfBond (tests): never bond this node's id, so that it is the
	// unbonded node of a bonded network.
	NoSelfBond bool
	// TamperRedemption (tests): a hostile executor's change to what it
	// claims and publishes for a batch, for tests of the peers that watch
	// claims.
	TamperRedemption func(*chain.Redemption) (*chain.Redemption, error)
	// Pprof serves net/http/pprof's profiles under /debug/pprof/ on the
	// API socket (skyopsd: SKYOPS_PPROF=1). Whoever can reach the socket
	// controls the daemon already; the profiles tell them nothing more
	// than the process's own memory does.
	Pprof bool
	// HTTP is the web dashboard's listen address (host:port; "" is off).
	HTTP string
	Log  *slog.Logger
	// OnAdvert, when set, is called from the receive loop for every accepted
	// advert with the local receive time. For in-process tests and
	// benchmarks; it must return quickly.
	OnAdvert func(a *types.Advert, outcome string, at time.Time)
	// OnJobEvent, when set, is called for every new job event this node
	// folds (its own included), with the time it folded it. For tests and
	// benchmarks; it must return quickly.
	OnJobEvent func(e *types.JobEvent, at time.Time)
}

// Option configures a node.
type Option func(*Config) error

// DefaultPrice is what a provider charges unless told otherwise: 0.5 ETH per
// GPU-hour is a placeholder that is obviously a placeholder on a dev chain.
const DefaultPrice = "0.5"

// DefaultCPUPrice is the default price per core-hour in ETH, a placeholder
// too: a fiftieth of a GPU-hour.
const DefaultCPUPrice = "0.01"

func defaultConfig() Config {
	price, _ := types.ParseETH(DefaultPrice)
	cpuPrice, _ := types.ParseETH(DefaultCPUPrice)
	return Config{
		CPUPriceWei:        cpuPrice,
		Network:            "devnet",
		Listen:             []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
		PriceWei:           price,
		AdvertTTL:          10 * time.Second,
		CoordInterval:      2 * time.Second,
		BootstrapWait:      20 * time.Second,
		ChainID:            DefaultChainID,
		ClaimDelta:         500 * time.Millisecond,
		SettleWindow:       25 * time.Millisecond,
		SuspectWindow:      5 * time.Second,
		PlaceInterval:      50 * time.Millisecond,
		CheckpointInterval: 30 * time.Second,
		SyncInterval:       30 * time.Second,
		AnchorInterval:     30 * time.Second,
		AnchorBatch:        1024,
		BondWei:            mustRate(DefaultBondETH),
		BondPoll:           DefaultBondPoll,
		DiskFloor:          DefaultDiskFloor,
		JobRetention:       DefaultJobRetention,
		Epoch:              sched.DefaultEpochMs * time.Millisecond,
		Log:                slog.Default(),
	}
}

// DataDir sets the data dir (key, database, socket, lock).
func DataDir(dir string) Option {
	return func(c *Config) error {
		if dir == "" {
			return fmt.Errorf("data dir is empty: pass --data-dir")
		}
		abs, err := filepath.Abs(dir)
		if err != nil {
			return fmt.Errorf("data dir %q: %w", dir, err)
		}
		c.DataDir = abs
		return nil
	}
}

// Socket sets the API socket path.
func Socket(path string) Option { return func(c *Config) error { c.Socket = path; return nil } }

// Network sets the network id.
func Network(id string) Option {
	return func(c *Config) error {
		if err := p2p.ValidateNetwork(id); err != nil {
			return err
		}
		c.Network = id
		return nil
	}
}

// Listen sets the listen multiaddrs.
func Listen(addrs ...string) Option {
	return func(c *Config) error {
		if len(addrs) == 0 {
			return fmt.Errorf("no listen address: pass at least one --listen")
		}
		c.Listen = addrs
		return nil
	}
}

// Bootstrap sets the peers to join through.
func Bootstrap(addrs ...string) Option {
	return func(c *Config) error {
		if _, err := p2p.ParseBootstrap(addrs); err != nil {
			return err
		}
		c.Bootstrap = addrs
		return nil
	}
}

// SimGPUs picks a simulated GPU fleet (see exec/gpu).
func SimGPUs(spec string) Option { return func(c *Config) error { c.SimGPUs = spec; return nil } }

// PriceETH sets the price per GPU-hour, in ETH, as a decimal string.
func PriceETH(s string) Option {
	return func(c *Config) error {
		w, err := types.ParseETH(s)
		if err != nil {
			return fmt.Errorf("price: %w", err)
		}
		c.PriceWei = w
		return nil
	}
}

// CPUPriceETH sets the price per core-hour CPU-only jobs pay, in ETH, as a
// decimal string.
func CPUPriceETH(s string) Option {
	return func(c *Config) error {
		w, err := types.ParseETH(s)
		if err != nil {
			return fmt.Errorf("CPU price: %w", err)
		}
		c.CPUPriceWei = w
		return nil
	}
}

// Region sets the region the node advertises.
func Region(r string) Option {
	return func(c *Config) error {
		if len(r) > 64 {
			return fmt.Errorf("region %q is longer than 64 bytes", r)
		}
		c.Region = r
		return nil
	}
}

// HeartbeatFor is the advert interval a node uses with a TTL unless told
// otherwise: a third of the TTL, so that one advert lost or late does not
// evict a live node (two in a row may), and at most 30 s, half of how old
// the advert a claim cites may be (sched.MaxClaimAdvertAgeMs).
func HeartbeatFor(ttl time.Duration) time.Duration {
	return min(ttl/3, time.Duration(sched.MaxClaimAdvertAgeMs)*time.Millisecond/2)
}

// AdvertInterval sets how often the node re-advertises when nothing
// changed; 0 picks HeartbeatFor the TTL.
func AdvertInterval(d time.Duration) Option {
	return func(c *Config) error {
		if d != 0 && (d < p2p.MinAdvertGap || d > time.Minute) {
			return fmt.Errorf("advert interval %s: want between %s and 1m, or 0 for a third of the TTL", d, p2p.MinAdvertGap)
		}
		c.AdvertInterval = d
		return nil
	}
}

// CoordInterval sets how often the node measures round trips to a few
// peers for its network coordinate.
func CoordInterval(d time.Duration) Option {
	return func(c *Config) error {
		if d < 50*time.Millisecond || d > 10*time.Minute {
			return fmt.Errorf("coordinate interval %s: want between 50ms and 10m", d)
		}
		c.CoordInterval = d
		return nil
	}
}

// AdvertTTL sets how long a silent node stays in the view.
func AdvertTTL(d time.Duration) Option {
	return func(c *Config) error {
		if d < time.Second {
			return fmt.Errorf("advert TTL %s: want at least 1s", d)
		}
		c.AdvertTTL = d
		return nil
	}
}

// ReputationEpoch sets the network's reputation epoch: reputation counts
// the outcomes of attempts that ended at least an epoch ago, and uptime the
// epochs a node advertised in. Every peer of a network must use the same.
func ReputationEpoch(d time.Duration) Option {
	return func(c *Config) error {
		if d < time.Second || d > 24*time.Hour {
			return fmt.Errorf("reputation epoch %s: want between 1s and 24h", d)
		}
		c.Epoch = d
		return nil
	}
}

// SuspectWindow sets the suspicion step of failure detection (see
// Config.SuspectWindow).
func SuspectWindow(d time.Duration) Option {
	return func(c *Config) error {
		if d < 0 || d > time.Hour {
			return fmt.Errorf("suspect window %s: want between 0 and 1h", d)
		}
		c.SuspectWindow = d
		return nil
	}
}

// BootstrapWait sets how long start-up tries to reach a bootstrap peer.
func BootstrapWait(d time.Duration) Option {
	return func(c *Config) error { c.BootstrapWait = d; return nil }
}

// DefaultChainID is the dev chain's id (the embedded chain, later).
const DefaultChainID = 1337

// ChainID sets the chain id job signatures are bound to.
func ChainID(id uint64) Option {
	return func(c *Config) error {
		if id == 0 {
			return fmt.Errorf("chain id must not be 0")
		}
		c.ChainID = id
		return nil
	}
}

// ClaimTiming sets Δ of the claim rule and the settle window.
func ClaimTiming(delta, settle time.Duration) Option {
	return func(c *Config) error {
		if delta <= 0 || settle < 0 || delta > time.Minute || settle > time.Minute {
			return fmt.Errorf("claim timing: delta %s and settle %s must be positive and under a minute", delta, settle)
		}
		c.ClaimDelta, c.SettleWindow = delta, settle
		return nil
	}
}

// OfferCapacity sets the cores and RAM (MiB) the node offers to jobs,
// instead of the machine's own; 0 keeps the machine's value.
func OfferCapacity(cpus uint32, ramMiB uint64) Option {
	return func(c *Config) error {
		if cpus > 1<<16 || ramMiB > 1<<40 {
			return fmt.Errorf("offered capacity %d cores, %d MiB is not plausible", cpus, ramMiB)
		}
		c.OfferCPUs, c.OfferRAMMiB = cpus, ramMiB
		return nil
	}
}

// CheckpointEvery sets how often a run's /checkpoint is snapshotted.
func CheckpointEvery(d time.Duration) Option {
	return func(c *Config) error {
		if d < 100*time.Millisecond {
			return fmt.Errorf("checkpoint interval %s: want at least 100ms", d)
		}
		c.CheckpointInterval = d
		return nil
	}
}

// SyncEvery sets how often the daemon asks peers for job events it missed.
func SyncEvery(d time.Duration) Option {
	return func(c *Config) error {
		if d < 100*time.Millisecond {
			return fmt.Errorf("sync interval %s: want at least 100ms", d)
		}
		c.SyncInterval = d
		return nil
	}
}

// AllowProcess offers the process runtime.
func AllowProcess() Option { return func(c *Config) error { c.AllowProcess = true; return nil } }

// DefaultJobRetention is how long an ended job's events are kept.
const DefaultJobRetention = 7 * 24 * time.Hour

// JobRetention sets how long after it ended a job's events are kept (0:
// for good). Its receipts are kept either way.
func JobRetention(d time.Duration) Option {
	return func(c *Config) error {
		if d < 0 {
			return fmt.Errorf("job retention %s: want 0 (keep everything) or a positive duration", d)
		}
		c.JobRetention = d
		return nil
	}
}

// DiskFloorMiB sets the free space kept on the data dir's disk, in MiB
// (0: no floor).
func DiskFloorMiB(mib uint64) Option {
	return func(c *Config) error {
		if mib > 1<<20 {
			return fmt.Errorf("disk floor %d MiB: want at most 1 TiB", mib)
		}
		c.DiskFloor = mib << 20
		return nil
	}
}

// WithoutDocker keeps the Docker runtime off.
func WithoutDocker() Option { return func(c *Config) error { c.NoDocker = true; return nil } }

// ChainRPC points the daemon at a chain's JSON-RPC endpoint and the
// registry contract deployed there.
func ChainRPC(url string, contract common.Address) Option {
	return func(c *Config) error {
		if url == "" {
			return fmt.Errorf("chain rpc: empty URL")
		}
		if contract == (common.Address{}) {
			return fmt.Errorf("chain rpc %s: pass the registry contract's address too (--contract 0x…)", url)
		}
		c.ChainRPC, c.ChainContract = url, contract
		return nil
	}
}

// ChainContracts points the daemon at a chain's JSON-RPC endpoint and the
// payments escrow deployed there (skyops chain deploy prints it); the
// registry is the one the escrow names.
func ChainContracts(url string, escrow common.Address) Option {
	return func(c *Config) error {
		if url == "" {
			return fmt.Errorf("chain contracts: empty RPC URL")
		}
		if escrow == (common.Address{}) {
			return fmt.Errorf("chain rpc %s: pass the escrow's address (--contracts 0x…)", url)
		}
		c.ChainRPC, c.ChainEscrow = url, escrow
		return nil
	}
}

// RequireDeposits refuses jobs their owners' escrow deposits cannot cover.
func RequireDeposits() Option { return func(c *Config) error { c.RequireDeposit = true; return nil } }

// WithoutChain turns anchoring off: receipts are kept and queued.
func WithoutChain() Option { return func(c *Config) error { c.NoChain = true; return nil } }

// Anchoring sets how often receipts are anchored, and how many make a
// batch that goes at once.
func Anchoring(every time.Duration, batch int) Option {
	return func(c *Config) error {
		if every < 100*time.Millisecond || every > 24*time.Hour {
			return fmt.Errorf("anchor interval %s: want between 100ms and 24h", every)
		}
		if batch < 1 || batch > 65536 {
			return fmt.Errorf("anchor batch %d: want between 1 and 65536 receipts", batch)
		}
		c.AnchorInterval, c.AnchorBatch = every, batch
		return nil
	}
}

// DefaultBondETH is the bond a daemon posts for its node id, in ETH: the
// dev chain's registry asks 1 ETH.
const DefaultBondETH = "1"

// DefaultBondPoll is how often the registry's bonded set is read.
const DefaultBondPoll = 3 * time.Second

// BondETH sets the bond this daemon posts for its node id when it is not
// bonded yet, in ETH, as a decimal.
func BondETH(s string) Option {
	return func(c *Config) error {
		w, err := types.ParseETH(s)
		if err != nil {
			return fmt.Errorf("bond: %w", err)
		}
		if w.Sign() <= 0 {
			return fmt.Errorf("bond %s ETH: want more than 0 (a network that needs no bond: --unbonded-network)", s)
		}
		c.BondWei = w
		return nil
	}
}

// UnbondedNetwork makes this a private network whose nodes need no bond:
// the daemon bonds nothing and places unbonded nodes too. Every peer of
// the network must agree on it.
func UnbondedNetwork() Option { return func(c *Config) error { c.UnbondedNetwork = true; return nil } }

// BondPollEvery sets how often the registry's bonded set is read.
func BondPollEvery(d time.Duration) Option {
	return func(c *Config) error {
		if d < 100*time.Millisecond || d > 10*time.Minute {
			return fmt.Errorf("bond poll %s: want between 100ms and 10m", d)
		}
		c.BondPoll = d
		return nil
	}
}

// TamperRedemptions makes this daemon a hostile executor for tests: f
// changes every redemption it claims and publishes.
func TamperRedemptions(f func(*chain.Redemption) (*chain.Redemption, error)) Option {
	return func(c *Config) error { c.TamperRedemption = f; return nil }
}

// WithoutSelfBond keeps the daemon from bonding its own node id. For
// tests: the node is then the unbonded node of a network that requires
// bonds, never placed.
func WithoutSelfBond() Option { return func(c *Config) error { c.NoSelfBond = true; return nil } }

func mustRate(s string) *big.Int {
	r, err := types.ParseETH(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Pprof serves the runtime's profiles on the API socket (see Config.Pprof).
func Pprof() Option { return func(c *Config) error { c.Pprof = true; return nil } }

// HTTP serves the web dashboard on addr (host:port, e.g. 127.0.0.1:8080;
// port 0 picks a free one). See package web.
func HTTP(addr string) Option {
	return func(c *Config) error {
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("--http %q is not host:port (e.g. 127.0.0.1:8080): %v", addr, err)
		}
		c.HTTP = addr
		return nil
	}
}

// Logger sets the logger.
func Logger(l *slog.Logger) Option { return func(c *Config) error { c.Log = l; return nil } }

// OnJobEvent installs a job event hook (tests, benchmarks).
func OnJobEvent(f func(e *types.JobEvent, at time.Time)) Option {
	return func(c *Config) error { c.OnJobEvent = f; return nil }
}

// OnAdvert installs an advert hook (tests, benchmarks).
func OnAdvert(f func(a *types.Advert, outcome string, at time.Time)) Option {
	return func(c *Config) error { c.OnAdvert = f; return nil }
}
