package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/testnet"
	"github.com/skyops/skyops/wallet"
)

func defaultTestnetDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".skyops", "testnet")
	}
	return "skyops-testnet"
}

func newTestnetCmd(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "testnet",
		Short: "Run a local multi-peer testnet of skyopsd processes",
		Long: `Run a private network of skyopsd processes on this machine, on loopback
only, each with a simulated GPU fleet. The daemons keep running after
"testnet up" returns, until "testnet down".`,
		Args: cobra.ArbitraryArgs,
		RunE: groupRunE,
	}
	cmd.AddCommand(newTestnetUpCmd(o), newTestnetDownCmd(o), newTestnetStatusCmd(o))
	cmd.AddCommand(newTestnetFaultCmds(o)...)
	return cmd
}

func newTestnetUpCmd(o *options) *cobra.Command {
	var (
		cfg    testnet.ProcessConfig
		fleets []string
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Start N skyopsd processes that form one network",
		Long: `Start N skyopsd processes in DIR/peer-0 ... DIR/peer-(N-1), wait until every
peer sees every other, write DIR/testnet.json and print how to talk to them.

Each peer gets a simulated GPU fleet: --fleets, cycled over the peers, or by
default ` + strings.Join(testnet.DefaultFleets, " ") + `.
A fleet is a skyopsd --sim-gpus spec; join the groups of one mixed fleet
with "+", since "," separates the fleets: --fleets dgxa100,A100:4+H100:2,none

skyopsd is taken from --daemon, else from next to this skyops, else from $PATH.`,
		Example: `  skyops testnet up --peers 5 --dir /tmp/tn
  skyops testnet up --peers 3 --dir /tmp/tn --fleets dgxh100,A30:4+H100:2,none`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, f := range fleets {
				cfg.Fleets = append(cfg.Fleets, strings.ReplaceAll(f, "+", ","))
			}
			cfg.Log = slog.New(&lineHandler{w: o.stderr, mu: new(sync.Mutex)})
			m, err := testnet.Up(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(m)
			}
			return renderUp(o.stdout, m, cfg.Dir)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&cfg.Peers, "peers", 3, fmt.Sprintf("number of peers (1..%d)", testnet.MaxPeers))
	fl.StringVar(&cfg.Dir, "dir", defaultTestnetDir(), "testnet dir: manifest, and one data dir per peer (keep it short: socket paths are limited to 103 bytes)")
	fl.StringVar(&cfg.Network, "network", testnet.DefaultNetwork, "network id of the testnet")
	fl.StringSliceVar(&fleets, "fleets", nil, `simulated GPU fleets, cycled over the peers ("+" joins groups of one fleet)`)
	fl.BoolVar(&cfg.NoChain, "no-chain", false, "start no dev chain (peers then anchor no receipts)")
	fl.DurationVar(&cfg.AnchorInterval, "anchor-interval", 2*time.Second, "how often peers anchor their receipts on the dev chain")
	fl.BoolVar(&cfg.Isolated, "isolated", false, "run each peer in its own network namespace on a private 10.x.y.0/24, so that testnet partition can split them (Linux, as root)")
	fl.StringVar(&cfg.DaemonPath, "daemon", "", "skyopsd binary (default: next to skyops, else on $PATH)")
	// Shadows the global --timeout: start-up is a different wait.
	fl.DurationVar(&cfg.ReadyTimeout, "timeout", testnet.DefaultReadyTimeout, "how long to wait for all peers to start and see each other")
	return cmd
}

