/** The same report recognised, on text written for the test: copies, light edits, versions, the same id or address; other reports are not. */
import { describe, expect, test } from 'vitest';
import { dedupe, type DedupeItem, signature, similarity, unwrapUrl } from '../pipeline/dedupe.js';
import { urlKeys } from '../pipeline/dedupe/identity.js';
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

const item = (articleId: string, text: string, extra: Partial<DedupeItem> = {}): DedupeItem => ({ articleId, signature: signature(text), textHash: sha256Hex(text), text, ...extra });

test.each([
  ['a byte-identical copy', BASE, 1],
  ['a copy with a footer line added', BASE + '\n\nCopyright 2020 Example Wire. All rights reserved.', 0.8],
  ['a copy with straight quotes made curly', BASE.replace(/"([^"]*)"/g, '“$1”'), 1],
  ['a copy with about 2% of words changed', edit(BASE, 50), 0.7],
])('%s is a duplicate', (_name, copy, atLeast) => {
  const { duplicates } = dedupe([item('a', BASE), item('b', copy)]);
  expect(duplicates.get('a')).toEqual({ duplicateOf: null, similarity: null, basis: null });
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

// A wire story in versions: the first take, then the lead with new paragraphs, one line reworded.
const TAKE = BASE.split('\n\n').slice(0, 3).join('\n\n');
const LEAD = `Norway and Chile agreed on Monday to set up a working group on port fees, their transport ministers said after talks in Oslo that both sides called productive.

${BASE}

Shipping companies said the fees had added about 4 percent to the cost of a container crossing between the two countries.

Opposition lawmakers in Santiago said they would ask the minister to publish the terms before any deal is signed.`;

// The same happening, written separately: the same people and numbers, other words.
const SAME_TOPIC = `Chile and Norway will form a joint panel on the port charges paid by their shipping lines, the two governments announced in Oslo on Monday.

The Chilean transport minister, speaking at a news conference, said the charges had hurt trade for ten years and that the panel would deliver its findings in December.

Industry associations in Oslo and Valparaiso welcomed the move but warned that a final agreement could still take a year to negotiate.

The panel's first session is scheduled for next month in the Chilean capital.`;

describe('versions and rewrites', () => {
  test('a first take is a version of its longer lead (containment)', () => {
    const { duplicates, messages } = dedupe([item('a-lead', LEAD), item('b-take', TAKE)]);
    expect(duplicates.get('b-take')).toMatchObject({ duplicateOf: 'a-lead', basis: 'containment' });
    expect(duplicates.get('b-take')!.similarity).toBeGreaterThanOrEqual(0.9);
    expect(messages.map((m) => m.ruleId)).toEqual(['dedupe/version']);
  });

  test('a retransmission with a reworded quote is a duplicate', () => {
    const again = BASE.replace('"We have made real progress today,"', '"Today we made real progress,"');
    const { duplicates } = dedupe([item('a', BASE), item('b', again)]);
    expect(duplicates.get('b')).toMatchObject({ duplicateOf: 'a', basis: 'jaccard' });
  });

  test('two reports on the same happening, written separately, are not duplicates', () => {
    const { duplicates } = dedupe([item('a', BASE), item('b', SAME_TOPIC), item('c', LEAD)]);
    expect(duplicates.get('b')!.duplicateOf).toBeNull();
  });

  test('a short brief sharing a sentence with a long story is not its version', () => {
    const brief = 'The transport ministers of Norway and Chile met on Monday in Oslo to discuss a shipping agreement that would cut port fees for both countries.';
    expect(dedupe([item('a', BASE), item('b', brief)]).duplicates.get('b')!.duplicateOf).toBeNull();
  });
});

describe('the same story id or address', () => {
  test('the same provider story id joins two texts that share little', () => {
    const { duplicates, messages } = dedupe([item('a', BASE, { sourceId: 'urn:wire:2024:ab12cd' }), item('b', OTHER, { sourceId: 'urn:wire:2024:ab12cd' })]);
    expect(duplicates.get('b')).toEqual({ duplicateOf: 'a', similarity: null, basis: 'source-id' });
    expect(messages.map((m) => m.ruleId)).toEqual(['dedupe/same-source-id']);
  });

  test('the same address through a redirect wrapper and with tracking parameters', () => {
    const direct = 'https://www.example-news.com/world/2024/05/01/port-fees-talks?utm_source=feed';
    const wrapped = 'https://news.aggregator.example/url?sa=t&fd=R&url=https://example-news.com/world/2024/05/01/port-fees-talks';
    const { duplicates } = dedupe([item('a', BASE, { url: direct }), item('b', OTHER, { altUrls: [wrapped] })]);
    expect(duplicates.get('b')).toMatchObject({ duplicateOf: 'a', basis: 'url' });
  });

  test('a feed proxy address keeps the story slug: the same site and slug are the same story', () => {
    const a = 'https://www.example-wire.com/article/us-port-fees-talks-idUSKX12345';
    const b = 'http://feeds.example-wire.com/~r/top/~3/AbCdEf/us-port-fees-talks-idUSKX12345';
    expect(dedupe([item('a', BASE, { url: a }), item('b', OTHER, { url: b })]).duplicates.get('b')).toMatchObject({ duplicateOf: 'a', basis: 'url' });
  });

  test.each([
    ['different stories behind a generic file name', 'http://feeds.example-wire.com/~r/top/~3/AbC/story01.htm', 'http://feeds.example-wire.com/~r/top/~3/XyZ/story01.htm'],
    ['the same slug on two different sites', 'https://one-paper.example/news/port-fees-talks-resume', 'https://other-paper.example/news/port-fees-talks-resume'],
    ['a site home page', 'https://example-news.com/', 'https://example-news.com/?utm_source=x'],
  ])('not the same address: %s', (_name, a, b) => {
    expect(dedupe([item('a', BASE, { url: a }), item('b', OTHER, { url: b })]).duplicates.get('b')!.duplicateOf).toBeNull();
  });

  test('unwrapUrl takes the address out of a wrapper, and leaves others alone', () => {
    expect(unwrapUrl('https://news.aggregator.example/url?sa=t&url=https%3A%2F%2Fexample.com%2Fa%2Fb')).toBe('https://example.com/a/b');
    expect(unwrapUrl('https://example.com/search?q=port+fees')).toBe('https://example.com/search?q=port+fees');
    expect(urlKeys('not a url')).toEqual([]);
  });
});
