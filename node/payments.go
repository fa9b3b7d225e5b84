package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// paymentsChain is the connected chain client and its payments contracts
// (nil when the chain has none), or an API error saying why there is no
// chain to talk to.
func (n *Node) paymentsChain() (*chain.Chain, *chain.Payments, error) {
	if n.cfg.NoChain {
		return nil, nil, api.Errorf("unavailable", "this daemon runs without a chain (--no-chain): start it with one to pay or be paid")
	}
	oc, ok := n.currentChain().(ledger.OnChain)
	if !ok || oc.C == nil {
		return nil, nil, api.Errorf("unavailable", "this daemon is not connected to its chain (%s) yet: try again shortly, and see its log if it stays so", n.chainLabel())
	}
	return oc.C, oc.C.PaymentsContracts(), nil
}

// ChainInfo answers GET /v1/chain.
func (n *Node) ChainInfo(ctx context.Context) (*api.ChainInfo, error) {
	c, pay, err := n.paymentsChain()
	if err != nil {
		return nil, err
	}
	info := &api.ChainInfo{ChainID: c.ChainID(), RPC: n.chainLabel(), Embedded: n.cfg.ChainRPC == "", Registry: c.Contract().Hex()}
	if pay != nil {
		info.Escrow, info.Token, info.WithdrawDelayBlocks = pay.Escrow().Hex(), pay.TokenAddress().Hex(), pay.WithdrawDelay()
	}
	if c.ChainID() == chain.SimulatedChainID {
		if b, err := c.BalanceOf(ctx, chain.DevFaucet()); err == nil && b.Sign() > 0 {
			info.DevFaucet = chain.DevFaucet().Hex()
		}
	}
	return info, nil
}

// ChainRelay answers POST /v1/chain/rpc: one JSON-RPC call forwarded to
// the daemon's chain, so a wallet reaches the embedded chain too.
func (n *Node) ChainRelay(ctx context.Context, method string, params []json.RawMessage) (json.RawMessage, error) {
	c, _, err := n.paymentsChain()
	if err != nil {
		return nil, err
	}
	out, err := c.Relay(ctx, method, params)
	var re *chain.RelayError
	switch {
	case errors.As(err, &re):
		return nil, &api.RPCError{Code: re.Code, Message: re.Message, Data: re.Data}
	case errors.Is(err, chain.ErrNotRelayed):
		return nil, api.Errorf("not_found", "%v", err)
	case err != nil:
		return nil, api.Errorf("unavailable", "%v", err)
	}
	return out, nil
}

// Balances answers GET /v1/balance: owner's escrow accounts, with what the
// price caps of its open jobs at this daemon hold.
func (n *Node) Balances(ctx context.Context, owner common.Address) ([]api.Balance, error) {
	c, pay, err := n.paymentsChain()
	if err != nil {
		return nil, err
	}
	if pay == nil {
		return nil, api.Errorf("unavailable", "the chain at %s has no payments contracts for this daemon: start it with --contracts ESCROW (skyops chain deploy prints it)", n.chainLabel())
	}
	locked := n.lockedBy(owner)
	var out []api.Balance
	for _, t := range []chain.Token{chain.ETH, chain.SKYOPS} {
		a, err := pay.Account(ctx, owner, t)
		if err != nil {
			return nil, api.Errorf("unavailable", "%v", err)
		}
		var wallet *big.Int
		if t == chain.ETH {
			wallet, err = c.BalanceOf(ctx, owner)
		} else {
			wallet, err = pay.TokenBalance(ctx, owner)
		}
		if err != nil {
			return nil, api.Errorf("unavailable", "%v", err)
		}
		l := locked[string(t)]
		free := new(big.Int).Sub(a.Balance, l)
		if free.Sign() < 0 {
			free.SetInt64(0)
		}
		out = append(out, api.Balance{
			Token: string(t), FreeWei: free.String(), LockedWei: l.String(), BalanceWei: a.Balance.String(),
			WithdrawingWei: a.Withdrawing.String(), WithdrawableAtBlock: a.WithdrawableAt, WalletWei: wallet.String(),
		})
	}
	return out, nil
}

