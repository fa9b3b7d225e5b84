package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Token is what an owner pays in: ETH or $SKYOPS.
type Token string

// The tokens the escrow keeps accounts in.
const (
	ETH    Token = "ETH"
	SKYOPS Token = "SKYOPS"
)

// ParseToken reads a token's name as a person writes it (eth, SKYOPS).
func ParseToken(s string) (Token, error) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "ETH":
		return ETH, nil
	case "SKYOPS", "$SKYOPS":
		return SKYOPS, nil
	}
	return "", fmt.Errorf("unknown token %q: pay in ETH or SKYOPS", s)
}

// Account is an owner's account in one token at the escrow: the balance
// that can pay for jobs, and what is being withdrawn (paid from block
// WithdrawableAt; 0 when nothing is).
type Account struct {
	Token          Token
	Balance        *big.Int
	Withdrawing    *big.Int
	WithdrawableAt uint64
}

// PaymentTx is a mined payments transaction.
type PaymentTx struct {
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
	FeeWei  *big.Int // what the sender paid for its gas
	// Approve is the approval a $SKYOPS deposit sent first; nil otherwise.
	Approve *PaymentTx
}

// Payments is a client of one escrow contract and the $SKYOPS token it
// takes, from one key (the Chain's). Its transactions share the Chain's
// nonce lock.
type Payments struct {
	c          *Chain
	escrow     *SkyopsEscrow
	token      *SkyopsToken
	escrowAddr common.Address
	tokenAddr  common.Address
	delay      uint64
	params     *Params // nil: the escrow names no parameters contract
}

// Params is the network's parameters contract the escrow names; nil when
// it names none.
func (p *Payments) Params() *Params { return p.params }

// DeployPayments deploys the $SKYOPS token, minting supply to holder, the
// network's parameters contract (governed by c's key unless WithGovernor),
// and an escrow for the token that pays from c's registry, names the
// parameters and whose withdrawals wait withdrawDelay blocks, from c's key;
// it returns their client. Claims of redemptions wait DefaultDisputeWindow
// blocks unless WithDisputeWindow says otherwise.
func DeployPayments(ctx context.Context, c *Chain, holder common.Address, supply *big.Int, withdrawDelay uint64, opts ...PaymentsOption) (*Payments, error) {
	cfg := newPaymentsConfig(opts)
	if c.key == nil {
		return nil, fmt.Errorf("deploying the payments contracts: %w", ErrReadOnly)
	}
	if cfg.disputeWindow == 0 || cfg.disputeWindow > 1<<32-1 {
		return nil, fmt.Errorf("deploying the payments contracts: a dispute window of %d blocks: give 1 to 4294967295", cfg.disputeWindow)
	}
	if cfg.challengeBond == nil || cfg.challengeBond.Sign() < 0 {
		return nil, errors.New("deploying the payments contracts: no challenge bond")
	}
	specHashes, specFields, err := specTerms(c.chainID)
	if err != nil {
		return nil, fmt.Errorf("deploying the payments contracts: %w", err)
	}
	governor := c.from
	if cfg.governor != nil {
		governor = *cfg.governor
	}
	fail := func(what string, err error) (*Payments, error) {
		return nil, fmt.Errorf("deploying the %s on chain at %s: %w", what, c.url, err)
	}
	deploy := func(send func(*bind.TransactOpts) (*ethtypes.Transaction, error)) error {
		c.txMu.Lock()
		defer c.txMu.Unlock()
		_, _, err := c.transact(ctx, nil, send)
		return err
	}
	var tokenAddr, paramsAddr, escrowAddr common.Address
	if err := deploy(func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		a, tx, _, err := DeploySkyopsToken(opts, c.client, holder, supply)
		tokenAddr = a
		return tx, err
	}); err != nil {
		return fail("$SKYOPS token", err)
	}
	if err := deploy(func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		a, tx, _, err := DeploySkyopsParams(opts, c.client, governor, cfg.notice)
		paramsAddr = a
		return tx, err
	}); err != nil {
		return fail("parameters contract", err)
	}
	if err := deploy(func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		a, tx, _, err := DeploySkyopsEscrow(opts, c.client, tokenAddr, c.contract, paramsAddr, new(big.Int).SetUint64(withdrawDelay), new(big.Int).SetUint64(cfg.disputeWindow),
			cfg.challengeBond, specHashes, specFields)
		escrowAddr = a
		return tx, err
	}); err != nil {
		return fail("escrow", err)
	}
	return c.Payments(ctx, escrowAddr)
}

