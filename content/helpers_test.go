package content

import (
	"context"
	"crypto/sha256"
	"io"
	"log/slog"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/skyops/skyops/identity"
	"github.com/skyops/skyops/ledger"
	"github.com/skyops/skyops/p2p"
)

// testNode is the real thing on loopback: a skyops libp2p host with its
// DHT, a badger store on disk, and content on both.
type testNode struct {
	host  *p2p.Host
	db    *ledger.Store
	store *Store
	ex    *Exchange
}

func quietLog() *slog.Logger { return slog.New(slog.DiscardHandler) }

func newKey(t testing.TB) *identity.Key {
	t.Helper()
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k, err := identity.FromECDSA(priv)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// openStore is a real on-disk badger store with content over it.
func openStore(t testing.TB, space *ledger.Space) (*ledger.Store, *Store) {
	t.Helper()
	db, err := ledger.Open(t.TempDir(), ledger.WithLogger(quietLog()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, NewStore(NewBlockstore(db.DB(), space))
}

func startNode(t testing.TB, ctx context.Context) *testNode {
	t.Helper()
	n := startHost(t, ctx)
	n.startExchange(t, ctx)
	return n
}

// startHost is a testNode without its exchange yet (startExchange).
func startHost(t testing.TB, ctx context.Context) *testNode {
	t.Helper()
	h, err := p2p.New(ctx, newKey(t), p2p.Network("content-test"), p2p.ListenAddrs("/ip4/127.0.0.1/tcp/0"), p2p.Logger(quietLog()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	db, st := openStore(t, nil)
	return &testNode{host: h, db: db, store: st}
}

func (n *testNode) startExchange(t testing.TB, ctx context.Context) {
	t.Helper()
	n.ex = NewExchange(ctx, n.host.LibP2P(), n.host.Routing(), n.store, WithLogger(quietLog()), WithPunish(func(p peer.ID) { n.host.Shun(p, 10*time.Minute) }))
	t.Cleanup(func() { n.ex.Close() })
}

func (n *testNode) info() peer.AddrInfo {
	return peer.AddrInfo{ID: n.host.ID(), Addrs: n.host.LibP2P().Addrs()}
}

func connect(t testing.TB, ctx context.Context, a, b *testNode) {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := a.host.LibP2P().Connect(cctx, b.info()); err != nil {
		t.Fatal(err)
	}
}

// stream is n deterministic pseudo-random bytes, generated as read, so a
// test can move a GiB without holding it.
func stream(seed uint64, n int64) io.Reader {
	return io.LimitReader(rand.NewChaCha8(seedBytes(seed)), n)
}

func seedBytes(seed uint64) (s [32]byte) {
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return s
}

// digest hashes a stream.
func digest(t testing.TB, r io.Reader) ([32]byte, int64) {
	t.Helper()
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		t.Fatal(err)
	}
	var d [32]byte
	copy(d[:], h.Sum(nil))
	return d, n
}
