package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
)

func newReceiptCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "receipt JOB",
		Short: "Show a job's execution receipts: what ran, where, how long, on which GPUs, bytes moved, cost",
		Long: `Each attempt that ended has a receipt signed by its executor. With -o json
the output is also the proof bundle: save it, and 'skyops verify --receipt FILE
--chain-rpc URL' checks it with nothing but a chain.`,
		Example: `  skyops receipt 0x1234abcd
  skyops receipt 0x1234abcd -o json > receipt.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			rs, err := c.Receipts(ctx, args[0])
			if err != nil {
				return o.daemonErr(err)
			}
			if len(rs) == 0 {
				return fmt.Errorf("job %s has no receipt yet: one is signed when an attempt ends (skyops status %s)", args[0], args[0])
			}
			if o.json() {
				return o.printJSON(rs)
			}
			for i := range rs {
				if i > 0 {
					fmt.Fprintln(o.stdout)
				}
				if err := renderReceipt(o.stdout, &rs[i]); err != nil {
					return err
				}
			}
			return nil
		},
	}
}

func renderReceipt(w io.Writer, r *api.Receipt) error {
	t := newTable(w)
	row := func(k, v string) { fmt.Fprintf(t, "%s:\t%s\n", k, v) }
	row("Job", r.Job)
	row("Attempt", fmt.Sprint(r.Attempt))
	row("Outcome", fmt.Sprintf("%s (exit %d)", r.Outcome, r.ExitCode))
	row("Owner", r.Owner)
	row("Executor", r.Executor)
	row("Ran", fmt.Sprintf("%s → %s (%s wall, %s CPU)", r.Start.Format(time.RFC3339), r.End.Format(time.RFC3339),
		time.Duration(r.WallMs)*time.Millisecond, time.Duration(r.CPUMs)*time.Millisecond))
	if r.GPUs > 0 {
		row("GPUs", fmt.Sprintf("%d × %s, %.3f GPU-hours, %d J", r.GPUs, r.GPUModel, float64(r.GPUMs)/3.6e6, r.EnergyJ))
	} else {
		row("GPUs", fmt.Sprintf("none (CPU only: %d cores, %.3f core-hours)", r.Cores, float64(r.CoreMs)/3.6e6))
	}
	row("Peak RAM", formatMiB(r.PeakRAMMiB))
	row("Bytes", fmt.Sprintf("%d in, %d out", r.BytesIn, r.BytesOut))
	per := "GPU-hour"
	if r.GPUs == 0 {
		per = "core-hour"
	}
	if r.Token == "SKYOPS" {
		row("Price", r.PriceSKYOPS+" $SKYOPS per "+per+" (the claim's ETH price at the governed rate)")
		row("Cost", r.CostSKYOPS+" $SKYOPS")
	} else {
		row("Price", r.PriceETH+" ETH per "+per)
		row("Cost", r.CostETH+" ETH")
	}
	if len(r.Inputs) > 0 {
		row("Inputs", strings.Join(r.Inputs, ", "))
	}
	row("Output", orDash(r.Output))
	row("Log", orDash(r.Log))
	switch {
	case r.Anchored:
		row("Anchored", fmt.Sprintf("root %s, block %d of chain %d (tx %s)", r.Root, r.Block, r.ChainID, r.TxHash))
	case r.Root != "":
		row("Anchored", "not yet (batched under root "+r.Root+")")
	default:
		row("Anchored", "not yet (waiting for the executor's next batch)")
	}
	return t.Flush()
}

func newVerifyCmd(o *options) *cobra.Command {
	var (
		receiptFile string
		rpc         string
		contract    string
	)
	cmd := &cobra.Command{
		Use:   "verify [JOB]",
		Short: "Verify a job's receipts: signature, the job's events, inclusion in a batch root, and the root on-chain",
		Long: `With JOB, the daemon verifies every receipt of the job: the executor's
signature, that the executor held the job, that the receipt's numbers are the
job's signed events', the output and log it holds, the Merkle inclusion proof,
and the batch root in the registry contract on the chain.

With --receipt FILE (what 'skyops receipt JOB -o json' wrote) and --chain-rpc
URL, no daemon is needed: the signature, the proof and the chain are checked
from this machine.

A receipt is VALID when every check made passed and its batch root is
anchored on the chain; PENDING when nothing failed but it is not anchored yet
(the executor anchors its receipts every --anchor-interval: run verify again
in a moment); NOT VALID when a check failed. Checks that cannot be made here
are skipped, which is no failure.

