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
// A process testnet also runs one dev chain (`skyopsd devchain`) that every
// peer anchors its receipts on, and can be hurt on purpose (chaos.go, behind
// `skyops testnet kill|pause|resume|restart|partition|heal`): Kill, Pause,
// Resume and Restart a peer's daemon, and, on an Isolated testnet (root, on
// Linux), Partition the peers into groups and Heal them. An Isolated
// testnet puts each peer in a network namespace of its own on a private
// 10.x.y.0/24 behind a hub namespace, created and removed by the testnet
// itself, and cuts links with nftables (or iptables) rules inside those
// namespaces only. In-process clusters have Kill and Restart too, and a
// cuttable Proxy in front of their dev chain.
//
// Peers get simulated GPUs (go-nvml mock fleets), marked simulated wherever
// they are shown, from DefaultFleets unless the caller chooses: peer i gets
// fleets[i % len(fleets)], so the first len(fleets) peers all differ and a
// larger testnet repeats the cycle.
//
// Two rules hold everywhere in this package: a testnet listens on and dials
// loopback addresses only, or, isolated, the private addresses of namespaces
// it made (it must never reach or announce itself to another machine), and
// nothing it started or created (processes, namespaces, links) is left
// after Down, or after an Up that failed part-way; it only ever removes
// what its own manifest names.
package testnet
