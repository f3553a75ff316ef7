/** Near-duplicate detection on text written for the test: copies and light edits are caught, other reports are not. */
import { expect, test } from 'vitest';
import { dedupe, signature, similarity } from '../pipeline/dedupe.js';
import { sha256Hex } from '../pipeline/lib/hash.js';

const BASE = `The transport ministers of Norway and Chile met on Monday in Oslo to discuss a shipping agreement that would cut port fees for both countries.

After three hours of talks, the two ministers said they had agreed to set up a working group that will report back by the end of the year.

"We have made real progress today," the Norwegian minister told reporters after the meeting, adding that the fees had been a source of friction for a decade.

Exporters in both countries have long complained that the fees make it hard to compete with rivals in Asia, and industry groups welcomed the news.

The working group will meet for the first time next month in Santiago, officials said, and a final deal could be signed next spring.`;

const OTHER = `Heavy rain flooded parts of the river valley on Sunday, forcing hundreds of families to leave their homes as water levels rose faster than forecast.

Emergency services said the main bridge into the town had been closed and that volunteers were filling sandbags through the night.

"The water came up in an hour," said one shopkeeper, who had lived in the town for forty years and had never seen a flood like it.

Forecasters expect more rain on Tuesday, and the regional government has asked residents to stay away from the river banks until further notice.`;

function edit(text: string, every: number): string {
  return text
    .split(' ')
    .map((w, i) => (i % every === every - 1 ? `${w}x` : w))
    .join(' ');
}

const item = (articleId: string, text: string) => ({ articleId, signature: signature(text), textHash: sha256Hex(text) });

test.each([
  ['a byte-identical copy', BASE, 1],
  ['a copy with a footer line added', BASE + '\n\nCopyright 2020 Example Wire. All rights reserved.', 0.8],
  ['a copy with straight quotes made curly', BASE.replace(/"([^"]*)"/g, '“$1”'), 1],
  ['a copy with about 2% of words changed', edit(BASE, 50), 0.7],
])('%s is a duplicate', (_name, copy, atLeast) => {
  const { duplicates } = dedupe([item('a', BASE), item('b', copy)]);
  expect(duplicates.get('a')).toEqual({ duplicateOf: null, similarity: null });
  expect(duplicates.get('b')!.duplicateOf).toBe('a');
  expect(duplicates.get('b')!.similarity).toBeGreaterThanOrEqual(atLeast);
});

test('an unrelated report, and a heavily rewritten one, are not duplicates', () => {
  const { duplicates, messages } = dedupe([item('a', BASE), item('b', OTHER), item('c', edit(BASE, 4))]);
  expect([...duplicates.values()].every((d) => d.duplicateOf === null)).toBe(true);
  expect(messages).toEqual([]);
  expect(similarity(signature(BASE), signature(OTHER))).toBeLessThan(0.1);
});

test('the canonical article of a group is the smallest id, whatever the input order', () => {
  const { duplicates } = dedupe([item('z', BASE), item('m', BASE), item('b', OTHER), item('a', BASE)]);
  expect(duplicates.get('z')!.duplicateOf).toBe('a');
  expect(duplicates.get('m')!.duplicateOf).toBe('a');
  expect(duplicates.get('b')!.duplicateOf).toBeNull();
});
