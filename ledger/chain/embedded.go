package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// SimulatedChainID is the chain id of embedded and dev chains (go-ethereum's
// simulated backend's; WithChainConfig can change it).
const SimulatedChainID = 1337

// defaultFunding is what each funded address gets at genesis: 1000 ETH.
func defaultFunding() *big.Int { return new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)) }

// EmbeddedOption configures NewEmbedded and StartDevChain.
type EmbeddedOption func(*embeddedConfig)

type embeddedConfig struct {
	fund    []common.Address
	balance *big.Int
	poll    time.Duration
	log     *slog.Logger
	config  *params.ChainConfig
	bond    BondTerms
	idle    time.Duration // seal an empty block after this long without one; 0: never
	window  uint64        // the escrow's dispute window, in blocks (StartDevChain, DeployDev)
}

// WithIdleBlocks seals an empty block whenever d has passed without one,
// as geth --dev --dev.period does: block-counted delays (a claim's dispute
// window, a withdrawal's) then pass on a chain nobody sends to. The chain
// grows by a header per d.
func WithIdleBlocks(d time.Duration) EmbeddedOption {
	return func(c *embeddedConfig) { c.idle = d }
}

// WithDevDisputeWindow sets the dispute window StartDevChain and
// DeployDev deploy the escrow with (default DevDisputeWindow blocks).
func WithDevDisputeWindow(blocks uint64) EmbeddedOption {
	return func(c *embeddedConfig) { c.window = blocks }
}

// WithChainConfig replaces the chain's rules (default: go-ethereum's
// params.AllDevChainProtocolChanges, every fork including ones not yet on
// mainnet, whose gas schedule differs). Used to measure gas under mainnet's
// current rules. The chain id in config is the chain's id.
func WithChainConfig(config *params.ChainConfig) EmbeddedOption {
	return func(c *embeddedConfig) { c.config = config }
}

// WithBondTerms sets the registry's bond terms (its constructor's
// arguments; default DefaultBondTerms).
func WithBondTerms(t BondTerms) EmbeddedOption {
	return func(c *embeddedConfig) { c.bond = t.clone() }
}

// WithFunded funds more addresses at genesis (besides the key or the fund list).
func WithFunded(addrs ...common.Address) EmbeddedOption {
	return func(c *embeddedConfig) { c.fund = append(c.fund, addrs...) }
}

// WithBalance sets what each funded address gets at genesis (default 1000 ETH).
func WithBalance(wei *big.Int) EmbeddedOption {
	return func(c *embeddedConfig) { c.balance = new(big.Int).Set(wei) }
}

// WithMinePoll sets how often the miner checks the txpool for transactions
// sent by other processes (default 100 ms). Transactions sent through the
// Chain returned by NewEmbedded are mined at once, without waiting for a poll.
func WithMinePoll(d time.Duration) EmbeddedOption {
	return func(c *embeddedConfig) { c.poll = d }
}

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) EmbeddedOption {
	return func(c *embeddedConfig) { c.log = l }
}

// sim is a running simulated chain and its miner.
type sim struct {
	backend *simulated.Backend
	raw     *rpc.Client
	kick    chan struct{}
	poll    time.Duration
	idle    time.Duration
	log     *slog.Logger
	cancel  context.CancelFunc
	done    chan struct{}
	once    sync.Once
}

// startSim starts a simulated chain with alloc; httpHost/httpPort non-empty
// also serve its JSON-RPC over HTTP. simulated.NewBackend panics on failure
// (a port already in use, say); that is turned into an error here.
func startSim(cfg embeddedConfig, alloc ethtypes.GenesisAlloc, httpHost string, httpPort int) (s *sim, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("starting simulated chain: %v", r)
		}
	}()
	backend := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		// Explicitly ephemeral: see the package doc.
		nc.DataDir = ""
		if cfg.config != nil {
			ec.Genesis.Config = cfg.config
		}
		if httpHost != "" {
			nc.HTTPHost = httpHost
			nc.HTTPPort = httpPort
			nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
			nc.HTTPVirtualHosts = []string{"localhost"}
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	s = &sim{
		backend: backend, kick: make(chan struct{}, 1),
		poll: cfg.poll, idle: cfg.idle, log: cfg.log, cancel: cancel, done: make(chan struct{}),
	}
	if httpHost != "" {
		// The backend keeps its node (and so its in-process RPC) private;
		// the miner watches the txpool through the HTTP endpoint instead.
		url := "http://" + net.JoinHostPort(httpHost, strconv.Itoa(httpPort))
		if s.raw, err = rpc.DialContext(ctx, url); err != nil {
			cancel()
			backend.Close()
			return nil, fmt.Errorf("starting simulated chain: dialling its own endpoint %s: %w", url, err)
		}
	}
	go s.mine(ctx)
	return s, nil
}

