// app.js — the skyops dashboard: a single page the daemon embeds and serves
// at / (assets under /assets/). Hash routes:
//   #/network (default), #/jobs[?state=S&all=1], #/jobs/<id>[?workflow=<id>], #/workflows[?all=1],
//   #/workflows/<id>[?job=J&state=S], #/explorer[/<query>], #/submit
// It shows only what the daemon's API answers (nothing is computed only
// here), puts API strings on the page as text (never HTML), and works under
// the daemon's CSP: no inline script or style, no eval, no other origin.
//
// Stable hooks for browser tests (ids unless marked [testid] = data-testid):
//   header:   #nav-network #nav-jobs #nav-workflows #nav-explorer #nav-submit, #wallet-button (text "Connect wallet" /
//             "Disconnect"), #wallet-address (data-address = connected address, lower case, "" when none),
//             #wallet-error (wallet messages), #live-status (data-live="true" while the event stream is open),
//             #daemon-id, #auth-banner (shown when the session is missing: "open the link skyops dashboard --print prints")
//   any page: #app (the page root, data-page = network|jobs|job|workflows|workflow|explorer|submit, data-ready="true" once loaded;
//             on the job page data-rendered-at = Date.now() of the latest render, for event-to-page latency),
//             #page-error (an API error's message)
//   network:  #network-summary, #nodes-table (tbody tr[data-node-id], data-simulated="true|false"),
//             [testid] simulated-badge, #nodes-updated (data-updated = ISO time of the last refresh)
//   jobs:     #jobs-scope (select: mine|all), #jobs-state-filter (select), #jobs-table (tbody tr[data-job-id][data-state]),
//             #jobs-prev, #jobs-next (buttons), #jobs-page (page number), #jobs-empty
//   job:      #job-id, #job-state (data-state), #job-progress (<progress>, value 0..1; data-progress), #job-progress-text,
//             #job-remaining, #job-placement, #job-error, #job-history (tbody tr[data-attempt][data-outcome]),
//             #job-events, #telemetry-chart (container, data-samples = readings held), with SVGs
//             #chart-util #chart-mem #chart-power #chart-temp ([testid] same; data-points, data-simulated),
//             [testid] chart-simulated, #telemetry-simulated, #telemetry-note, #job-output-cid, #download-button, #download-status,
//             #logs-button ("Show logs"/"Hide logs"), #job-logs (<pre>, data-updated), #logs-status (class text-error
//             on a refusal), #cancel-button, #cancel-status (data-state = working|done|rejected|error),
//             #job-receipts-link, #job-workflow-link (when opened from a workflow)
//   workflows: #workflows-scope (select: mine|all), #workflows-table (tbody tr[data-workflow-id][data-state]),
//             #workflows-prev, #workflows-next, #workflows-page, #workflows-empty
//   workflow: #workflow-id (data-workflow-id), #workflow-state (data-state), #workflow-counts, #workflow-owner,
//             #wf-graph (the SVG; data-nodes, data-groups, data-edges, data-edges-total): g.wf-node.wf-instance
//             [data-index][data-state][data-tries][data-job-id] (class wf-state-<state>, inside a link to the job
//             page of its last try), g.wf-node.wf-group[data-job][data-count][data-state] (a box; choosing it
//             filters the table), path.wf-edge[data-from][data-to]; #wf-legend (li[data-state]), #wf-graph-note,
//             #wf-instances (tbody tr[data-index][data-state]), #wf-job-filter, #wf-state-filter,
//             #wf-instances-prev, #wf-instances-next, #wf-instances-note, data-rendered-at as on the job page
//   explorer: #explorer-form, #explorer-search (input), #explorer-submit, #explorer-result (data-kind =
//             job|address|node|cid|unknown), #receipts-table (tbody tr[data-attempt][data-anchored]), #receipts-empty,
//             #receipts-save, #verify-button,
//             #verify-result (data-valid = "true|false"; li[data-check][data-ok][data-skipped]),
//             #explorer-node, #explorer-node-jobs, #explorer-earnings, #explorer-bill, #explorer-owner-jobs, #explorer-cid
//   submit:   #submit-form, #submit-template, #submit-runtime, #submit-artifact (file), #submit-image, #submit-process,
//             #submit-args, #submit-gpu-model, #submit-gpu-count, #submit-ram, #submit-duration, #submit-inputs,
//             #submit-price-cap, #submit-region, #submit-network, #submit-results-key (checkbox), #submit-button,
//             #submit-no-wallet (shown when window.ethereum is absent),
//             #submit-status (data-state = idle|working|rejected|error|done; text says what happened), #submit-job-id

import { api, onSessionLost } from './api.js';
import * as wallet from './wallet.js';
import * as sse from './sse.js';
import { clear, h, notice, short } from './dom.js';
import * as network from './pages/network.js';
import * as jobs from './pages/jobs.js';
import * as job from './pages/job.js';
import * as workflows from './pages/workflows.js';
import * as workflow from './pages/workflow.js';
import * as explorer from './pages/explorer.js';
import * as submit from './pages/submit.js';

const $ = (id) => document.getElementById(id);

