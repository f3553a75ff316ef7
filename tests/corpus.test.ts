/**
 * Provenance over real articles from other outlets, when `../shared/corpora` is beside the
 * repository (skipped otherwise): every quote, quote mention, event and event mention published
 * from a corpus run points into its article's text at a sentence holding its words, and every row
 * passes its schema.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkOut } from '../pipeline/check.js';
import { emit } from '../pipeline/emit.js';
import { run } from '../pipeline/index.js';

const CORPORA = join(import.meta.dirname, '..', '..', 'shared', 'corpora');

describe.each([['bbc/politics'], ['news_cluster']])('a run over ../shared/corpora/%s', (name) => {
  test.skipIf(!existsSync(join(CORPORA, name)))('publishes rows whose spans point at their evidence', async () => {
    const result = await run({ inDir: join(CORPORA, name) });
    expect(result.report.valid).toBe(true);
    const out = join(mkdtempSync(join(tmpdir(), 'reportage-corpus-')), 'out');
    await emit(out, result.files!);
    expect(checkOut(out)).toEqual([]);
    expect(result.report.stats.quotes).toBeGreaterThan(100);
    expect(result.report.stats.events).toBeGreaterThan(50);
  });
});
