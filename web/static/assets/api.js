// api.js — fetch helpers for the daemon's JSON API (/v1/...) and the web
// routes (/web/...).
//
// Every non-GET request carries X-CSRF-Token (the skyops_csrf cookie, which
// the daemon set at /login) and Content-Type: application/json. Errors come
// back as ApiError with the daemon's message: the pages show it as is.
// This module never stores anything and never talks to any other origin.

/** The daemon's message for a failed request; status 0 is a network failure. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || `request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code || '';
  }
  /** True when the session itself is missing (not a per-object refusal). */
  get isSession() {
    return this.status === 403 && /dashboard --print|dashboard link|not logged in/i.test(this.message) && !/wallet sign-in/i.test(this.message);
  }
}

/** The skyops_csrf cookie's value ("" when absent). */
export function csrfToken() {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'skyops_csrf') return decodeURIComponent(v.join('='));
  }
  return '';
}

const sessionListeners = new Set();
/** onSessionLost(fn): fn(err) when any request answers 403 for want of a session. */
export function onSessionLost(fn) { sessionListeners.add(fn); return () => sessionListeners.delete(fn); }

/**
 * request(method, path, {body, query, signal, as}) — as: 'json' (default),
 * 'text' or 'blob'. body is sent as JSON.
 */
export async function request(method, path, opts = {}) {
  const { body, query, signal, as = 'json' } = opts;
  let url = path;
  if (query) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
    const qs = q.toString();
    if (qs) url += `?${qs}`;
  }
  const headers = { Accept: as === 'json' ? 'application/json' : '*/*' };
  const init = { method, headers, credentials: 'same-origin', signal, cache: 'no-store' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['X-CSRF-Token'] = csrfToken();
    headers['Content-Type'] = 'application/json';
    init.body = body === undefined ? '{}' : JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `cannot reach the daemon (${e.message}): is skyopsd still running?`);
  }
  if (!res.ok) {
    const err = await errorOf(res);
    if (err.isSession) for (const fn of sessionListeners) fn(err);
    throw err;
  }
  if (as === 'blob') return res.blob();
  if (as === 'text') return res.text();
  if (res.status === 204) return null;
  const text = await res.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(res.status, 'bad_answer', `the daemon answered ${path} with something that is not JSON`);
  }
}

async function errorOf(res) {
  const text = await res.text().catch(() => '');
  let code = '', message = '';
  try {
    const j = JSON.parse(text);
    // docs/api.md: {"error", "code"}; the web contract: {"code", "message"}.
    code = j.code || '';
    message = j.message || j.error || '';
  } catch {
    message = text.trim().slice(0, 500);
  }
  if (!message) message = `${res.status} ${res.statusText}`;
  return new ApiError(res.status, code, message);
}

export const get = (path, opts) => request('GET', path, opts);
export const post = (path, body, opts = {}) => request('POST', path, { ...opts, body });

const enc = encodeURIComponent;

// The daemon's API, as docs/api.md gives it.
export const api = {
  id: (o) => get('/v1/id', o),
  nodes: (o) => get('/v1/nodes', o),
  peers: (o) => get('/v1/peers', o),
  jobs: (query, o) => get('/v1/jobs', { ...o, query }),
  job: (id, o) => get(`/v1/jobs/${enc(id)}`, o),
  explain: (id, o) => get(`/v1/jobs/${enc(id)}/explain`, o),
  telemetry: (id, o) => get(`/v1/jobs/${enc(id)}/telemetry`, o),
  receipts: (id, o) => get(`/v1/jobs/${enc(id)}/receipts`, o),
  verify: (id, o) => get(`/v1/jobs/${enc(id)}/verify`, o),
  bill: (owner, o) => get('/v1/bill', { ...o, query: { owner } }),
  earnings: (o) => get('/v1/earnings', o),
  content: (o) => get('/v1/content', o),
  contentURL: (cid) => `/v1/content/${enc(cid)}`,
  models: (o) => get('/v1/models', o),
  draft: (spec, artifact) => post('/v1/jobs/draft', artifact ? { spec, artifact } : { spec }),
  submit: (body) => post('/v1/jobs', body),
  cancelTypedData: (id) => get(`/v1/jobs/${enc(id)}/cancel/typed-data`),
  cancel: (id, signature) => post(`/v1/jobs/${enc(id)}/cancel`, { signature }),
  workflows: (query, o) => get('/v1/workflows', { ...o, query }),
  workflow: (id, o) => get(`/v1/workflows/${enc(id)}`, o),
};

// The web routes (web-contract.md).
export const web = {
  wallet: (o) => get('/web/wallet', o),
  challenge: () => get('/web/wallet/challenge'),
  signIn: (address, signature) => post('/web/wallet', { address, signature }),
  logout: () => post('/web/wallet/logout', {}),
  resultsKeyTypedData: () => get('/web/results-key/typed-data'),
  resultsKey: (resultsSignature) => post('/web/results-key', { resultsSignature }),
  logs: (id, resultsSignature, o) => post(`/web/jobs/${enc(id)}/logs`, { resultsSignature }, { ...o, as: 'text' }),
  output: (id, resultsSignature, o) => post(`/web/jobs/${enc(id)}/output`, { resultsSignature }, { ...o, as: 'blob' }),
};
