package testnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// InProcessConfig describes an in-process testnet.
type InProcessConfig struct {
	Peers          int
	Network        string        // default "inproc"
	Fleets         []string      // default DefaultFleets, cycled
	AdvertInterval time.Duration // default 1s
	AdvertTTL      time.Duration // default 10s
	Log            *slog.Logger  // default: discard
	// OnAdvert, when set, hears every advert every peer accepts: peer is
	// the receiving peer's index.
	OnAdvert func(peer int, a *types.Advert, outcome string, at time.Time)
	// OnJobEvent, when set, hears every job event every peer folds.
	OnJobEvent func(peer int, e *types.JobEvent, at time.Time)
	// Options, when set, adds node options for peer i.
	Options func(peer int) []node.Option
	// Chain starts a dev chain on loopback shared by every peer, with the
	// registry deployed and every node funded, and anchors receipts every
	// AnchorEvery (default 300ms). Without it peers anchor nothing. With
	// it every peer bonds its node id and places bonded nodes only
	// (node.WithoutSelfBond and node.UnbondedNetwork in Options change
	// that), and StartInProcess returns once every peer has read every
	// bond (WaitBonded).
	Chain       bool
	AnchorEvery time.Duration
	// ChainRPC, with Chain, is a running dev chain to use instead of
	// starting one (a real geth --dev): the contracts are deployed on it
	// (chain.DeployDev) and every node is funded from its unlocked
	// account. Blocks must come without transactions (geth --dev.period),
	// or dispute windows never pass.
	ChainRPC string
	// DisputeWindow is the escrow's dispute window in blocks (default
	// chain.DevDisputeWindow).
	DisputeWindow uint64
	// ChainProxy routes the peers' chain traffic through a Proxy the test
	// can cut (Cluster.ChainProxy), to take the chain away and back.
	ChainProxy bool
}

// Cluster is a running in-process testnet.
type Cluster struct {
	Nodes  []*node.Node
	Fleets []string
	Chain  *chain.DevChain // with InProcessConfig.Chain
	// ChainProxy stands between the peers and Chain with
	// InProcessConfig.ChainProxy.
	ChainProxy *Proxy
	dir        string
	start      func(ctx context.Context, i int, bootstrap []string) (*node.Node, error)
	mu         sync.Mutex
}

