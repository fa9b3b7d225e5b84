// check.js signs EIP-712 typed data with MetaMask's @metamask/eth-sig-util
// (what eth_signTypedData_v4 runs in the extension) and prints the digest,
// the signature and the address it recovers to, so that skyops' golden
// vectors (types/*_test.go) can be checked against it by hand. It is not
// part of the build or of make test: it needs the package from npm.
//
//   npm install @metamask/eth-sig-util@9.0.0
//   node check.js KEYHEX typed-data.json [more.json...]
'use strict';
const fs = require('fs');
const { TypedDataUtils, signTypedData, recoverTypedSignature, SignTypedDataVersion } = require('@metamask/eth-sig-util');

const [keyHex, ...files] = process.argv.slice(2);
if (!keyHex || files.length === 0) {
  console.error('usage: node check.js KEYHEX typed-data.json...');
  process.exit(2);
}
const privateKey = Buffer.from(keyHex.replace(/^0x/, ''), 'hex');
const version = SignTypedDataVersion.V4;
for (const f of files) {
  const data = JSON.parse(fs.readFileSync(f, 'utf8'));
  const digest = '0x' + Buffer.from(TypedDataUtils.eip712Hash(data, version)).toString('hex');
  const signature = signTypedData({ privateKey, data, version });
  const address = recoverTypedSignature({ data, signature, version });
  console.log(JSON.stringify({ file: f, digest, signature, address }));
}
