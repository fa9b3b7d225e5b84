package chain

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/types"
)

// DefaultDisputeWindow is the dispute window DeployPayments gives an
// escrow without WithDisputeWindow: about a day of 12-second blocks, long
// enough for a watcher that is down for hours to catch a fraud.
const DefaultDisputeWindow = 7200

// PaymentsOption configures DeployPayments.
type PaymentsOption func(*paymentsConfig)

type paymentsConfig struct {
	disputeWindow uint64
	challengeBond *big.Int
	governor      *common.Address // of the parameters; nil: the deploying key
	notice        uint64          // seconds a parameter change is announced ahead
}

// WithDisputeWindow sets how many blocks a claim waits for disputes before
// it can be finalized (at least 1).
func WithDisputeWindow(blocks uint64) PaymentsOption {
	return func(c *paymentsConfig) { c.disputeWindow = blocks }
}

func newPaymentsConfig(opts []PaymentsOption) paymentsConfig {
	cfg := paymentsConfig{disputeWindow: DefaultDisputeWindow, challengeBond: DefaultChallengeBond, notice: DefaultParamsNotice}
	for _, o := range opts {
		o(&cfg)
	}
	return cfg
}

// PaymentItem is one receipt an executor is to be paid for: the owner pays
// CostWei (= types.CostFor(BilledMs, PriceWei)) in Token.
type PaymentItem struct {
	Job           common.Hash
	Attempt       uint32
	Owner         common.Address
	Token         Token
	PriceWei      *big.Int // per GPU-hour, or per core-hour for a CPU-only run
	BilledMs      uint64   // the receipt's BilledMs: GPU-ms, or core-ms for a CPU-only run
	CostWei       *big.Int
	ReceiptDigest common.Hash // the signed receipt's digest (types.SigningHash)
}

// PaymentLeaf is a payments-tree leaf in the escrow's form (its Leaf
// struct): token by address (zero for ETH), the running sum of the
// (owner, token) run it is in, and that run's index in the owed list.
type PaymentLeaf struct {
	Index         uint64
	Job           common.Hash
	Attempt       uint32
	Owner         common.Address
	Token         common.Address
	PriceWei      *big.Int
	BilledMs      uint64
	CostWei       *big.Int
	CumulativeWei *big.Int
	Run           uint64
	ReceiptDigest common.Hash
}

// Owed is what one owner owes in one token (zero address: ETH) for a batch.
type Owed struct {
	Owner     common.Address
	Token     common.Address
	AmountWei *big.Int
}

// Redemption is a batch ready to claim: the leaves of its payments tree in
// index order, the per-(owner, token) totals, and the tree. An executor
// publishes Leaves and Owed so that anyone can check them and dispute.
type Redemption struct {
	Leaves []PaymentLeaf
	Owed   []Owed
	Root   common.Hash
	levels [][]common.Hash // levels[0]: leaf hashes padded to a power of two
}

