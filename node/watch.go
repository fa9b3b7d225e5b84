package node

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

// Claim watching. An executor's claim at the escrow commits only to a
// payments tree's root and per-owner totals; during its dispute window
// anyone may void it with a fraud proof built from its leaves. Executors
// publish the leaves of their claims (RedemptionProtocol), and a daemon
// watches the claims that charge the owners of jobs it is home to: it reads
// each new Claimed event, the owed totals from the claim's transaction,
// fetches the leaves from the executor, audits them as the escrow's
// disputes would (chain.Audit) and sends the dispute for what it finds.
// Each daemon watches its own owners' claims only, so the work grows with
// what it submits, not with the network.
//
// How a hostile executor fares: leaves that break the escrow's rules
// (cost, sums, order, duplicates, malformed) are disputed and the claim
// voided, its owners charged nothing; a leaf charging an owner for a job
// this daemon never heard of is challenged, and voided unless the
// executor shows the owner's signed spec in time (executors answer the
// challenges of their claims: redeem.go); leaves it will not publish, or
// that do not build the claimed root, are logged and counted
// (skyops_claims_unaudited_total).

// RedemptionProtocol is the network's redemption protocol: any peer asks
// an executor for the leaves and owed totals of its claim on an anchored
// batch, to audit them.
func RedemptionProtocol(network string) protocol.ID {
	return protocol.ID("/skyops/" + network + "/redemption/1.0.0")
}

// maxRedemptionBytes bounds an answer: a batch's leaves at about 700
// bytes each in JSON, for a batch far larger than the default 1,024.
const maxRedemptionBytes = 16 << 20

// publishedRedemption is what an executor publishes for a claim.
type publishedRedemption struct {
	Leaves []chain.PaymentLeaf `json:"leaves"`
	Owed   []chain.Owed        `json:"owed"`
}

// serveRedemption answers "ANCHORROOT\n" with status 0 and the batch's
// published redemption (JSON), or status 1 and why.
func (n *Node) serveRedemption(s network.Stream) {
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(30 * time.Second))
	line, err := bufio.NewReader(io.LimitReader(s, 128)).ReadString('\n')
	if err != nil {
		_ = s.Reset()
		return
	}
	refuse := func(why string) { _, _ = s.Write(append([]byte{1}, why...)) }
	hex := strings.TrimSpace(line)
	if len(hex) != 66 || !strings.HasPrefix(hex, "0x") {
		refuse("malformed request: want \"ANCHORROOT\" (0x and 64 hex digits)")
		return
	}
	b, err := n.store.Batch(common.HexToHash(hex))
	if err != nil || b.Redeem == nil || b.Redeem.ClaimID == (common.Hash{}) {
		refuse("this daemon has no claim on that batch")
		return
	}
	_, pay, err := n.paymentsChain()
	if err != nil || pay == nil {
		refuse("this daemon has no escrow")
		return
	}
	r, err := n.redemptionOf(pay, b)
	if err != nil || r == nil {
		refuse("the batch's redemption cannot be built here")
		return
	}
	out, _ := json.Marshal(publishedRedemption{Leaves: r.Leaves, Owed: r.Owed})
	_, _ = s.Write(append([]byte{0}, out...))
}

// fetchRedemption asks executor p for the redemption of its claim on
// anchorRoot, and assembles it (the caller audits it against the claim).
func (n *Node) fetchRedemption(ctx context.Context, p peer.ID, anchorRoot common.Hash) (*chain.Redemption, error) {
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	s, err := n.host.LibP2P().NewStream(sctx, p, RedemptionProtocol(n.cfg.Network))
	if err != nil {
		return nil, fmt.Errorf("reach %s for the leaves of batch %s: %w", p, short(anchorRoot), err)
	}
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := fmt.Fprintf(s, "%s\n", anchorRoot.Hex()); err != nil {
		return nil, err
	}
	_ = s.CloseWrite()
	resp, err := io.ReadAll(io.LimitReader(s, maxRedemptionBytes+1))
	switch {
	case err != nil || len(resp) == 0:
		return nil, fmt.Errorf("leaves of batch %s from %s: no answer: %v", short(anchorRoot), p, err)
	case len(resp) > maxRedemptionBytes:
		return nil, fmt.Errorf("leaves of batch %s from %s: answer over %d bytes", short(anchorRoot), p, maxRedemptionBytes)
	case resp[0] != 0:
		return nil, fmt.Errorf("leaves of batch %s refused by %s: %s", short(anchorRoot), p, resp[1:])
	}
	var pub publishedRedemption
	if err := json.Unmarshal(resp[1:], &pub); err != nil {
		return nil, fmt.Errorf("leaves of batch %s from %s: %w", short(anchorRoot), p, err)
	}
	return chain.AssembleRedemption(pub.Leaves, pub.Owed)
}

// claimWatch is what the watcher keeps between rounds: the next block to
// read Claimed events from, and the claims not audited yet (their leaves
// did not come), retried until their window closes. Only watchLoop's
// goroutine touches it.
type claimWatch struct {
	next    uint64                  // 0: not started
	waiting map[common.Hash]*waiter // by claim id; bounded by maxWaitingClaims
}

