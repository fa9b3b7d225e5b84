package chain

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/identity"
)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// sameChain is a client of c's chain and registry from another key.
func sameChain(t testing.TB, c *Chain, key *ecdsa.PrivateKey) *Chain {
	t.Helper()
	o, err := newChain(testCtx(t), "embedded", c.client, c.chainID, c.Contract(), key)
	if err != nil {
		t.Fatal(err)
	}
	o.sent = c.sent
	return o
}

func addrOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// The node id the registry derives from a key is the daemon's libp2p peer
// id of that key, byte for byte, and NodeID computes the same in Go.
func TestNodeIDIsThePeerID(t *testing.T) {
	c := newTestEmbedded(t, newKey(t))
	for range 8 {
		k := newKey(t)
		ik, err := identity.FromECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		want := []byte(ik.PeerID())
		if got := NodeID(&k.PublicKey); !bytes.Equal(got, want) {
			t.Fatalf("NodeID %x, peer id %x", got, want)
		}
		got, err := c.reg.NodeIdOf(&bind.CallOpts{Context: testCtx(t)}, crypto.FromECDSAPub(&k.PublicKey)[1:])
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("contract nodeIdOf = %x, %v; peer id %x", got, err, want)
		}
	}
}

// Bond, the minimum, unbond (the node stops counting at once), the delay,
// withdraw (paid back), and bonding again.
func TestBondUnbondWithdraw(t *testing.T) {
	ctx := testCtx(t)
	ka, kb, kc := newKey(t), newKey(t), newKey(t)
	c := newTestEmbedded(t, ka, WithFunded(addrOf(kb)), WithBondTerms(BondTerms{Min: eth(1), UnbondDelay: 3}))
	b := sameChain(t, c, kb)
	terms, err := c.BondTerms(ctx)
	if err != nil || terms.Min.Cmp(eth(1)) != 0 || terms.UnbondDelay != 3 {
		t.Fatalf("BondTerms = %+v, %v", terms, err)
	}
	ida, idb := c.NodeID(), b.NodeID()

	// Under the minimum: refused by the client, and by the contract itself.
	if _, err := c.BondNode(ctx, new(big.Int).Div(eth(1), big.NewInt(2))); !errors.Is(err, ErrBondTooSmall) {
		t.Fatalf("bond of 0.5 ETH = %v", err)
	}
	opts, _ := bind.NewKeyedTransactorWithChainID(ka, big.NewInt(SimulatedChainID))
	opts.Context, opts.Value = ctx, new(big.Int).Sub(eth(1), big.NewInt(1))
	pubA := crypto.FromECDSAPub(&ka.PublicKey)[1:]
	if _, err := c.reg.BondNode(opts, pubA); err == nil || !strings.Contains(err.Error(), "bond below the minimum") {
		t.Fatalf("contract bond of 1 ETH - 1 wei = %v", err)
	}
	// Nobody bonds another's id.
	optsB, _ := bind.NewKeyedTransactorWithChainID(kb, big.NewInt(SimulatedChainID))
	optsB.Context, optsB.Value = ctx, eth(1)
	if _, err := b.reg.BondNode(optsB, pubA); err == nil || !strings.Contains(err.Error(), "not the sender's") {
		t.Fatalf("B bonding A's id = %v", err)
	}

	balBefore, _ := c.client.BalanceAt(ctx, addrOf(ka), nil)
	tx, err := c.BondNode(ctx, eth(1))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(tx.NodeID, ida) || tx.Block == 0 || tx.GasUsed == 0 {
		t.Fatalf("BondNode = %+v", tx)
	}
	t.Logf("bondNode: %d gas", tx.GasUsed)
	if bond, err := c.BondOf(ctx, ida); err != nil || !bond.Counts() || bond.Amount.Cmp(eth(1)) != 0 || bond.Bonder != addrOf(ka) {
		t.Fatalf("BondOf(A) = %+v, %v", bond, err)
	}
	if v, err := c.reg.BondOf(&bind.CallOpts{Context: ctx}, ida); err != nil || v.Cmp(eth(1)) != 0 {
		t.Fatalf("contract bondOf(A) = %v, %v", v, err)
	}
	if _, err := c.BondNode(ctx, eth(1)); !errors.Is(err, ErrAlreadyBonded) {
		t.Fatalf("second bond = %v", err)
	}
	if _, err := b.BondNode(ctx, eth(2)); err != nil {
		t.Fatal(err)
	}
	set := mustBonded(t, c, 100)
	if set.Total != 2 || !sameIDs(set.IDs, ida, idb) || set.Version != 2 {
		t.Fatalf("bonded set %+v", set)
	}

	// Only the bonder unbonds.
	if _, err := b.Unbond(ctx, ida); !errors.Is(err, ErrNotBonder) {
		t.Fatalf("B unbonding A = %v", err)
	}
	at, err := c.Unbond(ctx, ida)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := c.client.HeaderByNumber(ctx, nil)
	if at != head.Number.Uint64()+3 {
		t.Fatalf("withdrawable at %d, head %d", at, head.Number)
	}
	// Unbonding: A no longer counts, at once.
	if bond, _ := c.BondOf(ctx, ida); bond.Counts() || bond.WithdrawableAt != at {
		t.Fatalf("A unbonding: %+v", bond)
	}
	if v, _ := c.reg.BondOf(&bind.CallOpts{Context: ctx}, ida); v.Sign() != 0 {
		t.Fatalf("contract bondOf(A) while unbonding = %v", v)
	}
	if set := mustBonded(t, c, 100); set.Total != 1 || !sameIDs(set.IDs, idb) {
		t.Fatalf("bonded set after A unbonds: %+v", set)
	}
	if _, err := c.Unbond(ctx, ida); !errors.Is(err, ErrNotBonded) {
		t.Fatalf("second unbond = %v", err)
	}
	if _, err := c.BondNode(ctx, eth(1)); !errors.Is(err, ErrUnbonding) {
		t.Fatalf("bond while unbonding = %v", err)
	}
	if _, err := c.Withdraw(ctx, ida); !errors.Is(err, ErrUnbondDelay) {
		t.Fatalf("withdraw before the delay = %v", err)
	}
	if _, err := b.Withdraw(ctx, idb); !errors.Is(err, ErrNotUnbonding) {
		t.Fatalf("withdraw of a bond that counts = %v", err)
	}
	// Blocks pass (anchors are transactions like any other).
	for i := 0; head.Number.Uint64() < at; i++ {
		if _, err := b.Anchor(ctx, common.BigToHash(big.NewInt(int64(i+1))), 1); err != nil {
			t.Fatal(err)
		}
		head, _ = c.client.HeaderByNumber(ctx, nil)
	}
	if _, err := b.Withdraw(ctx, ida); !errors.Is(err, ErrNotBonder) {
		t.Fatalf("B withdrawing A's bond = %v", err)
	}
	got, err := c.Withdraw(ctx, ida)
	if err != nil || got.Cmp(eth(1)) != 0 {
		t.Fatalf("Withdraw = %v, %v", got, err)
	}
	balAfter, _ := c.client.BalanceAt(ctx, addrOf(ka), nil)
	spent := new(big.Int).Sub(balBefore, balAfter) // gas only
	if spent.Sign() <= 0 || spent.Cmp(big.NewInt(1e16)) > 0 {
		t.Fatalf("A spent %s wei over bond, unbond and withdraw: want gas only", spent)
	}
	if bond, _ := c.BondOf(ctx, ida); bond.Amount.Sign() != 0 || bond.Bonder != (common.Address{}) {
		t.Fatalf("after withdraw: %+v", bond)
	}
	if _, err := c.Withdraw(ctx, ida); !errors.Is(err, ErrNotUnbonding) {
		t.Fatalf("second withdraw = %v", err)
	}
	// Bonded again, it counts again.
	if _, err := c.BondNode(ctx, eth(1)); err != nil {
		t.Fatal(err)
	}
	if set := mustBonded(t, c, 100); !sameIDs(set.IDs, ida, idb) {
		t.Fatalf("bonded set after A bonds again: %+v", set)
	}

	// An account that cannot pay.
	poor := sameChain(t, c, kc)
	if _, err := poor.BondNode(ctx, eth(1)); !errors.Is(err, ErrInsufficientFunds) || !strings.Contains(err.Error(), addrOf(kc).Hex()) {
		t.Fatalf("bond from an empty account = %v", err)
	}
	// And a read-only client sends nothing.
	ro, err := newChain(ctx, "embedded", c.client, c.chainID, c.Contract(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.BondNode(ctx, eth(1)); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only bond = %v", err)
	}
	if set, err := ro.BondedNodes(ctx, 100); err != nil || len(set.IDs) != 2 {
		t.Fatalf("read-only BondedNodes = %+v, %v", set, err)
	}
}

// The bonded set is read in pages, at most max ids, and stays right as
// nodes in the middle of the list unbond.
func TestBondedNodesPagesAndCap(t *testing.T) {
	ctx := testCtx(t)
	old := bondedPage
	bondedPage = 2
	t.Cleanup(func() { bondedPage = old })
	keys := make([]*ecdsa.PrivateKey, 7)
	var fund []common.Address
	for i := range keys {
		keys[i] = newKey(t)
		fund = append(fund, addrOf(keys[i]))
	}
	c := newTestEmbedded(t, newKey(t), WithFunded(fund...))
	clients := make([]*Chain, len(keys))
	ids := make([][]byte, len(keys))
	for i, k := range keys {
		clients[i] = sameChain(t, c, k)
		ids[i] = clients[i].NodeID()
		if _, err := clients[i].BondNode(ctx, eth(1)); err != nil {
			t.Fatal(err)
		}
	}
	if set := mustBonded(t, c, 100); set.Total != 7 || !sameIDs(set.IDs, ids...) {
		t.Fatalf("all 7: %+v", set)
	}
	if set := mustBonded(t, c, 3); set.Total != 7 || len(set.IDs) != 3 {
		t.Fatalf("capped at 3: total %d, read %d", set.Total, len(set.IDs))
	}
	if set := mustBonded(t, c, 0); set.Total != 7 || len(set.IDs) != 0 {
		t.Fatalf("capped at 0: %+v", set)
	}
	v0, _ := c.BondsVersion(ctx)
	for _, i := range []int{0, 3, 6} { // first, middle, last
		if _, err := clients[i].Unbond(ctx, ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := c.BondsVersion(ctx); v != v0+3 {
		t.Fatalf("bonds version %d after three unbonds from %d", v, v0)
	}
	if set := mustBonded(t, c, 100); set.Total != 4 || !sameIDs(set.IDs, ids[1], ids[2], ids[4], ids[5]) {
		t.Fatalf("after unbonding 0, 3, 6: %+v", set)
	}
}

func mustBonded(t *testing.T, c *Chain, max int) BondedSet {
	t.Helper()
	set, err := c.BondedNodes(testCtx(t), max)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func sameIDs(got [][]byte, want ...[]byte) bool {
	if len(got) != len(want) {
		return false
	}
	a := make([]string, len(got))
	for i, g := range got {
		a[i] = string(g)
	}
	b := make([]string, len(want))
	for i, w := range want {
		b[i] = string(w)
	}
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
