package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"

	"github.com/skyops/skyops/exec/gpu"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/sched"
)

type flags struct {
	config         string
	dataDir        string
	socket         string
	network        string
	listen         []string
	bootstrap      []string
	simGPUs        string
	price          string
	cpuPrice       string
	region         string
	cpus           uint32
	noDocker       bool
	allowProcess   bool
	ramGB          uint64
	diskFloorMiB   uint64
	jobRetention   time.Duration
	advertInterval time.Duration
	advertTTL      time.Duration
	suspect        time.Duration
	epoch          time.Duration
	checkpoint     time.Duration
	bootstrapWait  time.Duration
	chainRPC       string
	contract       string
	contracts      string
	requireDeposit bool
	noChain        bool
	anchorInterval time.Duration
	anchorBatch    int
	bondETH        string
	unbonded       bool
	bondPoll       time.Duration
	logLevel       string
	logFormat      string
	http           string
}

// chainOption picks the chain receipts are anchored on.
func (f *flags) chainOption() node.Option {
	return func(c *node.Config) error {
		switch {
		case f.noChain && (f.chainRPC != "" || f.contract != "" || f.contracts != ""):
			return errors.New("--no-chain and --chain-rpc/--contracts contradict each other: pick one")
		case f.noChain:
			return node.WithoutChain()(c)
		case f.chainRPC == "" && (f.contract != "" || f.contracts != ""):
			return errors.New("--contracts needs --chain-rpc URL: the chain the contracts are on")
		case f.chainRPC == "":
			return nil // the embedded chain
		case f.contracts != "":
			if !common.IsHexAddress(f.contracts) {
				return fmt.Errorf("--contracts %q is not an address: give the escrow's (0x and 40 hex digits; skyops chain deploy prints it)", f.contracts)
			}
			if err := node.ChainContracts(f.chainRPC, common.HexToAddress(f.contracts))(c); err != nil {
				return err
			}
			if f.contract != "" {
				// Both given: the registry must be the one the escrow names
				// (checked at connect).
				if !common.IsHexAddress(f.contract) {
					return fmt.Errorf("--contract %q is not an address (0x and 40 hex digits)", f.contract)
				}
				c.ChainContract = common.HexToAddress(f.contract)
			}
			return nil
		case !common.IsHexAddress(f.contract):
			return fmt.Errorf("--chain-rpc needs --contracts ESCROW (skyops chain deploy prints it), or --contract REGISTRY for anchoring without payments (0x and 40 hex digits), got %q", f.contract)
		}
		return node.ChainRPC(f.chainRPC, common.HexToAddress(f.contract))(c)
	}
}

// pprofEnv, set to anything, serves the Go runtime's profiles on the API
// socket under /debug/pprof/ (curl --unix-socket SOCK
// http://skyopsd/debug/pprof/profile?seconds=20 > cpu.pprof).
const pprofEnv = "SKYOPS_PPROF"

// options are the daemon's options, from the flags.
func (f *flags) options(log *slog.Logger) []node.Option {
	opts := []node.Option{
		node.DataDir(f.dataDir),
		node.Socket(f.socket),
		node.Network(f.network),
		node.Listen(f.listen...),
		node.Bootstrap(f.bootstrap...),
		node.SimGPUs(f.simGPUs),
		node.PriceETH(f.price),
		node.CPUPriceETH(f.cpuPrice),
		node.Region(f.region),
		node.OfferCapacity(f.cpus, f.ramGB<<10),
		node.DiskFloorMiB(f.diskFloorMiB),
		node.JobRetention(f.jobRetention),
		node.ReputationEpoch(f.epoch),
		func(c *node.Config) error { c.NoDocker, c.AllowProcess = f.noDocker, f.allowProcess; return nil },
		node.AdvertInterval(f.advertInterval),
		node.AdvertTTL(f.advertTTL),
		node.SuspectWindow(f.suspect),
		node.CheckpointEvery(f.checkpoint),
		node.BootstrapWait(f.bootstrapWait),
		f.chainOption(),
		node.Anchoring(f.anchorInterval, f.anchorBatch),
		node.BondETH(f.bondETH),
		node.BondPollEvery(f.bondPoll),
		node.Logger(log),
	}
	if f.unbonded {
		opts = append(opts, node.UnbondedNetwork())
	}
	if f.requireDeposit {
		opts = append(opts, node.RequireDeposits())
	}
	if os.Getenv(pprofEnv) != "" {
		opts = append(opts, node.Pprof())
	}
	if f.http != "" {
		opts = append(opts, node.HTTP(f.http))
	}
	return opts
}

func defaultDataDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".skyops")
	}
	return ".skyops"
}

func newRootCmd(stderr io.Writer) *cobra.Command { return newRootCmdFor(stderr, new(flags)) }