// renderUp prints the peers and how to use them.
func renderUp(w io.Writer, m *testnet.Manifest, dir string) error {
	dir, _ = filepath.Abs(dir)
	fmt.Fprintf(w, "testnet %q is up: %d peers, manifest %s\n\n", m.Network, len(m.Peers), filepath.Join(dir, testnet.ManifestFile))
	tw := newTable(w)
	fmt.Fprintln(tw, "PEER\tID\tFLEET\tSOCKET")
	for _, p := range m.Peers {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", p.Index, p.ID, p.Fleet, p.Socket)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	dash := false
	for _, p := range m.Peers {
		dash = dash || p.Dashboard != ""
	}
	if dash {
		fmt.Fprintln(w, "\nDashboards (each link logs a browser in; skyops dashboard opens one):")
		for _, p := range m.Peers {
			if p.Dashboard != "" {
				fmt.Fprintf(w, "  peer %d: %s\n", p.Index, p.Dashboard)
			}
		}
	}
	if m.Chain != nil {
		fmt.Fprintf(w, "\nChain:   %s (chain id %d, in memory), registry %s, escrow %s\n", m.Chain.URL, m.Chain.ChainID, m.Chain.Contract, m.Chain.Escrow)
	}
	sock := ""
	if len(m.Peers) > 0 {
		sock = m.Peers[0].Socket
	}
	cli := cliInvocation()
	walletEnv := ""
	if m.Wallet != nil {
		walletEnv = fmt.Sprintf("  export %s=%s %s=%s %s=%s   # the dev wallet\n",
			wallet.DirEnv, m.Wallet.Keystore, wallet.PasswordFileEnv, m.Wallet.PasswordFile, fromEnv, m.Wallet.Address)
	}
	_, err := fmt.Fprintf(w, `
Talk to a peer (any socket above works):
  export %s=%s
%s  %s nodes
  %s submit-task --model gpt2 --gpu A100 --ram 64 --duration 4h --wait
  %s verify JOB        # PENDING (exit 3) until the executor anchors its receipt, every few seconds
  %s chain fund && %s deposit 0.5 ETH && %s balance   # dev funds into the escrow
Logs:    %s
Status:  %s testnet status --dir %s
Stop:    %s testnet down --dir %s
`, socketEnv, sock, walletEnv, cli, cli, cli, cli, cli, cli, filepath.Join(dir, "peer-*", "daemon.log"), cli, dir, cli, dir)
	return err
}

// cliInvocation is how the user can run this same skyops binary: "skyops"
// when that is what $PATH finds, else its path (relative to the working dir
// when under it, as with make's bin/skyops).
func cliInvocation() string {
	self, err := os.Executable()
	if err != nil {
		return "skyops"
	}
	self, _ = filepath.EvalSymlinks(self)
	if onPath, err := exec.LookPath("skyops"); err == nil {
		if p, _ := filepath.EvalSymlinks(onPath); p == self {
			return "skyops"
		}
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, self); err == nil && !strings.HasPrefix(rel, "..") {
			return "./" + rel
		}
	}
	return self
}

func newTestnetDownCmd(o *options) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "down",
		Short: "Stop the testnet's daemons (their data dirs are kept)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			before, err := testnet.Status(dir)
			if err != nil {
				return err
			}
			var running int
			for _, s := range before {
				if s.Alive {
					running++
				}
			}
			// Down sends SIGKILL when --timeout runs out, so it always
			// returns with nothing left running.
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			if err := testnet.Down(ctx, dir); err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(map[string]any{"dir": dir, "stopped": running})
			}
			_, err = fmt.Fprintf(o.stdout, "stopped %d of %d peers in %s (data dirs kept)\n", running, len(before), dir)
			return err
		},
	}
	cmd.Flags().StringVar(&dir, "dir", defaultTestnetDir(), "testnet dir")
	return cmd
}

// statusRow is one peer of `testnet status`: alive or not, and how many of
// the testnet's peers its view holds.
type statusRow struct {
	testnet.PeerStatus
	NodesSeen *int   `json:"nodesSeen,omitempty"`
	Error     string `json:"error,omitempty"`
}

func newTestnetStatusCmd(o *options) *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show whether each peer of the testnet is running, and what it sees",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := testnet.Status(dir)
			if err != nil {
				return err
			}
			ids := map[string]bool{}
			for _, s := range st {
				ids[s.ID] = true
			}
			rows := make([]statusRow, len(st))
			var wg sync.WaitGroup
			for i, s := range st {
				rows[i].PeerStatus = s
				if !s.Alive {
					continue
				}
				wg.Go(func() {
					ctx, cancel := o.callCtx(cmd)
					defer cancel()
					nodes, err := api.NewClient(s.Socket).Nodes(ctx)
					if err != nil {
						rows[i].Error = o.daemonErr(err).Error()
						return
					}
					var n int
					for _, nd := range nodes {
						if ids[nd.ID] {
							n++
						}
					}
					rows[i].NodesSeen = &n
				})
			}
			wg.Wait()
			if o.json() {
				return o.printJSON(rows)
			}
			return renderStatus(o.stdout, rows)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", defaultTestnetDir(), "testnet dir")
	return cmd
}

func renderStatus(w io.Writer, rows []statusRow) error {
	tw := newTable(w)
	fmt.Fprintln(tw, "PEER\tSTATE\tPID\tSEES\tID\tFLEET\tSOCKET")
	for _, r := range rows {
		state, sees := "stopped", "-"
		if r.Alive {
			state = "running"
			switch {
			case r.NodesSeen != nil:
				sees = fmt.Sprintf("%d/%d", *r.NodesSeen, len(rows))
			case r.Error != "":
				sees = "no answer"
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\n", r.Index, state, r.PID, sees, orDash(shortID(r.ID)), r.Fleet, r.Socket)
	}
	return tw.Flush()
}

// lineHandler prints testnet progress as plain lines ("started peer
// index=0 pid=123 ..."): for a person watching, not for a log parser.
type lineHandler struct {
	w     io.Writer
	mu    *sync.Mutex
	attrs []slog.Attr
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelInfo }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	if r.Level >= slog.LevelWarn {
		b.WriteString(strings.ToLower(r.Level.String()) + ": ")
	}
	b.WriteString(r.Message)
	add := func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	b.WriteByte('\n')
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, b.String())
	return err
}

func (h *lineHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return &lineHandler{w: h.w, mu: h.mu, attrs: append(append([]slog.Attr(nil), h.attrs...), as...)}
}

