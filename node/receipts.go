package node

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gocid "github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/exec/result"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// attemptEvents collects the signed events of one attempt by one executor
// from what this peer holds. ok is false while the result is missing.
// The result is the executor's complete or fail; for a job its owner
// cancelled while the attempt ran, with neither, it is the executor's
// metered stop report (see reportCancelled). evs are j.Events(), which
// the caller sorts once for all its look-ups; it holds n.mu.
func attemptEvents(j *sched.Job, evs []*types.JobEvent, executor peer.ID, attempt uint32) (ev ledger.AttemptEvents, ok bool) {
	ev.Spec, ev.Owner = j.Spec, j.Owner
	ev.MicroSkyopsPerETH = j.Req.MicroSkyopsPerETH // the rate its spec was signed under, for a job paid in $SKYOPS
	var stopped *types.JobEvent
	for _, e := range evs {
		if e.Actor != executor || e.Attempt != attempt {
			continue
		}
		switch e.Type {
		case types.EvClaim:
			if ev.Claim == nil {
				ev.Claim = e
			}
		case types.EvStart:
			if ev.Start == nil {
				ev.Start = e
			}
		case types.EvComplete, types.EvFail:
			if ev.End == nil {
				ev.End = e
			}
		case types.EvProgress:
			if stopped == nil && ledger.IsStopReport(e) {
				stopped = e
			}
		}
	}
	if ev.End == nil && stopped != nil && j.State == sched.Cancelled {
		ev.End, ev.Cancel = stopped, j.Cancelled
	}
	return ev, ev.Spec != nil && ev.Claim != nil && ev.End != nil
}

// checkStopReport bounds a stop report's metering as the reducer bounds a
// result's (sched.CheckMetering: GPUs, wall time within its events' span,
// energy, CPU time), and requires it to be by the cancelled attempt's
// standing claimant. nil when the attempt's end is not a stop report.
// The caller holds n.mu.
func checkStopReport(j *sched.Job, ev ledger.AttemptEvents) error {
	if ev.End == nil || !ledger.IsStopReport(ev.End) {
		return nil
	}
	if w := j.Winner; w == nil || w.Node != ev.End.Actor || w.Attempt != ev.End.Attempt {
		return errors.New("the stop report is not by the cancelled attempt's standing claimant")
	}
	if err := sched.CheckMetering(j.Req, j.Spec, j.Winner, ev.Start, ev.End); err != nil {
		return fmt.Errorf("the stop report %w", err)
	}
	return nil
}

// checkMetered bounds what an attempt's end (a result, or a stop report)
// meters by what every peer can check, as the reducer does for the result
// it accepts (sched.CheckMetering): a receipt built from an inflated
// result is refused like the result. The caller holds n.mu.
func checkMetered(j *sched.Job, ev ledger.AttemptEvents) error {
	if ev.End == nil {
		return nil
	}
	if ledger.IsStopReport(ev.End) {
		return checkStopReport(j, ev)
	}
	c, ok := j.ClaimBy(ev.End.Actor, ev.End.Attempt)
	if !ok {
		return errors.New("the job holds no claim of the attempt's executor")
	}
	if err := sched.CheckMetering(j.Req, j.Spec, &c, ev.Start, ev.End); err != nil {
		return fmt.Errorf("the attempt's %s %w", ev.End.Type, err)
	}
	return nil
}

// reportCancelled is what an executor does when the run of attempt it
// held stopped because the job's owner cancelled it: it signs what the run
// metered until then in a last progress event (a stop report: the run's
// Metering, the reason, its final exit status and telemetry CID), which
// every peer folds without changing the job's state (it stays cancelled),
// and signs the attempt's receipt from it, so the time the job ran is
// billed and earned like any other. A run stopped for another reason (a
// better claim, a lost attempt, the daemon closing) reports nothing.
func (n *Node) reportCancelled(id common.Hash, attempt uint32, code int, ppm uint32, meter types.Metering, telemetryCID func() string) {
	self := n.key.PeerID()
	n.mu.Lock()
	j := n.brain.Job(id)
	cancelled := j != nil && j.State == sched.Cancelled && j.Winner != nil && j.Winner.Node == self &&
		j.Winner.Attempt == attempt && j.Started != nil && j.Started.Actor == self && !n.closed
	n.mu.Unlock()
	if !cancelled || meter.WallMs == 0 {
		return
	}
	// The run's own context has ended; the report gets one of its own.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ev := &types.JobEvent{Job: id, Type: types.EvProgress, Attempt: attempt, ProgressPPM: min(ppm, types.ProgressScale),
		Reason: ledger.StopReasonCancelled, TelemetryCID: telemetryCID(), Meter: meter}
	ev.SetExit(code)
	log := n.log.With("job", short(id), "attempt", attempt)
	if err := n.publishEvent(ctx, ev); err != nil {
		log.Warn("publish the metering of a cancelled run", "err", err)
		return
	}
	n.issueReceipt(ctx, ev)
	log.Info("cancelled by its owner: the time it ran is metered", "wallMs", meter.WallMs, "gpus", meter.GPUs)
}

