package content

import (
	"context"
	"errors"
	"fmt"
	"sync"

	badger "github.com/dgraph-io/badger/v4"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-multihash"

	"github.com/skyops/skyops/ledger"
)

// keyPrefix is content's namespace in the node's badger store. Blocks are
// keyed by multihash, as boxo's blockstore does, so the same bytes named
// under two codecs are stored once.
var keyPrefix = []byte("blocks/")

// ErrHashMismatch is what a stored or received block whose bytes do not
// hash to its CID wraps.
var ErrHashMismatch = errors.New("block bytes do not match their CID")

// Blockstore is a boxo blockstore.Blockstore over the node's badger DB.
// It is hand-written because boxo's datastore-backed blockstore no longer
// verifies on read and there is no maintained go-datastore for badger v4.
//
// Every Get re-hashes the block (a flipped bit on disk must not reach a
// reader or a peer), and every Put checks the disk floor (ledger.Space,
// the level at which blobs are refused).
//
// It also keeps, for each import in flight, the blocks that import was the
// first to write, so a failed import can delete exactly those and nothing
// another DAG may share (see import.go).
type Blockstore struct {
	db    *badger.DB
	space *ledger.Space

	mu    sync.Mutex
	fresh map[string]uint64 // multihash key -> import that first wrote it and has not finished
	next  uint64
}

// NewBlockstore keeps blocks in db under "blocks/", refusing writes that
// would take the disk under space's blob level (nil: no floor).
func NewBlockstore(db *badger.DB, space *ledger.Space) *Blockstore {
	return &Blockstore{db: db, space: space, fresh: make(map[string]uint64)}
}

func blockKey(c cid.Cid) []byte {
	h := c.Hash()
	k := make([]byte, 0, len(keyPrefix)+len(h))
	return append(append(k, keyPrefix...), h...)
}

// verify checks that data is what c names.
func verify(c cid.Cid, data []byte) error {
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("hash block %s: %w", c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("block %s: %w", c, ErrHashMismatch)
	}
	return nil
}

// Has reports whether the store holds c.
func (b *Blockstore) Has(_ context.Context, c cid.Cid) (bool, error) {
	b.shared(c)
	err := b.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(blockKey(c))
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("look up block %s: %w", c, err)
	}
	return true, nil
}

// Get returns the block c, verified.
func (b *Blockstore) Get(_ context.Context, c cid.Cid) (blocks.Block, error) {
	if !c.Defined() {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	b.shared(c)
	var data []byte
	err := b.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(blockKey(c))
		if err != nil {
			return err
		}
		data, err = it.ValueCopy(nil)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	if err != nil {
		return nil, fmt.Errorf("read block %s: %w", c, err)
	}
	if err := verify(c, data); err != nil {
		return nil, fmt.Errorf("read stored %w", err)
	}
	return blocks.NewBlockWithCid(data, c)
}

// GetSize is the size of block c.
func (b *Blockstore) GetSize(_ context.Context, c cid.Cid) (int, error) {
	var n int64
	err := b.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(blockKey(c))
		if err != nil {
			return err
		}
		n = it.ValueSize()
		return nil
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return -1, ipld.ErrNotFound{Cid: c}
	}
	if err != nil {
		return -1, fmt.Errorf("size of block %s: %w", c, err)
	}
	return int(n), nil
}

// Put stores blk after checking its hash (bitswap hands over blocks it has
// hashed, but the importer's and callers' are checked here too: a block
// stored under the wrong name would poison every peer that fetches it).
func (b *Blockstore) Put(ctx context.Context, blk blocks.Block) error {
	_, err := b.put(ctx, blk, 0)
	return err
}

// PutMany stores blks one by one (each is a separate badger transaction;
// badger batches the writes in its memtable).
func (b *Blockstore) PutMany(ctx context.Context, blks []blocks.Block) error {
	for _, blk := range blks {
		if err := b.Put(ctx, blk); err != nil {
			return err
		}
	}
	return nil
}