// BuildRedemption sorts items by (owner, token, job, attempt), sums each
// (owner, token) run and builds the payments tree; skyops is the escrow's
// $SKYOPS address. It refuses what a dispute would void: a cost that is
// not CostFor(BilledMs, PriceWei), the same (job, attempt) twice, nil or
// out-of-range numbers, an unknown token.
func BuildRedemption(skyops common.Address, items []PaymentItem) (*Redemption, error) {
	if len(items) == 0 {
		return nil, errors.New("building a redemption: no receipts")
	}
	if len(items) > 1<<40-1 {
		return nil, fmt.Errorf("building a redemption: %d receipts is more than a claim holds", len(items))
	}
	leaves := make([]PaymentLeaf, len(items))
	seen := make(map[[36]byte]int, len(items))
	for i, it := range items {
		fail := func(format string, a ...any) (*Redemption, error) {
			return nil, fmt.Errorf("building a redemption: receipt %d (job %s attempt %d): %s", i, it.Job, it.Attempt, fmt.Sprintf(format, a...))
		}
		var tok common.Address
		switch it.Token {
		case ETH:
		case SKYOPS:
			tok = skyops
		default:
			return fail("unknown token %q: pay in ETH or SKYOPS", it.Token)
		}
		switch {
		case it.Owner == (common.Address{}):
			return fail("no owner")
		case it.PriceWei == nil || it.CostWei == nil:
			return fail("no price or cost")
		case it.PriceWei.Sign() < 0 || it.PriceWei.BitLen() > 128:
			return fail("price %s wei is out of range", it.PriceWei)
		case types.CostFor(it.BilledMs, it.PriceWei).Cmp(it.CostWei) != 0:
			return fail("cost %s wei is not %d billed ms at %s wei per hour (%s)", it.CostWei, it.BilledMs, it.PriceWei, types.CostFor(it.BilledMs, it.PriceWei))
		}
		k := jobAttempt(PaymentLeaf{Job: it.Job, Attempt: it.Attempt})
		if j, dup := seen[k]; dup {
			return fail("the same job and attempt as receipt %d: a claim pays for an attempt once", j)
		}
		seen[k] = i
		leaves[i] = PaymentLeaf{
			Job: it.Job, Attempt: it.Attempt, Owner: it.Owner, Token: tok,
			PriceWei: new(big.Int).Set(it.PriceWei), BilledMs: it.BilledMs, CostWei: new(big.Int).Set(it.CostWei),
			ReceiptDigest: it.ReceiptDigest,
		}
	}
	slices.SortFunc(leaves, func(a, b PaymentLeaf) int {
		return cmp.Or(bytes.Compare(a.Owner[:], b.Owner[:]), bytes.Compare(a.Token[:], b.Token[:]),
			bytes.Compare(a.Job[:], b.Job[:]), cmp.Compare(a.Attempt, b.Attempt))
	})
	owed := Resum(leaves)
	return AssembleRedemption(leaves, owed)
}

// Resum sets each leaf's Index, Run and CumulativeWei from the leaves'
// order and costs, and returns the owed totals of their runs.
func Resum(leaves []PaymentLeaf) []Owed {
	var owed []Owed
	for i := range leaves {
		l := &leaves[i]
		l.Index = uint64(i)
		if i == 0 || l.Owner != leaves[i-1].Owner || l.Token != leaves[i-1].Token {
			owed = append(owed, Owed{Owner: l.Owner, Token: l.Token, AmountWei: new(big.Int)})
		}
		last := &owed[len(owed)-1]
		last.AmountWei.Add(last.AmountWei, l.CostWei)
		l.Run = uint64(len(owed) - 1)
		l.CumulativeWei = new(big.Int).Set(last.AmountWei)
	}
	return owed
}

// AssembleRedemption builds the tree over leaves as given, checking only
// that their numbers are present and their indices are their positions:
// what a watcher does with the leaves an executor published, to compare
// the root with the claim's and to dispute.
func AssembleRedemption(leaves []PaymentLeaf, owed []Owed) (*Redemption, error) {
	if len(leaves) == 0 || len(owed) == 0 {
		return nil, errors.New("assembling a redemption: no leaves or no owed totals")
	}
	width := 1
	for width < len(leaves) {
		width *= 2
	}
	level := make([]common.Hash, width) // zero beyond the leaves: padding
	for i, l := range leaves {
		if l.Index != uint64(i) {
			return nil, fmt.Errorf("assembling a redemption: leaf %d says it is at index %d", i, l.Index)
		}
		if l.PriceWei == nil || l.CostWei == nil || l.CumulativeWei == nil {
			return nil, fmt.Errorf("assembling a redemption: leaf %d lacks a price, cost or running sum", i)
		}
		for _, x := range []*big.Int{l.PriceWei, l.CostWei, l.CumulativeWei} {
			if x.Sign() < 0 || x.BitLen() > 256 {
				return nil, fmt.Errorf("assembling a redemption: leaf %d has %s, not a word", i, x)
			}
		}
		level[i] = LeafHash(l)
	}
	for i, o := range owed {
		if o.AmountWei == nil || o.AmountWei.Sign() < 0 || o.AmountWei.BitLen() > 256 {
			return nil, fmt.Errorf("assembling a redemption: owed entry %d has no amount", i)
		}
	}
	levels := [][]common.Hash{level}
	buf := make([]byte, 64)
	for len(level) > 1 {
		next := make([]common.Hash, len(level)/2)
		for i := range next {
			copy(buf, level[2*i][:])
			copy(buf[32:], level[2*i+1][:])
			next[i] = crypto.Keccak256Hash(buf)
		}
		levels = append(levels, next)
		level = next
	}
	return &Redemption{Leaves: leaves, Owed: owed, Root: level[0], levels: levels}, nil
}

