package ledger

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	badger "github.com/dgraph-io/badger/v4"
)

// prefixDelivery keys: delivery/<job id hex>/<sha256(kind, ref) hex> -> a
// Delivery as JSON. A job's home keeps where its owner delivered the
// result (IPFS, Arweave); like receipts, they outlive the job's pruning:
// they are the owner's pointers to the result, a few hundred bytes each.
var prefixDelivery = []byte("delivery/")

// Delivery is one recorded delivery of a job's sealed result, with the
// owner's signature that asked for it.
type Delivery struct {
	Kind string    `json:"kind"`
	Ref  string    `json:"ref"`
	URL  string    `json:"url"`
	At   time.Time `json:"at"`
	Sig  []byte    `json:"sig"`
}

// ErrTooMany says a job has its bound of deliveries already.
var ErrTooMany = errors.New("too many records")

func deliveryKey(job, kind, ref string) []byte {
	h := sha256.Sum256([]byte(kind + "\x00" + ref))
	return []byte(string(prefixDelivery) + job + "/" + hex.EncodeToString(h[:]))
}

// PutDelivery records d for job, synced. The same kind and ref again
// replaces the record (a repeated delivery is one place); a new one past
// max records is ErrTooMany.
func (s *Store) PutDelivery(job string, d Delivery, max int) error {
	val, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode delivery of job %s: %w", job, err)
	}
	if err := s.space.forOwn(uint64(len(val))); err != nil {
		return fmt.Errorf("store delivery of job %s: %w", job, err)
	}
	key := deliveryKey(job, d.Kind, d.Ref)
	prefix := []byte(string(prefixDelivery) + job + "/")
	err = s.db.Update(func(txn *badger.Txn) error {
		if _, err := txn.Get(key); err == nil {
			return txn.Set(key, val)
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		n := 0
		for it.Rewind(); it.Valid(); it.Next() {
			n++
		}
		it.Close()
		if n >= max {
			return fmt.Errorf("%w: job %s has %d deliveries recorded, the most kept", ErrTooMany, job, n)
		}
		return txn.Set(key, val)
	})
	if err != nil {
		return fmt.Errorf("store delivery of job %s: %w", job, err)
	}
	if err := s.sync(); err != nil {
		return fmt.Errorf("store delivery of job %s: %w", job, err)
	}
	return nil
}

// Deliveries returns job's recorded deliveries, oldest first.
func (s *Store) Deliveries(ctx context.Context, job string) ([]Delivery, error) {
	var out []Delivery
	prefix := []byte(string(prefixDelivery) + job + "/")
	err := s.scan(ctx, prefix, func(_, v []byte) error {
		var d Delivery
		if err := json.Unmarshal(bytes.Clone(v), &d); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load deliveries of job %s: %w", job, err)
	}
	for i := 1; i < len(out); i++ { // few: insertion sort by time
		for k := i; k > 0 && out[k].At.Before(out[k-1].At); k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out, nil
}
