package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/skyops/skyops/api"
	"github.com/skyops/skyops/ledger/chain"
	"github.com/skyops/skyops/node"
)

// A wallet is funded on the daemon's embedded chain, deposits ETH and
// $SKYOPS through the daemon's relay, is refused a job its deposit cannot
// cover (told how much more to deposit), is then accepted, and asks for
// money back, which waits the escrow's delay.
func TestDepositBalanceWithdraw(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := shortDir(t)
	n, err := node.New(ctx, node.DataDir(filepath.Join(dir, "d")), node.SimGPUs("A100:1"), node.PriceETH("0.5"), node.WithoutDocker(),
		node.RequireDeposits(), node.Logger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	h := walletTestHooks()
	w := newCLITestWallet(t)
	sock := []string{"--socket", n.SocketPath()}
	run := func(args ...string) string {
		t.Helper()
		out, errs, code := cliHooked(t, h, append(append(append([]string{}, sock...), args...), w.flags()...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		return out
	}
	fail := func(args []string, wants ...string) {
		t.Helper()
		cliMustFail(t, h, append(append(append([]string{}, sock...), args...), w.flags()...), wants...)
	}
	// The embedded chain connects in the background.
	var info api.ChainInfo
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, _, code := cliHooked(t, h, append(sock, "chain", "info", "-o", "json")...)
		if code == 0 && json.Unmarshal([]byte(out), &info) == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain info never answered: %s", out)
		}
	}
	if info.Escrow == "" || info.Token == "" || info.DevFaucet == "" || !info.Embedded {
		t.Fatalf("chain info %+v: want the embedded chain's escrow, token and dev faucet", info)
	}

	balances := func() map[string]api.Balance {
		t.Helper()
		var bs []api.Balance
		if err := json.Unmarshal([]byte(run("balance", "-o", "json")), &bs); err != nil {
			t.Fatal(err)
		}
		out := map[string]api.Balance{}
		for _, b := range bs {
			out[b.Token] = b
		}
		return out
	}
	if b := balances(); b["ETH"].FreeWei != "0" || b["ETH"].WalletWei != "0" || b["SKYOPS"].BalanceWei != "0" {
		t.Fatalf("a new wallet's balances: %+v", b)
	}
	run("chain", "fund", "--eth", "10", "--skyops", "5000")
	if b := balances(); b["ETH"].WalletWei != "10000000000000000000" || b["SKYOPS"].WalletWei != "5000000000000000000000" {
		t.Fatalf("after funding: %+v", b)
	}

	// A GPU job at 0.5 ETH per GPU-hour for 1 h may cost 0.5 ETH.
	wasm := writeTestModule(t, emptyWASICommand)
	job := []string{"submit-task", "--wasm", wasm, "--gpus", "1", "--price-cap", "0.5", "--duration", "1h"}
	fail(job, "may cost up to 0.5 ETH", "deposit at least 0.5 ETH more: skyops deposit 0.5 ETH")
	// Paid in $SKYOPS, the cap is in $SKYOPS: 500 per GPU-hour for 1 h.
	fail([]string{"submit-task", "--wasm", wasm, "--gpus", "1", "--price-cap", "500", "--duration", "1h", "--pay", "SKYOPS"},
		"may cost up to 500 SKYOPS", "skyops deposit 500 SKYOPS")
	fail([]string{"submit-task", "--wasm", wasm, "--gpus", "1"}, "a job without a price cap has no most it can cost")
	// A CPU-only job pays core-hours: 4 cores at 0.01 ETH for 1 h.
	fail([]string{"submit-task", "--wasm", wasm, "--cpus", "4", "--price-cap", "0.01", "--duration", "1h"},
		"may cost up to 0.04 ETH (its price cap × 4 cores × 3600 s)")

	var dep paidTx
	if err := json.Unmarshal([]byte(run("deposit", "0.3", "ETH", "-o", "json")), &dep); err != nil || dep.TxHash == "" || dep.AmountWei != "300000000000000000" {
		t.Fatalf("deposit ETH: %+v %v", dep, err)
	}
	fail(job, "has 0.3 ETH free", "deposit at least 0.2 ETH more")
	run("deposit", "0.2", "ETH")
	if err := json.Unmarshal([]byte(run("deposit", "1000", "SKYOPS", "-o", "json")), &dep); err != nil || dep.ApproveTxHash == "" || dep.TxHash == dep.ApproveTxHash {
		t.Fatalf("deposit SKYOPS: %+v %v (want the approval and the deposit)", dep, err)
	}
	b := balances()
	if b["ETH"].BalanceWei != "500000000000000000" || b["SKYOPS"].BalanceWei != "1000000000000000000000" || b["SKYOPS"].WalletWei != "4000000000000000000000" {
		t.Fatalf("after deposits: %+v", b)
	}
	if wallet, _ := new(big.Int).SetString(b["ETH"].WalletWei, 10); wallet.Cmp(new(big.Int).Mul(big.NewInt(95), big.NewInt(1e17))) >= 0 {
		t.Errorf("the wallet paid 0.5 ETH and gas, holds %s", wallet)
	}
	out := run(job...)
	if !strings.Contains(out, "0x") {
		t.Fatalf("submit after the deposit: %s", out)
	}

	// Withdrawals wait the escrow's delay; bad amounts are refused.
	fail([]string{"withdraw", "2", "ETH"}, "InsufficientBalance")
	fail([]string{"deposit", "0", "ETH"}, "amount is zero")
	fail([]string{"deposit", "1", "DOGE"}, `unknown token "DOGE"`)
	fail([]string{"deposit", "1.5e3", "ETH"}, "non-negative decimal")
	fail([]string{"withdraw", "ETH"}, "NothingToWithdraw")
	fail([]string{"chain", "fund", "--eth", "0", "--skyops", "0"}, "nothing to send")
	var req paidTx
	if err := json.Unmarshal([]byte(run("withdraw", "100", "SKYOPS", "-o", "json")), &req); err != nil || req.WithdrawableAtBlock <= req.Block {
		t.Fatalf("withdraw request: %+v %v", req, err)
	}
	fail([]string{"withdraw", "SKYOPS"}, "WithdrawalNotReady")
	run("chain", "fund", "--eth", "1", "--skyops", "0") // blocks pass
	run("chain", "fund", "--eth", "1", "--skyops", "0")
	if out := run("withdraw", "SKYOPS"); !strings.Contains(out, "withdrew 100 SKYOPS") {
		t.Fatalf("withdraw after the delay: %s", out)
	}
	if b := balances(); b["SKYOPS"].BalanceWei != "900000000000000000000" || b["SKYOPS"].WalletWei != "4100000000000000000000" || b["SKYOPS"].WithdrawingWei != "0" {
		t.Fatalf("after the withdrawal: %+v", b["SKYOPS"])
	}
}

// emptyWASICommand is the smallest runnable WASI command: _start does nothing.
var emptyWASICommand = []byte{
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
	0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // types: () -> ()
	0x03, 0x02, 0x01, 0x00, // functions: one of type 0
	0x07, 0x0a, 0x01, 0x06, '_', 's', 't', 'a', 'r', 't', 0x00, 0x00, // export _start
	0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, // code: empty body
}

// skyops chain deploy puts the contracts on a chain the daemon did not
// start, and a daemon given only the escrow's address (--contracts) anchors
// on its registry and takes deposits through it.
func TestChainDeployAndUse(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	h := walletTestHooks()
	w := newCLITestWallet(t)
	dc, err := chain.StartDevChain(ctx, "127.0.0.1:0", []common.Address{w.addr})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	cliMustFail(t, h, append([]string{"chain", "deploy"}, w.flags()...), "--rpc URL is required")
	cliMustFail(t, h, append([]string{"chain", "deploy", "--rpc", dc.URL, "--supply", "0"}, w.flags()...), "--supply")
	out, errs, code := cliHooked(t, h, append([]string{"chain", "deploy", "--rpc", dc.URL, "--withdraw-delay", "3", "-o", "json"}, w.flags()...)...)
	if code != 0 {
		t.Fatalf("chain deploy: %s", errs)
	}
	var dep struct{ Registry, Escrow, Token, Holder string }
	if err := json.Unmarshal([]byte(out), &dep); err != nil || !common.IsHexAddress(dep.Escrow) || dep.Holder != w.addr.Hex() {
		t.Fatalf("chain deploy printed %s (%v)", out, err)
	}
	if reg, err := chain.RegistryOf(ctx, dc.URL, common.HexToAddress(dep.Escrow)); err != nil || reg.Hex() != dep.Registry {
		t.Fatalf("the escrow names registry %s, %v; deploy printed %s", reg, err, dep.Registry)
	}

	n := dialledDaemon(t, ctx, dc.URL, common.HexToAddress(dep.Escrow))
	sock := []string{"--socket", n.SocketPath()}
	var info api.ChainInfo
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, _, code := cliHooked(t, h, append(sock, "chain", "info", "-o", "json")...)
		if code == 0 && json.Unmarshal([]byte(out), &info) == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain info never answered: %s", out)
		}
	}
	if info.Embedded || info.RPC != dc.URL || info.Escrow != dep.Escrow || info.Registry != dep.Registry || info.Token != dep.Token || info.WithdrawDelayBlocks != 3 {
		t.Fatalf("chain info %+v; deployed %+v on %s", info, dep, dc.URL)
	}
	if _, errs, code := cliHooked(t, h, append(append(sock, "deposit", "250", "SKYOPS"), w.flags()...)...); code != 0 {
		t.Fatalf("deposit through a dialled chain: %s", errs)
	}
	var bs []api.Balance
	out, _, _ = cliHooked(t, h, append(append(sock, "balance", "-o", "json"), w.flags()...)...)
	if json.Unmarshal([]byte(out), &bs) != nil || len(bs) != 2 || bs[1].Token != "SKYOPS" || bs[1].BalanceWei != "250000000000000000000" {
		t.Fatalf("balance: %s", out)
	}
	// The deploying wallet governs the parameters: it may change them, the
	// dev faucet may not, and the daemon shows the change once read.
	cliMustFail(t, h, append(append(sock, "params", "set", "refPriceWei", "0.7", "--dev", "--in", "1h"), w.flags()...), "NotGovernor")
	cliMustFail(t, h, append(append(sock, "params", "set", "refPriceWei", "0.7", "--in", "1s"), w.flags()...), "NoticeTooShort")
	cliMustFail(t, h, append(append(sock, "params", "set", "epochMs", "7"), w.flags()...), `unknown parameter "epochMs"`)
	if _, errs, code := cliHooked(t, h, append(append(sock, "params", "set", "refPriceWei", "0.7", "--in", "1h"), w.flags()...)...); code != 0 {
		t.Fatalf("params set by the governor: %s", errs)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, _, _ := cliHooked(t, h, append(sock, "params")...)
		if strings.Contains(out, "700000000000000000") && strings.Contains(out, "refPriceWei 500000000000000000") && strings.Contains(out, "false") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("skyops params never showed the scheduled change:\n%s", out)
		}
	}

	// Funding straight on the chain, without a daemon.
	someone := common.Address{0xaa}
	if _, errs, code := cliHooked(t, h, "chain", "fund", "--rpc", dc.URL, someone.Hex(), "--eth", "2.5", "--skyops", "0"); code != 0 {
		t.Fatalf("chain fund --rpc: %s", errs)
	}
	if b, err := ethBalance(ctx, dc.URL, someone); err != nil || b.String() != "2500000000000000000" {
		t.Fatalf("funded address holds %v, %v", b, err)
	}
	cliMustFail(t, h, []string{"chain", "fund", "--rpc", dc.URL, someone.Hex()}, "--rpc funds ETH only")
	// The dev faucet has ETH on this chain (a dev chain's genesis) but none
	// of a token someone else deployed: said as the token's own error.
	cliMustFail(t, h, append(append(sock, "chain", "fund", "--eth", "0", "--skyops", "1"), w.flags()...), "ERC20InsufficientBalance")
}

