// Package deliver puts a job's sealed result where its owner keeps things:
// the owner's kubo (IPFS) node, through its RPC API, or Arweave, as a
// transaction signed with the owner's Arweave key and posted to a gateway;
// and fetches it back from there. It also defines the delivery record a
// home daemon keeps (where a result went) and how the owner signs it.
//
// It must never see a plaintext result or a wallet key that decrypts one:
// it moves the bytes exactly as sealed to the owner (ECIES), so a gateway,
// a pinning node or anyone reading the permaweb sees ciphertext only. The
// one key it handles is the Arweave key that pays for storage; that key is
// never logged, never sent anywhere (only signatures made with it), and
// never written by this package.
//
// Results are streamed from an io.ReaderAt (a file) and never held whole in
// memory: kubo gets a streamed multipart body, Arweave gets 256 KiB chunks.
package deliver
