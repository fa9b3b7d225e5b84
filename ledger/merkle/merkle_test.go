package merkle

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func leaves(n int, seed uint64) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		var b [16]byte
		binary.BigEndian.PutUint64(b[:8], seed)
		binary.BigEndian.PutUint64(b[8:], uint64(i))
		out[i] = Leaf(crypto.Keccak256Hash(b[:]))
	}
	return out
}

func TestEmpty(t *testing.T) {
	if _, err := Build(nil); !errors.Is(err, ErrEmpty) {
		t.Fatalf("Build(nil) = %v, want ErrEmpty", err)
	}
}

func TestLeafIsHashOfDigest(t *testing.T) {
	d := common.HexToHash("0x01")
	if Leaf(d) != crypto.Keccak256Hash(d[:]) {
		t.Fatal("leaf is not keccak256(digest)")
	}
}

func TestSmallTrees(t *testing.T) {
	l := leaves(3, 1)
	one, _ := Build(l[:1])
	if one.Root() != l[0] {
		t.Fatal("root of one leaf is not the leaf")
	}
	two, _ := Build(l[:2])
	if two.Root() != hashPair(l[0], l[1]) || two.Root() != hashPair(l[1], l[0]) {
		t.Fatal("root of two leaves is not the sorted pair hash")
	}
	three, _ := Build(l)
	if three.Root() != hashPair(hashPair(l[0], l[1]), l[2]) {
		t.Fatal("odd leaf is not promoted unchanged")
	}
}

func TestProofsAllSizes(t *testing.T) {
	for n := 1; n <= 33; n++ {
		l := leaves(n, uint64(n))
		tr, err := Build(l)
		if err != nil {
			t.Fatal(err)
		}
		other, _ := Build(leaves(n, uint64(n)+1000))
		for i := range n {
			p, err := tr.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !Verify(l[i], p, tr.Root()) {
				t.Fatalf("n=%d i=%d: valid proof rejected", n, i)
			}
			// Tampered leaf, tampered proof element, other root, truncated proof.
			bad := l[i]
			bad[0] ^= 1
			if Verify(bad, p, tr.Root()) {
				t.Fatalf("n=%d i=%d: tampered leaf accepted", n, i)
			}
			for j := range p {
				q := append([]common.Hash(nil), p...)
				q[j][31] ^= 0x80
				if Verify(l[i], q, tr.Root()) {
					t.Fatalf("n=%d i=%d: tampered proof[%d] accepted", n, i, j)
				}
			}
			if len(p) > 0 && Verify(l[i], p[:len(p)-1], tr.Root()) {
				t.Fatalf("n=%d i=%d: truncated proof accepted", n, i)
			}
			if n > 1 && Verify(l[i], p, other.Root()) {
				t.Fatalf("n=%d i=%d: proof accepted for another root", n, i)
			}
		}
		if _, err := tr.Proof(n); err == nil {
			t.Fatalf("n=%d: proof for out-of-range index", n)
		}
		if _, err := tr.Proof(-1); err == nil {
			t.Fatalf("n=%d: proof for negative index", n)
		}
	}
}

func TestBuildCopiesInput(t *testing.T) {
	l := leaves(4, 7)
	tr, _ := Build(l)
	root := tr.Root()
	l[0] = common.Hash{}
	if tr.Root() != root || tr.Leaf(0) == (common.Hash{}) {
		t.Fatal("tree changed when the caller's slice changed")
	}
}

// FuzzBuildVerify: every proof Build hands out verifies against its root, and
// no proof verifies a leaf that is not in the tree.
func FuzzBuildVerify(f *testing.F) {
	f.Add(uint16(1), uint64(0), uint16(0))
	f.Add(uint16(7), uint64(3), uint16(6))
	f.Add(uint16(300), uint64(9), uint16(255))
	f.Fuzz(func(t *testing.T, n uint16, seed uint64, idx uint16) {
		size := int(n%512) + 1
		l := leaves(size, seed)
		tr, err := Build(l)
		if err != nil {
			t.Fatal(err)
		}
		i := int(idx) % size
		p, err := tr.Proof(i)
		if err != nil {
			t.Fatal(err)
		}
		if !Verify(l[i], p, tr.Root()) {
			t.Fatalf("size %d leaf %d: proof rejected", size, i)
		}
		if Verify(Leaf(crypto.Keccak256Hash(l[i][:])), p, tr.Root()) {
			t.Fatalf("size %d leaf %d: foreign leaf accepted", size, i)
		}
	})
}

func BenchmarkBuild10k(b *testing.B) {
	l := leaves(10000, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(l); err != nil {
			b.Fatal(err)
		}
	}
}