// freeDeposit is what owner has at the escrow in tok that no job this
// daemon is home to holds (never below 0).
func (n *Node) freeDeposit(ctx context.Context, owner common.Address, tok chain.Token) (*big.Int, error) {
	_, pay, err := n.paymentsChain()
	if err != nil {
		return nil, err
	}
	if pay == nil {
		return nil, api.Errorf("unavailable", "this daemon requires deposits but its chain has no payments contracts: start it with --contracts ESCROW")
	}
	a, err := pay.Account(ctx, owner, tok)
	if err != nil {
		return nil, api.Errorf("unavailable", "reading the owner's deposit: %v", err)
	}
	free := new(big.Int).Sub(a.Balance, n.lockedBy(owner)[string(tok)])
	if free.Sign() < 0 {
		free.SetInt64(0)
	}
	return free, nil
}

// MaxCost is the most a job can cost, in its payment token: its price cap
// (in that token) for all its GPUs, or for a CPU-only job all its cores
// (at least one), over its whole maximum run time; zero for a job without
// a cap.
func MaxCost(s *types.JobSpec) *big.Int {
	capWei, ok := new(big.Int).SetString(s.PriceCapWei, 10)
	if !ok || capWei.Sign() <= 0 {
		return new(big.Int)
	}
	return types.CostFor(uint64(billedUnits(s))*s.DurationSec*1000, capWei)
}

// billedUnits are what a job's price is per hour of: its GPUs, or its
// cores (at least one) for a CPU-only job, as its receipt bills them.
func billedUnits(s *types.JobSpec) uint32 {
	if s.GPUCount > 0 {
		return s.GPUCount
	}
	return s.HeldCores()
}

// lockedBy sums, per payment token, the maximum cost of owner's jobs this
// daemon is home to that have not ended: what their caps hold of the
// owner's balance.
func (n *Node) lockedBy(owner common.Address) map[string]*big.Int {
	out := map[string]*big.Int{string(chain.ETH): new(big.Int), string(chain.SKYOPS): new(big.Int)}
	self := n.key.PeerID()
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, j := range n.brain.Jobs() {
		if j.Spec == nil || j.Owner != owner || j.Home != self || j.State.Terminal() {
			continue
		}
		if sum, ok := out[j.Spec.PaysIn()]; ok {
			sum.Add(sum, MaxCost(j.Spec))
		}
	}
	// A workflow's instances not yet released hold their caps too.
	for _, w := range n.brain.Workflows() {
		if w.Owner != owner || w.Event.Actor != self {
			continue
		}
		for i := range uint32(w.Run.Len()) {
			if s, _ := w.Run.State(i); s != sched.InstanceWaiting {
				continue
			}
			if spec := w.Graph.InstanceSpec(i); spec != nil {
				if sum, ok := out[spec.PaysIn()]; ok {
					sum.Add(sum, MaxCost(spec))
				}
			}
		}
	}
	return out
}

// checkDeposit refuses a job whose owner's free balance at the escrow
// cannot cover its maximum cost (the caller holds depositMu until the job
// is admitted). The answer says how much more to deposit and how.
func (n *Node) checkDeposit(ctx context.Context, owner common.Address, spec *types.JobSpec) error {
	need := MaxCost(spec)
	if need.Sign() == 0 {
		return api.Errorf("bad_request", "this daemon takes only jobs paid from a deposit, and a job without a price cap has no most it can cost: name one (--price-cap)")
	}
	tok := chain.Token(spec.PaysIn())
	free, err := n.freeDeposit(ctx, owner, tok)
	if err != nil || free.Cmp(need) >= 0 {
		return err
	}
	amount := types.FormatETH(new(big.Int).Sub(need, free))
	units := fmt.Sprintf("%d GPUs", spec.GPUCount)
	if spec.GPUCount == 0 {
		units = fmt.Sprintf("%d cores", billedUnits(spec))
	}
	return api.Errorf("payment_required", "the job may cost up to %s %s (its price cap × %s × %d s) and %s has %s %s free at the escrow: deposit at least %s %s more: skyops deposit %s %s",
		types.FormatETH(need), tok, units, spec.DurationSec, owner.Hex(), types.FormatETH(free), tok, amount, tok, amount, tok)
}
