// chart.js — small SVG line charts, drawn by hand (no library, no canvas).
//
// Geometry goes into SVG attributes (points, x, y), which the CSP allows;
// colours come from CSS classes (.line.gpu-0 …). A chart never holds more
// points than it is given, and callers bound what they give (see MAX_POINTS).

import { s } from './dom.js';

export const MAX_POINTS = 600;

const W = 600, H = 180;
const PAD = { l: 48, r: 12, t: 26, b: 24 };

/** Reduce points to at most max by striding (keeps the first and last). */
export function thin(points, max = MAX_POINTS) {
  if (points.length <= max) return points;
  const out = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]);
  return out;
}

function niceMax(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
  return 10 * p;
}

function fmtTick(v) {
  if (v >= 1000) return `${+(v / 1000).toFixed(1)}k`;
  return String(+v.toFixed(1));
}

/**
 * lineChart({id, title, unit, max, simulated, series: [{label, gpu, points: [[tMs, value], …]}]})
 * → an <svg> with data-testid=id and data-points = the number of points drawn.
 */
export function lineChart({ id, title, unit = '', max, simulated = false, series }) {
  const all = series.flatMap((se) => se.points);
  const n = all.length;
  const t0 = n ? Math.min(...all.map((p) => p[0])) : 0;
  const t1 = n ? Math.max(...all.map((p) => p[0])) : 1;
  const yMax = max || niceMax(n ? Math.max(...all.map((p) => p[1])) : 1);
  const x = (t) => PAD.l + (t1 === t0 ? (W - PAD.l - PAD.r) : ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r));
  const y = (v) => H - PAD.b - (Math.min(v, yMax) / yMax) * (H - PAD.t - PAD.b);

  const svg = s('svg', {
    class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}${simulated ? ' (simulated)' : ''}`,
    'data-testid': id, id, 'data-points': n, 'data-simulated': simulated ? 'true' : 'false',
  });
  svg.append(s('text', { class: 'chart-title', x: PAD.l, y: 16 }, `${title}${unit ? ` (${unit})` : ''}`));
  if (simulated) svg.append(s('text', { class: 'chart-sim', x: W - PAD.r, y: 16, 'text-anchor': 'end', 'data-testid': 'chart-simulated' }, 'simulated'));
  for (const f of [0, 0.5, 1]) {
    const yy = y(yMax * f);
    svg.append(s('line', { class: 'grid', x1: PAD.l, x2: W - PAD.r, y1: yy, y2: yy }));
    svg.append(s('text', { class: 'tick', x: PAD.l - 6, y: yy + 4, 'text-anchor': 'end' }, fmtTick(yMax * f)));
  }
  if (n) {
    const tl = (t) => new Date(t).toLocaleTimeString();
    svg.append(s('text', { class: 'tick', x: PAD.l, y: H - 6 }, tl(t0)));
    svg.append(s('text', { class: 'tick', x: W - PAD.r, y: H - 6, 'text-anchor': 'end' }, tl(t1)));
  } else {
    svg.append(s('text', { class: 'tick', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no readings yet'));
  }
  for (const se of series) {
    if (!se.points.length) continue;
    const pts = thin(se.points).map((p) => `${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    const cls = `line gpu-${se.gpu % 8}`;
    if (se.points.length === 1) {
      const [px, py] = pts.split(',');
      svg.append(s('circle', { class: `${cls} dot`, cx: px, cy: py, r: 3 }, s('title', null, se.label)));
    } else {
      svg.append(s('polyline', { class: cls, points: pts, fill: 'none' }, s('title', null, se.label)));
    }
  }
  return svg;
}

/** A legend for the GPUs of a set of charts. */
export function legend(gpus) {
  const el = document.createElement('ul');
  el.className = 'legend';
  for (const g of gpus) {
    const li = document.createElement('li');
    const sw = document.createElement('span');
    sw.className = `swatch gpu-${g % 8}`;
    li.append(sw, document.createTextNode(`GPU ${g}`));
    el.append(li);
  }
  return el;
}
