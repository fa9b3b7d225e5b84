package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// redeemEnv is an escrow on an embedded chain with an executor (the
// deployer), funded owners, and a watcher that disputes and finalizes.
type redeemEnv struct {
	t       testing.TB
	ctx     context.Context
	c       *Chain
	exec    *Payments
	watcher *Payments
	owners  []*Payments
	spare   *ecdsa.PrivateKey // funded, for a second executor
	window  uint64
	noAudit bool // voided does not Audit (a duplicate across claims)
}

// with is e reporting to t (a subtest).
func (e *redeemEnv) with(t testing.TB) *redeemEnv {
	c := *e
	c.t = t
	return &c
}

func newRedeemEnv(t testing.TB, window uint64, owners int, opts ...EmbeddedOption) *redeemEnv {
	t.Helper()
	ctx := testCtx(t)
	// Fixed keys: the same addresses, so the same calldata and gas, each run.
	ke, kw, ks := seededKey(t, "executor"), seededKey(t, "watcher"), seededKey(t, "spare")
	keys := make([]*ecdsa.PrivateKey, owners)
	addrs := []common.Address{addrOf(kw), addrOf(ks)}
	for i := range keys {
		keys[i] = seededKey(t, fmt.Sprint("owner ", i))
		addrs = append(addrs, addrOf(keys[i]))
	}
	c := newTestEmbedded(t, ke, append(opts, WithFunded(addrs...))...)
	pay, err := DeployPayments(ctx, c, addrOf(ke), eth(1_000_000), 50, WithDisputeWindow(window))
	if err != nil {
		t.Fatal(err)
	}
	e := &redeemEnv{t: t, ctx: ctx, c: c, exec: pay, window: window, spare: ks, watcher: e2p(t, ctx, c, kw, pay)}
	for _, k := range keys {
		if _, err := pay.TransferToken(ctx, addrOf(k), eth(1000)); err != nil {
			t.Fatal(err)
		}
		po := e2p(t, ctx, c, k, pay)
		if _, err := po.Deposit(ctx, ETH, eth(10)); err != nil {
			t.Fatal(err)
		}
		if _, err := po.Deposit(ctx, SKYOPS, eth(100)); err != nil {
			t.Fatal(err)
		}
		e.owners = append(e.owners, po)
	}
	return e
}