func (h *lineHandler) WithGroup(string) slog.Handler { return h }

// newTestnetFaultCmds are the chaos harness's commands: kill, pause,
// resume and restart one peer; partition and heal an isolated testnet.
func newTestnetFaultCmds(o *options) []*cobra.Command {
	type fault struct {
		use, short, long string
		run              func(ctx context.Context, dir string, i int) (string, error)
	}
	faults := []fault{
		{"kill", "SIGKILL one peer's daemon (kill -9)",
			"Send SIGKILL to the daemon of peer PEER (its index, as testnet status shows it)\nand wait until it is gone. testnet restart starts it again.",
			func(_ context.Context, dir string, i int) (string, error) {
				return fmt.Sprintf("killed peer %d", i), testnet.Kill(dir, i)
			}},
		{"pause", "SIGSTOP one peer's daemon",
			"Stop the daemon of peer PEER with SIGSTOP: it keeps its connections but\nsends and answers nothing, so the others drop it once its adverts expire.\ntestnet resume continues it.",
			func(_ context.Context, dir string, i int) (string, error) {
				return fmt.Sprintf("paused peer %d", i), testnet.Pause(dir, i)
			}},
		{"resume", "SIGCONT a paused peer's daemon",
			"Continue the daemon of peer PEER with SIGCONT after testnet pause.",
			func(_ context.Context, dir string, i int) (string, error) {
				return fmt.Sprintf("resumed peer %d", i), testnet.Resume(dir, i)
			}},
		{"restart", "Start one peer again, with its data dir and first command line",
			"Start peer PEER again with the same data dir and arguments it was first\nstarted with (stopping it first if it still runs), and wait until its socket\nanswers. It bootstraps from every other running peer.",
			func(ctx context.Context, dir string, i int) (string, error) {
				p, err := testnet.Restart(ctx, dir, i)
				if err != nil {
					return "", err
				}
				return fmt.Sprintf("restarted peer %d: pid %d, id %s", i, p.PID, p.ID), nil
			}},
	}
	var cmds []*cobra.Command
	for _, f := range faults {
		var dir string
		cmd := &cobra.Command{
			Use:     f.use + " PEER",
			Short:   f.short,
			Long:    f.long,
			Example: fmt.Sprintf("  skyops testnet %s 1 --dir /tmp/tn", f.use),
			Args:    cobra.ExactArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				i, err := strconv.Atoi(args[0])
				if err != nil || i < 0 {
					return fmt.Errorf("peer %q: give a peer index (0, 1, ...), as testnet status shows them", args[0])
				}
				d := o.timeout
				if fl := cmd.Flag("timeout"); f.use == "restart" && (fl == nil || !fl.Changed) {
					d = testnet.DefaultReadyTimeout // a stop, then a start
				}
				ctx, cancel := context.WithTimeout(cmd.Context(), d)
				defer cancel()
				msg, err := f.run(ctx, dir, i)
				if err != nil {
					return err
				}
				if o.json() {
					return o.printJSON(map[string]any{"dir": dir, "peer": i, "action": f.use})
				}
				_, err = fmt.Fprintln(o.stdout, msg)
				return err
			},
		}
		cmd.Flags().StringVar(&dir, "dir", defaultTestnetDir(), "testnet dir")
		cmds = append(cmds, cmd)
	}

	var pdir string
	partition := &cobra.Command{
		Use:   "partition GROUP GROUP...",
		Short: "Cut the network between groups of peers of an isolated testnet",
		Long: `Split the peers of an isolated testnet (testnet up --isolated) into groups
that cannot reach each other: each GROUP is a comma-separated list of peer
indexes, and every peer must be in exactly one group. The dev chain stays
reachable from every group. A second partition replaces the first;
testnet heal makes the network whole again.`,
		Example: `  skyops testnet partition --dir /tmp/tn 0,1 2,3`,
		Args:    cobra.ArbitraryArgs, // CheckGroups says what is wrong
		RunE: func(cmd *cobra.Command, args []string) error {
			groups, err := testnet.ParseGroups(args)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			if err := testnet.Partition(ctx, pdir, groups); err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(map[string]any{"dir": pdir, "partition": groups})
			}
			_, err = fmt.Fprintf(o.stdout, "partitioned: %s\n", strings.Join(args, " | "))
			return err
		},
	}
	partition.Flags().StringVar(&pdir, "dir", defaultTestnetDir(), "testnet dir")

	var hdir string
	heal := &cobra.Command{
		Use:   "heal",
		Short: "Remove the partition of an isolated testnet",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
			defer cancel()
			if err := testnet.Heal(ctx, hdir); err != nil {
				return err
			}
			if o.json() {
				return o.printJSON(map[string]any{"dir": hdir, "partition": nil})
			}
			_, err := fmt.Fprintln(o.stdout, "healed: every peer reaches every other")
			return err
		},
	}
	heal.Flags().StringVar(&hdir, "dir", defaultTestnetDir(), "testnet dir")
	return append(cmds, partition, heal)
}