// Count is the number of leaves.
func (r *Redemption) Count() int { return len(r.Leaves) }

// Proof is leaf i's positional proof: its siblings from the bottom up.
func (r *Redemption) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= len(r.levels[0]) {
		return nil, fmt.Errorf("proof of leaf %d of a %d-leaf payments tree: index out of range", i, len(r.Leaves))
	}
	proof := make([]common.Hash, 0, len(r.levels)-1)
	for _, level := range r.levels[:len(r.levels)-1] {
		proof = append(proof, level[i^1])
		i /= 2
	}
	return proof, nil
}

// OwedHash is what the escrow stores of the owed totals.
func (r *Redemption) OwedHash() common.Hash { return OwedHash(r.Owed) }

// LeafHash is keccak256(abi.encode(leaf)), the escrow's leafHash.
func LeafHash(l PaymentLeaf) common.Hash {
	b := make([]byte, 0, 11*32)
	word := func(x *big.Int) { b = append(b, common.BigToHash(x).Bytes()...) }
	u := func(x uint64) { word(new(big.Int).SetUint64(x)) }
	u(l.Index)
	b = append(b, l.Job[:]...)
	u(uint64(l.Attempt))
	b = append(b, common.BytesToHash(l.Owner[:]).Bytes()...)
	b = append(b, common.BytesToHash(l.Token[:]).Bytes()...)
	word(l.PriceWei)
	u(l.BilledMs)
	word(l.CostWei)
	word(l.CumulativeWei)
	u(l.Run)
	b = append(b, l.ReceiptDigest[:]...)
	return crypto.Keccak256Hash(b)
}

// OwedHash is keccak256(abi.encode(owed)): an offset, the length, then
// each (owner, token, amount).
func OwedHash(owed []Owed) common.Hash {
	b := make([]byte, 0, 64+96*len(owed))
	b = append(b, common.BigToHash(big.NewInt(32)).Bytes()...)
	b = append(b, common.BigToHash(big.NewInt(int64(len(owed)))).Bytes()...)
	for _, o := range owed {
		b = append(b, common.BytesToHash(o.Owner[:]).Bytes()...)
		b = append(b, common.BytesToHash(o.Token[:]).Bytes()...)
		b = append(b, common.BigToHash(o.AmountWei).Bytes()...)
	}
	return crypto.Keccak256Hash(b)
}

// ClaimID is the escrow's id of executor's claim of anchorRoot.
func ClaimID(executor common.Address, anchorRoot common.Hash) common.Hash {
	return crypto.Keccak256Hash(executor[:], anchorRoot[:])
}

// ClaimState is where a claim is in its life.
type ClaimState uint8

// The escrow's claim states.
const (
	ClaimNone ClaimState = iota
	ClaimPending
	ClaimPaid
	ClaimVoided
)

