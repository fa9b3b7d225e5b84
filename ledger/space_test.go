package ledger

import (
	"errors"
	"strings"
	"testing"
)

// Below half the floor the store refuses what other peers sent and blobs,
// but still takes the node's own records; below a quarter it takes
// nothing. Every refusal says how much is free and what the floor is, and
// what was stored before is still there.
func TestSpaceFloorRefusesWrites(t *testing.T) {
	dir := t.TempDir()
	free, err := FreeBytes(dir)
	if err != nil || free < 64<<20 {
		t.Skipf("free space under %s: %d bytes, %v", dir, free, err)
	}
	sp := &Space{dir: dir}
	s, err := Open(dir+"/db", WithSpace(sp))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b, err := OpenBlobs(dir+"/blobs", BlobsSpace(sp))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutJobEvent("j", "e0", []byte("before"), false); err != nil {
		t.Fatal(err)
	}

	// free is between floor/4 and floor/2: own records only.
	sp.floor = 3 * free
	if err := sp.Admit(); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("Admit below the floor: %v", err)
	}
	err = s.PutJobEvent("j", "e1", []byte("theirs"), false)
	var se *SpaceError
	if !errors.As(err, &se) || se.Floor != sp.floor || !strings.Contains(err.Error(), "MiB free, the floor is") {
		t.Fatalf("others' event below half the floor: %v", err)
	}
	if err := b.Put("bafytest", []byte("blob")); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("blob below half the floor: %v", err)
	}
	if err := s.PutPeer(KnownPeer{ID: "p"}); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("peer record below half the floor: %v", err)
	}
	if err := s.PutJobEvent("j", "e2", []byte("mine"), true); err != nil {
		t.Fatalf("own event above a quarter of the floor: %v", err)
	}
	if _, err := s.ReserveSeqs(1); err != nil {
		t.Fatalf("own sequence above a quarter of the floor: %v", err)
	}

	// Below a quarter: nothing.
	sp.floor = 5 * free
	if err := s.PutJobEvent("j", "e3", []byte("mine"), true); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("own event below a quarter of the floor: %v", err)
	}
	if err := s.PutJobKey("j", make([]byte, 32)); !errors.Is(err, ErrDiskLow) {
		t.Fatalf("data key below a quarter of the floor: %v", err)
	}

	// Room again: writes go through; what was stored is all there.
	sp.floor = free / 4
	if err := sp.Admit(); err != nil {
		t.Fatalf("Admit above the floor: %v", err)
	}
	if err := s.PutJobEvent("j", "e4", []byte("after"), false); err != nil {
		t.Fatal(err)
	}
	evs, err := s.JobEventsOf("j")
	if err != nil || len(evs) != 3 {
		t.Fatalf("stored events: %q, %v; want before, mine, after", evs, err)
	}
}

func TestNilSpaceChecksNothing(t *testing.T) {
	var sp *Space
	if err := sp.Admit(); err != nil {
		t.Fatal(err)
	}
	if err := sp.forOwn(1 << 62); err != nil {
		t.Fatal(err)
	}
	if err := NewSpace(t.TempDir(), 0).forOthers(1 << 62); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkSpaceCheck is what the floor adds to every write: one statfs.
func BenchmarkSpaceCheck(b *testing.B) {
	sp := NewSpace(b.TempDir(), 1<<20)
	for b.Loop() {
		if err := sp.forOwn(1024); err != nil {
			b.Fatal(err)
		}
	}
}
