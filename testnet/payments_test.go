package testnet

import (
	"context"
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// Executors are paid from the owner's deposit: a GPU job runs, its
// executor anchors the receipt, claims its batch at the escrow and
// finalizes it after the dispute window; its escrow balance rises by
// exactly the receipt's cost and the owner's falls by the same, and both
// daemons' statements show the receipt settled, with the transaction.
func TestExecutorsArePaidFromDeposits(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "pay", Chain: true, Fleets: []string{"none", "H100:1"},
		Options: func(i int) []node.Option { return []node.Option{node.PriceETH("0.9"), node.RequireDeposits()} }})
	faucet, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, chain.DevFaucetKey())
	if err != nil {
		t.Fatal(err)
	}
	defer faucet.Close()
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	if _, err := faucet.SendETH(ctx, owner.Address(), new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	oc, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, key)
	if err != nil {
		t.Fatal(err)
	}
	defer oc.Close()
	pay, err := oc.Payments(ctx, c.Chain.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	deposit := big.NewInt(1e18)
	if _, err := pay.Deposit(ctx, chain.ETH, deposit); err != nil {
		t.Fatal(err)
	}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	id, err := exec.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	executor := common.HexToAddress(id.Address)
	execBefore, err := pay.Account(ctx, executor, chain.ETH)
	if err != nil {
		t.Fatal(err)
	}

	module := demoModule(t)
	spec := types.JobSpec{
		Network: "pay", Home: c.Nodes[0].ID().String(), Nonce: nonce(), CreatedAt: uint64(time.Now().Unix()),
		Runtime: "wasm", Artifact: result.CIDOf(module), ArtifactSize: uint64(len(module)),
		Args: []string{"--epochs", "1", "--steps", "2", "--sleep-ms", "300"}, Env: []string{}, Model: "demo",
		GPUModel: "H100", GPUCount: 1, RAMMiB: 256, DurationSec: 60, PriceCapWei: "1000000000000000000", InputCIDs: []string{},
	}
	sig, err := types.SignJobSpec(&spec, 1337, owner)
	if err != nil {
		t.Fatal(err)
	}
	req := api.SubmitRequest{Spec: spec, Signature: "0x" + hex.EncodeToString(sig), Artifact: module, Owner: owner.Address().Hex()}
	r, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	j := waitJob(t, ctx, home, r.ID)
	if j.State != "completed" {
		t.Fatalf("job %s", j.State)
	}
	start := time.Now()
	var line api.StatementLine
	for {
		st, err := exec.Earnings(ctx, time.Time{})
		if err == nil && len(st.Lines) == 1 && st.Lines[0].Settled {
			line = st.Lines[0]
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the executor's earnings never settled: %+v %v", st, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Logf("result to funds redeemable: %v (dispute window %d blocks)", time.Since(start).Round(time.Millisecond), chain.DevDisputeWindow)
	cost, _ := new(big.Int).SetString(line.CostWei, 10)
	if cost == nil || cost.Sign() <= 0 || line.TxHash == "" {
		t.Fatalf("settled line %+v", line)
	}
	after, err := pay.Account(ctx, executor, chain.ETH)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after.Balance, execBefore.Balance); got.Cmp(cost) != 0 {
		t.Errorf("the executor's escrow balance rose by %s, the receipt costs %s", got, cost)
	}
	mine, err := pay.Account(ctx, owner.Address(), chain.ETH)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Sub(deposit, cost); mine.Balance.Cmp(want) != 0 {
		t.Errorf("the owner's balance is %s, want the deposit less the cost %s", mine.Balance, want)
	}
	// The owner's daemon reads the settlement from the escrow.
	bill, err := home.Bill(ctx, owner.Address().Hex(), time.Time{})
	if err != nil || len(bill.Lines) != 1 {
		t.Fatalf("bill %+v, %v", bill, err)
	}
	if b := bill.Lines[0]; !b.Settled || b.TxHash != line.TxHash {
		t.Errorf("the owner's bill line %+v; the executor's %+v", b, line)
	}
	// The owner's free balance is the deposit less what was paid: its job
	// ended, so nothing is locked any more.
	bs, err := home.Balances(ctx, owner.Address())
	if err != nil || bs[0].LockedWei != "0" || bs[0].FreeWei != mine.Balance.String() {
		t.Errorf("balances %+v, %v", bs, err)
	}
}