// mine seals a block when kicked (a transaction was just sent through a
// Chain in this process) or, on a chain served over HTTP, when a poll of
// txpool_status finds pending transactions (sent by other processes).
// Empty blocks are sealed only with WithIdleBlocks, or when SealBlock asks.
func (s *sim) mine(ctx context.Context) {
	defer close(s.done)
	t := time.NewTicker(s.poll)
	defer t.Stop()
	if s.raw == nil {
		t.Stop() // embedded: every transaction comes with a kick
	}
	var idle <-chan time.Time
	var idleT *time.Timer
	if s.idle > 0 {
		idleT = time.NewTimer(s.idle)
		defer idleT.Stop()
		idle = idleT.C
	}
	sealed := func() {
		if idleT != nil {
			idleT.Reset(s.idle)
		}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-idle:
			s.backend.Commit()
			sealed()
		case <-s.kick:
			// Commit syncs the txpool first, so the kicked tx is included.
			s.backend.Commit()
			sealed()
		case <-t.C:
			var st struct {
				Pending hexutil.Uint `json:"pending"`
			}
			if err := s.raw.CallContext(ctx, &st, "txpool_status"); err != nil {
				if ctx.Err() == nil {
					s.log.Warn("chain: reading txpool status", "err", err)
				}
				continue
			}
			if st.Pending > 0 {
				s.backend.Commit()
				sealed()
			}
		}
	}
}

// kicked asks the miner to seal a block now.
func (s *sim) kicked() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

func (s *sim) close() {
	s.once.Do(func() {
		s.cancel()
		<-s.done
		if s.raw != nil {
			s.raw.Close()
		}
		if err := s.backend.Close(); err != nil {
			s.log.Warn("chain: closing simulated chain", "err", err)
		}
	})
}

func newEmbeddedConfig(opts []EmbeddedOption) embeddedConfig {
	cfg := embeddedConfig{balance: defaultFunding(), poll: 100 * time.Millisecond, log: slog.Default(), bond: DefaultBondTerms()}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.poll <= 0 {
		cfg.poll = 100 * time.Millisecond
	}
	return cfg
}

func genesisAlloc(cfg embeddedConfig, addrs ...common.Address) ethtypes.GenesisAlloc {
	alloc := ethtypes.GenesisAlloc{}
	for _, a := range append(addrs, cfg.fund...) {
		alloc[a] = ethtypes.Account{Balance: new(big.Int).Set(cfg.balance)}
	}
	return alloc
}

// NewEmbedded starts an in-process chain (go-ethereum's simulated backend,
// chain id 1337, in memory only), funds key's address and DevFaucet at
// genesis, deploys the registry and the payments contracts (DeployedPayments;
// the $SKYOPS supply held by DevFaucet) from key and returns a Chain that
// anchors from key. Every
// transaction the Chain sends is mined at once. ctx bounds the start-up
// only; Close stops the chain.
func NewEmbedded(ctx context.Context, key *ecdsa.PrivateKey, opts ...EmbeddedOption) (*Chain, error) {
	if key == nil {
		return nil, errors.New("embedded chain: nil key")
	}
	cfg := newEmbeddedConfig(opts)
	s, err := startSim(cfg, genesisAlloc(cfg, crypto.PubkeyToAddress(key.PublicKey), DevFaucet()), "", 0)
	if err != nil {
		return nil, err
	}
	client := s.backend.Client()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		s.close()
		return nil, fmt.Errorf("embedded chain: reading chain id: %w", err)
	}
	addr, err := deploy(ctx, "embedded", client, chainID.Uint64(), key, cfg.bond, s.kicked)
	if err != nil {
		s.close()
		return nil, err
	}
	c, err := newChain(ctx, "embedded", client, chainID.Uint64(), addr, key)
	if err != nil {
		s.close()
		return nil, err
	}
	c.sent = s.kicked
	c.closeFn = s.close
	if c.payments, err = DeployPayments(ctx, c, DevFaucet(), devSupply(), DevWithdrawDelay, WithGovernor(DevFaucet()), WithParamsNotice(DevParamsNotice), WithDisputeWindow(DevDisputeWindow)); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// DevChain is a simulated chain served over JSON-RPC, shared by the peers of
// a local testnet. In memory only: it is gone when Close is called or the
// process exits.
type DevChain struct {
	URL      string         // http://host:port
	Contract common.Address // the registry
	Escrow   common.Address // the escrow, which names the registry and the token
	Token    common.Address // $SKYOPS, all held by DevFaucet
	ChainID  uint64
	sim      *sim
}

// Close stops the chain and its RPC server (nothing for a chain
// DeployDev deployed on: that node is someone else's to stop).
func (d *DevChain) Close() {
	if d.sim != nil {
		d.sim.close()
	}
}

