// pages/explorer.js — #/explorer[/<query>]: search by job id (or a prefix of
// at least 6 hex digits), owner address, node peer id or CID, and see what the
// daemon holds of it: a job's receipts (batch root, block, transaction) with a
// Verify button (GET /v1/jobs/{id}/verify, the checks `skyops verify` runs),
// an owner's jobs and bill, a node's advert, jobs and (for this daemon) its
// earnings, a CID's holders. Every figure is the daemon's.

import { api } from '../api.js';
import { clear, fmtMiB, fmtTime, h, idText, isAddress, isCid, isJobPrefix, isPeerId, notice, row, simBadge, stateBadge, table } from '../dom.js';

const NODE_SCAN = 500; // how many of the newest jobs a node's history looks through

export async function mount(root, route, ctx) {
  const q = (route.arg || '').trim();
  const input = h('input', {
    id: 'explorer-search', type: 'search', name: 'q', value: q, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'job id 0x…, address 0x…, node id 16Uiu2…/12D3Koo…, or CID bafy…', 'aria-label': 'Search',
  });
  const form = h('form', { id: 'explorer-form', class: 'search', role: 'search' },
    input, h('button', { id: 'explorer-submit', type: 'submit', class: 'btn primary' }, 'Search'));
  const result = h('div', { id: 'explorer-result', 'data-kind': '' });
  clear(root, h('div', { class: 'page-head' }, h('h1', null, 'Explorer')), form, result);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    location.hash = v ? `#/explorer/${encodeURIComponent(v)}` : '#/explorer';
  });
  if (!q) {
    result.append(h('p', { class: 'muted' }, 'Search for a job to see its receipts and verify them, an address for its jobs and bill, a node for its history and earnings, or a CID.'));
    await recent(result, ctx);
    return;
  }
  try {
    if (isAddress(q)) await showAddress(result, q, ctx);
    else if (isJobPrefix(q)) await showJob(result, q, ctx);
    else if (isPeerId(q)) await showNode(result, q, ctx);
    else if (isCid(q)) await showCid(result, q.replace(/^ipfs:\/\//, ''), ctx);
    else {
      result.dataset.kind = 'unknown';
      result.append(notice('error', `“${q}” is not a job id (0x and 64 hex digits, or a prefix of at least 6), an address (0x and 40 hex digits), a node id (16Uiu2… or 12D3Koo…) or a CID (bafy…).`));
    }
  } catch (e) {
    if (e.name === 'AbortError') return;
    result.append(notice('error', h('span', { id: 'page-error' }, e.message)));
  }
}

async function recent(result, ctx) {
  const jobs = await api.jobs({ limit: 10 }, { signal: ctx.signal }).catch(() => []);
  if (!jobs.length) return;
  const cols = ['Recent job', 'State', 'Owner', 'Finished'];
  result.append(h('h2', null, 'Recent jobs'), table('explorer-recent', cols, jobs.map((j) => row(cols, [
    h('a', { href: `#/explorer/${j.id}` }, idText(j.id, { head: 10, tail: 4 })), stateBadge(j.state), idText(j.owner), fmtTime(j.finishedAt),
  ]))));
}

// --- a job: receipts and verification -------------------------------------

const RCOLS = ['Attempt', 'Outcome', 'Executor', 'GPUs', 'Cost', 'Anchored', 'Batch root', 'Block', 'Transaction'];

async function showJob(result, q, ctx) {
  result.dataset.kind = 'job';
  const job = await api.job(q, { signal: ctx.signal });
  result.append(h('section', { class: 'card' },
    h('h2', null, 'Job ', h('a', { href: `#/jobs/${job.id}` }, idText(job.id, { full: true }))),
    h('p', null, stateBadge(job.state), ' owner ', h('a', { href: `#/explorer/${job.owner}` }, idText(job.owner)),
      job.node ? [' · executor ', h('a', { href: `#/explorer/${job.node}` }, idText(job.node))] : null,
      job.outputCid ? [' · output ', h('a', { href: `#/explorer/${job.outputCid}` }, idText(job.outputCid))] : null)));

  const recBox = h('section', { class: 'card' }, h('h2', null, 'Receipts'));
  result.append(recBox);
  const receipts = await api.receipts(job.id, { signal: ctx.signal });
  if (!receipts || !receipts.length) {
    recBox.append(h('p', { class: 'muted', id: 'receipts-empty' }, 'No receipt yet: an executor signs one when an attempt ends.'));
    return;
  }
  recBox.append(table('receipts-table', RCOLS, receipts.map((r) => row(RCOLS, [
    String(r.attempt), stateBadge(r.outcome), h('code', { class: 'id', title: r.executor }, idText(r.executor)),
    r.gpus ? `${r.gpuModel || ''} × ${r.gpus}` : 'CPU',
    cost(r),
    r.anchored ? 'yes' : 'not yet',
    r.root ? idText(r.root, { head: 10, tail: 6 }) : '—',
    r.block ? String(r.block) : '—',
    r.txHash ? idText(r.txHash, { head: 10, tail: 6 }) : '—',
  ], { 'data-attempt': r.attempt, 'data-anchored': r.anchored ? 'true' : 'false' }))));

  // The bundle as `skyops verify --receipt FILE` takes it.
  const save = h('button', { type: 'button', class: 'btn', id: 'receipts-save' }, 'Save receipts (JSON)');
  save.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(receipts, null, 2)], { type: 'application/json' }));
    const a = h('a', { href: url, download: `${job.id.slice(0, 12)}-receipts.json`, class: 'hidden' });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  });
  const verifyBtn = h('button', { type: 'button', class: 'btn primary', id: 'verify-button' }, 'Verify');
  const verifyOut = h('div', { id: 'verify-result', 'aria-live': 'polite' });
  recBox.append(h('div', { class: 'actions' }, verifyBtn, save), verifyOut);
  verifyBtn.addEventListener('click', async () => {
    verifyBtn.disabled = true;
    verifyOut.removeAttribute('data-valid');
    clear(verifyOut, h('p', { class: 'muted' }, 'Checking signature, claim, events, proof and anchor…'));
    try {
      const vs = await api.verify(job.id);
      const valid = vs.length > 0 && vs.every((v) => v.valid);
      verifyOut.dataset.valid = valid ? 'true' : 'false';
      clear(verifyOut, vs.map((v) => h('div', { class: `verify ${v.valid ? 'ok' : 'bad'}`, 'data-attempt': v.attempt, 'data-valid': v.valid ? 'true' : 'false' },
        h('h3', null, `Attempt ${v.attempt}: `, v.valid ? 'valid' : 'NOT valid'),
        h('p', { class: 'muted' }, 'signer ', idText(v.signer), v.root ? [' · root ', idText(v.root)] : null,
          v.block ? ` · block ${v.block}` : null, v.txHash ? [' · tx ', idText(v.txHash)] : null,
          v.contract ? [' · contract ', idText(v.contract)] : null),
        h('ul', { class: 'checks' }, (v.checks || []).map((c) => h('li', {
          'data-check': c.name, 'data-ok': c.ok ? 'true' : 'false', 'data-skipped': c.skipped ? 'true' : 'false',
          class: c.skipped ? 'skipped' : c.ok ? 'ok' : 'bad',
        }, h('span', { class: 'mark', 'aria-hidden': 'true' }, c.skipped ? '–' : c.ok ? '✓' : '✗'), ' ', h('strong', null, c.name),
        c.skipped ? ' skipped' : c.ok ? ' ok' : ' failed', c.reason ? `: ${c.reason}` : ''))))));
    } catch (e) {
      verifyOut.dataset.valid = 'false';
      clear(verifyOut, notice('error', e.message));
    } finally {
      verifyBtn.disabled = false;
    }
  });
}