// newRootCmdFor is newRootCmd with its flags parsed into f.
func newRootCmdFor(stderr io.Writer, f *flags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "skyopsd",
		Short: "The skyops peer daemon",
		Long: `skyopsd runs one skyops peer: it advertises this machine's GPUs (real ones
through NVML, or a simulated fleet with --sim-gpus), keeps a live view of every
peer of its network, and serves the local API on a unix socket in its data dir.`,
		Example: `  skyopsd --sim-gpus dgxa100
  skyopsd --data-dir /var/lib/skyops --listen /ip4/0.0.0.0/tcp/4001 --listen /ip4/0.0.0.0/udp/4001/quic-v1 \
          --bootstrap /ip4/203.0.113.7/tcp/4001/p2p/16Uiu2HAm... --network mainnet --price 1.2 --region eu-west`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := applyConfigFile(cmd.Flags(), f); err != nil {
				return err
			}
			log, err := newLogger(stderr, f.logLevel, f.logFormat)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			n, err := node.New(ctx, f.options(log)...)
			if err != nil {
				return err
			}
			if err := n.Start(ctx); err != nil {
				n.Close()
				return err
			}
			<-ctx.Done()
			log.Info("shutting down")
			if err := n.Close(); err != nil {
				return fmt.Errorf("shut down: %w", err)
			}
			log.Info("stopped")
			return nil
		},
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%v (see skyopsd --help)", err)
	})
	cmd.AddCommand(newDevChainCmd(stderr))
	fl := cmd.Flags()
	fl.StringVar(&f.config, "config", "", "YAML config file; keys are the flag names (flags given here win)")
	fl.StringVar(&f.dataDir, "data-dir", defaultDataDir(), "where the node key, database, lock and API socket live")
	fl.StringVar(&f.socket, "socket", "", "API socket path (default DATA_DIR/skyopsd.sock)")
	fl.StringVar(&f.network, "network", "devnet", "network id: peers of other networks are never joined")
	fl.StringSliceVar(&f.listen, "listen", []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}, "multiaddr to listen on (repeatable; TCP and QUIC)")
	fl.StringSliceVar(&f.bootstrap, "bootstrap", nil, "full multiaddr (…/p2p/ID) of a peer to join through (repeatable)")
	fl.StringVar(&f.simGPUs, "sim-gpus", "", "simulated GPU fleet instead of real NVML: "+strings.Join(gpu.Fleets(), ", ")+", none, or MODEL:COUNT[,MODEL:COUNT] (models: "+strings.Join(gpu.SimModels(), ", ")+")")
	fl.StringVar(&f.price, "price", node.DefaultPrice, "price per GPU-hour in ETH (what GPU jobs pay)")
	fl.StringVar(&f.cpuPrice, "cpu-price", node.DefaultCPUPrice, "price per core-hour in ETH (what CPU-only jobs pay)")
	fl.StringVar(&f.region, "region", "", "region to advertise, e.g. eu-west")
	fl.Uint32Var(&f.cpus, "cpus", 0, "CPU cores offered to jobs (default: all of this machine's)")
	fl.BoolVar(&f.noDocker, "no-docker", false, "do not offer the Docker runtime even if a Docker engine runs here")
	fl.BoolVar(&f.allowProcess, "allow-process", false, "offer the process runtime: jobs run as plain processes of this daemon's user (trusted networks only)")
	fl.Uint64Var(&f.ramGB, "ram", 0, "RAM offered to jobs, in GB (default: all of this machine's)")
	fl.Uint64Var(&f.diskFloorMiB, "disk-floor", node.DefaultDiskFloor>>20, "free space to keep on the data dir's disk, in MiB: below it the daemon refuses submits and claims no jobs (0: no floor)")
	fl.DurationVar(&f.jobRetention, "job-retention", node.DefaultJobRetention, "how long after it ended a job's events are kept (its receipts are kept for good; 0: keep everything)")
	fl.DurationVar(&f.advertInterval, "advert-interval", 0, "heartbeat: how often to re-advertise capacity when nothing changes (a change is advertised at once); 0 is a third of --advert-ttl")
	fl.DurationVar(&f.advertTTL, "advert-ttl", 10*time.Second, "drop a peer from the view after this long without an advert")
	fl.DurationVar(&f.epoch, "epoch", sched.DefaultEpochMs*time.Millisecond, "the network's reputation epoch: reputation counts attempts that ended at least an epoch ago, uptime the epochs a node advertised in (every peer of a network must use the same)")
	fl.DurationVar(&f.suspect, "suspect", 5*time.Second, "failure detection: a job's executor silent for --advert-ttl is suspected, and lost (the job rescheduled) after this much more")
	fl.DurationVar(&f.checkpoint, "checkpoint-interval", 30*time.Second, "how often a running job's /checkpoint is snapshotted (and at its end)")
	fl.DurationVar(&f.bootstrapWait, "bootstrap-wait", 20*time.Second, "how long to keep trying the bootstrap peers before giving up")
	fl.StringVar(&f.chainRPC, "chain-rpc", "", "Ethereum JSON-RPC URL to anchor receipts on (default: an embedded chain in this process, ephemeral)")
	fl.StringVar(&f.contract, "contract", "", "address of the skyops registry contract on --chain-rpc, for anchoring without payments (with --contracts: checked against the escrow's)")
	fl.StringVar(&f.contracts, "contracts", "", "address of the skyops escrow on --chain-rpc (skyops chain deploy prints it): payments, and the registry it names")
	fl.BoolVar(&f.requireDeposit, "require-deposit", false, "refuse jobs whose owner's free escrow balance cannot cover their price cap × GPUs × maximum run time (skyops deposit)")
	fl.BoolVar(&f.noChain, "no-chain", false, "anchor nothing: receipts are kept and queued until a chain is configured")
	fl.DurationVar(&f.anchorInterval, "anchor-interval", 30*time.Second, "how often to batch this node's receipts and anchor the batch root")
	fl.IntVar(&f.anchorBatch, "anchor-batch", 1024, "anchor at once when this many receipts wait")
	fl.StringVar(&f.bondETH, "bond-eth", node.DefaultBondETH, "on a shared chain (--chain-rpc), the bond in ETH this daemon posts for its node id in the registry, from its node key, when it holds none: only bonded nodes are placed (at least the registry's minimum; paid back after unbonding)")
	fl.BoolVar(&f.unbonded, "unbonded-network", false, "a private network whose nodes need no bond: post none, and place unbonded nodes too (every peer of the network must say so)")
	fl.DurationVar(&f.bondPoll, "bond-poll", node.DefaultBondPoll, "how often to read the registry's bonded nodes")
	fl.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fl.StringVar(&f.logFormat, "log-format", "text", "text or json")
	fl.StringVar(&f.http, "http", "", "serve the web dashboard on this host:port, e.g. 127.0.0.1:8080 (port 0: a free one; skyops dashboard opens it); default off")
	return cmd
}

