package ledger

import (
	"errors"
	"fmt"
	"syscall"
)

// A full disk must not take the daemon down. Badger maps its memtable and
// value log files into memory, and a write through a mapping to a disk
// with no room left is not an error but SIGBUS: the process dies, and dies
// again on restart. So the store never lets badger get there. A Space is a
// free-space floor under the data dir, checked (statfs, about a
// microsecond) before every write that can grow the store:
//
//   - below the floor, the daemon takes no new work (Admit: the node
//     refuses submits and does not claim jobs);
//   - below half the floor, the store refuses what other peers send
//     (their job events, receipts and proofs: they keep them, and catch-up
//     sync brings them back) and blobs of any kind;
//   - below a quarter of the floor, it refuses the node's own records too
//     (its events, data keys, receipts): the last quarter is badger's own
//     margin, for memtable flushes and compactions, so that badger itself
//     never meets a full disk.
//
// Reads always work, and everything refused says how much is free and what
// the floor is. Nothing is lost that was acknowledged: a refused write
// fails the request that needed it.

// ErrDiskLow is what a write refused for lack of disk space wraps (see
// SpaceError).
var ErrDiskLow = errors.New("data dir disk is low on space")

// SpaceError says how much space the data dir's disk has and what the
// floor is. It wraps ErrDiskLow.
type SpaceError struct {
	Free, Floor uint64 // bytes
}

func (e *SpaceError) Error() string {
	return fmt.Sprintf("data dir disk has %d MiB free, the floor is %d MiB", e.Free>>20, e.Floor>>20)
}

// Unwrap makes errors.Is(err, ErrDiskLow) hold.
func (e *SpaceError) Unwrap() error { return ErrDiskLow }

// FreeBytes is the space an unprivileged user may still write on the
// filesystem that holds dir.
func FreeBytes(dir string) (uint64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, fmt.Errorf("free space of %s: %w", dir, err)
	}
	return st.Bavail * uint64(st.Bsize), nil
}

// Space is a free-space floor under a directory. A nil *Space, or a floor
// of 0, checks nothing.
type Space struct {
	dir   string
	floor uint64
}

// NewSpace keeps floor bytes free under dir.
func NewSpace(dir string, floor uint64) *Space { return &Space{dir: dir, floor: floor} }

// Floor is the floor in bytes.
func (s *Space) Floor() uint64 {
	if s == nil {
		return 0
	}
	return s.floor
}

// Free is the space left under the directory; a filesystem that cannot be
// asked counts as full.
func (s *Space) Free() uint64 {
	free, err := FreeBytes(s.dir)
	if err != nil {
		return 0
	}
	return free
}

// Admit is nil while the disk is above the floor, the level at which the
// daemon takes new work; else a *SpaceError.
func (s *Space) Admit() error { return s.need(0, 1) }

// AdmitBlob is nil while a blob of n bytes would be stored (half the floor
// left after it), else a *SpaceError.
func (s *Space) AdmitBlob(n uint64) error { return s.forOthers(n) }

// need is nil if writing n bytes leaves at least floor/div free.
func (s *Space) need(n, div uint64) error {
	if s == nil || s.floor == 0 {
		return nil
	}
	free := s.Free()
	if free < n || free-n < s.floor/div {
		return &SpaceError{Free: free, Floor: s.floor}
	}
	return nil
}

// forOthers is the check for records other peers sent, and for blobs.
func (s *Space) forOthers(n uint64) error { return s.need(n, 2) }

// forOwn is the check for the node's own records.
func (s *Space) forOwn(n uint64) error { return s.need(n, 4) }