func seededKey(t testing.TB, seed string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("skyops redeem test key " + seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// e2p is key's client of pay's escrow on c's chain.
func e2p(t testing.TB, ctx context.Context, c *Chain, key *ecdsa.PrivateKey, pay *Payments) *Payments {
	t.Helper()
	p, err := sameChain(t, c, key).Payments(ctx, pay.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// payer is who pays an item, in what.
type payer struct {
	owner common.Address
	token Token
}

// items are n receipts, item i paid by payers[i%len(payers)]; tag keeps
// the jobs and digests of different batches apart.
func items(tag string, n int, payers ...payer) []PaymentItem {
	out := make([]PaymentItem, n)
	for i := range out {
		p := payers[i%len(payers)]
		price := new(big.Int).Add(big.NewInt(1e15), big.NewInt(int64(i)))
		gpuMs := uint64(60_000 * (i + 1))
		out[i] = PaymentItem{
			Job: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s job %d", tag, i/2))), Attempt: uint32(i % 2),
			Owner: p.owner, Token: p.token, PriceWei: price, BilledMs: gpuMs, CostWei: types.CostFor(gpuMs, price),
			ReceiptDigest: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s receipt %d", tag, i))),
		}
	}
	return out
}

// anchor anchors, from p's key, the Merkle root of the receipts paid by r.
func (e *redeemEnv) anchor(p *Payments, r *Redemption) common.Hash {
	e.t.Helper()
	digests := make([]common.Hash, len(r.Leaves))
	for i, l := range r.Leaves {
		digests[i] = merkle.Leaf(l.ReceiptDigest)
	}
	tr := must(merkle.Build(digests))
	if _, err := p.c.Anchor(e.ctx, tr.Root(), uint64(len(digests))); err != nil {
		e.t.Fatal(err)
	}
	return tr.Root()
}

// claim anchors r's receipts and claims r from p's key.
func (e *redeemEnv) claim(p *Payments, r *Redemption) (common.Hash, PaymentTx) {
	e.t.Helper()
	id, tx, err := p.Claim(e.ctx, e.anchor(p, r), r)
	if err != nil {
		e.t.Fatal(err)
	}
	return id, tx
}

// advanceTo sends transactions until the chain's head is block n.
func (e *redeemEnv) advanceTo(n uint64) {
	e.t.Helper()
	for {
		h, err := e.c.client.HeaderByNumber(e.ctx, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		if h.Number.Uint64() >= n {
			return
		}
		if _, err := e.exec.TransferToken(e.ctx, e.watcher.c.from, big.NewInt(1)); err != nil {
			e.t.Fatal(err)
		}
	}
}

func (e *redeemEnv) balance(p *Payments, who common.Address, tok Token) *big.Int {
	e.t.Helper()
	a, err := p.Account(e.ctx, who, tok)
	if err != nil {
		e.t.Fatal(err)
	}
	return a.Balance
}

func (e *redeemEnv) state(id common.Hash) ClaimState {
	e.t.Helper()
	ci, err := e.exec.ClaimOf(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return ci.State
}

// logs are the logs of tx.
func (e *redeemEnv) logs(tx PaymentTx) []*ethtypes.Log {
	e.t.Helper()
	rc, err := e.c.client.TransactionReceipt(e.ctx, tx.TxHash)
	if err != nil {
		e.t.Fatal(err)
	}
	return rc.Logs
}

// audited fails unless Audit of r, the redemption of claim id, finds f.
func (e *redeemEnv) audited(what string, id common.Hash, r *Redemption, f Fraud) {
	e.t.Helper()
	ci, err := e.watcher.ClaimOf(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	found, err := Audit(r, ci)
	if err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
	for _, x := range found {
		if x.Fraud == f {
			return
		}
	}
	e.t.Fatalf("%s: Audit found %v, not %s", what, found, f)
}

// voided fails unless tx voided claim id, of redemption r, for fraud f,
// and the claim can then not be finalized.
func (e *redeemEnv) voided(what string, id common.Hash, r *Redemption, tx PaymentTx, err error, f Fraud) {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("%s: the dispute failed: %v", what, err)
	}
	if !e.noAudit {
		e.audited(what, id, r, f) // Audit reads the voided claim: its commitments stay
	}
	for _, l := range e.logs(tx) {
		if ev, perr := e.exec.escrow.ParseVoided(*l); perr == nil {
			if ev.ClaimId != id || Fraud(ev.Fraud) != f {
				e.t.Fatalf("%s: voided claim %x for %s; want claim %s for %s", what, ev.ClaimId, Fraud(ev.Fraud), id, f)
			}
			if s := e.state(id); s != ClaimVoided {
				e.t.Fatalf("%s: the claim is %s after the dispute", what, s)
			}
			_, err := e.watcher.Finalize(e.ctx, id, r.Owed)
			revertNamed(e.t.(*testing.T), what+": finalizing the voided claim", err, "ClaimNotPending")
			return
		}
	}
	e.t.Fatalf("%s: no Voided event", what)
}

// An honest claim from two owners in ETH and $SKYOPS waits its window,
// withstands every dispute, and pays the executor exactly what each owner
// owed; every misuse is refused by name.
func TestRedeemHonest(t *testing.T) {
	const window = 12
	e := newRedeemEnv(t, window, 2)
	o1, o2 := e.owners[0].c.from, e.owners[1].c.from
	r, err := e.exec.BuildRedemption(items("honest", 9, payer{o1, ETH}, payer{o2, SKYOPS}, payer{o1, SKYOPS}))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Owed) != 3 {
		t.Fatalf("%d owed totals, want 3 (o1 ETH, o1 SKYOPS, o2 SKYOPS)", len(r.Owed))
	}
	want := map[payer]*big.Int{}
	for _, o := range r.Owed {
		tok := ETH
		if o.Token != (common.Address{}) {
			tok = SKYOPS
		}
		want[payer{o.Owner, tok}] = o.AmountWei
	}
	execAddr := e.exec.c.from
	before := map[payer]*big.Int{}
	for _, p := range []payer{{o1, ETH}, {o1, SKYOPS}, {o2, SKYOPS}, {o2, ETH}, {execAddr, ETH}, {execAddr, SKYOPS}} {
		before[p] = e.balance(e.exec, p.owner, p.token)
	}

	_, _, err = e.exec.Claim(e.ctx, crypto.Keccak256Hash([]byte("never anchored")), r)
	revertNamed(t, "claiming a root never anchored", err, "RootNotAnchored")
	root := e.anchor(e.exec, r)
	_, _, err = e.watcher.Claim(e.ctx, root, r)
	revertNamed(t, "claiming another executor's root", err, "RootNotAnchored")
	rev := &Redemption{Leaves: r.Leaves, Owed: slices.Clone(r.Owed), Root: r.Root, levels: r.levels}
	slices.Reverse(rev.Owed)
	_, _, err = e.exec.Claim(e.ctx, root, rev)
	revertNamed(t, "claiming unsorted totals", err, "OwedNotSorted")
	_, _, err = e.exec.Claim(e.ctx, root, &Redemption{Leaves: r.Leaves[:1], Owed: r.Owed, Root: r.Root, levels: r.levels})
	revertNamed(t, "claiming more totals than leaves", err, "EmptyClaim")
	id, tx, err := e.exec.Claim(e.ctx, root, r)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("claim of %d receipts: %d gas", r.Count(), tx.GasUsed)
	_, _, err = e.exec.Claim(e.ctx, root, r)
	revertNamed(t, "claiming a root twice", err, "RootAlreadyClaimed")
	ci, err := e.exec.ClaimOf(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if ci.State != ClaimPending || ci.Executor != execAddr || ci.ReadyAt != tx.Block+window || ci.Count != 9 || ci.PaymentsRoot != r.Root || ci.OwedHash != r.OwedHash() ||
		ci.AnchorRoot != root || ci.TxHash != tx.TxHash {
		t.Fatalf("the claim reads %+v; claimed in block %d", ci, tx.Block)
	}

	_, err = e.watcher.Finalize(e.ctx, id, r.Owed)
	revertNamed(t, "finalizing inside the window", err, "StillInDisputeWindow")
	// Every dispute of an honest claim is refused.
	for i := range r.Count() {
		_, err = e.watcher.DisputeLeaf(e.ctx, id, r, i)
		revertNamed(t, fmt.Sprintf("disputing honest leaf %d", i), err, "NotAFraud")
		_, err = e.watcher.DisputeOwed(e.ctx, id, r, i)
		revertNamed(t, fmt.Sprintf("disputing honest leaf %d's total", i), err, "NotAFraud")
		if i+1 < r.Count() {
			_, err = e.watcher.DisputePair(e.ctx, id, r, i)
			revertNamed(t, fmt.Sprintf("disputing honest leaves %d, %d", i, i+1), err, "NotAFraud")
		}
	}
	_, err = e.watcher.DisputeDuplicate(e.ctx, id, r, 0, id, r, 0)
	revertNamed(t, "a leaf as its own duplicate", err, "NotAFraud")
	other := must(BuildRedemption(e.exec.TokenAddress(), items("other", 9, payer{o1, ETH})))
	_, err = e.watcher.DisputeLeaf(e.ctx, id, other, 3)
	revertNamed(t, "a leaf of another tree", err, "BadProof")
	_, err = e.watcher.DisputeLeaf(e.ctx, common.Hash{1}, r, 0)
	revertNamed(t, "disputing no claim", err, "UnknownClaim")
	if none, err := e.watcher.ClaimOf(e.ctx, common.Hash{1}); err != nil || none.State != ClaimNone {
		t.Fatalf("ClaimOf no claim: %+v, %v", none, err)
	}

	if found, err := Audit(r, ci); err != nil || len(found) != 0 {
		t.Fatalf("Audit of the honest claim: %v, %v", found, err)
	}
	if _, err := Audit(other, ci); err == nil {
		t.Fatal("Audit took another tree's leaves for the claim's")
	}
	e.advanceTo(ci.ReadyAt)
	_, err = e.watcher.DisputePair(e.ctx, id, r, 0)
	revertNamed(t, "disputing after the window", err, "DisputeWindowClosed")
	wrong := append([]Owed(nil), r.Owed...)
	wrong[0] = Owed{Owner: wrong[0].Owner, Token: wrong[0].Token, AmountWei: new(big.Int).Add(wrong[0].AmountWei, big.NewInt(1))}
	_, err = e.watcher.Finalize(e.ctx, id, wrong)
	revertNamed(t, "finalizing with other totals", err, "OwedMismatch")
	fin, err := e.watcher.Finalize(e.ctx, id, r.Owed)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("finalize with %d owed totals: %d gas", len(r.Owed), fin.GasUsed)
	_, err = e.watcher.Finalize(e.ctx, id, r.Owed)
	revertNamed(t, "finalizing twice", err, "ClaimNotPending")
	if s := e.state(id); s != ClaimPaid {
		t.Fatalf("the claim is %s after finalize", s)
	}

	paid := map[Token]*big.Int{ETH: new(big.Int), SKYOPS: new(big.Int)}
	for p, w := range want {
		got := new(big.Int).Sub(before[p], e.balance(e.exec, p.owner, p.token))
		if got.Cmp(w) != 0 {
			t.Errorf("%s paid %s wei of %s, owed %s", p.owner, got, p.token, w)
		}
		paid[p.token].Add(paid[p.token], w)
	}
	if got := e.balance(e.exec, o2, ETH); got.Cmp(before[payer{o2, ETH}]) != 0 {
		t.Errorf("o2's ETH, which it owed nothing of, went from %s to %s", before[payer{o2, ETH}], got)
	}
	for _, tok := range []Token{ETH, SKYOPS} {
		got := new(big.Int).Sub(e.balance(e.exec, execAddr, tok), before[payer{execAddr, tok}])
		if got.Cmp(paid[tok]) != 0 || got.Sign() == 0 {
			t.Errorf("the executor's %s balance rose by %s, want %s", tok, got, paid[tok])
		}
	}
	// And it withdraws through the usual delay.
	if _, _, err := e.exec.RequestWithdraw(e.ctx, ETH, paid[ETH]); err != nil {
		t.Fatal(err)
	}
}

// Hostile executors' claims are each voided by the dispute that proves
// their fraud, and then pay nothing.
func TestRedeemHostile(t *testing.T) {
	e := newRedeemEnv(t, 1000, 2)
	o1, o2 := e.owners[0].c.from, e.owners[1].c.from
	payers := []payer{{o1, ETH}, {o2, SKYOPS}, {o1, SKYOPS}}
	sky := e.exec.TokenAddress()
	honest := func(tag string) *Redemption { return must(BuildRedemption(sky, items(tag, 9, payers...))) }
	// hostile rebuilds the tree after mutate changes the honest leaves;
	// resum recomputes the sums and totals, so that only the change is false.
	hostile := func(tag string, resum bool, mutate func([]PaymentLeaf) []PaymentLeaf) *Redemption {
		h := honest(tag)
		leaves := mutate(h.Leaves)
		owed := h.Owed
		if resum {
			owed = Resum(leaves)
		}
		return must(AssembleRedemption(leaves, owed))
	}
	plus1 := func(x *big.Int) *big.Int { return new(big.Int).Add(x, big.NewInt(1)) }
	lastOfRun := func(r *Redemption, run uint64) int {
		i := -1
		for j, l := range r.Leaves {
			if l.Run == run {
				i = j
			}
		}
		return i
	}

	t.Run("inflated total, mid-run", func(t *testing.T) {
		e := e.with(t)
		r := honest("inflate0")
		r.Owed[0].AmountWei = plus1(r.Owed[0].AmountWei)
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputePair(e.ctx, id, r, lastOfRun(r, 0))
		e.voided("an inflated first total", id, r, tx, err, FraudTotal)
	})
	t.Run("inflated total, last run", func(t *testing.T) {
		e := e.with(t)
		r := honest("inflate2")
		r.Owed[2].AmountWei = plus1(r.Owed[2].AmountWei)
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputeOwed(e.ctx, id, r, r.Count()-1)
		e.voided("an inflated last total", id, r, tx, err, FraudTotal)
	})
	t.Run("wrong cost", func(t *testing.T) {
		e := e.with(t)
		bad := items("cost", 9, payers...)
		bad[4].CostWei = plus1(bad[4].CostWei)
		if _, err := BuildRedemption(sky, bad); err == nil {
			t.Fatal("BuildRedemption took a cost that is not CostFor")
		}
		r := hostile("cost", true, func(ls []PaymentLeaf) []PaymentLeaf { ls[4].CostWei = plus1(ls[4].CostWei); return ls })
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputeLeaf(e.ctx, id, r, 4)
		e.voided("a wrong cost", id, r, tx, err, FraudCost)
	})
	t.Run("broken running sum", func(t *testing.T) {
		e := e.with(t)
		r := hostile("sum", false, func(ls []PaymentLeaf) []PaymentLeaf { ls[4].CumulativeWei = plus1(ls[4].CumulativeWei); return ls })
		id, _ := e.claim(e.exec, r)
		_, err := e.watcher.DisputePair(e.ctx, id, r, 2)
		revertNamed(t, "disputing an honest pair of a hostile claim", err, "NotAFraud")
		tx, err := e.watcher.DisputePair(e.ctx, id, r, 3)
		e.voided("a broken running sum", id, r, tx, err, FraudRunningSum)
	})
	t.Run("first leaf starts at a sum", func(t *testing.T) {
		e := e.with(t)
		r := hostile("first", false, func(ls []PaymentLeaf) []PaymentLeaf {
			for i := range ls {
				if ls[i].Run == 0 {
					ls[i].CumulativeWei = plus1(ls[i].CumulativeWei)
				}
			}
			return ls
		})
		r.Owed[0].AmountWei = plus1(r.Owed[0].AmountWei)
		r = must(AssembleRedemption(r.Leaves, r.Owed))
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputeLeaf(e.ctx, id, r, 0)
		e.voided("a first leaf that does not start at its cost", id, r, tx, err, FraudFirstLeaf)
	})
	t.Run("another owner's leaf", func(t *testing.T) {
		e := e.with(t)
		// The last leaf charged to the other owner, its run's total unchanged.
		r := hostile("owner", false, func(ls []PaymentLeaf) []PaymentLeaf {
			last := &ls[len(ls)-1]
			last.Owner = map[common.Address]common.Address{o1: o2, o2: o1}[last.Owner]
			return ls
		})
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputeOwed(e.ctx, id, r, r.Count()-1)
		e.voided("a leaf of another owner", id, r, tx, err, FraudOwner)
	})
	t.Run("same attempt twice, adjacent", func(t *testing.T) {
		e := e.with(t)
		r := hostile("twice", true, func(ls []PaymentLeaf) []PaymentLeaf {
			return append(ls[:3], append([]PaymentLeaf{ls[2]}, ls[3:]...)...)
		})
		id, _ := e.claim(e.exec, r)
		tx, err := e.watcher.DisputePair(e.ctx, id, r, 2)
		e.voided("the same attempt in adjacent leaves", id, r, tx, err, FraudOrder)
	})
	t.Run("same attempt twice, two owners", func(t *testing.T) {
		e := e.with(t)
		r := hostile("twice2", true, func(ls []PaymentLeaf) []PaymentLeaf {
			ls[len(ls)-1].Job, ls[len(ls)-1].Attempt = ls[0].Job, ls[0].Attempt
			return ls
		})
		id, _ := e.claim(e.exec, r)
		// As a watcher does it: Audit, then the dispute of what it found.
		found, err := Audit(r, must(e.watcher.ClaimOf(e.ctx, id)))
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(found, func(f Finding) bool { return f.Fraud == FraudDuplicate })
		if i < 0 || found[i].Dispute != ByDuplicate || found[i].Index != r.Count()-1 || found[i].Other != 0 {
			t.Fatalf("Audit found %+v", found)
		}
		tx, err := e.watcher.Dispute(e.ctx, id, r, found[i])
		e.voided("the same attempt charged to two owners", id, r, tx, err, FraudDuplicate)
	})
	t.Run("same attempt in two claims", func(t *testing.T) {
		e := e.with(t)
		e.noAudit = true
		first := honest("dup")
		firstID, _ := e.claim(e.exec, first)
		// Another executor claims the same attempts later.
		thief := e2p(t, e.ctx, e.c, e.spare, e.exec)
		second := honest("dup")
		secondID, _ := e.claim(thief, second)
		_, err := e.watcher.DisputeDuplicate(e.ctx, firstID, first, 1, secondID, second, 1)
		revertNamed(t, "voiding the earlier claim with the later", err, "NotAFraud")
		tx, err := e.watcher.DisputeDuplicate(e.ctx, secondID, second, 1, firstID, first, 1)
		e.voided("an attempt claimed twice", secondID, second, tx, err, FraudDuplicate)
		if s := e.state(firstID); s != ClaimPending {
			t.Fatalf("the first claim is %s", s)
		}
	})
	t.Run("leaf beyond the count", func(t *testing.T) {
		e := e.with(t)
		r := must(BuildRedemption(sky, items("count", 10, payers...))) // 9 and 10 leaves: the same depth
		root := e.anchor(e.exec, r)
		if _, err := e.exec.send(e.ctx, "claiming short", nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
			return e.exec.escrow.Claim(opts, root, r.Root, big.NewInt(int64(r.Count()-1)), escrowOwed(r.Owed))
		}); err != nil {
			t.Fatal(err)
		}
		id := ClaimID(e.exec.c.from, root)
		tx, err := e.watcher.DisputeLeaf(e.ctx, id, r, r.Count()-1)
		e.voided("a leaf beyond the count", id, r, tx, err, FraudMalformed)
	})
}

// An owner whose account cannot cover a claim pays what it has, balance
// first, then what it is withdrawing; the shortfall is in an event.
func TestRedeemShortfall(t *testing.T) {
	e := newRedeemEnv(t, 2, 2)
	poor, rich := e.owners[0], e.owners[1]
	// poor asks 9 of its 10 ETH back: 1 stays in the balance.
	if _, _, err := poor.RequestWithdraw(e.ctx, ETH, eth(9)); err != nil {
		t.Fatal(err)
	}
	price := eth(4) // per GPU-hour: 2 hours of poor's cost 8 ETH, more than its balance
	it := []PaymentItem{
		{Job: common.Hash{1}, Owner: poor.c.from, Token: ETH, PriceWei: price, BilledMs: 3_600_000, CostWei: eth(4)},
		{Job: common.Hash{2}, Owner: poor.c.from, Token: ETH, PriceWei: price, BilledMs: 3_600_000 * 3, CostWei: eth(12)},
		{Job: common.Hash{3}, Owner: rich.c.from, Token: ETH, PriceWei: price, BilledMs: 3_600_000, CostWei: eth(4)},
	}
	r := must(e.exec.BuildRedemption(it))
	id, _ := e.claim(e.exec, r)
	e.advanceTo(must(e.exec.ClaimOf(e.ctx, id)).ReadyAt)
	execBefore := e.balance(e.exec, e.exec.c.from, ETH)
	fin, err := e.watcher.Finalize(e.ctx, id, r.Owed)
	if err != nil {
		t.Fatal(err)
	}
	var short *SkyopsEscrowShortfall
	for _, l := range e.logs(fin) {
		if ev, err := e.exec.escrow.ParseShortfall(*l); err == nil {
			short = ev
		}
	}
	if short == nil || short.Owner != poor.c.from || short.Owed.Cmp(eth(16)) != 0 || short.Paid.Cmp(eth(10)) != 0 {
		t.Fatalf("shortfall event %+v; want poor owing 16 ETH and paying its 10", short)
	}
	// What a statement reads back: poor's shortfall alone.
	sf, err := e.exec.Shortfalls(e.ctx, id, must(e.exec.ClaimOf(e.ctx, id)).ReadyAt)
	if err != nil || len(sf) != 1 || sf[0].Owner != poor.c.from || sf[0].Token != ETH || sf[0].Owed.Cmp(eth(16)) != 0 || sf[0].Paid.Cmp(eth(10)) != 0 {
		t.Fatalf("Shortfalls: %+v, %v", sf, err)
	}
	if got := new(big.Int).Sub(e.balance(e.exec, e.exec.c.from, ETH), execBefore); got.Cmp(eth(14)) != 0 {
		t.Fatalf("the executor was paid %s wei, want 14 ETH (poor's 10 and rich's 4)", got)
	}
	acc := must(poor.Account(e.ctx, poor.c.from, ETH))
	if acc.Balance.Sign() != 0 || acc.Withdrawing.Sign() != 0 {
		t.Fatalf("poor's account after paying all it had: %+v", acc)
	}
	if got := e.balance(e.exec, rich.c.from, ETH); got.Cmp(eth(6)) != 0 {
		t.Fatalf("rich holds %s wei after paying 4 of its 10 ETH", got)
	}
}
