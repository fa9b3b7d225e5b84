// Package wasm runs untrusted WebAssembly jobs (WASI preview 1 commands) on
// wazero. It is the default runtime of a skyops node because it needs nothing
// outside the daemon binary.
//
// A job is a module that exports _start. It sees argv, an environment, a wall
// and monotonic clock, crypto/rand, stdout/stderr, and at most two
// directories: the job's inputs at /inputs (read-only) and its outputs at
// /outputs (read-write). It has no stdin.
//
// What the runtime must never do, whatever the module contains:
//   - give the module any host path beyond the directories mounted for it
//     (no "..", no symlinks: the guest cannot create them and mounted
//     directories that contain them are refused);
//   - give the module a network: no sockets are ever preopened;
//   - let the module run past its Duration or grow its memory past its cap:
//     the context closes the module (loops included), and memory.grow
//     beyond the cap returns -1 to the guest;
//   - allocate from a module's untrusted counts: Validate and Run
//     pre-scan every module (scan.go) so that no count or length can
//     ask for more than the bytes that back it;
//   - let a table grow without bound (table.grow allocates outside the
//     memory cap): Run gives every table a maximum (tables.go);
//   - panic the daemon: a bad module is an error from Validate or Run, and a
//     module that traps, exits non-zero or hits a limit is a Result, not an
//     error.
package wasm
