package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// signedItems are n items of jobs the owner of p signed, each capped at
// capWei per GPU-hour and priced at priceWei, with their specs and
// signatures in the same order.
func signedItems(t testing.TB, e *redeemEnv, p *Payments, tag string, n int, capWei, priceWei int64, mutate ...func(*types.JobSpec)) ([]PaymentItem, []*types.JobSpec, [][]byte) {
	t.Helper()
	var its []PaymentItem
	var specs []*types.JobSpec
	var sigs [][]byte
	for i := range n {
		spec := &types.JobSpec{Network: "skyops-test", Home: tag, Nonce: uint64(i), Runtime: "docker", GPUCount: 1, PriceCapWei: big.NewInt(capWei).String()}
		for _, m := range mutate {
			m(spec)
		}
		sig, err := types.SignJobSpec(spec, e.c.chainID, types.KeySigner{Key: p.c.key})
		if err != nil {
			t.Fatal(err)
		}
		job := must(spec.Digest(e.c.chainID))
		price := big.NewInt(priceWei)
		its = append(its, PaymentItem{
			Job: job, Owner: p.c.from, Token: ETH, PriceWei: price, BilledMs: 60_000, CostWei: types.CostFor(60_000, price),
			ReceiptDigest: crypto.Keccak256Hash([]byte(tag), job[:]),
		})
		specs, sigs = append(specs, spec), append(sigs, sig)
	}
	return its, specs, sigs
}

// receiptProof is leaf i's receipt's inclusion proof in the anchored tree
// (e.anchor: the receipt digests in leaf order).
func receiptProof(t testing.TB, r *Redemption, i int) []common.Hash {
	t.Helper()
	leaves := make([]common.Hash, len(r.Leaves))
	for j, l := range r.Leaves {
		leaves[j] = merkle.Leaf(l.ReceiptDigest)
	}
	return must(must(merkle.Build(leaves)).Proof(i))
}

