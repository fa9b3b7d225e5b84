package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

// chainWait bounds a command that sends transactions: at least a minute,
// whatever --timeout says, since a real chain mines every few seconds.
func (o *options) chainCtx(cmd *cobra.Command) (context.Context, context.CancelFunc) {
	return context.WithTimeout(cmd.Context(), max(o.timeout, time.Minute))
}

// openPayments is daemonPayments under a context bounded as chainCtx
// bounds it; done releases both.
func (o *options) openPayments(cmd *cobra.Command, key *ecdsa.PrivateKey) (context.Context, *chain.Chain, *chain.Payments, func(), error) {
	ctx, cancel := o.chainCtx(cmd)
	c, pay, err := o.daemonPayments(ctx, key)
	if err != nil {
		cancel()
		return nil, nil, nil, nil, err
	}
	return ctx, c, pay, func() { c.Close(); cancel() }, nil
}

// daemonPayments connects key (nil: read-only) to the daemon's chain,
// through its relay, and binds its escrow.
func (o *options) daemonPayments(ctx context.Context, key *ecdsa.PrivateKey) (*chain.Chain, *chain.Payments, error) {
	cl, err := o.client()
	if err != nil {
		return nil, nil, err
	}
	info, err := cl.Chain(ctx)
	if err != nil {
		return nil, nil, o.daemonErr(err)
	}
	if info.Escrow == "" {
		return nil, nil, fmt.Errorf("the daemon at %s has no payments contracts on its chain (%s): start it with --contracts ESCROW (skyops chain deploy prints it)", o.socket, info.RPC)
	}
	rc, err := cl.ChainRPC(ctx)
	if err != nil {
		return nil, nil, err
	}
	c, err := chain.DialRPC(ctx, "the daemon's chain ("+info.RPC+")", rc, common.HexToAddress(info.Registry), key)
	if err != nil {
		return nil, nil, err
	}
	pay, err := c.Payments(ctx, common.HexToAddress(info.Escrow))
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, pay, nil
}

// parseAmount reads "AMOUNT TOKEN" (0.5 ETH, 1000 SKYOPS): both have 18
// decimals.
func parseAmount(amount, token string) (*big.Int, chain.Token, error) {
	t, err := chain.ParseToken(token)
	if err != nil {
		return nil, "", err
	}
	wei, err := types.ParseETH(amount)
	if err != nil {
		return nil, "", fmt.Errorf("%w (in %s)", err, t)
	}
	if wei.Sign() == 0 {
		return nil, "", fmt.Errorf("amount is zero: give how much %s, e.g. 0.5", t)
	}
	return wei, t, nil
}

// paidTx is a transaction in JSON output.
type paidTx struct {
	Action        string `json:"action"`
	Token         string `json:"token"`
	AmountWei     string `json:"amountWei,omitempty"`
	TxHash        string `json:"txHash"`
	ApproveTxHash string `json:"approveTxHash,omitempty"`
	Block         uint64 `json:"block"`
	GasUsed       uint64 `json:"gasUsed"`
	FeeWei        string `json:"feeWei"`
	// WithdrawableAtBlock: a requested withdrawal is paid from this block.
	WithdrawableAtBlock uint64 `json:"withdrawableAtBlock,omitempty"`
}

func (o *options) printTx(p paidTx, line string) error {
	if o.json() {
		return o.printJSON(p)
	}
	fmt.Fprintln(o.stdout, line)
	if p.ApproveTxHash != "" {
		fmt.Fprintf(o.stdout, "  approve tx %s\n", p.ApproveTxHash)
	}
	fmt.Fprintf(o.stdout, "  tx %s (block %d, %d gas, fee %s ETH)\n", p.TxHash, p.Block, p.GasUsed, p.FeeWei)
	return nil
}

// txOf is what a command prints of tx: action on what (a token, or a
// governed parameter's name) for amount.
func txOf(action, what string, amount *big.Int, tx chain.PaymentTx) paidTx {
	p := paidTx{Action: action, Token: what, TxHash: tx.TxHash.Hex(), Block: tx.Block, GasUsed: tx.GasUsed, FeeWei: types.FormatETH(tx.FeeWei)}
	if amount != nil {
		p.AmountWei = amount.String()
	}
	if tx.Approve != nil {
		p.ApproveTxHash = tx.Approve.TxHash.Hex()
	}
	return p
}

// walletKey decrypts the wallet --from names (or the only one).
func (w *walletFlags) walletKey(cmd *cobra.Command, o *options, from string) (*ecdsa.PrivateKey, error) {
	k, err := w.open(cmd)
	if err != nil {
		return nil, err
	}
	a, err := k.Find(from)
	if err != nil {
		return nil, err
	}
	return w.ownerKey(cmd, o, a.Address.Hex(), "the wallet")
}

func newDepositCmd(o *options) *cobra.Command {
	var (
		w    walletFlags
		from string
	)
	cmd := &cobra.Command{
		Use:   "deposit AMOUNT TOKEN",
		Short: "Put ETH or $SKYOPS into the escrow that pays for your jobs",
		Long: `Deposits from your wallet into the network's escrow contract, on the chain
of the daemon (its embedded chain too: transactions go through its relay,
signed here by your wallet). Jobs are paid from this balance. $SKYOPS takes two
transactions: an approval of the escrow, then the deposit.`,
		Example: `  skyops deposit 0.5 ETH
  skyops deposit 1000 SKYOPS -o json`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			amount, t, err := parseAmount(args[0], args[1])
			if err != nil {
				return err
			}
			key, err := w.walletKey(cmd, o, from)
			if err != nil {
				return err
			}
			ctx, c, pay, done, err := o.openPayments(cmd, key)
			if err != nil {
				return err
			}
			defer done()
			tx, err := pay.Deposit(ctx, t, amount)
			if err != nil {
				return err
			}
			return o.printTx(txOf("deposit", string(t), amount, tx), fmt.Sprintf("deposited %s %s from %s into the escrow %s", types.FormatETH(amount), t, c.Submitter().Hex(), pay.Escrow().Hex()))
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "the wallet that pays")
	return cmd
}

