/**
 * An SVG time axis with marks: a dot for a day, a bar for a longer period (a month, a year), laid
 * in named lanes (event types) or packed into rows so marks do not overlap (stories). Static: no
 * script, each mark a link with its label as tooltip.
 */
import { html, type Html } from './html.js';

export interface Mark {
  start: string;
  end: string;
  label: string;
  href: string;
  /** The lane (named lanes), else packed. */
  lane?: string;
  /** CSS class (e.g. `planned`). */
  cls?: string;
  /** Radius of a day's dot, in pixels. */
  radius?: number;
}

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick days and labels for a span: years, months or weeks, whichever gives a readable count. */
function ticks(min: number, max: number): [number, string][] {
  const out: [number, string][] = [];
  const span = max - min;
  const first = new Date(min * DAY);
  if (span > 3 * 365) {
    const step = Math.max(1, Math.ceil(span / 365 / 10));
    for (let y = first.getUTCFullYear() + 1; day(`${y}-01-01`) <= max; y += step) out.push([day(`${String(y).padStart(4, '0')}-01-01`), String(y)]);
  } else if (span > 75) {
    const step = Math.max(1, Math.ceil(span / 30 / 12));
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1; ; m += step) {
      const d = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY;
      if (d > max) break;
      out.push([d, `${MONTHS[m % 12]} ${Math.floor(m / 12)}`]);
    }
  } else {
    const step = span > 21 ? 7 : span > 7 ? 2 : 1;
    for (let d = Math.ceil(min); d <= max; d += step) out.push([d, `${iso(d).slice(8)} ${MONTHS[new Date(d * DAY).getUTCMonth()]}`]);
  }
  return out;
}

export function timeline(marks: Mark[], options: { lanes?: string[]; width?: number; title: string }): Html {
  if (!marks.length) return html`<p class="empty">Nothing dated to show.</p>`;
  const width = options.width ?? 960;
  const left = options.lanes ? 110 : 10;
  const right = 20;
  let min = Math.min(...marks.map((m) => day(m.start)));
  let max = Math.max(...marks.map((m) => day(m.end) + 1));
  if (max - min < 14) [min, max] = [min - 7, max + 7];
  const x = (d: number) => left + ((d - min) / (max - min)) * (width - left - right);
  const rowHeight = 22;
  const rowOf = laneRows(marks, x, options.lanes);
  const rows = Math.max(1, ...rowOf.values()) + 1;
  const height = 30 + rows * rowHeight;
  const y = (row: number) => 12 + row * rowHeight + rowHeight / 2;
  const shapes = marks.map((m, i) => {
    const x0 = x(day(m.start));
    const x1 = x(day(m.end) + 1);
    const cy = y(rowOf.get(i)!);
    const cls = `mark${m.cls ? ` ${m.cls}` : ''}`;
    const shape =
      m.start === m.end
        ? html`<circle class="${cls}" cx="${(x0 + x1) / 2}" cy="${cy}" r="${m.radius ?? 5}"/>`
        : html`<rect class="${cls} period" x="${x0}" y="${cy - 5}" width="${Math.max(3, x1 - x0)}" height="10" rx="3"/>`;
    return html`<a href="${m.href}"><title>${m.label}</title>${shape}</a>`;
  });
  const axis = ticks(min, max).map(([d, label]) => html`<g class="tick"><line x1="${x(d)}" x2="${x(d)}" y1="8" y2="${height - 18}"/><text x="${x(d)}" y="${height - 4}">${label}</text></g>`);
  const lanes = (options.lanes ?? []).map((l, i) => html`<text class="lane" x="${left - 8}" y="${y(i) + 4}">${l}</text>`);
  return html`<figure class="timeline"><svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${options.title}">${axis}${lanes}${shapes}</svg><figcaption>${options.title}</figcaption></figure>`;
}

/** The row of each mark: its lane's index, or the first row where it overlaps nothing (greedy, by start). */
function laneRows(marks: Mark[], x: (d: number) => number, lanes?: string[]): Map<number, number> {
  const rowOf = new Map<number, number>();
  if (lanes) {
    marks.forEach((m, i) => rowOf.set(i, Math.max(0, lanes.indexOf(m.lane ?? ''))));
    return rowOf;
  }
  const ends: number[] = [];
  const order = marks.map((m, i) => i).sort((a, b) => day(marks[a]!.start) - day(marks[b]!.start) || a - b);
  for (const i of order) {
    const m = marks[i]!;
    const from = x(day(m.start)) - (m.radius ?? 5);
    const to = x(day(m.end) + 1) + (m.radius ?? 5) + 2;
    let row = ends.findIndex((e) => e < from);
    if (row === -1) row = ends.length < 12 ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = to;
    rowOf.set(i, row);
  }
  return rowOf;
}

