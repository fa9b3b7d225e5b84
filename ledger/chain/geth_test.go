package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/version"
)

// TestGethDevNode runs the whole anchor-and-verify scenario against a real
// geth --dev node, built by make tools from the go-ethereum version pinned
// in go.mod (a tool dependency there).
func TestGethDevNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	start := time.Now()
	geth := gethBinary(t, ctx)
	t.Logf("geth binary ready in %v: %s", time.Since(start).Round(time.Millisecond), geth)

	url := startGeth(t, ctx, geth)

	k1, k2 := newKey(t), newKey(t)
	fundFromDevAccount(t, ctx, url, crypto.PubkeyToAddress(k1.PublicKey), crypto.PubkeyToAddress(k2.PublicKey))

	addr, err := Deploy(ctx, url, k1)
	if err != nil {
		t.Fatal(err)
	}
	c1, err := Dial(ctx, url, addr, k1)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	c2, err := Dial(ctx, url, addr, k2)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if c1.ChainID() != 1337 {
		t.Fatalf("geth --dev chain id %d", c1.ChainID())
	}
	checkAnchorAndVerify(t, ctx, c1, c2)

	// A read-only verifier, as on a machine that only has the chain.
	ro, err := Dial(ctx, url, addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, tr := batch(t, "geth", 2, k2)
	a, err := c1.Anchor(ctx, tr.Root(), 2)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := ro.Lookup(ctx, c1.Submitter(), tr.Root())
	if err != nil || !ok || got != a {
		t.Fatalf("read-only Lookup = %+v, %v, %v; want %+v", got, ok, err, a)
	}
	t.Logf("anchor on geth --dev: block %d, %d gas; whole test %v", a.Block, a.GasUsed, time.Since(start).Round(time.Millisecond))
}

// gethVersion is the go-ethereum version this package is built with: the
// one go.mod pins.
func gethVersion() string {
	return fmt.Sprintf("v%d.%d.%d", version.Major, version.Minor, version.Patch)
}

// The geth binary the test runs: make tools builds it into bin/geth from
// the pinned module, and make test passes it in gethEnv. Run by hand, the
// test also finds the repo's bin/geth. Building it inside the test is what
// go test's default 10-minute timeout killed on a loaded 2-core machine.
const (
	gethEnv        = "SKYOPS_GETH"
	requireGethEnv = "SKYOPS_REQUIRE_GETH" // CI: no geth is a failure, not a skip
)

// gethBinary returns the geth to run, checked to be the pinned version.
func gethBinary(t *testing.T, ctx context.Context) string {
	t.Helper()
	version := gethVersion()
	bin := os.Getenv(gethEnv)
	if bin == "" {
		if p, err := filepath.Abs(filepath.Join("..", "..", "bin", "geth")); err == nil {
			if _, err := os.Stat(p); err == nil {
				bin = p
			}
		}
	}
	if bin == "" {
		msg := fmt.Sprintf("no geth binary: run `make tools` (builds geth %s from the pinned module into bin/geth; the first build takes a few minutes), or set %s=PATH", version, gethEnv)
		if os.Getenv(requireGethEnv) == "1" {
			t.Fatalf("%s=1: %s", requireGethEnv, msg)
		}
		t.Skip(msg)
	}
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		t.Fatalf("%s version: %v: run `make tools` to build geth %s", bin, err, version)
	}
	if !strings.Contains(string(out), "Version: "+strings.TrimPrefix(version, "v")) {
		t.Fatalf("%s is not geth %s, the version go.mod pins: run `make tools` to build it\n%s", bin, version, out)
	}
	return bin
}

// startGeth starts geth --dev on loopback and returns its HTTP URL once it
// answers. geth is stopped when the test ends.
func startGeth(t *testing.T, ctx context.Context, geth string) string {
	t.Helper()
	httpPort, err := freePort("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	authPort, err := freePort("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	logFile := filepath.Join(t.TempDir(), "geth.log")
	lf, err := os.Create(logFile)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(geth, "--dev",
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(httpPort), "--http.api", "eth,net,web3",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(authPort),
		"--datadir", t.TempDir(), "--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0",
		"--verbosity", "2")
	cmd.Stdout, cmd.Stderr = lf, lf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); lf.Close() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			b, _ := os.ReadFile(logFile)
			t.Logf("geth log:\n%s", b)
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = c.ChainID(ctx)
			c.Close()
		}
		if err == nil {
			return url
		}
		select {
		case err := <-exited:
			b, _ := os.ReadFile(logFile)
			t.Fatalf("geth exited at start: %v\n%s", err, b)
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("geth at %s did not answer within 60s: %v", url, err)
		}
	}
}

