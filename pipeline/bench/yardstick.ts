/**
 * The yardstick every throughput figure is compared with: the least any pipeline must do with a
 * folder of articles — read each file, decode it, split it into paragraphs and sentences, and
 * scan it once with a few regular expressions (capitalised names, quotation marks, numbers).
 * Single-threaded; the pipeline's figure over this one's says how much the analysis costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCp1252 } from '../lib/cp1252.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const NAMES = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*/g;
const MARKS = /["“”‘’]/g;
const NUMBERS = /\d+(?:[.,]\d+)*/g;

export interface YardstickResult {
  files: number;
  bytes: number;
  ms: number;
  /** A checksum of what was found, so the work cannot be optimised away. */
  found: number;
}

export function yardstick(dir: string): YardstickResult {
  const t0 = performance.now();
  let files = 0;
  let bytes = 0;
  let found = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    let buf: Buffer;
    try {
      buf = readFileSync(join(dir, name));
    } catch {
      continue; // a folder
    }
    files++;
    bytes += buf.length;
    let text: string;
    try {
      text = UTF8.decode(buf);
    } catch {
      text = decodeCp1252(buf);
    }
    for (const paragraph of text.split(/\n\s*\n/)) {
      const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
      found += sentences.length;
      for (const s of sentences) {
        found += (s.match(NAMES)?.length ?? 0) + (s.match(MARKS)?.length ?? 0) + (s.match(NUMBERS)?.length ?? 0);
      }
    }
  }
  return { files, bytes, ms: performance.now() - t0, found };
}
