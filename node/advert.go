package node

// Adverts: what this node offers, signed and gossiped on change and on a
// heartbeat, paced to what peers' validators allow; and the loop that folds
// the adverts other nodes send into the brain's view.

import (
	"bytes"
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/rlp"
	"golang.org/x/time/rate"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// advertCheck is how often the advert loop looks at what the node would
// advertise (and expires the view): a change nobody kicked (addresses, the
// disk) goes out within it, and so does a greeting to a newcomer.
const advertCheck = time.Second

// advertLoop publishes the node's advert: at once when its capacity changes
// (a kick), within advertCheck of any other change or of a newcomer joining
// (see greet), and every AdvertInterval when nothing changed: a heartbeat,
// for peers to tell this node is alive (their TTL is at least two
// heartbeats). Adverts that say nothing new are what an idle network
// spends its CPU on (signing, verifying and relaying each one at every
// peer), so the heartbeat is slow (a third of the TTL by default) and
// changes are not held back by it. Adverts keep to the rate peers'
// validators allow (advertPace): changes that come faster go out together.
func (n *Node) advertLoop(ctx context.Context) {
	check := time.NewTicker(min(advertCheck, n.cfg.AdvertInterval))
	defer check.Stop()
	beat := time.NewTimer(n.cfg.AdvertInterval)
	defer beat.Stop()
	for {
		force, beating := false, false
		select {
		case <-ctx.Done():
			return
		case <-check.C:
			n.expire()
			force = n.greet.Swap(false)
		case <-beat.C:
			force, beating = true, true
		case <-n.kick:
		}
		n.noteBeat()
		switch {
		case n.advertise(ctx, force):
			beat.Reset(n.cfg.AdvertInterval)
		case beating:
			// The heartbeat failed (it was logged): try again soon, not
			// a whole interval later.
			beat.Reset(min(advertCheck, n.cfg.AdvertInterval))
		}
	}
}

// greetNewcomer asks for an advert at the next check even if nothing
// changed: a peer that just joined the view, or the adverts topic, would
// otherwise not hear of this node until its next heartbeat. Greetings that
// come together are one advert, so a peer that joins and leaves over and
// over costs at most one advert per advertCheck.
func (n *Node) greetNewcomer() { n.greet.Store(true) }

func (n *Node) expire() {
	now := uint64(time.Now().UnixMilli())
	n.mu.Lock()
	n.rememberDepartingLocked(now)
	gone := n.brain.Step(sched.Msg{Type: sched.MsgExpire, NowMs: now}).Left
	n.mu.Unlock()
	if len(gone) > 0 {
		n.webViewChanged()
	}
	for _, id := range gone {
		n.log.Info("node left the view (no advert within TTL)", "peer", id, "ttl", n.cfg.AdvertTTL)
	}
}

// advertise publishes the current advert if it differs from the last one
// published (anything but its sequence and time), or if force; it reports
// whether it published. When the node has advertised at its full rate, it
// first waits for advertPace, so that what it then publishes is the newest
// state.
func (n *Node) advertise(ctx context.Context, force bool) bool {
	if wait := n.pace.wait(time.Now()); wait > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-time.After(wait):
		}
	}
	a := n.buildAdvert()
	if !force {
		n.mu.Lock()
		same := n.lastAdv != nil && sameOffer(n.lastAdv, a)
		n.mu.Unlock()
		if same {
			return false
		}
	}
	if !n.publish(ctx, a) {
		return false
	}
	n.pace.spend(time.Now())
	return true
}

// advertPace keeps a node's adverts to the rate its peers' validators
// allow, one per p2p.MinAdvertGap on average (a token bucket,
// x/time/rate), in bursts of half theirs: gossip may deliver adverts sent
// apart together, and those must not run past the receiver's bucket. An
// idle node's adverts (its heartbeat, a change now and then) are never
// held back.
type advertPace struct{ lim *rate.Limiter }

const advertPaceBurst = p2p.AdvertBurst / 2

func newAdvertPace() advertPace {
	return advertPace{lim: rate.NewLimiter(rate.Every(p2p.MinAdvertGap), advertPaceBurst)}
}

// wait is how long until the next advert may go out.
func (p *advertPace) wait(now time.Time) time.Duration {
	tokens := p.lim.TokensAt(now)
	if tokens >= 1 {
		return 0
	}
	return time.Duration((1 - tokens) * float64(p2p.MinAdvertGap))
}

// spend takes an advert's token (ahead of time, if it came early).
func (p *advertPace) spend(now time.Time) { p.lim.ReserveN(now, 1) }

