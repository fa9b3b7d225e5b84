package web

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// A subscriber that never reads holds one entry per job, however many
// changes come; past maxPendingJobs distinct jobs it is dropped, and its
// memory goes with it.
func TestBroadcasterBounded(t *testing.T) {
	b := NewBroadcaster(2)
	slow, err := b.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100_000; i++ {
		b.Job(fmt.Sprintf("0x%04d", i%100), "running")
		b.Nodes()
	}
	if n := slow.Pending(); n != 100 {
		t.Fatalf("pending %d, want 100 (one per job)", n)
	}
	jobs, nodes := slow.Take()
	if len(jobs) != 100 || !nodes || jobs[0].ID != "0x0000" {
		t.Fatalf("take: %d jobs, nodes %v, first %+v", len(jobs), nodes, jobs)
	}
	// Coalesced to the latest state.
	b.Job("0xa", "pending")
	b.Job("0xa", "running")
	if jobs, _ := slow.Take(); len(jobs) != 1 || jobs[0].State != "running" {
		t.Fatalf("coalesced: %+v", jobs)
	}
	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 1_000_000; i++ {
		b.Job(fmt.Sprintf("0x%08d", i), "pending")
	}
	select {
	case <-slow.Done():
	default:
		t.Fatal("a subscriber 1e6 jobs behind was not dropped")
	}
	if !slow.Dropped() || b.Len() != 0 || slow.Pending() != 0 {
		t.Fatalf("dropped %v, subscribers %d, pending %d", slow.Dropped(), b.Len(), slow.Pending())
	}
	var after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 1<<20 {
		t.Errorf("heap grew %d bytes for a subscriber that never reads", grew)
	}
	// The cap on subscribers, and Close ends them all.
	s1, _ := b.Subscribe()
	s2, _ := b.Subscribe()
	if _, err := b.Subscribe(); err == nil {
		t.Error("a third subscriber past the cap of 2 was taken")
	}
	b.Close()
	for _, s := range []*Subscriber{s1, s2} {
		select {
		case <-s.Done():
		case <-time.After(time.Second):
			t.Fatal("Close did not end a subscriber")
		}
	}
	if _, err := b.Subscribe(); err == nil {
		t.Error("subscribed after Close")
	}
}

// Sessions and challenges are bounded and expire.
func TestSessionsBounded(t *testing.T) {
	s := newSessions(3, time.Hour)
	now := time.Unix(1_000_000, 0)
	s.now = func() time.Time { return now }
	var ids []string
	for i := 0; i < 10; i++ {
		now = now.Add(time.Second)
		ids = append(ids, s.create().id)
	}
	if s.len() != 3 {
		t.Fatalf("%d sessions, want the cap 3", s.len())
	}
	if _, ok := s.get(ids[0]); ok {
		t.Error("the oldest session survived the cap")
	}
	if _, ok := s.get(ids[9]); !ok {
		t.Error("the newest session was evicted")
	}
	s.update(ids[9], func(x *session) { x.challenge = &challenge{nonce: "n", issuedAt: now} })
	now = now.Add(challengeTTL + time.Second)
	if _, ok := s.takeChallenge(ids[9]); ok {
		t.Error("a challenge older than 5 minutes was taken")
	}
	s.update(ids[9], func(x *session) { x.challenge = &challenge{nonce: "n", issuedAt: now} })
	if _, ok := s.takeChallenge(ids[9]); !ok {
		t.Error("a fresh challenge was refused")
	}
	if _, ok := s.takeChallenge(ids[9]); ok {
		t.Error("a challenge was taken twice")
	}
	now = now.Add(2 * time.Hour)
	if _, ok := s.get(ids[9]); ok {
		t.Error("an idle session outlived its TTL")
	}
}