// Payments binds the escrow at addr (and the token it names) with c's
// client and key. It checks that there is code at both.
func (c *Chain) Payments(ctx context.Context, addr common.Address) (*Payments, error) {
	fail := func(err error) (*Payments, error) {
		return nil, fmt.Errorf("binding the escrow at %s on chain at %s: %w", addr, c.url, err)
	}
	if code, err := c.client.CodeAt(ctx, addr, nil); err != nil {
		return fail(err)
	} else if len(code) == 0 {
		return fail(errors.New("no contract there (deploy one with skyops chain deploy)"))
	}
	esc, err := NewSkyopsEscrow(addr, c.client)
	if err != nil {
		return fail(err)
	}
	call := &bind.CallOpts{Context: ctx}
	tokenAddr, err := esc.Skyops(call)
	if err != nil {
		return fail(fmt.Errorf("reading its token: %w", err))
	}
	delay, err := esc.WithdrawDelay(call)
	if err != nil {
		return fail(fmt.Errorf("reading its withdraw delay: %w", err))
	}
	// An escrow paying from another registry would pay for receipts this
	// chain client never anchored: refuse the pair.
	if reg, err := esc.Registry(call); err != nil {
		return fail(fmt.Errorf("reading its registry: %w", err))
	} else if reg != c.contract {
		return fail(fmt.Errorf("it pays from the registry at %s, not this client's %s", reg, c.contract))
	}
	tok, err := NewSkyopsToken(tokenAddr, c.client)
	if err != nil {
		return fail(err)
	}
	p := &Payments{c: c, escrow: esc, token: tok, escrowAddr: addr, tokenAddr: tokenAddr, delay: delay.Uint64()}
	if pa, err := esc.Params(call); err != nil {
		return fail(fmt.Errorf("reading its parameters contract: %w", err))
	} else if pa != (common.Address{}) {
		if p.params, err = c.bindParams(ctx, pa); err != nil {
			return fail(err)
		}
	}
	return p, nil
}

// RegistryOf reads which registry the escrow at addr pays from: what a
// daemon given only the escrow's address (--contracts) dials.
func RegistryOf(ctx context.Context, rpcURL string, escrow common.Address) (common.Address, error) {
	client, _, err := dialClient(ctx, rpcURL)
	if err != nil {
		return common.Address{}, err
	}
	defer client.Close()
	fail := func(err error) (common.Address, error) {
		return common.Address{}, fmt.Errorf("reading the registry of the escrow at %s on chain at %s: %w", escrow, rpcURL, err)
	}
	if code, err := client.CodeAt(ctx, escrow, nil); err != nil {
		return fail(err)
	} else if len(code) == 0 {
		return fail(errors.New("no contract there (deploy one with skyops chain deploy)"))
	}
	esc, err := NewSkyopsEscrow(escrow, client)
	if err != nil {
		return fail(err)
	}
	reg, err := esc.Registry(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fail(fmt.Errorf("%w (is it a skyops escrow?)", err))
	}
	return reg, nil
}

// Escrow is the escrow contract's address.
func (p *Payments) Escrow() common.Address { return p.escrowAddr }

// TokenAddress is the $SKYOPS token's address.
func (p *Payments) TokenAddress() common.Address { return p.tokenAddr }

// WithdrawDelay is how many blocks a withdrawal waits.
func (p *Payments) WithdrawDelay() uint64 { return p.delay }

// tokenAddress is token's address in the escrow's accounts (ETH is 0).
func (p *Payments) tokenAddress(t Token) (common.Address, error) {
	switch t {
	case ETH:
		return common.Address{}, nil
	case SKYOPS:
		return p.tokenAddr, nil
	}
	return common.Address{}, fmt.Errorf("unknown token %q: pay in ETH or SKYOPS", t)
}

// Account reads owner's account in token.
func (p *Payments) Account(ctx context.Context, owner common.Address, t Token) (Account, error) {
	addr, err := p.tokenAddress(t)
	if err != nil {
		return Account{}, err
	}
	a, err := p.escrow.AccountOf(&bind.CallOpts{Context: ctx}, owner, addr)
	if err != nil {
		return Account{}, fmt.Errorf("reading %s's %s account at the escrow %s: %w", owner, t, p.escrowAddr, err)
	}
	return Account{Token: t, Balance: a.Balance, Withdrawing: a.Withdrawing, WithdrawableAt: a.WithdrawableAt.Uint64()}, nil
}

