/**
 * Ingest: the only code that reads input files. Lists the input folder, decodes each file once,
 * sniffs its raw form from its content (never from its name alone) and hands it to that form's
 * reader, which turns it into raw articles and messages.
 *
 * The readers and the order they are tried in are written here, in `READERS`, and nowhere else.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { sha256Hex } from '../lib/hash.js';
import type { ArticleMeta, Message } from '../types.js';
import { articleIdOf, decodeText, fileMessage } from './decode.js';
import { anpaReader } from './anpa.js';
import { htmlReader } from './html/index.js';
import { iptc7901Reader } from './iptc7901.js';
import { parseSidecar } from './meta.js';
import { newsmlReader } from './newsml.js';
import { newsmlG2Reader } from './newsml-g2.js';
import { newsPleaseReader } from './news-please.js';
import { nitfReader } from './nitf.js';
import { sgmlReader } from './sgml.js';
import { textReader } from './text.js';
import { xmlGenericReader } from './xml-generic.js';
import type { Reader, ReadResult } from './types.js';

export { articleIdOf, decodeText } from './decode.js';
export type { Reader, ReaderInput, ReadResult } from './types.js';

export interface IngestOptions {
  /** Files larger than this are rejected unread (bytes). */
  maxBytes: number;
}

export const DEFAULT_INGEST: IngestOptions = { maxBytes: 20 * 1024 * 1024 };

export type IngestResult = ReadResult;

/**
 * Every reader, in the order they are asked whether a file is theirs: the most specific
 * evidence first (control bytes, root elements), plain text last (it takes anything).
 */
export const READERS: readonly Reader[] = [anpaReader, iptc7901Reader, newsmlG2Reader, newsmlReader, nitfReader, sgmlReader, xmlGenericReader, newsPleaseReader, htmlReader, textReader];

const SIDECAR = '.meta.json';
/** How much of a file the readers sniff. */
const HEAD = 4096;

/** Extensions of files that hold articles in some raw form; the form itself is read from the content. */
const ARTICLE_EXTENSIONS = new Set([
  '.txt', '.text', '.md', '.markdown', '.json', '.jsonl', '.ndjson', '.xml', '.nitf', '.newsml', '.sgml', '.sgm',
  '.html', '.htm', '.xhtml', '.tst', '.anpa', '.wire',
]);
/** Names of files that describe a collection rather than report news. */
const NOT_ARTICLE_NAME = /^(?:readme|license|licence|copying|changelog|changes|manifest|notice|authors|contributing)(?:\.[a-z]+)?$/i;

export interface Listing {
  files: string[];
  sidecars: Set<string>;
  messages: Message[];
}

/**
 * The input files of a folder, sorted. Symbolic links are followed (a link back into a folder
 * already listed is reported, not followed again); sidecars, dot files and collection notes are
 * left out with an info message; special files, dangling links and unreadable folders are
 * reported. Files with no extension or a numeric one (`APW19980905.0175`) are read and sniffed.
 */
export async function listInputs(dir: string): Promise<Listing> {
  const out: Listing = { files: [], sidecars: new Set(), messages: [] };
  const seen = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(abs);
    } catch (e) {
      out.messages.push(listingMessage(rel || '.', e));
      return;
    }
    if (seen.has(real)) {
      out.messages.push({ ruleId: 'ingest/link-loop', severity: 'warning', file: rel, reason: 'Folder reached again through a symbolic link: not read twice' });
      return;
    }
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(abs)).sort();
    } catch (e) {
      out.messages.push(listingMessage(rel || '.', e));
      return;
    }
    for (const name of names) {
      const childAbs = join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let info;
      try {
        info = await lstat(childAbs);
        if (info.isSymbolicLink()) info = await stat(childAbs);
      } catch (e) {
        out.messages.push(listingMessage(childRel, e));
        continue;
      }
      if (info.isDirectory()) {
        if (name.startsWith('.')) continue;
        await walk(childAbs, childRel);
      } else if (!info.isFile()) {
        out.messages.push({ ruleId: 'ingest/not-a-file', severity: 'warning', file: childRel, reason: 'Not a regular file (a pipe, socket or device): not read' });
      } else classify(childRel, name, out);
    }
  };
  await walk(dir, '');
  out.files.sort();
  return out;
}

