/**
 * `make check`: validate a published folder. Every row of every table's JSON must pass its
 * published schema (derived date bounds included, and equal to what their partial date says);
 * Arrow and Parquet must hold the same columns and number of rows; ids must be unique, foreign
 * keys must resolve, every evidence span must point into its article's text (code points) at a
 * sentence holding what the row says (the quoted words, the trigger), and datapackage.json must
 * list every table file with its true size and hash.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm/node';
import { TABLES, columns, foreignKeys, withBounds, type TableDef } from '../schemas/index.js';
import { append } from './lib/collections.js';

type Row = Record<string, unknown>;

function checkTable(outDir: string, t: TableDef, json: Row[], problems: string[]): void {
  const strict = t.published.strict();
  const cols = columns(t.published);
  const names = cols.map((c) => c.name);
  json.forEach((r, i) => {
    const res = strict.safeParse(r);
    if (!res.success) problems.push(`${t.name}[${i}]: ${res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    const derived = withBounds(cols, r);
    for (const c of cols) if (c.boundOf && derived[c.name] !== r[c.name]) problems.push(`${t.name}[${i}]: ${c.name} ${String(r[c.name])} is not the ${c.boundOf.end} of ${String(r[c.boundOf.column])}`);
  });
  const arrow = tableFromIPC(readFileSync(join(outDir, `${t.name}.arrow`)));
  if (arrow.numRows !== json.length) problems.push(`${t.name}: ${json.length} JSON rows but ${arrow.numRows} Arrow rows`);
  if (arrow.schema.fields.map((f) => f.name).join() !== names.join()) problems.push(`${t.name}.arrow: columns are not the schema's`);
  const parquet = tableFromIPC(readParquet(readFileSync(join(outDir, `${t.name}.parquet`))).intoIPCStream());
  if (parquet.numRows !== json.length) problems.push(`${t.name}: ${json.length} JSON rows but ${parquet.numRows} Parquet rows`);
  if (parquet.schema.fields.map((f) => f.name).join() !== names.join()) problems.push(`${t.name}.parquet: columns are not the schema's`);
  const keys = new Set<string>();
  for (const r of json) {
    const k = t.primaryKey.split(',').map((c) => String(r[c])).join(',');
    if (keys.has(k)) problems.push(`${t.name}: duplicate key ${k}`);
    keys.add(k);
  }
}

/** Every resource of datapackage.json is there, with the size and hash it states. */
function checkPackage(outDir: string, problems: string[]): void {
  const path = join(outDir, 'datapackage.json');
  if (!existsSync(path)) return void problems.push('datapackage.json is missing');
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as { resources: { path: string; bytes: number; hash: string }[] };
  for (const r of pkg.resources) {
    const file = join(outDir, r.path);
    if (!existsSync(file)) {
      problems.push(`datapackage.json lists ${r.path}, which is missing`);
      continue;
    }
    const bytes = readFileSync(file);
    if (bytes.length !== r.bytes || `sha256:${createHash('sha256').update(bytes).digest('hex')}` !== r.hash) problems.push(`datapackage.json: ${r.path} has another size or hash than listed`);
  }
}

/**
 * A row's evidence span, against its article's text (as code points): inside the text, not empty,
 * no space at either end, holding the quoted words at their offsets (quotes) or the trigger
 * (events). The published rows do not repeat the sentence: the span is the only way to it.
 */
export function spanProblems(t: TableDef, r: Row, cps: string[]): string[] {
  const out: string[] = [];
  const start = r.span_start as number;
  const end = r.span_end as number;
  const what = `${t.name} row ${t.primaryKey.split(',').map((k) => String(r[k])).join(',')}`;
  if (!cps.length) return [];
  if (!(start >= 0 && start < end && end <= cps.length)) return [`${what}: span ${start}-${end} is not inside its article's text (${cps.length} code points)`];
  const sentence = cps.slice(start, end).join('');
  if (sentence.trim() !== sentence) out.push(`${what}: span ${start}-${end} starts or ends with a space`);
  if (t.offsets.includes('quote_start')) {
    const qs = r.quote_start as number;
    const qe = r.quote_end as number;
    if (!(start <= qs && qs <= qe && qe <= end)) out.push(`${what}: the quoted words ${qs}-${qe} are not inside the evidence ${start}-${end}`);
    else if (cps.slice(qs, qe).join('') !== r.text) out.push(`${what}: text[quote_start:quote_end] is not the quoted words`);
  }
  if (typeof r.trigger === 'string' && !sentence.toLowerCase().includes(r.trigger.toLowerCase())) out.push(`${what}: the evidence does not hold the trigger ${JSON.stringify(r.trigger)}`);
  return out;
}

export function checkOut(outDir: string): string[] {
  const problems: string[] = [];
  const rows: Record<string, Row[]> = {};
  for (const t of TABLES) {
    rows[t.name] = JSON.parse(readFileSync(join(outDir, `${t.name}.json`), 'utf8')) as Row[];
    checkTable(outDir, t, rows[t.name]!, problems);
  }
  checkPackage(outDir, problems);
  const texts = new Map(rows.articles!.map((a) => [a.article_id as string, Array.from(a.text as string)]));
  for (const t of TABLES) {
    for (const k of foreignKeys(t)) {
      const targets = new Set(rows[k.table]!.map((r) => r[k.references]));
      for (const r of rows[t.name]!) if (r[k.column] !== null && !targets.has(r[k.column])) problems.push(`${t.name}: ${k.column} ${String(r[k.column])} not in ${k.table}`);
    }
    if (!t.offsets.includes('span_start')) continue;
    // A row of an unknown article is the foreign-key problem above.
    for (const r of rows[t.name]!) append(problems, spanProblems(t, r, texts.get(r.article_id as string) ?? []));
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const outDir = process.argv[2] ?? 'out';
  const problems = checkOut(outDir);
  for (const p of problems) process.stderr.write(`check: ${p}\n`);
  process.stderr.write(`check: ${outDir}: ${problems.length ? `${problems.length} problems` : 'valid'}\n`);
  process.exitCode = problems.length ? 1 : 0;
}
