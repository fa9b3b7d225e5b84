// Package sim is a discrete-event simulator of a skyops network. Each
// simulated peer runs the real scheduling brain, a sched.Peer, driven the way
// node/jobs.go drives it (step → claim/start/stop), on a virtual clock: the
// placement rule, the reducer and the simulator are the same code
// (DESIGN.md, invariant 6). Only the world around the brain is modelled.
package sim
