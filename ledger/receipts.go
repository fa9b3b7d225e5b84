package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger/merkle"
)

// Receipt records, all keyed by job id (hex) and attempt (8 hex digits),
// so one job's receipts sit together in key order:
//
//	receipt/<job>/<attempt>  -> the sealed receipt (every receipt this daemon accepted)
//	anchorq/<job>/<attempt>  -> its 32-byte signing digest (own receipts not yet in a batch)
//	proof/<job>/<attempt>    -> Proof (JSON): where it sits in its batch
//	batch/<root>             -> Batch (JSON): the batch and, once there, its anchor
var (
	prefixReceipt = []byte("receipt/")
	prefixAnchorQ = []byte("anchorq/")
	prefixProof   = []byte("proof/")
	prefixBatch   = []byte("batch/")
)

// ReceiptKey names one execution attempt of one job.
type ReceiptKey struct {
	Job     common.Hash `json:"job"`
	Attempt uint32      `json:"attempt"`
}

func (k ReceiptKey) suffix() string { return fmt.Sprintf("%s/%08x", k.Job.Hex(), k.Attempt) }

func parseReceiptSuffix(s string) (ReceiptKey, error) {
	job, att, ok := strings.Cut(s, "/")
	if !ok || len(att) != 8 || len(job) != 66 {
		return ReceiptKey{}, fmt.Errorf("receipt key %q is malformed", s)
	}
	var a uint32
	if _, err := fmt.Sscanf(att, "%08x", &a); err != nil {
		return ReceiptKey{}, fmt.Errorf("receipt key %q: %w", s, err)
	}
	return ReceiptKey{Job: common.HexToHash(job), Attempt: a}, nil
}

// Anchor is where a batch root sits on a chain.
type Anchor struct {
	ChainID   uint64         `json:"chainId"`
	Contract  common.Address `json:"contract"`
	Submitter common.Address `json:"submitter"`
	Block     uint64         `json:"block"`
	TxHash    common.Hash    `json:"txHash"`
	GasUsed   uint64         `json:"gasUsed"`
	AtMs      uint64         `json:"atMs"` // when this daemon saw it mined
}

// Batch is a Merkle batch of this daemon's own receipts.
type Batch struct {
	Root      common.Hash  `json:"root"`
	Receipts  []ReceiptKey `json:"receipts"` // in leaf order
	CreatedMs uint64       `json:"createdMs"`
	Anchor    *Anchor      `json:"anchor,omitempty"` // nil until mined
	Tries     uint32       `json:"tries"`
	LastError string       `json:"lastError,omitempty"`
	// Redeem is the batch's payment at the escrow, once the daemon has
	// claimed it (nil before; State "none" when nothing in it is paid).
	Redeem *Redemption `json:"redeem,omitempty"`
}

// Redemption is what became of an anchored batch's claim at the escrow.
type Redemption struct {
	State     string      `json:"state"` // none, pending, paid, voided
	ClaimID   common.Hash `json:"claimId,omitempty"`
	ClaimTx   common.Hash `json:"claimTx,omitempty"`
	ReadyAt   uint64      `json:"readyAt,omitempty"` // the block from which it can be finalized
	Receipts  int         `json:"receipts"`          // receipts it pays for
	PaidTx    common.Hash `json:"paidTx,omitempty"`
	PaidAtMs  uint64      `json:"paidAtMs,omitempty"`
	Tries     uint32      `json:"tries"`
	LastError string      `json:"lastError,omitempty"`
}

// Redemption states.
const (
	RedeemNone    = "none"
	RedeemPending = "pending"
	RedeemPaid    = "paid"
	RedeemVoided  = "voided"
)

// Proof is one receipt's place in a batch. Anchor is filled in from the
// batch when read back from an own batch; for a proof fetched from another
// daemon it is what that daemon said (and is checked against the chain).
type Proof struct {
	Root     common.Hash   `json:"root"`
	Index    uint32        `json:"index"`
	Siblings []common.Hash `json:"siblings"`
	Anchor   *Anchor       `json:"anchor,omitempty"`
	Foreign  bool          `json:"foreign,omitempty"` // fetched, not built here
}