func (s ClaimState) String() string {
	switch s {
	case ClaimNone:
		return "none"
	case ClaimPending:
		return "pending"
	case ClaimPaid:
		return "paid"
	case ClaimVoided:
		return "voided"
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// ClaimInfo is a claim as the escrow stores it, with the anchor root and
// transaction from its Claimed event (the escrow stores no anchor root:
// the id is derived from it). Those two are zero if the node no longer
// has the claim block's logs.
type ClaimInfo struct {
	ID           common.Hash
	Executor     common.Address
	State        ClaimState
	ReadyAt      uint64 // first block Finalize may run in
	Count        uint64
	PaymentsRoot common.Hash
	OwedHash     common.Hash
	AnchorRoot   common.Hash
	TxHash       common.Hash
}

// BuildRedemption is BuildRedemption with this escrow's $SKYOPS.
func (p *Payments) BuildRedemption(items []PaymentItem) (*Redemption, error) {
	return BuildRedemption(p.tokenAddr, items)
}

// DisputeWindow reads how many blocks a claim waits for disputes.
func (p *Payments) DisputeWindow(ctx context.Context) (uint64, error) {
	w, err := p.escrow.DisputeWindow(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("reading the dispute window of the escrow %s: %w", p.escrowAddr, err)
	}
	return w.Uint64(), nil
}

// Claim claims payment for r, the payments of the receipts whose Merkle
// root anchorRoot this key anchored in the registry, and returns the
// claim's id. Finalize pays it once the dispute window has passed.
func (p *Payments) Claim(ctx context.Context, anchorRoot common.Hash, r *Redemption) (common.Hash, PaymentTx, error) {
	if r == nil || len(r.Leaves) == 0 {
		return common.Hash{}, PaymentTx{}, fmt.Errorf("claiming root %s: no redemption", anchorRoot)
	}
	if err := checkOwed(r.Owed); err != nil {
		return common.Hash{}, PaymentTx{}, fmt.Errorf("claiming root %s: %w", anchorRoot, err)
	}
	owed := escrowOwed(r.Owed)
	tx, err := p.send(ctx, fmt.Sprintf("claiming %d receipts of root %s", len(r.Leaves), anchorRoot), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.Claim(opts, anchorRoot, r.Root, big.NewInt(int64(len(r.Leaves))), owed)
	})
	if err != nil {
		return common.Hash{}, PaymentTx{}, err
	}
	return ClaimID(p.c.from, anchorRoot), tx, nil
}

// Finalize pays claim id (anyone may send it): owed must be the claim's
// owed totals, as published with its leaves.
func (p *Payments) Finalize(ctx context.Context, id common.Hash, owed []Owed) (PaymentTx, error) {
	if err := checkOwed(owed); err != nil {
		return PaymentTx{}, fmt.Errorf("finalizing claim %s: %w", id, err)
	}
	return p.send(ctx, "finalizing claim "+id.Hex(), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.Finalize(opts, id, escrowOwed(owed))
	})
}

// ClaimOf reads claim id (State ClaimNone: no such claim).
func (p *Payments) ClaimOf(ctx context.Context, id common.Hash) (ClaimInfo, error) {
	ci, err := p.claimState(ctx, id)
	if err != nil || ci.State == ClaimNone {
		return ci, err
	}
	blk, err := p.claimBlock(ctx, ci.ReadyAt)
	if err != nil {
		return ClaimInfo{}, fmt.Errorf("reading claim %s: %w", id, err)
	}
	it, err := p.escrow.FilterClaimed(&bind.FilterOpts{Start: blk, End: &blk, Context: ctx}, [][32]byte{id}, nil)
	if err != nil {
		return ClaimInfo{}, fmt.Errorf("reading the Claimed event of claim %s in block %d: %w", id, blk, err)
	}
	defer it.Close()
	if it.Next() {
		ci.AnchorRoot, ci.TxHash = it.Event.AnchorRoot, it.Event.Raw.TxHash
	}
	if err := it.Error(); err != nil {
		return ClaimInfo{}, fmt.Errorf("reading the Claimed event of claim %s in block %d: %w", id, blk, err)
	}
	return ci, nil
}

// ClaimOfEvent is ClaimOf for the claim of a Claimed event already read:
// its anchor root and transaction are the event's, not searched again.
func (p *Payments) ClaimOfEvent(ctx context.Context, e ClaimEvent) (ClaimInfo, error) {
	ci, err := p.claimState(ctx, e.ID)
	if err != nil {
		return ClaimInfo{}, err
	}
	ci.AnchorRoot, ci.TxHash = e.AnchorRoot, e.TxHash
	return ci, nil
}