// --- an address: its jobs and bill ---------------------------------------

async function showAddress(result, addr, ctx) {
  result.dataset.kind = 'address';
  const jobsBox = h('section', { class: 'card', id: 'explorer-owner-jobs' }, h('h2', null, 'Jobs signed by ', idText(addr, { full: true })));
  const billBox = h('section', { class: 'card', id: 'explorer-bill' }, h('h2', null, 'Bill'));
  result.append(jobsBox, billBox);
  const [jobs, bill] = await Promise.all([
    api.jobs({ owner: addr, limit: 20 }, { signal: ctx.signal }),
    api.bill(addr, { signal: ctx.signal }).catch((e) => ({ error: e })),
  ]);
  const cols = ['Job', 'State', 'Submitted'];
  jobsBox.append(jobs.length ? table('explorer-owner-jobs-table', cols, jobs.map((j) => row(cols, [
    h('a', { href: `#/explorer/${j.id}` }, idText(j.id, { head: 10, tail: 4 })), stateBadge(j.state), fmtTime(j.submittedAt)]))) : h('p', { class: 'muted' }, 'No jobs.'),
  h('p', null, h('a', { href: `#/jobs?owner=${addr}` }, 'All of them, page by page')));
  statement(billBox, bill);
  if (ctx.identity && ctx.identity.address && ctx.identity.address.toLowerCase() === addr.toLowerCase()) {
    const earn = h('section', { class: 'card', id: 'explorer-earnings' }, h('h2', null, 'Earnings of this daemon'));
    result.append(earn);
    statement(earn, await api.earnings({ signal: ctx.signal }).catch((e) => ({ error: e })));
  }
}

