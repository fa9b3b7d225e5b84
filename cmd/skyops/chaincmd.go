package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

func newChainCmd(o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "The chain skyops anchors and pays on: its contracts, dev funds, a deployment",
	}
	cmd.AddCommand(newChainInfoCmd(o), newChainFundCmd(o), newChainDeployCmd(o))
	return cmd
}

func newChainInfoCmd(o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "info",
		Short: "The daemon's chain: id, endpoint, registry, escrow and $SKYOPS token",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cl, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			info, err := cl.Chain(ctx)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(info)
			}
			fmt.Fprintf(o.stdout, "chain id   %d\nendpoint   %s\nregistry   %s\n", info.ChainID, info.RPC, info.Registry)
			if info.Escrow != "" {
				fmt.Fprintf(o.stdout, "escrow     %s (withdrawals wait %d blocks)\ntoken      %s ($SKYOPS)\n", info.Escrow, info.WithdrawDelayBlocks, info.Token)
			} else {
				fmt.Fprintln(o.stdout, "escrow     none (no payments on this chain)")
			}
			if info.DevFaucet != "" {
				fmt.Fprintf(o.stdout, "dev faucet %s (skyops chain fund)\n", info.DevFaucet)
			}
			return nil
		},
	}
}

func newChainFundCmd(o *options) *cobra.Command {
	var (
		w              walletFlags
		ethAmt, skyAmt string
		rpcURL         string
	)
	cmd := &cobra.Command{
		Use:   "fund [ADDRESS]",
		Short: "On a dev chain: give an address ETH and $SKYOPS from the dev faucet",
		Long: `Sends ETH and $SKYOPS from the dev faucet (a well-known key funded at the
genesis of the embedded chain and of skyopsd devchain) to ADDRESS, default the
keystore's only wallet (or $` + fromEnv + `'s). On any other chain the faucet holds
nothing and this fails: fund a wallet there as you would any other.

With --rpc URL it talks to that chain directly, without a daemon, and sends ETH
from the node's own unlocked developer account (geth --dev's), or from the dev
faucet where it holds funds: how a wallet or a daemon's node key gets gas there
before skyops chain deploy.`,
		Example: `  skyops chain fund
  skyops chain fund 0xAbC… --eth 5 --skyops 10000
  skyops chain fund --rpc http://127.0.0.1:8545 --skyops 0`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			owner := ""
			if len(args) == 1 {
				owner = args[0]
			}
			to, err := w.ownerAddress(cmd, owner, "fund whom?")
			if err != nil {
				return err
			}
			var eth, sky *big.Int
			if ethAmt != "0" {
				if eth, err = types.ParseETH(ethAmt); err != nil {
					return fmt.Errorf("--eth: %w", err)
				}
			}
			if skyAmt != "0" {
				if sky, err = types.ParseETH(skyAmt); err != nil {
					return fmt.Errorf("--skyops: %w", err)
				}
			}
			ctx, cancel := o.chainCtx(cmd)
			defer cancel()
			if rpcURL != "" {
				return o.fundDirect(ctx, rpcURL, to, eth, sky)
			}
			c, pay, err := o.daemonPayments(ctx, chain.DevFaucetKey())
			if err != nil {
				return err
			}
			defer c.Close()
			if b, err := c.BalanceOf(ctx, chain.DevFaucet()); err != nil {
				return err
			} else if b.Sign() == 0 {
				return fmt.Errorf("%w (chain id %d)", chain.ErrNotDevChain, c.ChainID())
			}
			var out []paidTx
			if eth != nil && eth.Sign() > 0 {
				tx, err := c.SendETH(ctx, to, eth)
				if err != nil {
					return err
				}
				out = append(out, txOf("fund", string(chain.ETH), eth, tx))
			}
			if sky != nil && sky.Sign() > 0 {
				tx, err := pay.TransferToken(ctx, to, sky)
				if err != nil {
					return err
				}
				out = append(out, txOf("fund", string(chain.SKYOPS), sky, tx))
			}
			if len(out) == 0 {
				return errors.New("nothing to send: give --eth or --skyops above zero")
			}
			if o.json() {
				return o.printJSON(out)
			}
			for _, p := range out {
				amount, _ := new(big.Int).SetString(p.AmountWei, 10)
				fmt.Fprintf(o.stdout, "sent %s %s to %s from the dev faucet (tx %s)\n", types.FormatETH(amount), p.Token, to.Hex(), p.TxHash)
			}
			return nil
		},
	}
	w.register(cmd.Flags())
	cmd.Flags().StringVar(&ethAmt, "eth", "10", "ETH to send (0: none)")
	cmd.Flags().StringVar(&skyAmt, "skyops", "10000", "$SKYOPS to send (0: none)")
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "fund on the chain at this JSON-RPC URL directly (ETH only), not through the daemon")
	return cmd
}

