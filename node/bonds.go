package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// Bonds against sybils (docs/attestation.md, "Sybils and bonds"): on a
// shared chain (--chain-rpc) a daemon bonds its own node id in the
// registry contract, from its node key, and reads the registry's bonded
// set on start and every BondPoll; its brain then places only bonded
// nodes, and drops claims by unbonded ones.
//
// The first read is made in Start, before the stored jobs are folded in,
// so that the claims they hold are checked against the chain's bonds, not
// against an empty set (a claim the brain drops is gone from its view). If
// the chain does not answer then, the daemon applies no bond rule until
// its first read succeeds, and says so. A node that has just posted its
// bond counts itself bonded only after freshBondGrace, by when its peers
// have read the bond too: a claim it made earlier, they would drop.
//
// No rule applies without a chain (--no-chain), on the embedded chain
// (private to this process: its bonds prove nothing to any other peer),
// or on a network that says it needs none (--unbonded-network).

// maxBondedRead bounds the node ids read per poll, so that a flood of
// bonds (each of them paid for) cannot balloon a daemon's memory: about
// 10 MB at most.
const maxBondedRead = 100_000

// startupRead bounds the connection and first read of the bonds in Start.
const startupRead = 5 * time.Second

// bondRetry is how long a daemon waits before it tries again to post its
// bond after a failure (a chain that is down, an account that cannot pay).
const bondRetry = 30 * time.Second

// bondChain is what the bond loop needs of a chain.
type bondChain interface {
	NodeID() []byte
	BondTerms(ctx context.Context) (chain.BondTerms, error)
	BondOf(ctx context.Context, nodeID []byte) (chain.Bond, error)
	BondNode(ctx context.Context, amount *big.Int) (chain.BondTx, error)
	BondsVersion(ctx context.Context) (uint64, error)
	BondedNodes(ctx context.Context, max int) (chain.BondedSet, error)
}

var _ bondChain = (*chain.Chain)(nil)

// bondsOf is c's bond side, or nil if it has none.
func bondsOf(c anchorChain) bondChain {
	switch x := c.(type) {
	case bondChain:
		return x
	case ledger.OnChain:
		return x.C
	}
	return nil
}

// bondState is what this daemon last read of the registry's bonds.
type bondState struct {
	mu       sync.Mutex
	read     bool      // the registry's set was read and given to the brain
	version  uint64    // the registry's bondsVersion of that read
	chainIDs []peer.ID // bonded, as the registry lists them, sorted
	ids      []peer.ID // what the brain was given: chainIDs, less self in its grace
	freshAt  time.Time // when this daemon posted its own bond (zero: it did not, this run)
	failing  bool      // the last read failed (logged once per outage)
}

// freshBondGrace is how long a node that has just posted its bond waits
// before it counts itself bonded: two of its own polls, by when peers
// polling as often have read the bond too.
func (n *Node) freshBondGrace() time.Duration { return 2 * n.cfg.BondPoll }

// BondStatus is this daemon's view of the registry's bonds.
type BondStatus struct {
	// Enforced: only bonded nodes are placed and may claim.
	Enforced bool
	// Read: the registry's bonded set has been read and the brain holds
	// it (until then no bond rule is applied).
	Read bool
	// Bonded are the bonded node ids as last read, sorted.
	Bonded []peer.ID
	// SelfBonds: this daemon posts a bond for its own node id when it
	// holds none.
	SelfBonds bool
}

// Has reports whether id is in the bonded set.
func (s BondStatus) Has(id peer.ID) bool {
	_, ok := slices.BinarySearch(s.Bonded, id)
	return ok
}

// Bonds is this daemon's view of the registry's bonds.
func (n *Node) Bonds() BondStatus {
	on, _ := n.bondRule()
	n.bonds.mu.Lock()
	defer n.bonds.mu.Unlock()
	return BondStatus{Enforced: on, Read: n.bonds.read, Bonded: slices.Clone(n.bonds.ids), SelfBonds: on && !n.cfg.NoSelfBond}
}

// bondRule says whether this daemon requires bonds, and if not, why.
func (n *Node) bondRule() (bool, string) {
	switch {
	case n.cfg.NoChain:
		return false, "no chain"
	case n.cfg.UnbondedNetwork:
		return false, "an unbonded network (--unbonded-network): nodes need no bond"
	case n.cfg.ChainRPC == "":
		return false, "the embedded chain is private to this daemon: its bonds prove nothing to other peers, so none are posted or required (a shared chain: --chain-rpc)"
	}
	return true, ""
}

