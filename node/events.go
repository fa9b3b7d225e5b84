package node

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/p2p"
	"github.com/skyops/skyops/sched"
	"github.com/skyops/skyops/types"
)

// The checks every job event passes before it is folded or forwarded.

// checkJobEvent is the node's validation of a job event beyond its
// envelope, for gossip and catch-up sync alike: no event dated in the
// future beyond the clock skew; a submit must carry a valid, owner-signed
// spec for this network whose digest is the job id; a claim must carry its
// claimant's signed advert, and for a job this node knows, that advert must
// back the claim (sched.CheckClaim). A rejected event costs the peer that
// sent it gossip score, and is not forwarded.
func (n *Node) checkJobEvent(e *types.JobEvent, raw []byte) error {
	if now := uint64(time.Now().UnixMilli()); e.TimeMs > now+sched.MaxClockSkewMs {
		return fmt.Errorf("%s event dated %d ms in the future", e.Type, e.TimeMs-now)
	}
	proof, err := n.proveEvent(e)
	if err != nil || proof == nil {
		return err
	}
	if e.Type == types.EvClaim {
		// The job's requirements without n.mu: the validator must not wait
		// for a step's ranking to end before it can pass a claim on.
		if req, known := n.jobReqs.Load(e.Job); known {
			if err := sched.CheckClaim(req.(sched.Requirements), e, proof.Advert); err != nil {
				return fmt.Errorf("claim on job %s by %s: %w", short(e.Job), shortID(e.Actor), err)
			}
		}
	}
	// Keep the proof for foldEvent, which would otherwise redo the
	// EIP-712 recovery or the advert's signature check moments later.
	n.verified.Lock()
	if len(n.verified.m) >= 4096 {
		clear(n.verified.m) // a bound, not an LRU: a miss only costs a re-verify
	}
	n.verified.m[eventHash(raw)] = proof
	n.verified.Unlock()
	return nil
}

// maxGossipAge bounds how old a job event may be when it arrives by
// gossip: daemons gossip only what they have just signed, so an event
// dated much earlier was held back or backdated. It is ignored (an honest
// relay is not punished); catch-up sync still carries old events to a
// peer that missed them.
const maxGossipAge = 2 * time.Minute

// checkGossipedEvent is the gossip validator's check of a job event.
func (n *Node) checkGossipedEvent(e *types.JobEvent, raw []byte) error {
	if age := time.Since(time.UnixMilli(int64(e.TimeMs))); age > maxGossipAge {
		return fmt.Errorf("%w: %s event by %s signed %s ago arrived by gossip", p2p.ErrIgnore, e.Type, shortID(e.Actor), age.Round(time.Second))
	}
	return n.checkJobEvent(e, raw)
}

// proveEvent checks what an event carries as its evidence: a submit's
// spec, a claim's advert. Other events carry none (nil, nil).
func (n *Node) proveEvent(e *types.JobEvent) (*sched.EventProof, error) {
	switch e.Type {
	case types.EvSubmit:
		return n.verifySubmit(e)
	case types.EvWorkflow:
		return n.verifyWorkflow(e)
	case types.EvClaim:
		if len(e.Advert) == 0 {
			return nil, fmt.Errorf("claim on job %s by %s carries no advert", short(e.Job), shortID(e.Actor))
		}
		adv, err := n.openClaimAdvert(e.Advert)
		if err != nil {
			return nil, fmt.Errorf("claim on job %s: its advert: %w", short(e.Job), err)
		}
		if adv.Node != e.Actor {
			return nil, fmt.Errorf("claim on job %s by %s carries an advert of %s", short(e.Job), shortID(e.Actor), shortID(adv.Node))
		}
		return &sched.EventProof{Advert: adv}, nil
	}
	return nil, nil
}

// openClaimAdvert opens the advert a claim carries. A node cites the
// same advert in every claim it makes until it advertises again, so the
// opened adverts are kept by the hash of their bytes: one signature check
// per advert, not per claim. (The cache is a bound, not an LRU: when full
// it is cleared, and a miss only costs a check.)
func (n *Node) openClaimAdvert(raw []byte) (*types.Advert, error) {
	h := crypto.Keccak256Hash(raw)
	n.advCache.Lock()
	a := n.advCache.m[h]
	n.advCache.Unlock()
	if a != nil {
		return a, nil
	}
	a, err := types.OpenAdvert(n.cfg.Network, raw)
	if err != nil {
		return nil, err
	}
	n.advCache.Lock()
	if n.advCache.m == nil || len(n.advCache.m) >= 1024 {
		n.advCache.m = make(map[common.Hash]*types.Advert)
	}
	n.advCache.m[h] = a
	n.advCache.Unlock()
	return a, nil
}

func (n *Node) verifySubmit(e *types.JobEvent) (*sched.EventProof, error) {
	spec, err := e.DecodeSpec()
	if err != nil {
		return nil, err
	}
	if spec.Network != n.cfg.Network {
		return nil, fmt.Errorf("job is for network %q, this is %q", spec.Network, n.cfg.Network)
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	owner, err := types.RecoverJobOwner(spec, e.ChainID, e.OwnerSig)
	if err != nil {
		return nil, err
	}
	digest, err := spec.Digest(e.ChainID)
	if err != nil {
		return nil, err
	}
	if digest != e.Job {
		return nil, fmt.Errorf("submit for job %s carries the spec of %s", e.Job, digest)
	}
	return &sched.EventProof{Spec: spec, Owner: owner}, nil
}