// issueReceipt signs, stores and gossips the receipt of an attempt this
// node just ended (e is its own complete, fail or stop report, already
// folded).
func (n *Node) issueReceipt(ctx context.Context, e *types.JobEvent) {
	n.mu.Lock()
	j := n.brain.Job(e.Job)
	var ev ledger.AttemptEvents
	ok := false
	var bad error
	if j != nil {
		ev, ok = attemptEvents(j, j.Events(), n.key.PeerID(), e.Attempt)
		bad = checkMetered(j, ev)
	}
	model := ""
	if ex := n.runs[e.Job]; ex != nil && len(ex.gpus) > 0 {
		model = n.gpus.Devices[ex.gpus[0]].Model
	}
	n.mu.Unlock()
	log := n.log.With("job", short(e.Job), "attempt", e.Attempt)
	if !ok {
		log.Warn("no receipt: the attempt's claim or result is not in this node's record")
		return
	}
	if bad != nil {
		log.Warn("no receipt: its events would not back it", "err", bad)
		return
	}
	r, err := ledger.BuildReceipt(e.Job, ev, model)
	if err != nil {
		log.Error("build receipt", "err", err)
		return
	}
	sealed, err := types.SealReceipt(n.cfg.Network, r, n.key)
	if err != nil {
		log.Error("seal receipt", "err", err)
		return
	}
	op, err := types.OpenReceipt(n.cfg.Network, sealed)
	if err != nil {
		log.Error("own receipt does not open", "err", err)
		return
	}
	if err := n.store.PutReceipt(ledger.ReceiptKey{Job: e.Job, Attempt: e.Attempt}, sealed, true, op.Digest); err != nil {
		log.Error("store receipt", "err", err)
		return
	}
	if err := n.host.PublishReceipt(ctx, sealed); err != nil && ctx.Err() == nil {
		log.Warn("gossip receipt", "err", err)
	}
	log.Info("receipt signed", "cost", types.FormatETH(r.CostWei)+" ETH", "gpuSeconds", r.GPUMs/1000)
	if q, err := n.store.QueuedReceipts(); err == nil && q >= n.cfg.AnchorBatch {
		n.kickAnchor()
	}
}

// checkReceipt is the gossip check of a receipt beyond its signature: if
// this peer holds the attempt's events, the receipt must agree with them,
// and its executor must have held the attempt's standing claim. A receipt
// for events this peer hasn't seen yet passes (its events may be a hop
// behind); `skyops verify` checks it again against whatever is held then.
func (n *Node) checkReceipt(op *types.OpenedReceipt) error {
	r := op.Receipt
	n.mu.Lock()
	defer n.mu.Unlock()
	j := n.brain.Job(r.Job)
	if j == nil || j.Spec == nil {
		return nil
	}
	if r.Owner != j.Owner {
		return fmt.Errorf("receipt owner %s is not the job's owner %s", r.Owner, j.Owner)
	}
	evs := j.Events()
	exec, ok := attemptExecutor(evs, r)
	if !ok {
		return nil
	}
	ev, ok := attemptEvents(j, evs, exec, r.Attempt)
	if !ok {
		return nil
	}
	if err := checkMetered(j, ev); err != nil {
		return fmt.Errorf("receipt of job %s attempt %d: %w", short(r.Job), r.Attempt, err)
	}
	return ledger.CheckReceipt(r, ev)
}

// attemptExecutor finds the peer whose address signed r among the
// claimants of its attempt, in a job's events.
func attemptExecutor(evs []*types.JobEvent, r *types.Receipt) (peer.ID, bool) {
	for _, e := range evs {
		if e.Attempt != r.Attempt || e.Type != types.EvClaim {
			continue
		}
		if a, err := types.NodeAddress(e.Actor); err == nil && a == r.Executor {
			return e.Actor, true
		}
	}
	return "", false
}

