// wfgraph.js — a workflow's graph: where its instances go (layout, no
// DOM) and the SVG that draws them (draw, built with createElementNS).
//
// Layers by depth: an instance's layer is 1 + the largest layer of its
// parents (roots at 0), left to right; within a layer, instances in index
// order, top to bottom. A workflow may expand to 10,000 instances (and
// 100,000 parent links), so what is drawn is bounded, not the instances:
//   - in a layer of more than GROUP_ABOVE instances, and everywhere when
//     the workflow has more than MAX_NODES, each job with two or more
//     instances in the layer is one box ("train ×98", its per-state counts);
//   - parent links become edges between what is drawn, each pair once;
//     past MAX_EDGES of them none is drawn (the page says so).
// Instance states are the API's (api.WorkflowInstance): waiting, released,
// completed, failed, skipped, cancelled; classes wf-state-<state> colour
// them (app.css), and the legend uses the same classes.

import { h, s } from './dom.js';

export const INSTANCE_STATES = ['waiting', 'released', 'completed', 'failed', 'skipped', 'cancelled'];
export const GROUP_ABOVE = 60;
export const MAX_NODES = 600;
export const MAX_EDGES = 5000;

// Geometry, in SVG user units (= CSS px at scale 1).
export const NODE_W = 176, NODE_H = 52, GAP_X = 64, GAP_Y = 14, PAD = 12;

// A box's state: the first of these its members are in (all completed:
// completed; any failed: failed, so that it shows).
const BOX_ORDER = ['failed', 'released', 'waiting', 'cancelled', 'skipped', 'completed'];

/** countsText({completed: 3, waiting: 1}) → "3 completed · 1 waiting" (the states in their usual order). */
export function countsText(counts) {
  const c = counts || {};
  const known = INSTANCE_STATES.filter((k) => c[k] > 0).map((k) => `${c[k]} ${k}`);
  const other = Object.keys(c).filter((k) => !INSTANCE_STATES.includes(k) && c[k] > 0).map((k) => `${c[k]} ${k}`);
  return [...known, ...other].join(' · ') || 'none';
}

/** total(counts) → the number of instances. */
export function total(counts) {
  return Object.values(counts || {}).reduce((a, b) => a + (Number(b) || 0), 0);
}

/**
 * layout(instances) → {units, edges, layers, width, height, grouped, edgesDrawn, cyclic}.
 * units: {id, kind: 'node'|'group', layer, row, x, y, name, job, state,
 *         inst (a node's instance), members (a box's instance positions), counts}.
 * edges: {from, to} unit ids, each pair once. Pure: no DOM, O(instances + parent links).
 */
