/** The bench's own corpora: distinct bodies, the same bytes on every run; adversarial inputs of the asked size. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ADVERSARIAL_KINDS, growth } from '../pipeline/bench/adversarial.js';
import { writeUniqueCorpus, type SourceArticle } from '../pipeline/bench/unique.js';

const sources: SourceArticle[] = Array.from({ length: 6 }, (_, i) => ({
  name: `t_${i}`,
  group: i % 2 ? 'odd' : 'even',
  title: `Harbour news ${i}`,
  paragraphs: [
    `The harbour at Velmora reopened on Monday after ${i + 3} days, officials said.`,
    `Mira Castell of the Port Authority said the Eastern Quay would follow in ${i + 2} weeks.`,
    `Traders in Ostrava welcomed the news, and the Ferry Union called off its strike.`,
    `Castell said ${i * 7 + 10} ships had waited offshore.`,
  ],
}));

function bodies(dir: string): string[] {
  return readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8').split('\n\n').slice(1).join('\n\n'));
}

test('the unique corpus has distinct bodies and is deterministic', () => {
  const a = mkdtempSync(join(tmpdir(), 'bench-u-'));
  const b = mkdtempSync(join(tmpdir(), 'bench-u-'));
  expect(writeUniqueCorpus(a, sources, 40)).toBe(40);
  writeUniqueCorpus(b, sources, 40);
  const bs = bodies(a);
  expect(new Set(bs).size).toBe(bs.length);
  expect(bodies(b)).toEqual(bs);
});

test('adversarial inputs have the asked length; growth is per step', () => {
  for (const make of Object.values(ADVERSARIAL_KINDS)) expect(make(1000).length).toBe(1000);
  expect(growth([10, 100, null])).toEqual([10, null]);
});
