package main

import (
	"context"
	"encoding/json"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// A receipt on its way to the chain is PENDING (exit 3), one anchored is
// VALID (exit 0), a tampered one NOT VALID (exit 1); -o json is one object.
// Real receipts, a real Merkle batch and a real dev chain over JSON-RPC.
func TestVerifyPendingValidInvalid(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	execKey, _ := crypto.GenerateKey()
	executor := crypto.PubkeyToAddress(execKey.PublicKey)
	dev, err := chain.StartDevChain(ctx, "127.0.0.1:0", []common.Address{executor})
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	anchorer, err := chain.Dial(ctx, dev.URL, dev.Contract, execKey)
	if err != nil {
		t.Fatal(err)
	}
	defer anchorer.Close()

	const network = "verifynet"
	job := crypto.Keccak256Hash([]byte("job"))
	var sealed [][]byte
	var leaves []common.Hash
	for att := uint32(1); att <= 2; att++ {
		r := &types.Receipt{Job: job, Attempt: att, Owner: common.HexToAddress("0x0b"), Executor: executor,
			Outcome: types.OutcomeCompleted, StartMs: 1, EndMs: 2, PriceWei: big.NewInt(1), CostWei: new(big.Int)}
		b, err := types.SealReceipt(network, r, types.KeySigner{Key: execKey})
		if err != nil {
			t.Fatal(err)
		}
		op, err := types.OpenReceipt(network, b)
		if err != nil {
			t.Fatal(err)
		}
		sealed, leaves = append(sealed, b), append(leaves, merkle.Leaf(op.Digest))
	}
	tree, err := merkle.Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	proof := func(i int) *ledger.Proof {
		sib, err := tree.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		return &ledger.Proof{Root: tree.Root(), Index: uint32(i), Siblings: sib}
	}
	dir := t.TempDir()
	file := func(name string, bs ...ledger.Bundle) string {
		p := filepath.Join(dir, name)
		b, _ := json.Marshal(bs)
		os.WriteFile(p, b, 0o600)
		return p
	}
	verify := func(path string, extra ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--receipt", path, "--chain-rpc", dev.URL, "--contract", dev.Contract.Hex()}, extra...)...)
	}
	contract := "--contract " + dev.Contract.Hex()

	// Not batched yet: no proof. Pending, not failed.
	notBatched := file("a.json", ledger.Bundle{Network: network, Receipt: sealed[0]}, ledger.Bundle{Network: network, Receipt: sealed[1]})
	out, errs, code := verify(notBatched)
	if code != exitPending || !strings.Contains(out, "PENDING") || strings.Contains(out, "FAILED") || strings.Contains(out, "NOT VALID") ||
		!strings.Contains(errs, "pending: not every receipt is anchored yet") || strings.Contains(errs, "error:") {
		t.Errorf("receipts not batched yet (%s): exit %d\n%s%s", contract, code, out, errs)
	}
	t.Logf("not batched:\n%s%s", out, errs)
	if !strings.Contains(out, "inclusion  pending") || !strings.Contains(out, "executor   skipped") {
		t.Errorf("not-yet checks must read pending, what needs a daemon skipped:\n%s", out)
	}

	// Batched, the root not on the chain yet: pending too, in JSON as well.
	batched := file("b.json", ledger.Bundle{Network: network, Receipt: sealed[0], Proof: proof(0)}, ledger.Bundle{Network: network, Receipt: sealed[1], Proof: proof(1)})
	out, _, code = verify(batched, "-o", "json")
	var v verifyOut
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("verify -o json is not one object: %v\n%s", err, out)
	}
	if code != exitPending || v.Valid || !v.Pending || v.Verdict != verdictPending || v.Attempt != 2 || v.Root != tree.Root().Hex() ||
		len(v.Receipts) != 2 || !v.Receipts[0].Pending || len(v.Checks) == 0 || v.Contract != dev.Contract.Hex() {
		t.Errorf("batched, not anchored: exit %d\n%s", code, out)
	}

	// Anchored: valid, exit 0; the object carries the anchor.
	a, err := anchorer.Anchor(ctx, tree.Root(), 2)
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code = verify(batched, "-o", "json")
	v = verifyOut{}
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != 0 || !v.Valid || v.Pending || v.Block != a.Block ||
		v.Signer != executor.Hex() || v.TxHash != a.TxHash.Hex() || v.ChainID != dev.ChainID || errs != "" {
		t.Errorf("anchored: exit %d %v\n%s%s", code, err, out, errs)
	}
	out, _, code = verify(batched)
	if code != 0 || strings.Count(out, ": VALID") != 2 || !strings.Contains(out, "anchored:") {
		t.Errorf("anchored, table: exit %d\n%s", code, out)
	}

	// A proof that leads elsewhere is a failure, whatever else waits: exit 1.
	bad := proof(1)
	bad.Siblings = []common.Hash{crypto.Keccak256Hash([]byte("x"))}
	tampered := file("c.json", ledger.Bundle{Network: network, Receipt: sealed[0], Proof: proof(0)}, ledger.Bundle{Network: network, Receipt: sealed[1], Proof: bad})
	out, errs, code = verify(tampered)
	if code != 1 || !strings.Contains(out, "attempt 2: NOT VALID") || !strings.Contains(out, "attempt 1: VALID") ||
		!strings.Contains(errs, "error: receipt of attempt 2 is not valid: inclusion:") {
		t.Errorf("tampered proof: exit %d\n%s%s", code, out, errs)
	}
	out, _, code = verify(tampered, "-o", "json")
	v = verifyOut{}
	if json.Unmarshal([]byte(out), &v) != nil || code != 1 || v.Valid || v.Pending || v.Verdict != verdictInvalid {
		t.Errorf("tampered proof, json: exit %d\n%s", code, out)
	}

	// A chain that does not answer is neither valid nor invalid.
	_, errs, code = cli(t, "verify", "--receipt", batched, "--chain-rpc", "http://127.0.0.1:1", "--contract", dev.Contract.Hex())
	if code != 1 || !strings.Contains(errs, "127.0.0.1:1") {
		t.Errorf("unreachable chain: exit %d %s", code, errs)
	}

	// Through a daemon: what it reports for a receipt not batched yet (its
	// chain checks skipped) is pending as well.
	rep, _ := ledger.VerifyBundle(ctx, &ledger.Bundle{Network: network, Receipt: sealed[0], Proof: proof(0)}, nil)
	sock := filepath.Join(shortDir(t), "d.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/jobs/{id}/verify", func(w http.ResponseWriter, _ *http.Request) {
		json.NewEncoder(w).Encode([]api.Verification{rep.API()})
	})
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()
	out, _, code = cli(t, "verify", job.Hex(), "--socket", sock)
	if code != exitPending || !strings.Contains(out, "PENDING") || !strings.Contains(out, "anchor     skipped") {
		t.Errorf("daemon without a chain: exit %d\n%s", code, out)
	}
}
