// Package content is the network's bulk data (job artifacts, inputs,
// outputs) as IPFS objects: a stream is imported into a UnixFS DAG exactly
// as `ipfs add --cid-version 1` builds it (256 KiB chunks, raw leaves,
// balanced layout, dag-pb nodes, CIDv1 sha2-256), its blocks live in the
// node's badger store under "blocks/", and peers exchange them with
// bitswap, finding each other through the network's kad-DHT.
//
// What it must never do: hold a whole object in memory (everything moves
// block by block, so a 1 GiB output costs a few MiB of heap), and hand a
// caller a byte that has not been checked against its block's hash (peers
// are untrusted, and so is the disk: every block read is re-hashed).
package content