// startBonds connects to a shared chain and reads the bonds before
// anything is placed or folded in (see above). The connection is the one
// anchoring uses; a chain that does not answer within startupRead is left
// to anchorLoop and bondLoop, which keep trying.
func (n *Node) startBonds(ctx context.Context) {
	on, why := n.bondRule()
	if !on {
		if !n.cfg.NoChain {
			n.log.Info("bonds off", "why", why)
		}
		return
	}
	cctx, cancel := context.WithTimeout(ctx, startupRead)
	defer cancel()
	c, err := n.openChain(cctx)
	if err != nil {
		n.log.Warn("the chain did not answer at start: no bond rule until the bonds are read (every node is placed meanwhile)", "err", err)
		return
	}
	n.chainMu.Lock()
	n.chain = c
	n.chainMu.Unlock()
	n.log.Info("chain connected", "chainId", c.ChainID(), "contract", c.Contract(), "rpc", n.chainLabel())
	if bc := bondsOf(c); bc != nil {
		n.readBonds(cctx, bc)
	}
}

// bondLoop bonds this node (unless it holds a bond already) and reads the
// registry's bonded set on start and every BondPoll.
func (n *Node) bondLoop(ctx context.Context) {
	if on, _ := n.bondRule(); !on {
		return
	}
	var bc bondChain
	for bc == nil {
		if c := n.currentChain(); c != nil {
			if bc = bondsOf(c); bc == nil {
				n.log.Error("the chain client reads no bonds: no bond rule applies")
				return
			}
			break
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
	selfDone := n.cfg.NoSelfBond
	if selfDone {
		n.log.Warn("this node does not bond itself (a test option): it is not placed")
	}
	var retryAt time.Time
	t := time.NewTicker(n.cfg.BondPoll)
	defer t.Stop()
	for {
		if !selfDone && !time.Now().Before(retryAt) {
			if selfDone = n.bondSelf(ctx, bc); !selfDone {
				retryAt = time.Now().Add(bondRetry)
			}
		}
		n.readBonds(ctx, bc)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// bondSelf posts this node's bond unless it holds one. It reports whether
// there is nothing more to do: bonded, or a failure that trying again will
// not mend (a bond under the minimum, a bond unbonding).
func (n *Node) bondSelf(ctx context.Context, bc bondChain) bool {
	if ctx.Err() != nil {
		return false
	}
	id := []byte(n.key.PeerID())
	if !bytes.Equal(bc.NodeID(), id) {
		n.log.Error("the chain client's key is not this node's: not bonding", "chainNodeId", fmt.Sprintf("%x", bc.NodeID()))
		return true
	}
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	addr := n.key.Address().Hex()
	b, err := bc.BondOf(cctx, id)
	if err != nil {
		n.log.Warn("reading this node's bond (retrying)", "err", err, "retryIn", bondRetry)
		return false
	}
	switch {
	case b.Counts():
		n.log.Info("this node is bonded in the registry", "bondETH", types.FormatETH(b.Amount), "bonder", b.Bonder.Hex())
		return true
	case b.Amount != nil && b.Amount.Sign() > 0:
		n.log.Error("this node's bond is unbonding: it is not placed on this network; withdraw it once the delay is over and restart to bond again",
			"bondETH", types.FormatETH(b.Amount), "withdrawableAtBlock", b.WithdrawableAt)
		return true
	}
	terms, err := bc.BondTerms(cctx)
	if err != nil {
		n.log.Warn("reading the registry's bond terms (retrying)", "err", err, "retryIn", bondRetry)
		return false
	}
	if n.cfg.BondWei.Cmp(terms.Min) < 0 {
		n.log.Error("--bond-eth is under the registry's minimum bond: this node is not bonded and not placed",
			"bondETH", types.FormatETH(n.cfg.BondWei), "minimumETH", types.FormatETH(terms.Min))
		return true
	}
	tx, err := bc.BondNode(cctx, n.cfg.BondWei)
	switch {
	case err == nil:
		n.bonds.mu.Lock()
		n.bonds.freshAt = time.Now()
		n.bonds.mu.Unlock()
		n.log.Info("bonded this node in the registry; it counts itself bonded once its peers have read the bond", "bondETH", types.FormatETH(tx.Amount),
			"from", addr, "tx", tx.TxHash.Hex(), "block", tx.Block, "in", n.freshBondGrace())
		return true
	case errors.Is(err, chain.ErrAlreadyBonded):
		return true
	case errors.Is(err, chain.ErrInsufficientFunds):
		n.log.Error("this node's account cannot pay its bond: it is not placed until it is bonded; fund the account (the bond stays in the registry and is paid back after unbonding), lower --bond-eth to the minimum, or run a private network with --unbonded-network",
			"account", addr, "bondETH", types.FormatETH(n.cfg.BondWei), "minimumETH", types.FormatETH(terms.Min), "err", err, "retryIn", bondRetry)
		return false
	case errors.Is(err, chain.ErrBondTooSmall), errors.Is(err, chain.ErrUnbonding):
		n.log.Error("could not bond this node: it is not placed", "err", err)
		return true
	}
	n.log.Warn("could not bond this node (retrying)", "err", err, "retryIn", bondRetry)
	return false
}

// readBonds reads the registry's bonded set, if it changed since the last
// read, and hands it to the brain. A chain that does not answer keeps the
// last set.
func (n *Node) readBonds(ctx context.Context, bc bondChain) {
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	fail := func(err error) {
		n.metrics.chainError(ctx, "bonds")
		n.bonds.mu.Lock()
		first := !n.bonds.failing
		n.bonds.failing = true
		n.bonds.mu.Unlock()
		if first && ctx.Err() == nil {
			n.log.Warn("reading the registry's bonded nodes (keeping the last set; retrying)", "err", err, "every", n.cfg.BondPoll)
		}
	}
	v, err := bc.BondsVersion(cctx)
	if err != nil {
		fail(err)
		return
	}
	n.bonds.mu.Lock()
	same := n.bonds.read && n.bonds.version == v
	n.bonds.mu.Unlock()
	if same {
		n.recovered()
		n.applyBonds(0) // a fresh bond's grace may have ended
		return
	}
	set, err := bc.BondedNodes(cctx, maxBondedRead)
	if err != nil {
		fail(err)
		return
	}
	n.recovered()
	ids := make([]peer.ID, 0, len(set.IDs))
	bad := 0
	for _, raw := range set.IDs {
		id, err := peer.IDFromBytes(raw)
		if err != nil {
			bad++
			continue
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if set.Total > uint64(len(set.IDs)) {
		n.log.Warn("the registry lists more bonded nodes than a daemon reads: the rest are not placed", "listed", set.Total, "read", len(set.IDs))
	}
	if bad > 0 {
		n.log.Warn("the registry lists node ids that are not peer ids (skipped)", "count", bad)
	}
	n.bonds.mu.Lock()
	n.bonds.chainIDs, n.bonds.version = ids, set.Version
	n.bonds.mu.Unlock()
	n.applyBonds(set.Block)
}

// applyBonds gives the brain the registry's set as last read, less this
// node while its fresh bond's grace lasts, if that differs from what the
// brain holds.
func (n *Node) applyBonds(block uint64) {
	self := n.key.PeerID()
	n.bonds.mu.Lock()
	ids := n.bonds.chainIDs
	if !n.bonds.freshAt.IsZero() && time.Since(n.bonds.freshAt) < n.freshBondGrace() {
		ids = slices.DeleteFunc(slices.Clone(ids), func(id peer.ID) bool { return id == self })
	}
	old, first := n.bonds.ids, !n.bonds.read
	changed := first || !slices.Equal(old, ids)
	if changed {
		n.bonds.ids, n.bonds.read = ids, true
	}
	n.bonds.mu.Unlock()
	if !changed {
		return
	}
	n.drive.Step(sched.Msg{Type: sched.MsgBonds, BondRequired: true, Bonded: ids})
	n.stepSoon() // rank pending jobs again, with the new set

	added, removed := diffIDs(old, ids)
	_, counted := slices.BinarySearch(ids, self)
	args := []any{"bonded", len(ids), "added", idList(added), "removed", idList(removed), "self", counted}
	if block > 0 {
		args = append(args, "block", block)
	}
	n.log.Info("bonded nodes changed", args...)
}

// recovered notes a read that worked after reads that failed.
func (n *Node) recovered() {
	n.bonds.mu.Lock()
	was := n.bonds.failing
	n.bonds.failing = false
	n.bonds.mu.Unlock()
	if was {
		n.log.Info("reading the registry's bonded nodes again")
	}
}

// diffIDs is what b adds to a and what it removes from it (both sorted).
func diffIDs(a, b []peer.ID) (added, removed []peer.ID) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			removed = append(removed, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			added = append(added, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return added, removed
}

// idList shows up to 5 ids, shortened, and how many more.
func idList(ids []peer.ID) string {
	var buf bytes.Buffer
	for k, id := range ids {
		if k == 5 {
			fmt.Fprintf(&buf, " and %d more", len(ids)-k)
			break
		}
		if k > 0 {
			buf.WriteString(" ")
		}
		buf.WriteString(shortID(id))
	}
	return buf.String()
}