func ethBalance(ctx context.Context, url string, a common.Address) (*big.Int, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return c.BalanceAt(ctx, a, nil)
}

// On a chain deployed with a timelock governor, params set proposes the
// change through it (refusing one too soon for its delay and the notice),
// params execute runs it once the delay has passed, not before, and the
// daemon then shows the change.
func TestParamsThroughATimelock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	h := walletTestHooks()
	w := newCLITestWallet(t)
	dc, err := chain.StartDevChain(ctx, "127.0.0.1:0", []common.Address{w.addr})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	out, errs, code := cliHooked(t, h, append([]string{"chain", "deploy", "--rpc", dc.URL, "--timelock-delay", "2", "--params-notice", "1", "-o", "json"}, w.flags()...)...)
	if code != 0 {
		t.Fatalf("chain deploy: %s", errs)
	}
	var dep struct{ Escrow string }
	if err := json.Unmarshal([]byte(out), &dep); err != nil {
		t.Fatalf("chain deploy printed %s (%v)", out, err)
	}
	n := dialledDaemon(t, ctx, dc.URL, common.HexToAddress(dep.Escrow))
	sock := []string{"--socket", n.SocketPath()}
	cliMustFail(t, h, append(append(sock, "params", "set", "refPriceWei", "0.7", "--in", "2s"), w.flags()...), "at least 3 s from now")
	out, errs, code = cliHooked(t, h, append(append(sock, "params", "set", "refPriceWei", "0.7", "--in", "1h"), w.flags()...)...)
	if code != 0 || !strings.Contains(out, "proposed refPriceWei") {
		t.Fatalf("params set through the timelock: %s %s", out, errs)
	}
	_, after, ok := strings.Cut(out, "params execute refPriceWei 0.7 --at ")
	at := strings.Fields(after)
	if !ok || len(at) == 0 {
		t.Fatalf("params set printed no execute command:\n%s", out)
	}
	execute := append(append(sock, "params", "execute", "refPriceWei", "0.7", "--at", at[0]), w.flags()...)
	cliMustFail(t, h, execute, "run this again in")
	cliMustFail(t, h, append(append(sock, "params", "execute", "refPriceWei", "0.8", "--at", at[0]), w.flags()...), "holds no proposal of refPriceWei = 0.8")
	cliMustFail(t, h, append(append(sock, "params", "execute", "refPriceWei", "0.7", "--at", "tomorrow"), w.flags()...), "--at \"tomorrow\"")
	// The dev chain's clock runs ahead of the wall's (a block a
	// transaction, each a second after the last): blocks pass the delay.
	for i := 0; ; i++ {
		out, errs, code := cliHooked(t, h, execute...)
		if code == 0 && strings.Contains(out, "through the timelock") {
			break
		}
		if i == 30 || !strings.Contains(errs, "run this again in") {
			t.Fatalf("params execute after the delay: %s %s", out, errs)
		}
		if _, errs, code := cliHooked(t, h, "chain", "fund", "--rpc", dc.URL, common.Address{0xbb}.Hex(), "--eth", "0.1", "--skyops", "0"); code != 0 {
			t.Fatalf("a block: %s", errs)
		}
	}
	cliMustFail(t, h, execute, "has run already")
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, _, _ := cliHooked(t, h, append(sock, "params")...)
		if strings.Contains(out, "700000000000000000") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("skyops params never showed the change run through the timelock:\n%s", out)
		}
	}

	// A weight, in per mille, the same way: proposed, executed once the
	// delay has passed, then listed (not in effect yet: 1000 holds).
	cliMustFail(t, h, append(append(sock, "params", "set", "repWeight", "1001", "--in", "2h"), w.flags()...), "not a weight")
	out, errs, code = cliHooked(t, h, append(append(sock, "params", "set", "repWeight", "500", "--in", "2h"), w.flags()...)...)
	if code != 0 || !strings.Contains(out, "proposed repWeight = 500") {
		t.Fatalf("params set repWeight through the timelock: %s %s", out, errs)
	}
	_, after, ok = strings.Cut(out, "params execute repWeight 500 --at ")
	if at = strings.Fields(after); !ok || len(at) == 0 {
		t.Fatalf("params set printed no execute command:\n%s", out)
	}
	execute = append(append(sock, "params", "execute", "repWeight", "500", "--at", at[0]), w.flags()...)
	for i := 0; ; i++ {
		out, errs, code := cliHooked(t, h, execute...)
		if code == 0 && strings.Contains(out, "through the timelock") {
			break
		}
		if i == 30 || !strings.Contains(errs, "run this again in") {
			t.Fatalf("params execute repWeight after the delay: %s %s", out, errs)
		}
		if _, errs, code := cliHooked(t, h, "chain", "fund", "--rpc", dc.URL, common.Address{0xbb}.Hex(), "--eth", "0.1", "--skyops", "0"); code != 0 {
			t.Fatalf("a block: %s", errs)
		}
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		out, errs, _ := cliHooked(t, h, append(sock, "params")...)
		listed := false
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) == 4 && f[0] == "repWeight" && f[1] == "500" && f[3] == "false" {
				listed = true
			}
		}
		if listed && strings.Contains(out, "repWeight 1000 (per mille") && strings.Contains(out, "latencyWeight 1000") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("skyops params never showed the weight's change:\n%s%s", out, errs)
		}
	}
	out, _, _ = cliHooked(t, h, append(sock, "params", "-o", "json")...)
	var info api.ParamsInfo
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatalf("params -o json: %v\n%s", err, out)
	}
	for _, name := range []string{"refPriceWei", "microSkyopsPerEth", "repWeight", "priceWeight", "localityWeight", "fitWeight", "latencyWeight"} {
		if _, ok := info.Current[name]; !ok {
			t.Errorf("params -o json: no %s in effect: %v", name, info.Current)
		}
	}
	if info.Current["repWeight"] != "1000" || len(info.Changes) != 2 || info.Changes[1].Name != "repWeight" || info.Changes[1].Value != "500" || info.Changes[1].InEffect {
		t.Errorf("params -o json: %+v", info)
	}
}

// dialledDaemon starts a daemon on the chain at url that uses the escrow
// there (skyopsd --chain-rpc URL --contracts ESCROW); it stops with the
// test.
func dialledDaemon(t *testing.T, ctx context.Context, url string, escrow common.Address) *node.Node {
	t.Helper()
	n, err := node.New(ctx, node.DataDir(filepath.Join(shortDir(t), "d")), node.SimGPUs("none"), node.WithoutDocker(),
		node.ChainContracts(url, escrow), node.UnbondedNetwork(), node.BondPollEvery(100*time.Millisecond),
		node.Logger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	return n
}
