package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
)

// socketEnv names the daemon socket when --socket is not given.
const socketEnv = "SKYOPS_SOCKET"

// options are the global flags and the writers every command prints to.
type options struct {
	socket  string
	output  string
	timeout time.Duration

	stdout, stderr io.Writer
}

// run executes one command line and returns the exit status. Errors go to
// stderr as one "error: ..." line (more only when the error itself carries
// lines worth reading, such as a daemon's last log lines).
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		var st exitStatus
		if errors.As(err, &st) {
			fmt.Fprintln(stderr, st.msg)
			return st.code
		}
		fmt.Fprintf(stderr, "error: %s\n", errorText(err))
		return 1
	}
	return 0
}

// newRootCmd builds the whole command tree, printing to stdout and stderr,
// so that tests can run any command line in-process.
func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	o := &options{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "skyops",
		Short: "Use a skyops peer-to-peer GPU network",
		Long: `skyops talks to a skyopsd daemon over its local socket: who it is, whom it
is connected to, and which nodes (and GPUs) it sees. It also starts local
multi-peer testnets with simulated GPUs for development.`,
		Example: `  skyops nodes
  skyops nodes -o json
  skyops --socket /tmp/tn/peer-1/skyopsd.sock peers
  skyops testnet up --peers 5 --dir /tmp/tn`,
		// A usage dump after every mistake buries the one line that says
		// what was wrong; --help is there for the rest.
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(*cobra.Command, []string) error {
			return o.validate()
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())
	})
	pf := root.PersistentFlags()
	pf.StringVar(&o.socket, "socket", defaultSocket(), "daemon API socket (env "+socketEnv+")")
	pf.StringVarP(&o.output, "output", "o", "table", "output format: table or json")
	pf.DurationVar(&o.timeout, "timeout", 10*time.Second, "how long to wait for the daemon")
	root.AddCommand(
		newIDCmd(o),
		newPeersCmd(o),
		newNodesCmd(o),
		newWalletCmd(o),
		newModelsCmd(o),
		newSubmitCmd(o),
		newRunCmd(o),
		newWorkflowCmd(o),
		newStatusCmd(o),
		newJobsCmd(o),
		newLogsCmd(o),
		newWatchCmd(o),
		newGetCmd(o),
		newOpenCmd(o),
		newAddCmd(o),
		newCatCmd(o),
		newCancelCmd(o),
		newReceiptCmd(o),
		newVerifyCmd(o),
		newBillCmd(o),
		newEarningsCmd(o),
		newDepositCmd(o),
		newBalanceCmd(o),
		newWithdrawCmd(o),
		newChainCmd(o),
		newParamsCmd(o),
		newTestnetCmd(o),
		newDashboardCmd(o),
		newVersionCmd(o),
	)
	return root
}

func defaultSocket() string {
	if s := os.Getenv(socketEnv); s != "" {
		return s
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".skyops", "skyopsd.sock")
	}
	return ""
}

func (o *options) validate() error {
	switch o.output {
	case "table", "json":
	default:
		return fmt.Errorf("invalid --output %q: use table or json", o.output)
	}
	if o.timeout <= 0 {
		return fmt.Errorf("invalid --timeout %s: it must be positive", o.timeout)
	}
	return nil
}

func (o *options) json() bool { return o.output == "json" }

// client returns a client for the daemon at --socket.
func (o *options) client() (*api.Client, error) {
	if o.socket == "" {
		return nil, fmt.Errorf("no daemon socket: pass --socket or set %s", socketEnv)
	}
	return api.NewClient(o.socket), nil
}

// callCtx bounds one exchange with the daemon by --timeout.
func (o *options) callCtx(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	return context.WithTimeout(cmd.Context(), o.timeout)
}

// daemonErr says what a failed call means to the person at the terminal.
// The client's own errors already say what to do; only a timeout and a
// daemon-side refusal need words here.
func (o *options) daemonErr(err error) error {
	var ae *api.Error
	switch {
	case errors.As(err, &ae):
		return fmt.Errorf("daemon at %s: %s", o.socket, ae.Message)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no answer from the daemon at %s within %s (is it overloaded? raise --timeout)", o.socket, o.timeout)
	}
	return err
}

// printJSON writes v as indented JSON.
func (o *options) printJSON(v any) error {
	enc := json.NewEncoder(o.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// errorText renders an error for stderr. Cobra's "Did you mean this?" block
// is folded into the same line, so that the error stays one line.
func errorText(err error) string {
	msg := err.Error()
	const didYou = "\n\nDid you mean this?\n"
	if i := strings.Index(msg, didYou); i >= 0 {
		alts := strings.Fields(msg[i+len(didYou):])
		msg = fmt.Sprintf("%s (did you mean %s?)", msg[:i], strings.Join(alts, " or "))
	}
	if strings.HasPrefix(msg, "unknown command") && !strings.Contains(msg, "--help") {
		msg += " (see 'skyops --help')"
	}
	return msg
}

// groupRunE lets a command that only groups subcommands reject an unknown
// one; without it cobra prints help and exits 0 for `skyops testnet frob`.
func groupRunE(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return cmd.Help()
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", strings.Join(s, " or "))
	}
	return fmt.Errorf("%s (see '%s --help')", msg, cmd.CommandPath())
}
