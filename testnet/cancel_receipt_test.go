package testnet

import (
	"context"
	"encoding/hex"
	"math/big"
	"testing"
	"time"

	gethcommon "github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/types"
)

// Work its owner cancels is paid for: the executor stops the run, signs
// what it metered in a stop report, and signs the attempt's receipt from
// it. The owner's daemon, which did not run the job, accepts the receipt
// (its numbers agree with the job's signed events), the job stays
// cancelled everywhere, and the run is a line on the owner's bill and in
// the executor's earnings.
func TestCancelledRunIsMeteredAndBilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and runs a wasm job")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 2, Network: "cancelrc", Fleets: []string{"none", "H100:1"}})
	home, execCl := api.NewClient(c.Nodes[0].SocketPath()), api.NewClient(c.Nodes[1].SocketPath())
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	since := time.Now().Add(-time.Minute)

	req := signedJob(t, "cancelrc", c.Nodes[0].ID(), owner, module, "H100", 1, "--epochs", "100", "--sleep-ms", "200")
	resp, err := home.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	// Cancel once the job itself has reported progress: it has run.
	for {
		j, _ := home.Job(ctx, resp.ID)
		if j != nil && j.State == "running" && j.Progress != nil && *j.Progress > 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the job never reported progress: %+v", j)
		case <-time.After(50 * time.Millisecond):
		}
	}
	h := types.CancelHash("cancelrc", gethcommon.HexToHash(resp.ID))
	sig, _ := crypto.Sign(h[:], key)
	if _, err := home.Cancel(ctx, resp.ID, api.CancelRequest{Signature: "0x" + hex.EncodeToString(sig)}); err != nil {
		t.Fatal(err)
	}

	// The receipt reaches the owner's daemon through its gossip check.
	var r api.Receipt
	for {
		rs, err := home.Receipts(ctx, resp.ID)
		if err == nil && len(rs) == 1 {
			r = rs[0]
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt of the cancelled run at the owner's daemon: %+v %v", rs, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
	executor, _ := types.NodeAddress(c.Nodes[1].ID())
	if r.Outcome != "cancelled" || r.GPUs != 1 || r.GPUMs == 0 || r.GPUMs != r.WallMs || r.Executor != executor.Hex() {
		t.Fatalf("receipt of the cancelled run: %+v", r)
	}
	price, _ := new(big.Int).SetString(r.PriceWei, 10)
	if cost := types.CostFor(r.GPUMs, price); price == nil || price.Sign() <= 0 || cost.String() != r.CostWei {
		t.Fatalf("receipt cost %s wei for %d GPU-ms at %s wei/GPU-h", r.CostWei, r.GPUMs, r.PriceWei)
	}
	// Its numbers are the signed events', as the owner's daemon holds them.
	vs, err := home.Verify(ctx, resp.ID)
	if err != nil || len(vs) != 1 {
		t.Fatalf("verify: %+v %v", vs, err)
	}
	for _, name := range []string{ledger.CheckSignature, ledger.CheckExecutor, ledger.CheckEvents, ledger.CheckGPUModel} {
		if ch := check(vs[0], name); !ch.OK || ch.Skipped {
			t.Fatalf("check %s of the cancelled run's receipt: %+v", name, ch)
		}
	}
	// The stop report changed no state: the job is cancelled on every peer.
	for i, cl := range []*api.Client{home, execCl} {
		if j, err := cl.Job(ctx, resp.ID); err != nil || j.State != "cancelled" {
			t.Fatalf("peer %d after the receipt: %+v %v", i, j, err)
		}
	}

	line := func(st *api.Statement, err error, what string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		for _, l := range st.Lines {
			if l.Job == resp.ID && l.Outcome == "cancelled" && l.GPUMs == r.GPUMs && l.CostWei == r.CostWei {
				if st.TotalWei != r.CostWei {
					t.Fatalf("%s total %s wei, want the one run's %s", what, st.TotalWei, r.CostWei)
				}
				return
			}
		}
		t.Fatalf("%s has no line for the cancelled run: %+v", what, st)
	}
	bill, err := home.Bill(ctx, owner.Address().Hex(), since)
	line(bill, err, "the owner's bill")
	earned, err := execCl.Earnings(ctx, since)
	line(earned, err, "the executor's earnings")
}
