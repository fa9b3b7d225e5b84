// sse.js — the daemon's live events (GET /web/events, server-sent events).
//
// One EventSource for the whole page; pages subscribe to `job` events (one
// job changed: {id, state}) and `nodes` events (the view changed). The
// browser reconnects by itself; status() tells the header whether we are live.
// Nothing is queued here: a page that wants the latest state re-fetches it.
//
// The stream closes when the page is hidden for navigation (pagehide): a
// page kept in the back/forward cache would otherwise hold its connection
// open, and a few such pages use up the browser's connections to the
// daemon, so later pages' requests wait forever. A page shown again from
// that cache (pageshow, persisted) reopens the stream and tells `resume`
// listeners, which reload what they show: events were missed meanwhile.

const topics = { job: new Set(), nodes: new Set(), status: new Set(), resume: new Set() };
let source = null;
let live = false;
let stopped = false; // stop(): the session is gone; nothing reopens the stream

function emit(topic, data) {
  for (const fn of topics[topic]) {
    try { fn(data); } catch (e) { console.error(`sse ${topic} listener:`, e); }
  }
}

function setLive(v) {
  if (v === live) return;
  live = v;
  emit('status', live);
}

/** start(): open the stream (idempotent). */
export function start() {
  if (source || stopped || typeof EventSource === 'undefined') return;
  source = new EventSource('/web/events');
  source.addEventListener('open', () => setLive(true));
  source.addEventListener('error', () => setLive(source.readyState === EventSource.OPEN));
  source.addEventListener('job', (ev) => {
    let d = null;
    try { d = JSON.parse(ev.data); } catch { return; }
    if (d && typeof d.id === 'string') emit('job', d);
  });
  source.addEventListener('nodes', () => emit('nodes', {}));
}

// pageshow reopens exactly what pagehide closed: a page that never opened
// the stream, or whose session is gone, stays without one.
let closedByHide = false;
window.addEventListener('pagehide', () => {
  if (!source) return;
  source.close();
  source = null;
  closedByHide = true;
  setLive(false);
});
window.addEventListener('pageshow', (ev) => {
  if (!ev.persisted || !closedByHide) return;
  closedByHide = false;
  start();
  emit('resume', {});
});

/** stop(): close the stream (the session is gone: retrying would only be refused). */
export function stop() {
  stopped = true;
  if (source) source.close();
  source = null;
  setLive(false);
}

/** on('job'|'nodes'|'status'|'resume', fn) → unsubscribe function. */
export function on(topic, fn) {
  topics[topic].add(fn);
  return () => topics[topic].delete(fn);
}

export function isLive() { return live; }
