package chain

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

// BenchmarkRedeemGas: the gas of claiming and finalizing a batch of n
// receipts, per receipt, under dev rules and Osaka, with every receipt
// from one owner in ETH or spread over ten owners (half ETH, half
// $SKYOPS). The executor already holds a balance in each token (one
// redemption before the measured ones), as it does after its first.
// Keys and jobs are fixed, so the figures are the same each run.
func BenchmarkRedeemGas(b *testing.B) {
	for _, rules := range []string{"dev", "osaka"} {
		for _, owners := range []int{1, 10} {
			var opts []EmbeddedOption
			if rules == "osaka" {
				opts = append(opts, WithChainConfig(osakaConfig()))
			}
			e := newRedeemEnv(b, 1, owners, opts...)
			payers := make([]payer, owners)
			for i, o := range e.owners {
				payers[i] = payer{o.c.from, []Token{ETH, SKYOPS}[i%2]}
			}
			redeem := func(tag string, n int) (claim, finalize uint64) {
				r, err := e.exec.BuildRedemption(benchItems(tag, n, payers))
				if err != nil {
					b.Fatal(err)
				}
				id, ctx := e.claim(e.exec, r)
				e.advanceTo(ctx.Block + e.window) // gas estimates run on the head
				fin, err := e.exec.Finalize(e.ctx, id, r.Owed)
				if err != nil {
					b.Fatal(err)
				}
				return ctx.GasUsed, fin.GasUsed
			}
			redeem(fmt.Sprintf("warm %s %d", rules, owners), 2*owners)
			for _, n := range []int{1, 100, 1000} {
				if n < owners {
					continue
				}
				b.Run(fmt.Sprintf("rules=%s/owners=%d/receipts=%d", rules, owners, n), func(b *testing.B) {
					var claim, finalize uint64
					iters := 0
					for b.Loop() {
						c, f := redeem(fmt.Sprintf("%s %d %d %d", rules, owners, n, iters), n)
						claim += c
						finalize += f
						iters++
					}
					c, f := float64(claim)/float64(iters), float64(finalize)/float64(iters)
					b.ReportMetric(c, "gas-claim")
					b.ReportMetric(f, "gas-finalize")
					b.ReportMetric((c+f)/float64(n), "gas/receipt")
				})
			}
		}
	}
}

// benchItems are n receipts at 1,000 wei per GPU-second, paid in turn by
// payers: cheap enough that no owner runs short over many batches.
func benchItems(tag string, n int, payers []payer) []PaymentItem {
	price := big.NewInt(3_600_000_000)
	out := make([]PaymentItem, n)
	for i := range out {
		p := payers[i%len(payers)]
		gpuMs := uint64(1000 + i)
		out[i] = PaymentItem{
			Job: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s job %d", tag, i))), Owner: p.owner, Token: p.token,
			PriceWei: price, BilledMs: gpuMs, CostWei: new(big.Int).SetUint64(gpuMs * 1000),
			ReceiptDigest: crypto.Keccak256Hash([]byte(fmt.Sprintf("%s receipt %d", tag, i))),
		}
	}
	return out
}

// BenchmarkDisputeGas: what a watcher pays to void a hostile claim of
// 1,000 receipts (proofs of 10 hashes) with each kind of dispute.
func BenchmarkDisputeGas(b *testing.B) {
	for _, rules := range []string{"dev", "osaka"} {
		b.Run("rules="+rules, func(b *testing.B) {
			var opts []EmbeddedOption
			if rules == "osaka" {
				opts = append(opts, WithChainConfig(osakaConfig()))
			}
			e := newRedeemEnv(b, 1<<20, 1, opts...)
			payers := []payer{{e.owners[0].c.from, ETH}}
			iters := 0
			var leaf, pair, dup uint64
			for b.Loop() {
				tag := fmt.Sprintf("dispute %s %d", rules, iters)
				honest := must(e.exec.BuildRedemption(benchItems(tag, 1000, payers)))
				variant := 0
				hostile := func(mutate func([]PaymentLeaf)) (common.Hash, *Redemption) {
					ls := append([]PaymentLeaf(nil), honest.Leaves...)
					mutate(ls)
					variant++ // another receipt in each: another anchor root
					ls[999].ReceiptDigest = crypto.Keccak256Hash([]byte(fmt.Sprint(tag, variant)))
					r := must(AssembleRedemption(ls, Resum(ls)))
					id, _ := e.claim(e.exec, r)
					return id, r
				}
				id, r := hostile(func(ls []PaymentLeaf) { ls[500].CostWei = big.NewInt(1) })
				tx, err := e.watcher.DisputeLeaf(e.ctx, id, r, 500)
				if err != nil {
					b.Fatal(err)
				}
				leaf += tx.GasUsed
				id, r = hostile(func(ls []PaymentLeaf) { ls[501].Job = ls[500].Job })
				if tx, err = e.watcher.DisputePair(e.ctx, id, r, 500); err != nil {
					b.Fatal(err)
				}
				pair += tx.GasUsed
				firstID, first := hostile(func([]PaymentLeaf) {})
				id, r = hostile(func([]PaymentLeaf) {})
				if tx, err = e.watcher.DisputeDuplicate(e.ctx, id, r, 700, firstID, first, 700); err != nil {
					b.Fatal(err)
				}
				dup += tx.GasUsed
				iters++
			}
			n := float64(iters)
			b.ReportMetric(float64(leaf)/n, "gas-dispute-leaf")
			b.ReportMetric(float64(pair)/n, "gas-dispute-pair")
			b.ReportMetric(float64(dup)/n, "gas-dispute-duplicate")
		})
	}
}

