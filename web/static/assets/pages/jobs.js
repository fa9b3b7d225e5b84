// pages/jobs.js — #/jobs: the job list, a page of 50 at a time.
//
// Mine by default (the connected wallet's address as the owner filter), all
// jobs when no wallet is connected or when asked. Pages follow the API's
// cursor (before = the last id of the previous page); we ask for one more
// than we show to know whether a next page exists. Live: the stream's job
// events update a shown row's state, and refresh the first page.

import { api } from '../api.js';
import * as sse from '../sse.js';
import * as wallet from '../wallet.js';
import { clear, fmtTime, throttle, h, idText, notice, row, stateBadge, table } from '../dom.js';

export const PAGE = 50;
const STATES = ['', 'pending', 'claimed', 'running', 'completed', 'failed', 'cancelled'];
const COLS = ['Job', 'State', 'Owner', 'Model', 'GPUs', 'Node', 'Submitted', 'Progress'];

export async function mount(root, route, ctx) {
  const q = route.query || {};
  const st = {
    state: STATES.includes(q.state) ? q.state : '',
    owner: /^0x[0-9a-fA-F]{40}$/.test(q.owner || '') ? q.owner : '',
    scope: q.all === '1' || !wallet.current() ? 'all' : 'mine',
    cursors: [''], // cursors[i] = the `before` of page i
    page: 0,
  };
  if (st.owner) st.scope = 'owner';

  const scope = h('select', { id: 'jobs-scope', 'aria-label': 'Whose jobs' },
    h('option', { value: 'mine' }, 'My jobs'), h('option', { value: 'all' }, 'All jobs'),
    st.owner ? h('option', { value: 'owner' }, `Owner ${st.owner.slice(0, 10)}…`) : null);
  scope.value = st.scope;
  const stateSel = h('select', { id: 'jobs-state-filter', 'aria-label': 'State' },
    STATES.map((s) => h('option', { value: s }, s || 'any state')));
  stateSel.value = st.state;
  const prev = h('button', { id: 'jobs-prev', type: 'button', class: 'btn' }, '← Newer');
  const next = h('button', { id: 'jobs-next', type: 'button', class: 'btn' }, 'Older →');
  const pageNo = h('span', { id: 'jobs-page', class: 'muted' });
  const hint = h('p', { class: 'muted', id: 'jobs-hint' });
  const body = h('div', { id: 'jobs-box' });
  const err = h('div', { class: 'page-msg' });

  clear(root,
    h('div', { class: 'page-head' }, h('h1', null, 'Jobs'), h('a', { class: 'btn primary', href: '#/submit' }, 'Submit a job')),
    h('div', { class: 'toolbar' },
      h('label', null, 'Show ', scope), h('label', null, 'State ', stateSel)),
    hint, err, body,
    h('div', { class: 'pager' }, prev, pageNo, next));

  let shown = new Map(); // id → row

  function ownerFilter() {
    if (st.scope === 'owner') return st.owner;
    if (st.scope === 'mine') return wallet.current();
    return '';
  }

  function syncHash() {
    const p = new URLSearchParams();
    if (st.state) p.set('state', st.state);
    if (st.scope === 'all') p.set('all', '1');
    if (st.scope === 'owner') p.set('owner', st.owner);
    const qs = p.toString();
    history.replaceState(null, '', `#/jobs${qs ? `?${qs}` : ''}`);
  }

  async function load() {
    const owner = ownerFilter();
    if (st.scope === 'mine' && !owner) {
      hint.textContent = 'Connect your wallet to see your jobs; showing everyone’s.';
    } else {
      hint.textContent = owner ? `Jobs signed by ${owner}.` : 'Every job this daemon knows, newest first.';
    }
    try {
      const list = await api.jobs({ owner, state: st.state, limit: PAGE + 1, before: st.cursors[st.page] }, { signal: ctx.signal });
      clear(err);
      const jobs = (list || []).slice(0, PAGE);
      const more = (list || []).length > PAGE;
      if (more) st.cursors[st.page + 1] = jobs[jobs.length - 1].id;
      else st.cursors.length = st.page + 1;
      render(jobs);
      prev.disabled = st.page === 0;
      next.disabled = !more;
      pageNo.textContent = `page ${st.page + 1}`;
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(err, notice('error', h('span', { id: 'page-error' }, e.message)));
    }
  }

  function render(jobs) {
    shown = new Map();
    if (!jobs.length) {
      clear(body, notice('info', h('span', { id: 'jobs-empty' }, st.page ? 'No more jobs.' : 'No jobs here yet.'), ' ',
        h('a', { href: '#/submit' }, 'Submit one.')));
      return;
    }
    const rows = jobs.map((j) => {
      const r = row(COLS, [
        h('a', { href: `#/jobs/${j.id}` }, idText(j.id, { head: 10, tail: 4 })),
        stateBadge(j.state),
        idText(j.owner, { head: 6, tail: 4 }),
        (j.spec && j.spec.model) || h('span', { class: 'muted' }, '—'),
        j.spec && j.spec.gpuCount ? `${j.spec.gpuModel || 'any'} × ${j.spec.gpuCount}` : 'CPU',
        j.node ? idText(j.node) : h('span', { class: 'muted' }, '—'),
        fmtTime(j.submittedAt),
        typeof j.progress === 'number' ? `${Math.round(j.progress * 100)}%` : '—',
      ], { 'data-job-id': j.id, 'data-state': j.state });
      shown.set(j.id.toLowerCase(), r);
      return r;
    });
    clear(body, table('jobs-table', COLS, rows));
  }

  // Running jobs send events every second or so: refresh at most every 2 s.
  const refreshFirst = throttle(() => { if (st.page === 0) load(); }, 2000);
  ctx.onCleanup(refreshFirst.cancel);
  ctx.onCleanup(sse.on('job', (ev) => {
    const r = shown.get(ev.id.toLowerCase());
    if (r && ev.state) {
      r.dataset.state = ev.state;
      const cell = r.children[1];
      clear(cell, stateBadge(ev.state));
    }
    refreshFirst();
  }));
  ctx.onCleanup(wallet.onChange(() => { if (st.scope === 'mine') { st.cursors = ['']; st.page = 0; load(); } }));

  const reset = () => { st.cursors = ['']; st.page = 0; syncHash(); load(); };
  scope.addEventListener('change', () => { st.scope = scope.value; reset(); });
  stateSel.addEventListener('change', () => { st.state = stateSel.value; reset(); });
  prev.addEventListener('click', () => { if (st.page > 0) { st.page--; load(); } });
  next.addEventListener('click', () => { if (st.cursors[st.page + 1]) { st.page++; load(); } });

  await load();
}
