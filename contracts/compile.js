// Compiles the contracts with the solc-js pinned in package-lock.json and
// writes build/<Name>.{abi,bin} for each. Imports resolve from the
// sources given here (the contracts' own bases) and from node_modules
// (OpenZeppelin's contracts, pinned there too). Called by build.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const names = ['SkyopsRegistry', 'SkyopsToken', 'SkyopsEscrow', 'SkyopsParams', 'SkyopsTimelock'];
// Abstract bases the contracts above inherit (EscrowAccounts: SkyopsEscrow's
// owners' accounts): compiled as their imports, no artifact of their own.
const baseNames = ['EscrowAccounts'];
// Contracts only tests deploy (hostile callers), in test/.
const testNames = ['ReentrantOwner'];
const sources = {};
for (const name of names.concat(baseNames)) {
  sources[name + '.sol'] = { content: fs.readFileSync(path.join(__dirname, name + '.sol'), 'utf8') };
}
for (const name of testNames) {
  sources['test/' + name + '.sol'] = { content: fs.readFileSync(path.join(__dirname, 'test', name + '.sol'), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    // cancun: supported by every current client and L2; nothing here needs newer opcodes.
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 10000 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
function findImports(p) {
  const file = path.join(__dirname, 'node_modules', p);
  if (!file.startsWith(path.join(__dirname, 'node_modules') + path.sep)) return { error: 'import outside node_modules: ' + p };
  try {
    return { contents: fs.readFileSync(file, 'utf8') };
  } catch (e) {
    return { error: 'import ' + p + ': ' + e.message + ' (npm ci in contracts/)' };
  }
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
const dir = path.join(__dirname, 'build');
fs.mkdirSync(dir, { recursive: true });
for (const name of names) {
  const c = out.contracts[name + '.sol'][name];
  fs.writeFileSync(path.join(dir, name + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(dir, name + '.bin'), c.evm.bytecode.object + '\n');
}
for (const name of testNames) {
  const c = out.contracts['test/' + name + '.sol'][name];
  fs.mkdirSync(path.join(dir, 'test'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'test', name + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(dir, 'test', name + '.bin'), c.evm.bytecode.object + '\n');
}
process.stdout.write('compiled ' + names.concat(testNames).join(', ') + ' with solc ' + solc.version() + '\n');
