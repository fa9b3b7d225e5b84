package node

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
)

// anchorChain is what the daemon needs of a chain: anchor its batch roots,
// and read anchors and the contract's verdict for `skyops verify`.
type anchorChain interface {
	ledger.ChainReader
	Anchor(ctx context.Context, root common.Hash, count uint64) (*ledger.Anchor, error)
	Close()
}

// openChain connects to the configured chain: a JSON-RPC endpoint with the
// registry contract, or (by default) an embedded chain in this process.
func (n *Node) openChain(ctx context.Context) (anchorChain, error) {
	switch {
	case n.cfg.NoChain:
		return nil, nil
	case n.cfg.ChainRPC != "":
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		registry := n.cfg.ChainContract
		if registry == (common.Address{}) {
			r, err := chain.RegistryOf(cctx, n.cfg.ChainRPC, n.cfg.ChainEscrow)
			if err != nil {
				return nil, fmt.Errorf("chain: %w", err)
			}
			registry = r
		}
		c, err := chain.Dial(cctx, n.cfg.ChainRPC, registry, n.key.PrivateKey())
		if err != nil {
			return nil, fmt.Errorf("chain: %w", err)
		}
		if n.cfg.ChainEscrow != (common.Address{}) {
			if err := c.AttachPayments(cctx, n.cfg.ChainEscrow); err != nil {
				c.Close()
				return nil, fmt.Errorf("chain: %w", err)
			}
		}
		if c.ChainID() != n.cfg.ChainID {
			n.log.Warn("the chain's id differs from the one job signatures are bound to", "chain", c.ChainID(), "jobs", n.cfg.ChainID)
		}
		return ledger.OnChain{C: c}, nil
	default:
		c, err := chain.NewEmbedded(ctx, n.key.PrivateKey())
		if err != nil {
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
		return ledger.OnChain{C: c}, nil
	}
}