// applyConfigFile fills every flag the command line did not set from the
// config file. The flag set is the one table of options: every key of the
// file is a flag's name, so the file takes exactly what the flags take and
// the two cannot drift. Unknown keys are errors: a typo must not be
// silently ignored.
func applyConfigFile(fl *pflag.FlagSet, f *flags) error {
	if f.config == "" {
		return nil
	}
	raw, err := os.ReadFile(f.config)
	if err != nil {
		return fmt.Errorf("read config file: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("config file %s: %w", f.config, err)
	}
	if len(doc.Content) == 0 {
		return nil // empty file
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return fmt.Errorf("config file %s: want a mapping of flag names to values (e.g. \"sim-gpus: dgxa100\")", f.config)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		key, val := top.Content[i], top.Content[i+1]
		name := key.Value
		flag := fl.Lookup(name)
		if flag == nil || !configurable(name) {
			return fmt.Errorf("config file %s: line %d: field %s not found: the keys are skyopsd's flag names (see skyopsd --help)", f.config, key.Line, name)
		}
		if seen[name] {
			return fmt.Errorf("config file %s: line %d: %s is given twice", f.config, key.Line, name)
		}
		seen[name] = true
		if fl.Changed(name) {
			continue // the command line wins
		}
		if err := setFromYAML(flag, val); err != nil {
			return fmt.Errorf("config file %s: line %d: %s: %w", f.config, val.Line, name, err)
		}
		flag.Changed = true
	}
	return nil
}

// configurable says whether a flag may be set in the config file: all but
// the one that names the file, and cobra's own.
func configurable(name string) bool { return name != "config" && name != "help" }

// setFromYAML sets a flag from a YAML value: a scalar as it would be
// written on the command line, and a sequence for a repeatable flag.
func setFromYAML(flag *pflag.Flag, val *yaml.Node) error {
	switch val.Kind {
	case yaml.ScalarNode:
		if val.Tag == "!!null" {
			return errors.New("no value")
		}
		if sv, ok := flag.Value.(pflag.SliceValue); ok {
			return sv.Replace([]string{val.Value})
		}
		return flag.Value.Set(val.Value)
	case yaml.SequenceNode:
		sv, ok := flag.Value.(pflag.SliceValue)
		if !ok {
			return fmt.Errorf("takes one value, not a list")
		}
		items := make([]string, 0, len(val.Content))
		for _, it := range val.Content {
			if it.Kind != yaml.ScalarNode {
				return fmt.Errorf("want a list of values")
			}
			items = append(items, it.Value)
		}
		return sv.Replace(items)
	}
	return fmt.Errorf("want a value or a list of values")
}

func newLogger(w io.Writer, level, format string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: use debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: use text or json", format)
}