// BenchmarkChallengeGas: a challenge of one leaf of a claim of 1,000
// receipts, and the executor's answer (proofs of 10 hashes each, and the
// owner's signed spec); then, the executor's ETH balance in the escrow
// no longer new, the answers of two more of its leaves: another signed
// job's, and a workflow's try's, with the owner's signed workflow.
func BenchmarkChallengeGas(b *testing.B) {
	for _, rules := range []string{"dev", "osaka"} {
		b.Run("rules="+rules, func(b *testing.B) {
			var opts []EmbeddedOption
			if rules == "osaka" {
				opts = append(opts, WithChainConfig(osakaConfig()))
			}
			e := newRedeemEnv(b, 1<<20, 1, opts...)
			owner := e.owners[0]
			var challenge, answer, answerAgain, answerWF uint64
			iters := 0
			for b.Loop() {
				tag := fmt.Sprintf("challenge %s %d", rules, iters)
				signed, specs, sigs := signedItems(b, e, owner, tag, 2, 2e15, 1e15)
				sw, digest, wfSig := testWorkflow(b, e, owner, tag, 3, 2e15, types.PayETH)
				try := workflowItems(owner, tag, digest, wfTry{1, 0, ETH, 1e15})
				its := append(benchItems(tag, 997, []payer{{owner.c.from, ETH}}), append(signed, try...)...)
				r := must(e.exec.BuildRedemption(its))
				root := e.anchor(e.exec, r)
				id, _, err := e.exec.Claim(e.ctx, root, r)
				if err != nil {
					b.Fatal(err)
				}
				i := 0
				for r.Leaves[i].Job != signed[0].Job {
					i++
				}
				ch, err := e.watcher.Challenge(e.ctx, id, uint64(i))
				if err != nil {
					b.Fatal(err)
				}
				an, err := e.exec.Answer(e.ctx, id, root, r, i, receiptProof(b, r, i), specs[0], sigs[0])
				if err != nil {
					b.Fatal(err)
				}
				j := leafOf(b, r, signed[1].Job)
				if _, err := e.watcher.Challenge(e.ctx, id, uint64(j)); err != nil {
					b.Fatal(err)
				}
				again, err := e.exec.Answer(e.ctx, id, root, r, j, receiptProof(b, r, j), specs[1], sigs[1])
				if err != nil {
					b.Fatal(err)
				}
				j = leafOf(b, r, try[0].Job)
				if _, err := e.watcher.Challenge(e.ctx, id, uint64(j)); err != nil {
					b.Fatal(err)
				}
				aw, err := e.exec.AnswerWorkflow(e.ctx, id, root, r, j, receiptProof(b, r, j), sw, wfSig, 1, 0)
				if err != nil {
					b.Fatal(err)
				}
				challenge += ch.GasUsed
				answer += an.GasUsed
				answerAgain += again.GasUsed
				answerWF += aw.GasUsed
				iters++
			}
			b.ReportMetric(float64(challenge)/float64(iters), "gas-challenge")
			b.ReportMetric(float64(answer)/float64(iters), "gas-answer")
			b.ReportMetric(float64(answerAgain)/float64(iters), "gas-answer-again")
			b.ReportMetric(float64(answerWF)/float64(iters), "gas-answer-workflow")
		})
	}
}
