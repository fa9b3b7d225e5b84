package chain

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The Go leaf hash, owed hash and claim id are the contract's.
func TestRedeemHashesMatchContract(t *testing.T) {
	e := newRedeemEnv(t, 1, 1)
	r := must(e.exec.BuildRedemption(items("hash", 3, payer{e.owners[0].c.from, SKYOPS})))
	call := &bind.CallOpts{Context: e.ctx}
	for i := range r.Leaves {
		leaf, _, err := r.proven(i)
		if err != nil {
			t.Fatal(err)
		}
		if got := must(e.exec.escrow.LeafHash(call, leaf)); common.Hash(got) != LeafHash(r.Leaves[i]) {
			t.Fatalf("leaf %d: the contract hashes it to %x, Go to %s", i, got, LeafHash(r.Leaves[i]))
		}
	}
	root := common.Hash{7}
	if got := must(e.exec.escrow.ClaimIdOf(call, e.exec.c.from, root)); common.Hash(got) != ClaimID(e.exec.c.from, root) {
		t.Fatalf("claim id: contract %x, Go %s", got, ClaimID(e.exec.c.from, root))
	}
}

// DeployPayments gives the escrow the default window unless told, and
// refuses a window of no blocks.
func TestDisputeWindowOption(t *testing.T) {
	ctx := testCtx(t)
	k := newKey(t)
	c := newTestEmbedded(t, k)
	for _, tc := range []struct {
		opts []PaymentsOption
		want uint64
	}{{nil, DefaultDisputeWindow}, {[]PaymentsOption{WithDisputeWindow(3)}, 3}} {
		p, err := DeployPayments(ctx, c, addrOf(k), eth(1), 10, tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		if got := must(p.DisputeWindow(ctx)); got != tc.want {
			t.Fatalf("dispute window %d, want %d", got, tc.want)
		}
	}
	if _, err := DeployPayments(ctx, c, addrOf(k), eth(1), 10, WithDisputeWindow(0)); err == nil {
		t.Fatal("DeployPayments took a dispute window of 0 blocks")
	}
}

// A leaf whose words are out of their types' range (which Go cannot build
// as a PaymentLeaf) can still be passed to a dispute, and is a fraud.
func TestRedeemMalformedLeaf(t *testing.T) {
	e := newRedeemEnv(t, 100, 1)
	r := must(e.exec.BuildRedemption(items("malformed", 4, payer{e.owners[0].c.from, ETH})))
	raw, _, err := r.proven(3)
	if err != nil {
		t.Fatal(err)
	}
	raw.PriceWei = new(big.Int).Lsh(big.NewInt(1), 200) // above uint128
	level := slices.Clone(r.levels[0])
	level[3] = must(e.exec.escrow.LeafHash(&bind.CallOpts{Context: e.ctx}, raw))
	levels := [][]common.Hash{level}
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			next[i] = crypto.Keccak256Hash(level[2*i][:], level[2*i+1][:])
		}
		levels, level = append(levels, next), next
	}
	bad := &Redemption{Leaves: r.Leaves, Owed: r.Owed, Root: level[0], levels: levels}
	id, _ := e.claim(e.exec, bad)
	proof := hashes(must(bad.Proof(3)))
	tx, err := e.watcher.send(e.ctx, "disputing a malformed leaf", nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return e.watcher.escrow.DisputeLeaf(opts, id, raw, proof)
	})
	e.noAudit = true // Audit reads PaymentLeafs: this leaf is none
	e.voided("a price above uint128", id, bad, tx, err, FraudMalformed)
}