// TokenBalance is what owner holds of $SKYOPS outside the escrow.
func (p *Payments) TokenBalance(ctx context.Context, owner common.Address) (*big.Int, error) {
	b, err := p.token.BalanceOf(&bind.CallOpts{Context: ctx}, owner)
	if err != nil {
		return nil, fmt.Errorf("reading %s's $SKYOPS at %s: %w", owner, p.tokenAddr, err)
	}
	return b, nil
}

// TransferToken sends amount of $SKYOPS from this key to to.
func (p *Payments) TransferToken(ctx context.Context, to common.Address, amount *big.Int) (PaymentTx, error) {
	return p.send(ctx, "sending $SKYOPS to "+to.Hex(), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.token.Transfer(opts, to, amount)
	})
}

// Deposit puts amount of token from this key into its account: ETH as
// the call's value; $SKYOPS by approving the escrow for amount, then the
// deposit (two transactions).
func (p *Payments) Deposit(ctx context.Context, t Token, amount *big.Int) (PaymentTx, error) {
	what := fmt.Sprintf("depositing %s wei of %s", amount, t)
	switch t {
	case ETH:
		return p.send(ctx, what, amount, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return p.escrow.DepositETH(opts)
		})
	case SKYOPS:
		approve, err := p.send(ctx, what+": approving the escrow", nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return p.token.Approve(opts, p.escrowAddr, amount)
		})
		if err != nil {
			return PaymentTx{}, err
		}
		tx, err := p.send(ctx, what, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return p.escrow.Deposit(opts, p.tokenAddr, amount)
		})
		tx.Approve = &approve
		return tx, err
	}
	return PaymentTx{}, fmt.Errorf("%s: unknown token %q: pay in ETH or SKYOPS", what, t)
}

// RequestWithdraw moves amount of this key's balance in token out; it is
// paid by Withdraw from the block it returns.
func (p *Payments) RequestWithdraw(ctx context.Context, t Token, amount *big.Int) (PaymentTx, uint64, error) {
	addr, err := p.tokenAddress(t)
	if err != nil {
		return PaymentTx{}, 0, err
	}
	tx, err := p.send(ctx, fmt.Sprintf("asking to withdraw %s wei of %s", amount, t), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.RequestWithdraw(opts, addr, amount)
	})
	if err != nil {
		return PaymentTx{}, 0, err
	}
	a, err := p.Account(ctx, p.c.from, t)
	if err != nil {
		return tx, 0, err
	}
	return tx, a.WithdrawableAt, nil
}

// Withdraw pays this key what it asked to withdraw in token, once the
// delay has passed.
func (p *Payments) Withdraw(ctx context.Context, t Token) (PaymentTx, error) {
	addr, err := p.tokenAddress(t)
	if err != nil {
		return PaymentTx{}, err
	}
	return p.send(ctx, "withdrawing "+string(t), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.Withdraw(opts, addr)
	})
}

func (p *Payments) send(ctx context.Context, what string, value *big.Int, tx func(*bind.TransactOpts) (*ethtypes.Transaction, error)) (PaymentTx, error) {
	if p.c.key == nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	p.c.txMu.Lock()
	defer p.c.txMu.Unlock()
	rcpt, sent, err := p.c.transact(ctx, value, tx)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s from %s at the escrow %s: %w", what, p.c.from, p.escrowAddr, paymentsError(err))
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return PaymentTx{TxHash: sent.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed, FeeWei: fee}, nil
}

// RevertError is a payments contract's custom error, decoded: its name and
// arguments, said as a sentence by Error.
type RevertError struct {
	Name string
	Args map[string]any
}

