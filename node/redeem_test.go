package node

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/types"
)

// A statement calls a receipt settled only when its claim paid it in full:
// a finalized claim whose owner fell short in the receipt's token shows
// "short", the owner's other token and other owners stay settled, and a
// claim not finalized settles nothing.
func TestSettlementOfAReceipt(t *testing.T) {
	poor, rich := common.Address{1}, common.Address{2}
	rec := func(owner common.Address, token string) *types.Receipt {
		return &types.Receipt{Owner: owner, Token: token, CostWei: big.NewInt(5)}
	}
	paid := settlement{state: ledger.RedeemPaid, tx: "0xaa", short: []chain.Shortfall{{Owner: poor, Token: chain.ETH, Owed: big.NewInt(9), Paid: big.NewInt(4)}}}
	for _, c := range []struct {
		name  string
		s     settlement
		r     *types.Receipt
		state string
		pays  bool
	}{
		{"an owner that fell short", paid, rec(poor, ""), settlementShort, false},
		{"its other token", paid, rec(poor, types.PaySKYOPS), ledger.RedeemPaid, true},
		{"another owner", paid, rec(rich, ""), ledger.RedeemPaid, true},
		{"a receipt without cost", paid, &types.Receipt{Owner: rich, CostWei: new(big.Int)}, ledger.RedeemPaid, false},
		{"a claim in its window", settlement{state: ledger.RedeemPending}, rec(rich, ""), ledger.RedeemPending, false},
		{"a voided claim", settlement{state: ledger.RedeemVoided}, rec(rich, ""), ledger.RedeemVoided, false},
	} {
		if got := c.s.stateOf(c.r); got != c.state {
			t.Errorf("%s: settlement %q, want %q", c.name, got, c.state)
		}
		if got := c.s.pays(c.r); got != c.pays {
			t.Errorf("%s: settled %v, want %v", c.name, got, c.pays)
		}
	}
}