// StartDevChain starts a simulated chain serving JSON-RPC (eth, net, web3)
// over HTTP on listen (host:port; port 0 picks a free one, meant for
// loopback), funds each of fund and DevFaucet at genesis (1000 ETH unless
// WithBalance), deploys the registry, the $SKYOPS token (all held by
// DevFaucet) and the escrow from DevFaucetKey and mines whenever a
// transaction is pending. ctx bounds the start-up only.
func StartDevChain(ctx context.Context, listen string, fund []common.Address, opts ...EmbeddedOption) (*DevChain, error) {
	host, portStr, err := net.SplitHostPort(listen)
	if err != nil {
		return nil, fmt.Errorf("dev chain: listen address %q: %w", listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return nil, fmt.Errorf("dev chain: listen address %q: bad port", listen)
	}
	if host == "" {
		return nil, fmt.Errorf("dev chain: listen address %q: no host (use 127.0.0.1)", listen)
	}
	cfg := newEmbeddedConfig(opts)
	deployer := DevFaucetKey()
	alloc := genesisAlloc(cfg, append([]common.Address{crypto.PubkeyToAddress(deployer.PublicKey)}, fund...)...)

	var s *sim
	for attempt := 0; ; attempt++ {
		p := port
		if p == 0 {
			if p, err = freePort(host); err != nil {
				return nil, fmt.Errorf("dev chain: finding a free port on %s: %w", host, err)
			}
		}
		s, err = startSim(cfg, alloc, host, p)
		if err == nil {
			port = p
			break
		}
		// A picked port can be taken between picking and binding: retry.
		if port != 0 || attempt >= 4 || ctx.Err() != nil {
			return nil, fmt.Errorf("dev chain on %s: %w", net.JoinHostPort(host, strconv.Itoa(p)), err)
		}
	}
	url := "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	chainID, err := s.backend.Client().ChainID(ctx)
	if err != nil {
		s.close()
		return nil, fmt.Errorf("dev chain: reading chain id: %w", err)
	}
	addr, err := deploy(ctx, url, s.backend.Client(), chainID.Uint64(), deployer, cfg.bond, s.kicked)
	if err != nil {
		s.close()
		return nil, err
	}
	// Deploy the payments contracts, and check the HTTP endpoint really
	// serves the chain, as another process sees it.
	c, err := Dial(ctx, url, addr, deployer)
	if err != nil {
		s.close()
		return nil, fmt.Errorf("dev chain: checking its own RPC endpoint: %w", err)
	}
	c.sent = s.kicked
	pay, err := deployDevPayments(ctx, c, cfg.window)
	c.Close()
	if err != nil {
		s.close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	return &DevChain{URL: url, Contract: addr, Escrow: pay.Escrow(), Token: pay.TokenAddress(), ChainID: chainID.Uint64(), sim: s}, nil
}

// deployDevPayments deploys the payments contracts as on every dev chain:
// the dev faucet holds the $SKYOPS supply and governs the parameters, with
// the dev delays, notice and dispute window.
func deployDevPayments(ctx context.Context, c *Chain, window uint64) (*Payments, error) {
	if window == 0 {
		window = DevDisputeWindow
	}
	return DeployPayments(ctx, c, DevFaucet(), devSupply(), DevWithdrawDelay, WithGovernor(DevFaucet()),
		WithParamsNotice(DevParamsNotice), WithDisputeWindow(window))
}

// DeployDev deploys on a running dev chain (geth --dev, or any node with
// an unlocked account) what StartDevChain deploys on its own chain: the
// registry, the $SKYOPS token (all held by DevFaucet), the parameters and
// the escrow, from DevFaucetKey with the dev delays and windows, after
// funding DevFaucet from the node's unlocked account (FundDev).
func DeployDev(ctx context.Context, url string, opts ...EmbeddedOption) (*DevChain, error) {
	if _, err := FundDev(ctx, url, DevFaucet(), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))); err != nil {
		return nil, fmt.Errorf("dev deployment: funding the dev faucet: %w", err)
	}
	addr, err := Deploy(ctx, url, DevFaucetKey(), opts...)
	if err != nil {
		return nil, fmt.Errorf("dev deployment: %w", err)
	}
	c, err := Dial(ctx, url, addr, DevFaucetKey())
	if err != nil {
		return nil, fmt.Errorf("dev deployment: %w", err)
	}
	defer c.Close()
	pay, err := deployDevPayments(ctx, c, newEmbeddedConfig(opts).window)
	if err != nil {
		return nil, fmt.Errorf("dev deployment: %w", err)
	}
	return &DevChain{URL: url, Contract: addr, Escrow: pay.Escrow(), Token: pay.TokenAddress(), ChainID: c.ChainID()}, nil
}

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
