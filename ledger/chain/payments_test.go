package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
)

// revertNamed fails unless err carries the contract's custom error name.
func revertNamed(t *testing.T, what string, err error, name string) {
	t.Helper()
	var re *RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("%s: %v; want the contract's %s", what, err, name)
	}
	if !strings.Contains(err.Error(), "("+name+")") {
		t.Fatalf("%s: the message %q does not name %s", what, err, name)
	}
}

// An owner deposits ETH and $SKYOPS, cannot take out more than it holds,
// waits the delay for what it asks back, and is paid exactly that; every
// refusal is the contract's named error, said as a sentence.
func TestDepositAndWithdraw(t *testing.T) {
	ctx := testCtx(t)
	ka, kb := newKey(t), newKey(t)
	a := newTestEmbedded(t, ka, WithFunded(addrOf(kb)))
	const delay = 3
	pay, err := DeployPayments(ctx, a, addrOf(ka), eth(1_000_000), delay)
	if err != nil {
		t.Fatal(err)
	}
	if pay.WithdrawDelay() != delay {
		t.Fatalf("withdraw delay %d, want %d", pay.WithdrawDelay(), delay)
	}
	account := func(p *Payments, owner common.Address, tok Token) Account {
		t.Helper()
		acc, err := p.Account(ctx, owner, tok)
		if err != nil {
			t.Fatal(err)
		}
		return acc
	}

	// ETH.
	dep, err := pay.Deposit(ctx, ETH, eth(2))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deposit ETH: %d gas", dep.GasUsed)
	if acc := account(pay, addrOf(ka), ETH); acc.Balance.Cmp(eth(2)) != 0 || acc.Withdrawing.Sign() != 0 {
		t.Fatalf("after depositing 2 ETH the account is %+v", acc)
	}
	// $SKYOPS: approve and deposit.
	held, _ := pay.TokenBalance(ctx, addrOf(ka))
	dep, err = pay.Deposit(ctx, SKYOPS, eth(1000))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deposit SKYOPS (the deposit, after its approve): %d gas", dep.GasUsed)
	after, _ := pay.TokenBalance(ctx, addrOf(ka))
	if acc := account(pay, addrOf(ka), SKYOPS); acc.Balance.Cmp(eth(1000)) != 0 || new(big.Int).Sub(held, after).Cmp(eth(1000)) != 0 {
		t.Fatalf("after depositing 1000 SKYOPS the account is %+v and the wallet went from %s to %s", acc, held, after)
	}

	// Bad input, each refused by name.
	_, err = pay.Deposit(ctx, ETH, new(big.Int))
	revertNamed(t, "a zero deposit", err, "ZeroAmount")
	_, _, err = pay.RequestWithdraw(ctx, ETH, eth(3))
	revertNamed(t, "withdrawing more than the balance", err, "InsufficientBalance")
	_, err = pay.Withdraw(ctx, ETH)
	revertNamed(t, "a withdraw never asked for", err, "NothingToWithdraw")
	_, err = pay.Deposit(ctx, SKYOPS, eth(10_000_000))
	revertNamed(t, "depositing more $SKYOPS than held", err, "ERC20InsufficientBalance")
	if acc := account(pay, addrOf(ka), SKYOPS); acc.Balance.Cmp(eth(1000)) != 0 {
		t.Fatalf("a refused deposit changed the account: %+v", acc)
	}

	// Asked back: out of the balance at once, paid after the delay.
	req, at, err := pay.RequestWithdraw(ctx, ETH, eth(1))
	if err != nil {
		t.Fatal(err)
	}
	if at != req.Block+delay {
		t.Fatalf("withdrawable from block %d, asked in block %d with a delay of %d", at, req.Block, delay)
	}
	if acc := account(pay, addrOf(ka), ETH); acc.Balance.Cmp(eth(1)) != 0 || acc.Withdrawing.Cmp(eth(1)) != 0 || acc.WithdrawableAt != at {
		t.Fatalf("after asking 1 ETH back the account is %+v", acc)
	}
	_, err = pay.Withdraw(ctx, ETH)
	revertNamed(t, "a withdraw inside the delay", err, "WithdrawalNotReady")

	// Another owner's key cannot take it.
	b := sameChain(t, a, kb)
	payB, err := b.Payments(ctx, pay.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	for range delay {
		if _, err := pay.TransferToken(ctx, addrOf(kb), eth(1)); err != nil { // blocks go by
			t.Fatal(err)
		}
	}
	_, err = payB.Withdraw(ctx, ETH)
	revertNamed(t, "another key's withdraw", err, "NothingToWithdraw")

	before, _ := a.client.BalanceAt(ctx, addrOf(ka), nil)
	w, err := pay.Withdraw(ctx, ETH)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("request withdraw: %d gas; withdraw: %d gas", req.GasUsed, w.GasUsed)
	got, _ := a.client.BalanceAt(ctx, addrOf(ka), nil)
	if want := new(big.Int).Sub(eth(1), w.FeeWei); new(big.Int).Sub(got, before).Cmp(want) != 0 {
		t.Fatalf("the withdraw paid %s wei net of its fee; want 1 ETH less the %s wei fee", new(big.Int).Sub(got, before), w.FeeWei)
	}
	if acc := account(pay, addrOf(ka), ETH); acc.Balance.Cmp(eth(1)) != 0 || acc.Withdrawing.Sign() != 0 || acc.WithdrawableAt != 0 {
		t.Fatalf("after the withdraw the account is %+v", acc)
	}
	_, err = pay.Withdraw(ctx, ETH)
	revertNamed(t, "withdrawing twice", err, "NothingToWithdraw")
}

// A hostile owner's contract that calls withdraw again from the hook the
// escrow's payment runs is paid once: the inner call reverts, and the
// other owners' deposits stay whole.
func TestReentrantWithdrawIsPaidOnce(t *testing.T) {
	ctx := testCtx(t)
	ka, kb := newKey(t), newKey(t)
	a := newTestEmbedded(t, ka, WithFunded(addrOf(kb)))
	pay, err := DeployPayments(ctx, a, addrOf(ka), eth(1000), 0)
	if err != nil {
		t.Fatal(err)
	}
	payB, err := sameChain(t, a, kb).Payments(ctx, pay.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := payB.Deposit(ctx, ETH, eth(5)); err != nil { // an honest owner's money
		t.Fatal(err)
	}
	var attacker *ReentrantOwner
	var addr common.Address
	a.txMu.Lock()
	_, _, err = a.transact(ctx, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		ad, tx, c, err := DeployReentrantOwner(opts, a.client, pay.Escrow())
		addr, attacker = ad, c
		return tx, err
	})
	if err == nil {
		_, _, err = a.transact(ctx, eth(1), func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return attacker.DepositAndRequest(opts, eth(1))
		})
	}
	if err == nil {
		_, _, err = a.transact(ctx, nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return attacker.Attack(opts)
		})
	}
	a.txMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	reentered, _ := attacker.Reentered(call)
	failed, _ := attacker.ReentryFailed(call)
	if reentered.Sign() == 0 || !failed {
		t.Fatalf("the attack did not run as written: re-entered %v times, inner call failed %v", reentered, failed)
	}
	got, _ := a.client.BalanceAt(ctx, addr, nil)
	held, _ := a.client.BalanceAt(ctx, pay.Escrow(), nil)
	if got.Cmp(eth(1)) != 0 || held.Cmp(eth(5)) != 0 {
		t.Fatalf("after the attack the attacker holds %s wei and the escrow %s; want 1 ETH and the honest owner's 5", got, held)
	}
	if acc, err := payB.Account(ctx, addrOf(kb), ETH); err != nil || acc.Balance.Cmp(eth(5)) != 0 {
		t.Fatalf("the honest owner's account after the attack: %+v, %v", acc, err)
	}
}
