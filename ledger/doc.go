// Package ledger is a daemon's durable local record, kept in badger under
// its data dir: today the node's own bookkeeping (the advert sequence
// high-water mark, the peers it has known); later jobs, events, logs,
// telemetry and receipts, and the chain anchoring of those receipts.
//
// Every write that acknowledges something is synced before it returns, and
// no write goes to a disk below the data dir's free-space floor (Space:
// badger's memory-mapped files would turn a full disk into SIGBUS). It
// must never hold a key a user owns, and never be opened by two daemons at
// once: badger's directory lock refuses the second, and Open says so.
package ledger