export function layout(instances) {
  const list = instances || [];
  const n = list.length;
  // Parents are instance indexes; index i is normally position i.
  const pos = new Map();
  let identity = true;
  list.forEach((inst, i) => { if (inst.index !== i) identity = false; pos.set(inst.index, i); });
  const at = identity ? (ix) => (Number.isInteger(ix) && ix >= 0 && ix < n ? ix : -1) : (ix) => (pos.has(ix) ? pos.get(ix) : -1);
  const parents = list.map((inst, i) => (inst.parents || []).map(at).filter((p) => p >= 0 && p !== i));

  // Depth: Kahn's order over the parent links.
  const depth = new Int32Array(n);
  const indeg = new Int32Array(n);
  const children = Array.from({ length: n }, () => []);
  parents.forEach((ps, i) => { for (const p of ps) { indeg[i]++; children[p].push(i); } });
  const queue = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  let seen = 0, maxDepth = 0;
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q];
    seen++;
    if (depth[u] > maxDepth) maxDepth = depth[u];
    for (const c of children[u]) {
      if (depth[u] + 1 > depth[c]) depth[c] = depth[u] + 1;
      if (--indeg[c] === 0) queue.push(c);
    }
  }
  // A cycle cannot come from the daemon (it refuses one at submit); if
  // one did, its instances go to a last layer rather than hang the page.
  const cyclic = seen < n;
  const last = seen ? maxDepth + 1 : 0;
  if (cyclic) for (let i = 0; i < n; i++) if (indeg[i] > 0) depth[i] = last;
  const layerCount = n ? (cyclic ? last : maxDepth) + 1 : 0;
  const layers = Array.from({ length: layerCount }, () => []);
  for (let i = 0; i < n; i++) layers[depth[i]].push(i);

  // Units: what is drawn.
  const groupAll = n > MAX_NODES;
  const units = [];
  const unitOf = new Int32Array(n);
  let grouped = false;
  const rowsOf = [];
  layers.forEach((members, L) => {
    const rows = [];
    if (groupAll || members.length > GROUP_ABOVE) {
      const byJob = new Map();
      for (const i of members) {
        const job = list[i].job || list[i].name;
        if (!byJob.has(job)) byJob.set(job, []);
        byJob.get(job).push(i);
      }
      const done = new Set();
      for (const i of members) {
        const job = list[i].job || list[i].name;
        if (done.has(job)) continue;
        done.add(job);
        const ms = byJob.get(job);
        if (ms.length < 2) { rows.push(nodeUnit(list, i, L)); continue; }
        grouped = true;
        const counts = {};
        for (const m of ms) counts[list[m].state] = (counts[list[m].state] || 0) + 1;
        const state = BOX_ORDER.find((st) => counts[st]) || Object.keys(counts)[0];
        rows.push({ kind: 'group', layer: L, name: `${job} ×${ms.length}`, job, state, members: ms, counts });
      }
    } else {
      for (const i of members) rows.push(nodeUnit(list, i, L));
    }
    rowsOf.push(rows);
  });
  const maxRows = Math.max(0, ...rowsOf.map((r) => r.length));
  rowsOf.forEach((rows, L) => {
    const off = ((maxRows - rows.length) * (NODE_H + GAP_Y)) / 2;
    rows.forEach((u, row) => {
      u.id = units.length;
      u.row = row;
      u.x = PAD + L * (NODE_W + GAP_X);
      u.y = PAD + off + row * (NODE_H + GAP_Y);
      units.push(u);
      if (u.kind === 'group') for (const m of u.members) unitOf[m] = u.id;
      else unitOf[u.pos] = u.id;
    });
  });

  // Edges between units, each pair once.
  const U = units.length;
  const pairs = new Set();
  const edges = [];
  parents.forEach((ps, c) => {
    for (const p of ps) {
      const a = unitOf[p], b = unitOf[c];
      if (a === b) continue;
      const key = a * U + b;
      if (pairs.has(key)) continue;
      pairs.add(key);
      edges.push({ from: a, to: b });
    }
  });

  return {
    units, edges, layers: layerCount, grouped, cyclic,
    edgesDrawn: edges.length <= MAX_EDGES,
    width: layerCount ? PAD * 2 + layerCount * (NODE_W + GAP_X) - GAP_X : PAD * 2,
    height: maxRows ? PAD * 2 + maxRows * (NODE_H + GAP_Y) - GAP_Y : PAD * 2,
  };
}

function nodeUnit(list, i, layer) {
  const inst = list[i];
  return { kind: 'node', layer, pos: i, name: inst.name, job: inst.job, state: inst.state, inst };
}

const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const tryWord = (n) => `${n} ${n === 1 ? 'try' : 'tries'}`;

/**
 * draw(lay, {jobHref, onGroup}) → the <svg id="wf-graph">: each instance a
 * g.wf-node.wf-instance (data-index, data-state, data-tries) inside a link
 * to jobHref(its last try) when it has one; each box a g.wf-node.wf-group
 * (data-job, data-count, data-state) that calls onGroup(job) when chosen;
 * each edge a path.wf-edge (data-from, data-to: unit ids).
 */