func newBalanceCmd(o *options) *cobra.Command {
	var (
		w     walletFlags
		owner string
	)
	cmd := &cobra.Command{
		Use:   "balance",
		Short: "Your escrow balance per token: free, locked by open jobs, being withdrawn",
		Long: `Reads the owner's accounts at the escrow through the daemon. Locked is what the
price caps of the owner's open jobs at this daemon hold (price cap × GPUs ×
maximum run time); free is what new jobs can use. The owner is --owner, else
$` + fromEnv + `, else the only wallet in the keystore.`,
		Example: `  skyops balance
  skyops balance --owner 0xAbC… -o json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			addr, err := w.ownerAddress(cmd, owner, "whose balance?")
			if err != nil {
				return err
			}
			cl, err := o.client()
			if err != nil {
				return err
			}
			ctx, cancel := o.callCtx(cmd)
			defer cancel()
			bs, err := cl.Balances(ctx, addr)
			if err != nil {
				return o.daemonErr(err)
			}
			if o.json() {
				return o.printJSON(bs)
			}
			fmt.Fprintf(o.stdout, "escrow account of %s\n", addr.Hex())
			tw := tabwriter.NewWriter(o.stdout, 0, 2, 2, ' ', 0)
			fmt.Fprintln(tw, "TOKEN\tFREE\tLOCKED\tWITHDRAWING\tIN WALLET")
			for _, b := range bs {
				withdrawing := decimal(b.WithdrawingWei)
				if b.WithdrawableAtBlock > 0 {
					withdrawing += fmt.Sprintf(" (from block %d)", b.WithdrawableAtBlock)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", b.Token, decimal(b.FreeWei), decimal(b.LockedWei), withdrawing, decimal(b.WalletWei))
			}
			return tw.Flush()
		},
	}
	w.register(cmd.Flags())
	cmd.Flags().StringVar(&owner, "owner", "", "the owner's address (default: $"+fromEnv+", else the keystore's only wallet)")
	return cmd
}

// decimal writes a wei string as a decimal of 18 places.
func decimal(wei string) string {
	v, ok := new(big.Int).SetString(wei, 10)
	if !ok {
		return wei
	}
	return types.FormatETH(v)
}

// ownerAddress is --owner, else $SKYOPS_FROM's or the keystore's only
// wallet; why names the question for the error.
func (w *walletFlags) ownerAddress(cmd *cobra.Command, owner, why string) (common.Address, error) {
	if owner != "" {
		if !common.IsHexAddress(owner) {
			return common.Address{}, fmt.Errorf("--owner %q is not an address (0x and 40 hex digits)", owner)
		}
		return common.HexToAddress(owner), nil
	}
	k, err := w.open(cmd)
	if err != nil {
		return common.Address{}, err
	}
	a, err := k.Find(os.Getenv(fromEnv))
	if err != nil {
		return common.Address{}, fmt.Errorf("%s %w (or pass --owner ADDRESS)", why, err)
	}
	return a.Address, nil
}

func newWithdrawCmd(o *options) *cobra.Command {
	var (
		w    walletFlags
		from string
	)
	cmd := &cobra.Command{
		Use:   "withdraw [AMOUNT] TOKEN",
		Short: "Take money back out of the escrow: ask, then collect after the delay",
		Long: `With an amount, asks the escrow to pay that much back: it leaves the balance at
once (no new job can count on it) and is paid after the escrow's delay, which
protects executors paid for work already done. Without an amount, collects
what was asked, once the delay has passed.`,
		Example: `  skyops withdraw 0.2 ETH
  skyops withdraw ETH`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var amount *big.Int
			var t chain.Token
			var err error
			if len(args) == 2 {
				amount, t, err = parseAmount(args[0], args[1])
			} else {
				t, err = chain.ParseToken(args[0])
			}
			if err != nil {
				return err
			}
			key, err := w.walletKey(cmd, o, from)
			if err != nil {
				return err
			}
			ctx, c, pay, done, err := o.openPayments(cmd, key)
			if err != nil {
				return err
			}
			defer done()
			if amount != nil {
				tx, at, err := pay.RequestWithdraw(ctx, t, amount)
				if err != nil {
					return err
				}
				p := txOf("requestWithdraw", string(t), amount, tx)
				p.WithdrawableAtBlock = at
				return o.printTx(p, fmt.Sprintf("asked to withdraw %s %s: it is paid from block %d (now %d); then run: skyops withdraw %s", types.FormatETH(amount), t, at, tx.Block, t))
			}
			a, err := pay.Account(ctx, c.Submitter(), t)
			if err != nil {
				return err
			}
			tx, err := pay.Withdraw(ctx, t)
			if err != nil {
				return err
			}
			return o.printTx(txOf("withdraw", string(t), a.Withdrawing, tx), fmt.Sprintf("withdrew %s %s to %s", types.FormatETH(a.Withdrawing), t, c.Submitter().Hex()))
		},
	}
	w.register(cmd.Flags())
	registerFrom(cmd.Flags(), &from, "the wallet whose deposit to withdraw")
	return cmd
}

// addrOf is a key's address.
func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