// claimState is claim id as the escrow holds it: all of ClaimInfo but its
// anchor root and transaction, which are in its Claimed event.
func (p *Payments) claimState(ctx context.Context, id common.Hash) (ClaimInfo, error) {
	c, err := p.escrow.ClaimOf(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return ClaimInfo{}, fmt.Errorf("reading claim %s at the escrow %s: %w", id, p.escrowAddr, err)
	}
	return ClaimInfo{
		ID: id, Executor: c.Executor, State: ClaimState(c.State), ReadyAt: c.ReadyAt.Uint64(), Count: c.Count.Uint64(),
		PaymentsRoot: c.PaymentsRoot, OwedHash: c.OwedHash,
	}, nil
}

// claimBlock is the block a claim ready at readyAt was made in: the
// window is fixed, so it is readyAt less the window.
func (p *Payments) claimBlock(ctx context.Context, readyAt uint64) (uint64, error) {
	window, err := p.DisputeWindow(ctx)
	if err != nil {
		return 0, err
	}
	return readyAt - min(window, readyAt), nil
}

// DisputeLeaf disputes claim id with leaf i of r, the claim's published
// redemption: a malformed leaf, one beyond the count, a wrong cost, or a
// first leaf that does not start run 0 at its own cost.
func (p *Payments) DisputeLeaf(ctx context.Context, id common.Hash, r *Redemption, i int) (PaymentTx, error) {
	leaf, proof, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: %w", id, err)
	}
	return p.send(ctx, fmt.Sprintf("disputing claim %s with leaf %d", id, i), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.DisputeLeaf(opts, id, leaf, proof)
	})
}

// DisputeOwed disputes claim id with leaf i against the owed totals: a
// leaf not of its entry's owner and token, or a last leaf whose running
// sum is not the last total.
func (p *Payments) DisputeOwed(ctx context.Context, id common.Hash, r *Redemption, i int) (PaymentTx, error) {
	leaf, proof, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: %w", id, err)
	}
	return p.send(ctx, fmt.Sprintf("disputing claim %s with leaf %d and its owed total", id, i), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.DisputeOwed(opts, id, leaf, proof, escrowOwed(r.Owed))
	})
}

// DisputePair disputes claim id with adjacent leaves i and i+1: a broken
// running sum, leaves out of order (the same attempt twice among them), or
// a run that ends at other than its owed total.
func (p *Payments) DisputePair(ctx context.Context, id common.Hash, r *Redemption, i int) (PaymentTx, error) {
	a, pa, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: %w", id, err)
	}
	b, pb, err := r.proven(i + 1)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: %w", id, err)
	}
	return p.send(ctx, fmt.Sprintf("disputing claim %s with leaves %d and %d", id, i, i+1), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.DisputePair(opts, id, a, pa, b, pb, escrowOwed(r.Owed))
	})
}

// DisputeDuplicate disputes claim id, whose leaf i pays for the same job
// and attempt as leaf j of other, the redemption of claim otherID: the
// same claim (otherID == id, j != i) or an earlier one that stands.
func (p *Payments) DisputeDuplicate(ctx context.Context, id common.Hash, r *Redemption, i int, otherID common.Hash, other *Redemption, j int) (PaymentTx, error) {
	a, pa, err := r.proven(i)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: %w", id, err)
	}
	b, pb, err := other.proven(j)
	if err != nil {
		return PaymentTx{}, fmt.Errorf("disputing claim %s: claim %s: %w", id, otherID, err)
	}
	return p.send(ctx, fmt.Sprintf("disputing claim %s's leaf %d as a duplicate of claim %s's leaf %d", id, i, otherID, j), nil, func(opts *bind.TransactOpts) (*ethtypes.Transaction, error) {
		return p.escrow.DisputeDuplicate(opts, id, a, pa, otherID, b, pb)
	})
}

