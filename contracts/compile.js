// Compiles SkyopsRegistry.sol with the solc-js pinned in package-lock.json and
// writes build/SkyopsRegistry.{abi,bin}. Called by build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const name = 'SkyopsRegistry';
const src = fs.readFileSync(path.join(__dirname, name + '.sol'), 'utf8');
const input = {
  language: 'Solidity',
  sources: { [name + '.sol']: { content: src } },
  settings: {
    // cancun: supported by every current client and L2; nothing here needs newer opcodes.
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 10000 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
const c = out.contracts[name + '.sol'][name];
const dir = path.join(__dirname, 'build');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, name + '.abi'), JSON.stringify(c.abi) + '\n');
fs.writeFileSync(path.join(dir, name + '.bin'), c.evm.bytecode.object + '\n');
process.stdout.write('compiled ' + name + ' with solc ' + solc.version() + '\n');