// cost is a receipt's or a statement line's cost in its job's payment token.
function cost(r) {
  return r.token === 'SKYOPS' ? `${r.costSKYOPS} SKYOPS` : `${r.costETH} ETH`;
}

// settled is a statement line's settlement at the escrow: the paying
// transaction once the executor's redemption is mined, else its claim's
// state (pending in its dispute window, voided, none to pay), else —.
function settled(l) {
  if (l.settled) return h('span', { title: l.txHash }, 'paid ', idText(l.txHash, { head: 10, tail: 6 }));
  return l.settlement || '—';
}

function statement(box, st) {
  if (st.error) { box.append(notice('error', st.error.message)); return; }
  box.append(h('p', { class: 'total' }, `Total ${st.totalETH} ETH and ${st.totalSKYOPS} SKYOPS, ${st.lines.length} receipt(s)`));
  const cols = ['Job', 'Attempt', 'Ended', 'Outcome', 'Billed', 'Cost', 'Anchored', 'Settled'];
  const lines = st.lines.slice(-100).reverse();
  if (lines.length) {
    box.append(table(`${box.id}-lines`, cols, lines.map((l) => row(cols, [
      h('a', { href: `#/explorer/${l.job}` }, idText(l.job, { head: 10, tail: 4 })), String(l.attempt), fmtTime(l.end), stateBadge(l.outcome),
      l.gpus ? `${l.gpuModel || ''} × ${l.gpus}` : `CPU × ${l.cores || 1}`, cost(l), l.anchored ? 'yes' : 'no', settled(l)],
    { 'data-settled': l.settled ? 'true' : 'false' }))));
    if (st.lines.length > lines.length) box.append(h('p', { class: 'muted' }, `The latest ${lines.length} of ${st.lines.length} lines.`));
  }
}

// --- a node: advert, history, earnings ------------------------------------

