/**
 * The run's verdict on its records and messages: every record checked against its table's schema,
 * and the report (`report.json`): valid, counts, messages by rule, then every message, sorted.
 */
import { TABLES } from '../schemas/index.js';
import { cmp } from './lib/collections.js';
import type { Message } from './types.js';

export interface Report {
  valid: boolean;
  stats: Record<string, number>;
  messages_by_rule: Record<string, number>;
  errors: Message[];
  warnings: Message[];
  infos: Message[];
}

/**
 * Validate every record against its table's schema; a failure names the row's id and the path.
 * `without` names columns the rows leave out on purpose, per table (the articles' texts, checked
 * with each article as it is analysed).
 */
export function validate(tables: Record<string, Record<string, unknown>[]>, without: Record<string, string[]> = {}): Message[] {
  const out: Message[] = [];
  for (const t of TABLES) {
    const left = without[t.name] ?? [];
    const schema = left.length ? t.schema.omit(Object.fromEntries(left.map((c) => [c, true])) as Record<string, true> & Record<number, never>) : t.schema;
    const strict = schema.strict();
    for (const row of tables[t.name] ?? []) {
      const r = strict.safeParse(row);
      if (r.success) continue;
      const id = t.primaryKey.split(',').map((k) => String(row[k])).join(',');
      for (const issue of r.error.issues) {
        out.push({
          ruleId: `schema/${issue.code}`,
          severity: 'error',
          reason: `${t.name} row ${id}: ${issue.path.join('.') || '(row)'}: ${issue.message}`,
          ...(typeof row.article_id === 'string' ? { articleId: row.article_id } : {}),
        });
      }
    }
  }
  return out;
}

export function buildReport(messages: Message[], stats: Record<string, number>): Report {
  shareStrings(messages);
  const sorted = [...messages].sort(
    (a, b) =>
      cmp(a.file ?? a.articleId ?? '', b.file ?? b.articleId ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.start ?? 0) - (b.start ?? 0) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.reason, b.reason),
  );
  const byRule: Record<string, number> = {};
  for (const m of sorted) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
  return {
    valid: !sorted.some((m) => m.severity === 'error' && (m.ruleId.startsWith('schema/') || m.ruleId.startsWith('run/'))),
    stats,
    messages_by_rule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => cmp(a, b))),
    errors: sorted.filter((m) => m.severity === 'error'),
    warnings: sorted.filter((m) => m.severity === 'warning'),
    infos: sorted.filter((m) => m.severity === 'info'),
  };
}

/**
 * One copy of each string the messages repeat (rules, reasons, files, ids), in place: each message
 * comes back from a worker or the run store with copies of its own, and the report is held until
 * the output is written ([scale]: 50,000 articles give 167,000 messages with 12,000 reasons).
 */
function shareStrings(messages: Message[]): void {
  const seen = new Map<string, string>();
  for (const m of messages as unknown as Record<string, unknown>[]) {
    for (const k in m) {
      const v = m[k];
      if (typeof v !== 'string') continue;
      const one = seen.get(v);
      if (one === undefined) seen.set(v, v);
      else m[k] = one;
    }
  }
}
