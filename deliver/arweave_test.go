package deliver

import (
	"bytes"
	"context"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// fakeGateway takes transactions and chunks as an Arweave gateway does,
// checking each transaction's signature and id and reassembling its data
// from the chunks' offsets. (arlocal checks neither; the arlocal test has
// arweave-js check them.)
type fakeGateway struct {
	mu     sync.Mutex
	t      *testing.T
	tx     *txJSON
	chunks map[int64][]byte // by end offset
	price  int
}

func (g *fakeGateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	switch {
	case r.URL.Path == "/tx_anchor":
		w.Write([]byte(strings.Repeat("A", 64)))
	case strings.HasPrefix(r.URL.Path, "/price/"):
		if g.price != 200 && g.price != 0 {
			http.Error(w, "price oracle down", g.price)
			return
		}
		w.Write([]byte("12345"))
	case r.URL.Path == "/tx":
		var tx txJSON
		json.NewDecoder(r.Body).Decode(&tx)
		g.tx = &tx
	case r.URL.Path == "/chunk":
		var c chunkJSON
		json.NewDecoder(r.Body).Decode(&c)
		b, _ := b64.DecodeString(c.Chunk)
		off, _ := strconv.ParseInt(c.Offset, 10, 64)
		g.chunks[off+1] = b
	default:
		http.NotFound(w, r)
	}
}

func (g *fakeGateway) check(t *testing.T, key *rsa.PublicKey, data []byte) {
	t.Helper()
	g.mu.Lock()
	defer g.mu.Unlock()
	tx := g.tx
	owner, _ := b64.DecodeString(tx.Owner)
	if new(big.Int).SetBytes(owner).Cmp(key.N) != 0 {
		t.Fatal("owner is not the key's modulus")
	}
	lastTx, _ := b64.DecodeString(tx.LastTx)
	var tags []Tag
	for _, tg := range tx.Tags {
		n, _ := b64.DecodeString(tg.Name)
		v, _ := b64.DecodeString(tg.Value)
		tags = append(tags, Tag{string(n), string(v)})
	}
	var root [32]byte
	rb, _ := b64.DecodeString(tx.DataRoot)
	copy(root[:], rb)
	size, _ := strconv.ParseInt(tx.DataSize, 10, 64)
	msg := signatureData(owner, lastTx, tags, tx.Reward, size, root)
	h := sha256.Sum256(msg[:])
	sig, _ := b64.DecodeString(tx.Signature)
	if err := rsa.VerifyPSS(key, crypto.SHA256, h[:], sig, &rsa.PSSOptions{SaltLength: 32}); err != nil {
		t.Fatalf("signature: %v", err)
	}
	if id := sha256.Sum256(sig); b64.EncodeToString(id[:]) != tx.ID {
		t.Fatal("id is not SHA-256 of the signature")
	}
	got, _ := b64.DecodeString(tx.Data)
	if len(g.chunks) > 0 {
		got = nil
		for end := int64(0); end < size; {
			var next int64 = -1
			for e := range g.chunks {
				if e > end && (next < 0 || e < next) {
					next = e
				}
			}
			got = append(got, g.chunks[next]...)
			end = next
		}
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("the gateway has %d bytes, %d were posted", len(got), len(data))
	}
}

func TestArweavePostToFakeGateway(t *testing.T) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{0, 100, MaxChunkSize, 5*MaxChunkSize + 1000} {
		g := &fakeGateway{t: t, chunks: map[int64][]byte{}}
		srv := httptest.NewServer(g)
		a, err := NewArweave(srv.URL, WithBodyLimit(1000))
		if err != nil {
			t.Fatal(err)
		}
		data := make([]byte, size)
		rand.Read(data)
		id, err := a.Post(context.Background(), key, bytes.NewReader(data), int64(size), ResultTags("0x1"))
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		if err := ValidTxID(id); err != nil {
			t.Fatal(err)
		}
		g.check(t, &key.PublicKey, data)
		srv.Close()
	}
	// The gateway's refusal comes through with its reason.
	g := &fakeGateway{t: t, chunks: map[int64][]byte{}, price: 503}
	srv := httptest.NewServer(g)
	defer srv.Close()
	a, _ := NewArweave(srv.URL)
	_, err = a.Post(context.Background(), key, bytes.NewReader([]byte("x")), 1, nil)
	if err == nil || !strings.Contains(err.Error(), "price oracle down") || !strings.Contains(err.Error(), "get the price") {
		t.Fatalf("a refused price: %v", err)
	}
}
