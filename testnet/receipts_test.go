package testnet

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
	"github.com/skyops/skyops/types"
)

// waitVerified asks peer cl to verify a job until every receipt is valid
// (receipts are anchored in batches, so the first answers may say "not yet").
func waitVerified(t *testing.T, ctx context.Context, cl *api.Client, id string) []api.Verification {
	t.Helper()
	var last []api.Verification
	var lastErr error
	for {
		vs, err := cl.Verify(ctx, id)
		if err == nil && len(vs) > 0 {
			ok := true
			for _, v := range vs {
				ok = ok && v.Valid
			}
			if ok {
				return vs
			}
		}
		last, lastErr = vs, err
		select {
		case <-ctx.Done():
			t.Fatalf("job %s never verified: %+v %v", id[:10], last, lastErr)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

func check(v api.Verification, name string) api.Check {
	for _, c := range v.Checks {
		if c.Name == name {
			return c
		}
	}
	return api.Check{Name: name, Reason: "missing"}
}

// Jobs run, their executors sign receipts, batch them and anchor the roots
// on a shared chain; every receipt verifies from a peer that neither ran
// nor submitted the job; costs add up on the owner's bill and the
// executors' earnings; and each kind of tampering fails the check it should.
func TestReceiptsAnchoredAndVerified(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons, a dev chain, and runs wasm jobs")
	}
	module := demoModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := startCluster(t, ctx, InProcessConfig{Peers: 3, Network: "receipts", Chain: true,
		Fleets: []string{"dgxa100", "H100:2", "none"}})
	key, _ := crypto.GenerateKey()
	owner := types.KeySigner{Key: key}
	clients := make([]*api.Client, len(c.Nodes))
	addrs := map[string]int{} // executor address -> peer index
	for i, n := range c.Nodes {
		clients[i] = api.NewClient(n.SocketPath())
		id, err := clients[i].ID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		addrs[id.Address] = i
	}

	jobs := []struct {
		gpu  string
		gpus uint32
		args []string
	}{
		{"A100", 2, nil},
		{"H100", 1, nil},
		{"", 0, nil},
		{"A100", 1, []string{"--fail"}},
	}
	var ids []string
	for i, j := range jobs {
		args := append([]string{"--epochs", "1", "--steps", "3", "--sleep-ms", "50"}, j.args...)
		resp, err := clients[0].Submit(ctx, signedJob(t, "receipts", c.Nodes[0].ID(), owner, module, j.gpu, j.gpus, args...))
		if err != nil {
			t.Fatalf("submit %d: %v", i, err)
		}
		ids = append(ids, resp.ID)
	}
	price, _ := types.ParseETH("0.5") // the nodes' default price per GPU-hour
	total := new(big.Int)
	for i, id := range ids {
		j := waitJob(t, ctx, clients[0], id)
		wantState := "completed"
		if i == 3 {
			wantState = "failed"
		}
		if j.State != wantState {
			t.Fatalf("job %d: %s (%s), want %s", i, j.State, j.Error, wantState)
		}
		rs, err := clients[0].Receipts(ctx, id)
		for err == nil && len(rs) == 0 && ctx.Err() == nil {
			time.Sleep(100 * time.Millisecond)
			rs, err = clients[0].Receipts(ctx, id)
		}
		if err != nil || len(rs) != 1 {
			t.Fatalf("receipts of job %d: %+v %v", i, rs, err)
		}
		r := rs[0]
		exec, ok := addrs[r.Executor]
		if !ok {
			t.Fatalf("receipt executor %s is no peer", r.Executor)
		}
		if r.Owner != owner.Address().Hex() || r.GPUs != jobs[i].gpus || r.Attempt != 1 {
			t.Fatalf("receipt of job %d: owner %s gpus %d attempt %d", i, r.Owner, r.GPUs, r.Attempt)
		}
		if jobs[i].gpu != "" && !strings.Contains(r.GPUModel, jobs[i].gpu) {
			t.Fatalf("receipt of job %d: GPU model %q, want %s", i, r.GPUModel, jobs[i].gpu)
		}
		if r.GPUMs != uint64(r.GPUs)*r.WallMs || r.WallMs == 0 {
			t.Fatalf("receipt of job %d: %d GPU-ms for %d GPUs × %d ms", i, r.GPUMs, r.GPUs, r.WallMs)
		}
		// A GPU run bills GPU-ms at the GPU price; a CPU-only one the
		// cores it held (one: the spec names none) at the core-hour price.
		wantCost := types.CostFor(r.GPUMs, price)
		if jobs[i].gpus == 0 {
			cpuPrice, _ := types.ParseETH(node.DefaultCPUPrice)
			if r.Cores != 1 || r.CoreMs != r.WallMs {
				t.Fatalf("receipt of CPU-only job %d: %d cores, %d core-ms for %d ms", i, r.Cores, r.CoreMs, r.WallMs)
			}
			wantCost = types.CostFor(r.CoreMs, cpuPrice)
		}
		if r.CostWei != wantCost.String() {
			t.Fatalf("receipt of job %d: cost %s wei, want %s", i, r.CostWei, wantCost)
		}
		if (i == 3) != (r.Outcome == "failed") {
			t.Fatalf("receipt of job %d: outcome %s", i, r.Outcome)
		}
		total.Add(total, wantCost)

		// Verified from a peer that neither submitted (0) nor ran it.
		other := 1
		if exec == 1 {
			other = 2
		}
		if exec == 0 {
			other = 2
		}
		vs := waitVerified(t, ctx, clients[other], id)
		v := vs[0]
		if v.Signer != r.Executor || v.Block == 0 || v.ChainID != chain.SimulatedChainID || v.TxHash == "" ||
			!strings.EqualFold(v.Contract, c.Chain.Contract.Hex()) {
			t.Fatalf("verify of job %d at peer %d: %+v", i, other, v)
		}
		for _, name := range []string{ledger.CheckSignature, ledger.CheckExecutor, ledger.CheckEvents, ledger.CheckGPUModel,
			ledger.CheckInclusion, ledger.CheckAnchor, ledger.CheckContract} {
			if ch := check(v, name); !ch.OK || ch.Skipped {
				t.Fatalf("verify of job %d at peer %d: check %s: %+v", i, other, name, ch)
			}
		}
	}

	// The owner's bill is the sum of the receipts' costs.
	bill, err := clients[1].Bill(ctx, owner.Address().Hex(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(bill.Lines) != len(ids) || bill.TotalWei != total.String() {
		t.Fatalf("bill: %d lines, total %s; want %d, %s", len(bill.Lines), bill.TotalWei, len(ids), total)
	}
	earned := new(big.Int)
	for _, cl := range clients {
		st, err := cl.Earnings(ctx, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		w, _ := new(big.Int).SetString(st.TotalWei, 10)
		earned.Add(earned, w)
	}
	if earned.Cmp(total) != 0 {
		t.Fatalf("earnings add up to %s wei, the bill to %s", earned, total)
	}

	// Tampering. The bundle of job 0 as a file, verified with only the chain.
	rs, _ := clients[2].Receipts(ctx, ids[0])
	rs1, _ := clients[2].Receipts(ctx, ids[1])
	bundleOf := func(r api.Receipt) ledger.Bundle {
		var b ledger.Bundle
		raw, _ := json.Marshal(r)
		if err := json.Unmarshal(raw, &b); err != nil {
			t.Fatal(err)
		}
		return b
	}
	cc, err := chain.Dial(ctx, c.Chain.URL, c.Chain.Contract, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer cc.Close()
	reader := ledger.OnChain{C: cc}
	verifyFails := func(what string, b ledger.Bundle, failing string) {
		t.Helper()
		rep, _ := ledger.VerifyBundle(ctx, &b, reader)
		if rep.Valid {
			t.Fatalf("%s: still valid", what)
		}
		for _, ch := range rep.Checks {
			if ch.Name == failing && !ch.OK {
				return
			}
		}
		t.Fatalf("%s: check %s did not fail: %+v", what, failing, rep.Checks)
	}
	good := bundleOf(rs[0])
	if rep, _ := ledger.VerifyBundle(ctx, &good, reader); !rep.Valid {
		t.Fatalf("untampered bundle: %+v", rep.Checks)
	}
	bad := bundleOf(rs[0])
	bad.Receipt = append([]byte{}, bad.Receipt...)
	bad.Receipt[len(bad.Receipt)/2] ^= 1
	verifyFails("a changed byte in the receipt", bad, ledger.CheckSignature)
	bad = bundleOf(rs[0])
	if len(bad.Proof.Siblings) > 0 {
		bad.Proof.Siblings[0][3] ^= 1
	} else {
		bad.Proof.Root[3] ^= 1 // the batch held this receipt alone: its proof is the root
	}
	verifyFails("a changed byte in the proof", bad, ledger.CheckInclusion)
	bad = bundleOf(rs[0])
	other := bundleOf(rs1[0])
	bad.Proof = other.Proof
	if bad.Proof.Root != good.Proof.Root {
		verifyFails("a proof for another root", bad, ledger.CheckInclusion)
	}
	bad = bundleOf(rs[0])
	bad.Network = "elsewhere"
	verifyFails("a receipt replayed on another network", bad, ledger.CheckSignature)

	// A changed byte in the log held by the executor (a blob file; the
	// output is in the content store, where content's tests change one):
	// its verify names it.
	exec := addrs[rs[0].Executor]
	blob := filepath.Join(c.dir, "p"+string(rune('0'+exec)), "blobs", rs[0].Log)
	data, err := os.ReadFile(blob)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-1] ^= 1
	if err := os.WriteFile(blob, data, 0o600); err != nil {
		t.Fatal(err)
	}
	vs, err := clients[exec].Verify(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if vs[0].Valid || check(vs[0], ledger.CheckLog).OK {
		t.Fatalf("a tampered log still verifies: %+v", vs[0])
	}
	if !check(vs[0], ledger.CheckOutput).OK {
		t.Fatalf("the output no longer verifies: %+v", vs[0])
	}
}
