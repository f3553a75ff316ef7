/**
 * The change report of a regeneration: per table, which rows were added, removed and changed (by
 * id, with the columns that changed), against the output the run replaces. Pure and deterministic
 * (ids sorted, no clock), so the same two versions always give the same report. Run as a program,
 * `node dist/pipeline/changes.js summary out/changes.json` prints the one-line summary that the
 * regeneration commit uses as its message.
 */
import { readFileSync } from 'node:fs';
import { cmp } from './lib/collections.js';

type Row = Record<string, unknown>;

/** One table's changes; on a first publication (`before` null) only the counts: the lists stay empty. */
export interface TableChanges {
  before: number | null;
  after: number;
  added: string[];
  removed: string[];
  changed: { id: string; columns: string[] }[];
  columns_added: string[];
  columns_removed: string[];
}

export interface Changes {
  /** Digest of the previous tables (their JSON files), or null when there was no previous output. */
  from: string | null;
  /** Digest of the new tables. */
  to: string;
  tables: Record<string, TableChanges>;
}

/** A row's id: its primary key, several columns joined by commas. */
export function rowId(primaryKey: string, row: Row): string {
  const keys = keyColumns(primaryKey);
  if (keys.length === 1) return String(row[keys[0]!]);
  return keys.map((k) => String(row[k])).join(',');
}

/** A primary key's columns, split once per key (rowId runs twice per row of every table written). */
function keyColumns(primaryKey: string): readonly string[] {
  let keys = KEY_COLUMNS.get(primaryKey);
  if (!keys) KEY_COLUMNS.set(primaryKey, (keys = primaryKey.split(',')));
  return keys;
}
const KEY_COLUMNS = new Map<string, string[]>();

/**
 * How the rows of one table differ: `previous` null means there was no previous output (a first
 * publication: counts only, every row is new).
 */
export function diffTable(primaryKey: string, columns: string[], previous: Iterable<Row> | null, next: readonly Row[]): TableChanges {
  return diffRows(primaryKey, columns, previous, next.map((r) => rowId(primaryKey, r)), (i) => next[i]!);
}

/** A previous row as the JSON text it was written as (`parse` gives the row), so a row written exactly as before need not be parsed. */
export class RowText {
  constructor(
    readonly text: string,
    readonly parse: () => Row,
  ) {}
}

/**
 * Previous rows known to be the new rows `start` to `start + count` exactly (a batch of the previous
 * JSON written byte for byte as a new one, emit/tables.ts): neither parsed nor compared.
 */
export class SameRows {
  constructor(
    readonly start: number,
    readonly count: number,
  ) {}
}

/**
 * `diffTable` over rows that are not all at hand: the previous rows are read once, in any order,
 * one at a time; the new rows are known by their ids, and `row(i)` gives the i-th whole only when
 * it is compared (a stored table reads it back then). With `sameText`, which gives the index of the
 * new row whose JSON text (as emit/json.ts writes it) is exactly a previous row's text, such rows
 * are known unchanged from their text alone (a previous row given as `RowText`).
 */
export function diffRows(primaryKey: string, columns: string[], previous: Iterable<Row | RowText | SameRows> | null, ids: readonly string[], row: (i: number) => Row, sameText?: (text: string) => number | undefined): TableChanges {
  const out: TableChanges = { before: null, after: ids.length, added: [], removed: [], changed: [], columns_added: [], columns_removed: [] };
  if (previous === null) return out;
  const index = new Map(ids.map((id, i) => [id, i]));
  const seen = new Uint8Array(ids.length);
  let before = 0;
  let shared: string[] | null = null;
  for (const item of previous) {
    if (item instanceof SameRows) {
      before += item.count;
      seen.fill(1, item.start, item.start + item.count);
      shared ??= columns;
      continue;
    }
    before++;
    let old: Row;
    if (item instanceof RowText) {
      // A previous row written exactly as a new row is that row, unchanged: its columns are
      // `columns` (in order) and its values theirs, so it is neither parsed nor compared.
      const same = sameText?.(item.text);
      if (same !== undefined) {
        seen[same] = 1;
        shared ??= columns;
        continue;
      }
      old = item.parse();
    } else old = item;
    if (!shared) {
      const prevColumns = Object.keys(old);
      shared = columns.filter((c) => prevColumns.includes(c));
      out.columns_added = columns.filter((c) => !prevColumns.includes(c));
      out.columns_removed = prevColumns.filter((c) => !columns.includes(c));
    }
    const id = rowId(primaryKey, old);
    const i = index.get(id);
    if (i === undefined) {
      out.removed.push(id);
      continue;
    }
    seen[i] = 1;
    const r = row(i);
    const differ = shared.filter((c) => JSON.stringify(old[c] ?? null) !== JSON.stringify(r[c] ?? null));
    if (differ.length) out.changed.push({ id, columns: differ });
  }
  out.before = before;
  ids.forEach((id, i) => {
    if (!seen[i]) out.added.push(id);
  });
  out.added.sort(cmp);
  out.removed.sort(cmp);
  out.changed.sort((a, b) => cmp(a.id, b.id));
  return out;
}

