#!/usr/bin/env node
/**
 * `make eval` (after the scores): news_cluster's story labels one by one. Its labels are
 * storylines (`a missile programme`, `a data breach and what followed`), many spanning months,
 * while our stories are happenings (the reports of one real-world event, a few days at most). For
 * each label this prints how far apart its articles were published, how many groups of dates
 * more than a week apart it holds, into how many of our stories its articles went, and how many
 * of its article pairs we joined, overall and among pairs published within a week of each other.
 * Reads the gold from `../shared` and the run `make eval` made into `.cache/eval/news_cluster/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_JSON_PATH } from './lib/version.js';
import { dayNumber } from './lib/dates.js';

/** Pairs published at most this many days apart are taken to report one happening. */
const SAME_WEEK = 7;

interface Row { article_id: string; story_id: string; published_date: string | null }

interface LabelFigures {
  label: string;
  articles: number;
  first: string;
  last: string;
  spanDays: number;
  dateGroups: number;
  ourStories: number;
  pairs: number;
  joined: number;
  weekPairs: number;
  weekJoined: number;
}

/** The figures of one label from its articles (those the run published). */
export function labelFigures(label: string, rows: readonly Row[]): LabelFigures {
  const days = rows.map((r) => (r.published_date ? dayNumber(r.published_date) : null));
  const known = rows.filter((r) => r.published_date).map((r) => r.published_date!).sort();
  const sortedDays = known.map(dayNumber);
  let dateGroups = known.length ? 1 : 0;
  for (let i = 1; i < sortedDays.length; i++) if (sortedDays[i]! - sortedDays[i - 1]! > SAME_WEEK) dateGroups++;
  let pairs = 0, joined = 0, weekPairs = 0, weekJoined = 0;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const same = rows[i]!.story_id === rows[j]!.story_id;
      pairs++;
      if (same) joined++;
      const a = days[i], b = days[j];
      if (a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= SAME_WEEK) {
        weekPairs++;
        if (same) weekJoined++;
      }
    }
  }
  return {
    label, articles: rows.length, first: known[0] ?? '', last: known[known.length - 1] ?? '',
    spanDays: sortedDays.length ? sortedDays[sortedDays.length - 1]! - sortedDays[0]! : 0,
    dateGroups, ourStories: new Set(rows.map((r) => r.story_id)).size, pairs, joined, weekPairs, weekJoined,
  };
}

const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '–');

/** The markdown table, labels by size, with the totals. */
export function storylineTable(figures: readonly LabelFigures[]): string {
  const lines = [
    '| label | articles | first | last | span (days) | date groups (> 7 d apart) | our stories | pairs joined | pairs ≤ 7 d joined |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const f of figures) lines.push(`| ${f.label} | ${f.articles} | ${f.first} | ${f.last} | ${f.spanDays} | ${f.dateGroups} | ${f.ourStories} | ${f.joined}/${f.pairs} | ${f.weekJoined}/${f.weekPairs} |`);
  const sum = (k: keyof LabelFigures) => figures.reduce((s, f) => s + (f[k] as number), 0);
  const storylines = figures.filter((f) => f.dateGroups > 1);
  lines.push('');
  lines.push(`labels with two or more articles: ${figures.length}; of them spanning more than one week-apart date group: ${storylines.length}`);
  lines.push(`pair recall: ${ratio(sum('joined'), sum('pairs'))} (${sum('joined')}/${sum('pairs')}); among pairs published ≤ ${SAME_WEEK} days apart: ${ratio(sum('weekJoined'), sum('weekPairs'))} (${sum('weekJoined')}/${sum('weekPairs')})`);
  return lines.join('\n') + '\n';
}

function main(): void {
  const { values: o } = parseArgs({ options: { shared: { type: 'string', default: '../shared' } } });
  const gold = join(resolve(o.shared!), 'eval', 'gold', 'news_cluster-stories.json');
  const run = join(dirname(PACKAGE_JSON_PATH), '.cache', 'eval', 'news_cluster', 'articles.json');
  if (!existsSync(gold) || !existsSync(run)) {
    process.stdout.write('news_cluster storylines: no gold or no run to read (skipped)\n');
    return;
  }
  const labels = (JSON.parse(readFileSync(gold, 'utf8')) as { stories: Record<string, string[]> }).stories;
  const byId = new Map((JSON.parse(readFileSync(run, 'utf8')) as Row[]).map((r) => [r.article_id, r]));
  const figures = Object.entries(labels)
    .map(([label, ids]) => labelFigures(label, ids.flatMap((id) => byId.get(id) ?? [])))
    .filter((f) => f.articles >= 2)
    .sort((a, b) => b.articles - a.articles || a.label.localeCompare(b.label));
  process.stdout.write(`\nnews_cluster labels, one by one:\n\n${storylineTable(figures)}`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval-storylines.js')) main();