func (e *RevertError) Error() string {
	arg := func(k string) string { return fmt.Sprint(e.Args[k]) }
	switch e.Name {
	case "ZeroAmount":
		return "the amount is zero (ZeroAmount)"
	case "UnknownToken":
		return fmt.Sprintf("the escrow takes no token at %s: only ETH and its $SKYOPS (UnknownToken)", arg("token"))
	case "UnexpectedValue":
		return fmt.Sprintf("%s wei of ETH was sent with a $SKYOPS deposit (UnexpectedValue)", arg("value"))
	case "InsufficientBalance":
		return fmt.Sprintf("the account holds %s wei, %s wei are needed (InsufficientBalance)", arg("balance"), arg("needed"))
	case "NothingToWithdraw":
		return "nothing is being withdrawn: ask first (skyops withdraw AMOUNT TOKEN) (NothingToWithdraw)"
	case "WithdrawalNotReady":
		return fmt.Sprintf("the withdrawal is paid from block %s; the chain is at block %s (WithdrawalNotReady)", arg("readyAtBlock"), arg("currentBlock"))
	case "PaymentFailed":
		return fmt.Sprintf("paying %s wei to %s failed (PaymentFailed)", arg("amount"), arg("to"))
	case "RootNotAnchored":
		return fmt.Sprintf("%s never anchored root %s in the registry: anchor a batch before claiming its payment (RootNotAnchored)", arg("executor"), hexArg(e.Args["anchorRoot"]))
	case "RootAlreadyClaimed":
		return fmt.Sprintf("%s already claimed root %s (claim %s) (RootAlreadyClaimed)", arg("executor"), hexArg(e.Args["anchorRoot"]), hexArg(e.Args["claimId"]))
	case "EmptyClaim":
		return fmt.Sprintf("a claim of %s leaves with %s owed totals: it needs at least one of each, no more totals than leaves, and a payments root (EmptyClaim)", arg("count"), arg("owedEntries"))
	case "OwedNotSorted":
		return fmt.Sprintf("owed total %s is not after the one before it by (owner, token) (OwedNotSorted)", arg("index"))
	case "UnknownClaim":
		return fmt.Sprintf("there is no claim %s (UnknownClaim)", hexArg(e.Args["claimId"]))
	case "ClaimNotPending":
		return fmt.Sprintf("claim %s is already %s (ClaimNotPending)", hexArg(e.Args["claimId"]), claimStateArg(e.Args["state"]))
	case "StillInDisputeWindow":
		return fmt.Sprintf("claim %s can be finalized from block %s, after its dispute window; the chain is at block %s (StillInDisputeWindow)", hexArg(e.Args["claimId"]), arg("readyAtBlock"), arg("currentBlock"))
	case "DisputeWindowClosed":
		return fmt.Sprintf("claim %s's dispute window ended before block %s; the chain is at block %s (DisputeWindowClosed)", hexArg(e.Args["claimId"]), arg("readyAtBlock"), arg("currentBlock"))
	case "OwedMismatch":
		return fmt.Sprintf("the owed totals given are not the ones claim %s committed to (OwedMismatch)", hexArg(e.Args["claimId"]))
	case "BadProof":
		return fmt.Sprintf("the leaf at index %s is not in claim %s's payments tree (BadProof)", arg("index"), hexArg(e.Args["claimId"]))
	case "NotAFraud":
		return "the leaves proven show no fraud: the claim stands (NotAFraud)"
	case "WrongBond":
		return fmt.Sprintf("a challenge holds %s wei, not %s (WrongBond)", arg("bond"), arg("sent"))
	case "NotChallengeable":
		return fmt.Sprintf("leaf %s of claim %s is already challenged or beyond its count (NotChallengeable)", arg("index"), hexArg(e.Args["claimId"]))
	case "NoChallenge":
		return fmt.Sprintf("no challenge of leaf %s of claim %s is open (NoChallenge)", arg("index"), hexArg(e.Args["claimId"]))
	case "ChallengeOpen":
		return fmt.Sprintf("claim %s has %s unanswered challenges: it is paid once they are answered, or voided when one is not (ChallengeOpen)", hexArg(e.Args["claimId"]), arg("open"))
	case "ChallengeDeadline":
		return fmt.Sprintf("the challenge of leaf %s of claim %s is answered until block %s and voids after it; the chain is at block %s (ChallengeDeadline)", arg("index"), hexArg(e.Args["claimId"]), arg("deadline"), arg("currentBlock"))
	case "NotOwnerSigned":
		return fmt.Sprintf("the answer for leaf %s of claim %s does not show its owner signed its job (NotOwnerSigned)", arg("index"), hexArg(e.Args["claimId"]))
	case "PriceAboveCap":
		return fmt.Sprintf("the leaf's price, %s wei per GPU-hour, is above the cap its owner signed, %s (PriceAboveCap)", arg("priceWei"), arg("capWei"))
	case "WrongPaymentToken":
		return fmt.Sprintf("leaf %s of claim %s is paid in another token than its owner signed for (WrongPaymentToken)", arg("index"), hexArg(e.Args["claimId"]))
	case "NotWorkflowTry":
		return fmt.Sprintf("the job of leaf %s of claim %s is not try %s of instance %s of the signed workflow (NotWorkflowTry)", arg("index"), hexArg(e.Args["claimId"]), arg("try_"), arg("instance"))
	case "NoSuchInstance":
		return fmt.Sprintf("the signed workflow has %s instances, no instance %s (NoSuchInstance)", arg("instances"), arg("instance"))
	case "ERC20InsufficientBalance":
		return fmt.Sprintf("the sender holds %s wei of $SKYOPS, %s wei are needed (ERC20InsufficientBalance)", arg("balance"), arg("needed"))
	case "NotGovernor":
		return fmt.Sprintf("only the governor %s may change the network's parameters, not %s (NotGovernor)", arg("governor"), arg("caller"))
	case "UnknownParam":
		return fmt.Sprintf("the parameters contract knows no parameter %x (UnknownParam)", e.Args["key"])
	case "ValueOutOfRange":
		return fmt.Sprintf("%s is outside the parameter's bounds [%s, %s] (ValueOutOfRange)", arg("value"), arg("min"), arg("max"))
	case "NoticeTooShort":
		return fmt.Sprintf("the change would take effect at %s, before the notice period ends at %s (unix seconds) (NoticeTooShort)", arg("fromTime"), arg("earliest"))
	case "OutOfOrder":
		return fmt.Sprintf("the change would take effect at %s, before one already scheduled for %s (OutOfOrder)", arg("fromTime"), arg("lastFromTime"))
	case "TooManyChanges":
		return fmt.Sprintf("the parameters contract holds its %s changes already (TooManyChanges)", arg("max"))
	case "AccessControlUnauthorizedAccount":
		return fmt.Sprintf("%s lacks the timelock role this needs (AccessControlUnauthorizedAccount)", arg("account"))
	case "TimelockInsufficientDelay":
		return fmt.Sprintf("the timelock needs a delay of at least %s s, was given %s (TimelockInsufficientDelay)", arg("minDelay"), arg("delay"))
	case "TimelockUnexpectedOperationState":
		return fmt.Sprintf("the timelock operation %x is not in the state this needs: not scheduled, or not ready yet (TimelockUnexpectedOperationState)", e.Args["operationId"])
	case "ERC20InsufficientAllowance":
		return fmt.Sprintf("the escrow may take %s wei of $SKYOPS, %s wei are needed (ERC20InsufficientAllowance)", arg("allowance"), arg("needed"))
	}
	return fmt.Sprintf("the contract reverted with %s %v", e.Name, e.Args)
}