// waiter is a claim the watcher has not finished with: its Claimed event,
// and its owed totals once read (they do not change), so a claim retried
// round after round costs one call of the escrow, not three.
type waiter struct {
	event  chain.ClaimEvent
	owed   []chain.Owed // nil until read
	failed bool         // an audit was tried and could not be made
	// challenged is the leaf this daemon challenged (its job is not known
	// here), followed until answered or voided; -1 for none.
	challenged int64
}

// auditOutcome is what one look at a claim came to.
type auditOutcome uint8

const (
	auditDone   auditOutcome = iota // audited (and disputed if it had to be), or not this daemon's owners'
	auditRetry                      // the chain did not answer: look again
	auditFailed                     // the leaves did not come or did not fit the claim: look again
	auditClosed                     // finalized, voided or past its window: nothing more to do
)

// Bounds of one watch round: blocks read at once, and claims waiting for
// their leaves (more are dropped, and counted).
const (
	maxWatchBlocks   = 2_000
	maxWaitingClaims = 1_024
)

func (n *Node) watchLoop(ctx context.Context) {
	tick(ctx, n.cfg.BondPoll, func() { n.watchClaims(ctx) })
}

// watchClaims reads the Claimed events since the last round and audits
// those that charge owners of jobs this daemon is home to.
func (n *Node) watchClaims(ctx context.Context) {
	c, pay, err := n.paymentsChain()
	if err != nil || pay == nil {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	head, err := c.HeadBlock(cctx)
	if err != nil {
		n.metrics.chainError(ctx, "watch")
		return
	}
	from := n.watch.next
	if from == 0 {
		// A daemon starting looks back one dispute window: claims older
		// than that can no longer be disputed.
		window, err := pay.DisputeWindow(cctx)
		if err != nil {
			n.metrics.chainError(ctx, "watch")
			return
		}
		from = head - min(head, window) + 1
	}
	if from > head {
		return
	}
	to := min(head, from+maxWatchBlocks-1)
	events, err := pay.ClaimsBetween(cctx, from, to)
	if err != nil {
		n.metrics.chainError(ctx, "watch")
		n.log.Debug("reading claims (will retry)", "err", err)
		return
	}
	if n.watch.waiting == nil {
		n.watch.waiting = map[common.Hash]*waiter{}
	}
	for _, e := range events {
		if e.Executor == n.key.Address() {
			continue
		}
		if len(n.watch.waiting) >= maxWaitingClaims {
			n.metrics.claimUnaudited()
			continue
		}
		if _, ok := n.watch.waiting[e.ID]; !ok {
			n.watch.waiting[e.ID] = &waiter{event: e, challenged: -1}
		}
	}
	n.watch.next = to + 1
	if len(n.watch.waiting) == 0 {
		return
	}
	owners := n.homeOwners()
	for id, w := range n.watch.waiting { // each claim on its own: the order decides nothing
		switch n.auditClaim(cctx, pay, head, owners, w) {
		case auditFailed:
			w.failed = true
		case auditClosed:
			if w.failed {
				n.metrics.claimUnaudited()
			}
			delete(n.watch.waiting, id)
		case auditDone:
			delete(n.watch.waiting, id)
		}
	}
}

// homeOwners are the owners of the jobs this daemon is home to: whose
// claims it watches.
func (n *Node) homeOwners() map[common.Address]bool {
	self := n.key.PeerID()
	out := map[common.Address]bool{}
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, j := range n.brain.Jobs() {
		if j.Spec != nil && j.Home == self {
			out[j.Owner] = true
		}
	}
	return out
}

// auditClaim audits w's claim if it charges one of owners, and disputes
// the first fraud its leaves show.
func (n *Node) auditClaim(ctx context.Context, pay *chain.Payments, head uint64, owners map[common.Address]bool, w *waiter) auditOutcome {
	id := w.event.ID
	ci, err := pay.ClaimOfEvent(ctx, w.event)
	if err != nil {
		n.metrics.chainError(ctx, "watch")
		return auditRetry
	}
	if w.challenged >= 0 {
		return n.followChallenge(ctx, pay, ci, head, w)
	}
	if ci.State != chain.ClaimPending || head >= ci.ReadyAt {
		return auditClosed
	}
	if w.owed == nil {
		owed, err := pay.ClaimedOwed(ctx, ci)
		if errors.Is(err, chain.ErrNotAClaimCall) {
			n.log.Info("a claim made through a contract: its owners are not in its transaction, not audited", "claim", short(id))
			n.metrics.claimUnaudited()
			return auditDone
		}
		if err != nil {
			n.metrics.chainError(ctx, "watch")
			return auditRetry
		}
		w.owed = owed
	}
	ours := false
	for _, o := range w.owed {
		ours = ours || owners[o.Owner]
	}
	if !ours {
		return auditDone
	}
	log := n.log.With("claim", short(id), "executor", ci.Executor, "batch", short(ci.AnchorRoot))
	p, ok := n.peerOfAddress(ci.Executor)
	if !ok {
		log.Warn("a claim charging this daemon's owners by an executor not in the view: its leaves cannot be fetched")
		return auditFailed
	}
	r, err := n.fetchRedemption(ctx, p, ci.AnchorRoot)
	if err != nil {
		log.Warn("a claim charging this daemon's owners: its leaves did not come (will retry until its window closes)", "err", err)
		return auditFailed
	}
	findings, err := chain.Audit(r, ci)
	if err != nil {
		log.Warn("a claim charging this daemon's owners: its leaves are not what it committed to (will retry until its window closes)", "err", err)
		return auditFailed
	}
	if len(findings) == 0 {
		unknown := n.crossCheckLeaves(log, r, owners)
		if len(unknown) == 0 {
			return auditDone
		}
		// A leaf charging this daemon's owner for a job it never heard of:
		// the executor must show the owner signed it, or lose the claim.
		i := unknown[0]
		tx, err := pay.Challenge(ctx, id, uint64(i))
		if err != nil {
			log.Warn("challenging a leaf for a job not known here (will retry)", "leaf", i, "err", err)
			return auditRetry
		}
		w.challenged = int64(i)
		log.Warn("challenged a leaf charging this daemon's owner for a job not known here", "leaf", i, "job", short(r.Leaves[i].Job), "tx", tx.TxHash)
		return auditRetry
	}
	f := findings[0]
	tx, err := pay.Dispute(ctx, id, r, f)
	if err != nil {
		log.Warn("disputing a fraudulent claim (will retry)", "fraud", f, "err", err)
		return auditRetry
	}
	log.Warn("disputed a fraudulent claim: voided", "fraud", f, "tx", tx.TxHash)
	n.metrics.claimDisputed()
	return auditDone
}

// followChallenge follows the challenge this daemon made of a leaf of
// claim ci: answered, it is over (the bond went to the executor); past its
// deadline unanswered, or with the claim voided otherwise, it voids the
// claim for it, which gives the bond back.
func (n *Node) followChallenge(ctx context.Context, pay *chain.Payments, ci chain.ClaimInfo, head uint64, w *waiter) auditOutcome {
	log := n.log.With("claim", short(ci.ID), "leaf", w.challenged)
	if ci.State == chain.ClaimPaid {
		return auditClosed
	}
	chs, err := pay.ChallengesOf(ctx, ci.ID, ci.ReadyAt)
	if err != nil {
		n.metrics.chainError(ctx, "watch")
		return auditRetry
	}
	var mine *chain.OpenChallenge
	for i := range chs {
		if int64(chs[i].Index) == w.challenged && chs[i].Challenger == n.key.Address() {
			mine = &chs[i]
		}
	}
	switch {
	case mine == nil:
		log.Info("the executor answered this daemon's challenge: the leaf is backed by a signed job")
		return auditDone
	case ci.State == chain.ClaimPending && head <= mine.Deadline:
		return auditRetry // the executor may still answer
	}
	tx, err := pay.VoidUnanswered(ctx, ci.ID, mine.Index)
	if err != nil {
		log.Warn("voiding a claim for its unanswered challenge (will retry)", "err", err)
		return auditRetry
	}
	if ci.State == chain.ClaimPending {
		log.Warn("voided a claim whose challenged leaf went unanswered", "tx", tx.TxHash)
		n.metrics.claimDisputed()
	}
	return auditDone
}

// crossCheckLeaves compares the leaves of this daemon's owners with the
// receipts it holds, and returns the indices of those whose job it does
// not know at all (no such job in its record, no receipt of it). A leaf
// that contradicts a receipt held here is the executor's word against its
// own signed receipt: no dispute the escrow takes proves it
// (docs/payments.md), so it is logged for the owner to see.
func (n *Node) crossCheckLeaves(log interface{ Warn(string, ...any) }, r *chain.Redemption, owners map[common.Address]bool) []int {
	var unknown []int
	for i, l := range r.Leaves {
		if !owners[l.Owner] {
			continue
		}
		sealed, err := n.store.Receipt(ledger.ReceiptKey{Job: l.Job, Attempt: l.Attempt})
		if err != nil {
			if n.jobByID(l.Job) == nil {
				unknown = append(unknown, i)
			}
			continue
		}
		op, err := types.OpenReceipt(n.cfg.Network, sealed)
		if err != nil {
			continue
		}
		rc := op.Receipt
		if op.Digest != l.ReceiptDigest || rc.CostWei.Cmp(l.CostWei) != 0 || rc.PriceWei.Cmp(l.PriceWei) != 0 || rc.BilledMs() != l.BilledMs {
			log.Warn("a claimed leaf does not match the receipt this daemon holds", "job", short(l.Job), "attempt", l.Attempt,
				"leafCost", l.CostWei, "receiptCost", rc.CostWei)
		}
	}
	return unknown
}

// peerOfAddress finds the node whose key has address a among the view's.
func (n *Node) peerOfAddress(a common.Address) (peer.ID, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, e := range n.brain.View().Nodes() {
		if addr, err := types.NodeAddress(e.Advert.Node); err == nil && addr == a {
			return e.Advert.Node, true
		}
	}
	return "", false
}
