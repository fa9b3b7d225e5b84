// Package sched is the deterministic core of skyops, a peer's brain: the
// view of live nodes, the jobs it knows and their reducer, placement (the
// filters and scorers every peer ranks by), the claim rule, failure
// detection, measured standings, and this peer's own claims and capacity.
// Every peer fed the same inputs reaches the same answer, so the network
// agrees on where each job runs without a coordinator.
//
// Like etcd's raft library it is a pure state machine with one entry
// point: every input (an advert, an event, the time, a local fact such as
// "my run of J ended" or "I restarted") goes in through Peer.Step, and
// everything the peer must do comes out of Peer.Ready, which the shell
// carries out and accepts with Peer.Advance (step.go; docs/brain.md). The
// daemon and the many-peer simulator are both shells around it, through
// package sched/drive, and add no decision of their own.
//
// It must never do I/O, read a clock, start a goroutine, draw a random
// number, use a float, or let map iteration order reach a result: time
// comes in with the inputs, and every list it returns is sorted.
package sched