// hexArg writes a bytes32 argument as 0x-hex.
func hexArg(v any) string {
	if b, ok := v.([32]byte); ok {
		return common.Hash(b).Hex()
	}
	return fmt.Sprint(v)
}

func claimStateArg(v any) string {
	if s, ok := v.(uint8); ok {
		return ClaimState(s).String()
	}
	return fmt.Sprint(v)
}

// paymentsABIs are the ABIs whose custom errors a payments revert may carry.
var paymentsABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, md := range []*bind.MetaData{SkyopsEscrowMetaData, SkyopsTokenMetaData, SkyopsParamsMetaData, SkyopsTimelockMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			panic(err) // the bindings' own ABI: a build error, not input
		}
		out = append(out, a)
	}
	return out
}()

// paymentsError decodes a revert's custom error into a RevertError,
// wrapping the original (which transact has already mapped as the
// registry's errors, "insufficient funds" among them).
func paymentsError(err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil && len(data) >= 4 {
				if re := decodeRevert(data); re != nil {
					return fmt.Errorf("%w: %w", re, err)
				}
			}
		}
	}
	return err
}

func decodeRevert(data []byte) *RevertError {
	for _, a := range paymentsABIs {
		for name, e := range a.Errors {
			if string(e.ID[:4]) != string(data[:4]) {
				continue
			}
			args := map[string]any{}
			if err := e.Inputs.UnpackIntoMap(args, data[4:]); err != nil {
				return nil
			}
			return &RevertError{Name: name, Args: args}
		}
	}
	return nil
}