export function draw(lay, opts = {}) {
  const { jobHref = (id) => `#/jobs/${id}`, onGroup = null } = opts;
  const nodes = [];
  let instances = 0, groups = 0;
  for (const u of lay.units) {
    if (u.kind === 'group') { groups++; nodes.push(groupEl(u, onGroup)); } else { instances++; nodes.push(nodeEl(u, jobHref)); }
  }
  const byId = lay.units;
  const edges = lay.edgesDrawn ? lay.edges.map((e) => {
    const a = byId[e.from], b = byId[e.to];
    const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2, x2 = b.x, y2 = b.y + NODE_H / 2;
    const dx = Math.max(24, (x2 - x1) / 2);
    return s('path', {
      class: ['wf-edge', a.state === 'completed' ? 'done' : ''],
      d: `M${x1} ${y1} C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2 - 6} ${y2}`,
      'marker-end': 'url(#wf-arrow)', 'data-from': e.from, 'data-to': e.to,
    });
  }) : [];
  const defs = s('defs', null, s('marker', { id: 'wf-arrow', viewBox: '0 0 10 10', refX: '4', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
    s('path', { d: 'M0 0 L10 5 L0 10 z', class: 'wf-arrow' })));
  return s('svg', {
    id: 'wf-graph', class: 'wf-graph',
    width: lay.width, height: lay.height, viewBox: `0 0 ${lay.width} ${lay.height}`,
    role: 'group', 'aria-label': `Workflow graph: ${instances} instances and ${groups} boxes in ${lay.layers} layers`,
    'data-nodes': instances, 'data-groups': groups, 'data-edges': edges.length, 'data-edges-total': lay.edges.length,
  }, defs, s('g', { class: 'wf-edges' }, edges), s('g', { class: 'wf-nodes' }, nodes));
}

function nodeEl(u, jobHref) {
  const inst = u.inst;
  const tries = (inst.tries || []).length;
  const last = tries ? inst.tries[tries - 1] : '';
  const sub = [inst.state, inst.jobState && inst.jobState !== inst.state ? inst.jobState : '', tryWord(tries)].filter(Boolean).join(' · ');
  const tip = `${inst.name} (#${inst.index}): ${sub}${last ? `; job ${last}` : ''}${inst.executor ? ` on ${inst.executor}` : ''}`;
  const g = s('g', {
    class: `wf-node wf-instance wf-state-${inst.state || 'unknown'}`, transform: `translate(${u.x} ${u.y})`,
    'data-index': inst.index, 'data-state': inst.state || '', 'data-tries': tries, 'data-job-id': last || null, 'data-unit': u.id,
  },
  s('title', null, tip),
  s('rect', { class: 'wf-box', width: NODE_W, height: NODE_H, rx: '6' }),
  s('text', { class: 'wf-name', x: '10', y: '20' }, clip(inst.name || `#${inst.index}`, 22)),
  s('text', { class: 'wf-sub', x: '10', y: '39' }, clip(sub, 28)));
  if (!last) return g;
  return s('a', { href: jobHref(last), class: 'wf-link', 'aria-label': tip }, g);
}

function groupEl(u, onGroup) {
  const n = u.members.length;
  const parts = INSTANCE_STATES.filter((st) => u.counts[st]);
  const tip = `${u.job}: ${n} instances, ${countsText(u.counts)}`;
  // The state bar: one rect per state present, as wide as its share.
  const barW = NODE_W - 20;
  let x = 10;
  const bar = parts.map((st) => {
    const w = (u.counts[st] / n) * barW;
    const r = s('rect', { class: `wf-bar wf-state-${st}`, x: x.toFixed(2), y: '42', width: Math.max(w, 1).toFixed(2), height: '5' });
    x += w;
    return r;
  });
  const short = parts.map((st) => `${u.counts[st]} ${st}`).join(' · ');
  const g = s('g', {
    class: `wf-node wf-group wf-state-${u.state}`, transform: `translate(${u.x} ${u.y})`,
    'data-job': u.job, 'data-count': n, 'data-state': u.state, 'data-unit': u.id,
    tabindex: onGroup ? '0' : null, role: onGroup ? 'button' : null, 'aria-label': `${tip}; list them`,
  },
  s('title', null, `${tip}. Choose it to list its instances below.`),
  s('rect', { class: 'wf-box', width: NODE_W, height: NODE_H, rx: '6' }),
  s('rect', { class: 'wf-box-inner', x: '3', y: '3', width: NODE_W - 6, height: NODE_H - 6, rx: '4' }),
  s('text', { class: 'wf-name', x: '10', y: '19' }, clip(u.name, 22)),
  s('text', { class: 'wf-sub', x: '10', y: '35' }, clip(short, 30)),
  bar);
  if (onGroup) {
    g.addEventListener('click', () => onGroup(u.job));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onGroup(u.job); } });
  }
  return g;
}

/** legend(counts) → ul#wf-legend: one li[data-state] per instance state, its swatch and count. */
export function legend(counts) {
  const c = counts || {};
  return h('ul', { id: 'wf-legend', class: 'legend wf-legend', 'aria-label': 'Instance states' },
    INSTANCE_STATES.map((st) => h('li', { 'data-state': st },
      h('span', { class: `swatch wf-swatch wf-state-${st}`, 'aria-hidden': 'true' }), `${st} (${c[st] || 0})`)));
}
