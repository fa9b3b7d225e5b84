// dom.js — tiny DOM and formatting helpers shared by the pages.
//
// Everything from the API is put on the page as text (textContent), never as
// HTML: an advert's region or a job's args are other people's strings.
// Nothing here sets a style attribute (the CSP's style-src 'self' refuses them).

/** h(tag, attrs, ...children): build an element. attrs: class, id, data-*, aria-*,
 * any attribute, or `on: {event: fn}` for listeners. Children: nodes, strings, arrays, null. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** s(tag, attrs, ...children): an SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    } else if (k === 'class') {
      el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    } else if (k === 'style') {
      throw new Error('style attributes are refused by the CSP: use a class');
    } else if (k === 'value' && 'value' in el && el.tagName !== 'PROGRESS') {
      el.value = v;
    } else if (k === 'checked' || k === 'disabled' || k === 'selected') {
      el[k] = Boolean(v);
      if (v) el.setAttribute(k, '');
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** clear(el, ...children): replace el's children. */
export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** short("16Uiu2HAm…") → the first 8 and last 6 characters. */
export function short(id, head = 8, tail = 6) {
  if (!id) return '';
  return id.length <= head + tail + 1 ? id : `${id.slice(0, head)}…${id.slice(-tail)}`;
}

/** A monospace id with its full value as a tooltip. */
export function idText(id, opts = {}) {
  return h('code', { class: opts.full ? 'id wrap' : 'id', title: id }, opts.full ? id : short(id, opts.head, opts.tail));
}

export function fmtTime(t) {
  if (!t) return '—';
  const d = new Date(t);
  if (Number.isNaN(d.getTime())) return String(t);
  return d.toLocaleString();
}

export function fmtDuration(sec) {
  if (sec === null || sec === undefined || !Number.isFinite(Number(sec))) return '—';
  let n = Math.max(0, Math.round(Number(sec)));
  const d = Math.floor(n / 86400); n -= d * 86400;
  const hh = Math.floor(n / 3600); n -= hh * 3600;
  const m = Math.floor(n / 60); const ss = n - m * 60;
  if (d) return `${d}d ${hh}h`;
  if (hh) return `${hh}h ${m}m`;
  if (m) return `${m}m ${ss}s`;
  return `${ss}s`;
}

export function fmtMiB(mib) {
  const n = Number(mib);
  if (!Number.isFinite(n)) return '—';
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} TiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 ? 1 : 0)} GiB`;
  return `${n} MiB`;
}

/** A state badge: class state-<state>, data-state for tests. */
export function stateBadge(state, attrs = {}) {
  return h('span', { class: `badge state state-${state || 'unknown'}`, 'data-state': state || '', ...attrs }, state || '—');
}

export function simBadge() {
  return h('span', { class: 'badge sim', 'data-testid': 'simulated-badge', title: 'These GPUs come from a mock fleet (skyopsd --sim-gpus): they do not exist' }, 'SIMULATED');
}

/** A message box: kind is info, error or ok. */
export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** A table that becomes stacked cards on a narrow screen: each td has data-label. */
export function table(id, columns, rows, opts = {}) {
  const thead = h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, c))));
  const tbody = h('tbody', null, rows);
  return h('div', { class: 'table-wrap' }, h('table', { id, class: ['data', opts.cards === false ? '' : 'cards'], 'data-testid': id }, thead, tbody));
}

/** A table row whose cells carry the column labels (for the stacked layout). */
export function row(columns, cells, attrs = {}) {
  return h('tr', attrs, cells.map((c, i) => h('td', { 'data-label': columns[i] }, c)));
}

/** Debounce fn by ms (trailing call). */
export function debounce(fn, ms) {
  let t = null;
  const d = (...a) => { clearTimeout(t); t = setTimeout(() => { t = null; fn(...a); }, ms); };
  d.cancel = () => clearTimeout(t);
  return d;
}

export const isJobId = (q) => /^0x[0-9a-fA-F]{64}$/.test(q);
export const isJobPrefix = (q) => /^0x[0-9a-fA-F]{6,64}$/.test(q);
export const isAddress = (q) => /^0x[0-9a-fA-F]{40}$/.test(q);
export const isPeerId = (q) => /^(12D3KooW|16Uiu2HA)[1-9A-HJ-NP-Za-km-z]{20,}$/.test(q);
export const isCid = (q) => /^(ipfs:\/\/)?(b[a-z2-7]{20,}|Qm[1-9A-HJ-NP-Za-km-z]{44})$/.test(q);

/** Throttle fn to at most one call per ms; a call inside the window runs once at its end. */
export function throttle(fn, ms) {
  let last = 0, t = null;
  const th = (...a) => {
    const wait = last + ms - Date.now();
    if (wait <= 0) { last = Date.now(); fn(...a); return; }
    if (!t) t = setTimeout(() => { t = null; last = Date.now(); fn(...a); }, wait);
  };
  th.cancel = () => { clearTimeout(t); t = null; };
  return th;
}
