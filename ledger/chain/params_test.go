package chain

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/sched"
)

// The network's parameters change only through their governor, with
// notice, in order and within bounds; a TimelockController governor
// changes them by scheduling the call and executing it after its delay.
func TestParamsGovernance(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ka, kb := newKey(t), newKey(t)
	a, err := NewEmbedded(ctx, ka, WithFunded(crypto.PubkeyToAddress(kb.PublicKey)))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	dev := a.PaymentsContracts().Params()
	if dev == nil || dev.Governor() != DevFaucet() || dev.Notice() != DevParamsNotice {
		t.Fatalf("the embedded chain's parameters: %+v", dev)
	}

	// A governor that is a plain key (the deployer's, by default).
	pay, err := DeployPayments(ctx, a, a.Submitter(), eth(1), 2, WithParamsNotice(3))
	if err != nil {
		t.Fatal(err)
	}
	p := pay.Params()
	now := time.Now()
	_, err = p.Schedule(ctx, "refPriceWei", big.NewInt(1), now.Add(time.Hour))
	revertNamed(t, "a value below the bounds", err, "ValueOutOfRange")
	_, err = p.Schedule(ctx, "refPriceWei", eth(1), now)
	revertNamed(t, "a change without notice", err, "NoticeTooShort")
	if _, err := p.Schedule(ctx, "refPriceWei", eth(1), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	_, err = p.Schedule(ctx, "refPriceWei", eth(2), now.Add(30*time.Minute))
	revertNamed(t, "a change before one scheduled", err, "OutOfOrder")
	if _, err := p.Schedule(ctx, "minBond", eth(1), now.Add(2*time.Hour)); err == nil || !strings.Contains(err.Error(), "unknown parameter") {
		t.Errorf("an unknown parameter: %v", err)
	}
	// The $SKYOPS rate has bounds of its own: 10^12 $SKYOPS per ETH at most.
	_, err = p.Schedule(ctx, "microSkyopsPerEth", new(big.Int).Add(big.NewInt(1e18), big.NewInt(1)), now.Add(2*time.Hour))
	revertNamed(t, "a rate above the bounds", err, "ValueOutOfRange")
	if _, err := p.Schedule(ctx, "microSkyopsPerEth", big.NewInt(2500e6), now.Add(2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	// From anyone else.
	b, err := newChain(ctx, "embedded", a.client, a.chainID, a.contract, kb)
	if err != nil {
		t.Fatal(err)
	}
	b.sent = a.sent
	bp, err := b.Payments(ctx, pay.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	_, err = bp.Params().Schedule(ctx, "refPriceWei", eth(3), now.Add(3*time.Hour))
	revertNamed(t, "a change from another key", err, "NotGovernor")
	got, err := p.Changes(ctx)
	if err != nil || len(got) != 2 || got[0].Name != "refPriceWei" || got[0].Value.Cmp(eth(1)) != 0 || got[0].FromTime != uint64(now.Add(time.Hour).Unix()) ||
		got[1].Name != "microSkyopsPerEth" || got[1].Value.Cmp(big.NewInt(2500e6)) != 0 {
		t.Fatalf("changes %+v, %v", got, err)
	}

	// A timelock governor: kb proposes and executes after its delay.
	timelock, err := DeployTimelock(ctx, a, 1, b.Submitter())
	if err != nil {
		t.Fatal(err)
	}
	gov, err := DeployPayments(ctx, a, a.Submitter(), eth(1), 2, WithGovernor(timelock), WithParamsNotice(3))
	if err != nil {
		t.Fatal(err)
	}
	_, err = gov.Params().Schedule(ctx, "refPriceWei", eth(1), now.Add(time.Hour))
	revertNamed(t, "the deployer around its timelock governor", err, "NotGovernor")
	from := time.Now().Add(time.Hour)
	tl, err := b.Timelock(ctx, timelock)
	if err != nil {
		t.Fatal(err)
	}
	op, _, err := tl.ScheduleParam(ctx, gov.Params().Address(), "refPriceWei", big.NewInt(7e17), from)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tl.Execute(ctx, op)
	revertNamed(t, "executing before the timelock's delay", err, "TimelockUnexpectedOperationState")
	time.Sleep(1100 * time.Millisecond)
	if _, err := a.SendETH(ctx, common.Address{9}, big.NewInt(1)); err != nil { // a block after the delay
		t.Fatal(err)
	}
	if _, err := tl.Execute(ctx, op); err != nil {
		t.Fatal(err)
	}
	got, err = gov.Params().Changes(ctx)
	if err != nil || len(got) != 1 || got[0].Value.Cmp(big.NewInt(7e17)) != 0 || got[0].FromTime != uint64(from.Unix()) {
		t.Fatalf("changes through the timelock: %+v, %v", got, err)
	}
}

// The brain's bounds on the governed values (sched.ParamBounds, which
// drop what a hostile RPC endpoint hands a daemon) are the contract's
// own, parameter by parameter, and both know the same names.
func TestParamBoundsMatchTheContract(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := NewEmbedded(ctx, newKey(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	p := a.PaymentsContracts().Params()
	if got, want := slices.Sorted(slices.Values(governedParams())), slices.Sorted(slices.Values(sched.ParamNames())); !slices.Equal(got, want) {
		t.Fatalf("the chain client knows %v, the brain %v", got, want)
	}
	for _, name := range governedParams() {
		lo, hi, ok := sched.ParamBounds(name)
		if !ok {
			t.Fatalf("%s is governed on chain, unknown to the brain", name)
		}
		key, err := ParamKey(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.contract.Bounds(&bind.CallOpts{Context: ctx}, key)
		if err != nil {
			t.Fatal(err)
		}
		if b.Min.Cmp(new(big.Int).SetUint64(lo)) != 0 || b.Max.Cmp(new(big.Int).SetUint64(hi)) != 0 {
			t.Errorf("%s: the contract bounds it to [%s, %s], the brain to [%d, %d]", name, b.Min, b.Max, lo, hi)
		}
	}
}

// A weight may be 0 (its factor off): the contract takes it, lists it, and
// valueAt tells a weight set to 0 from one never set; above 1000 it is out
// of range.
func TestWeightParamZeroIsAValue(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	a, err := NewEmbedded(ctx, newKey(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	pay, err := DeployPayments(ctx, a, a.Submitter(), eth(1), 2, WithParamsNotice(3))
	if err != nil {
		t.Fatal(err)
	}
	p := pay.Params()
	from := time.Now().Add(time.Hour).Truncate(time.Second)
	_, err = p.Schedule(ctx, "repWeight", big.NewInt(1001), from)
	revertNamed(t, "a weight above 1000", err, "ValueOutOfRange")
	if _, err := p.Schedule(ctx, "repWeight", big.NewInt(0), from); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Schedule(ctx, "latencyWeight", big.NewInt(1000), from); err != nil {
		t.Fatal(err)
	}
	got, err := p.Changes(ctx)
	if err != nil || len(got) != 2 || got[0].Name != "repWeight" || got[0].Value.Sign() != 0 || got[1].Name != "latencyWeight" || got[1].Value.Int64() != 1000 {
		t.Fatalf("changes %+v, %v", got, err)
	}
	key, err := ParamKey("repWeight")
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	for _, c := range []struct {
		at  time.Time
		set bool
	}{{from.Add(-time.Second), false}, {from, true}, {from.Add(time.Hour), true}} {
		v, err := p.contract.ValueAt(call, key, uint64(c.at.Unix()))
		if err != nil {
			t.Fatal(err)
		}
		if v.Value.Sign() != 0 || v.Set != c.set {
			t.Errorf("repWeight at %s: (%s, %v), want (0, %v)", c.at, v.Value, v.Set, c.set)
		}
	}
}
