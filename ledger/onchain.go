package ledger

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger/chain"
)

// OnChain is a chain connection in the ledger's terms: the daemon anchors
// through it, and verification (in the daemon or the CLI) reads through it.
type OnChain struct{ C *chain.Chain }

var _ ChainReader = OnChain{}

func (o OnChain) ChainID() uint64          { return o.C.ChainID() }
func (o OnChain) Contract() common.Address { return o.C.Contract() }
func (o OnChain) Close()                   { o.C.Close() }

// Anchor anchors a batch root (idempotently) and says where it landed.
func (o OnChain) Anchor(ctx context.Context, root common.Hash, count uint64) (*Anchor, error) {
	x, err := o.C.Anchor(ctx, root, count)
	if err != nil {
		return nil, err
	}
	return o.anchor(x), nil
}

// Anchored looks up where submitter anchored root, if it did.
func (o OnChain) Anchored(ctx context.Context, submitter common.Address, root common.Hash) (*Anchor, bool, error) {
	x, ok, err := o.C.Lookup(ctx, submitter, root)
	if err != nil || !ok {
		return nil, ok, err
	}
	return o.anchor(x), true, nil
}

// VerifyOnChain asks the registry contract to check an anchored receipt.
func (o OnChain) VerifyOnChain(ctx context.Context, network string, bodyHash common.Hash, sig []byte, executor common.Address, proof []common.Hash, root common.Hash, submitter common.Address) (bool, error) {
	return o.C.VerifyOnChain(ctx, network, bodyHash, sig, executor, proof, root, submitter)
}

func (o OnChain) anchor(x chain.Anchor) *Anchor {
	return &Anchor{ChainID: x.ChainID, Contract: o.C.Contract(), Submitter: x.Submitter, Block: x.Block, TxHash: x.TxHash, GasUsed: x.GasUsed}
}