const SESSION_MSG = 'This browser is not signed in to the daemon: open the link `skyops dashboard --print` prints.';

const app = { identity: null };

// --- routing -------------------------------------------------------------

/** parseHash("#/jobs/0xab?state=running") → {page, arg, query}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, qs = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  const query = Object.fromEntries(new URLSearchParams(qs));
  const [first = 'network', ...rest] = parts;
  const arg = rest.join('/');
  if (first === 'jobs' && arg) return { page: 'job', arg, query };
  if (first === 'workflows' && arg) return { page: 'workflow', arg, query };
  if (['network', 'jobs', 'workflows', 'explorer', 'submit'].includes(first)) return { page: first, arg, query };
  return { page: 'notfound', arg: path, query };
}

const pages = { network, jobs, job, workflows, workflow, explorer, submit };
let current = null; // {ctrl, cleanups}

async function route() {
  if (current) {
    current.ctrl.abort();
    for (const fn of current.cleanups) { try { fn(); } catch (e) { console.error(e); } }
  }
  const r = parseHash(location.hash);
  const ctrl = new AbortController();
  const cleanups = [];
  current = { ctrl, cleanups };
  const root = $('app');
  root.dataset.page = r.page;
  root.dataset.ready = 'false';
  delete root.dataset.renderedAt;
  for (const a of document.querySelectorAll('#nav a')) {
    const on = a.dataset.route === r.page || (r.page === 'job' && a.dataset.route === 'jobs')
      || (r.page === 'workflow' && a.dataset.route === 'workflows');
    if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  clear(root, h('p', { class: 'muted' }, 'Loading…'));
  const ctx = {
    signal: ctrl.signal,
    identity: app.identity,
    onCleanup: (fn) => cleanups.push(fn),
    ready: () => { if (!ctrl.signal.aborted) root.dataset.ready = 'true'; },
  };
  const page = pages[r.page];
  if (!page) {
    clear(root, h('h1', null, 'Not found'), notice('error', `No page "${r.arg}". `, h('a', { href: '#/network' }, 'Go to the network.')));
    ctx.ready();
    return;
  }
  try {
    await page.mount(root, r, ctx);
  } catch (e) {
    if (e.name === 'AbortError' || ctrl.signal.aborted) return;
    showPageError(root, e);
  }
  ctx.ready();
}

/** showPageError(root, err): the daemon's message, in place of the page. */
export function showPageError(root, e) {
  console.warn(e);
  const msg = e && e.isSession ? SESSION_MSG : (e && e.message) || String(e);
  clear(root, notice('error', h('span', { id: 'page-error' }, msg)));
}

// --- header: wallet, live status, identity --------------------------------

function renderWallet(addr) {
  const btn = $('wallet-button');
  const out = $('wallet-address');
  out.dataset.address = addr || '';
  out.textContent = addr ? short(addr, 6, 4) : '';
  out.title = addr || '';
  btn.textContent = addr ? 'Disconnect' : 'Connect wallet';
  btn.setAttribute('aria-label', addr ? `Disconnect wallet ${addr}` : 'Connect wallet');
}

function walletMessage(msg, kind = 'error') {
  const el = $('wallet-error');
  if (!msg) { el.hidden = true; el.textContent = ''; return; }
  el.className = `banner banner-${kind}`;
  el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  el.textContent = msg;
  el.hidden = false;
}

async function onWalletButton() {
  const btn = $('wallet-button');
  btn.disabled = true;
  walletMessage('');
  try {
    if (wallet.current()) await wallet.disconnect();
    else {
      walletMessage('Confirm the connection and the sign-in request in your wallet…', 'info');
      await wallet.connect();
      walletMessage('');
    }
  } catch (e) {
    walletMessage(e.isSession ? SESSION_MSG : e.message);
  } finally {
    btn.disabled = false;
  }
}

function renderLive(live) {
  const el = $('live-status');
  el.dataset.live = live ? 'true' : 'false';
  el.className = `live ${live ? 'on' : 'off'}`;
  el.textContent = live ? 'live' : 'offline';
}

async function start() {
  onSessionLost(() => {
    sse.stop();
    const b = $('auth-banner');
    b.textContent = SESSION_MSG;
    b.hidden = false;
  });
  wallet.onChange(renderWallet);
  renderWallet('');
  $('wallet-button').addEventListener('click', onWalletButton);
  sse.on('status', renderLive);
  sse.on('resume', () => route()); // back from the back/forward cache: events were missed
  try {
    app.identity = await api.id();
    const d = $('daemon-id');
    d.textContent = `${app.identity.network} · ${short(app.identity.id)}`;
    d.title = `daemon ${app.identity.id} (${app.identity.address}), ${app.identity.agent}`;
  } catch (e) {
    // A page load without a session: say how to get one, and stop here.
    if (e.status === 403) {
      const b = $('auth-banner');
      b.textContent = SESSION_MSG;
      b.hidden = false;
      showPageError($('app'), { isSession: true });
      $('app').dataset.ready = 'true';
      return;
    }
    console.warn('identity:', e);
  }
  sse.start();
  await wallet.restore();
  window.addEventListener('hashchange', route);
  route();
}

start();