// receiptLoop stores the receipts gossip brings (the owner's daemon keeps
// its jobs' receipts; every peer keeps them all, they are small).
func (n *Node) receiptLoop(ctx context.Context) {
	for {
		rr, err := n.host.NextReceipt(ctx)
		if err != nil {
			return
		}
		r := rr.Receipt.Receipt
		own := r.Executor == n.key.Address()
		k := ledger.ReceiptKey{Job: r.Job, Attempt: r.Attempt}
		if err := n.store.PutReceipt(k, rr.Raw, own, rr.Receipt.Digest); err != nil {
			n.log.Warn("store receipt", "job", short(r.Job), "err", err)
		}
	}
}

// currentChain is the connected chain, or nil.
func (n *Node) currentChain() anchorChain {
	n.chainMu.Lock()
	defer n.chainMu.Unlock()
	return n.chain
}

func (n *Node) chainLabel() string {
	if n.cfg.ChainRPC != "" {
		return n.cfg.ChainRPC
	}
	return "embedded"
}

func (n *Node) kickAnchor() { nudge(n.anchorKick) }

// anchorLoop batches this node's own receipts and anchors each batch's
// root on the chain: every AnchorInterval, or at once when AnchorBatch
// receipts wait. A chain that is down delays anchoring and loses nothing:
// receipts stay queued, and a cut batch stays pending until it is mined.
func (n *Node) anchorLoop(ctx context.Context) {
	if n.cfg.NoChain {
		return
	}
	// Connect in the background, retrying: a chain that is down when the
	// daemon starts delays anchoring, never the daemon. (On a shared chain
	// Start may have connected already, to read the bonds: bonds.go.)
	for wait := time.Second; n.currentChain() == nil; wait = min(2*wait, 30*time.Second) {
		c, err := n.openChain(ctx)
		if err == nil {
			n.chainMu.Lock()
			n.chain = c
			n.chainMu.Unlock()
			n.log.Info("chain connected", "chainId", c.ChainID(), "contract", c.Contract(), "rpc", n.chainLabel())
			break
		}
		n.metrics.chainError(ctx, "connect")
		n.log.Warn("chain not reachable (receipts wait; retrying)", "err", err, "retryIn", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
	n.recheckAnchors(ctx)
	t := time.NewTicker(n.cfg.AnchorInterval)
	defer t.Stop()
	// Redemption has its own round too: a claim's window passing is no
	// reason to wait for the next anchor round, which may be an hour off.
	r := time.NewTicker(min(n.cfg.AnchorInterval, maxRedeemGap))
	defer r.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-r.C:
			n.redeemPending(ctx)
			continue
		case <-t.C:
		case <-n.anchorKick:
		}
		n.anchorPending(ctx)
		n.redeemPending(ctx)
	}
}

// maxRedeemGap is the longest between redemption rounds (anchorLoop).
const maxRedeemGap = 5 * time.Second

// anchorPending sends every batch not yet mined, then cuts and sends new
// batches while receipts wait.
func (n *Node) anchorPending(ctx context.Context) {
	batches, err := n.store.Batches(ctx)
	if err != nil {
		n.log.Warn("read receipt batches", "err", err)
		return
	}
	for _, b := range batches {
		if b.Anchor == nil {
			if !n.sendBatch(ctx, b) {
				return // the chain is down: try again next tick
			}
		}
	}
	for ctx.Err() == nil {
		b, err := n.store.CutBatch(n.cfg.AnchorBatch, uint64(time.Now().UnixMilli()))
		if err != nil {
			n.log.Warn("cut receipt batch", "err", err)
			return
		}
		if b == nil || !n.sendBatch(ctx, b) {
			return
		}
	}
}

// sendBatch anchors one batch and records where. It reports whether the
// chain took it.
func (n *Node) sendBatch(ctx context.Context, b *ledger.Batch) bool {
	actx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	a, err := n.currentChain().Anchor(actx, b.Root, uint64(len(b.Receipts)))
	b.Tries++
	if err != nil {
		b.LastError = err.Error()
		if uerr := n.store.UpdateBatch(b); uerr != nil {
			n.log.Warn("record batch", "err", uerr)
		}
		if ctx.Err() == nil {
			n.metrics.chainError(ctx, "anchor")
			n.log.Warn("anchor receipt batch (will retry)", "root", b.Root, "receipts", len(b.Receipts), "tries", b.Tries, "err", err)
		}
		return false
	}
	a.AtMs = uint64(time.Now().UnixMilli())
	b.Anchor, b.LastError = a, ""
	if err := n.store.UpdateBatch(b); err != nil {
		n.log.Error("record anchored batch", "root", b.Root, "err", err)
		return false
	}
	n.metrics.receiptsAnchored(len(b.Receipts))
	n.log.Info("anchored receipts", "root", b.Root, "receipts", len(b.Receipts), "block", a.Block, "tx", a.TxHash, "gas", a.GasUsed)
	return true
}

