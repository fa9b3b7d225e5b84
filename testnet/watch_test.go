package testnet

import (
	"bytes"
	"context"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// A hostile executor claims more than its receipts cost: its redemption
// charges the owner one wei more for a leaf than the leaf's own GPU-ms and
// price allow. The owner's home daemon watches claims on its owners,
// fetches the claim's published leaves, finds the fraud and disputes it
// within the window: the claim is voided, the owner's deposit is untouched
// and the executor paid nothing; the bill says voided.
func TestHostileClaimIsDisputed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	inflate := func(r *chain.Redemption) (*chain.Redemption, error) {
		leaves := append([]chain.PaymentLeaf(nil), r.Leaves...)
		leaves[0].CostWei = new(big.Int).Add(leaves[0].CostWei, big.NewInt(1))
		return chain.AssembleRedemption(leaves, chain.Resum(leaves))
	}
	// A wide window: the dispute must land in it on a loaded machine too.
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "watch", Chain: true, DisputeWindow: 10, Fleets: []string{"none", "H100:1"},
		Options: func(i int) []node.Option {
			if i == 1 {
				return []node.Option{node.TamperRedemptions(inflate)}
			}
			return nil
		}})
	key, pay := newDepositor(t, ctx, c, eth(2), nil, map[chain.Token]*big.Int{chain.ETH: eth(1)})
	owner := types.KeySigner{Key: key}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	id, err := exec.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	executor := common.HexToAddress(id.Address)

	req := signedJob(t, "watch", c.Nodes[0].ID(), owner, demoModule(t), "H100", 1, "--epochs", "1", "--steps", "2", "--sleep-ms", "300")
	r, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if j := waitJob(t, ctx, home, r.ID); j.State != "completed" {
		t.Fatalf("job %s", j.State)
	}
	line := onlyEarning(t, ctx, exec, "the hostile claim ended", claimEnded)
	if line.Settlement != "voided" || line.Settled {
		t.Fatalf("the inflated claim ended %q (settled %v), want voided", line.Settlement, line.Settled)
	}
	acct, err := pay.Account(ctx, owner.Address(), chain.ETH)
	if err != nil || acct.Balance.Cmp(eth(1)) != 0 {
		t.Fatalf("the owner's deposit after the voided claim: %+v, %v", acct, err)
	}
	paid, err := pay.Account(ctx, executor, chain.ETH)
	if err != nil || paid.Balance.Sign() != 0 {
		t.Fatalf("the hostile executor's escrow balance: %+v, %v", paid, err)
	}
	bill, err := home.Bill(ctx, owner.Address().Hex(), time.Time{})
	if err != nil || len(bill.Lines) != 1 || bill.Lines[0].Settlement != "voided" {
		t.Fatalf("the owner's bill: %+v, %v", bill, err)
	}
}

// A chain that goes away between an executor's claim and its finalize
// delays the payment and loses nothing: the executor retries each round,
// and once the chain is back it is paid exactly the receipt's cost.
func TestRedemptionSurvivesAChainOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "payout", Chain: true, ChainProxy: true, DisputeWindow: 5,
		Fleets: []string{"none", "H100:1"}})
	key, pay := newDepositor(t, ctx, c, eth(2), nil, map[chain.Token]*big.Int{chain.ETH: eth(1)})
	owner := types.KeySigner{Key: key}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	req := signedJob(t, "payout", c.Nodes[0].ID(), owner, demoModule(t), "H100", 1, "--epochs", "1", "--steps", "2", "--sleep-ms", "300")
	r, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if j := waitJob(t, ctx, home, r.ID); j.State != "completed" {
		t.Fatalf("job %s", j.State)
	}
	onlyEarning(t, ctx, exec, "a pending claim", func(l api.StatementLine) bool { return l.Settlement == "pending" })
	c.ChainProxy.Cut()
	// The window (5 blocks, a block a second) passes while the executor
	// cannot reach the chain: finalize fails round after round.
	time.Sleep(7 * time.Second)
	if err := c.ChainProxy.Restore(); err != nil {
		t.Fatal(err)
	}
	paid := onlyEarning(t, ctx, exec, "the receipt settled", func(l api.StatementLine) bool { return l.Settled })
	cost, _ := new(big.Int).SetString(paid.CostWei, 10)
	acct, err := pay.Account(ctx, owner.Address(), chain.ETH)
	if err != nil || cost == nil || new(big.Int).Add(acct.Balance, cost).Cmp(eth(1)) != 0 {
		t.Fatalf("the owner's balance %+v after paying %s of its 1 ETH, %v", acct, paid.CostWei, err)
	}
}

