package sched

import (
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/types"
)

// A Docker job names its image by a digest its owner signed; an executor
// that lacks the image pulls it by that digest. A pull that fails is, as far
// as that executor can tell, its own trouble (its network, its disk), so it
// gives the attempt back (a withdraw whose Reason starts with
// PullGiveBackPrefix) and the next node in the ranking tries. When the
// registry is down for everyone, or the digest is wrong, that would go on
// forever; so once MaxPullGiveBacks distinct nodes have given the job back
// for a pull, the job fails, with the last of those reasons.
//
// What is counted, so that every peer counts the same and no peer can fail
// another's job alone:
//   - a withdraw whose Reason starts with PullGiveBackPrefix, of any attempt
//     the reducer reached;
//   - only by a claimant of that attempt: its actor holds a claim of the
//     same attempt, with its advert as evidence, signed at or before the
//     withdraw (only the claimant of an attempt can give it back);
//   - once per node, whatever number of withdraws it signs: the count is of
//     distinct node ids, taken in the job's event order (sorted), and the
//     failing event is the one that reaches MaxPullGiveBacks.
//
// A result of the standing claimant still wins (the work was done), and so
// does the owner's cancel; docs/decisions.md says what a hostile peer can
// and cannot do with this.

// MaxPullGiveBacks is how many distinct nodes must give a job back for an
// image pull before it fails. A constant, not a setting: every peer must
// agree on it.
const MaxPullGiveBacks = 3

// PullGiveBackPrefix starts the Reason of a withdraw an executor signs when
// it could not pull the job's image.
const PullGiveBackPrefix = "image pull: "

// DatasetGiveBackPrefix starts the Reason of a withdraw an executor signs
// when it could not get one of the job's datasets (no provider found, or
// the fetch failed). It counts as a pull failure: the data, like the image,
// comes from elsewhere, and when nobody can get it the job fails.
const DatasetGiveBackPrefix = "dataset: "

// IsPullGiveBack reports whether a withdraw reason is a pull failure's: of
// the job's image or of one of its datasets.
func IsPullGiveBack(reason string) bool {
	return strings.HasPrefix(reason, PullGiveBackPrefix) || strings.HasPrefix(reason, DatasetGiveBackPrefix)
}

// pullFailure returns the withdraw that makes the job fail for its image
// (the MaxPullGiveBacks-th distinct counted node's), or nil.
func (j *Job) pullFailure(all []*stored) *types.JobEvent {
	var nodes []peer.ID
	for _, s := range all {
		e := s.ev
		if e.Type != types.EvWithdraw || e.Attempt == 0 || e.Attempt > j.Attempt || !IsPullGiveBack(e.Reason) {
			continue
		}
		h, ok := j.slots[slotKey{typ: types.EvClaim, actor: e.Actor, attempt: e.Attempt}]
		if !ok {
			continue // not a claimant of that attempt
		}
		if c := j.events[h]; c.advert == nil || c.ev.TimeMs > e.TimeMs {
			continue // a claim without evidence, or signed after the withdraw
		}
		if containsID(nodes, e.Actor) {
			continue
		}
		nodes = append(nodes, e.Actor)
		if len(nodes) == MaxPullGiveBacks {
			return e
		}
	}
	return nil
}

func containsID(ids []peer.ID, id peer.ID) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
