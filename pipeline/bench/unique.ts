/**
 * A benchmark corpus of distinct articles, built deterministically from real ones: no two files
 * share a body, so no reuse of results by content can flatter a figure.
 *
 * Round 0 is the source articles as they are (exact copies within the sources are dropped).
 * Every later round makes one new article per source article: its title and lead, then its body
 * paragraphs interleaved with one or two paragraphs of another article of the same folder, with
 * every number changed and every capitalised word outside a sentence start renamed through a
 * per-article mapping drawn from the corpus's own capitalised words (so `Smith ... Smith` stays
 * one person, and the text keeps the shape of news). A body seen before is perturbed again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCp1252 } from '../lib/cp1252.js';
import { prng } from './synthetic.js';

export interface SourceArticle {
  /** `topic_NNN` */
  name: string;
  /** Folder it came from: paragraphs are recombined within a folder only. */
  group: string;
  title: string;
  paragraphs: string[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A title line, a blank line and paragraphs (the BBC layout); other layouts: the first line is the title. */
export function parseSource(name: string, group: string, bytes: Uint8Array): SourceArticle | null {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    text = decodeCp1252(bytes);
  }
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  if (blocks.length < 3) return null;
  return { name, group, title: blocks[0]!, paragraphs: blocks.slice(1) };
}

const CAPITALISED = /\b[A-Z][a-z]{2,}\b/g;
const NUMBER = /\d+/g;

/** Capitalised words not at a sentence start: the names and places a renaming may swap. */
function namesIn(paragraph: string): string[] {
  const out: string[] = [];
  for (const m of paragraph.matchAll(CAPITALISED)) {
    const before = paragraph.slice(Math.max(0, m.index - 2), m.index);
    if (m.index === 0 || /[.!?"“]\s?$/.test(before)) continue;
    out.push(m[0]);
  }
  return out;
}

/** Writes `count` distinct articles to `dir` and returns how many were written. */
export function writeUniqueCorpus(dir: string, sources: SourceArticle[], count: number, seed = 11): number {
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  const byGroup = new Map<string, SourceArticle[]>();
  for (const s of sources) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  const vocabulary = [...new Set(sources.flatMap((s) => s.paragraphs.flatMap(namesIn)))].sort();
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let written = 0;
  for (let round = 0; written < count; round++) {
    let progress = false;
    for (const source of sources) {
      if (written >= count) break;
      let article = round === 0 ? source : recombine(source, pick(byGroup.get(source.group)!), vocabulary, r);
      for (let tries = 0; seen.has(bodyKey(article)) && tries < 5; tries++) article = recombine(article, source, vocabulary, r);
      const key = bodyKey(article);
      if (seen.has(key)) continue;
      seen.add(key);
      progress = true;
      writeFileSync(join(dir, `u${String(round).padStart(3, '0')}_${source.name}.txt`), `${article.title}\n\n${article.paragraphs.join('\n\n')}\n`);
      written++;
    }
    if (!progress) break;
  }
  return written;
}

function bodyKey(a: SourceArticle): string {
  return createHash('sha1').update(a.paragraphs.join('\n')).digest('hex');
}

function recombine(base: SourceArticle, other: SourceArticle, vocabulary: string[], r: () => number): SourceArticle {
  const body = base.paragraphs.slice(1);
  const extra = other.paragraphs.slice(1).filter((p) => !base.paragraphs.includes(p));
  const mixed: string[] = [];
  const takes = 1 + Math.floor(r() * 2);
  const at = new Set(Array.from({ length: takes }, () => Math.floor(r() * (body.length + 1))));
  body.forEach((p, i) => {
    if (at.has(i) && extra.length) mixed.push(extra[Math.floor(r() * extra.length)]!);
    mixed.push(p);
  });
  if (at.has(body.length) && extra.length) mixed.push(extra[Math.floor(r() * extra.length)]!);
  const renames = new Map<string, string>();
  const rename = (p: string) =>
    p
      .replace(CAPITALISED, (w, offset: number) => {
        const before = p.slice(Math.max(0, offset - 2), offset);
        if (offset === 0 || /[.!?"“]\s?$/.test(before) || r() < 0.5) return w;
        let to = renames.get(w);
        if (!to) renames.set(w, (to = vocabulary[Math.floor(r() * vocabulary.length)] ?? w));
        return to;
      })
      .replace(NUMBER, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + r())))));
  return { ...base, title: rename(base.title), paragraphs: [rename(base.paragraphs[0]!), ...mixed.map(rename)] };
}
