// Package p2p is the daemon's network: the libp2p host (TCP and QUIC, Noise
// and TLS, a connection manager and a resource manager with deliberate
// limits), the Kademlia DHT under skyops' own protocol prefix, the gossip
// topics with their validators, and, later, the streams that move bulk data.
//
// Everything is namespaced by a network id: topic names, the DHT protocol,
// the identify protocol version and every signature, so a private testnet
// and a public network never mix. It must never forward or hand up anything
// its validator has not accepted, never join the public IPFS DHT, and never
// crash on what a peer sends.
package p2p
