package testnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/internal/gethdev"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// Executors are paid from the owner's deposits: an owner deposits ETH and,
// separately, $SKYOPS; a GPU job paid in ETH, one paid in $SKYOPS, a
// CPU-only job (core-hours) and a GPU job cancelled while it ran each
// leave a receipt; the executor anchors them as one batch, claims it at
// the escrow and finalizes it after the dispute window, in one
// redemption. Its escrow balance in each token rises by exactly its
// receipts' costs in it and the owner's falls by the same, and the
// daemons' statements show every receipt settled, with the transaction.
func TestExecutorsArePaidFromDeposits(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	payFromDeposits(t, ctx, "")
}

// The same on a real geth --dev (a block a second, so that dispute windows
// pass without transactions), which the contracts are deployed on.
func TestExecutorsArePaidFromDepositsOnGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and geth")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	payFromDeposits(t, ctx, gethdev.Start(t, ctx, gethdev.Binary(t, ctx), "--dev.period", "1"))
}

// payFromDeposits runs the payments scenario on the chain at rpcURL, or on
// an in-process dev chain.
func payFromDeposits(t *testing.T, ctx context.Context, rpcURL string) {
	// The executor anchors its four receipts as one batch (and no sooner),
	// so it redeems them in one claim; the CPU-only job asks for its
	// region, so that it runs there too.
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "pay", Chain: true, ChainRPC: rpcURL, Fleets: []string{"none", "H100:1"},
		Options: func(i int) []node.Option {
			opts := []node.Option{node.PriceETH("0.9"), node.RequireDeposits()}
			if i == 1 {
				opts = append(opts, node.Region("gpu-east"), node.Anchoring(time.Hour, 4))
			}
			return opts
		}})
	deposit := map[chain.Token]*big.Int{chain.ETH: eth(1), chain.SKYOPS: eth(2000)}
	key, pay := newDepositor(t, ctx, c, eth(5), eth(5000), deposit)
	owner := types.KeySigner{Key: key}
	home := api.NewClient(c.Nodes[0].SocketPath())
	clients := []*api.Client{home, api.NewClient(c.Nodes[1].SocketPath())}
	// Either peer may run the CPU-only job: both are executors here.
	type account struct {
		addr  common.Address
		token chain.Token
	}
	before := map[account]*big.Int{}
	var executors []common.Address
	for _, cl := range clients {
		id, err := cl.ID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		executors = append(executors, common.HexToAddress(id.Address))
		for _, tok := range []chain.Token{chain.ETH, chain.SKYOPS} {
			a, err := pay.Account(ctx, executors[len(executors)-1], tok)
			if err != nil {
				t.Fatal(err)
			}
			before[account{executors[len(executors)-1], tok}] = a.Balance
		}
	}

	module := demoModule(t)
	submit := func(gpus uint32, token, capWei string, args ...string) string {
		t.Helper()
		model := "H100"
		if gpus == 0 {
			model = ""
		}
		req := signedJob(t, "pay", c.Nodes[0].ID(), owner, module, model, gpus, args...)
		req.Spec.PaymentToken, req.Spec.PriceCapWei, req.Spec.DurationSec = token, capWei, 60
		if gpus == 0 {
			req.Spec.CPUCores, req.Spec.Region = 2, "gpu-east"
		}
		sig, err := types.SignJobSpec(&req.Spec, 1337, owner)
		if err != nil {
			t.Fatal(err)
		}
		req.Signature = "0x" + hex.EncodeToString(sig)
		r, err := home.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		return r.ID
	}
	// 1 ETH per GPU-hour; 1,000 $SKYOPS per GPU-hour, which at the
	// built-in 1,000 $SKYOPS per ETH lets the 0.9 ETH node in.
	short := []string{"--epochs", "1", "--steps", "2", "--sleep-ms", "300"}
	inETH := submit(1, "ETH", "1000000000000000000", short...)
	if j := waitJob(t, ctx, home, inETH); j.State != "completed" {
		t.Fatalf("the job paid in ETH %s", j.State)
	}
	inSkyops := submit(1, "SKYOPS", "1000000000000000000000", short...)
	if j := waitJob(t, ctx, home, inSkyops); j.State != "completed" {
		t.Fatalf("the job paid in $SKYOPS %s", j.State)
	}
	// 2 cores at most 0.05 ETH per core-hour; the peers ask 0.01.
	cpuOnly := submit(0, "ETH", "50000000000000000", short...)
	if j := waitJob(t, ctx, home, cpuOnly); j.State != "completed" {
		t.Fatalf("the CPU-only job %s", j.State)
	}
	cancelled := submit(1, "", "1000000000000000000", "--epochs", "100", "--sleep-ms", "200")
	for {
		j, _ := home.Job(ctx, cancelled)
		if j != nil && j.State == "running" && j.Progress != nil && *j.Progress > 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the job to cancel never reported progress: %+v", j)
		case <-time.After(50 * time.Millisecond):
		}
	}
	h := types.CancelHash("pay", common.HexToHash(cancelled))
	sig, _ := crypto.Sign(h[:], key)
	if _, err := home.Cancel(ctx, cancelled, api.CancelRequest{Signature: "0x" + hex.EncodeToString(sig)}); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	var lines []api.StatementLine
	for {
		lines = lines[:0]
		settled := 0
		var err error
		for _, cl := range clients {
			st, e := cl.Earnings(ctx, time.Time{})
			if e != nil {
				err = e
				continue
			}
			for _, l := range st.Lines {
				lines = append(lines, l)
				if l.Settled {
					settled++
				}
			}
		}
		if settled == 4 && len(lines) == 4 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the executors' earnings never all settled: %+v %v", lines, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Logf("last result to funds redeemable: %v (dispute window %d blocks)", time.Since(start).Round(time.Millisecond), chain.DevDisputeWindow)
	earned := map[account]*big.Int{}
	spent := map[chain.Token]*big.Int{chain.ETH: new(big.Int), chain.SKYOPS: new(big.Int)}
	byJob := map[string]api.StatementLine{}
	for _, l := range lines {
		cost, ok := new(big.Int).SetString(l.CostWei, 10)
		if !ok || cost.Sign() <= 0 || l.TxHash == "" {
			t.Fatalf("settled line %+v", l)
		}
		k := account{common.HexToAddress(l.Executor), chain.Token(l.Token)}
		if earned[k] == nil {
			earned[k] = new(big.Int)
		}
		earned[k].Add(earned[k], cost)
		spent[k.token].Add(spent[k.token], cost)
		byJob[l.Job] = l
	}
	for job, want := range map[string]struct{ token, outcome string }{
		inETH: {"ETH", "completed"}, inSkyops: {"SKYOPS", "completed"}, cpuOnly: {"ETH", "completed"}, cancelled: {"ETH", "cancelled"},
	} {
		if l := byJob[job]; l.Token != want.token || l.Outcome != want.outcome {
			t.Errorf("line of job %s: token %q outcome %q, want %q %q", job, l.Token, l.Outcome, want.token, want.outcome)
		}
	}
	// One batch, one claim, one redemption for all four.
	for _, l := range lines {
		if l.TxHash != lines[0].TxHash || common.HexToAddress(l.Executor) != executors[1] {
			t.Errorf("line %+v: not paid by the one redemption %s of the GPU node", l, lines[0].TxHash)
		}
	}
	// The CPU-only receipt bills its 2 cores at the 0.01 ETH per core-hour
	// its executor advertised.
	cpuRs, err := home.Receipts(ctx, cpuOnly)
	if err != nil || len(cpuRs) != 1 || cpuRs[0].Cores != 2 || cpuRs[0].CoreMs != 2*cpuRs[0].WallMs || cpuRs[0].PriceWei != "10000000000000000" {
		t.Fatalf("receipt of the CPU-only job: %+v, %v", cpuRs, err)
	}
	// The $SKYOPS receipt is the claim's 0.9 ETH at 1,000 $SKYOPS per ETH.
	rs, err := home.Receipts(ctx, inSkyops)
	if err != nil || len(rs) != 1 || rs[0].Token != "SKYOPS" || rs[0].PriceWei != "900000000000000000000" {
		t.Fatalf("receipt of the job paid in $SKYOPS: %+v, %v", rs, err)
	}
	for k, was := range before {
		after, err := pay.Account(ctx, k.addr, k.token)
		if err != nil {
			t.Fatal(err)
		}
		want := earned[k]
		if want == nil {
			want = new(big.Int)
		}
		if got := new(big.Int).Sub(after.Balance, was); got.Cmp(want) != 0 {
			t.Errorf("executor %s's %s balance rose by %s, its receipts cost %s", k.addr, k.token, got, want)
		}
	}
	for _, tok := range []chain.Token{chain.ETH, chain.SKYOPS} {
		mine, err := pay.Account(ctx, owner.Address(), tok)
		if err != nil {
			t.Fatal(err)
		}
		if want := new(big.Int).Sub(deposit[tok], spent[tok]); mine.Balance.Cmp(want) != 0 {
			t.Errorf("the owner's %s balance is %s, want the deposit less the costs %s", tok, mine.Balance, want)
		}
	}
	// The owner's daemon reads the settlements from the escrow.
	bill, err := home.Bill(ctx, owner.Address().Hex(), time.Time{})
	if err != nil || len(bill.Lines) != 4 {
		t.Fatalf("bill %+v, %v", bill, err)
	}
	for _, b := range bill.Lines {
		if l := byJob[b.Job]; !b.Settled || b.TxHash != l.TxHash || b.Token != l.Token {
			t.Errorf("the owner's bill line %+v; the executor's %+v", b, l)
		}
	}
	if bill.TotalWei != spent[chain.ETH].String() || bill.TotalSKYOPSWei != spent[chain.SKYOPS].String() {
		t.Errorf("bill totals %s wei and %s $SKYOPS wei, want %s and %s", bill.TotalWei, bill.TotalSKYOPSWei, spent[chain.ETH], spent[chain.SKYOPS])
	}
	// The owner's free balances are the deposits less what was paid: its
	// jobs ended, so nothing is locked any more.
	bs, err := home.Balances(ctx, owner.Address())
	if err != nil || len(bs) != 2 {
		t.Fatalf("balances %+v, %v", bs, err)
	}
	for _, b := range bs {
		tok := chain.Token(b.Token)
		if want := new(big.Int).Sub(deposit[tok], spent[tok]); b.LockedWei != "0" || b.FreeWei != want.String() {
			t.Errorf("balance %+v, want %s free", b, want)
		}
	}
}

