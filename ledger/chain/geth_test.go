package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/internal/gethdev"
	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// TestGethDevNode runs the whole anchor-and-verify scenario against a real
// geth --dev node, built by make tools from the go-ethereum version pinned
// in go.mod (a tool dependency there).
func TestGethDevNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	geth := gethdev.Binary(t, ctx)
	t.Logf("geth binary ready in %v: %s", time.Since(start).Round(time.Millisecond), geth)

	url := gethdev.Start(t, ctx, geth)

	k1, k2 := newKey(t), newKey(t)
	fundFromDevAccount(t, ctx, url, crypto.PubkeyToAddress(k1.PublicKey), crypto.PubkeyToAddress(k2.PublicKey))

	addr, err := Deploy(ctx, url, k1)
	if err != nil {
		t.Fatal(err)
	}
	c1, err := Dial(ctx, url, addr, k1)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	c2, err := Dial(ctx, url, addr, k2)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if c1.ChainID() != 1337 {
		t.Fatalf("geth --dev chain id %d", c1.ChainID())
	}
	checkAnchorAndVerify(t, ctx, c1, c2)

	// A read-only verifier, as on a machine that only has the chain.
	ro, err := Dial(ctx, url, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, tr := batch(t, "geth", 2, k2)
	a, err := c1.Anchor(ctx, tr.Root(), 2)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := ro.Lookup(ctx, c1.Submitter(), tr.Root())
	if err != nil || !ok || got != a {
		t.Fatalf("read-only Lookup = %+v, %v, %v; want %+v", got, ok, err, a)
	}
	t.Logf("anchor on geth --dev: block %d, %d gas; whole test %v", a.Block, a.GasUsed, time.Since(start).Round(time.Millisecond))
}

// fundFromDevAccount sends 100 ETH to each address from geth's unlocked
// dev account and waits until the transfers are mined.
func fundFromDevAccount(t *testing.T, ctx context.Context, url string, to ...common.Address) {
	t.Helper()
	for _, addr := range to {
		if _, err := TopUpFromDevAccount(ctx, url, addr, eth(100)); err != nil {
			t.Fatal(err)
		}
	}
}

// gethEscrow is a fresh geth --dev with the registry, token, parameters
// and escrow deployed by a funded key (dc, dp: the token's holder).
type gethEscrow struct {
	url string
	reg common.Address
	dc  *Chain
	dp  *Payments
}