// recheckAnchors forgets anchors the chain no longer has (the embedded
// chain starts empty after a restart; a dev chain may have been reset), so
// those batches are anchored again.
func (n *Node) recheckAnchors(ctx context.Context) {
	c := n.currentChain()
	batches, err := n.store.Batches(ctx)
	if err != nil {
		return
	}
	for _, b := range batches {
		if b.Anchor == nil {
			continue
		}
		if b.Anchor.ChainID == c.ChainID() && b.Anchor.Contract == c.Contract() {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			_, found, err := c.Anchored(cctx, n.key.Address(), b.Root)
			cancel()
			if err != nil || found {
				continue // can't tell now, or still there
			}
		}
		n.log.Info("anchor not on this chain any more: anchoring again", "root", b.Root, "was", b.Anchor.Block)
		b.Anchor, b.Redeem = nil, nil // its claim was on that chain too
		if err := n.store.UpdateBatch(b); err != nil {
			n.log.Warn("record batch", "err", err)
		}
	}
}

// bundle assembles a stored receipt with its proof, fetching the proof
// from the executor when this daemon doesn't hold it.
func (n *Node) bundle(ctx context.Context, k ledger.ReceiptKey) (*ledger.Bundle, error) {
	sealed, err := n.store.Receipt(k)
	if err != nil {
		return nil, err
	}
	b := &ledger.Bundle{Network: n.cfg.Network, Receipt: sealed}
	p, err := n.store.Proof(k)
	if err == nil && p.Anchor != nil {
		b.Proof = p
		return b, nil
	}
	if err != nil && !errors.Is(err, ledger.ErrNotFound) {
		return nil, err
	}
	op, err := types.OpenReceipt(n.cfg.Network, sealed)
	if err != nil {
		return nil, err
	}
	if op.Receipt.Executor == n.key.Address() {
		b.Proof = p // own receipt, not anchored yet (p may be nil: not batched)
		return b, nil
	}
	// Ask the executor, which batched it; failing that the owner's home
	// daemon, which keeps the proofs of its jobs once it has seen them.
	var ask []peer.ID
	n.mu.Lock()
	if j := n.brain.Job(k.Job); j != nil {
		if p, ok := attemptExecutor(j.Events(), op.Receipt); ok {
			ask = append(ask, p)
		}
		if j.Home != "" && j.Home != n.key.PeerID() {
			ask = append(ask, j.Home)
		}
	}
	n.mu.Unlock()
	for _, p := range ask {
		remote, err := n.fetchBundle(ctx, p, k)
		if err != nil {
			n.log.Debug("fetch receipt proof", "job", short(k.Job), "from", p, "err", err)
			continue
		}
		if remote.Proof != nil {
			b.Proof = remote.Proof
			if err := n.store.PutForeignProof(k, *remote.Proof); err != nil {
				n.log.Warn("keep receipt proof", "err", err)
			}
			break
		}
	}
	return b, nil // without a proof, verify reports it not anchored (yet)
}