// A challenged leaf is answered with the owner's signed spec, and the
// bond is the executor's; a leaf of a job the owner never signed cannot
// be answered, and its claim is voided when the deadline passes; so is
// one priced above its spec's cap; finalize waits for open challenges.
func TestRedeemChallenge(t *testing.T) {
	const window = 10
	e := newRedeemEnv(t, window, 1)
	owner := e.owners[0]
	bond := must(e.exec.escrow.ChallengeBond(nil))
	its, specs, sigs := signedItems(t, e, owner, "challenge", 3, 2e15, 1e15)
	// One fabricated: a job id the owner never signed.
	fake := its[0]
	fake.Job, fake.ReceiptDigest = crypto.Keccak256Hash([]byte("never signed")), common.Hash{9}
	its = append(its, fake)
	r := must(e.exec.BuildRedemption(its))
	root := e.anchor(e.exec, r)
	id, _, err := e.exec.Claim(e.ctx, root, r)
	if err != nil {
		t.Fatal(err)
	}
	specOf := func(job common.Hash) (*types.JobSpec, []byte, bool) {
		for i, s := range specs {
			if must(s.Digest(e.c.chainID)) == job {
				return s, sigs[i], true
			}
		}
		return nil, nil, false
	}
	honest, fabricated := -1, -1
	for i, l := range r.Leaves {
		if _, _, ok := specOf(l.Job); ok {
			honest = i
		} else {
			fabricated = i
		}
	}

	// The honest leaf: answered, the bond is the executor's.
	execBefore := e.balance(e.exec, e.exec.c.from, ETH)
	ch, err := e.watcher.Challenge(e.ctx, id, uint64(honest))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("challenge: %d gas", ch.GasUsed)
	_, err = e.watcher.Challenge(e.ctx, id, uint64(honest))
	revertNamed(t, "challenging a challenged leaf", err, "NotChallengeable")
	_, err = e.watcher.Challenge(e.ctx, id, uint64(r.Count()))
	revertNamed(t, "challenging beyond the count", err, "NotChallengeable")
	spec, sig, _ := specOf(r.Leaves[honest].Job)
	other := specs[0]
	if other == spec {
		other = specs[1]
	}
	_, err = e.exec.Answer(e.ctx, id, root, r, honest, receiptProof(t, r, honest), other, sig)
	revertNamed(t, "answering with another spec", err, "NotOwnerSigned")
	_, err = e.exec.Answer(e.ctx, id, root, r, honest, receiptProof(t, r, (honest+1)%r.Count()), spec, sig)
	revertNamed(t, "answering with another receipt's proof", err, "BadProof")
	ans, err := e.exec.Answer(e.ctx, id, root, r, honest, receiptProof(t, r, honest), spec, sig)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("answer: %d gas", ans.GasUsed)
	if got := new(big.Int).Sub(e.balance(e.exec, e.exec.c.from, ETH), execBefore); got.Cmp(bond) != 0 {
		t.Fatalf("the executor's balance rose by %s for answering, want the bond %s", got, bond)
	}
	_, err = e.exec.Answer(e.ctx, id, root, r, honest, receiptProof(t, r, honest), spec, sig)
	revertNamed(t, "answering twice", err, "NoChallenge")

	// The fabricated leaf: no answer shows the owner signed it.
	ch, err = e.watcher.Challenge(e.ctx, id, uint64(fabricated))
	if err != nil {
		t.Fatal(err)
	}
	if n := must(e.watcher.OpenChallenges(e.ctx, id)); n != 1 {
		t.Fatalf("%d open challenges, want 1", n)
	}
	_, err = e.exec.Answer(e.ctx, id, root, r, fabricated, receiptProof(t, r, fabricated), spec, sig)
	revertNamed(t, "answering for a job never signed", err, "NotOwnerSigned")
	_, err = e.watcher.VoidUnanswered(e.ctx, id, uint64(fabricated))
	revertNamed(t, "voiding before the deadline", err, "ChallengeDeadline")
	ci := must(e.watcher.ClaimOf(e.ctx, id))
	e.advanceTo(ci.ReadyAt)
	_, err = e.watcher.Finalize(e.ctx, id, r.Owed)
	revertNamed(t, "finalizing with a challenge open", err, "ChallengeOpen")
	e.advanceTo(ch.Block + window + 1)
	watcherBefore := e.balance(e.exec, e.watcher.c.from, ETH)
	tx, err := e.watcher.VoidUnanswered(e.ctx, id, uint64(fabricated))
	e.noAudit = true // its data is consistent: only the challenge shows the fraud
	e.voided("an unanswered challenge", id, r, tx, err, FraudUnanswered)
	if got := new(big.Int).Sub(e.balance(e.exec, e.watcher.c.from, ETH), watcherBefore); got.Cmp(bond) != 0 {
		t.Fatalf("the challenger got %s back, want its bond %s", got, bond)
	}

	// A signed job priced above its cap, in a claim whose total is inflated too.
	its, specs, sigs = signedItems(t, e, owner, "cap", 1, 1e15, 2e15)
	r = must(e.exec.BuildRedemption(its))
	r.Owed[0].AmountWei = new(big.Int).Add(r.Owed[0].AmountWei, big.NewInt(1))
	root = e.anchor(e.exec, r)
	if id, _, err = e.exec.Claim(e.ctx, root, r); err != nil {
		t.Fatal(err)
	}
	if _, err := e.watcher.Challenge(e.ctx, id, 0); err != nil {
		t.Fatal(err)
	}
	_, err = e.exec.Answer(e.ctx, id, root, r, 0, receiptProof(t, r, 0), specs[0], sigs[0])
	revertNamed(t, "answering for a price above the cap", err, "PriceAboveCap")
	// Voided by a dispute, the challenger takes its bond back at once.
	e.noAudit = false
	tx, err = e.watcher.DisputeOwed(e.ctx, id, r, 0)
	e.voided("an inflated total, challenged", id, r, tx, err, FraudTotal)
	watcherBefore = e.balance(e.exec, e.watcher.c.from, ETH)
	if _, err := e.watcher.VoidUnanswered(e.ctx, id, 0); err != nil {
		t.Fatal(err)
	}
	_, err = e.watcher.VoidUnanswered(e.ctx, id, 0)
	revertNamed(t, "taking a bond back twice", err, "NoChallenge")
	if got := new(big.Int).Sub(e.balance(e.exec, e.watcher.c.from, ETH), watcherBefore); got.Cmp(bond) != 0 {
		t.Fatalf("the challenger got %s back, want its bond %s", got, bond)
	}
}

// The answer checks the spec's payment token ("" and "ETH" are ETH) and
// takes a spec without a cap (0) at any price.
func TestRedeemChallengeTokenAndNoCap(t *testing.T) {
	e := newRedeemEnv(t, 10, 1)
	owner := e.owners[0]
	for _, c := range []struct {
		name   string
		capWei int64
		token  string
		want   string // "" = answered
	}{
		{"no cap", 0, "", ""},
		{"ETH named", 2e15, types.PayETH, ""},
		{"SKYOPS named, paid in ETH", 2e15, types.PaySKYOPS, "WrongPaymentToken"},
	} {
		its, specs, sigs := signedItems(t, e, owner, c.name, 1, c.capWei, 1e15, func(s *types.JobSpec) { s.PaymentToken = c.token })
		r := must(e.exec.BuildRedemption(its))
		root := e.anchor(e.exec, r)
		id, _, err := e.exec.Claim(e.ctx, root, r)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.watcher.Challenge(e.ctx, id, 0); err != nil {
			t.Fatal(err)
		}
		_, err = e.exec.Answer(e.ctx, id, root, r, 0, receiptProof(t, r, 0), specs[0], sigs[0])
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		revertNamed(t, c.name, err, c.want)
	}
}