// PutReceipt stores a sealed receipt, synced. own marks a receipt this
// daemon signed: it joins the queue of receipts waiting for a batch, in
// the same transaction, so a crash can't leave one stored but never
// anchored. digest is its signing digest (the Merkle leaf's preimage).
// Storing one twice is a no-op.
func (s *Store) PutReceipt(k ReceiptKey, sealed []byte, own bool, digest common.Hash) error {
	key := append(append([]byte{}, prefixReceipt...), k.suffix()...)
	room := s.space.forOthers
	if own {
		room = s.space.forOwn
	}
	if err := room(uint64(len(sealed))); err != nil {
		return fmt.Errorf("store receipt %s: %w", k.suffix(), err)
	}
	err := s.db.Update(func(txn *badger.Txn) error {
		if _, err := txn.Get(key); err == nil {
			return nil
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		if err := txn.Set(key, sealed); err != nil {
			return err
		}
		if own {
			return txn.Set(append(append([]byte{}, prefixAnchorQ...), k.suffix()...), digest[:])
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store receipt %s: %w", k.suffix(), err)
	}
	return s.sync()
}

// Receipt returns a stored sealed receipt, or ErrNotFound.
func (s *Store) Receipt(k ReceiptKey) ([]byte, error) {
	return s.get(append(append([]byte{}, prefixReceipt...), k.suffix()...))
}

// ReceiptsOf returns the stored receipts of one job, by attempt.
func (s *Store) ReceiptsOf(job common.Hash) (map[uint32][]byte, error) {
	out := map[uint32][]byte{}
	prefix := append(append([]byte{}, prefixReceipt...), job.Hex()+"/"...)
	err := s.scan(context.Background(), prefix, func(key, val []byte) error {
		k, err := parseReceiptSuffix(string(key[len(prefixReceipt):]))
		if err != nil {
			return nil // not ours to judge here; skip
		}
		out[k.Attempt] = val
		return nil
	})
	return out, err
}

// Receipts calls fn with every stored receipt, in key order.
func (s *Store) Receipts(ctx context.Context, fn func(k ReceiptKey, sealed []byte) error) error {
	return s.scan(ctx, prefixReceipt, func(key, val []byte) error {
		k, err := parseReceiptSuffix(string(key[len(prefixReceipt):]))
		if err != nil {
			return nil
		}
		return fn(k, val)
	})
}

// QueuedReceipts is how many own receipts wait for a batch.
func (s *Store) QueuedReceipts() (int, error) {
	n := 0
	err := s.scan(context.Background(), prefixAnchorQ, func(_, _ []byte) error { n++; return nil })
	return n, err
}

// CutBatch takes up to max queued receipts (oldest keys first), builds
// their Merkle tree, and in one transaction records the batch, each
// receipt's proof, and their removal from the queue. It returns nil when
// the queue is empty. The batch is not anchored yet: the caller sends it
// and records the anchor with SetBatchAnchor; a crash in between leaves a
// batch that PendingBatches returns on restart.
func (s *Store) CutBatch(max int, nowMs uint64) (*Batch, error) {
	var keys []ReceiptKey
	var leaves []common.Hash
	err := s.scan(context.Background(), prefixAnchorQ, func(key, val []byte) error {
		if len(keys) >= max {
			return errStopScan
		}
		k, err := parseReceiptSuffix(string(key[len(prefixAnchorQ):]))
		if err != nil || len(val) != common.HashLength {
			return nil
		}
		keys = append(keys, k)
		leaves = append(leaves, merkle.Leaf(common.BytesToHash(val)))
		return nil
	})
	if err != nil && !errors.Is(err, errStopScan) {
		return nil, fmt.Errorf("cut receipt batch: %w", err)
	}
	if len(keys) == 0 {
		return nil, nil
	}
	tree, err := merkle.Build(leaves)
	if err != nil {
		return nil, fmt.Errorf("cut receipt batch: %w", err)
	}
	b := &Batch{Root: tree.Root(), Receipts: keys, CreatedMs: nowMs}
	if err := s.space.forOwn(uint64(len(keys)) * 1024); err != nil {
		return nil, fmt.Errorf("cut receipt batch: %w", err)
	}
	// A WriteBatch, not one transaction: a batch of thousands of proofs is
	// more than one badger transaction takes. The batch record is written
	// last, so a crash part-way leaves queued receipts (cut again next
	// time) and stray proofs (overwritten then), never a batch without
	// its proofs.
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	for i, k := range keys {
		sib, err := tree.Proof(i)
		if err != nil {
			return nil, fmt.Errorf("cut receipt batch: %w", err)
		}
		p, _ := json.Marshal(Proof{Root: b.Root, Index: uint32(i), Siblings: sib})
		if err := wb.Set(append(append([]byte{}, prefixProof...), k.suffix()...), p); err != nil {
			return nil, fmt.Errorf("cut receipt batch: %w", err)
		}
	}
	if err := wb.Flush(); err != nil {
		return nil, fmt.Errorf("cut receipt batch: %w", err)
	}
	if err := s.putBatch(b); err != nil {
		return nil, err
	}
	wb = s.db.NewWriteBatch()
	for _, k := range keys {
		if err := wb.Delete(append(append([]byte{}, prefixAnchorQ...), k.suffix()...)); err != nil {
			return nil, fmt.Errorf("cut receipt batch: %w", err)
		}
	}
	if err := wb.Flush(); err != nil {
		return nil, fmt.Errorf("cut receipt batch: %w", err)
	}
	return b, s.sync()
}

func (s *Store) putBatch(b *Batch) error {
	v, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("store batch %s: %w", b.Root, err)
	}
	if err := s.space.forOwn(uint64(len(v))); err != nil {
		return fmt.Errorf("store batch %s: %w", b.Root, err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(append(append([]byte{}, prefixBatch...), b.Root.Hex()...), v)
	}); err != nil {
		return fmt.Errorf("store batch %s: %w", b.Root, err)
	}
	return s.sync()
}

// UpdateBatch rewrites a batch record (its anchor, tries, last error).
func (s *Store) UpdateBatch(b *Batch) error { return s.putBatch(b) }

// Batch returns a stored batch by root, or ErrNotFound.
func (s *Store) Batch(root common.Hash) (*Batch, error) {
	v, err := s.get(append(append([]byte{}, prefixBatch...), root.Hex()...))
	if err != nil {
		return nil, err
	}
	var b Batch
	if err := json.Unmarshal(v, &b); err != nil {
		return nil, fmt.Errorf("batch %s: %w", root, err)
	}
	return &b, nil
}

// Batches returns every stored batch, by root.
func (s *Store) Batches(ctx context.Context) ([]*Batch, error) {
	var out []*Batch
	err := s.scan(ctx, prefixBatch, func(_, val []byte) error {
		var b Batch
		if err := json.Unmarshal(val, &b); err == nil {
			out = append(out, &b)
		}
		return nil
	})
	return out, err
}

// Proof returns a receipt's proof, with the anchor of its batch when the
// batch is this daemon's own, or ErrNotFound.
func (s *Store) Proof(k ReceiptKey) (*Proof, error) {
	v, err := s.get(append(append([]byte{}, prefixProof...), k.suffix()...))
	if err != nil {
		return nil, err
	}
	var p Proof
	if err := json.Unmarshal(v, &p); err != nil {
		return nil, fmt.Errorf("proof %s: %w", k.suffix(), err)
	}
	if !p.Foreign {
		b, err := s.Batch(p.Root)
		if err != nil {
			return nil, fmt.Errorf("proof %s: its batch: %w", k.suffix(), err)
		}
		p.Anchor = b.Anchor
	}
	return &p, nil
}

// PutForeignProof keeps a proof fetched from the receipt's executor, once
// anchored, so this daemon can answer for it while the executor is away.
func (s *Store) PutForeignProof(k ReceiptKey, p Proof) error {
	p.Foreign = true
	v, _ := json.Marshal(p)
	if err := s.space.forOthers(uint64(len(v))); err != nil {
		return fmt.Errorf("store proof %s: %w", k.suffix(), err)
	}
	if err := s.db.Update(func(txn *badger.Txn) error {
		return txn.Set(append(append([]byte{}, prefixProof...), k.suffix()...), v)
	}); err != nil {
		return fmt.Errorf("store proof %s: %w", k.suffix(), err)
	}
	return s.sync()
}

var errStopScan = errors.New("stop scan")