// fundFromDevAccount sends 100 ETH to each address from geth's unlocked
// dev account and waits until the transfers are mined.
func fundFromDevAccount(t *testing.T, ctx context.Context, url string, to ...common.Address) {
	t.Helper()
	for _, addr := range to {
		if _, err := TopUpFromDevAccount(ctx, url, addr, eth(100)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestGethDevPayments: on a real geth --dev, the token and escrow deploy,
// an owner deposits ETH and $SKYOPS and withdraws after the delay, refusals
// come back as named errors, and ethers.js (where installed) reads it all
// as a standard ERC-20 and the escrow's views.
func TestGethDevPayments(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	url := startGeth(t, ctx, gethBinary(t, ctx))
	deployer, owner := newKey(t), newKey(t)
	for _, k := range []*ecdsa.PrivateKey{deployer, owner} {
		// The dev faucet holds nothing on geth: FundDev pays from geth's
		// own developer account (what skyops chain fund --rpc does).
		if _, err := FundDev(ctx, url, crypto.PubkeyToAddress(k.PublicKey), eth(100)); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := Deploy(ctx, url, deployer)
	if err != nil {
		t.Fatal(err)
	}
	dc, err := Dial(ctx, url, reg, deployer)
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	dp, err := DeployPayments(ctx, dc, dc.Submitter(), eth(1_000_000), 2)
	if err != nil {
		t.Fatal(err)
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	if _, err := dp.TransferToken(ctx, ownerAddr, eth(500)); err != nil {
		t.Fatal(err)
	}
	oc, err := Dial(ctx, url, reg, owner)
	if err != nil {
		t.Fatal(err)
	}
	defer oc.Close()
	op, err := oc.Payments(ctx, dp.Escrow())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := op.Deposit(ctx, ETH, eth(3)); err != nil {
		t.Fatal(err)
	}
	tx, err := op.Deposit(ctx, SKYOPS, eth(200))
	if err != nil || tx.Approve == nil {
		t.Fatalf("deposit $SKYOPS: %+v, %v (want the approval too)", tx, err)
	}
	_, _, err = op.RequestWithdraw(ctx, ETH, eth(4))
	revertNamed(t, "withdrawing more than the balance", err, "InsufficientBalance")
	if _, _, err := op.RequestWithdraw(ctx, ETH, eth(1)); err != nil {
		t.Fatal(err)
	}
	_, err = op.Withdraw(ctx, ETH)
	revertNamed(t, "withdrawing at once", err, "WithdrawalNotReady")
	for range 2 { // geth --dev mines a block per transaction
		if _, err := dc.SendETH(ctx, common.Address{1}, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := op.Withdraw(ctx, ETH); err != nil {
		t.Fatal(err)
	}
	a, err := op.Account(ctx, ownerAddr, ETH)
	if err != nil || a.Balance.Cmp(eth(2)) != 0 || a.Withdrawing.Sign() != 0 {
		t.Fatalf("ETH account after the withdrawal: %+v, %v", a, err)
	}
	a, err = op.Account(ctx, ownerAddr, SKYOPS)
	if err != nil || a.Balance.Cmp(eth(200)) != 0 {
		t.Fatalf("$SKYOPS account: %+v, %v", a, err)
	}
	ethersCheck(t, ctx, url, dp.Escrow(), ownerAddr, func(got ethersView) {
		if got.Token.Symbol != "SKYOPS" || got.Token.Decimals != 18 || got.Token.OwnerBalance != eth(300).String() ||
			got.Escrow.Eth.Balance != eth(2).String() || got.Escrow.Skyops.Balance != eth(200).String() || got.Escrow.Registry != reg.Hex() {
			t.Errorf("ethers.js on geth --dev reads %+v", got)
		}
	})
}
