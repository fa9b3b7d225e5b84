// Package sched is the deterministic core of skyops: every peer feeds it the
// same inputs and gets the same answer, so the network agrees on where each
// job runs without a coordinator. Today it holds the view of live nodes that
// placement ranks against; placement, claims and the job reducer join it.
//
// Like etcd's raft library it is a pure state machine. It must never do I/O,
// read a clock, start a goroutine, draw a random number, use a float, or let
// map iteration order reach a result: time comes in as an argument, and every
// list it returns is sorted. The daemon, the golden-file table tests and the
// many-peer simulator all run this same code.
package sched