// proven is leaf i in the escrow's form with its proof.
func (r *Redemption) proven(i int) (SkyopsEscrowLeaf, [][32]byte, error) {
	if r == nil || i < 0 || i >= len(r.Leaves) {
		return SkyopsEscrowLeaf{}, nil, fmt.Errorf("no leaf %d in the redemption", i)
	}
	proof, err := r.Proof(i)
	if err != nil {
		return SkyopsEscrowLeaf{}, nil, err
	}
	l := r.Leaves[i]
	u := func(x uint64) *big.Int { return new(big.Int).SetUint64(x) }
	return SkyopsEscrowLeaf{
		Index: u(l.Index), Job: l.Job, Attempt: u(uint64(l.Attempt)),
		Owner: new(big.Int).SetBytes(l.Owner[:]), Token: new(big.Int).SetBytes(l.Token[:]),
		PriceWei: l.PriceWei, BilledMs: u(l.BilledMs), CostWei: l.CostWei, CumulativeWei: l.CumulativeWei,
		Run: u(l.Run), ReceiptDigest: l.ReceiptDigest,
	}, hashes(proof), nil
}

func checkOwed(owed []Owed) error {
	if len(owed) == 0 {
		return errors.New("no owed totals")
	}
	for i, o := range owed {
		if o.AmountWei == nil || o.AmountWei.Sign() < 0 {
			return fmt.Errorf("owed entry %d has no amount", i)
		}
	}
	return nil
}

func escrowOwed(owed []Owed) []SkyopsEscrowOwed {
	out := make([]SkyopsEscrowOwed, len(owed))
	for i, o := range owed {
		out[i] = SkyopsEscrowOwed{Owner: o.Owner, Token: o.Token, Amount: o.AmountWei}
	}
	return out
}

// Fraud is the kind of fraud a dispute proved (the escrow's Voided event).
type Fraud uint8

// The escrow's fraud kinds, in its order.
const (
	FraudMalformed Fraud = iota
	FraudCost
	FraudFirstLeaf
	FraudOwner
	FraudTotal
	FraudRunningSum
	FraudOrder
	FraudDuplicate
	FraudUnanswered
)

func (f Fraud) String() string {
	names := [...]string{"a malformed leaf", "a wrong cost", "a first leaf that starts no run", "a leaf of another owner or token",
		"an owed total that is not its run's sum", "a broken running sum", "leaves out of order", "an attempt paid twice",
		"a challenged leaf not shown to be owner-signed work"}
	if int(f) < len(names) {
		return names[f]
	}
	return fmt.Sprintf("fraud %d", uint8(f))
}

// RedeemedTx is the transaction that finalized claim id (its Redeemed
// event, from block `from` on); zero when none is found.
func (p *Payments) RedeemedTx(ctx context.Context, id common.Hash, from uint64) (common.Hash, error) {
	it, err := p.escrow.FilterRedeemed(&bind.FilterOpts{Start: from, Context: ctx}, [][32]byte{id}, nil)
	if err != nil {
		return common.Hash{}, fmt.Errorf("reading the Redeemed event of claim %s: %w", id, err)
	}
	defer it.Close()
	if it.Next() {
		return it.Event.Raw.TxHash, nil
	}
	return common.Hash{}, it.Error()
}

// Shortfall is an owner whose balance did not cover what a claim charged
// it in a token at finalize: the executor was paid Paid of Owed.
type Shortfall struct {
	Owner      common.Address
	Token      Token
	Owed, Paid *big.Int
}

// Shortfalls reads the Shortfall events of claim id's finalize, searching
// from block from (its readyAt: it cannot be finalized before).
func (p *Payments) Shortfalls(ctx context.Context, id common.Hash, from uint64) ([]Shortfall, error) {
	it, err := p.escrow.FilterShortfall(&bind.FilterOpts{Start: from, Context: ctx}, [][32]byte{id}, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the Shortfall events of claim %s: %w", id, err)
	}
	defer it.Close()
	var out []Shortfall
	for it.Next() {
		tok := ETH
		if it.Event.Token != (common.Address{}) {
			tok = SKYOPS // the escrow takes no other token
		}
		out = append(out, Shortfall{Owner: it.Event.Owner, Token: tok, Owed: it.Event.Owed, Paid: it.Event.Paid})
	}
	return out, it.Error()
}