/**
 * `changes.json`: the report as data. A first publication gives counts only: every row is new, and
 * listing every id of a large corpus would make the report as big as a table.
 */
export function changesJson(c: Changes): string {
  const body = c.from === null ? { ...c, tables: Object.fromEntries(Object.entries(c.tables).map(([n, t]) => [n, { before: null, after: t.after }])) } : c;
  return JSON.stringify(body, null, 2) + '\n';
}

const plural = (n: number, word: string) => `${n} ${n === 1 ? word.replace(/s$/, '') : word}`;

/** One line: `+3 events, -1 quotes, ~2 articles` (or `no change`), for a commit message. */
export function summaryLine(c: Changes): string {
  const parts: string[] = [];
  for (const [name, t] of Object.entries(c.tables)) {
    if (t.added.length) parts.push(`+${t.added.length} ${name}`);
    if (t.removed.length) parts.push(`-${t.removed.length} ${name}`);
    if (t.changed.length) parts.push(`~${t.changed.length} ${name}`);
    if (t.columns_added.length) parts.push(`new columns in ${name}`);
    if (t.columns_removed.length) parts.push(`columns removed from ${name}`);
  }
  if (c.from === null) return `first publication: ${Object.entries(c.tables).map(([n, t]) => plural(t.after, n)).join(', ')}`;
  return parts.length ? parts.join(', ') : 'no change in the rows';
}

/** Ids in the Markdown report, per list: the JSON report has them all. */
const LISTED = 50;

function idList(label: string, ids: string[]): string[] {
  if (!ids.length) return [];
  const shown = ids.slice(0, LISTED).map((id) => `\`${id}\``).join(', ');
  return [`- ${label} (${ids.length}): ${shown}${ids.length > LISTED ? `, and ${ids.length - LISTED} more (see changes.json)` : ''}`];
}

/** The Markdown report: a count table, then the ids per table. */
export function changesMarkdown(c: Changes): string {
  const lines = [
    '# Changes',
    '',
    c.from === null
      ? `First publication: there was no previous output to compare with (data version \`${c.to.slice(0, 12)}\`).`
      : `Rows added, removed and changed since the previous output (data version \`${c.from.slice(0, 12)}\` → \`${c.to.slice(0, 12)}\`): ${summaryLine(c)}.`,
    '',
    '| table | before | after | added | removed | changed |',
    '|---|---:|---:|---:|---:|---:|',
    ...Object.entries(c.tables).map(([n, t]) => `| ${n} | ${t.before ?? '–'} | ${t.after} | ${t.before === null ? t.after : t.added.length} | ${t.removed.length} | ${t.changed.length} |`),
    '',
  ];
  if (c.from === null) return lines.join('\n');
  for (const [name, t] of Object.entries(c.tables)) {
    const items = [
      ...(t.columns_added.length ? [`- New columns: ${t.columns_added.map((x) => `\`${x}\``).join(', ')}`] : []),
      ...(t.columns_removed.length ? [`- Columns removed: ${t.columns_removed.map((x) => `\`${x}\``).join(', ')}`] : []),
      ...idList('Added', t.added),
      ...idList('Removed', t.removed),
    ];
    if (t.changed.length) {
      const shown = t.changed.slice(0, LISTED).map((x) => `\`${x.id}\` (${x.columns.join(', ')})`);
      items.push(`- Changed (${t.changed.length}): ${shown.join('; ')}${t.changed.length > LISTED ? `; and ${t.changed.length - LISTED} more (see changes.json)` : ''}`);
    }
    if (items.length) lines.push(`## ${name}`, '', ...items, '');
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!) && process.argv[2] === 'summary') {
  const c = JSON.parse(readFileSync(process.argv[3] ?? 'out/changes.json', 'utf8')) as Changes;
  process.stdout.write(summaryLine(c) + '\n');
}
