// pages/network.js — #/network: every node in the daemon's view, live.
//
// Re-fetches /v1/nodes on the stream's `nodes` events (debounced) and every
// 15 s (uptime and last-seen move without events). Latency is the daemon's
// estimate from network coordinates (rttEstimateUs), else the measured ping
// of an open connection (/v1/peers latencyMs); neither is computed here.

import { api } from '../api.js';
import * as sse from '../sse.js';
import { clear, debounce, fmtMiB, h, idText, notice, row, simBadge, table } from '../dom.js';

const COLS = ['Node', 'GPUs', 'Free', 'CPU / RAM', 'Region', 'Reputation', 'Uptime', 'Price / GPU-h', 'Bond', 'Latency', 'Runtimes'];

export async function mount(root, _route, ctx) {
  const summary = h('p', { id: 'network-summary', class: 'summary' });
  const updated = h('span', { id: 'nodes-updated', class: 'muted' });
  const err = h('div', { class: 'page-msg' });
  const body = h('div', { id: 'nodes-box' });
  clear(root,
    h('div', { class: 'page-head' }, h('h1', null, 'Network'), updated),
    summary, err, body);

  let inFlight = false, again = false;
  async function refresh() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const [nodes, peers] = await Promise.all([
        api.nodes({ signal: ctx.signal }),
        api.peers({ signal: ctx.signal }).catch(() => []),
      ]);
      clear(err);
      render(nodes || [], peers || []);
      const now = new Date();
      updated.dataset.updated = now.toISOString();
      updated.textContent = `updated ${now.toLocaleTimeString()}`;
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(err, notice('error', h('span', { id: 'page-error' }, e.message)));
    } finally {
      inFlight = false;
      if (again && !ctx.signal.aborted) { again = false; refresh(); }
    }
  }

  function render(nodes, peers) {
    const ping = new Map(peers.map((p) => [p.id, p.latencyMs]));
    let gpus = 0, free = 0, sim = 0;
    for (const n of nodes) { gpus += n.gpuTotal || 0; free += n.gpuFree || 0; if (n.simulated) sim++; }
    summary.textContent = `${nodes.length} node${nodes.length === 1 ? '' : 's'} · ${free} of ${gpus} GPUs free` +
      (sim ? ` · ${sim} with simulated GPUs` : '');
    if (!nodes.length) {
      clear(body, notice('info', 'No node in view yet: the daemon has heard no advert (is it connected to a network?).'));
      return;
    }
    const rows = nodes.map((n) => row(COLS, [
      h('span', { class: 'node-cell' }, h('a', { href: `#/explorer/${encodeURIComponent(n.id)}` }, idText(n.id)),
        n.self ? h('span', { class: 'badge self' }, 'this daemon') : null),
      gpuCell(n),
      `${n.gpuFree ?? 0} / ${n.gpuTotal ?? 0}`,
      `${n.cpuFree ?? n.cpuCores} / ${n.cpuCores} cores · ${fmtMiB(n.ramFreeMiB ?? n.ramMiB)} / ${fmtMiB(n.ramMiB)}`,
      n.region || '—',
      String(n.reputation ?? '—'),
      n.uptimePct === undefined ? '—' : `${n.uptimePct}%`,
      n.priceETH ? `${n.priceETH} ETH` : '—',
      n.bondRequired ? (n.bonded ? 'yes' : 'no') : '—',
      latency(n, ping),
      (n.runtimes || []).join(', ') || '—',
    ], { 'data-node-id': n.id, 'data-simulated': n.simulated ? 'true' : 'false', class: n.self ? 'self' : '' }));
    clear(body, table('nodes-table', COLS, rows));
  }

  const soon = debounce(refresh, 400);
  ctx.onCleanup(sse.on('nodes', soon));
  ctx.onCleanup(soon.cancel);
  const timer = setInterval(refresh, 15000);
  ctx.onCleanup(() => clearInterval(timer));
  await refresh();
}

function gpuCell(n) {
  if (!n.gpus || !n.gpus.length) return h('span', { class: 'muted' }, 'no GPU');
  return h('ul', { class: 'gpu-list' }, n.gpus.map((g) => h('li', null,
    `${g.model} × ${g.total}`, h('span', { class: 'muted' }, ` (${fmtMiB(g.memoryMiB)}, ${g.free} free)`),
    g.simulated ? [' ', simBadge()] : null)));
}

function latency(n, ping) {
  if (n.self) return '—';
  if (typeof n.rttEstimateUs === 'number') return h('span', { title: 'estimated from network coordinates' }, `≈ ${(n.rttEstimateUs / 1000).toFixed(1)} ms`);
  const p = ping.get(n.id);
  if (p) return h('span', { title: 'measured ping of the open connection' }, `${p.toFixed(1)} ms`);
  return h('span', { class: 'muted', title: 'no estimate yet' }, '—');
}