// sameOffer reports whether two adverts say the same, their sequence and
// time aside: their canonical encodings, less those, are equal. (By the
// encoding rather than field by field, so that a field added to Advert
// counts as a change without anyone remembering to add it here.)
func sameOffer(a, b *types.Advert) bool {
	x, y := *a, *b
	x.Seq, x.TimeMs, y.Seq, y.TimeMs = 0, 0, 0, 0
	ex, err1 := rlp.EncodeToBytes(&x)
	ey, err2 := rlp.EncodeToBytes(&y)
	return err1 == nil && err2 == nil && bytes.Equal(ex, ey)
}

// publish numbers, dates, signs and gossips an advert from buildAdvert; it
// reports whether the advert went out.
func (n *Node) publish(ctx context.Context, a *types.Advert) bool {
	seq, err := n.nextSeq()
	if err != nil {
		n.log.Error("reserve advert sequence numbers", "err", err)
		return false
	}
	now := time.Now()
	a.Seq, a.TimeMs = seq, uint64(now.UnixMilli())
	data, err := types.SealAdvert(n.cfg.Network, a, n.key)
	if err != nil {
		n.log.Error("seal advert", "err", err)
		return false
	}
	n.mu.Lock()
	n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: a, Raw: data, NowMs: uint64(now.UnixMilli())})
	n.lastAdv, n.lastRaw = a, data
	n.mu.Unlock()
	n.webViewChanged() // its own node is in the view too
	if err := n.host.PublishAdvert(ctx, data); err != nil && ctx.Err() == nil {
		n.log.Warn("publish advert", "err", err)
	}
	return true
}

func (n *Node) nextSeq() (uint64, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.seqNext == 0 || n.seqNext > n.seqEnd {
		first, err := n.store.ReserveSeqs(seqBlock)
		if err != nil {
			return 0, err
		}
		n.seqNext, n.seqEnd = first, first+seqBlock-1
	}
	s := n.seqNext
	n.seqNext++
	return s, nil
}

// buildAdvert is what the node offers now, as an advert without its
// sequence and time (publish sets them).
func (n *Node) buildAdvert() *types.Advert {
	n.mu.Lock()
	usedCores, usedRAM, usedGPUs := n.brain.Used()
	jobs := []string{}
	for _, id := range n.brain.Claims() {
		jobs = append(jobs, id.Hex())
	}
	n.mu.Unlock()
	held := make(map[int]bool, len(usedGPUs))
	for _, g := range usedGPUs {
		held[g] = true
	}
	groups := n.gpus.Groups(held)
	if len(jobs) > types.MaxJobs {
		jobs = jobs[:types.MaxJobs]
	}
	addrs := n.host.Addrs()
	if len(addrs) > types.MaxAddrs {
		addrs = addrs[:types.MaxAddrs]
	}
	return &types.Advert{
		Node:        n.key.PeerID(),
		Addrs:       addrs,
		GPUs:        groups,
		CPUCores:    n.capacity.cpuCores,
		RAMMiB:      n.capacity.ramMiB,
		CPUFree:     n.capacity.cpuCores - min(usedCores, n.capacity.cpuCores),
		RAMFreeMiB:  n.capacity.ramMiB - min(usedRAM, n.capacity.ramMiB),
		DiskMiB:     n.disk.jobDiskMiB() / 1024 * 1024, // whole GiB: a few written bytes do not change the advert
		Runtimes:    n.runtimes(),
		PriceWei:    new(big.Int).Set(n.cfg.PriceWei),
		Region:      n.cfg.Region,
		CPUPriceWei: new(big.Int).Set(n.cfg.CPUPriceWei),
		Jobs:        jobs,
		CIDs:        n.datasets.get(),
		Agent:       "skyopsd/" + Version,
		Images:      n.images.get(),
		Coord:       n.coords.forAdvert(),
	}
}

func (n *Node) receiveLoop(ctx context.Context) {
	for {
		a, err := n.host.NextAdvert(ctx)
		if err != nil {
			return // the subscription ends only when the node closes
		}
		now := time.Now()
		n.mu.Lock()
		outcome := n.brain.Step(sched.Msg{Type: sched.MsgAdvert, Advert: a, NowMs: uint64(now.UnixMilli())}).Outcome
		n.mu.Unlock()
		if outcome == sched.Added && a.Node != n.key.PeerID() {
			n.log.Info("node joined the view", "peer", a.Node, "gpus", len(a.GPUs))
			n.greetNewcomer()   // new here, it likely has not heard of this node either (it just started, or a partition healed)
			n.nudgeSync(a.Node) // it, or this node, may have missed job events
			if err := n.store.PutPeer(ledger.KnownPeer{ID: a.Node.String(), Addrs: a.Addrs, LastSeen: now}); err != nil {
				n.log.Warn("remember peer", "err", err)
			}
		}
		if outcome != sched.Replayed {
			n.webViewChanged()
		}
		if n.cfg.OnAdvert != nil {
			n.cfg.OnAdvert(a, outcome.String(), now)
		}
	}
}
