package ledger

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// Key prefixes. One byte-string namespace per kind of record.
var (
	keySeqHigh = []byte("meta/advert-seq-high")
	prefixPeer = []byte("peer/")
)

// ErrInUse is returned by Open when another process holds the database.
var ErrInUse = errors.New("database in use by another process")

// Store is the badger-backed record.
type Store struct {
	db    *badger.DB
	log   *slog.Logger
	space *Space // nil: no floor
}

type config struct {
	log      *slog.Logger
	inMemory bool
	space    *Space
}

// Option configures Open.
type Option func(*config)

// WithLogger routes badger's own logging into slog (at debug, except
// warnings and errors).
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.log = l } }

// InMemory keeps everything in memory (tests and simulations only).
func InMemory() Option { return func(c *config) { c.inMemory = true } }

// WithSpace keeps the store's writes above a free-space floor (see Space).
func WithSpace(sp *Space) Option { return func(c *config) { c.space = sp } }

// Open opens (or creates) the store in dir.
//
// The options size badger for a small daemon: badger's defaults (64 MiB
// memtables ×5, 256 MiB block cache, 1 GiB value log files) suit a database
// server, not a daemon that idles at a few MiB of records. Small memtables
// and caches keep an idle daemon's RSS small; values under 1 KiB stay in the
// LSM tree so reads rarely touch the value log.
func Open(dir string, opts ...Option) (*Store, error) {
	cfg := config{log: slog.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	bo := badger.DefaultOptions(dir).
		WithInMemory(cfg.inMemory).
		WithLogger(badgerLogger{cfg.log}).
		WithSyncWrites(false). // synced per write where it acknowledges something (see sync)
		WithMemTableSize(4 << 20).
		WithNumMemtables(2).
		WithBaseTableSize(2 << 20).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(4).
		WithBlockCacheSize(4 << 20).
		WithIndexCacheSize(2 << 20).
		WithValueLogFileSize(16 << 20).
		WithValueThreshold(1 << 10).
		WithNumCompactors(2).
		WithMetricsEnabled(false)
	if cfg.inMemory {
		bo.Dir, bo.ValueDir = "", ""
	}
	db, err := badger.Open(bo)
	if err != nil {
		if strings.Contains(err.Error(), "Cannot acquire directory lock") {
			return nil, fmt.Errorf("open database %s: %w", dir, ErrInUse)
		}
		return nil, fmt.Errorf("open database %s: %w", dir, err)
	}
	return &Store{db: db, log: cfg.log, space: cfg.space}, nil
}

// Close flushes and closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// ReserveSeqs reserves the next n advert sequence numbers and returns the
// first. The high-water mark is synced before it returns, so a restarted
// daemon never reuses a sequence number its peers have already seen (they
// would drop its adverts as replays).
func (s *Store) ReserveSeqs(n uint64) (first uint64, err error) {
	if n == 0 {
		return 0, errors.New("reserve advert sequence: n must be > 0")
	}
	if err := s.space.forOwn(8); err != nil {
		return 0, fmt.Errorf("reserve advert sequence: %w", err)
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		var high uint64
		item, err := txn.Get(keySeqHigh)
		switch {
		case errors.Is(err, badger.ErrKeyNotFound):
		case err != nil:
			return err
		default:
			if err := item.Value(func(v []byte) error {
				if len(v) != 8 {
					return fmt.Errorf("corrupt sequence record: %d bytes", len(v))
				}
				high = binary.BigEndian.Uint64(v)
				return nil
			}); err != nil {
				return err
			}
		}
		first = high + 1
		var buf [8]byte
		binary.BigEndian.PutUint64(buf[:], high+n)
		return txn.Set(keySeqHigh, buf[:])
	})
	if err != nil {
		return 0, fmt.Errorf("reserve advert sequence: %w", err)
	}
	if err := s.sync(); err != nil {
		return 0, fmt.Errorf("reserve advert sequence: %w", err)
	}
	return first, nil
}

