// Verifies a transaction (JSON on stdin, as GET /tx/{id} answers) with
// arweave-js: its signature over the deep hash, and its id. arlocal itself
// checks neither, so deliver's end-to-end test asks arweave-js.
const Arweave = require('arweave');
const Transaction = require('arweave/node/lib/transaction').default;
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const arweave = Arweave.init({});
  const tx = new Transaction(JSON.parse(input));
  const ok = await arweave.transactions.verify(tx);
  console.log(ok ? 'valid' : 'INVALID');
  process.exit(ok ? 0 : 1);
});
