package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// governedParams are the names SkyopsParams knows (its keys are their
// keccak256): the reference price per GPU-hour, the millionths of a
// $SKYOPS one ETH buys, and the weights of the score's five factors (per
// mille).
func governedParams() []string {
	return []string{"refPriceWei", "microSkyopsPerEth", "repWeight", "priceWeight", "localityWeight", "fitWeight", "latencyWeight"}
}

// paramName is the name of a contract key, or the key in hex.
func paramName(key common.Hash) string {
	for _, name := range governedParams() {
		if crypto.Keccak256Hash([]byte(name)) == key {
			return name
		}
	}
	return key.Hex()
}

// ParamKey is the contract key of a parameter's name ("refPriceWei").
func ParamKey(name string) (common.Hash, error) {
	for _, n := range governedParams() {
		if n == name {
			return crypto.Keccak256Hash([]byte(name)), nil
		}
	}
	names := governedParams()
	return common.Hash{}, fmt.Errorf("unknown parameter %q: the network governs %s and %s", name,
		strings.Join(names[:len(names)-1], ", "), names[len(names)-1])
}

// ParamChange is one scheduled change: Name becomes Value for jobs
// submitted from FromTime on (unix seconds).
type ParamChange struct {
	Name     string
	Key      common.Hash
	Value    *big.Int
	FromTime uint64
}

// maxParamChanges is the contract's MAX_CHANGES: the most a reader fetches.
const maxParamChanges = 256

// WithGovernor makes governor (a SkyopsTimelock, by convention) the only
// address that may change the network's parameters (default: the
// deploying key).
func WithGovernor(governor common.Address) PaymentsOption {
	return func(c *paymentsConfig) { c.governor = &governor }
}

// WithParamsNotice sets how far ahead, in seconds, a parameter change must
// be scheduled (default DefaultParamsNotice).
func WithParamsNotice(seconds uint64) PaymentsOption {
	return func(c *paymentsConfig) { c.notice = seconds }
}

// DefaultParamsNotice is the notice a parameter change needs by default:
// long enough for every daemon to have read it (they poll every few
// seconds) before it takes effect.
const DefaultParamsNotice = 60

// DevParamsNotice is the notice on dev chains, short enough to try by hand.
const DevParamsNotice = 5

// Params is a client of one SkyopsParams contract.
type Params struct {
	c        *Chain
	contract *SkyopsParams
	addr     common.Address
	governor common.Address
	notice   uint64
}

// Address is the contract's address.
func (p *Params) Address() common.Address { return p.addr }

// Governor is the only address that may schedule changes.
func (p *Params) Governor() common.Address { return p.governor }

// Notice is the least time, in seconds, between scheduling and effect.
func (p *Params) Notice() uint64 { return p.notice }

// bindParams binds the SkyopsParams at addr.
func (c *Chain) bindParams(ctx context.Context, addr common.Address) (*Params, error) {
	fail := func(err error) (*Params, error) {
		return nil, fmt.Errorf("binding the parameters contract at %s on chain at %s: %w", addr, c.url, err)
	}
	if code, err := c.client.CodeAt(ctx, addr, nil); err != nil {
		return fail(err)
	} else if len(code) == 0 {
		return fail(errors.New("no contract there"))
	}
	pc, err := NewSkyopsParams(addr, c.client)
	if err != nil {
		return fail(err)
	}
	call := &bind.CallOpts{Context: ctx}
	gov, err := pc.Governor(call)
	if err != nil {
		return fail(fmt.Errorf("reading its governor: %w", err))
	}
	notice, err := pc.MinNotice(call)
	if err != nil {
		return fail(fmt.Errorf("reading its notice: %w", err))
	}
	return &Params{c: c, contract: pc, addr: addr, governor: gov, notice: notice}, nil
}

// Changes reads every scheduled change, oldest first (the contract keeps
// them in nondecreasing FromTime order, at most 256).
func (p *Params) Changes(ctx context.Context) ([]ParamChange, error) {
	call := &bind.CallOpts{Context: ctx}
	n, err := p.contract.ChangeCount(call)
	if err != nil {
		return nil, fmt.Errorf("reading the parameter changes at %s: %w", p.addr, err)
	}
	if !n.IsUint64() || n.Uint64() > maxParamChanges {
		return nil, fmt.Errorf("the parameters contract at %s lists %s changes, more than its limit %d", p.addr, n, maxParamChanges)
	}
	out := make([]ParamChange, 0, n.Uint64())
	for start := uint64(0); start < n.Uint64(); start += 64 {
		page, err := p.contract.Changes(call, new(big.Int).SetUint64(start), big.NewInt(64))
		if err != nil {
			return nil, fmt.Errorf("reading the parameter changes at %s: %w", p.addr, err)
		}
		for _, ch := range page {
			out = append(out, ParamChange{Name: paramName(ch.Key), Key: ch.Key, Value: ch.Value, FromTime: ch.FromTime})
		}
	}
	return out, nil
}

// Schedule sends, from this client's key (which must be the governor),
// the change of name to value for jobs submitted from `from` on. A
// governor that is a timelock schedules through the timelock instead
// (ScheduleCall).
func (p *Params) Schedule(ctx context.Context, name string, value *big.Int, from time.Time) (PaymentTx, error) {
	key, err := ParamKey(name)
	if err != nil {
		return PaymentTx{}, err
	}
	what := fmt.Sprintf("scheduling %s = %s from %s", name, value, from.UTC().Format(time.RFC3339))
	return p.c.sendAs(ctx, what, p.addr, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.contract.Schedule(opts, key, value, uint64(from.Unix()))
	})
}

