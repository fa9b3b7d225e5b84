// Prints the deep-hash and data-root vectors of deliver/vectors_test.go (node vectors.js, after npm ci).
const Arweave = require('arweave');
const deepHash = require('arweave/node/lib/deepHash').default;
const merkle = require('arweave/node/lib/merkle');
const b64 = (b) => Buffer.from(b).toString('base64url');
function data(n) { const b = new Uint8Array(n); for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 255; return b; }
(async () => {
  const enc = (s) => new TextEncoder().encode(s);
  const dh = await deepHash([enc("2"), data(10), new Uint8Array(0), enc("0"), [[enc("a"), enc("b")], [enc("Content-Type"), enc("x")]], []]);
  console.log("deephash", b64(dh));
  console.log("deephash-blob", b64(await deepHash(data(1000))));
  for (const n of [1, 1000, 262144, 262145, 262144 + 32767, 262144 + 32768, 600000, 524288, 1048576 + 12345]) {
    const c = await merkle.generateTransactionChunks(data(n));
    console.log("root", n, b64(c.data_root), c.chunks.length, b64(await require('crypto').createHash('sha256').update(Buffer.concat(c.proofs.map(p => Buffer.from(p.proof)))).digest()));
  }
})();
