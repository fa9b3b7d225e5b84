// pages/workflows.js — #/workflows: the workflows this daemon holds,
// newest first, 50 a page.
//
// Mine by default (the connected wallet's address as the owner filter),
// everyone's when no wallet is connected or when asked. The API answers the
// whole list (without instances) at once; pages are cut here. Live, as the
// jobs page: every instance's try is a job, so the stream's job events
// refresh the list (at most every 2 s), and so does the stream coming back.

import { api } from '../api.js';
import * as sse from '../sse.js';
import * as wallet from '../wallet.js';
import { countsText, total } from '../wfgraph.js';
import { clear, fmtTime, h, idText, notice, row, stateBadge, table, throttle } from '../dom.js';

export const PAGE = 50;
const COLS = ['Workflow', 'Name', 'State', 'Instances', 'Owner', 'Created'];

export async function mount(root, route, ctx) {
  const q = route.query || {};
  const st = { scope: q.all === '1' || !wallet.current() ? 'all' : 'mine', page: 0, list: [] };

  const scope = h('select', { id: 'workflows-scope', 'aria-label': 'Whose workflows' },
    h('option', { value: 'mine' }, 'My workflows'), h('option', { value: 'all' }, 'All workflows'));
  scope.value = st.scope;
  const prev = h('button', { id: 'workflows-prev', type: 'button', class: 'btn' }, '← Newer');
  const next = h('button', { id: 'workflows-next', type: 'button', class: 'btn' }, 'Older →');
  const pageNo = h('span', { id: 'workflows-page', class: 'muted' });
  const hint = h('p', { class: 'muted', id: 'workflows-hint' });
  const body = h('div', { id: 'workflows-box' });
  const err = h('div', { class: 'page-msg' });

  clear(root,
    h('div', { class: 'page-head' }, h('h1', null, 'Workflows')),
    h('div', { class: 'toolbar' }, h('label', null, 'Show ', scope)),
    hint, err, body,
    h('div', { class: 'pager' }, prev, pageNo, next));

  function ownerFilter() { return st.scope === 'mine' ? wallet.current() : ''; }

  function syncHash() {
    history.replaceState(null, '', `#/workflows${st.scope === 'all' ? '?all=1' : ''}`);
  }

  async function load() {
    const owner = ownerFilter();
    if (st.scope === 'mine' && !owner) hint.textContent = 'Connect your wallet to see your workflows; showing everyone’s.';
    else hint.textContent = owner ? `Workflows signed by ${owner}.` : 'Every workflow this daemon holds, newest first.';
    try {
      const list = await api.workflows({ owner }, { signal: ctx.signal });
      clear(err);
      const at = (w) => Date.parse(w.createdAt) || 0;
      st.list = (list || []).slice().sort((a, b) => at(b) - at(a) || a.id.localeCompare(b.id));
      render();
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(err, notice('error', h('span', { id: 'page-error' }, e.message)));
    }
  }

  function render() {
    const pages = Math.max(1, Math.ceil(st.list.length / PAGE));
    if (st.page >= pages) st.page = pages - 1;
    const shown = st.list.slice(st.page * PAGE, (st.page + 1) * PAGE);
    prev.disabled = st.page === 0;
    next.disabled = st.page >= pages - 1;
    pageNo.textContent = `page ${st.page + 1} of ${pages}`;
    if (!shown.length) {
      clear(body, notice('info', h('span', { id: 'workflows-empty' }, 'No workflows here yet.'), ' Run one with ',
        h('code', null, 'skyops run FILE'), ' (docs/workflow.md).'));
      return;
    }
    const rows = shown.map((w) => row(COLS, [
      h('a', { href: `#/workflows/${w.id}` }, idText(w.id, { head: 10, tail: 4 })),
      w.name || h('span', { class: 'muted' }, '—'),
      stateBadge(w.state),
      h('span', { title: countsText(w.counts) }, `${total(w.counts)}: ${countsText(w.counts)}`),
      idText(w.owner, { head: 6, tail: 4 }),
      fmtTime(w.createdAt),
    ], { 'data-workflow-id': w.id, 'data-state': w.state }));
    clear(body, table('workflows-table', COLS, rows));
  }

  const refresh = throttle(load, 2000);
  ctx.onCleanup(refresh.cancel);
  ctx.onCleanup(sse.on('job', () => refresh()));
  ctx.onCleanup(sse.on('status', (live) => { if (live) refresh(); })); // back after a drop: events were missed
  ctx.onCleanup(wallet.onChange(() => { if (st.scope === 'mine') { st.page = 0; load(); } }));
  const poll = setInterval(() => { if (!sse.isLive()) load(); }, 10000);
  ctx.onCleanup(() => clearInterval(poll));

  scope.addEventListener('change', () => { st.scope = scope.value; st.page = 0; syncHash(); load(); });
  prev.addEventListener('click', () => { if (st.page > 0) { st.page--; render(); } });
  next.addEventListener('click', () => { st.page++; render(); });

  await load();
}
