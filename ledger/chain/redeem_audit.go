package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/types"
)

// DisputeKind is which of the escrow's disputes proves a Finding.
type DisputeKind uint8

// The escrow's disputes.
const (
	ByLeaf      DisputeKind = iota // DisputeLeaf(Index)
	ByOwed                         // DisputeOwed(Index)
	ByPair                         // DisputePair(Index), with leaf Index+1
	ByDuplicate                    // DisputeDuplicate(Index), with leaf Other of the same claim
)

// Finding is a fraud in a claim's published redemption and the dispute
// that proves it on chain.
type Finding struct {
	Fraud   Fraud
	Dispute DisputeKind
	Index   int
	Other   int // ByDuplicate: the other leaf
}

func (f Finding) String() string {
	return fmt.Sprintf("%s at leaf %d", f.Fraud, f.Index)
}

// Audit checks r, the leaves and totals an executor published for claim c,
// as the escrow's disputes would, and returns every fraud it finds (none:
// the claim is honest as far as its own data goes). It fails when r is not
// what c committed to (another root or totals) or has fewer leaves than
// c's count: such a claim cannot be disputed from this data. Duplicates
// across claims are the caller's to find (it knows the other claims).
func Audit(r *Redemption, c ClaimInfo) ([]Finding, error) {
	switch {
	case r == nil:
		return nil, fmt.Errorf("auditing claim %s: no redemption", c.ID)
	case r.Root != c.PaymentsRoot:
		return nil, fmt.Errorf("auditing claim %s: the leaves build root %s, the claim committed to %s", c.ID, r.Root, c.PaymentsRoot)
	case r.OwedHash() != c.OwedHash:
		return nil, fmt.Errorf("auditing claim %s: the owed totals are not the ones the claim committed to", c.ID)
	case uint64(len(r.Leaves)) < c.Count:
		return nil, fmt.Errorf("auditing claim %s: %d leaves published of the %d claimed", c.ID, len(r.Leaves), c.Count)
	}
	var out []Finding
	add := func(f Fraud, d DisputeKind, i int) { out = append(out, Finding{Fraud: f, Dispute: d, Index: i}) }
	n := int(c.Count)
	for i := n; i < len(r.Leaves); i++ {
		add(FraudMalformed, ByLeaf, i)
	}
	last := len(r.Owed) - 1
	seen := make(map[[36]byte]int, n)
	for i, l := range r.Leaves[:n] {
		switch {
		case l.PriceWei.Sign() < 0 || l.PriceWei.BitLen() > 128:
			add(FraudMalformed, ByLeaf, i)
		case types.CostFor(l.BilledMs, l.PriceWei).Cmp(l.CostWei) != 0:
			add(FraudCost, ByLeaf, i)
		case i == 0 && (l.Run != 0 || l.CumulativeWei.Cmp(l.CostWei) != 0):
			add(FraudFirstLeaf, ByLeaf, i)
		}
		if l.Run >= uint64(len(r.Owed)) || r.Owed[l.Run].Owner != l.Owner || r.Owed[l.Run].Token != l.Token {
			add(FraudOwner, ByOwed, i)
		} else if i == n-1 && (l.Run != uint64(last) || l.CumulativeWei.Cmp(r.Owed[l.Run].AmountWei) != 0) {
			add(FraudTotal, ByOwed, i)
		}
		k := jobAttempt(l)
		if j, dup := seen[k]; dup {
			out = append(out, Finding{Fraud: FraudDuplicate, Dispute: ByDuplicate, Index: i, Other: j})
		} else {
			seen[k] = i
		}
		if i+1 < n {
			if f, ok := pairFraud(l, r.Leaves[i+1], r.Owed); ok {
				add(f, ByPair, i)
			}
		}
	}
	return out, nil
}

// pairFraud is disputePair's check of adjacent leaves a, b.
func pairFraud(a, b PaymentLeaf, owed []Owed) (Fraud, bool) {
	if a.Run == b.Run {
		switch {
		case a.Owner != b.Owner || a.Token != b.Token:
			return FraudOwner, true
		case new(big.Int).Add(a.CumulativeWei, b.CostWei).Cmp(b.CumulativeWei) != 0:
			return FraudRunningSum, true
		case bytes.Compare(a.Job[:], b.Job[:]) > 0 || (a.Job == b.Job && a.Attempt >= b.Attempt):
			return FraudOrder, true
		}
		return 0, false
	}
	switch {
	case b.Run != a.Run+1:
		return FraudOrder, true
	case b.CumulativeWei.Cmp(b.CostWei) != 0:
		return FraudRunningSum, true
	case a.Run >= uint64(len(owed)) || a.CumulativeWei.Cmp(owed[a.Run].AmountWei) != 0:
		return FraudTotal, true
	}
	return 0, false
}

func jobAttempt(l PaymentLeaf) (k [36]byte) {
	copy(k[:], l.Job[:])
	k[32], k[33], k[34], k[35] = byte(l.Attempt>>24), byte(l.Attempt>>16), byte(l.Attempt>>8), byte(l.Attempt)
	return k
}

// Dispute sends the dispute that proves f against claim id of redemption r.
func (p *Payments) Dispute(ctx context.Context, id common.Hash, r *Redemption, f Finding) (PaymentTx, error) {
	switch f.Dispute {
	case ByLeaf:
		return p.DisputeLeaf(ctx, id, r, f.Index)
	case ByOwed:
		return p.DisputeOwed(ctx, id, r, f.Index)
	case ByPair:
		return p.DisputePair(ctx, id, r, f.Index)
	case ByDuplicate:
		return p.DisputeDuplicate(ctx, id, r, f.Index, id, r, f.Other)
	}
	return PaymentTx{}, fmt.Errorf("disputing claim %s: no dispute of kind %d", id, f.Dispute)
}
