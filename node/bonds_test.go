package node

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/ledger/chain"
)

// logBuffer is a log sink tests can read while the daemon writes.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// keyFor makes the node key of data dir dir and returns its address.
func keyFor(t *testing.T, dir string) common.Address {
	t.Helper()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	k, err := identity.LoadOrCreate(dir)
	if err != nil {
		t.Fatal(err)
	}
	return k.Address()
}

func startBondNode(t *testing.T, ctx context.Context, dir string, logs *logBuffer, opts ...Option) *Node {
	t.Helper()
	log := slog.New(slog.DiscardHandler)
	if logs != nil {
		log = slog.New(slog.NewTextHandler(logs, nil))
	}
	n, err := New(ctx, append([]Option{DataDir(dir), SimGPUs("none"), Logger(log), BondPollEvery(100 * time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(ctx); err != nil {
		n.Close()
		t.Fatal(err)
	}
	return n
}

func waitFor(t *testing.T, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	for !ok() {
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// On a shared chain a daemon bonds its node id once (not again after a
// restart), reads the bonded set, and requires bonds; without a chain, on
// the embedded chain, and on an unbonded network it does neither.
func TestSelfBond(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := tmp(t)
	dir := filepath.Join(base, "a")
	dc, err := chain.StartDevChain(ctx, "127.0.0.1:0", []common.Address{keyFor(t, dir), keyFor(t, filepath.Join(base, "u"))})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	ro, err := chain.Dial(ctx, dc.URL, dc.Contract, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()

	n := startBondNode(t, ctx, dir, nil, ChainRPC(dc.URL, dc.Contract), BondETH("2"))
	waitFor(t, ctx, "own bond read", func() bool { st := n.Bonds(); return st.Read && st.Has(n.ID()) })
	if st := n.Bonds(); !st.Enforced || !st.SelfBonds || len(st.Bonded) != 1 {
		t.Fatalf("bond status %+v", st)
	}
	b, err := ro.BondOf(ctx, []byte(n.ID()))
	if err != nil || !b.Counts() || b.Amount.Cmp(new(big.Int).Mul(big.NewInt(2), big.NewInt(1e18))) != 0 || b.Bonder != n.key.Address() {
		t.Fatalf("bond on chain: %+v, %v", b, err)
	}
	id := n.ID()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	// Restarted, it finds its bond and posts no other.
	logs := &logBuffer{}
	n = startBondNode(t, ctx, dir, logs, ChainRPC(dc.URL, dc.Contract))
	defer n.Close()
	waitFor(t, ctx, "bond read after restart", func() bool { return n.Bonds().Has(id) })
	waitFor(t, ctx, "bonded log", func() bool { return strings.Contains(logs.String(), "this node is bonded in the registry") })
	if v, err := ro.BondsVersion(ctx); err != nil || v != 1 {
		t.Fatalf("bonds version %d after a restart, %v: want 1 bond posted", v, err)
	}

	// An unbonded network posts nothing and requires nothing.
	u := startBondNode(t, ctx, filepath.Join(base, "u"), nil, ChainRPC(dc.URL, dc.Contract), UnbondedNetwork())
	defer u.Close()
	time.Sleep(500 * time.Millisecond)
	if st := u.Bonds(); st.Enforced || st.SelfBonds {
		t.Fatalf("unbonded network: %+v", st)
	}
	if b, err := ro.BondOf(ctx, []byte(u.ID())); err != nil || b.Amount.Sign() != 0 {
		t.Fatalf("unbonded network posted a bond: %+v, %v", b, err)
	}

	// No chain, and the embedded chain: no bond rule.
	for name, opt := range map[string]Option{"no chain": WithoutChain(), "embedded": func(*Config) error { return nil }} {
		logs := &logBuffer{}
		m := startBondNode(t, ctx, filepath.Join(base, strings.ReplaceAll(name, " ", "")), logs, opt)
		if st := m.Bonds(); st.Enforced || st.SelfBonds {
			t.Fatalf("%s: %+v", name, st)
		}
		if name == "embedded" && !strings.Contains(logs.String(), "the embedded chain is private to this daemon") {
			t.Fatalf("embedded: no word on why bonds are off:\n%s", logs)
		}
		m.Close()
	}
}

// An account that cannot pay its bond, and a bond under the registry's
// minimum, are said clearly; the node is then not bonded, and no node is
// placed before the registry is read.
func TestSelfBondFailures(t *testing.T) {
	if testing.Short() {
		t.Skip("starts daemons and a dev chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := tmp(t)
	poor, small := filepath.Join(base, "poor"), filepath.Join(base, "small")
	half := new(big.Int).Div(big.NewInt(1e18), big.NewInt(2))
	dc, err := chain.StartDevChain(ctx, "127.0.0.1:0", []common.Address{keyFor(t, poor), keyFor(t, small)}, chain.WithBalance(half))
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()

	for _, tc := range []struct {
		dir  string
		opts []Option
		want string
	}{
		{poor, nil, "this node's account cannot pay its bond"},
		{small, []Option{BondETH("0.1")}, "--bond-eth is under the registry's minimum bond"},
	} {
		logs := &logBuffer{}
		n := startBondNode(t, ctx, tc.dir, logs, append([]Option{ChainRPC(dc.URL, dc.Contract)}, tc.opts...)...)
		waitFor(t, ctx, tc.want, func() bool { return strings.Contains(logs.String(), tc.want) })
		waitFor(t, ctx, "bonds read", func() bool { return n.Bonds().Read })
		if st := n.Bonds(); !st.Enforced || st.Has(n.ID()) || len(st.Bonded) != 0 {
			t.Fatalf("%s: %+v", tc.want, st)
		}
		if !strings.Contains(logs.String(), n.key.Address().Hex()) && tc.dir == poor {
			t.Fatalf("the log does not name the account:\n%s", logs)
		}
		n.Close()
	}
}

func TestDiffIDs(t *testing.T) {
	a, b, c, d := peer.ID("a"), peer.ID("b"), peer.ID("c"), peer.ID("d")
	added, removed := diffIDs([]peer.ID{a, b, c}, []peer.ID{b, c, d})
	if len(added) != 1 || added[0] != d || len(removed) != 1 || removed[0] != a {
		t.Fatalf("added %v removed %v", added, removed)
	}
	if added, removed := diffIDs(nil, nil); added != nil || removed != nil {
		t.Fatal("empty diff")
	}
	if s := idList([]peer.ID{a, b, c, d, a, b, c}); !strings.HasSuffix(s, "and 2 more") {
		t.Fatalf("idList %q", s)
	}
}
