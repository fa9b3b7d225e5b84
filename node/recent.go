package node

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/sched"
)

// A daemon remembers the last advert of nodes that left its view, so that
// a job whose only fitting node is restarting (or briefly cut off) is
// queued rather than refused as "no node could ever run this job", and so
// that its status can say which node it waits for. The memory is a hint,
// bounded in count and age, and kept in RAM only: a restarted daemon knows
// only the nodes it has heard since.
const (
	// departedMemory is how long a node that left the view still counts
	// as one that could run a job.
	departedMemory = 24 * time.Hour
	// maxDeparted bounds the nodes remembered (the oldest departures go
	// first); an advert is at most 64 KiB, so this holds at most 16 MiB.
	maxDeparted = 256
)

// departedNode is a node's last advert and when it left the view (local
// clock, unix ms).
type departedNode struct {
	last   sched.Entry
	leftMs uint64
}

// rememberDepartingLocked records the nodes that the next Expire at nowMs
// drops, and forgets departures that came back or are too old. The caller
// holds n.mu and calls Expire right after.
func (n *Node) rememberDepartingLocked(nowMs uint64) {
	v := n.brain.View()
	if n.departed == nil {
		n.departed = make(map[peer.ID]departedNode)
	}
	for id, d := range n.departed {
		if _, back := v.Get(id); back || nowMs-min(nowMs, d.leftMs) > uint64(departedMemory.Milliseconds()) {
			delete(n.departed, id)
		}
	}
	self := n.key.PeerID()
	for _, e := range v.Nodes() {
		if id := e.Advert.Node; id != self && !v.Alive(id, nowMs) {
			n.departed[id] = departedNode{last: e, leftMs: nowMs}
		}
	}
	if extra := len(n.departed) - maxDeparted; extra > 0 {
		ids := make([]peer.ID, 0, len(n.departed))
		for id := range n.departed {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(a, b int) bool {
			da, db := n.departed[ids[a]], n.departed[ids[b]]
			if da.leftMs != db.leftMs {
				return da.leftMs < db.leftMs
			}
			return ids[a] < ids[b]
		})
		for _, id := range ids[:extra] {
			delete(n.departed, id)
		}
	}
}

// offlineLocked are the nodes this daemon has seen recently that are not
// live now: those whose advert is overdue but not yet expired, and those
// that left the view within departedMemory. Each comes with SeenMs set to
// nowMs, so that ranking them asks whether they could run a job once back,
// and with when it was last heard from. The caller holds n.mu.
func (n *Node) offlineLocked(nowMs uint64) (entries []sched.Entry, lastMs map[peer.ID]uint64) {
	v := n.brain.View()
	lastMs = map[peer.ID]uint64{}
	add := func(e sched.Entry) {
		lastMs[e.Advert.Node] = e.SeenMs
		e.SeenMs = nowMs
		entries = append(entries, e)
	}
	for _, e := range v.Nodes() {
		if !v.Alive(e.Advert.Node, nowMs) {
			add(e)
		}
	}
	for id, d := range n.departed {
		if _, live := v.Get(id); !live && nowMs-min(nowMs, d.leftMs) <= uint64(departedMemory.Milliseconds()) {
			add(d.last)
		}
	}
	sort.Slice(entries, func(a, b int) bool { return entries[a].Advert.Node < entries[b].Advert.Node })
	return entries, lastMs
}

// couldEverRun ranks a job, with every GPU free, against every node this
// daemon knows: the live view and the nodes seen recently. The submit
// check refuses a job only when this finds no node.
func (n *Node) couldEverRun(req sched.Requirements, nowMs uint64) sched.Placement {
	n.mu.Lock()
	defer n.mu.Unlock()
	offline, _ := n.offlineLocked(nowMs)
	known := append(n.brain.View().Nodes(), offline...) // an entry listed twice counts once, as Rank says
	for i := range known {
		known[i].SeenMs = nowMs
	}
	// Reputation, uptime and bonds change over time: a job that asks more
	// of them than any node has today waits rather than being refused.
	req.MinReputation, req.MinUptime, req.Standings = 0, 0, nil
	return sched.Rank(req, known, nil, sched.FitEver, nowMs, uint64(n.cfg.AdvertTTL.Milliseconds()))
}

// placementReasonLocked says why a pending job waits: how many live nodes
// fit it now and why the others do not, and, when none does, whether the
// nodes that could run it are busy or offline ("the only node that could
// run it, …, is offline since 00:31:05 UTC"). The caller holds n.mu.
func (n *Node) placementReasonLocked(j *sched.Job, nowMs uint64) string {
	ttl := uint64(n.cfg.AdvertTTL.Milliseconds())
	req := n.brain.RequirementsAt(j, nowMs)
	now := sched.Rank(req, n.brain.View().Nodes(), sched.Reservations(n.brain.Jobs()), sched.FitNow, nowMs, ttl)
	if len(now.Ranked) > 0 {
		return fmt.Sprintf("%d/%d nodes fit now", len(now.Ranked), now.Considered)
	}
	s := "waiting: " + strings.Replace(now.Summary(), "nodes fit", "nodes fit now", 1)
	live := sched.Rank(req, n.brain.View().Nodes(), nil, sched.FitEver, nowMs, ttl)
	offline, lastMs := n.offlineLocked(nowMs)
	away := sched.Rank(req, offline, nil, sched.FitEver, nowMs, ttl)
	switch {
	case len(live.Ranked) > 0:
		s += fmt.Sprintf("; %d busy node(s) could run it: queued until capacity frees", len(live.Ranked))
	case len(away.Ranked) == 1:
		id := away.Ranked[0].Node
		s += fmt.Sprintf("; the only node that could run it, %s, is offline since %s", shortPeer(id), offlineSince(lastMs[id], nowMs))
	case len(away.Ranked) > 1:
		latest := uint64(0)
		for _, c := range away.Ranked {
			latest = max(latest, lastMs[c.Node])
		}
		s += fmt.Sprintf("; the %d nodes that could run it are offline, the latest since %s", len(away.Ranked), offlineSince(latest, nowMs))
	default:
		s += "; no node this daemon knows could run it"
	}
	return s
}

// offlineSince renders a node's last advert time, and how long ago.
func offlineSince(lastMs, nowMs uint64) string {
	at := time.UnixMilli(int64(lastMs)).UTC()
	ago := time.Duration(nowMs-min(nowMs, lastMs)) * time.Millisecond
	return fmt.Sprintf("%s (%s ago)", at.Format("15:04:05 UTC"), ago.Round(time.Second))
}

// shortPeer is a peer id as a person reads it: "16Uiu2H…x9Lk".
func shortPeer(id peer.ID) string {
	s := id.String()
	if len(s) <= 16 {
		return s
	}
	return s[:7] + "…" + s[len(s)-4:]
}
