// Package node is the daemon: it owns the event loop that feeds what the
// network says into sched, carries out what sched decides through p2p, exec
// and ledger, and answers the local API. cmd/skyopsd is a thin main around
// it, and testnet starts many of it in one process for tests.
//
// It must never make a placement decision itself (that is sched's), never
// block its loops on a slow peer, and never leave the data dir half-written
// or held after Close.
package node