// put stores blk; owner, if not 0, is the import that asks, which records
// the block as its own when it is the first to write it.
func (b *Blockstore) put(_ context.Context, blk blocks.Block, owner uint64) (wrote bool, err error) {
	c := blk.Cid()
	data := blk.RawData()
	if err := verify(c, data); err != nil {
		return false, fmt.Errorf("store %w", err)
	}
	k := blockKey(c)
	// The check and the write are one critical section so two imports of
	// the same chunk agree on which of them wrote it.
	b.mu.Lock()
	defer b.mu.Unlock()
	if prev, ok := b.fresh[string(k)]; ok && prev != owner {
		delete(b.fresh, string(k)) // a second DAG uses it: no failed import may delete it
	}
	var exists bool
	err = b.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(k)
		exists = err == nil
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store block %s: %w", c, err)
	}
	if exists {
		return false, nil
	}
	if err := b.space.AdmitBlob(uint64(len(data) + len(k))); err != nil {
		return false, fmt.Errorf("store block %s: %w", c, err)
	}
	if err := b.db.Update(func(txn *badger.Txn) error { return txn.Set(k, data) }); err != nil {
		return false, fmt.Errorf("store block %s: %w", c, err)
	}
	if owner != 0 {
		b.fresh[string(k)] = owner
	}
	return true, nil
}

// shared marks c as used by someone other than the import that wrote it.
func (b *Blockstore) shared(c cid.Cid) {
	k := string(blockKey(c))
	b.mu.Lock()
	delete(b.fresh, k)
	b.mu.Unlock()
}

// DeleteBlock removes c.
func (b *Blockstore) DeleteBlock(_ context.Context, c cid.Cid) error {
	if err := b.db.Update(func(txn *badger.Txn) error { return txn.Delete(blockKey(c)) }); err != nil {
		return fmt.Errorf("delete block %s: %w", c, err)
	}
	return nil
}

// AllKeysChan lists the stored blocks (as raw-codec CIDs: the store keeps
// multihashes only).
func (b *Blockstore) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	out := make(chan cid.Cid, 64)
	go func() {
		defer close(out)
		_ = b.db.View(func(txn *badger.Txn) error {
			opts := badger.DefaultIteratorOptions
			opts.PrefetchValues = false
			opts.Prefix = keyPrefix
			it := txn.NewIterator(opts)
			defer it.Close()
			for it.Rewind(); it.Valid(); it.Next() {
				mh := it.Item().KeyCopy(nil)[len(keyPrefix):]
				if _, err := multihash.Cast(mh); err != nil {
					continue
				}
				select {
				case out <- cid.NewCidV1(cid.Raw, mh):
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}()
	return out, nil
}

// newImport starts tracking an import's blocks.
func (b *Blockstore) newImport() uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.next++
	return b.next
}

// endImport stops tracking import id; if it failed, the blocks only it
// wrote (and nobody has touched since) are deleted.
func (b *Blockstore) endImport(id uint64, failed bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	var errs []error
	for k, owner := range b.fresh {
		if owner != id {
			continue
		}
		delete(b.fresh, k)
		if failed {
			if err := b.db.Update(func(txn *badger.Txn) error { return txn.Delete([]byte(k)) }); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("delete the blocks of a failed import: %w", err)
	}
	return nil
}

// ownedBy is a view of b for one import: its writes are recorded as the
// import's own.
type ownedBy struct {
	*Blockstore
	id uint64
}

func (o ownedBy) Put(ctx context.Context, blk blocks.Block) error {
	_, err := o.put(ctx, blk, o.id)
	return err
}

func (o ownedBy) PutMany(ctx context.Context, blks []blocks.Block) error {
	for _, blk := range blks {
		if err := o.Put(ctx, blk); err != nil {
			return err
		}
	}
	return nil
}
