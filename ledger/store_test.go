package ledger

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestReserveSeqsSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.ReserveSeqs(100)
	if err != nil || first != 1 {
		t.Fatalf("first reservation = %d, %v; want 1", first, err)
	}
	second, err := s.ReserveSeqs(100)
	if err != nil || second != 101 {
		t.Fatalf("second reservation = %d, %v; want 101", second, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	third, err := s.ReserveSeqs(1)
	if err != nil || third != 201 {
		t.Fatalf("after reopen = %d, %v; want 201 (never reuse a sequence)", third, err)
	}
	if _, err := s.ReserveSeqs(0); err == nil {
		t.Fatal("ReserveSeqs(0) should fail")
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = Open(dir)
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second Open: got %v, want ErrInUse", err)
	}
}

func TestKnownPeers(t *testing.T) {
	s, err := Open("", InMemory())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := time.Unix(1700000000, 0).UTC()
	for _, id := range []string{"b", "a", "b"} {
		if err := s.PutPeer(KnownPeer{ID: id, Addrs: []string{"/ip4/127.0.0.1/tcp/1"}, LastSeen: now}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.KnownPeers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != "a" || got[1].ID != "b" || !got[0].LastSeen.Equal(now) {
		t.Fatalf("KnownPeers = %+v", got)
	}
}
