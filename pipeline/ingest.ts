/**
 * Ingest: the only module that reads input files. Lists the input folder and turns each file into
 * a decoded `RawArticle`, or into messages saying why it was rejected.
 *
 * Formats are readers keyed by file extension, so a new format is one more entry in `READERS`.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeCp1252 } from './lib/cp1252.js';
import { sha256Hex } from './lib/hash.js';
import type { ArticleMeta, Message, RawArticle } from './types.js';

export interface IngestOptions {
  /** Files larger than this are rejected unread (bytes). */
  maxBytes: number;
}

export const DEFAULT_INGEST: IngestOptions = { maxBytes: 20 * 1024 * 1024 };

export interface IngestResult {
  /** One article per readable file (a reader may yield none, e.g. for a rejected file). */
  articles: RawArticle[];
  messages: Message[];
}

type Reader = (file: string, bytes: Uint8Array, sidecar: ArticleMeta) => IngestResult;

const SIDECAR = '.meta.json';

/** Reader per extension. `.json` is a news-please record. */
const READERS: Record<string, Reader> = {
  '.txt': readText,
  '.json': readNewsPlease,
};

/** The input files of a folder, sorted, with sidecars and unknown files reported, not read as articles. */
export async function listInputs(dir: string): Promise<{ files: string[]; sidecars: Set<string>; messages: Message[] }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: string[] = [];
  const sidecars = new Set<string>();
  const messages: Message[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const rel = join(e.parentPath.slice(dir.length).replace(/^[/\\]/, ''), e.name);
    if (rel.endsWith(SIDECAR)) sidecars.add(rel);
    if (e.name.startsWith('.') || rel.endsWith(SIDECAR)) continue;
    if (READERS[extname(e.name).toLowerCase()]) files.push(rel);
    else
      messages.push({
        ruleId: 'ingest/unsupported-format',
        severity: 'warning',
        file: rel,
        reason: `Unexpected file type \`${extname(e.name) || '(none)'}\`, expected one of ${Object.keys(READERS).join(', ')}: file skipped`,
      });
  }
  files.sort();
  return { files, sidecars, messages };
}

/**
 * Read and decode one input file (path relative to `dir`). `sidecars`, from `listInputs`, says
 * which sidecars exist, so no file is probed for one it does not have.
 */
export async function readInput(dir: string, file: string, options: IngestOptions = DEFAULT_INGEST, sidecars?: ReadonlySet<string>): Promise<IngestResult> {
  const path = join(dir, file);
  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const size = (await handle.stat()).size;
    if (size > options.maxBytes) {
      return reject(file, 'ingest/too-large', `File is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit for one article: not read`);
    }
    bytes = new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
  const reader = READERS[extname(file).toLowerCase()];
  if (!reader) throw new Error(`no reader for ${file}`);
  let sidecar: ArticleMeta = {};
  const sidecarFile = file.slice(0, -extname(file).length) + SIDECAR;
  if (!sidecars || sidecars.has(sidecarFile)) {
    try {
      sidecar = parseSidecar(JSON.parse(await readFile(join(dir, sidecarFile), 'utf8')) as Record<string, unknown>);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        return reject(file, 'ingest/bad-sidecar', `Sidecar ${SIDECAR} is not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  return reader(file, bytes, sidecar);
}

/** The file's path relative to the input folder, without extension: the name alone for top-level files. */
export function articleIdOf(file: string): string {
  const rel = file.replace(/\\/g, '/');
  return rel.slice(0, rel.length - extname(rel).length);
}

function reject(file: string, ruleId: string, reason: string): IngestResult {
  return { articles: [], messages: [{ ruleId, severity: 'error', file, articleId: articleIdOf(file), reason }] };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode text bytes: UTF-8 (with or without BOM), else cp1252 with a warning. NUL bytes or a high
 * share of control characters mean binary content, which is rejected.
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string | null; messages: Message[] } {
  const articleId = articleIdOf(file);
  if (isBlank(bytes)) {
    return { text: null, messages: [{ ruleId: 'ingest/empty', severity: 'error', file, articleId, reason: 'File is empty: no article to read' }] };
  }
  if (looksBinary(bytes)) {
    return {
      text: null,
      messages: [{ ruleId: 'ingest/binary', severity: 'error', file, articleId, reason: 'File holds binary content (NUL or control bytes), not text: not read' }],
    };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: UTF8.decode(body), messages: [] };
  } catch {
    const text = decodeCp1252(body);
    const at = firstInvalidUtf8(body);
    return {
      text,
      messages: [
        {
          ruleId: 'ingest/not-utf8',
          severity: 'warning',
          file,
          articleId,
          line: lineAt(body, at),
          reason: `Invalid UTF-8 at byte ${at + start}: decoded as Windows-1252 instead`,
        },
      ],
    };
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  return true;
}

/** NUL anywhere in the first 64 KB, or more than 10% control characters there. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by bisection (decoding is the authority on validity).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function readText(file: string, bytes: Uint8Array, sidecar: ArticleMeta): IngestResult {
  const { text, messages } = decodeText(file, bytes);
  if (text === null) return { articles: [], messages };
  return {
    articles: [{ articleId: articleIdOf(file), file, format: 'txt', sha256: sha256Hex(bytes), bytes: bytes.length, raw: text, meta: sidecar }],
    messages,
  };
}

/** A news-please record: `title`, `text`, `date_publish`, `source_domain`, `url`, `authors`. */
function readNewsPlease(file: string, bytes: Uint8Array, sidecar: ArticleMeta): IngestResult {
  const { text, messages } = decodeText(file, bytes);
  if (text === null) return { articles: [], messages };
  let record: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    record = parsed as Record<string, unknown>;
  } catch (e) {
    return reject(file, 'ingest/bad-json', `Not a news-please JSON record: ${(e as Error).message}`);
  }
  const body = str(record.text) ?? str(record.maintext);
  if (!body) return reject(file, 'ingest/no-text', 'JSON record has no `text`: no article to read');
  const meta: ArticleMeta = {
    title: str(record.title) ?? sidecar.title ?? null,
    date: isoDay(str(record.date_publish)) ?? sidecar.date ?? null,
    publisher: str(record.source_domain) ?? sidecar.publisher ?? null,
    url: str(record.url) ?? sidecar.url ?? null,
    byline: authors(record.authors) ?? sidecar.byline ?? [],
    license: sidecar.license ?? null,
  };
  return {
    articles: [{ articleId: articleIdOf(file), file, format: 'news-please', sha256: sha256Hex(bytes), bytes: bytes.length, raw: body, meta }],
    messages,
  };
}

function parseSidecar(o: Record<string, unknown>): ArticleMeta {
  return {
    title: str(o.title),
    date: isoDay(str(o.date) ?? str(o.published_at) ?? str(o.date_publish)),
    publisher: str(o.publisher),
    url: str(o.url),
    byline: authors(o.byline ?? o.authors) ?? [],
    license: str(o.license),
  };
}

/** A usable string: news-please writes missing values as null or the string "None". */
function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() && v.trim() !== 'None' ? v.trim() : null;
}

function isoDay(v: string | null): string | null {
  const m = v?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** news-please stores authors as a list, or as a Python-literal string of a list (`"['A', 'B']"`). */
function authors(v: unknown): string[] | null {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && !!x.trim()).map((x) => x.trim());
  if (typeof v === 'string') {
    const names = [...v.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2])!.trim()).filter(Boolean);
    return names;
  }
  return null;
}
