// Package types holds the domain objects that peers exchange and keep — today
// the capacity advert, later the job spec, claim, event and receipt — with
// their one canonical encoding (RLP), their hash (keccak-256) and their
// secp256k1 signature.
//
// Every other package imports this one; it imports no other skyops package.
// It must never do I/O, keep state, or accept an object it cannot prove well
// formed: decoders reject unknown versions, oversize input, trailing bytes,
// non-canonical encodings and malleable signatures.
package types
