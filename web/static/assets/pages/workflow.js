// pages/workflow.js — #/workflows/<id>[?job=J&state=S]: one workflow, live.
//
// Its header (name, id, owner, home, state, counts), its graph (wfgraph.js:
// layers by depth, big arrays as boxes, each instance linking to the job
// page of its last try) and a table of its instances, 100 a page, which the
// job and state filters (and choosing a box in the graph) narrow.
// The workflow is re-fetched on the stream's job events (one fetch at a
// time, at most one a second, every 3 s past 2,000 instances) while it runs,
// on events of its own tries after, when the stream comes back, and every
// 10 s while the stream is down. The graph is redrawn only when an
// instance's state or tries changed.

import { api } from '../api.js';
import * as sse from '../sse.js';
import { draw, layout, legend, countsText, total, INSTANCE_STATES, GROUP_ABOVE, MAX_NODES } from '../wfgraph.js';
import { clear, fmtTime, h, idText, notice, row, stateBadge, table, throttle } from '../dom.js';

export const PAGE = 100;
const COLS = ['#', 'Instance', 'State', 'Tries', 'Job', 'Executor'];

export async function mount(root, route, ctx) {
  let id = route.arg;
  let wf = null;
  const q = route.query || {};
  const st = { job: q.job || '', state: INSTANCE_STATES.includes(q.state) ? q.state : '', page: 0 };

  const head = h('div', { class: 'page-head' });
  const err = h('div', { class: 'page-msg' });
  const facts = h('section', { class: 'card', 'aria-label': 'Workflow' });
  const legendBox = h('div', { class: 'wf-legend-box' });
  const graphNote = h('p', { id: 'wf-graph-note', class: 'muted' });
  const graphWrap = h('div', { class: 'wf-graph-wrap', tabindex: '0', 'aria-label': 'Workflow graph (scrolls)' });
  const graphBox = h('section', { class: 'card', 'aria-label': 'Graph' }, h('h2', null, 'Graph'), legendBox, graphNote, graphWrap);
  const jobSel = h('select', { id: 'wf-job-filter', 'aria-label': 'Job' });
  const stateSel = h('select', { id: 'wf-state-filter', 'aria-label': 'State' },
    ['', ...INSTANCE_STATES].map((s) => h('option', { value: s }, s || 'any state')));
  stateSel.value = st.state;
  const tableNote = h('p', { id: 'wf-instances-note', class: 'muted', role: 'status' });
  const tableBody = h('div', { id: 'wf-instances-box' });
  const prev = h('button', { id: 'wf-instances-prev', type: 'button', class: 'btn' }, '← Previous');
  const next = h('button', { id: 'wf-instances-next', type: 'button', class: 'btn' }, 'Next →');
  const tableBox = h('section', { class: 'card', id: 'wf-instances-card', 'aria-label': 'Instances' },
    h('h2', null, 'Instances'),
    h('div', { class: 'toolbar' }, h('label', null, 'Job ', jobSel), h('label', null, 'State ', stateSel)),
    tableNote, tableBody, h('div', { class: 'pager' }, prev, next));

  clear(root, head, err, facts, graphBox, tableBox);

  // --- fetching --------------------------------------------------------
  let inFlight = false, again = false;
  async function refresh() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const w = await api.workflow(id, { signal: ctx.signal });
      if (id !== w.id) id = w.id; // a prefix was given
      wf = w;
      wf.instances = w.instances || [];
      clear(err);
      render();
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(err, notice('error', h('span', { id: 'page-error' }, e.message)));
    } finally {
      inFlight = false;
      if (again && !ctx.signal.aborted) { again = false; refresh(); }
    }
  }

  // --- rendering -------------------------------------------------------
  let drawnSig = null;
  let jobsSig = null;
  let known = new Set(); // ids whose events concern this workflow: its own, its tries'

  function render() {
    const w = wf;
    known = new Set([w.id.toLowerCase()]);
    for (const inst of w.instances) for (const t of inst.tries || []) known.add(t.toLowerCase());

    clear(head, h('h1', null, 'Workflow ', w.name ? h('span', { id: 'workflow-name' }, w.name) : null),
      h('code', { id: 'workflow-id', class: 'id wrap', 'data-workflow-id': w.id }, w.id));
    const n = total(w.counts);
    clear(facts, h('dl', { class: 'facts' }, [
      ['State', stateBadge(w.state, { id: 'workflow-state' })],
      ['Instances', h('span', { id: 'workflow-counts', 'data-total': n }, `${n}: ${countsText(w.counts)}`)],
      ['Owner', h('a', { id: 'workflow-owner', href: `#/explorer/${w.owner}` }, idText(w.owner, { full: true }))],
      ['Home', w.home ? h('a', { href: `#/explorer/${w.home}` }, idText(w.home)) : '—'],
      ['Network', w.network || '—'],
      ['Created', fmtTime(w.createdAt)],
    ].map(([k, v]) => [h('dt', null, k), h('dd', null, v)])));

    clear(legendBox, legend(w.counts));
    const sig = w.instances.map((i) => `${i.state}/${(i.tries || []).length}/${i.jobState || ''}`).join(',');
    if (sig !== drawnSig) {
      drawnSig = sig;
      drawGraph();
    }
    renderTable();
    root.dataset.renderedAt = String(Date.now());
  }

  function drawGraph() {
    const list = wf.instances;
    if (!list.length) {
      graphNote.textContent = '';
      clear(graphWrap, notice('info', 'The daemon holds no instances of this workflow (it has not read its file).'));
      return;
    }
    const lay = layout(list);
    const svg = draw(lay, { jobHref: (j) => `#/jobs/${j}?workflow=${wf.id}`, onGroup: chooseJob });
    const notes = [];
    if (lay.grouped) notes.push(`A job with more than ${GROUP_ABOVE} instances in a layer (any array, past ${MAX_NODES} instances in all) is one box with its instances’ states: choose a box to list them below.`);
    else notes.push('Each box is an instance, coloured by its state: choose one to open the job of its last try (its logs and output).');
    if (!lay.edgesDrawn) notes.push(`Its ${lay.edges.length} links are too many to draw: none is.`);
    if (lay.cyclic) notes.push('Some instances depend on each other in a cycle: they are in the last layer.');
    graphNote.textContent = notes.join(' ');
    clear(graphWrap, svg);
  }

  function renderTable() {
    const list = wf.instances;
    const jobs = [];
    const seenJobs = new Set();
    for (const i of list) if (!seenJobs.has(i.job)) { seenJobs.add(i.job); jobs.push(i.job); }
    const js = jobs.join('\n');
    if (js !== jobsSig) {
      jobsSig = js;
      clear(jobSel, h('option', { value: '' }, 'every job'), jobs.map((j) => h('option', { value: j }, j)));
    }
    if (st.job && !seenJobs.has(st.job)) st.job = '';
    jobSel.value = st.job;
    stateSel.value = st.state;

    const rows = list.filter((i) => (!st.job || i.job === st.job) && (!st.state || i.state === st.state));
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    if (st.page >= pages) st.page = pages - 1;
    const from = st.page * PAGE;
    const shown = rows.slice(from, from + PAGE);
    prev.disabled = st.page === 0;
    next.disabled = st.page >= pages - 1;
    const filtered = st.job || st.state ? ` (${[st.job && `job ${st.job}`, st.state].filter(Boolean).join(', ')}; ${list.length} in all)` : '';
    tableNote.textContent = rows.length
      ? `Instances ${from + 1}–${from + shown.length} of ${rows.length}${filtered}, ${PAGE} a page.`
      : `No instance here${filtered}.`;
    clear(tableBody, shown.length ? table('wf-instances', COLS, shown.map((i) => {
      const tries = i.tries || [];
      const last = tries[tries.length - 1];
      return row(COLS, [
        String(i.index),
        i.name || '—',
        [stateBadge(i.state), i.jobState && i.jobState !== i.state ? h('span', { class: 'muted' }, ` job ${i.jobState}`) : null],
        String(tries.length),
        last ? h('a', { href: `#/jobs/${last}?workflow=${wf.id}` }, idText(last, { head: 10, tail: 4 })) : h('span', { class: 'muted' }, '—'),
        i.executor ? h('a', { href: `#/explorer/${i.executor}` }, idText(i.executor)) : h('span', { class: 'muted' }, '—'),
      ], { 'data-index': i.index, 'data-state': i.state });
    })) : null);
  }

  function syncHash() {
    const p = new URLSearchParams();
    if (st.job) p.set('job', st.job);
    if (st.state) p.set('state', st.state);
    const qs = p.toString();
    history.replaceState(null, '', `#/workflows/${id}${qs ? `?${qs}` : ''}`);
  }

  function chooseJob(job) {
    st.job = job;
    st.state = '';
    st.page = 0;
    syncHash();
    renderTable();
    tableBox.scrollIntoView({ block: 'start' });
  }

  jobSel.addEventListener('change', () => { st.job = jobSel.value; st.page = 0; syncHash(); renderTable(); });
  stateSel.addEventListener('change', () => { st.state = stateSel.value; st.page = 0; syncHash(); renderTable(); });
  prev.addEventListener('click', () => { if (st.page > 0) { st.page--; renderTable(); } });
  next.addEventListener('click', () => { st.page++; renderTable(); });

  // --- live --------------------------------------------------------------
  let soon = null; // made once the size is known
  ctx.onCleanup(() => soon && soon.cancel());
  ctx.onCleanup(sse.on('job', (ev) => {
    if (!wf) { if (inFlight) again = true; return; }
    if (wf.state === 'running' || known.has(ev.id.toLowerCase())) soon();
  }));
  ctx.onCleanup(sse.on('status', (live) => { if (live && wf) refresh(); })); // back after a drop: events were missed
  const poll = setInterval(() => {
    if (wf && wf.state === 'running' && !sse.isLive()) refresh();
  }, 10000);
  ctx.onCleanup(() => clearInterval(poll));

  await refresh();
  soon = throttle(refresh, wf && wf.instances.length > 2000 ? 3000 : 1000);
}
