// wallet.js — the browser wallet (EIP-1193, window.ethereum) and the
// daemon's wallet session.
//
// Connecting is eth_requestAccounts, then a sign-in: the daemon's EIP-712
// challenge signed with eth_signTypedData_v4 and posted to /web/wallet, which
// binds the address to this browser session. The results signature (a
// deterministic signature over a fixed EIP-712 message, from which the daemon
// derives the key that opens the owner's logs and outputs) is asked for once
// and kept in sessionStorage only: it is a key, so it never goes to
// localStorage and never leaves for anywhere but this daemon.

import { web } from './api.js';

/** The user said no in the wallet (EIP-1193 code 4001). */
export class WalletRejected extends Error {
  constructor(what) {
    super(`You rejected the request in your wallet${what ? ` (${what})` : ''}: nothing was sent.`);
    this.name = 'WalletRejected';
    this.code = 4001;
  }
}

/** No EIP-1193 provider in this browser. */
export class NoWallet extends Error {
  constructor() {
    super('No browser wallet found: install an Ethereum wallet extension (e.g. MetaMask) and reload, or use the skyops CLI.');
    this.name = 'NoWallet';
  }
}

const events = new EventTarget();
let address = ''; // the address bound to the daemon session ("" = none)

/** onChange(fn): fn(address) whenever the connected address changes. */
export function onChange(fn) {
  const l = () => fn(address);
  events.addEventListener('change', l);
  return () => events.removeEventListener('change', l);
}

function setAddress(a) {
  const next = a ? a.toLowerCase() : '';
  if (next === address) return;
  address = next;
  events.dispatchEvent(new Event('change'));
}

/** The connected (session-bound) address, lower case, or "". */
export function current() { return address; }

export function provider() {
  return typeof window !== 'undefined' && window.ethereum && typeof window.ethereum.request === 'function' ? window.ethereum : null;
}

/** A wallet request with its errors made readable. */
async function ask(method, params, what) {
  const p = provider();
  if (!p) throw new NoWallet();
  try {
    return await p.request(params ? { method, params } : { method });
  } catch (e) {
    if (e && (e.code === 4001 || e.code === 'ACTION_REJECTED')) throw new WalletRejected(what);
    const msg = (e && (e.message || e.toString())) || 'unknown error';
    throw new Error(`The wallet could not ${what || method}: ${msg}`);
  }
}

/** signTypedData(typedData, from?): eth_signTypedData_v4 by the connected account. */
export async function signTypedData(typedData, what = 'sign', from = address) {
  if (!from) throw new Error('Connect your wallet first (the button at the top right).');
  const json = typeof typedData === 'string' ? typedData : JSON.stringify(typedData);
  return ask('eth_signTypedData_v4', [from, json], what);
}

/** On page load: the address the daemon session already has, if any. */
export async function restore() {
  try {
    const r = await web.wallet();
    setAddress(r && r.address);
  } catch {
    setAddress('');
  }
  const p = provider();
  if (p && typeof p.on === 'function') {
    p.on('accountsChanged', (accts) => {
      // Another account in the wallet is not the one the session is bound
      // to: forget the binding here (the user connects again).
      if (!accts || !accts.length || accts[0].toLowerCase() !== address) setAddress('');
    });
  }
  return address;
}

/** connect(): ask for the account, sign the daemon's challenge, bind the session. */
export async function connect() {
  const accts = await ask('eth_requestAccounts', undefined, 'connect');
  if (!accts || !accts.length) throw new Error('The wallet gave no account.');
  const from = accts[0];
  const { typedData } = await web.challenge();
  const signature = await signTypedData(typedData, 'sign in', from);
  await web.signIn(from, signature);
  setAddress(from);
  return address;
}

export async function disconnect() {
  try { await web.logout(); } finally { setAddress(''); }
}

const sigKey = (a) => `skyops-results-signature:${a}`;

/** resultsSignature(): the connected wallet's results signature, asked for once per browser session. */
export async function resultsSignature() {
  if (!address) throw new Error('Connect the wallet that owns the job first (the button at the top right).');
  const kept = sessionStorage.getItem(sigKey(address));
  if (kept) return kept;
  const { typedData } = await web.resultsKeyTypedData();
  const sig = await signTypedData(typedData, 'open your results');
  sessionStorage.setItem(sigKey(address), sig);
  return sig;
}

/** forgetResultsSignature(): drop a kept signature the daemon refused. */
export function forgetResultsSignature() {
  if (address) sessionStorage.removeItem(sigKey(address));
}
