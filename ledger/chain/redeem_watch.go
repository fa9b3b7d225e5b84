package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// What a watcher reads of others' claims: the Claimed events in a block
// range, and the owed totals a claim's transaction committed to (they are
// calldata: the escrow keeps only their hash).

// ClaimEvent is one Claimed event.
type ClaimEvent struct {
	ID           common.Hash
	Executor     common.Address
	AnchorRoot   common.Hash
	PaymentsRoot common.Hash
	Count        uint64
	ReadyAt      uint64
	Block        uint64
	TxHash       common.Hash
}

// ClaimsBetween reads the escrow's Claimed events in blocks from..to.
func (p *Payments) ClaimsBetween(ctx context.Context, from, to uint64) ([]ClaimEvent, error) {
	it, err := p.escrow.FilterClaimed(&bind.FilterOpts{Start: from, End: &to, Context: ctx}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("reading claims in blocks %d-%d: %w", from, to, err)
	}
	defer it.Close()
	var out []ClaimEvent
	for it.Next() {
		e := it.Event
		if !e.Count.IsUint64() || !e.ReadyAt.IsUint64() {
			continue // the escrow never emits these: a hostile endpoint does
		}
		out = append(out, ClaimEvent{ID: e.ClaimId, Executor: e.Executor, AnchorRoot: e.AnchorRoot, PaymentsRoot: e.PaymentsRoot,
			Count: e.Count.Uint64(), ReadyAt: e.ReadyAt.Uint64(), Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash})
	}
	return out, it.Error()
}

// ErrNotAClaimCall is a claim made other than by a direct call of the
// escrow's claim (through a contract, say): its owed totals are not in
// its transaction's input.
var ErrNotAClaimCall = errors.New("the claim's transaction is not a call of the escrow's claim")

// ClaimedOwed reads the owed totals claim c committed to from its
// transaction's input, and checks them against the hash the escrow holds,
// so an RPC endpoint cannot hand another list.
func (p *Payments) ClaimedOwed(ctx context.Context, c ClaimInfo) ([]Owed, error) {
	tx, _, err := p.c.client.TransactionByHash(ctx, c.TxHash)
	if err != nil {
		return nil, fmt.Errorf("reading claim %s's transaction %s: %w", c.ID, c.TxHash, err)
	}
	parsed, err := SkyopsEscrowMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	m := parsed.Methods["claim"]
	data := tx.Data()
	if tx.To() == nil || *tx.To() != p.escrowAddr || len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return nil, fmt.Errorf("claim %s: %w", c.ID, ErrNotAClaimCall)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(vals) != 4 {
		return nil, fmt.Errorf("claim %s: decoding its input: %v", c.ID, err)
	}
	raw := *abi.ConvertType(vals[3], new([]SkyopsEscrowOwed)).(*[]SkyopsEscrowOwed)
	owed := make([]Owed, len(raw))
	for i, o := range raw {
		owed[i] = Owed{Owner: o.Owner, Token: o.Token, AmountWei: o.Amount}
	}
	if OwedHash(owed) != c.OwedHash {
		return nil, fmt.Errorf("claim %s: its transaction's owed totals are not the ones the escrow holds", c.ID)
	}
	return owed, nil
}