function classify(rel: string, name: string, out: Listing): void {
  if (rel.endsWith(SIDECAR)) {
    out.sidecars.add(rel);
    return;
  }
  const ext = extname(name).toLowerCase();
  if (name.startsWith('.') || NOT_ARTICLE_NAME.test(name)) {
    out.messages.push({ ruleId: 'ingest/not-article', severity: 'info', file: rel, reason: 'A dot file or a note about the collection (README, LICENSE, ...), not an article: skipped' });
  } else if (ARTICLE_EXTENSIONS.has(ext) || ext === '' || /^\.\d+$/.test(ext)) {
    out.files.push(rel);
  } else {
    out.messages.push({
      ruleId: 'ingest/unsupported-format',
      severity: 'warning',
      file: rel,
      reason: `Unexpected file type \`${ext}\`, expected text, JSON, XML, SGML, wire or HTML files: file skipped`,
    });
  }
}

function listingMessage(rel: string, e: unknown): Message {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'A symbolic link that points nowhere: not read'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Cannot be read (permission denied): skipped'
        : code === 'ELOOP'
          ? 'A loop of symbolic links: not read'
          : `Cannot be read: ${(e as Error).message}`;
  return { ruleId: 'ingest/unreadable', severity: 'error', file: rel, reason };
}

/**
 * Read one input file (path relative to `dir`) and hand it to the reader of its form. `sidecars`,
 * from `listInputs`, says which sidecars exist, so no file is probed for one it does not have.
 * Never throws for a file's own faults: they are messages naming it.
 */
export async function readInput(dir: string, file: string, options: IngestOptions = DEFAULT_INGEST, sidecars?: ReadonlySet<string>): Promise<IngestResult> {
  let bytes: Uint8Array;
  // [scale] Read synchronously: an article is small, and fs/promises (open, stat, read, close,
  // each a round trip to the thread pool) costs the main thread several times the read itself.
  try {
    const fd = openSync(join(dir, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > options.maxBytes) {
        return reject(file, 'ingest/too-large', `File is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit for one article: not read`);
      }
      bytes = new Uint8Array(readFileSync(fd));
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { articles: [], messages: [{ ...listingMessage(file, e), articleId: articleIdOf(file) }] };
  }
  let sidecar: ArticleMeta = {};
  const sidecarFile = file.slice(0, file.length - extname(file).length) + SIDECAR;
  if (!sidecars || sidecars.has(sidecarFile)) {
    try {
      sidecar = parseSidecar(JSON.parse(readFileSync(join(dir, sidecarFile), 'utf8')) as Record<string, unknown>);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        return reject(file, 'ingest/bad-sidecar', `Sidecar ${SIDECAR} is not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  return readBytes(file, bytes, sidecar);
}

/** Decode, sniff and read one file's bytes (pure: tests and fuzzing call it directly). */
export function readBytes(file: string, bytes: Uint8Array, sidecar: ArticleMeta = {}): IngestResult {
  const decoded = decodeText(file, bytes);
  if (decoded.text === null) return { articles: [], messages: decoded.messages };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  const ext = extname(basename(file)).toLowerCase();
  const head = text.slice(0, HEAD);
  const reader = READERS.find((r) => r.sniff(head, ext)) ?? textReader;
  let result: ReadResult;
  try {
    result = reader.read({ file, articleId: articleIdOf(file), bytes, text, ext, sha256: sha256Hex(bytes), sidecar });
  } catch (e) {
    // A reader is total by contract; a throw is a bug, and costs only this file.
    result = { articles: [], messages: [fileMessage(file, 'run/internal-error', 'error', `Internal error in the ${reader.form} reader, please report it: ${(e as Error).message}`)] };
  }
  const messages = decoded.messages.concat(result.messages);
  return { articles: result.articles, messages };
}

function reject(file: string, ruleId: string, reason: string): IngestResult {
  return { articles: [], messages: [fileMessage(file, ruleId, 'error', reason)] };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}
