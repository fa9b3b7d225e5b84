// check.js reads skyops' contracts with ethers.js, knowing nothing of
// skyops but the standard ERC-20 interface and the escrow's published view
// functions: what any wallet, explorer or script would see. It prints one
// JSON object; ledger/chain's TestEthersReadsTokenAndEscrow compares it with
// what the Go client reads.
//
//   npm ci && node check.js RPC_URL ESCROW OWNER
'use strict';
const { ethers } = require('ethers');

const ERC20 = [
  'function name() view returns (string)',
  'function symbol() view returns (string)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
  'function balanceOf(address) view returns (uint256)',
  'function allowance(address,address) view returns (uint256)',
  'event Transfer(address indexed from, address indexed to, uint256 value)',
];
const ESCROW = [
  'function skyops() view returns (address)',
  'function registry() view returns (address)',
  'function withdrawDelay() view returns (uint256)',
  'function ETH() view returns (address)',
  'function accountOf(address owner, address token) view returns (uint256 balance, uint256 withdrawing, uint256 withdrawableAt)',
];

async function main() {
  const [url, escrowAddr, owner] = process.argv.slice(2);
  if (!url || !ethers.isAddress(escrowAddr || '') || !ethers.isAddress(owner || '')) {
    console.error('usage: node check.js RPC_URL ESCROW OWNER');
    process.exit(2);
  }
  const provider = new ethers.JsonRpcProvider(url, undefined, { staticNetwork: true });
  const escrow = new ethers.Contract(escrowAddr, ESCROW, provider);
  const tokenAddr = await escrow.skyops();
  const token = new ethers.Contract(tokenAddr, ERC20, provider);
  const eth = await escrow.accountOf(owner, await escrow.ETH());
  const sky = await escrow.accountOf(owner, tokenAddr);
  const transfers = await token.queryFilter(token.filters.Transfer(null, owner));
  const out = {
    chainId: (await provider.getNetwork()).chainId.toString(),
    token: {
      address: tokenAddr,
      name: await token.name(),
      symbol: await token.symbol(),
      decimals: Number(await token.decimals()),
      totalSupply: (await token.totalSupply()).toString(),
      ownerBalance: (await token.balanceOf(owner)).toString(),
      escrowBalance: (await token.balanceOf(escrowAddr)).toString(),
      allowanceToEscrow: (await token.allowance(owner, escrowAddr)).toString(),
      transfersToOwner: transfers.length,
    },
    escrow: {
      registry: await escrow.registry(),
      withdrawDelay: (await escrow.withdrawDelay()).toString(),
      eth: { balance: eth.balance.toString(), withdrawing: eth.withdrawing.toString(), withdrawableAt: eth.withdrawableAt.toString() },
      skyops: { balance: sky.balance.toString(), withdrawing: sky.withdrawing.toString(), withdrawableAt: sky.withdrawableAt.toString() },
      ethHeld: (await provider.getBalance(escrowAddr)).toString(),
    },
  };
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e.shortMessage || e.message);
  process.exit(1);
});