// jobReceipts returns the bundles of a job's receipts, by attempt.
func (n *Node) jobReceipts(ctx context.Context, j *sched.Job) ([]*ledger.Bundle, error) {
	all, err := n.store.ReceiptsOf(j.ID)
	if err != nil {
		return nil, err
	}
	var out []*ledger.Bundle
	for att := uint32(1); len(out) < len(all) && att <= 1<<16; att++ {
		if _, ok := all[att]; !ok {
			continue
		}
		b, err := n.bundle(ctx, ledger.ReceiptKey{Job: j.ID, Attempt: att})
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// verifyBundle checks a receipt completely: what VerifyBundle proves from
// the bundle and the chain, and what only a peer with the job's events and
// blobs can: the executor held the claim, the numbers are the events',
// the GPUs are what was asked for, and the output and log held here are
// the ones the receipt names.
func (n *Node) verifyBundle(ctx context.Context, b *ledger.Bundle) *ledger.Report {
	var reader ledger.ChainReader
	if c := n.currentChain(); c != nil {
		reader = c
	}
	rep, op := ledger.VerifyBundle(ctx, b, reader)
	if op == nil {
		return rep
	}
	r := op.Receipt
	var local []ledger.Check
	add := func(name string, ok bool, reason string, args ...any) {
		local = append(local, ledger.Check{Name: name, OK: ok, Reason: fmt.Sprintf(reason, args...)})
	}
	skip := func(name, reason string) {
		local = append(local, ledger.Check{Name: name, OK: true, Skipped: true, Reason: reason})
	}
	n.mu.Lock()
	j := n.brain.Job(r.Job)
	var ev ledger.AttemptEvents
	var evOK bool
	var standing bool
	var stopErr error
	if j != nil && j.Spec != nil {
		evs := j.Events()
		if exec, ok := attemptExecutor(evs, r); ok {
			ev, evOK = attemptEvents(j, evs, exec, r.Attempt)
			stopErr = checkMetered(j, ev)
			standing = j.Winner != nil && j.Winner.Node == exec && j.Winner.Attempt == r.Attempt ||
				(j.Finished != nil && j.Finished.Actor == exec && j.Finished.Attempt == r.Attempt)
		}
	}
	n.mu.Unlock()
	switch {
	case j == nil || j.Spec == nil:
		skip(ledger.CheckExecutor, "this daemon does not know the job")
		skip(ledger.CheckEvents, "this daemon does not know the job")
	case !evOK:
		add(ledger.CheckExecutor, false, "%s has no claim and result for attempt %d in the job's events", r.Executor, r.Attempt)
		add(ledger.CheckEvents, false, "the job's events have no result by %s for attempt %d", r.Executor, r.Attempt)
	default:
		if standing {
			add(ledger.CheckExecutor, true, "%s held attempt %d's standing claim", r.Executor, r.Attempt)
		} else {
			add(ledger.CheckExecutor, false, "%s did not hold attempt %d's standing claim", r.Executor, r.Attempt)
		}
		if err := ledger.CheckReceipt(r, ev); err != nil {
			add(ledger.CheckEvents, false, "%v", err)
		} else if stopErr != nil {
			add(ledger.CheckEvents, false, "%v", stopErr)
		} else {
			add(ledger.CheckEvents, true, "price, times, metering and CIDs match the job's signed events")
		}
		switch {
		case r.GPUs == 0:
			add(ledger.CheckGPUModel, r.GPUModel == "", "CPU-only run")
		case ev.Spec.GPUModel == "" || sched.ModelMatches(ev.Spec.GPUModel, r.GPUModel):
			add(ledger.CheckGPUModel, true, "%d × %s", r.GPUs, r.GPUModel)
		default:
			add(ledger.CheckGPUModel, false, "%s is not the %s the spec asked for", r.GPUModel, ev.Spec.GPUModel)
		}
	}
	n.checkBlob(ledger.CheckOutput, r.OutputCID, add, skip)
	n.checkBlob(ledger.CheckLog, r.LogCID, add, skip)
	// The daemon's own checks go after the signature and before the chain's.
	rep.Checks = append(rep.Checks[:1], append(local, rep.Checks[1:]...)...)
	rep.Finish()
	return rep
}

// checkBlob recomputes the content address of a blob held here.
func (n *Node) checkBlob(name, cid string, add func(string, bool, string, ...any), skip func(string, string)) {
	if cid == "" {
		skip(name, "the receipt names none")
		return
	}
	if !n.blobs.Has(cid) {
		// Content-store content (a sealed output): every block read back
		// and hashed, the root's hash being the CID.
		c, err := gocid.Decode(cid)
		if err != nil {
			add(name, false, "the receipt's %s CID %q does not parse: %v", name, cid, err)
			return
		}
		held, err := n.content.Check(context.Background(), c)
		switch {
		case !held:
			skip(name, "not held by this daemon")
		case err != nil:
			add(name, false, "the %s held here is not the receipt's %s: %v", name, cid, err)
		default:
			add(name, true, "the %s held here is %s (every block matches its hash)", name, cid)
		}
		return
	}
	data, err := n.blobs.Get(cid)
	if err != nil {
		skip(name, "not held by this daemon")
		return
	}
	if got := result.CIDOf(data); got != cid {
		add(name, false, "the %s held here hashes to %s, not the receipt's %s: it was changed", name, got, cid)
		return
	}
	add(name, true, "the %s held here is %s", name, cid)
}

// receiptKeyOf parses "JOB" or "JOB/ATTEMPT" references in requests.
func receiptKeyOf(job string, attempt uint32) (ledger.ReceiptKey, error) {
	if !strings.HasPrefix(job, "0x") || len(job) != 66 {
		return ledger.ReceiptKey{}, fmt.Errorf("job id %q is not a full 0x-prefixed hash", job)
	}
	return ledger.ReceiptKey{Job: common.HexToHash(job), Attempt: attempt}, nil
}
