package content

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/ipfs/go-cid"
)

// rootPrefix keys the roots this store holds whole: "roots/" + CID bytes ->
// uvarint file size. A root is recorded only once every block under it is
// stored (an import that ended, a fetch that read the DAG to its end), so
// what the node advertises and provides it can serve.
var rootPrefix = []byte("roots/")

// MaxRoots bounds how many roots the index keeps: past it, recording a
// new root drops the smallest (its blocks stay; they are only no longer
// advertised), so the index and every listing of it stay bounded.
const MaxRoots = 4096

// Root is one DAG the store holds whole.
type Root struct {
	CID  cid.Cid
	Size uint64 // file bytes
}

func rootKey(c cid.Cid) []byte {
	return append(append([]byte(nil), rootPrefix...), c.Bytes()...)
}

// keepRoot records root, of size bytes, as held whole.
func (s *Store) keepRoot(root cid.Cid, size uint64) error {
	v := binary.AppendUvarint(nil, size)
	err := s.bs.db.Update(func(txn *badger.Txn) error { return txn.Set(rootKey(root), v) })
	if err != nil {
		return fmt.Errorf("record root %s: %w", root, err)
	}
	roots, err := s.Roots(0)
	if err != nil || len(roots) <= MaxRoots {
		return err
	}
	return s.bs.db.Update(func(txn *badger.Txn) error {
		for _, r := range roots[MaxRoots:] {
			if err := txn.Delete(rootKey(r.CID)); err != nil {
				return err
			}
		}
		return nil
	})
}

// dropRoot forgets root (its blocks are the caller's to delete).
func (s *Store) dropRoot(root cid.Cid) error {
	return s.bs.db.Update(func(txn *badger.Txn) error { return txn.Delete(rootKey(root)) })
}

// Roots lists the DAGs the store holds whole, largest first (ties by CID
// bytes), at most max of them (0: all, which MaxRoots bounds). A key that
// does not decode is skipped, never returned.
func (s *Store) Roots(max int) ([]Root, error) {
	var out []Root
	err := s.bs.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = rootPrefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			_, c, err := cid.CidFromBytes(k[len(rootPrefix):])
			if err != nil {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			size, n := binary.Uvarint(v)
			if n <= 0 {
				continue
			}
			out = append(out, Root{CID: c, Size: size})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list roots: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Size != out[j].Size {
			return out[i].Size > out[j].Size
		}
		return bytes.Compare(out[i].CID.Bytes(), out[j].CID.Bytes()) < 0
	})
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out, nil
}

// Holds reports whether root is recorded as held whole.
func (s *Store) Holds(root cid.Cid) (bool, error) {
	err := s.bs.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(rootKey(root))
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up root %s: %w", root, err)
	}
	return true, nil
}

// Keep records root as held whole after checking that every block under
// it is stored (for a DAG fetched by a reader that stored its blocks).
func (s *Store) Keep(ctx context.Context, root cid.Cid) error {
	ok, err := s.Has(ctx, root)
	if err != nil {
		return fmt.Errorf("keep %s: %w", root, err)
	}
	if !ok {
		return fmt.Errorf("keep %s: some of its blocks are not stored", root)
	}
	size, err := s.Size(ctx, root)
	if err != nil {
		return fmt.Errorf("keep %s: %w", root, err)
	}
	return s.keepRoot(root, size)
}
