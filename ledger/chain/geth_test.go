package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"
)

// TestGethDevNode runs the whole anchor-and-verify scenario against a real
// geth --dev node, built from the go-ethereum version pinned in go.mod (a
// tool dependency there). The binary is cached under the user cache dir, so
// only the first run pays for the build (a few minutes on 2 cores).
func TestGethDevNode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
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

// gethBuildMu serialises builds within one test process.
var gethBuildMu sync.Mutex

// gethBinary returns a geth built from the pinned module, building it into
// the user cache dir on first use.
func gethBinary(t *testing.T, ctx context.Context) string {
	t.Helper()
	gethBuildMu.Lock()
	defer gethBuildMu.Unlock()
	version := gethVersion()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "skyops-geth-"+version)
	bin := filepath.Join(dir, "geth")
	if out, err := exec.CommandContext(ctx, bin, "version").Output(); err == nil &&
		strings.Contains(string(out), "Version: "+strings.TrimPrefix(version, "v")) {
		return bin
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goBin); err != nil {
		if goBin, err = exec.LookPath("go"); err != nil {
			t.Fatal("no go toolchain to build geth with")
		}
	}
	// Build next to the final path and rename: a concurrent run never sees
	// half a binary.
	tmp := fmt.Sprintf("%s.tmp%d", bin, os.Getpid())
	t.Logf("building geth %s into %s (first run only; takes a few minutes)", version, dir)
	cmd := exec.CommandContext(ctx, goBin, "build", "-o", tmp, "github.com/ethereum/go-ethereum/cmd/geth")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		os.Remove(tmp)
		t.Fatalf("building geth: %v\n%s", err, out.String())
	}
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
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
// dev account (eth_sendTransaction) and waits until the transfers are mined.
func fundFromDevAccount(t *testing.T, ctx context.Context, url string, to ...common.Address) {
	t.Helper()
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	var accounts []common.Address
	if err := rc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts = %v, %v", accounts, err)
	}
	value := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	client := ethclient.NewClient(rc)
	for _, addr := range to {
		var hash common.Hash
		if err := rc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
			"from": accounts[0], "to": addr, "value": (*hexutil.Big)(value),
		}); err != nil {
			t.Fatalf("funding %s from the dev account: %v", addr, err)
		}
		if _, err := waitMined(ctx, client, hash); err != nil {
			t.Fatalf("funding %s: %v", addr, err)
		}
	}
}
