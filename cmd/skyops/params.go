package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

func newParamsCmd(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "params",
		Short: "The network's governed placement parameters: in effect now, and every scheduled change",
		Long: `Shows the parameters every peer ranks jobs with, as the network's parameters
contract holds them: each change applies to jobs created from its time on, at
every peer alike. Changes come only from the contract's governor, announced
ahead (its notice).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cl, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			p, err := cl.Params(ctx)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(p)
			}
			if p.Contract == "" {
				fmt.Fprintln(o.stdout, "no parameters contract on this chain: the built-in values hold")
			} else {
				dev := ""
				if p.DevGovernor {
					dev = " (the dev faucet: anyone may change them on this dev chain)"
				}
				fmt.Fprintf(o.stdout, "contract %s, governor %s%s, notice %d s\n", p.Contract, p.Governor, dev, p.NoticeSeconds)
			}
			ref, _ := new(big.Int).SetString(p.Current["refPriceWei"], 10)
			fmt.Fprintf(o.stdout, "in effect now: refPriceWei %s (%s ETH per GPU-hour)\n", p.Current["refPriceWei"], types.FormatETH(ref))
			if rate, ok := new(big.Int).SetString(p.Current["microSkyopsPerEth"], 10); ok {
				fmt.Fprintf(o.stdout, "               microSkyopsPerEth %s (1 ETH = %s $SKYOPS, for jobs paid in $SKYOPS)\n",
					rate, types.FormatETH(new(big.Int).Mul(rate, big.NewInt(1e12))))
			}
			for i, name := range weightParams {
				if w, ok := p.Current[name]; ok {
					fmt.Fprintf(o.stdout, "               %s %s (per mille: how far the %s factor moves from 1)\n", name, w, weightFactors[i])
				}
			}
			if len(p.Changes) == 0 {
				return nil
			}
			tw := tabwriter.NewWriter(o.stdout, 0, 2, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tVALUE\tFROM\tIN EFFECT")
			for _, c := range p.Changes {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%v\n", c.Name, c.Value, c.From.Time.Format(time.RFC3339), c.InEffect)
			}
			return tw.Flush()
		},
	}
	cmd.AddCommand(newParamsSetCmd(o), newParamsExecuteCmd(o))
	return cmd
}

func newParamsSetCmd(o *options) *cobra.Command {
	var (
		w    walletFlags
		from string
		in   time.Duration
		dev  bool
	)
	cmd := &cobra.Command{
		Use:   "set NAME VALUE",
		Short: "Schedule a parameter change, as the governor (a wallet, or the dev faucet on a dev chain)",
		Long: `Schedules NAME to become VALUE for jobs created from --in from now on. Only the
parameters contract's governor may: your wallet when it is the governor, or
with --dev the dev faucet, which governs the embedded chain and skyopsd
devchain. A governor that is a timelock contract takes the change as a
proposal from one of its proposers, run after its delay with params execute. refPriceWei is given in ETH per GPU-hour,
microSkyopsPerEth in $SKYOPS per ETH (at most 6 decimals), and the score's
weights (repWeight, priceWeight, localityWeight, fitWeight, latencyWeight) in
per mille, a whole number from 0 (the factor off: 1 for every node) to 1000
(the factor in full, the default).`,
		Example: `  skyops params set refPriceWei 0.7 --dev --in 30s
  skyops params set microSkyopsPerEth 2500 --dev --in 30s
  skyops params set repWeight 500 --dev --in 30s`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := chain.ParamKey(args[0]); err != nil {
				return err
			}
			value, err := paramValue(args[0], args[1])
			if err != nil {
				return err
			}
			if in <= 0 {
				return errors.New("--in must be positive: a change takes effect after the contract's notice")
			}
			key := chain.DevFaucetKey()
			if !dev {
				if key, err = w.walletKey(cmd, o, from); err != nil {
					return err
				}
			}
			ctx, c, pay, done, err := o.openParams(cmd, key)
			if err != nil {
				return err
			}
			defer done()
			// The notice is checked against the chain's clock, which a dev
			// chain mining a block per transaction runs ahead of the wall's.
			head, err := c.HeadTime(ctx)
			if err != nil {
				return err
			}
			at := head
			if now := time.Now(); now.After(at) {
				at = now
			}
			at = at.Add(in).Truncate(time.Second)
			// A governor that is a timelock takes the change as a
			// proposal, which runs after its delay (params execute).
			if tl, err := c.Timelock(ctx, pay.Params().Governor()); err == nil {
				earliest := head.Add(time.Duration(tl.Delay()+pay.Params().Notice()) * time.Second)
				if at.Before(earliest) {
					return fmt.Errorf("the governor is a timelock with a %d s delay and the notice is %d s: the change must take effect at least %d s from now (--in)",
						tl.Delay(), pay.Params().Notice(), tl.Delay()+pay.Params().Notice())
				}
				_, tx, err := tl.ScheduleParam(ctx, pay.Params().Address(), args[0], value, at)
				if err != nil {
					return err
				}
				from := at.UTC().Format(time.RFC3339)
				return o.printTx(txOf("propose", args[0], value, tx),
					fmt.Sprintf("proposed %s = %s for jobs created from %s through the timelock %s: after its %d s delay, run\n  skyops params execute %s %s --at %s",
						args[0], value, from, pay.Params().Governor().Hex(), tl.Delay(), args[0], args[1], from))
			}
			tx, err := pay.Params().Schedule(ctx, args[0], value, at)
			if err != nil {
				return err
			}
			return o.printTx(txOf("schedule", args[0], value, tx),
				fmt.Sprintf("scheduled %s = %s for jobs created from %s", args[0], value, at.UTC().Format(time.RFC3339)))
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "the governor's wallet")
	cmd.Flags().DurationVar(&in, "in", time.Minute, "how long from now the change takes effect (at least the contract's notice)")
	cmd.Flags().BoolVar(&dev, "dev", false, "sign as the dev faucet, the governor of dev chains")
	return cmd
}

func newParamsExecuteCmd(o *options) *cobra.Command {
	var (
		w        walletFlags
		from     string
		fromTime string
	)
	cmd := &cobra.Command{
		Use:   "execute NAME VALUE --at TIME",
		Short: "Run a parameter change proposed through a timelock governor, once its delay has passed",
		Long: `Runs, through the parameters contract's timelock governor, the change that
params set proposed: the same NAME and VALUE, and --at, the time it takes effect,
as params set printed it. Your wallet must be one of the timelock's
executors (the deploying wallet, for skyops chain deploy --timelock-delay).`,
		Example: `  skyops params execute refPriceWei 0.7 --at 2026-12-04T20:00:00Z`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			value, err := paramValue(args[0], args[1])
			if err != nil {
				return err
			}
			at, err := time.Parse(time.RFC3339, fromTime)
			if err != nil {
				return fmt.Errorf("--at %q: want the time params set printed (RFC 3339, e.g. 2026-12-04T20:00:00Z)", fromTime)
			}
			key, err := w.walletKey(cmd, o, from)
			if err != nil {
				return err
			}
			ctx, c, pay, done, err := o.openParams(cmd, key)
			if err != nil {
				return err
			}
			defer done()
			tl, err := c.Timelock(ctx, pay.Params().Governor())
			if err != nil {
				return fmt.Errorf("the parameters' governor %s is not a timelock: params set changes them directly", pay.Params().Governor().Hex())
			}
			op, err := chain.ParamOp(pay.Params().Address(), args[0], value, at)
			if err != nil {
				return err
			}
			st, err := tl.State(ctx, op)
			if err != nil {
				return err
			}
			head, err := c.HeadTime(ctx)
			if err != nil {
				return err
			}
			switch {
			case !st.Scheduled:
				return fmt.Errorf("the timelock holds no proposal of %s = %s from %s: propose it with params set (and give --at as it printed)", args[0], args[1], at.UTC().Format(time.RFC3339))
			case st.Done:
				return fmt.Errorf("the proposal of %s = %s from %s has run already", args[0], args[1], at.UTC().Format(time.RFC3339))
			case head.Before(st.ReadyAt):
				return fmt.Errorf("the proposal is ready at chain time %s; the chain's head is at %s: run this again in %s",
					st.ReadyAt.UTC().Format(time.RFC3339), head.UTC().Format(time.RFC3339), st.ReadyAt.Sub(head))
			}
			tx, err := tl.Execute(ctx, op)
			if err != nil {
				return err
			}
			return o.printTx(txOf("execute", args[0], value, tx),
				fmt.Sprintf("scheduled %s = %s for jobs created from %s, through the timelock", args[0], value, at.UTC().Format(time.RFC3339)))
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "an executor's wallet")
	cmd.Flags().StringVar(&fromTime, "at", "", "when the change takes effect, as params set printed it (RFC 3339)")
	_ = cmd.MarkFlagRequired("at")
	return cmd
}

// weightParams are the score's factors' weights, per mille.
var weightParams = []string{"repWeight", "priceWeight", "localityWeight", "fitWeight", "latencyWeight"}

// weightFactors name the factor each of weightParams weighs.
var weightFactors = []string{"reputation", "price", "locality", "fit", "latency"}

// paramValue is the contract value of what a person typed for a
// parameter: ETH for refPriceWei, $SKYOPS per ETH for microSkyopsPerEth,
// a whole number of per mille for a weight.
func paramValue(name, typed string) (*big.Int, error) {
	if slices.Contains(weightParams, name) {
		w, err := strconv.ParseUint(typed, 10, 64)
		if err != nil || w > 1000 {
			return nil, fmt.Errorf("%s: %q is not a weight: want a whole number of per mille, 0 (the factor off) to 1000 (in full)", name, typed)
		}
		return new(big.Int).SetUint64(w), nil
	}
	v, err := types.ParseETH(typed) // 18 decimals
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if name != "microSkyopsPerEth" {
		return v, nil
	}
	micro, rest := new(big.Int).QuoRem(v, big.NewInt(1e12), new(big.Int))
	if rest.Sign() != 0 {
		return nil, fmt.Errorf("%s: %s has more than 6 decimals: the rate is kept in millionths of a $SKYOPS", name, typed)
	}
	return micro, nil
}

// openParams is openPayments for the commands that change the governed
// parameters: the escrow must name a parameters contract.
func (o *options) openParams(cmd *cobra.Command, key *ecdsa.PrivateKey) (context.Context, *chain.Chain, *chain.Payments, func(), error) {
	ctx, c, pay, done, err := o.openPayments(cmd, key)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if pay.Params() == nil {
		done()
		return nil, nil, nil, nil, errors.New("the daemon's escrow names no parameters contract")
	}
	return ctx, c, pay, done, nil
}
