package deliver

import (
	"crypto/sha512"
	"strconv"
)

// Arweave signs a transaction's fields through its "deep hash" (SHA-384
// over a tree of byte strings, each tagged with its kind and length), so
// that no concatenation of fields can be mistaken for another. This is the
// definition in arweave-js (lib/deepHash.ts) and the Erlang node
// (ar_deep_hash.erl).

// dhItem is a deep-hash input: a blob, or a list of items.
type dhItem struct {
	blob   []byte
	list   []dhItem
	isList bool
}

func dhBlob(b []byte) dhItem        { return dhItem{blob: b} }
func dhString(s string) dhItem      { return dhItem{blob: []byte(s)} }
func dhList(items ...dhItem) dhItem { return dhItem{list: items, isList: true} }

// deepHash is Arweave's deep hash of it (48 bytes).
func deepHash(it dhItem) [48]byte {
	if !it.isList {
		tag := sha512.Sum384([]byte("blob" + strconv.Itoa(len(it.blob))))
		data := sha512.Sum384(it.blob)
		return sha512.Sum384(append(tag[:], data[:]...))
	}
	acc := sha512.Sum384([]byte("list" + strconv.Itoa(len(it.list))))
	for _, c := range it.list {
		h := deepHash(c)
		acc = sha512.Sum384(append(acc[:], h[:]...))
	}
	return acc
}
