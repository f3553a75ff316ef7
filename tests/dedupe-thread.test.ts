/**
 * Dedupe on a thread of its own (dedupe/thread.ts) gives what `dedupe` gives on the calling
 * thread, over made-up texts with copies, edits, versions and shared addresses. The thread runs
 * the compiled dist/ tree (`make test` compiles first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dedupe, signature, type DedupeItem } from '../pipeline/dedupe.js';
import { dedupeInThread, packItems, unpackItems } from '../pipeline/dedupe/thread.js';
import { shingleSet } from '../pipeline/dedupe/shingles.js';
import { sha256Hex } from '../pipeline/lib/hash.js';

const built = existsSync(join(import.meta.dirname, '..', 'dist', 'pipeline', 'dedupe', 'worker.js'));

const WORDS = 'harbour ferry council bridge river market school station orchard valley tunnel museum clinic quarry festival'.split(' ');

/** A made-up report: sentences drawn from a small vocabulary by a seed. */
function report(seed: number, sentences = 12): string {
  let x = seed * 2654435761;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) % WORDS.length;
  return Array.from({ length: sentences }, (_, i) => `The ${WORDS[next()]} near the ${WORDS[next()]} opened ${i} days after the ${WORDS[next()]} closed, said the ${WORDS[next()]} board.`).join(' ');
}

function items(): DedupeItem[] {
  const out: DedupeItem[] = [];
  const add = (articleId: string, text: string, extra: Partial<DedupeItem> = {}) =>
    out.push({ articleId, signature: signature(text), textHash: sha256Hex(text), shingles: shingleSet(text), url: null, altUrls: [], sourceId: null, ...extra });
  for (let i = 0; i < 40; i++) add(`r${String(i).padStart(3, '0')}`, report(i));
  add('copy-exact', report(3));
  add('copy-edited', report(5).replace('opened 4 days', 'opened four days'));
  add('version-longer', `${report(7)} ${report(70, 6)}`);
  add('same-address', report(90), { url: 'https://news.example.org/story/harbour-ferry-1234' });
  add('same-address-2', report(91), { url: 'https://news.example.org/story/harbour-ferry-1234?utm_source=feed' });
  add('no-text', '', { signature: new Uint32Array(0), shingles: new Uint32Array(0) });
  return out;
}

describe('dedupe on its own thread', () => {
  test('packing and unpacking keeps every item', () => {
    const all = items();
    expect(unpackItems(packItems(all))).toEqual(all);
  });

  test.skipIf(!built)('gives exactly the result of dedupe on this thread', async () => {
    const all = items();
    const here = dedupe(all);
    expect([...here.duplicates.values()].filter((d) => d.duplicateOf).length).toBeGreaterThanOrEqual(4);
    expect(await dedupeInThread(all)).toEqual(here);
  });
});
