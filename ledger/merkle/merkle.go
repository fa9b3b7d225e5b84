// Package merkle builds the Merkle trees whose roots a daemon anchors on
// chain, one tree per batch of execution receipts it signed.
//
// The construction matches the SkyopsRegistry contract (contracts/) and
// OpenZeppelin's MerkleProof:
//
//   - a leaf is keccak256(digest), where digest is the receipt's 32-byte
//     signing hash; hashing once more means a leaf (32-byte preimage) can never
//     be mistaken for an inner node (64-byte preimage);
//   - an inner node is keccak256(min(a,b) ‖ max(a,b)): pairs are sorted, so a
//     proof is just the list of sibling hashes, with no left/right bits;
//   - an odd node at the end of a level is promoted to the next level unchanged;
//   - the root of a one-leaf tree is that leaf; an empty tree is an error.
package merkle

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrEmpty is returned by Build for a tree without leaves: there is nothing to
// anchor, and a zero root would be ambiguous.
var ErrEmpty = errors.New("merkle: empty tree")

// Leaf is the leaf of a receipt whose signing digest is digest.
func Leaf(digest common.Hash) common.Hash {
	return crypto.Keccak256Hash(digest[:])
}

// hashPair is the inner node over a and b, in sorted order.
func hashPair(a, b common.Hash) common.Hash {
	return newPairHasher().hash(a, b)
}

// pairHasher hashes pairs with one hasher and one buffer (Build hashes
// thousands of pairs; fresh ones each time were most of its allocations).
type pairHasher struct {
	h   crypto.KeccakState
	buf []byte
}

func newPairHasher() *pairHasher {
	return &pairHasher{h: crypto.NewKeccakState(), buf: make([]byte, 64)}
}

func (p *pairHasher) hash(a, b common.Hash) (out common.Hash) {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	copy(p.buf[:32], a[:])
	copy(p.buf[32:], b[:])
	p.h.Reset()
	p.h.Write(p.buf)
	p.h.Read(p.buf[:32])
	copy(out[:], p.buf[:32])
	return out
}

// Tree is a built tree. It is immutable and safe for concurrent use.
type Tree struct {
	// levels[0] are the leaves, levels[len-1] is the root alone.
	levels [][]common.Hash
}

// Build builds the tree over leaves, in the given order. The slice is copied.
func Build(leaves []common.Hash) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	level := append([]common.Hash(nil), leaves...)
	levels := [][]common.Hash{level}
	h := newPairHasher()
	for len(level) > 1 {
		next := make([]common.Hash, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next[i/2] = h.hash(level[i], level[i+1])
		}
		if len(level)%2 == 1 {
			next[len(next)-1] = level[len(level)-1]
		}
		levels = append(levels, next)
		level = next
	}
	return &Tree{levels: levels}, nil
}

// Root is the tree's root hash.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Leaf returns leaf i.
func (t *Tree) Leaf(i int) common.Hash { return t.levels[0][i] }

// Proof is the list of sibling hashes from leaf i up to the root. Levels where
// the node was promoted without a sibling contribute nothing.
func (t *Tree) Proof(i int) ([]common.Hash, error) {
	if i < 0 || i >= t.Len() {
		return nil, fmt.Errorf("merkle: proof for leaf %d of a %d-leaf tree: index out of range", i, t.Len())
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// Verify reports whether proof proves leaf is in the tree with the given root.
func Verify(leaf common.Hash, proof []common.Hash, root common.Hash) bool {
	node := leaf
	h := newPairHasher()
	for _, p := range proof {
		node = h.hash(node, p)
	}
	return node == root
}