async function showNode(result, id, ctx) {
  result.dataset.kind = 'node';
  const [nodes, jobs] = await Promise.all([
    api.nodes({ signal: ctx.signal }),
    api.jobs({ limit: NODE_SCAN }, { signal: ctx.signal }).catch(() => []),
  ]);
  const n = (nodes || []).find((x) => x.id === id);
  const box = h('section', { class: 'card', id: 'explorer-node' }, h('h2', null, 'Node ', idText(id, { full: true })));
  result.append(box);
  if (!n) box.append(notice('info', 'This node is not in the daemon’s view now (no advert within its TTL).'));
  else {
    box.append(h('dl', { class: 'facts' },
      h('dt', null, 'Address'), h('dd', null, h('a', { href: `#/explorer/${n.address}` }, idText(n.address, { full: true }))),
      h('dt', null, 'GPUs'), h('dd', null, (n.gpus || []).length ? n.gpus.map((g) => h('div', null, `${g.model} × ${g.total} (${g.free} free, ${fmtMiB(g.memoryMiB)})`, g.simulated ? [' ', simBadge()] : null)) : 'none'),
      h('dt', null, 'Region'), h('dd', null, n.region || '—'),
      h('dt', null, 'Reputation'), h('dd', null, String(n.reputation)),
      h('dt', null, 'Uptime'), h('dd', null, `${n.uptimePct}%`),
      h('dt', null, 'Price'), h('dd', null, `${n.priceETH} ETH / GPU-hour`),
      h('dt', null, 'Bond'), h('dd', null, n.bondRequired ? (n.bonded ? 'bonded' : 'not bonded') : 'not required'),
      h('dt', null, 'Running'), h('dd', null, (n.jobs || []).length ? n.jobs.map((j) => h('div', null, h('a', { href: `#/jobs/${j}` }, idText(j)))) : 'nothing'),
      h('dt', null, 'Agent'), h('dd', null, n.agent || '—'),
      h('dt', null, 'Last seen'), h('dd', null, fmtTime(n.lastSeen))));
  }
  const ran = (jobs || []).filter((j) => j.node === id || (j.history || []).some((a) => a.node === id));
  const cols = ['Job', 'State', 'Owner', 'Finished'];
  result.append(h('section', { class: 'card', id: 'explorer-node-jobs' }, h('h2', null, 'History'),
    h('p', { class: 'muted' }, `Jobs this node ran or claimed, among the newest ${NODE_SCAN} the daemon knows.`),
    ran.length ? table('explorer-node-jobs-table', cols, ran.map((j) => row(cols, [
      h('a', { href: `#/explorer/${j.id}` }, idText(j.id, { head: 10, tail: 4 })), stateBadge(j.state), idText(j.owner), fmtTime(j.finishedAt)]))) : h('p', null, 'None.')));
  if (ctx.identity && ctx.identity.id === id) {
    const earn = h('section', { class: 'card', id: 'explorer-earnings' }, h('h2', null, 'Earnings'));
    result.append(earn);
    statement(earn, await api.earnings({ signal: ctx.signal }).catch((e) => ({ error: e })));
  } else {
    result.append(h('p', { class: 'muted' }, 'A node’s earnings are shown by its own daemon (skyops earnings there); the receipts of each job above name what it was paid.'));
  }
}

// --- a CID ------------------------------------------------------------------

async function showCid(result, cid, ctx) {
  result.dataset.kind = 'cid';
  const [held, nodes] = await Promise.all([
    api.content({ signal: ctx.signal }).catch(() => []),
    api.nodes({ signal: ctx.signal }).catch(() => []),
  ]);
  const here = (held || []).find((c) => c.cid === cid);
  const holders = (nodes || []).filter((n) => (n.datasets || []).includes(cid));
  result.append(h('section', { class: 'card', id: 'explorer-cid' }, h('h2', null, 'Content ', idText(cid, { full: true })),
    h('p', null, here ? `This daemon holds it whole (${here.size} bytes).` : 'This daemon does not hold it whole; a download fetches it from the peers that provide it.'),
    holders.length ? [h('p', null, 'Advertised by:'), h('ul', null, holders.map((n) => h('li', null, h('a', { href: `#/explorer/${n.id}` }, idText(n.id)))))]
      : h('p', { class: 'muted' }, 'No node in view lists it in its advert.'),
    h('p', null, h('a', { class: 'btn', href: api.contentURL(cid), download: cid }, 'Download'),
      ' ', h('a', { class: 'btn', href: `${api.contentURL(cid)}?format=car`, download: `${cid}.car` }, 'Download as CAR')),
    h('p', { class: 'muted' }, 'A job’s output is sealed to its owner: open it from the job page with the owner’s wallet.')));
}