// eth is n ETH (or n $SKYOPS) in wei.
func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// newDepositor is a fresh owner on the cluster's chain: the dev faucet
// sends it fund ETH and fundSkyops $SKYOPS (none if nil), it deposits
// deposits at the escrow, and pay is its client of the escrow.
func newDepositor(t testing.TB, ctx context.Context, c *Cluster, fund, fundSkyops *big.Int, deposits map[chain.Token]*big.Int) (*ecdsa.PrivateKey, *chain.Payments) {
	t.Helper()
	faucet, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, chain.DevFaucetKey())
	if err != nil {
		t.Fatal(err)
	}
	defer faucet.Close()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := faucet.SendETH(ctx, addr, fund); err != nil {
		t.Fatal(err)
	}
	if fundSkyops != nil {
		fpay, err := faucet.Payments(ctx, c.Chain.Escrow)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fpay.TransferToken(ctx, addr, fundSkyops); err != nil {
			t.Fatal(err)
		}
	}
	oc, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, key)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(oc.Close)
	pay, err := oc.Payments(ctx, c.Chain.Escrow)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range []chain.Token{chain.ETH, chain.SKYOPS} {
		if amount := deposits[tok]; amount != nil {
			if _, err := pay.Deposit(ctx, tok, amount); err != nil {
				t.Fatal(err)
			}
		}
	}
	return key, pay
}