// StartInProcess starts cfg.Peers daemons in this process, on loopback, each
// in its own temporary data dir, peer 0 first and the rest bootstrapping from
// it. It returns once all have started; use WaitConverged to wait until every
// peer sees every other. On error nothing is left running.
func StartInProcess(ctx context.Context, cfg InProcessConfig) (_ *Cluster, err error) {
	if cfg.Peers < 1 || cfg.Peers > 256 {
		return nil, fmt.Errorf("in-process testnet: %d peers, want 1..256", cfg.Peers)
	}
	if cfg.Network == "" {
		cfg.Network = "inproc"
	}
	if cfg.AdvertInterval == 0 {
		cfg.AdvertInterval = time.Second
	}
	if cfg.AdvertTTL == 0 {
		cfg.AdvertTTL = 10 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	// Short base dir: unix socket paths are limited to 107 bytes.
	dir, err := os.MkdirTemp("", "skyops-inproc-")
	if err != nil {
		return nil, fmt.Errorf("in-process testnet: %w", err)
	}
	c := &Cluster{dir: dir}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	chainOpt := node.WithoutChain()
	if cfg.Chain {
		if c.Chain, err = startDevChain(ctx, dir, cfg.Peers, cfg.ChainRPC, chain.WithDevDisputeWindow(cfg.DisputeWindow)); err != nil {
			return nil, err
		}
		if cfg.AnchorEvery == 0 {
			cfg.AnchorEvery = 300 * time.Millisecond
		}
		url := c.Chain.URL
		if cfg.ChainProxy {
			if c.ChainProxy, err = NewProxy(strings.TrimPrefix(url, "http://")); err != nil {
				return nil, err
			}
			url = "http://" + c.ChainProxy.Addr()
		}
		chainOpt = func(nc *node.Config) error {
			if err := node.ChainContracts(url, c.Chain.Escrow)(nc); err != nil {
				return err
			}
			nc.ChainContract = c.Chain.Contract
			if err := node.Anchoring(cfg.AnchorEvery, 1024)(nc); err != nil {
				return err
			}
			return node.BondPollEvery(200 * time.Millisecond)(nc)
		}
	}
	start := func(ctx context.Context, i int, bootstrap []string) (*node.Node, error) {
		fleet := FleetFor(cfg.Fleets, i)
		opts := []node.Option{
			chainOpt,
			node.DataDir(filepath.Join(dir, fmt.Sprintf("p%d", i))),
			node.Network(cfg.Network),
			node.Listen("/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"),
			node.Bootstrap(bootstrap...),
			node.SimGPUs(fleet),
			node.OfferCapacity(SimCPUs, SimRAMGB<<10),
			node.AdvertInterval(cfg.AdvertInterval),
			node.AdvertTTL(cfg.AdvertTTL),
			node.BootstrapWait(10 * time.Second),
			node.HTTP("127.0.0.1:0"),
			node.Logger(cfg.Log.With("peer", i)),
		}
		if cfg.OnAdvert != nil {
			idx := i
			opts = append(opts, node.OnAdvert(func(a *types.Advert, outcome string, at time.Time) {
				cfg.OnAdvert(idx, a, outcome, at)
			}))
		}
		if cfg.Options != nil {
			opts = append(opts, cfg.Options(i)...)
		}
		if cfg.OnJobEvent != nil {
			idx := i
			opts = append(opts, node.OnJobEvent(func(e *types.JobEvent, at time.Time) { cfg.OnJobEvent(idx, e, at) }))
		}
		n, err := node.New(ctx, opts...)
		if err != nil {
			return nil, fmt.Errorf("peer %d: %w", i, err)
		}
		if err := n.Start(ctx); err != nil {
			n.Close()
			return nil, fmt.Errorf("peer %d: %w", i, err)
		}
		return n, nil
	}
	c.Nodes = make([]*node.Node, cfg.Peers)
	c.Fleets = make([]string, cfg.Peers)
	for i := range c.Fleets {
		c.Fleets[i] = FleetFor(cfg.Fleets, i)
	}
	c.start = start
	if c.Nodes[0], err = start(ctx, 0, nil); err != nil {
		return nil, err
	}
	boot := tcpAddrs(c.Nodes[0].Host().Addrs())
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for i := 1; i < cfg.Peers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n, err := start(ctx, i, boot)
			mu.Lock()
			defer mu.Unlock()
			c.Nodes[i] = n
			errs = append(errs, err)
		}(i)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if cfg.Chain {
		if err := c.WaitBonded(ctx); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// WaitBonded waits until every peer that requires bonds has read, from the
// registry, the bond of every peer that bonds itself: until then, jobs
// wait rather than place.
func (c *Cluster) WaitBonded(ctx context.Context) error {
	for {
		c.mu.Lock()
		nodes := slices.Clone(c.Nodes)
		c.mu.Unlock()
		var behind []string
		for i, n := range nodes {
			if n == nil || n.Closed() {
				continue
			}
			st := n.Bonds()
			if !st.Enforced {
				continue
			}
			missing := 0
			for _, m := range nodes {
				if m != nil && !m.Closed() && m.Bonds().SelfBonds && !st.Has(m.ID()) {
					missing++
				}
			}
			if !st.Read || missing > 0 {
				behind = append(behind, fmt.Sprintf("peer %d misses %d bonds (read: %v)", i, missing, st.Read))
			}
		}
		if len(behind) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("in-process testnet: bonds not read: %s: %w", strings.Join(behind, "; "), ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// startDevChain makes the peers' node keys first, so the chain can fund
// them at genesis, then starts the chain; or, given rpcURL, deploys on
// that chain and funds them there.
func startDevChain(ctx context.Context, dir string, peers int, rpcURL string, opts ...chain.EmbeddedOption) (*chain.DevChain, error) {
	var fund []common.Address
	for i := 0; i < peers; i++ {
		pdir := filepath.Join(dir, fmt.Sprintf("p%d", i))
		if err := os.MkdirAll(pdir, 0o700); err != nil {
			return nil, fmt.Errorf("in-process testnet: %w", err)
		}
		k, err := identity.LoadOrCreate(pdir)
		if err != nil {
			return nil, fmt.Errorf("in-process testnet: %w", err)
		}
		fund = append(fund, k.Address())
	}
	if rpcURL != "" {
		dc, err := chain.DeployDev(ctx, rpcURL, opts...)
		if err != nil {
			return nil, fmt.Errorf("in-process testnet: %w", err)
		}
		for _, a := range fund {
			if _, err := chain.FundDev(ctx, rpcURL, a, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
				return nil, fmt.Errorf("in-process testnet: funding %s: %w", a, err)
			}
		}
		return dc, nil
	}
	dc, err := chain.StartDevChain(ctx, "127.0.0.1:0", fund, append(opts, chain.WithIdleBlocks(time.Second))...)
	if err != nil {
		return nil, fmt.Errorf("in-process testnet: %w", err)
	}
	return dc, nil
}

func tcpAddrs(addrs []string) []string {
	var out []string
	for _, a := range addrs {
		if strings.Contains(a, "/tcp/") {
			out = append(out, a)
		}
	}
	return out
}

// WaitConverged waits until every peer's view lists every peer.
func (c *Cluster) WaitConverged(ctx context.Context) error {
	for {
		missing := 0
		for _, n := range c.Nodes {
			if got := len(n.Nodes()); got < len(c.Nodes) {
				missing += len(c.Nodes) - got
			}
		}
		if missing == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("testnet did not converge: %d views still miss a peer: %w", missing, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Kill stops peer i without a word to the network, as a crash would: its
// runs end unreported and it stops advertising. Its data dir stays, for
// Restart.
func (c *Cluster) Kill(i int) {
	c.mu.Lock()
	n := c.Nodes[i]
	c.mu.Unlock()
	n.Close()
}

// Restart starts peer i again from its data dir (its key, database and
// blobs), bootstrapping from the other live peers.
func (c *Cluster) Restart(ctx context.Context, i int) error {
	c.mu.Lock()
	var boot []string
	for k, n := range c.Nodes {
		if k != i && n != nil && !n.Closed() {
			boot = append(boot, tcpAddrs(n.Host().Addrs())...)
		}
	}
	c.mu.Unlock()
	n, err := c.start(ctx, i, boot)
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.Nodes[i] = n
	c.mu.Unlock()
	return nil
}

// Close stops every peer and removes the data dirs.
func (c *Cluster) Close() {
	var wg sync.WaitGroup
	for _, n := range c.Nodes {
		if n != nil {
			wg.Add(1)
			go func(n *node.Node) { defer wg.Done(); n.Close() }(n)
		}
	}
	wg.Wait()
	if c.ChainProxy != nil {
		c.ChainProxy.Close()
	}
	if c.Chain != nil {
		c.Chain.Close()
	}
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}