Exit status: 0 every receipt is valid, 3 none is invalid but some are
pending, 1 a receipt is not valid (or verify could not run).`,
		Example: `  skyops verify 0x1234abcd
  skyops verify 0x1234abcd -o json
  skyops verify --receipt receipt.json --chain-rpc http://127.0.0.1:8545`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var reports []api.Verification
			switch {
			case receiptFile != "" && len(args) > 0:
				return errors.New("give a JOB or --receipt FILE, not both")
			case receiptFile != "":
				if rpc == "" {
					return errors.New("--receipt needs --chain-rpc URL: the chain the receipt's root is anchored on")
				}
				var err error
				if reports, err = verifyFile(cmd.Context(), receiptFile, rpc, contract, o.timeout); err != nil {
					return err
				}
			case len(args) == 0:
				return errors.New("give a JOB to verify, or --receipt FILE --chain-rpc URL")
			default:
				if rpc != "" || contract != "" {
					return errors.New("--chain-rpc and --contract go with --receipt; with a JOB the daemon's chain is used")
				}
				c, err := o.client()
				if err != nil {
					return err
				}
				// Verification may fetch a proof from the executor and ask
				// the chain: give it longer than a status call.
				ctx, cancel := context.WithTimeout(cmd.Context(), max(o.timeout, 30*time.Second))
				defer cancel()
				if reports, err = c.Verify(ctx, args[0]); err != nil {
					return o.daemonErr(err)
				}
			}
			return o.reportVerdict(reports)
		},
	}
	f := cmd.Flags()
	f.StringVar(&receiptFile, "receipt", "", "verify the receipt bundle in FILE (from skyops receipt -o json) instead of asking a daemon")
	f.StringVar(&rpc, "chain-rpc", "", "with --receipt: the chain's JSON-RPC URL")
	f.StringVar(&contract, "contract", "", "with --receipt: the registry contract (default: the one the bundle names)")
	return cmd
}

// verifyFile checks a saved bundle (one receipt, or the list skyops receipt
// -o json prints) against a chain, with no daemon.
func verifyFile(ctx context.Context, path, rpc, contractFlag string, timeout time.Duration) ([]api.Verification, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read receipt file: %w", err)
	}
	var bundles []ledger.Bundle
	if err := json.Unmarshal(data, &bundles); err != nil {
		var one ledger.Bundle
		if err1 := json.Unmarshal(data, &one); err1 != nil {
			return nil, fmt.Errorf("receipt file %s is not what skyops receipt -o json writes: %v", path, err1)
		}
		bundles = []ledger.Bundle{one}
	}
	if len(bundles) == 0 {
		return nil, fmt.Errorf("receipt file %s holds no receipt", path)
	}
	var contract common.Address
	switch {
	case contractFlag != "":
		if !common.IsHexAddress(contractFlag) {
			return nil, fmt.Errorf("--contract %q is not an address (0x and 40 hex digits)", contractFlag)
		}
		contract = common.HexToAddress(contractFlag)
	case bundles[0].Proof != nil && bundles[0].Proof.Anchor != nil:
		contract = bundles[0].Proof.Anchor.Contract
	default:
		return nil, errors.New("the receipt file names no registry contract (it was not anchored yet): pass --contract ADDRESS")
	}
	cctx, cancel := context.WithTimeout(ctx, max(timeout, 30*time.Second))
	defer cancel()
	c, err := chain.Dial(cctx, rpc, contract, nil)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var out []api.Verification
	for i := range bundles {
		if len(bundles[i].Receipt) == 0 || bundles[i].Network == "" {
			return nil, fmt.Errorf("receipt file %s: entry %d has no receipt or network", path, i+1)
		}
		rep, _ := ledger.VerifyBundle(cctx, &bundles[i], ledger.OnChain{C: c})
		for _, name := range []string{ledger.CheckExecutor, ledger.CheckEvents, ledger.CheckOutput, ledger.CheckLog} {
			rep.Skip(name, "needs a daemon that holds the job")
		}
		rep.Finish()
		out = append(out, rep.API())
	}
	return out, nil
}

