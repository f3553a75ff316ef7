/**
 * `make check`: validate a published folder. Every row of every table's JSON must pass its schema,
 * the three formats must hold the same number of rows, ids must be unique, references must resolve,
 * and every evidence span must be the exact slice of its article's text (code points).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { TABLES } from '../schemas/index.js';

export function checkOut(outDir: string): string[] {
  const problems: string[] = [];
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const t of TABLES) {
    const json = JSON.parse(readFileSync(join(outDir, `${t.name}.json`), 'utf8')) as Record<string, unknown>[];
    rows[t.name] = json;
    const strict = t.schema.strict();
    json.forEach((r, i) => {
      const res = strict.safeParse(r);
      if (!res.success) problems.push(`${t.name}[${i}]: ${res.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    });
    const arrowRows = tableFromIPC(readFileSync(join(outDir, `${t.name}.arrow`))).numRows;
    if (arrowRows !== json.length) problems.push(`${t.name}: ${json.length} JSON rows but ${arrowRows} Arrow rows`);
    const keys = new Set<string>();
    for (const r of json) {
      const k = t.primaryKey.split(',').map((c) => String(r[c])).join(',');
      if (keys.has(k)) problems.push(`${t.name}: duplicate key ${k}`);
      keys.add(k);
    }
  }
  const texts = new Map(rows.articles!.map((a) => [a.article_id as string, Array.from(a.text as string)]));
  for (const t of TABLES) {
    for (const [col, ref] of Object.entries(t.foreignKeys ?? {})) {
      const targets = new Set(rows[ref.table]!.map((r) => r[ref.column]));
      for (const r of rows[t.name]!) if (r[col] !== null && !targets.has(r[col])) problems.push(`${t.name}: ${col} ${String(r[col])} not in ${ref.table}`);
    }
    if (!t.offsets.includes('span_start')) continue;
    for (const r of rows[t.name]!) {
      const cps = texts.get(r.article_id as string);
      if (!cps) continue;
      if (cps.slice(r.span_start as number, r.span_end as number).join('') !== r.evidence) problems.push(`${t.name}: evidence of ${JSON.stringify(r).slice(0, 80)} is not text[span_start:span_end]`);
      if (t.offsets.includes('quote_start') && cps.slice(r.quote_start as number, r.quote_end as number).join('') !== r.text) {
        problems.push(`${t.name}: quoted words of ${String(r.quote_id)} are not text[quote_start:quote_end]`);
      }
    }
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
