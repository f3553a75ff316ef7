/** The corpora the bench runs on, written to a temporary folder: unique text from real articles, or synthetic. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './synthetic.js';
import { parseSource, writeUniqueCorpus, type SourceArticle } from './unique.js';

export function folderBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) n += s.size;
  }
  return n;
}

/** The BBC articles (topic/NNN.txt) of `../shared/corpora/bbc`, or null where it is absent. */
export function bbcSources(shared: string): SourceArticle[] | null {
  const dir = join(shared, 'corpora', 'bbc');
  if (!existsSync(dir)) return null;
  const out: SourceArticle[] = [];
  for (const topic of readdirSync(dir).sort()) {
    const t = join(dir, topic);
    if (!statSync(t).isDirectory()) continue;
    for (const f of readdirSync(t).sort()) {
      if (!f.endsWith('.txt')) continue;
      const a = parseSource(`${topic}_${f.replace(/\.txt$/, '')}`, topic, readFileSync(join(t, f)));
      if (a) out.push(a);
    }
  }
  return out;
}

export interface BenchCorpus {
  /** `unique text from BBC` or `synthetic` */
  kind: string;
  /** Folder with all `count` files. */
  dir: string;
  count: number;
}

/**
 * `count` distinct articles: recombined from the BBC corpus when `shared` has it, else the
 * synthetic generator (whose ~10% planted duplicates are part of its design).
 */
export function buildCorpus(tmp: string, shared: string, count: number): BenchCorpus {
  const dir = join(tmp, 'corpus');
  const sources = bbcSources(shared);
  if (sources) {
    const n = writeUniqueCorpus(dir, sources, count);
    return { kind: 'unique text from BBC', dir, count: n };
  }
  writeCorpus(dir, count, 1);
  return { kind: 'synthetic', dir, count };
}

/** A folder of links to the first `n` files of `corpus` (sorted by name), for the scaling runs. */
export function subset(corpus: BenchCorpus, tmp: string, n: number): string {
  if (n >= corpus.count) return corpus.dir;
  const dir = join(tmp, `subset-${n}`);
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(corpus.dir).sort().filter((f) => !f.endsWith('.meta.json'));
  for (const f of names.slice(0, n)) symlinkSync(join(corpus.dir, f), join(dir, f));
  for (const f of names.slice(0, n)) {
    const side = f.replace(/\.[a-z]+$/, '.meta.json');
    if (existsSync(join(corpus.dir, side))) symlinkSync(join(corpus.dir, side), join(dir, side));
  }
  return dir;
}