// ScheduleCalldata is the call data of schedule(name, value, from): what a
// timelock governor is asked to run.
func ScheduleCalldata(name string, value *big.Int, from time.Time) ([]byte, error) {
	key, err := ParamKey(name)
	if err != nil {
		return nil, err
	}
	abi, err := SkyopsParamsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return abi.Pack("schedule", key, value, uint64(from.Unix()))
}

// sendAs sends one transaction from c's key under its nonce lock, naming
// contract in errors; reverts come back as RevertError sentences.
func (c *Chain) sendAs(ctx context.Context, what string, contract common.Address, value *big.Int, tx func(*bind.TransactOpts) (*ethtypes.Transaction, error)) (PaymentTx, error) {
	if c.key == nil {
		return PaymentTx{}, fmt.Errorf("%s: %w", what, ErrReadOnly)
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	rcpt, sent, err := c.transact(ctx, value, tx)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("%s from %s at %s: %w", what, c.from, contract, paymentsError(err))
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return PaymentTx{TxHash: sent.Hash(), Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed, FeeWei: fee}, nil
}

// Timelock is a client of a SkyopsTimelock (OpenZeppelin's
// TimelockController) from this Chain's key: a proposer schedules a call,
// and after the timelock's delay an executor runs it.
type Timelock struct {
	c        *Chain
	contract *SkyopsTimelock
	addr     common.Address
	delay    *big.Int
}

// TimelockOp is one scheduled call.
type TimelockOp struct {
	Target common.Address
	Data   []byte
	Salt   [32]byte
}

// Timelock binds the SkyopsTimelock at addr and reads its delay.
func (c *Chain) Timelock(ctx context.Context, addr common.Address) (*Timelock, error) {
	tl, err := NewSkyopsTimelock(addr, c.client)
	if err != nil {
		return nil, fmt.Errorf("binding the timelock at %s: %w", addr, err)
	}
	d, err := tl.GetMinDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("reading the delay of the timelock at %s (is it one?): %w", addr, err)
	}
	return &Timelock{c: c, contract: tl, addr: addr, delay: d}, nil
}

// DeployTimelock deploys a SkyopsTimelock whose calls wait delay seconds,
// proposed and executed by proposer, with no admin (its roles are fixed).
func DeployTimelock(ctx context.Context, c *Chain, delay uint64, proposer common.Address) (common.Address, error) {
	var addr common.Address
	_, err := c.sendAs(ctx, "deploying a timelock", common.Address{}, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		a, tx, _, err := DeploySkyopsTimelock(opts, c.client, new(big.Int).SetUint64(delay), []common.Address{proposer}, []common.Address{proposer}, common.Address{})
		addr = a
		return tx, err
	})
	return addr, err
}

// ParamOp is the timelock call that changes name to value on the
// parameters contract at params, from `from` on. Its salt is the call's
// hash, so the proposal and its execution are named by the change alone:
// a proposer runs `params execute` with the same three values.
func ParamOp(params common.Address, name string, value *big.Int, from time.Time) (TimelockOp, error) {
	data, err := ScheduleCalldata(name, value, from)
	if err != nil {
		return TimelockOp{}, err
	}
	return TimelockOp{Target: params, Data: data, Salt: crypto.Keccak256Hash(data)}, nil
}

// ScheduleParam proposes, through the timelock, the change of name to
// value on the parameters contract at params, from `from` on (ParamOp).
func (t *Timelock) ScheduleParam(ctx context.Context, params common.Address, name string, value *big.Int, from time.Time) (TimelockOp, PaymentTx, error) {
	op, err := ParamOp(params, name, value, from)
	if err != nil {
		return TimelockOp{}, PaymentTx{}, err
	}
	tx, err := t.c.sendAs(ctx, "proposing "+name+" through the timelock", t.addr, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return t.contract.Schedule(opts, op.Target, new(big.Int), op.Data, [32]byte{}, op.Salt, t.delay)
	})
	return op, tx, err
}

// Delay is how long, in seconds, a proposal waits before it may run.
func (t *Timelock) Delay() uint64 { return t.delay.Uint64() }

// Execute runs a proposed call once the timelock's delay has passed.
func (t *Timelock) Execute(ctx context.Context, op TimelockOp) (PaymentTx, error) {
	return t.c.sendAs(ctx, "executing through the timelock", t.addr, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return t.contract.Execute(opts, op.Target, new(big.Int), op.Data, [32]byte{}, op.Salt)
	})
}

// OpState is where a timelock proposal stands: not scheduled, waiting
// until ReadyAt (chain time), or done.
type OpState struct {
	Scheduled bool
	Done      bool
	ReadyAt   time.Time
}

// State reads where op stands at the timelock.
func (t *Timelock) State(ctx context.Context, op TimelockOp) (OpState, error) {
	opts := &bind.CallOpts{Context: ctx}
	id, err := t.contract.HashOperation(opts, op.Target, new(big.Int), op.Data, [32]byte{}, op.Salt)
	if err != nil {
		return OpState{}, fmt.Errorf("hashing a timelock proposal: %w", err)
	}
	ts, err := t.contract.GetTimestamp(opts, id)
	if err != nil {
		return OpState{}, fmt.Errorf("reading timelock proposal %x: %w", id, err)
	}
	switch {
	case ts.Sign() == 0:
		return OpState{}, nil
	case ts.Cmp(big.NewInt(1)) == 0: // OpenZeppelin's _DONE_TIMESTAMP
		return OpState{Scheduled: true, Done: true}, nil
	case !ts.IsInt64():
		return OpState{}, fmt.Errorf("timelock proposal %x: ready at %s, not a time", id, ts)
	}
	return OpState{Scheduled: true, ReadyAt: time.Unix(ts.Int64(), 0)}, nil
}