// A hostile executor bills a job its owner never submitted: a leaf, well
// formed and summed, for a made-up job. The owner's home daemon does not
// know that job, challenges the leaf; the executor cannot show an
// owner-signed spec for it, and once the challenge's deadline passes the
// watcher voids the claim: the owner pays nothing, and gets its bond back.
func TestFabricatedLeafIsChallengedAndVoided(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	fabricate := func(r *chain.Redemption) (*chain.Redemption, error) {
		fake := r.Leaves[0]
		fake.Job = common.Hash{0xfa, 0xce}
		fake.ReceiptDigest = common.Hash{0xde, 0xad}
		leaves := append(append([]chain.PaymentLeaf(nil), r.Leaves...), fake)
		slices.SortFunc(leaves, func(a, b chain.PaymentLeaf) int { return bytes.Compare(a.Job[:], b.Job[:]) }) // one owner, one token
		return chain.AssembleRedemption(leaves, chain.Resum(leaves))
	}
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "fabric", Chain: true, DisputeWindow: 8, Fleets: []string{"none", "H100:1"},
		Options: func(i int) []node.Option {
			if i == 1 {
				return []node.Option{node.TamperRedemptions(fabricate)}
			}
			return nil
		}})
	key, pay := newDepositor(t, ctx, c, eth(2), nil, map[chain.Token]*big.Int{chain.ETH: eth(1)})
	owner := types.KeySigner{Key: key}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	hid, err := home.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	watcher := common.HexToAddress(hid.Address)
	r, err := home.Submit(ctx, signedJob(t, "fabric", c.Nodes[0].ID(), owner, demoModule(t), "H100", 1, "--epochs", "1", "--steps", "2", "--sleep-ms", "300"))
	if err != nil {
		t.Fatal(err)
	}
	if j := waitJob(t, ctx, home, r.ID); j.State != "completed" {
		t.Fatalf("job %s", j.State)
	}
	if l := onlyEarning(t, ctx, exec, "the claim with a fabricated leaf ended", claimEnded); l.Settlement != "voided" || l.Settled {
		t.Fatalf("the claim with a fabricated leaf ended %q (settled %v), want voided", l.Settlement, l.Settled)
	}
	if acct, err := pay.Account(ctx, owner.Address(), chain.ETH); err != nil || acct.Balance.Cmp(eth(1)) != 0 {
		t.Fatalf("the owner's deposit after the voided claim: %+v, %v", acct, err)
	}
	// The challenger's bond came back to its escrow balance.
	if acct, err := pay.Account(ctx, watcher, chain.ETH); err != nil || acct.Balance.Cmp(chain.DefaultChallengeBond) != 0 {
		t.Fatalf("the watcher's escrow balance after voiding: %+v, %v; want its bond %s back", acct, err, chain.DefaultChallengeBond)
	}
}

// Challenged over an honest leaf, the executor's daemon answers with the
// receipt's place in its anchored batch and the owner's signed spec: the
// claim stands, is finalized after the window, and the executor gets the
// challenger's bond besides the receipt's cost.
func TestHonestLeafChallengeIsAnswered(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "answer", Chain: true, DisputeWindow: 8, Fleets: []string{"none", "H100:1"}})
	key, pay := newDepositor(t, ctx, c, eth(2), nil, map[chain.Token]*big.Int{chain.ETH: eth(1)})
	owner := types.KeySigner{Key: key}
	home, exec := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	eid, err := exec.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	executor := common.HexToAddress(eid.Address)
	r, err := home.Submit(ctx, signedJob(t, "answer", c.Nodes[0].ID(), owner, demoModule(t), "H100", 1, "--epochs", "1", "--steps", "2", "--sleep-ms", "300"))
	if err != nil {
		t.Fatal(err)
	}
	if j := waitJob(t, ctx, home, r.ID); j.State != "completed" {
		t.Fatalf("job %s", j.State)
	}
	// The owner itself challenges the claim's only leaf, while it is pending.
	var claim common.Hash
	for claim == (common.Hash{}) {
		st, err := exec.Earnings(ctx, time.Time{})
		if err == nil && len(st.Lines) == 1 && st.Lines[0].Settlement == "pending" {
			if rs, err := exec.Receipts(ctx, r.ID); err == nil && len(rs) == 1 && rs[0].Root != "" {
				claim = chain.ClaimID(executor, common.HexToHash(rs[0].Root))
				break
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the executor never claimed: %+v %v", st, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	if _, err := pay.Challenge(ctx, claim, 0); err != nil {
		t.Fatal(err)
	}
	line := onlyEarning(t, ctx, exec, "the challenged claim ended", claimEnded)
	if !line.Settled {
		t.Fatalf("the answered claim ended %q, want paid", line.Settlement)
	}
	cost, _ := new(big.Int).SetString(line.CostWei, 10)
	want := new(big.Int).Add(cost, chain.DefaultChallengeBond)
	if acct, err := pay.Account(ctx, executor, chain.ETH); err != nil || acct.Balance.Cmp(want) != 0 {
		t.Fatalf("the executor's escrow balance %+v, %v; want the cost and the bond, %s", acct, err, want)
	}
}

// onlyEarning waits until cl's earnings are one line that want accepts,
// and returns it.
func onlyEarning(t *testing.T, ctx context.Context, cl *api.Client, what string, want func(api.StatementLine) bool) api.StatementLine {
	t.Helper()
	for {
		st, err := cl.Earnings(ctx, time.Time{})
		if err == nil && len(st.Lines) == 1 && want(st.Lines[0]) {
			return st.Lines[0]
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the executor's earnings never showed %s: %+v %v", what, st, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// claimEnded: the line's claim is over (paid, short or voided).
func claimEnded(l api.StatementLine) bool { return l.Settlement != "" && l.Settlement != "pending" }
