// pages/job.js — #/jobs/<id>[?workflow=<id>]: one job, live.
//
// The job is re-fetched on each of its `job` events from the stream (one
// fetch at a time, the latest event wins) and every 10 s while the stream is
// down. Telemetry: while the job runs, each fetch's latest reading per GPU is
// added to a bounded buffer and charted; once it has ended, the whole series
// comes from /telemetry. Logs and output are the owner's: they are opened by
// the daemon with the wallet's results signature (POST /web/jobs/{id}/...),
// and whoever else asks is refused by the daemon, which this page just shows.

import { api, web } from '../api.js';
import * as sse from '../sse.js';
import * as wallet from '../wallet.js';
import { lineChart, legend, MAX_POINTS } from '../chart.js';
import { clear, fmtDuration, fmtMiB, fmtTime, h, idText, notice, row, stateBadge, table } from '../dom.js';

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);
const HIST_COLS = ['Attempt', 'Node', 'Started', 'Ended', 'Outcome', 'Why it ended'];
const METRICS = [
  { id: 'chart-util', title: 'GPU utilisation', unit: '%', max: 100, get: (p) => p.utilGpu },
  { id: 'chart-mem', title: 'GPU memory used', unit: 'MiB', get: (p) => p.memUsedMiB },
  { id: 'chart-power', title: 'Power', unit: 'W', get: (p) => (p.powerMilliwatts || 0) / 1000 },
  { id: 'chart-temp', title: 'Temperature', unit: '°C', get: (p) => p.tempC },
];