// newGethEscrow starts geth --dev, funds the deployer and keys with 100 ETH
// each, and deploys the contracts with withdrawDelay and opts.
func newGethEscrow(t *testing.T, ctx context.Context, withdrawDelay uint64, keys []*ecdsa.PrivateKey, opts ...PaymentsOption) *gethEscrow {
	t.Helper()
	url := gethdev.Start(t, ctx, gethdev.Binary(t, ctx))
	deployer := newKey(t)
	for _, k := range append([]*ecdsa.PrivateKey{deployer}, keys...) {
		// The dev faucet holds nothing on geth: FundDev pays from geth's
		// own developer account (what skyops chain fund --rpc does).
		if _, err := FundDev(ctx, url, crypto.PubkeyToAddress(k.PublicKey), eth(100)); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := Deploy(ctx, url, deployer)
	if err != nil {
		t.Fatal(err)
	}
	dc, err := Dial(ctx, url, reg, deployer)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(dc.Close)
	dp, err := DeployPayments(ctx, dc, dc.Submitter(), eth(1_000_000), withdrawDelay, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return &gethEscrow{url: url, reg: reg, dc: dc, dp: dp}
}

// client is key's client of the registry and the escrow.
func (g *gethEscrow) client(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey) (*Chain, *Payments) {
	t.Helper()
	c, err := Dial(ctx, g.url, g.reg, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	p, err := c.Payments(ctx, g.dp.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	return c, p
}

// TestGethDevPayments: on a real geth --dev, the token and escrow deploy,
// an owner deposits ETH and $SKYOPS and withdraws after the delay, refusals
// come back as named errors, and ethers.js (where installed) reads it all
// as a standard ERC-20 and the escrow's views.
func TestGethDevPayments(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	owner := newKey(t)
	g := newGethEscrow(t, ctx, 2, []*ecdsa.PrivateKey{owner})
	dc, dp, reg, url := g.dc, g.dp, g.reg, g.url
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	if _, err := dp.TransferToken(ctx, ownerAddr, eth(500)); err != nil {
		t.Fatal(err)
	}
	_, op := g.client(t, ctx, owner)
	if _, err := op.Deposit(ctx, ETH, eth(3)); err != nil {
		t.Fatal(err)
	}
	tx, err := op.Deposit(ctx, SKYOPS, eth(200))
	if err != nil || tx.Approve == nil {
		t.Fatalf("deposit $SKYOPS: %+v, %v (want the approval too)", tx, err)
	}
	_, _, err = op.RequestWithdraw(ctx, ETH, eth(4))
	revertNamed(t, "withdrawing more than the balance", err, "InsufficientBalance")
	if _, _, err := op.RequestWithdraw(ctx, ETH, eth(1)); err != nil {
		t.Fatal(err)
	}
	_, err = op.Withdraw(ctx, ETH)
	revertNamed(t, "withdrawing at once", err, "WithdrawalNotReady")
	for range 2 { // geth --dev mines a block per transaction
		if _, err := dc.SendETH(ctx, common.Address{1}, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := op.Withdraw(ctx, ETH); err != nil {
		t.Fatal(err)
	}
	a, err := op.Account(ctx, ownerAddr, ETH)
	if err != nil || a.Balance.Cmp(eth(2)) != 0 || a.Withdrawing.Sign() != 0 {
		t.Fatalf("ETH account after the withdrawal: %+v, %v", a, err)
	}
	a, err = op.Account(ctx, ownerAddr, SKYOPS)
	if err != nil || a.Balance.Cmp(eth(200)) != 0 {
		t.Fatalf("$SKYOPS account: %+v, %v", a, err)
	}
	ethersCheck(t, ctx, url, dp.Escrow(), ownerAddr, func(got ethersView) {
		if got.Token.Symbol != "SKYOPS" || got.Token.Decimals != 18 || got.Token.OwnerBalance != eth(300).String() ||
			got.Escrow.Eth.Balance != eth(2).String() || got.Escrow.Skyops.Balance != eth(200).String() || got.Escrow.Registry != reg.Hex() {
			t.Errorf("ethers.js on geth --dev reads %+v", got)
		}
	})
}

// gethReceipts are n receipts the executor signed for the owner's jobs,
// sealed and opened as the daemon does, as the items that pay them, with
// the Merkle tree the executor anchors (the receipts' digests in order).
func gethReceipts(t *testing.T, tag string, n int, executor *ecdsa.PrivateKey, owner common.Address) ([]PaymentItem, *merkle.Tree) {
	t.Helper()
	const network = "skyops-test"
	items := make([]PaymentItem, n)
	leaves := make([]common.Hash, n)
	for i := range items {
		// Prices and times that leave a remainder: the cost is rounded down.
		price := new(big.Int).Add(big.NewInt(2e15), big.NewInt(int64(7*i+3)))
		gpus, wall := uint32(1+i%2), uint64(61_003*(i+1))
		r := &types.Receipt{
			Job: crypto.Keccak256Hash(fmt.Appendf(nil, "%s job %d", tag, i)), Attempt: 1,
			Owner: owner, Executor: crypto.PubkeyToAddress(executor.PublicKey), Outcome: types.OutcomeCompleted,
			StartMs: 1_000, EndMs: 1_000 + wall, GPUModel: "A100", GPUs: gpus, WallMs: wall, GPUMs: uint64(gpus) * wall,
			PriceWei: price, CostWei: types.CostFor(uint64(gpus)*wall, price),
		}
		sealed, err := types.SealReceipt(network, r, types.KeySigner{Key: executor})
		if err != nil {
			t.Fatal(err)
		}
		op, err := types.OpenReceipt(network, sealed)
		if err != nil {
			t.Fatal(err)
		}
		items[i] = PaymentItem{Job: r.Job, Attempt: r.Attempt, Owner: r.Owner, Token: ETH,
			PriceWei: r.PriceWei, BilledMs: r.BilledMs(), CostWei: r.CostWei, ReceiptDigest: op.Digest}
		leaves[i] = merkle.Leaf(op.Digest)
	}
	tr, err := merkle.Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return items, tr
}

// TestGethDevRedeem: on a real geth --dev, an executor anchors a batch of
// receipts it signed for an owner's jobs, claims their payment at the
// escrow, and once the dispute window has passed is paid exactly their
// cost from the owner's deposit; claiming the root again and finalizing
// inside the window are refused by name, and a claim with a tampered cost
// is voided by the owner's dispute of that leaf and pays nothing.
func TestGethDevRedeem(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const window = 6 // blocks, so transactions on geth --dev
	executor, owner := newKey(t), newKey(t)
	g := newGethEscrow(t, ctx, 2, []*ecdsa.PrivateKey{executor, owner}, WithDisputeWindow(window))
	ec, ep := g.client(t, ctx, executor)
	_, op := g.client(t, ctx, owner)
	execAddr, ownerAddr := ec.Submitter(), crypto.PubkeyToAddress(owner.PublicKey)
	if _, err := op.Deposit(ctx, ETH, eth(5)); err != nil {
		t.Fatal(err)
	}
	balance := func(who common.Address) *big.Int {
		t.Helper()
		a, err := ep.Account(ctx, who, ETH)
		if err != nil {
			t.Fatal(err)
		}
		return a.Balance
	}
	execBefore, ownerBefore := balance(execAddr), balance(ownerAddr)

	// The honest batch: several receipts of the owner's, anchored, claimed.
	items, tr := gethReceipts(t, "honest", 5, executor, ownerAddr)
	sum := new(big.Int)
	for _, it := range items {
		sum.Add(sum, it.CostWei)
	}
	if _, err := ec.Anchor(ctx, tr.Root(), uint64(tr.Len())); err != nil {
		t.Fatal(err)
	}
	r, err := ep.BuildRedemption(items)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Owed) != 1 || r.Owed[0].Owner != ownerAddr || r.Owed[0].Token != (common.Address{}) || r.Owed[0].AmountWei.Cmp(sum) != 0 {
		t.Fatalf("owed totals %+v; want the owner's %s wei of ETH", r.Owed, sum)
	}
	id, claim, err := ep.Claim(ctx, tr.Root(), r)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = ep.Claim(ctx, tr.Root(), r)
	revertNamed(t, "claiming the root again", err, "RootAlreadyClaimed")
	_, err = ep.Finalize(ctx, id, r.Owed)
	revertNamed(t, "finalizing inside the dispute window", err, "StillInDisputeWindow")
	ci, err := ep.ClaimOf(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if ci.State != ClaimPending || ci.Executor != execAddr || ci.ReadyAt != claim.Block+window || ci.Count != uint64(len(items)) ||
		ci.PaymentsRoot != r.Root || ci.OwedHash != r.OwedHash() || ci.AnchorRoot != tr.Root() || ci.TxHash != claim.TxHash {
		t.Fatalf("the claim reads %+v; claimed in block %d", ci, claim.Block)
	}

	// A tampered batch: one leaf costs a wei more than its GPU time at its
	// price (the sums follow it, so only the cost is false). The owner, as a
	// watcher, audits the published leaves and voids the claim with that leaf.
	items2, tr2 := gethReceipts(t, "tampered", 3, executor, ownerAddr)
	if _, err := ec.Anchor(ctx, tr2.Root(), uint64(tr2.Len())); err != nil {
		t.Fatal(err)
	}
	leaves := must(ep.BuildRedemption(items2)).Leaves
	leaves[1].CostWei = new(big.Int).Add(leaves[1].CostWei, big.NewInt(1))
	bad, err := AssembleRedemption(leaves, Resum(leaves))
	if err != nil {
		t.Fatal(err)
	}
	badID, _, err := ep.Claim(ctx, tr2.Root(), bad)
	if err != nil {
		t.Fatal(err)
	}
	bci, err := op.ClaimOf(ctx, badID)
	if err != nil {
		t.Fatal(err)
	}
	found, err := Audit(bad, bci)
	if err != nil || len(found) != 1 || found[0] != (Finding{Fraud: FraudCost, Dispute: ByLeaf, Index: 1}) {
		t.Fatalf("Audit of the tampered claim: %v, %v; want a wrong cost at leaf 1", found, err)
	}
	dis, err := op.DisputeLeaf(ctx, badID, bad, 1)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := g.dc.client.TransactionReceipt(ctx, dis.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	var voided *SkyopsEscrowVoided
	for _, l := range rc.Logs {
		if ev, err := ep.escrow.ParseVoided(*l); err == nil {
			voided = ev
		}
	}
	if voided == nil || voided.ClaimId != badID || Fraud(voided.Fraud) != FraudCost {
		t.Fatalf("the dispute's Voided event: %+v; want claim %s voided for %s", voided, badID, FraudCost)
	}
	if s := must(op.ClaimOf(ctx, badID)).State; s != ClaimVoided {
		t.Fatalf("the tampered claim is %s after the dispute", s)
	}
	_, err = ep.Finalize(ctx, badID, bad.Owed)
	revertNamed(t, "finalizing the voided claim", err, "ClaimNotPending")

	// Past the window (geth --dev mines a block per transaction), finalize.
	for {
		head, err := g.dc.HeadBlock(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if head >= ci.ReadyAt {
			break
		}
		if _, err := g.dc.SendETH(ctx, common.Address{1}, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	fin, err := ep.Finalize(ctx, id, r.Owed)
	if err != nil {
		t.Fatal(err)
	}
	if s := must(ep.ClaimOf(ctx, id)).State; s != ClaimPaid {
		t.Fatalf("the claim is %s after finalize", s)
	}
	if tx, err := ep.RedeemedTx(ctx, id, ci.ReadyAt); err != nil || tx != fin.TxHash {
		t.Fatalf("RedeemedTx = %s, %v; finalized by %s", tx, err, fin.TxHash)
	}
	_, err = ep.Finalize(ctx, id, r.Owed)
	revertNamed(t, "finalizing twice", err, "ClaimNotPending")
	if got := new(big.Int).Sub(balance(execAddr), execBefore); got.Cmp(sum) != 0 {
		t.Errorf("the executor's escrow balance rose by %s wei; want the receipts' cost, %s", got, sum)
	}
	if got := new(big.Int).Sub(ownerBefore, balance(ownerAddr)); got.Cmp(sum) != 0 {
		t.Errorf("the owner's escrow balance fell by %s wei; want the receipts' cost, %s", got, sum)
	}
	t.Logf("on geth --dev: claim of %d receipts %d gas, finalize %d gas; a tampered claim voided by a %d-gas dispute",
		len(items), claim.GasUsed, fin.GasUsed, dis.GasUsed)
}
