// Package testnet starts a private skyops network of N peers on one machine,
// two ways:
//
//   - As OS processes, for developers (process.go, behind
//     `skyops testnet up|down|status`): Up starts N skyopsd processes, each
//     with its own data dir DIR/peer-i, log DIR/peer-i/daemon.log and socket
//     DIR/peer-i/skyopsd.sock, and records them in DIR/testnet.json. The
//     daemons run in their own session so that they outlive the CLI that
//     started them; Down stops exactly the processes the manifest lists.
//   - In-process, for Go tests (inprocess.go): StartInProcess runs the same
//     daemon code (node.Node) inside the test binary, in temporary data dirs
//     and without a build step; Cluster.Close stops the peers and removes
//     the dirs.
//
// Peers get simulated GPUs (go-nvml mock fleets), marked simulated wherever
// they are shown, from DefaultFleets unless the caller chooses: peer i gets
// fleets[i % len(fleets)], so the first len(fleets) peers all differ and a
// larger testnet repeats the cycle.
//
// Two rules hold everywhere in this package: a testnet listens on and dials
// loopback addresses only (it must never reach or announce itself to another
// machine), and no process it started is left running after Down, or after
// an Up that failed part-way.
package testnet
