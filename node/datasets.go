package node

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/skyops/skyops/sched"
)

// Datasets nobody advertises. A job whose dataset no live node lists in
// its advert waits (the brain's data filter: no node fits it, "no
// provider of bafy… found"), since a node that claimed it could not
// stage it. Meanwhile its home looks for the content wherever it may be
// outside the adverts: providers the DHT names and the peers it is
// connected to, IPFS nodes among them (a bitswap want goes to every
// connected peer). When it finds the root it fetches the whole DAG, holds
// it and lists it in its own advert: the job becomes placeable, and the
// executor fetches from the home. Until then nothing is claimed; the job
// runs once a peer adds the content or an IPFS node holding it connects.
//
// What a hostile peer can do: list a CID it does not hold, so the job
// becomes placeable and its executors fail to stage it; they give the
// attempt back, and after sched.MaxPullGiveBacks distinct nodes the job
// fails with the reason.

const (
	// datasetSearchInterval is how often a home looks again for the
	// datasets of its waiting jobs.
	datasetSearchInterval = 30 * time.Second
	// providerFindTimeout bounds one search for a dataset's root.
	providerFindTimeout = 15 * time.Second
)

// datasetLoop looks for the unadvertised datasets of this home's pending
// jobs after each submit here and every datasetSearchInterval.
func (n *Node) datasetLoop(ctx context.Context) {
	t := time.NewTicker(datasetSearchInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-n.wantData:
		}
		n.findDatasets(ctx)
	}
}

// findDatasets fetches, one at a time, each dataset that a pending job of
// this home waits for and no live node advertises.
func (n *Node) findDatasets(ctx context.Context) {
	for _, c := range n.unprovidedDatasets() {
		if ctx.Err() != nil {
			return
		}
		if held, err := n.content.Holds(c); err == nil && held {
			continue // held, and listed from the next advert on
		}
		fctx, cancel := context.WithTimeout(ctx, providerFindTimeout)
		r, err := n.exchange.Open(fctx, c)
		cancel()
		if err != nil {
			n.log.Debug("dataset of a waiting job: no provider found yet", "cid", c, "err", err)
			continue
		}
		r.Close()
		n.log.Info("found the dataset of a waiting job; fetching it to provide it", "cid", c)
		if err := n.exchange.Fetch(ctx, c); err != nil {
			n.log.Warn("fetch the dataset of a waiting job", "cid", c, "err", err)
			continue
		}
		n.heldContent(c)
	}
}

// unprovidedDatasets lists, once each, the dataset each pending job of
// this home waits for (sched.Unprovided over the live view).
func (n *Node) unprovidedDatasets() []cid.Cid {
	self := n.key.PeerID()
	nowMs := uint64(time.Now().UnixMilli())
	ttl := uint64(n.cfg.AdvertTTL.Milliseconds())
	n.mu.Lock()
	defer n.mu.Unlock()
	view := n.brain.View().Nodes()
	seen := map[string]bool{} // a lookup, never iterated
	var out []cid.Cid
	for _, j := range n.brain.Jobs() {
		if j.Home != self || j.State != sched.Pending || j.Spec == nil {
			continue
		}
		id := sched.Unprovided(sched.RequirementsFor(common.Hash(j.ID), j.Spec), view, nowMs, ttl)
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		if c, err := cid.Decode(id); err == nil {
			out = append(out, c)
		}
	}
	return out
}