export async function mount(root, route, ctx) {
  let id = route.arg;
  let job = null;
  // Opened from a workflow's page (?workflow=<id>): a way back to it.
  const fromWorkflow = /^0x[0-9a-fA-F]{6,64}$/.test((route.query || {}).workflow || '') ? route.query.workflow : '';

  // Stable parts: re-rendering the job never throws away logs or charts.
  const head = h('div', { class: 'page-head' });
  const err = h('div', { class: 'page-msg' });
  const facts = h('section', { class: 'card', 'aria-label': 'Job' });
  const progressBar = h('progress', { id: 'job-progress', max: '1', value: '0', 'data-progress': '', 'aria-label': 'Job progress' });
  const progressText = h('span', { id: 'job-progress-text' });
  const remaining = h('span', { id: 'job-remaining', class: 'muted' });
  const progressBox = h('section', { class: 'card', 'aria-label': 'Progress' },
    h('h2', null, 'Progress'), h('label', { class: 'progress-row' }, progressBar, progressText), remaining);
  const cancelBtn = h('button', { id: 'cancel-button', type: 'button', class: 'btn danger', hidden: true }, 'Cancel job');
  const cancelStatus = h('div', { id: 'cancel-status', role: 'status' });
  const charts = h('div', { id: 'telemetry-chart', class: 'charts', 'data-samples': '0' });
  const telNote = h('p', { class: 'muted', id: 'telemetry-note' });
  const telBox = h('section', { class: 'card', 'aria-label': 'GPU telemetry' },
    h('div', { class: 'card-head' }, h('h2', null, 'GPU telemetry'), h('span', { id: 'telemetry-simulated' })), telNote, charts);
  const logsBtn = h('button', { id: 'logs-button', type: 'button', class: 'btn' }, 'Show logs');
  const logsStatus = h('div', { id: 'logs-status', role: 'status' });
  const logsPre = h('pre', { id: 'job-logs', class: 'logs', tabindex: '0', 'aria-label': 'Job logs', hidden: true });
  const logsBox = h('section', { class: 'card', 'aria-label': 'Logs' },
    h('div', { class: 'card-head' }, h('h2', null, 'Logs'), logsBtn), logsStatus, logsPre);
  const outCid = h('code', { id: 'job-output-cid', class: 'id wrap' });
  const dlBtn = h('button', { id: 'download-button', type: 'button', class: 'btn', disabled: true }, 'Download output');
  const dlStatus = h('div', { id: 'download-status', role: 'status' });
  const outBox = h('section', { class: 'card', 'aria-label': 'Output' },
    h('h2', null, 'Output'), h('p', null, 'CID: ', outCid), dlBtn, dlStatus);
  const historyBox = h('section', { class: 'card', 'aria-label': 'Attempts' });
  const eventsBox = h('section', { class: 'card', 'aria-label': 'Events' });
  const explainBox = h('section', { class: 'card', 'aria-label': 'Placement', hidden: true });

  clear(root, head, err, facts, progressBox, h('div', { class: 'actions' }, cancelBtn, cancelStatus),
    telBox, logsBox, outBox, explainBox, historyBox, eventsBox);

  // --- fetching --------------------------------------------------------
  let inFlight = false, again = false;
  async function refresh() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const j = await api.job(id, { signal: ctx.signal });
      if (id !== j.id) id = j.id; // a prefix was given
      const prevState = job && job.state;
      job = j;
      clear(err);
      render();
      if (j.state === 'running') addReadings(j.gpus);
      if (TERMINAL.has(j.state) && j.telemetryCid && !seriesLoaded) loadSeries();
      drawCharts();
      if (j.state === 'pending') loadExplain(); else explainBox.hidden = true;
      if (prevState && prevState !== j.state && logsOn) fetchLogs();
    } catch (e) {
      if (e.name === 'AbortError') return;
      clear(err, notice('error', h('span', { id: 'page-error' }, e.message)));
    } finally {
      inFlight = false;
      if (again && !ctx.signal.aborted) { again = false; refresh(); }
    }
  }

  // --- rendering -------------------------------------------------------
  function render() {
    const j = job;
    const sp = j.spec || {};
    clear(head, h('h1', null, 'Job ', h('code', { id: 'job-id', class: 'id wrap', 'data-job-id': j.id }, j.id)),
      fromWorkflow ? h('a', { id: 'job-workflow-link', href: `#/workflows/${fromWorkflow}` }, '← its workflow') : null);
    const dl = [
      ['State', stateBadge(j.state, { id: 'job-state' })],
      ['Owner', h('a', { href: `#/explorer/${j.owner}` }, idText(j.owner, { full: true }))],
      ['Executor', j.node ? h('a', { href: `#/explorer/${j.node}` }, idText(j.node)) : '—'],
      ['Home', j.home ? idText(j.home) : '—'],
      ['Attempt', String(j.attempts ?? 0)],
      ['Runs', `${sp.runtime || '?'} ${sp.model ? `· ${sp.model}` : ''} · ${sp.gpuCount ? `${sp.gpuModel || 'any GPU'} × ${sp.gpuCount}` : 'CPU only'} · ${fmtMiB(sp.ramMiB || 0)} RAM · up to ${fmtDuration(sp.durationSec)}`],
      ['Price cap', sp.priceCapWei && sp.priceCapWei !== '0' ? `${sp.priceCapWei} wei / GPU-h` : 'none'],
      ['Submitted', fmtTime(j.submittedAt)],
      ['Started', fmtTime(j.startedAt)],
      ['Finished', fmtTime(j.finishedAt)],
      ['Exit code', j.exitCode === null || j.exitCode === undefined ? '—' : String(j.exitCode)],
    ];
    if (j.placement) dl.push(['Placement', h('span', { id: 'job-placement' }, j.placement)]);
    if (j.error) dl.push(['Error', h('span', { id: 'job-error', class: 'text-error' }, j.error)]);
    if (j.meter) dl.push(['Metered', meterText(j.meter)]);
    if (j.checkpointCid) dl.push(['Checkpoint', [idText(j.checkpointCid), ' at ', fmtTime(j.checkpointAt)]]);
    dl.push(['Receipts', h('a', { id: 'job-receipts-link', href: `#/explorer/${j.id}` }, 'receipts and verification in the explorer')]);
    clear(facts, h('dl', { class: 'facts' }, dl.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
      (j.notes || []).length ? notice('info', h('strong', null, 'Notes: '), h('ul', null, j.notes.map((n) => h('li', null, n)))) : null);

    // progress
    const p = typeof j.progress === 'number' ? Math.min(1, Math.max(0, j.progress)) : (j.state === 'completed' ? 1 : null);
    progressBar.value = p ?? 0;
    progressBar.setAttribute('value', String(p ?? 0));
    progressBar.dataset.progress = p === null ? '' : String(p);
    progressText.textContent = p === null ? 'no progress reported yet' : `${(p * 100).toFixed(1)}%`;
    remaining.textContent = j.state === 'running' && typeof j.timeRemainingSec === 'number'
      ? `about ${fmtDuration(j.timeRemainingSec)} left` : (TERMINAL.has(j.state) ? `ended: ${j.state}` : '');

    // cancel
    cancelBtn.hidden = TERMINAL.has(j.state);

    // output
    outCid.textContent = j.outputCid || (TERMINAL.has(j.state) ? 'none' : 'not yet');
    dlBtn.disabled = !j.outputCid;

    // history
    const hist = (j.history || []).map((a) => row(HIST_COLS, [
      String(a.attempt), a.node ? idText(a.node) : '—', fmtTime(a.startedAt), fmtTime(a.endedAt),
      stateBadge(a.outcome),
      [a.reason || '', a.resumedFrom ? ` (resumed from ${a.resumedFrom.slice(0, 12)}… of ${fmtTime(a.resumedFromAt)})` : ''],
    ], { 'data-attempt': a.attempt, 'data-outcome': a.outcome }));
    clear(historyBox, h('h2', null, 'Attempts'),
      hist.length ? table('job-history', HIST_COLS, hist) : h('p', { class: 'muted', id: 'job-history' }, 'No attempt yet.'));

    const evs = j.events || [];
    clear(eventsBox, h('details', null, h('summary', null, `Events (${evs.length})`),
      h('ol', { id: 'job-events', class: 'events' }, evs.map((e) => h('li', { 'data-type': e.type },
        h('strong', null, e.type), ` #${e.attempt} by `, idText(e.actor), ` at ${fmtTime(e.at)}`, e.detail ? ` — ${e.detail}` : '')))));

    logsHint();
    // For tests measuring event-to-page latency: when this render happened.
    root.dataset.renderedAt = String(Date.now());
  }

  function meterText(m) {
    const parts = [`wall ${fmtDuration(Number(m.wallMs) / 1000)}`, `cpu ${fmtDuration(Number(m.cpuMs) / 1000)}`, `peak RAM ${fmtMiB(m.peakRamMiB)}`];
    if (m.gpus) parts.push(`${m.gpus} GPU(s)`);
    if (m.energyJ && m.energyJ !== '0') parts.push(`${m.energyJ} J`);
    return parts.join(' · ');
  }

  // --- telemetry -------------------------------------------------------
  const readings = new Map(); // gpu → [[tMs, point]]
  let seriesLoaded = false;
  function addReadings(points) {
    if (!points || !points.length) return;
    const t = Date.now();
    for (const p of points) {
      const buf = readings.get(p.gpu) || [];
      buf.push([t, p]);
      if (buf.length > MAX_POINTS) buf.splice(0, buf.length - MAX_POINTS);
      readings.set(p.gpu, buf);
    }
  }
  async function loadSeries() {
    seriesLoaded = true;
    try {
      const tel = await api.telemetry(id, { signal: ctx.signal });
      readings.clear();
      for (const g of (tel && tel.gpus) || []) {
        const ss = g.samples || [];
        const step = Math.max(1, Math.ceil(ss.length / MAX_POINTS));
        const buf = [];
        for (let i = 0; i < ss.length; i += step) buf.push([ss[i].timeMs, ss[i]]);
        if (ss.length && buf[buf.length - 1][1] !== ss[ss.length - 1]) buf.push([ss[ss.length - 1].timeMs, ss[ss.length - 1]]);
        readings.set(g.gpu, buf);
      }
      telNote.textContent = 'The whole series the executor recorded (telemetry CID ' + job.telemetryCid + ').';
      drawCharts();
    } catch (e) {
      if (e.name === 'AbortError') return;
      telNote.textContent = `Could not fetch the recorded series: ${e.message}`;
    }
  }
  function drawCharts() {
    const sp = (job && job.spec) || {};
    const gpus = [...readings.keys()].sort((a, b) => a - b);
    let n = 0, simulated = false;
    for (const buf of readings.values()) { n += buf.length; if (buf.some(([, p]) => p.simulated)) simulated = true; }
    charts.dataset.samples = String(n);
    const simEl = root.querySelector('#telemetry-simulated');
    if (simEl) clear(simEl, simulated ? h('span', { class: 'badge sim long' }, 'SIMULATED GPUs: these readings come from a mock fleet') : null);
    if (!seriesLoaded) {
      telNote.textContent = !sp.gpuCount ? 'This job asked for no GPU.'
        : job.state === 'running' ? 'Live readings of the job’s GPUs while this page is open.'
          : TERMINAL.has(job.state) ? 'No recorded telemetry series.' : 'Readings start when the job runs.';
    }
    if (!sp.gpuCount && !n) { clear(charts); return; }
    clear(charts, legend(gpus), METRICS.map((m) => lineChart({
      id: m.id, title: m.title, unit: m.unit, max: m.max, simulated,
      series: gpus.map((g) => ({ gpu: g, label: `GPU ${g}`, points: readings.get(g).map(([t, p]) => [t, Number(m.get(p)) || 0]) })),
    })));
  }

  // --- placement explanation (pending jobs) ---------------------------
  let explainAt = 0;
  async function loadExplain() {
    if (Date.now() - explainAt < 5000) return;
    explainAt = Date.now();
    try {
      const ex = await api.explain(id, { signal: ctx.signal });
      const cols = ['Rank', 'Node', 'Rejected', 'Why', 'Weight'];
      clear(explainBox, h('h2', null, 'Placement'), h('p', null, ex.summary || ''),
        (ex.nodes || []).length ? table('job-explain', cols, ex.nodes.slice(0, 50).map((n) => row(cols, [
          n.rank < 0 ? '—' : String(n.rank + 1), idText(n.id), n.rejected || '', n.why || '', n.weight || '']))) : null);
      explainBox.hidden = false;
    } catch (e) {
      if (e.name !== 'AbortError') explainBox.hidden = true;
    }
  }

  // --- logs ------------------------------------------------------------
  let logsOn = false, logsTimer = null, logsBusy = false, logsRefused = false;
  function logsHint() {
    const me = wallet.current();
    if (logsOn || logsRefused) return; // the daemon's refusal stays on screen
    if (!me) logsStatus.textContent = 'Logs are sealed to the job’s owner: connect the owner’s wallet to read them.';
    else if (job && me !== job.owner.toLowerCase()) logsStatus.textContent = `Logs are the owner’s (${job.owner}); the connected wallet is not it, so the daemon will refuse.`;
    else logsStatus.textContent = 'Your wallet signs once to open your results (the signature stays in this tab).';
  }
  async function fetchLogs() {
    if (logsBusy) return;
    logsBusy = true;
    try {
      const sig = await wallet.resultsSignature();
      const text = await web.logs(id, sig, { signal: ctx.signal });
      if (!logsOn) return; // hidden while it was fetched
      const atBottom = logsPre.scrollTop + logsPre.clientHeight >= logsPre.scrollHeight - 8;
      logsPre.textContent = text || '';
      logsPre.hidden = false;
      logsPre.dataset.updated = new Date().toISOString();
      if (atBottom) logsPre.scrollTop = logsPre.scrollHeight;
      logsStatus.textContent = job && !TERMINAL.has(job.state) ? 'Live: updated every 2 s while the job runs.' : 'The job’s whole log.';
      logsStatus.className = '';
    } catch (e) {
      if (e.name === 'AbortError') return;
      logsStatus.className = 'text-error';
      logsStatus.textContent = e.message;
      // Keep polling only through what passes: a network blip, a daemon
      // busy or starting (503), a log not there yet (404/409).
      if (![0, 404, 409, 503].includes(e.status)) { stopLogs(); logsRefused = true; }
      if (e.status === 403 && /signature/i.test(e.message)) wallet.forgetResultsSignature();
    } finally {
      logsBusy = false;
    }
  }
  function stopLogs() {
    logsOn = false;
    clearInterval(logsTimer);
    logsTimer = null;
    logsBtn.textContent = 'Show logs';
  }
  async function startLogs() {
    logsOn = true;
    logsRefused = false;
    logsBtn.textContent = 'Hide logs';
    logsStatus.className = '';
    logsStatus.textContent = 'Opening the logs…';
    await fetchLogs();
    if (logsOn) {
      logsTimer = setInterval(() => { if (job && !TERMINAL.has(job.state)) fetchLogs(); }, 2000);
    }
  }
  logsBtn.addEventListener('click', () => {
    if (logsOn) { stopLogs(); logsPre.hidden = true; logsHint(); } else startLogs();
  });
  ctx.onCleanup(stopLogs);

  // --- output download -------------------------------------------------
  dlBtn.addEventListener('click', async () => {
    dlBtn.disabled = true;
    dlStatus.className = '';
    dlStatus.textContent = 'Fetching and opening the output…';
    try {
      const sig = await wallet.resultsSignature();
      const blob = await web.output(id, sig, { signal: ctx.signal });
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: `${id.slice(0, 12)}-output.tar`, class: 'hidden' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      dlStatus.textContent = `Downloaded ${blob.size} bytes.`;
      dlStatus.dataset.bytes = String(blob.size);
    } catch (e) {
      if (e.name === 'AbortError') return;
      dlStatus.className = 'text-error';
      dlStatus.textContent = e.message;
    } finally {
      dlBtn.disabled = !(job && job.outputCid);
    }
  });

  // --- cancel ----------------------------------------------------------
  cancelBtn.addEventListener('click', async () => {
    cancelBtn.disabled = true;
    cancelStatus.className = '';
    cancelStatus.dataset.state = 'working';
    cancelStatus.textContent = 'Sign the cancel request in your wallet…';
    try {
      if (!wallet.current()) await wallet.connect();
      const { typedData } = await api.cancelTypedData(id);
      const sig = await wallet.signTypedData(typedData, 'sign the cancel');
      cancelStatus.textContent = 'Sending the cancel…';
      await api.cancel(id, sig);
      cancelStatus.dataset.state = 'done';
      cancelStatus.textContent = 'Cancel sent.';
      refresh();
    } catch (e) {
      cancelStatus.dataset.state = e instanceof wallet.WalletRejected ? 'rejected' : 'error';
      cancelStatus.className = 'text-error';
      cancelStatus.textContent = e instanceof wallet.WalletRejected ? 'You rejected the cancel in your wallet: the job was not cancelled.' : e.message;
    } finally {
      cancelBtn.disabled = false;
    }
  });

  // --- live --------------------------------------------------------------
  ctx.onCleanup(sse.on('job', (ev) => {
    if (ev.id && id && ev.id.toLowerCase() === id.toLowerCase()) refresh();
  }));
  // Another wallet (or none): what the last one opened leaves the screen.
  ctx.onCleanup(wallet.onChange(() => {
    stopLogs(); logsRefused = false; logsStatus.className = '';
    logsPre.textContent = ''; logsPre.hidden = true; logsHint();
  }));
  const poll = setInterval(() => {
    if (job && !TERMINAL.has(job.state) && !sse.isLive()) refresh();
  }, 10000);
  ctx.onCleanup(() => clearInterval(poll));

  await refresh();
  if (!job) return;
  // The owner who already signed in this tab sees the logs without asking again.
  const me = wallet.current();
  if (me && me === job.owner.toLowerCase() && sessionStorage.getItem(`skyops-results-signature:${me}`)) startLogs();
}