// KnownPeer is a peer this daemon has seen, kept so that a restarted daemon
// can find the network again without its bootstrap list.
type KnownPeer struct {
	ID       string    `json:"id"`
	Addrs    []string  `json:"addrs"`
	LastSeen time.Time `json:"lastSeen"`
}

// PutPeer records (or refreshes) a known peer.
func (s *Store) PutPeer(p KnownPeer) error {
	v, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("record peer %s: %w", p.ID, err)
	}
	key := append(append([]byte{}, prefixPeer...), p.ID...)
	if err := s.space.forOthers(uint64(len(v))); err != nil {
		return fmt.Errorf("record peer %s: %w", p.ID, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(key, v) }); err != nil {
		return fmt.Errorf("record peer %s: %w", p.ID, err)
	}
	// A hint for the next start: no sync.
	return nil
}

// KnownPeers lists the recorded peers, by id. A record that does not decode
// is skipped and logged, never fatal: it is a hint, not a fact.
func (s *Store) KnownPeers(ctx context.Context) ([]KnownPeer, error) {
	var out []KnownPeer
	err := s.scan(ctx, prefixPeer, func(key, v []byte) error {
		var p KnownPeer
		if err := json.Unmarshal(v, &p); err != nil {
			s.log.Warn("skipping unreadable peer record", "key", string(key), "err", err)
			return nil
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list known peers: %w", err)
	}
	return out, nil
}

// badgerLogger adapts badger's printf logger to slog. Badger is chatty at
// info; that goes to debug so a daemon's log says what the daemon does.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any) {
	b.l.Error(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
}
func (b badgerLogger) Warningf(f string, a ...any) {
	b.l.Warn(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
}
func (b badgerLogger) Infof(f string, a ...any) {
	b.l.Debug(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
}
func (b badgerLogger) Debugf(f string, a ...any) {
	b.l.Debug(strings.TrimSpace(fmt.Sprintf(f, a...)), "component", "badger")
}

// prefixJobEvent keys: jobev/<job id hex>/<event hash hex> -> sealed event.
var prefixJobEvent = []byte("jobev/")

// PutJobEvent stores a sealed job event. With durable, it is synced to
// disk before it returns (for events that acknowledge a request: a submit,
// a cancel); otherwise it reaches the disk with the next sync, and a crash
// before then loses it here only (peers still hold it). Storing one twice
// is a no-op.
func (s *Store) PutJobEvent(job, event string, sealed []byte, durable bool) error {
	key := []byte(string(prefixJobEvent) + job + "/" + event)
	room := s.space.forOthers
	if durable {
		room = s.space.forOwn
	}
	if err := room(uint64(len(sealed))); err != nil {
		return fmt.Errorf("store event %s of job %s: %w", event, job, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(key, sealed) }); err != nil {
		return fmt.Errorf("store event %s of job %s: %w", event, job, err)
	}
	if durable {
		if err := s.sync(); err != nil {
			return fmt.Errorf("store event %s of job %s: %w", event, job, err)
		}
	}
	return nil
}

// DeleteJobEvent forgets a stored job event (one its job no longer keeps:
// superseded in its slot, or found invalid). Deleting a missing one is a
// no-op.
func (s *Store) DeleteJobEvent(job, event string) error {
	key := []byte(string(prefixJobEvent) + job + "/" + event)
	if err := s.space.forOwn(uint64(len(key))); err != nil { // a delete is a write too
		return fmt.Errorf("delete event %s of job %s: %w", event, job, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Delete(key) }); err != nil {
		return fmt.Errorf("delete event %s of job %s: %w", event, job, err)
	}
	return nil
}

// ForgetJob deletes a job's stored events and its data key (a job pruned
// after its retention window; its receipts stay). It returns how many
// events it deleted.
func (s *Store) ForgetJob(job string) (int, error) {
	prefix := []byte(string(prefixJobEvent) + job + "/")
	var keys [][]byte
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			keys = append(keys, it.Item().KeyCopy(nil))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("forget job %s: %w", job, err)
	}
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	for _, k := range append(keys, append(append([]byte{}, prefixJobKey...), job...)) {
		if err := wb.Delete(k); err != nil {
			return 0, fmt.Errorf("forget job %s: %w", job, err)
		}
	}
	if err := wb.Flush(); err != nil {
		return 0, fmt.Errorf("forget job %s: %w", job, err)
	}
	return len(keys), nil
}

// sync forces what was written to disk.
func (s *Store) sync() error { return s.db.Sync() }

// JobEvents calls fn with every stored sealed job event, in key order
// (grouped by job). It stops at the first error fn returns.
func (s *Store) JobEvents(ctx context.Context, fn func(sealed []byte) error) error {
	if err := s.scan(ctx, prefixJobEvent, func(_, v []byte) error { return fn(bytes.Clone(v)) }); err != nil {
		return fmt.Errorf("load job events: %w", err)
	}
	return nil
}

// prefixJobKey keys: jobkey/<job id hex> -> the job's 32-byte data key,
// kept by the job's home daemon only.
var prefixJobKey = []byte("jobkey/")

// PutJobKey stores a job's data key, synced.
func (s *Store) PutJobKey(job string, key []byte) error {
	k := append(append([]byte{}, prefixJobKey...), job...)
	if err := s.space.forOwn(uint64(len(key))); err != nil {
		return fmt.Errorf("store data key of job %s: %w", job, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error { return txn.Set(k, key) }); err != nil {
		return fmt.Errorf("store data key of job %s: %w", job, err)
	}
	if err := s.sync(); err != nil {
		return fmt.Errorf("store data key of job %s: %w", job, err)
	}
	return nil
}

// JobKey returns a job's data key, or ErrNotFound.
func (s *Store) JobKey(job string) ([]byte, error) {
	out, err := s.get(append(append([]byte{}, prefixJobKey...), job...))
	if err != nil {
		return nil, fmt.Errorf("data key of job %s: %w", job, err)
	}
	return out, nil
}

// JobEventsOf returns the stored sealed events of one job (its id as hex,
// as PutJobEvent was given it), in key order (by event hash).
func (s *Store) JobEventsOf(job string) ([][]byte, error) {
	var out [][]byte
	prefix := []byte(string(prefixJobEvent) + job + "/")
	if err := s.scan(context.Background(), prefix, func(_, v []byte) error { out = append(out, bytes.Clone(v)); return nil }); err != nil {
		return nil, fmt.Errorf("load events of job %s: %w", job, err)
	}
	return out, nil
}

// JobEventKeys calls fn with the job and event (as hex, as PutJobEvent was
// given them) of every stored job event, in key order (grouped by job, by
// event hash within a job), reading keys only. It stops at the first error
// fn returns.
func (s *Store) JobEventKeys(ctx context.Context, fn func(job, event string) error) error {
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixJobEvent})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			rest := strings.TrimPrefix(string(it.Item().Key()), string(prefixJobEvent))
			job, event, ok := strings.Cut(rest, "/")
			if !ok {
				continue
			}
			if err := fn(job, event); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("list job events: %w", err)
	}
	return nil
}

// scan calls fn with every key and value under prefix, in key order; both
// are valid only during the call (copy what is kept).
func (s *Store) scan(ctx context.Context, prefix []byte, fn func(key, val []byte) error) error {
	return s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true, PrefetchSize: 64})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			if err := item.Value(func(val []byte) error { return fn(item.Key(), val) }); err != nil {
				return err
			}
		}
		return nil
	})
}

// get reads one value, or ErrNotFound.
func (s *Store) get(key []byte) ([]byte, error) {
	var out []byte
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		out, err = item.ValueCopy(nil)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	return out, err
}

// DB is the underlying badger database, for packages that keep their own
// namespace in it (content keeps IPFS blocks under "blocks/"). They must
// check the Space themselves before writing.
func (s *Store) DB() *badger.DB { return s.db }
