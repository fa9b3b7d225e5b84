package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

// Redemption: this executor is paid for its anchored batches of receipts
// at the escrow. Each anchored batch is claimed once (its payments tree's
// per-owner totals, ledger/chain's BuildRedemption) and finalized after the
// dispute window; the state is kept in the batch's record, so a daemon that
// restarts, or a chain that is down, delays a payment and loses none: the
// next round picks up where the last one stopped.

// redeemPending claims every anchored batch not yet claimed, answers the
// challenges of its pending claims, and finalizes every claim whose
// dispute window has passed.
func (n *Node) redeemPending(ctx context.Context) {
	c, pay, err := n.paymentsChain()
	if err != nil || pay == nil {
		return
	}
	batches, err := n.store.Batches(ctx)
	if err != nil {
		n.log.Warn("read receipt batches", "err", err)
		return
	}
	var head uint64
	for _, b := range batches {
		if b.Anchor == nil || b.Redeem != nil && b.Redeem.State != ledger.RedeemPending {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		if b.Redeem == nil {
			err = n.claimBatch(cctx, pay, b)
		} else {
			if head == 0 {
				if head, err = c.HeadBlock(cctx); err != nil {
					cancel()
					return
				}
			}
			err = n.answerChallenges(cctx, pay, b)
			switch {
			case err != nil:
			case head >= b.Redeem.ReadyAt:
				err = n.finalizeBatch(cctx, pay, b)
			default:
				c.SealBlock() // an embedded chain mines only when sent to: let the window pass
			}
		}
		cancel()
		if err != nil {
			if b.Redeem != nil {
				b.Redeem.Tries++
				b.Redeem.LastError = err.Error()
				if uerr := n.store.UpdateBatch(b); uerr != nil {
					n.log.Warn("record batch", "err", uerr)
				}
			}
			if ctx.Err() == nil {
				n.metrics.chainError(ctx, "redeem")
				n.log.Warn("redeeming receipts (will retry)", "root", b.Root, "err", err)
			}
			return // the chain may be down: the next round tries again
		}
	}
}

// paymentItems are what batch b's receipts are paid: one item per receipt
// with a cost, in the receipt's payment token.
func (n *Node) paymentItems(b *ledger.Batch) ([]chain.PaymentItem, error) {
	var items []chain.PaymentItem
	for _, k := range b.Receipts {
		sealed, err := n.store.Receipt(k)
		if err != nil {
			return nil, fmt.Errorf("reading receipt %s/%d: %w", k.Job, k.Attempt, err)
		}
		op, err := types.OpenReceipt(n.cfg.Network, sealed)
		if err != nil {
			return nil, fmt.Errorf("opening receipt %s/%d: %w", k.Job, k.Attempt, err)
		}
		r := op.Receipt
		if r.CostWei.Sign() == 0 {
			continue
		}
		items = append(items, chain.PaymentItem{Job: r.Job, Attempt: r.Attempt, Owner: r.Owner, Token: chain.Token(r.PaysIn()),
			PriceWei: r.PriceWei, BilledMs: r.BilledMs(), CostWei: r.CostWei, ReceiptDigest: op.Digest})
	}
	return items, nil
}

// redemptionOf is what batch b's claim pays: its payments tree, built
// again from its stored receipts whenever it is needed (claim, finalize,
// a watcher's request), so nothing but the receipts is kept; nil when the
// batch has nothing to pay.
func (n *Node) redemptionOf(pay *chain.Payments, b *ledger.Batch) (*chain.Redemption, error) {
	items, err := n.paymentItems(b)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	r, err := pay.BuildRedemption(items)
	if err != nil {
		return nil, err
	}
	if n.cfg.TamperRedemption != nil {
		return n.cfg.TamperRedemption(r)
	}
	return r, nil
}

// claimBatch claims b's payment and records the claim.
func (n *Node) claimBatch(ctx context.Context, pay *chain.Payments, b *ledger.Batch) error {
	r, err := n.redemptionOf(pay, b)
	if err != nil {
		return err
	}
	if r == nil {
		b.Redeem = &ledger.Redemption{State: ledger.RedeemNone}
		return n.store.UpdateBatch(b)
	}
	id, tx, err := pay.Claim(ctx, b.Root, r)
	var re *chain.RevertError
	switch {
	case errors.As(err, &re) && re.Name == "RootAlreadyClaimed":
		// Claimed before a crash let this daemon record it.
		id = chain.ClaimID(n.key.Address(), b.Root)
	case err != nil:
		return err
	}
	ci, err := pay.ClaimOf(ctx, id)
	if err != nil {
		return err
	}
	b.Redeem = &ledger.Redemption{State: ledger.RedeemPending, ClaimID: id, ClaimTx: tx.TxHash, ReadyAt: ci.ReadyAt, Receipts: r.Count()}
	if tx.TxHash == (common.Hash{}) {
		b.Redeem.ClaimTx = ci.TxHash
	}
	if err := n.store.UpdateBatch(b); err != nil {
		return err
	}
	n.log.Info("claimed payment for receipts", "root", b.Root, "receipts", r.Count(), "claim", id, "readyAt", ci.ReadyAt, "tx", b.Redeem.ClaimTx)
	return nil
}

// finalizeBatch pays b's claim, once its window has passed, and records it;
// a claim someone else finalized, or voided, is recorded as such.
func (n *Node) finalizeBatch(ctx context.Context, pay *chain.Payments, b *ledger.Batch) error {
	r, err := n.redemptionOf(pay, b)
	if err != nil {
		return err
	}
	if r == nil {
		return fmt.Errorf("batch %s claimed, but it has nothing to pay now", b.Root)
	}
	tx, err := pay.Finalize(ctx, b.Redeem.ClaimID, r.Owed)
	if err != nil {
		ci, cerr := pay.ClaimOf(ctx, b.Redeem.ClaimID)
		switch {
		case cerr != nil:
			return err
		case ci.State == chain.ClaimVoided:
			b.Redeem.State, b.Redeem.LastError = ledger.RedeemVoided, err.Error()
			n.log.Warn("a claim of this node's was voided by a dispute", "root", b.Root, "claim", b.Redeem.ClaimID)
			return n.store.UpdateBatch(b)
		case ci.State == chain.ClaimPaid: // finalized by another (anyone may)
			tx.TxHash, _ = pay.RedeemedTx(ctx, b.Redeem.ClaimID, ci.ReadyAt)
		default:
			return err
		}
	}
	b.Redeem.State, b.Redeem.PaidTx, b.Redeem.PaidAtMs, b.Redeem.LastError = ledger.RedeemPaid, tx.TxHash, uint64(time.Now().UnixMilli()), ""
	if err := n.store.UpdateBatch(b); err != nil {
		return err
	}
	n.log.Info("paid for receipts", "root", b.Root, "receipts", b.Redeem.Receipts, "tx", tx.TxHash)
	return nil
}

// settlement is what became of the claim for one batch of an executor's
// receipts, as a statement shows it.
type settlement struct {
	state string // ledger.Redeem*; "" before a claim
	tx    string // the paying transaction, once paid
	// short are the owners the paid claim charged more than their balance
	// held: their receipts were paid only in part.
	short []chain.Shortfall
}

// settlementShort is a statement line's settlement when its claim was
// finalized but its owner's balance did not cover the owner's total.
const settlementShort = "short"

// stateOf is the settlement a statement shows for r: the claim's state,
// or short for a receipt whose owner fell short.
func (s settlement) stateOf(r *types.Receipt) string {
	if s.state == ledger.RedeemPaid && s.shortFor(r) {
		return settlementShort
	}
	return s.state
}

// pays says whether the claim paid r in full: a receipt with a cost (the
// ones paymentItems puts in) of a paid claim whose owner did not fall
// short.
func (s settlement) pays(r *types.Receipt) bool {
	return s.state == ledger.RedeemPaid && r.CostWei.Sign() > 0 && !s.shortFor(r)
}

func (s settlement) shortFor(r *types.Receipt) bool {
	for _, sf := range s.short {
		if sf.Owner == r.Owner && string(sf.Token) == r.PaysIn() {
			return true
		}
	}
	return false
}

// settlementCache looks up, once per batch, what became of the claims of
// the receipts a statement lists: this node's own from its batch records,
// others' from the escrow.
type settlementCache struct {
	n    *Node
	pay  *chain.Payments
	seen map[common.Hash]settlement // by claim id: a lookup, never iterated
}

// settlements starts the lookups of one statement.
func (n *Node) settlements() *settlementCache {
	_, pay, _ := n.paymentsChain()
	return &settlementCache{n: n, pay: pay, seen: map[common.Hash]settlement{}}
}

func (c *settlementCache) of(ctx context.Context, r *types.Receipt, root common.Hash) settlement {
	id := chain.ClaimID(r.Executor, root)
	if s, ok := c.seen[id]; ok {
		return s
	}
	var s settlement
	var readyAt uint64
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if r.Executor == c.n.key.Address() {
		if b, err := c.n.store.Batch(root); err == nil && b.Redeem != nil {
			s.state, readyAt = b.Redeem.State, b.Redeem.ReadyAt
			if b.Redeem.PaidTx != (common.Hash{}) {
				s.tx = b.Redeem.PaidTx.Hex()
			}
		}
	} else if c.pay != nil {
		if ci, err := c.pay.ClaimOf(cctx, id); err == nil {
			readyAt = ci.ReadyAt
			switch ci.State {
			case chain.ClaimPending:
				s.state = ledger.RedeemPending
			case chain.ClaimVoided:
				s.state = ledger.RedeemVoided
			case chain.ClaimPaid:
				s.state = ledger.RedeemPaid
				if h, err := c.pay.RedeemedTx(cctx, id, ci.ReadyAt); err == nil && h != (common.Hash{}) {
					s.tx = h.Hex()
				}
			}
		}
	}
	if s.state == ledger.RedeemPaid && c.pay != nil {
		short, err := c.pay.Shortfalls(cctx, id, readyAt)
		if err != nil {
			// Whether it paid in full is unknown: say nothing rather
			// than what the escrow may contradict.
			s = settlement{}
		}
		s.short = short
	}
	c.seen[id] = s
	return s
}

// answerChallenges answers every open challenge of b's pending claim: the
// challenged leaf, its receipt's inclusion in the anchored batch, and the
// owner's signed spec of its job, which this daemon holds as the job's
// submit. A leaf it cannot back (a job it does not know) stays
// unanswered, and the claim is voided after the challenge's deadline.
func (n *Node) answerChallenges(ctx context.Context, pay *chain.Payments, b *ledger.Batch) error {
	open, err := pay.OpenChallenges(ctx, b.Redeem.ClaimID)
	if err != nil || open == 0 {
		return err
	}
	chs, err := pay.ChallengesOf(ctx, b.Redeem.ClaimID, b.Redeem.ReadyAt)
	if err != nil {
		return err
	}
	r, err := n.redemptionOf(pay, b)
	if err != nil || r == nil {
		return fmt.Errorf("answering challenges of claim %s: rebuilding its redemption: %v", short(b.Redeem.ClaimID), err)
	}
	for _, ch := range chs {
		log := n.log.With("claim", short(b.Redeem.ClaimID), "leaf", ch.Index, "challenger", ch.Challenger)
		if ch.Index >= uint64(r.Count()) {
			continue
		}
		l := r.Leaves[ch.Index]
		// A workflow's try has no signature of its own: the owner's
		// signed workflow shows it, with the try's place in it.
		var answer func(proof []common.Hash) (chain.PaymentTx, error)
		if wf, ok, err := n.signedWorkflowTry(l.Job); err != nil {
			log.Warn("a challenged leaf's workflow cannot be read here: it cannot be answered", "job", short(l.Job), "err", err)
			continue
		} else if ok {
			answer = func(proof []common.Hash) (chain.PaymentTx, error) {
				return pay.AnswerWorkflow(ctx, b.Redeem.ClaimID, b.Root, r, int(ch.Index), proof, wf.signed, wf.sig, wf.instance, wf.try)
			}
		} else if spec, sig, ok := n.signedSpec(l.Job); ok {
			answer = func(proof []common.Hash) (chain.PaymentTx, error) {
				return pay.Answer(ctx, b.Redeem.ClaimID, b.Root, r, int(ch.Index), proof, spec, sig)
			}
		} else {
			log.Warn("a challenged leaf's job is not known here: it cannot be answered", "job", short(l.Job))
			continue
		}
		p, err := n.store.Proof(ledger.ReceiptKey{Job: l.Job, Attempt: l.Attempt})
		if err != nil || p.Root != b.Root {
			log.Warn("a challenged leaf's receipt has no proof in the claimed batch here", "job", short(l.Job), "err", err)
			continue
		}
		tx, err := answer(p.Siblings)
		if err != nil {
			return err
		}
		log.Info("answered a challenge of a claim", "tx", tx.TxHash)
	}
	return nil
}

// workflowTry is what shows a workflow try's owner signed it: the
// workflow's signed form and signature, and the try's instance and try.
type workflowTry struct {
	signed        *types.SignedWorkflow
	sig           []byte
	instance, try uint32
}

// signedWorkflowTry is job id's workflow, when the job is a workflow's
// try, from the workflow's event as this daemon holds it; false for a job
// of its own (or one not held here), an error for a try whose workflow is
// not held or does not open.
func (n *Node) signedWorkflowTry(id common.Hash) (workflowTry, bool, error) {
	n.mu.Lock()
	j := n.brain.Job(id)
	if j == nil || j.Instance == nil {
		n.mu.Unlock()
		return workflowTry{}, false, nil
	}
	inst := *j.Instance
	var ev *types.JobEvent
	if w := n.brain.Workflow(inst.Workflow); w != nil {
		ev = w.Event
	}
	n.mu.Unlock()
	if ev == nil {
		return workflowTry{}, true, fmt.Errorf("workflow %s is no longer held here", short(inst.Workflow))
	}
	sw, err := decodeSignedWorkflow(ev.Spec)
	if err != nil {
		return workflowTry{}, true, err
	}
	return workflowTry{signed: sw, sig: slices.Clone(ev.OwnerSig), instance: inst.Index, try: inst.Try}, true, nil
}

// signedSpec is job id's spec and its owner's signature, from the job's
// submit event as this daemon folded it.
func (n *Node) signedSpec(id common.Hash) (*types.JobSpec, []byte, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	j := n.brain.Job(id)
	if j == nil || j.Spec == nil {
		return nil, nil, false
	}
	for _, e := range j.Events() {
		if e.Type == types.EvSubmit && len(e.OwnerSig) > 0 {
			return j.Spec, slices.Clone(e.OwnerSig), true
		}
	}
	return nil, nil, false
}