// sinceFlag reads --since as a duration back from now ("24h") or a time.
func sinceFlag(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, err := time.ParseDuration(s); err == nil {
		if d < 0 {
			return time.Time{}, fmt.Errorf("--since %s: give a positive duration, e.g. 24h", s)
		}
		return now.Add(-d), nil
	}
	if strings.HasSuffix(s, "d") {
		var days int
		if _, err := fmt.Sscanf(s, "%dd", &days); err == nil && days >= 0 {
			return now.AddDate(0, 0, -days), nil
		}
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("--since %q: give a duration (24h, 7d) or a date (2026-11-25 or RFC 3339)", s)
}

func newBillCmd(o *options) *cobra.Command {
	var (
		w     walletFlags
		owner string
		since string
	)
	cmd := &cobra.Command{
		Use:   "bill",
		Short: "What your jobs cost: per job and in total, in ETH and $SKYOPS",
		Long: `Adds up the receipts of the jobs a wallet owns that ended in the period:
GPU time at the price each executor claimed. CPU-only jobs cost nothing (nodes
price GPU-hours only). The owner is --owner, else $` + fromEnv + `, else the only
wallet in the keystore.`,
		Example: `  skyops bill --since 24h
  skyops bill --owner 0xAbC… --since 2026-11-01 -o json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, err := sinceFlag(since, time.Now())
			if err != nil {
				return err
			}
			if owner == "" {
				k, err := w.open(cmd)
				if err != nil {
					return err
				}
				a, err := k.Find(os.Getenv(fromEnv))
				if err != nil {
					return fmt.Errorf("whose bill? %w (or pass --owner ADDRESS)", err)
				}
				owner = a.Address.Hex()
			} else if !common.IsHexAddress(owner) {
				return fmt.Errorf("--owner %q is not an address (0x and 40 hex digits)", owner)
			}
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			st, err := c.Bill(ctx, owner, from)
			if err != nil {
				return o.daemonErr(err)
			}
			return o.renderStatement(st, "Bill for", true)
		},
	}
	w.register(cmd.Flags())
	cmd.Flags().StringVar(&owner, "owner", "", "the owner's address (default: $"+fromEnv+", else the keystore's only wallet)")
	cmd.Flags().StringVar(&since, "since", "", "only jobs that ended since: a duration (24h, 7d) or a date")
	return cmd
}

func newEarningsCmd(o *options) *cobra.Command {
	var since string
	cmd := &cobra.Command{
		Use:     "earnings",
		Short:   "What this daemon's node earned: per run and in total, in ETH and $SKYOPS",
		Example: "  skyops earnings --since 7d",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			from, err := sinceFlag(since, time.Now())
			if err != nil {
				return err
			}
			c, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			st, err := c.Earnings(ctx, from)
			if err != nil {
				return o.daemonErr(err)
			}
			return o.renderStatement(st, "Earnings of", false)
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only runs that ended since: a duration (24h, 7d) or a date")
	return cmd
}

func (o *options) renderStatement(st *api.Statement, title string, byOwner bool) error {
	if o.json() {
		return o.printJSON(st)
	}
	period := "all time"
	if !st.Since.IsZero() && st.Since.Year() > 1970 {
		period = "since " + st.Since.Format(time.RFC3339)
	}
	fmt.Fprintf(o.stdout, "%s %s, %s (each run in its job's payment token)\n\n", title, st.Who, period)
	t := newTable(o.stdout)
	who := "EXECUTOR"
	if !byOwner {
		who = "OWNER"
	}
	fmt.Fprintf(t, "ENDED\tJOB\tATTEMPT\tOUTCOME\t%s\tBILLED\tHOURS\tETH\t$SKYOPS\tANCHORED\tSETTLED\n", who)
	for _, l := range st.Lines {
		party := l.Executor
		if !byOwner {
			party = l.Owner
		}
		// What the run is billed for, and for how many hours of it.
		gpus, hours := fmt.Sprintf("%d×%s", l.GPUs, l.GPUModel), float64(l.GPUMs)/3.6e6
		if l.GPUs == 0 {
			gpus, hours = fmt.Sprintf("%d cores", l.Cores), float64(l.CoreMs)/3.6e6
		}
		settled := "-"
		switch {
		case l.Settled:
			settled = "paid " + shortID(l.TxHash)
		case l.Settlement != "":
			settled = l.Settlement
		}
		fmt.Fprintf(t, "%s\t%s\t%d\t%s\t%s\t%s\t%.4f\t%s\t%s\t%v\t%s\n", l.End.Format("2006-01-02 15:04:05"), shortID(l.Job), l.Attempt,
			l.Outcome, shortAddr(party), gpus, hours, orDash(l.CostETH), orDash(l.CostSKYOPS), l.Anchored, settled)
	}
	fmt.Fprintf(t, "TOTAL\t%d runs\t\t\t\t\t\t%s\t%s\t\t\n", len(st.Lines), st.TotalETH, st.TotalSKYOPS)
	if err := t.Flush(); err != nil {
		return err
	}
	for _, l := range st.Lines {
		if l.Outcome == "cancelled" {
			_, err := fmt.Fprintln(o.stdout, "\ncancelled: its owner cancelled the job while it ran; the time until it was stopped counts.")
			return err
		}
	}
	return nil
}
