/**
 * A content-addressed cache of per-article results (`ArticleResult`), so a re-run analyses only
 * the articles that changed. It sits in front of the per-article stages as a `run({ analyze })`
 * wrapper and never reads input files: it is given the RawArticle that ingest produced.
 *
 * Key: SHA-256 of the file's SHA-256, the article id, its file path and format, its metadata, a
 * fingerprint of the code (every compiled file under pipeline/ and schemas/, plus
 * package-lock.json) and the options. Any change to the input or to the code gives a new key, so
 * an entry is never stale; old entries are simply not read again (`make clean` removes them).
 *
 * Entry: `RPTG1\n`, the SHA-256 of the payload, then the payload (`node:v8` serialize, which keeps
 * the Uint32Array signature and property order). Written to a temporary file and renamed, so a
 * reader never sees half an entry; an entry that fails its checksum, does not deserialize or is
 * not for this article counts as a miss and is recomputed and rewritten. The cache is only ever a
 * shortcut: a cache error never fails a run, and a hit is byte-for-byte what the stages give.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import pLimit from 'p-limit';
import type { ArticleResult } from './article-result.js';
import { PACKAGE_JSON_PATH } from './lib/version.js';
import { frameEntry, unframeEntry } from './lib/checked-entry.js';
import type { RawArticle } from './types.js';

export const DEFAULT_CACHE_DIR = '.cache/articles';

const MAGIC = Buffer.from('RPTG1\n');

export interface CacheStats {
  hits: number;
  /** Articles analysed because no usable entry existed. */
  misses: number;
  /** Entries found but unusable (bad checksum, truncated, not this article); counted in misses too. */
  corrupt: number;
  writes: number;
  writeErrors: number;
}

export interface ArticleCache {
  readonly dir: string;
  readonly stats: CacheStats;
  key(raw: RawArticle): string;
  get(key: string, raw: RawArticle): Promise<ArticleResult | null>;
  /** Starts writing an entry in the background; `flush` waits for every write. */
  put(key: string, analysis: ArticleResult): void;
  flush(): Promise<void>;
}

export interface CacheOptions {
  /** The cache folder (default `.cache/articles`). */
  dir?: string;
  /** Options that can change the per-article results; part of every key. */
  options?: unknown;
  /** Overrides the code fingerprint (tests). */
  fingerprint?: string;
}

let fingerprintMemo: string | null = null;

/**
 * A hash of the code that produces an ArticleResult: every file under pipeline/ and schemas/
 * next to this module (dist/ when run from the build), and package-lock.json (dependency versions).
 * Broader than needed (bench.js counts too), which only costs a recompute after such a change.
 */
export function codeFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const h = createHash('sha256');
  for (const sub of ['pipeline', 'schemas']) {
    const dir = join(root, sub);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
    for (const f of files) h.update(`${sub}/${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  }
  const lock = join(dirname(PACKAGE_JSON_PATH), 'package-lock.json');
  if (existsSync(lock)) h.update('package-lock.json\0').update(readFileSync(lock));
  fingerprintMemo = h.digest('hex');
  return fingerprintMemo;
}

export function openCache(o: CacheOptions = {}): ArticleCache {
  const dir = o.dir ?? DEFAULT_CACHE_DIR;
  const prefix = JSON.stringify([o.fingerprint ?? codeFingerprint(), o.options ?? null]);
  const stats: CacheStats = { hits: 0, misses: 0, corrupt: 0, writes: 0, writeErrors: 0 };
  const writes = pLimit(8);
  const pending = new Set<Promise<void>>();
  const made = new Set<string>();
  let tmpCounter = 0;
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.bin`);

  const write = async (key: string, payload: Buffer) => {
    const path = pathOf(key);
    const sub = dirname(path);
    const tmp = `${path}.tmp-${process.pid}-${tmpCounter++}`;
    try {
      if (!made.has(sub)) {
        await mkdir(sub, { recursive: true });
        made.add(sub);
      }
      await writeFile(tmp, frameEntry(MAGIC, payload));
      await rename(tmp, path);
      stats.writes++;
    } catch {
      // A full disk or a read-only folder only costs the speed-up next time.
      stats.writeErrors++;
      await rm(tmp, { force: true }).catch(() => {});
    }
  };

  return {
    dir,
    stats,
    key(raw) {
      // The file path and format are in the key as well as the id: they are part of the analysis.
      const parts = [raw.sha256, raw.articleId, raw.file, raw.format, raw.bytes, raw.meta];
      return createHash('sha256').update(prefix).update('\0').update(JSON.stringify(parts)).digest('hex');
    },
    async get(key, raw) {
      let bytes: Buffer;
      try {
        // Read at once: an entry is small, and fs/promises' readFile (open, stat, read, close, each
        // a round trip to the thread pool) costs the main thread several times the read itself.
        bytes = readFileSync(pathOf(key));
      } catch {
        stats.misses++;
        return null;
      }
      const analysis = decode(bytes);
      if (!analysis || analysis.article.articleId !== raw.articleId || analysis.article.sha256 !== raw.sha256) {
        stats.corrupt++;
        stats.misses++;
        return null;
      }
      stats.hits++;
      return analysis;
    },
    put(key, analysis) {
      // Serialised now: the run goes on to change the result it was given (its text to the run store).
      const payload = serialize(analysis);
      const p = writes(() => write(key, payload)).finally(() => pending.delete(p));
      pending.add(p);
    },
    async flush() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

/** An entry's analysis, or null when it is not a whole, well-formed entry. */
function decode(bytes: Buffer): ArticleResult | null {
  const payload = unframeEntry(MAGIC, bytes);
  if (!payload) return null;
  try {
    const a = deserialize(payload) as ArticleResult;
    if (!a || typeof a !== 'object' || !a.article || !(a.signature instanceof Uint32Array) || !Array.isArray(a.messages)) return null;
    // Typed arrays come back as views into the entry's bytes: what the run keeps (the signature,
    // the astral positions) is copied out, so the entry's bytes are not held to the end of the run.
    a.signature = a.signature.slice();
    if (a.astral) a.astral = a.astral.slice();
    return a;
  } catch {
    return null;
  }
}

/**
 * Wraps a batch analyser with the cache: hits are read from `.cache/`, misses go to `inner` (the
 * worker pool) together, and their results are stored. Output order is input order.
 */
export function cachedAnalyze(
  inner: (batch: RawArticle[]) => Promise<ArticleResult[]>,
  cache: ArticleCache,
): (batch: RawArticle[]) => Promise<ArticleResult[]> {
  return async (batch) => {
    const keys = batch.map((r) => cache.key(r));
    const out = await Promise.all(keys.map((k, i) => cache.get(k, batch[i]!)));
    const missing: number[] = [];
    out.forEach((a, i) => {
      if (!a) missing.push(i);
    });
    if (missing.length) {
      const computed = await inner(missing.map((i) => batch[i]!));
      missing.forEach((i, j) => {
        out[i] = computed[j]!;
        cache.put(keys[i]!, computed[j]!);
      });
    }
    return out as ArticleResult[];
  };
}

/** For messages: the cache folder relative to the working directory. */
export function displayDir(cache: ArticleCache): string {
  const rel = relative(process.cwd(), cache.dir);
  return rel.startsWith('..') ? resolve(cache.dir) : rel || '.';
}
