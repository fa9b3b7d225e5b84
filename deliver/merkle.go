package deliver

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
)

// Arweave's data root: the data is cut into chunks of at most 256 KiB, and
// the root of a Merkle tree over them (each leaf binds a chunk's SHA-256
// to the offset where it ends) is signed into the transaction. Each chunk
// is then uploaded with its path from the root, which the gateway checks.
// The chunking and hashing follow arweave-js (lib/merkle.ts) exactly: the
// gateway recomputes the root, and any difference rejects every chunk.

const (
	// MaxChunkSize is the largest chunk Arweave takes.
	MaxChunkSize = 256 * 1024
	// minChunkSize: a last chunk would be smaller than this, so the last
	// two are split evenly instead (arweave-js does the same).
	minChunkSize = 32 * 1024
	noteSize     = 32
)

// chunkSpan is one chunk: bytes [Min, Max) of the data, and their SHA-256.
type chunkSpan struct {
	Min, Max int64
	Hash     [32]byte
}

// chunkBounds cuts size bytes into Arweave's chunks (offsets only: they
// depend on nothing but the size). Like arweave-js, data that is a whole
// number of full chunks ends with an empty chunk, which is part of the
// tree but never uploaded.
func chunkBounds(size int64) []chunkSpan {
	var out []chunkSpan
	var cursor int64
	rest := size
	for rest >= MaxChunkSize {
		n := int64(MaxChunkSize)
		if next := rest - MaxChunkSize; next > 0 && next < minChunkSize {
			n = (rest + 1) / 2 // Math.ceil(rest / 2)
		}
		out = append(out, chunkSpan{Min: cursor, Max: cursor + n})
		cursor += n
		rest -= n
	}
	return append(out, chunkSpan{Min: cursor, Max: cursor + rest})
}

// merkleNode is a leaf (a chunk) or a branch of the data tree.
type merkleNode struct {
	id          [32]byte
	maxByte     int64 // the end of the last byte under this node
	byteRange   int64 // a branch: the end of its left side
	dataHash    [32]byte
	left, right *merkleNode
}

func sha(parts ...[]byte) [32]byte {
	h := sha256.New()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// note is an offset as Arweave puts it in the tree: 32 bytes, big-endian.
func note(v int64) []byte {
	b := make([]byte, noteSize)
	binary.BigEndian.PutUint64(b[noteSize-8:], uint64(v))
	return b
}

func leaf(c chunkSpan) *merkleNode {
	dh, off := sha(c.Hash[:]), sha(note(c.Max))
	return &merkleNode{id: sha(dh[:], off[:]), maxByte: c.Max, dataHash: c.Hash}
}

func branch(l, r *merkleNode) *merkleNode {
	if r == nil {
		return l
	}
	a, b, c := sha(l.id[:]), sha(r.id[:]), sha(note(l.maxByte))
	return &merkleNode{id: sha(a[:], b[:], c[:]), maxByte: r.maxByte, byteRange: l.maxByte, left: l, right: r}
}

func buildTree(chunks []chunkSpan) *merkleNode {
	layer := make([]*merkleNode, len(chunks))
	for i, c := range chunks {
		layer[i] = leaf(c)
	}
	for len(layer) > 1 {
		next := make([]*merkleNode, 0, (len(layer)+1)/2)
		for i := 0; i < len(layer); i += 2 {
			var r *merkleNode
			if i+1 < len(layer) {
				r = layer[i+1]
			}
			next = append(next, branch(layer[i], r))
		}
		layer = next
	}
	return layer[0]
}

// proofs returns each leaf's data path (root to leaf), in chunk order.
func proofs(root *merkleNode) [][]byte {
	var out [][]byte
	var walk func(n *merkleNode, path []byte)
	walk = func(n *merkleNode, path []byte) {
		if n.left == nil {
			p := append(append(append([]byte{}, path...), n.dataHash[:]...), note(n.maxByte)...)
			out = append(out, p)
			return
		}
		p := append(append(append(append([]byte{}, path...), n.left.id[:]...), n.right.id[:]...), note(n.byteRange)...)
		walk(n.left, p)
		walk(n.right, p)
	}
	walk(root, nil)
	return out
}

// dataTree is what a transaction needs of its data: the root, and each
// chunk with its proof for the upload.
type dataTree struct {
	Size   int64
	Root   [32]byte
	Chunks []chunkSpan
	Proofs [][]byte
}

// buildDataTree hashes size bytes of r chunk by chunk (one chunk in memory
// at a time) and builds the tree.
func buildDataTree(r io.ReaderAt, size int64) (*dataTree, error) {
	chunks := chunkBounds(size)
	buf := make([]byte, MaxChunkSize)
	for i := range chunks {
		c := &chunks[i]
		b := buf[:c.Max-c.Min]
		if _, err := io.ReadFull(io.NewSectionReader(r, c.Min, int64(len(b))), b); err != nil {
			return nil, fmt.Errorf("read bytes %d..%d of the data: %w", c.Min, c.Max, err)
		}
		c.Hash = sha256.Sum256(b)
	}
	root := buildTree(chunks)
	return &dataTree{Size: size, Root: root.id, Chunks: chunks, Proofs: proofs(root)}, nil
}
