/**
 * Bytes to text, once per file: a BOM (UTF-8, UTF-16 LE/BE) wins; then UTF-16 without BOM
 * (recognised by its zero bytes); then a charset the content declares (`<?xml encoding=...?>`,
 * `<meta charset=...>`); then strict UTF-8; then Windows-1252 with a warning. NUL bytes or many
 * control characters in a file that is none of these mean binary content, which is rejected.
 */
import { extname } from 'node:path';
import { decodeCp1252 } from '../lib/cp1252.js';
import type { Message } from '../types.js';

export interface Decoded {
  text: string | null;
  /** The encoding used, for messages and tests. */
  encoding: string | null;
  messages: Message[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The id of a file: its path relative to the input folder, without extension. */
export function articleIdOf(file: string): string {
  const rel = file.replace(/\\/g, '/');
  return rel.slice(0, rel.length - extname(rel).length);
}

/** A message about a file. */
export function fileMessage(file: string, ruleId: string, severity: Message['severity'], reason: string, extra: Partial<Message> = {}): Message {
  return { ruleId, severity, file, articleId: articleIdOf(file), reason, ...extra };
}

export function decodeText(file: string, bytes: Uint8Array): Decoded {
  const err = (ruleId: string, reason: string): Decoded => ({ text: null, encoding: null, messages: [fileMessage(file, ruleId, 'error', reason)] });
  if (isBlank(bytes)) return err('ingest/empty', 'File is empty: no article to read');

  const utf16 = utf16Of(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16.encoding).decode(bytes.subarray(utf16.skip));
    return isBlankText(text) ? err('ingest/empty', 'File is empty: no article to read') : { text, encoding: utf16.encoding, messages: [] };
  }
  if (looksBinary(bytes)) return err('ingest/binary', 'File holds binary content (NUL or control bytes), not text: not read');

  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const declared = start ? null : declaredCharset(body);
  if (declared && declared !== 'utf-8') {
    if (declared === 'windows-1252') return { text: decodeCp1252(body), encoding: 'windows-1252', messages: [] };
    try {
      return { text: new TextDecoder(declared).decode(body), encoding: declared, messages: [] };
    } catch {
      // An encoding the runtime does not know: fall through to the default rules, with a note.
    }
  }
  try {
    return { text: UTF8.decode(body), encoding: 'utf-8', messages: [] };
  } catch {
    const at = firstInvalidUtf8(body);
    return {
      text: decodeCp1252(body),
      encoding: 'windows-1252',
      messages: [
        fileMessage(file, 'ingest/not-utf8', 'warning', `Invalid UTF-8 at byte ${at + start}: decoded as Windows-1252 instead`, { line: lineAt(body, at) }),
      ],
    };
  }
}

/** UTF-16 by BOM, or by the zero bytes of mostly-ASCII text in the first 1 KB. */
function utf16Of(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; skip: number } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return { encoding: 'utf-16le', skip: 0 };
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

/** Charset labels mapped to what TextDecoder knows; Latin-1 is read as its superset Windows-1252, as browsers do. */
const CHARSET_ALIASES: Record<string, string> = {
  'utf8': 'utf-8', 'utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'latin1': 'windows-1252', 'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252', 'ascii': 'windows-1252', 'windows-1252': 'windows-1252', 'cp1252': 'windows-1252',
};

/** A charset declared in the first 1 KB: an XML declaration, or an HTML meta charset. Lower case, normalised. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Each byte as the character of its code (latin1), as String.fromCharCode would, without spreading 1,024 arguments.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const m = /<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  return CHARSET_ALIASES[label] ?? label;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  return true;
}

function isBlankText(text: string): boolean {
  return !/[^\s\ufeff]/.test(text);
}

/**
 * NUL anywhere in the first 64 KB, or more than 10% control characters there. Wire transmissions
 * carry a few control bytes (SOH, STX, ETX, EOT, SYN, DEL) around text, which stay well below that.
 */
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
