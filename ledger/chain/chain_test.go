package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/skyops/skyops/ledger/merkle"
	"github.com/skyops/skyops/types"
)

// kindReceipt is types.KindReceipt (3), fixed by the contract.
const kindReceipt = types.Kind(3)

// receipt is a signed test receipt.
type receipt struct {
	body     []byte
	bodyHash common.Hash
	digest   common.Hash
	sig      []byte
	executor common.Address
}

func signReceipt(t testing.TB, network string, body []byte, key *ecdsa.PrivateKey) receipt {
	t.Helper()
	digest := types.SigningHash(network, kindReceipt, body)
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		t.Fatal(err)
	}
	return receipt{body: body, bodyHash: crypto.Keccak256Hash(body), digest: digest, sig: sig, executor: crypto.PubkeyToAddress(key.PublicKey)}
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func newTestEmbedded(t testing.TB, key *ecdsa.PrivateKey, opts ...EmbeddedOption) *Chain {
	t.Helper()
	c, err := NewEmbedded(testCtx(t), key, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// batch signs n receipts with executor and builds their tree.
func batch(t testing.TB, network string, n int, executor *ecdsa.PrivateKey) ([]receipt, *merkle.Tree) {
	t.Helper()
	rs := make([]receipt, n)
	leaves := make([]common.Hash, n)
	for i := range rs {
		rs[i] = signReceipt(t, network, fmt.Appendf(nil, "receipt %d %d", i, rand.Uint64()), executor)
		leaves[i] = merkle.Leaf(rs[i].digest)
	}
	tr, err := merkle.Build(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return rs, tr
}

// checkAnchorAndVerify is the scenario shared by the embedded, dev-chain and
// geth tests: anchor a batch, look it up, verify every receipt on chain, and
// see each kind of forgery rejected.
func checkAnchorAndVerify(t *testing.T, ctx context.Context, c *Chain, other *Chain) {
	t.Helper()
	const network = "skyops-test"
	executor, stranger := newKey(t), newKey(t)
	rs, tr := batch(t, network, 5, executor)

	if _, ok, err := c.Lookup(ctx, c.Submitter(), tr.Root()); err != nil || ok {
		t.Fatalf("Lookup before anchoring = %v, %v", ok, err)
	}
	a, err := c.Anchor(ctx, tr.Root(), uint64(tr.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if a.Root != tr.Root() || a.Count != 5 || a.Submitter != c.Submitter() || a.Block == 0 ||
		a.TxHash == (common.Hash{}) || a.ChainID != c.ChainID() || a.GasUsed == 0 {
		t.Fatalf("Anchor = %+v", a)
	}
	got, ok, err := c.Lookup(ctx, c.Submitter(), tr.Root())
	if err != nil || !ok || got != a {
		t.Fatalf("Lookup = %+v, %v, %v; want %+v", got, ok, err, a)
	}

	// Idempotent: a retry returns the same anchor and sends nothing.
	again, err := c.Anchor(ctx, tr.Root(), uint64(tr.Len()))
	if err != nil || again != a {
		t.Fatalf("re-Anchor = %+v, %v; want %+v", again, err, a)
	}

	for i, r := range rs {
		proof, _ := tr.Proof(i)
		ok, err := c.VerifyOnChain(ctx, network, r.bodyHash, r.sig, r.executor, proof, tr.Root(), c.Submitter())
		if err != nil || !ok {
			t.Fatalf("receipt %d: VerifyOnChain = %v, %v", i, ok, err)
		}
	}

	r, proof := rs[2], must(tr.Proof(2))
	no := func(what string, network string, bodyHash common.Hash, sig []byte, executor common.Address, proof []common.Hash, root common.Hash, submitter common.Address) {
		t.Helper()
		ok, err := c.VerifyOnChain(ctx, network, bodyHash, sig, executor, proof, root, submitter)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			t.Fatalf("%s: accepted", what)
		}
	}
	no("wrong signer", network, r.bodyHash, r.sig, crypto.PubkeyToAddress(stranger.PublicKey), proof, tr.Root(), c.Submitter())
	forged := signReceipt(t, network, r.body, stranger)
	no("signed by a stranger", network, r.bodyHash, forged.sig, r.executor, proof, tr.Root(), c.Submitter())
	tampered := r.bodyHash
	tampered[0] ^= 1
	no("tampered body hash", network, tampered, r.sig, r.executor, proof, tr.Root(), c.Submitter())
	no("other network", network+"x", r.bodyHash, r.sig, r.executor, proof, tr.Root(), c.Submitter())
	no("wrong proof", network, r.bodyHash, r.sig, r.executor, must(tr.Proof(3)), tr.Root(), c.Submitter())

	// A proof for another (anchored) root.
	_, tr2 := batch(t, network, 4, executor)
	if _, err := c.Anchor(ctx, tr2.Root(), 4); err != nil {
		t.Fatal(err)
	}
	no("proof for another root", network, r.bodyHash, r.sig, r.executor, proof, tr2.Root(), c.Submitter())

	// A root never anchored, and a root anchored by someone else.
	rs3, tr3 := batch(t, network, 3, executor)
	p3 := must(tr3.Proof(0))
	no("root never anchored", network, rs3[0].bodyHash, rs3[0].sig, rs3[0].executor, p3, tr3.Root(), c.Submitter())
	if other != nil {
		if _, err := other.Anchor(ctx, tr3.Root(), 3); err != nil {
			t.Fatal(err)
		}
		no("root anchored by someone else", network, rs3[0].bodyHash, rs3[0].sig, rs3[0].executor, p3, tr3.Root(), c.Submitter())
		ok, err := c.VerifyOnChain(ctx, network, rs3[0].bodyHash, rs3[0].sig, rs3[0].executor, p3, tr3.Root(), other.Submitter())
		if err != nil || !ok {
			t.Fatalf("receipt under the other submitter's root: %v, %v", ok, err)
		}
	}

	// High-S twin of a valid signature: rejected, like Go does.
	hs := highS(r.sig)
	no("high-S signature", network, r.bodyHash, hs, r.executor, proof, tr.Root(), c.Submitter())
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// highS returns the malleable twin (r, n-s, v^1) of a 65-byte signature.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

func TestEmbeddedAnchorAndVerify(t *testing.T) {
	ctx := testCtx(t)
	key := newKey(t)
	otherKey := newKey(t)
	c := newTestEmbedded(t, key, WithFunded(crypto.PubkeyToAddress(otherKey.PublicKey)))
	if c.ChainID() != SimulatedChainID {
		t.Fatalf("chain id %d", c.ChainID())
	}
	// The second submitter talks to the same chain and contract.
	other, err := newChain(ctx, "embedded", c.client, c.chainID, c.Contract(), otherKey)
	if err != nil {
		t.Fatal(err)
	}
	other.sent = c.sent
	checkAnchorAndVerify(t, ctx, c, other)
}

func TestAnchorRejectsBadInput(t *testing.T) {
	ctx := testCtx(t)
	c := newTestEmbedded(t, newKey(t))
	if _, err := c.Anchor(ctx, common.Hash{}, 1); err == nil {
		t.Fatal("zero root accepted")
	}
	if _, err := c.Anchor(ctx, common.HexToHash("0x01"), 0); err == nil {
		t.Fatal("zero count accepted")
	}
	// The contract itself refuses them too (a client that skips the checks).
	opts, _ := bind.NewKeyedTransactorWithChainID(c.key, big.NewInt(SimulatedChainID))
	opts.Context = ctx
	for _, tc := range []struct {
		root  common.Hash
		count uint64
		want  string
	}{
		{common.Hash{}, 1, "zero root"},
		{common.HexToHash("0x01"), 0, "zero count"},
	} {
		_, err := c.reg.Anchor(opts, tc.root, tc.count)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("contract anchor(%s, %d) = %v, want revert %q", tc.root, tc.count, err, tc.want)
		}
	}
	// And a second anchor of the same root by the same submitter.
	root := common.HexToHash("0x02")
	if _, err := c.Anchor(ctx, root, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := c.reg.Anchor(opts, root, 1); err == nil || !strings.Contains(err.Error(), "already anchored") {
		t.Fatalf("contract re-anchor = %v", err)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := testCtx(t)
	dc, err := StartDevChain(ctx, "127.0.0.1:0", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	c, err := Dial(ctx, dc.URL, dc.Contract, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Anchor(ctx, common.HexToHash("0x01"), 1); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("read-only Anchor = %v", err)
	}
	if _, err := Dial(ctx, dc.URL, common.HexToAddress("0x1234"), nil); !errors.Is(err, ErrNoContract) {
		t.Fatalf("Dial to an address without code = %v", err)
	}
}

func TestUnreachable(t *testing.T) {
	port, err := freePort("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	_, err = Dial(ctx, url, common.HexToAddress("0x1234"), nil)
	if !errors.Is(err, ErrUnreachable) || !strings.Contains(err.Error(), "chain at "+url+" unreachable") {
		t.Fatalf("Dial(%s) = %v", url, err)
	}
	t.Log(err)
	if _, err := Deploy(ctx, url, newKey(t)); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Deploy(%s) = %v", url, err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("unreachable chain took %v to report", d)
	}
	// A black hole (non-routable address) is bounded by the context.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel2()
	start = time.Now()
	if _, err := Dial(ctx2, "http://10.255.255.1:8545", common.Address{}, nil); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("Dial to a black hole = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("black-holed chain took %v to report", d)
	}
}

// TestDevChainOverHTTP: two processes' worth of clients on one dev chain
// over real HTTP: the miner picks up transactions it was not told about.
func TestDevChainOverHTTP(t *testing.T) {
	ctx := testCtx(t)
	k1, k2 := newKey(t), newKey(t)
	dc, err := StartDevChain(ctx, "127.0.0.1:0", []common.Address{crypto.PubkeyToAddress(k1.PublicKey), crypto.PubkeyToAddress(k2.PublicKey)}, WithMinePoll(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	if !strings.HasPrefix(dc.URL, "http://127.0.0.1:") || dc.ChainID != SimulatedChainID {
		t.Fatalf("dev chain %+v", dc)
	}
	c1, err := Dial(ctx, dc.URL, dc.Contract, k1)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	c2, err := Dial(ctx, dc.URL, dc.Contract, k2)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	checkAnchorAndVerify(t, ctx, c1, c2)

	// Port already taken: a clear error, not a panic.
	host := strings.TrimPrefix(dc.URL, "http://")
	if _, err := StartDevChain(ctx, host, nil); err == nil {
		t.Fatal("second dev chain on the same port started")
	}
}

// TestContractMatchesGo: the contract's digest and inclusion check are the
// Go ones (types.SigningHash, merkle.Verify).
func TestContractMatchesGo(t *testing.T) {
	ctx := testCtx(t)
	c := newTestEmbedded(t, newKey(t))
	call := &bind.CallOpts{Context: ctx}
	for _, network := range []string{"", "mainnet", "skyops-test", "ünïcödé-net", strings.Repeat("n", 300)} {
		for _, body := range [][]byte{nil, []byte("x"), make([]byte, 1000)} {
			got, err := c.reg.ReceiptDigest(call, network, crypto.Keccak256Hash(body))
			if err != nil {
				t.Fatal(err)
			}
			if want := types.SigningHash(network, kindReceipt, body); common.Hash(got) != want {
				t.Fatalf("network %q: contract digest %x, Go %s", network, got, want)
			}
		}
	}
	// Signature edge cases: V as 27/28 accepted, bad lengths rejected.
	key := newKey(t)
	r := signReceipt(t, "n", []byte("body"), key)
	v27 := append([]byte(nil), r.sig...)
	v27[64] += 27
	for _, tc := range []struct {
		sig  []byte
		want bool
	}{{r.sig, true}, {v27, true}, {r.sig[:64], false}, {append(append([]byte(nil), r.sig...), 0), false}, {highS(r.sig), false}} {
		ok, err := c.reg.VerifyReceipt(call, "n", r.bodyHash, tc.sig, r.executor)
		if err != nil || ok != tc.want {
			t.Fatalf("verifyReceipt(sig %x) = %v, %v; want %v", tc.sig, ok, err, tc.want)
		}
	}
	if ok, _ := c.reg.VerifyReceipt(call, "n", r.bodyHash, r.sig, common.Address{}); ok {
		t.Fatal("zero executor accepted")
	}

	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 7, 16, 33, 100} {
		leaves := make([]common.Hash, n)
		for i := range leaves {
			var h common.Hash
			for j := range h {
				h[j] = byte(rng.UintN(256))
			}
			leaves[i] = h
		}
		tr, err := merkle.Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			i := rng.IntN(n)
			proof := must(tr.Proof(i))
			leaf := leaves[i]
			if rng.IntN(2) == 0 { // half the time, a wrong leaf
				leaf[rng.IntN(32)] ^= 1 << rng.IntN(8)
			}
			got, err := c.reg.VerifyInclusion(call, leaf, hashes(proof), tr.Root())
			if err != nil {
				t.Fatal(err)
			}
			if want := merkle.Verify(leaf, proof, tr.Root()); got != want {
				t.Fatalf("n=%d i=%d: contract %v, Go %v", n, i, got, want)
			}
		}
	}
}
