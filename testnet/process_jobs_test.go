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

	"github.com/skyops/skyops/api"
)

// A 6-peer testnet of real skyopsd processes, GPU and CPU-only peers mixed,
// driven only through the skyops CLI as a user would: a wallet, jobs
// submitted from different peers, every job completes with the right
// output, and every peer's `skyops status` names the same executor.
func TestProcessJobsThroughCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs skyopsd")
	}
	bin := buildBinaries(t)
	wasm := filepath.Join(bin, "demo.wasm")
	if err := os.WriteFile(wasm, demoModule(t), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := procTempDir(t)
	procDownAtCleanup(t, dir)
	fleets := []string{"dgxa100", "none", "H100:2", "A30:4", "none", "A100-80GB:4,H100:2"}
	m, err := Up(context.Background(), ProcessConfig{Peers: 6, Dir: dir, Network: "cli", DaemonPath: filepath.Join(bin, "skyopsd"),
		Fleets: fleets, ReadyTimeout: 90 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	// The testnet made a dev wallet and says where.
	if m.Wallet == nil || !strings.HasPrefix(m.Wallet.Address, "0x") {
		t.Fatalf("no dev wallet in the manifest: %+v", m.Wallet)
	}
	if _, err := os.Stat(m.Wallet.PasswordFile); err != nil {
		t.Fatalf("dev wallet password file: %v", err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("correct horse\n"), 0o600)
	skyops := cliFor(bin, m, "SKYOPS_KEYSTORE="+filepath.Join(dir, "my-keystore"), "SKYOPS_PASSWORD_FILE="+pw)
	if out, err := skyops(0, "wallet", "new"); err != nil {
		t.Fatalf("wallet new: %v\n%s", err, out)
	}

	type submitted struct {
		id, model string
		gpu       string
	}
	var jobs []submitted
	for i, j := range []struct {
		args []string
		gpu  string
	}{
		{[]string{"--gpu", "A100", "--gpus", "2"}, "A100"},
		{[]string{"--gpu", "H100", "--gpus", "1"}, "H100"},
		{[]string{}, ""},
		{[]string{"--gpu", "A30", "--gpus", "4"}, "A30"},
		{[]string{"--cpus", "2"}, ""},
		{[]string{"--gpu", "H100", "--gpus", "2"}, "H100"},
	} {
		model := "model-" + string(rune('a'+i))
		args := append([]string{"submit-task", "--wasm", wasm, "--ram", "1", "--duration", "2m", "-o", "json"}, j.args...)
		args = append(args, "--", "--epochs", "1", "--steps", "2", "--sleep-ms", "20", "--model", model)
		out, err := skyops(i, args...)
		if err != nil {
			t.Fatalf("submit from peer %d: %v\n%s", i, err, out)
		}
		var resp api.SubmitResponse
		if err := json.Unmarshal([]byte(out), &resp); err != nil {
			t.Fatalf("submit output: %v\n%s", err, out)
		}
		jobs = append(jobs, submitted{resp.ID, model, j.gpu})
	}
	for _, j := range jobs {
		var executor string
		for p := range m.Peers {
			var st api.Job
			deadline := time.Now().Add(90 * time.Second)
			for {
				out, err := skyops(p, "status", j.id, "-o", "json")
				if err == nil && json.Unmarshal([]byte(out), &st) == nil && st.State == "completed" {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("job %s at peer %d: %s %v", j.id[:10], p, out, err)
				}
				time.Sleep(200 * time.Millisecond)
			}
			if executor == "" {
				executor = st.Node
			} else if st.Node != executor {
				t.Fatalf("peer %d says job %s ran on %s, another peer says %s", p, j.id[:10], st.Node, executor)
			}
		}
		// GPU jobs ran on a peer with that GPU.
		var fleet string
		for i, p := range m.Peers {
			if p.ID == executor {
				fleet = fleets[i]
			}
		}
		if j.gpu != "" && !strings.Contains(fleet, j.gpu) && !(j.gpu == "A100" && fleet == "dgxa100") && !(j.gpu == "H100" && fleet == "dgxh100") {
			t.Fatalf("a job needing %s ran on a %s peer", j.gpu, fleet)
		}
		out := filepath.Join(t.TempDir(), "out")
		if o, err := skyops(len(m.Peers)-1, "get", j.id, "-o", out); err != nil {
			t.Fatalf("get: %v\n%s", err, o)
		}
		model, err := os.ReadFile(filepath.Join(out, "model.txt"))
		if err != nil || !strings.Contains(string(model), "model="+j.model) {
			t.Fatalf("job %s output: %q %v", j.id[:10], model, err)
		}
	}
	// Every job's receipt is anchored on the testnet's chain and verifies
	// from a peer that neither submitted nor ran it; the bill adds up.
	if m.Chain == nil || m.Chain.URL == "" {
		t.Fatalf("no dev chain in the manifest: %+v", m.Chain)
	}
	total := new(big.Int)
	for i, j := range jobs {
		var rs []api.Receipt
		out, err := skyops(i, "receipt", j.id, "-o", "json")
		if err != nil || json.Unmarshal([]byte(out), &rs) != nil || len(rs) != 1 {
			t.Fatalf("receipt of %s: %v\n%s", j.id[:10], err, out)
		}
		cost, _ := new(big.Int).SetString(rs[0].CostWei, 10)
		total.Add(total, cost)
		verifier := (i + 1) % len(m.Peers)
		for m.Peers[verifier].Address == rs[0].Executor {
			verifier = (verifier + 1) % len(m.Peers)
		}
		// verify -o json is one object: the verdict, the latest receipt's
		// anchor and checks, and every receipt under receipts.
		var v struct {
			api.Verification
			Pending  bool              `json:"pending"`
			Receipts []json.RawMessage `json:"receipts"`
		}
		deadline := time.Now().Add(60 * time.Second)
		for {
			out, err = skyops(verifier, "verify", j.id, "-o", "json")
			if err == nil && json.Unmarshal([]byte(out), &v) == nil && len(v.Receipts) == 1 && v.Valid {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("verify %s at peer %d: %v\n%s", j.id[:10], verifier, err, out)
			}
			time.Sleep(300 * time.Millisecond)
		}
		if v.Signer != rs[0].Executor || v.Block == 0 || v.ChainID != m.Chain.ChainID || v.Contract != m.Chain.Contract || v.Pending {
			t.Fatalf("verify %s: %+v", j.id[:10], v)
		}
	}
	owner := strings.TrimSpace(func() string { o, _ := skyops(0, "wallet", "address"); return o }())
	var bill api.Statement
	if out, err := skyops(3, "bill", "--owner", owner, "--since", "1h", "-o", "json"); err != nil || json.Unmarshal([]byte(out), &bill) != nil {
		t.Fatalf("bill: %v\n%s", err, out)
	}
	if len(bill.Lines) != len(jobs) || bill.TotalWei != total.String() {
		t.Fatalf("bill: %d lines, total %s wei; receipts say %d, %s", len(bill.Lines), bill.TotalWei, len(jobs), total)
	}
	// A saved receipt verifies with nothing but the chain.
	file := filepath.Join(t.TempDir(), "receipt.json")
	out, err := skyops(4, "receipt", jobs[0].id, "-o", "json")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, []byte(out), 0o600)
	if out, err := skyops(4, "verify", "--receipt", file, "--chain-rpc", m.Chain.URL); err != nil || !strings.Contains(out, "VALID") {
		t.Fatalf("verify --receipt: %v\n%s", err, out)
	}

	// Logs open with the owner's wallet; another wallet is told "not yours".
	if out, err := skyops(2, "logs", jobs[0].id); err != nil || !strings.Contains(out, "epoch 1/1") {
		t.Fatalf("logs: %v\n%s", err, out)
	}
	strangerKS := filepath.Join(dir, "stranger")
	if out, err := skyops(0, "wallet", "new", "--keystore", strangerKS); err != nil {
		t.Fatalf("second wallet: %v\n%s", err, out)
	}
	out, err = skyops(1, "get", jobs[0].id, "-o", filepath.Join(t.TempDir(), "x"), "--keystore", strangerKS)
	if err == nil || !strings.Contains(out, "not yours") {
		t.Fatalf("a stranger's get: %v\n%s", err, out)
	}
}