// fundDirect sends ETH on the chain at url from the dev faucet when it holds
// any there, else from the node's unlocked developer account.
func (o *options) fundDirect(ctx context.Context, url string, to common.Address, eth, sky *big.Int) error {
	if sky != nil && sky.Sign() > 0 {
		return errors.New("--rpc funds ETH only: $SKYOPS comes from the wallet that deployed the token (or the daemon's dev faucet, without --rpc); pass --skyops 0")
	}
	if eth == nil || eth.Sign() == 0 {
		return errors.New("nothing to send: give --eth above zero")
	}
	hash, err := chain.FundDev(ctx, url, to, eth)
	if err != nil {
		return err
	}
	if o.json() {
		return o.printJSON([]paidTx{{Action: "fund", Token: string(chain.ETH), AmountWei: eth.String(), TxHash: hash.Hex()}})
	}
	fmt.Fprintf(o.stdout, "sent %s ETH to %s (tx %s)\n", types.FormatETH(eth), to.Hex(), hash.Hex())
	return nil
}

func newChainDeployCmd(o *options) *cobra.Command {
	var (
		w       walletFlags
		from    string
		rpcURL  string
		supply  string
		delay   uint64
		bondMin string
		unbond  uint64
		notice  uint64
		tlDelay uint64
	)
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL",
		Short: "Deploy the registry, the $SKYOPS token and the escrow on a chain, from your wallet",
		Long: `Deploys skyops' contracts on the chain at --rpc from a keystore wallet, which
pays the gas and receives the whole $SKYOPS supply, and prints their
addresses. Daemons then use them with:

  skyopsd --chain-rpc URL --contracts ESCROW

(the escrow names the registry and the token).`,
		Example: `  skyops chain deploy --rpc http://127.0.0.1:8545 --from 0xAbC…`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if rpcURL == "" {
				return errors.New("--rpc URL is required: the chain to deploy on")
			}
			total, err := types.ParseETH(supply)
			if err != nil || total.Sign() == 0 {
				return fmt.Errorf("--supply %q: give the $SKYOPS supply as a positive decimal", supply)
			}
			terms := chain.DefaultBondTerms()
			if terms.Min, err = types.ParseETH(bondMin); err != nil {
				return fmt.Errorf("--bond-min: %w", err)
			}
			terms.UnbondDelay = unbond
			key, err := w.walletKey(cmd, o, from)
			if err != nil {
				return err
			}
			ctx, cancel := o.chainCtx(cmd)
			defer cancel()
			registry, err := chain.Deploy(ctx, rpcURL, key, chain.WithBondTerms(terms))
			if err != nil {
				return err
			}
			c, err := chain.Dial(ctx, rpcURL, registry, key)
			if err != nil {
				return err
			}
			defer c.Close()
			governor := addrOf(key)
			if tlDelay > 0 {
				if governor, err = chain.DeployTimelock(ctx, c, tlDelay, addrOf(key)); err != nil {
					return err
				}
			}
			pay, err := chain.DeployPayments(ctx, c, addrOf(key), total, delay, chain.WithGovernor(governor), chain.WithParamsNotice(notice))
			if err != nil {
				return err
			}
			out := struct {
				ChainID  uint64 `json:"chainId"`
				RPC      string `json:"rpc"`
				Registry string `json:"registry"`
				Escrow   string `json:"escrow"`
				Token    string `json:"token"`
				Holder   string `json:"holder"`
				Params   string `json:"params"`
				Governor string `json:"governor"`
			}{c.ChainID(), rpcURL, registry.Hex(), pay.Escrow().Hex(), pay.TokenAddress().Hex(), addrOf(key).Hex(), pay.Params().Address().Hex(), governor.Hex()}
			if o.json() {
				return o.printJSON(out)
			}
			fmt.Fprintf(o.stdout, "deployed on chain %d at %s:\n  registry %s\n  escrow   %s (withdrawals wait %d blocks)\n  token    %s ($SKYOPS, %s held by %s)\n  params   %s (governor %s, notice %d s)\nstart daemons with: skyopsd --chain-rpc %s --contracts %s\n",
				out.ChainID, rpcURL, out.Registry, out.Escrow, delay, out.Token, supply, out.Holder, out.Params, out.Governor, notice, rpcURL, out.Escrow)
			return nil
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "the wallet that deploys and holds the $SKYOPS supply")
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "", "the chain's JSON-RPC URL")
	f.StringVar(&supply, "supply", "1000000000", "$SKYOPS minted to the deploying wallet, once")
	f.Uint64Var(&delay, "withdraw-delay", 7200, "blocks an escrow withdrawal waits (about a day at 12 s blocks)")
	f.StringVar(&bondMin, "bond-min", types.FormatETH(chain.DefaultBondTerms().Min), "the least bond, in ETH, that makes a node placeable")
	f.Uint64Var(&unbond, "unbond-delay", chain.DefaultBondTerms().UnbondDelay, "blocks between unbonding and withdrawing a bond")
	f.Uint64Var(&notice, "params-notice", chain.DefaultParamsNotice, "seconds a parameter change must be scheduled ahead (every daemon reads it before it applies)")
	f.Uint64Var(&tlDelay, "timelock-delay", 0, "govern the parameters through a new timelock (OpenZeppelin's TimelockController) whose calls wait this many seconds, proposed and executed by the deploying wallet; 0: the wallet governs them directly")
	return cmd
}
