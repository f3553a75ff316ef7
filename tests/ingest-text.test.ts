/**
 * The text reader: metadata headers (YAML front matter, unfenced `key: value` lines, a `date`
 * line), HTML after a header (feed items), page dumps; fixtures in tests/fixtures/ingest-text/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { segmentDump } from '../pipeline/ingest/content/dump.js';
import { isoTimestamp, metaFromFields } from '../pipeline/ingest/front-matter.js';
import { readHeader } from '../pipeline/ingest/header.js';
import { runFixtures } from './helpers/fixtures.js';
import { ingestView } from './helpers/ingest-fixtures.js';

describe('fixtures', () => {
  runFixtures('ingest-text', (_input, dir) => ingestView('input.txt', new Uint8Array(readFileSync(join(dir, 'input.txt')))));
});

describe('readHeader', () => {
  test('the rest of a `date` line is content', () => {
    const h = readHeader(' date 2020-01-02 First paragraph.\n\nSecond.');
    expect(h?.meta).toEqual({ date: '2020-01-02', dateSource: 'header' });
    expect(h?.body).toBe('First paragraph.\n\nSecond.');
    expect(h?.bodyLine).toBe(1);
  });

  test.each([
    ['Officials said the dates were set.\n\nMore text.'],
    ['Note: the figures are provisional.\n\nThe ministry said on Monday.'],
    ['---\n\nA story that opens with a rule.\n'],
    ['title: a line that runs on\ninto the story without a break.'],
  ])('no header in %j', (text) => {
    expect(readHeader(text)).toBeNull();
  });

  test('front matter that is not valid YAML is read line by line', () => {
    const h = readHeader('---\ntitle: Dockers: the strike ends\ndate: 2019-04-02\n---\nBody.');
    expect(h?.meta.title).toBe('Dockers: the strike ends');
    expect(h?.meta.date).toBe('2019-04-02');
    expect(h?.body).toBe('Body.');
  });
});

describe('front-matter fields', () => {
  test.each([
    ['2016-02-12 01:00:32', '2016-02-12T01:00:32'],
    ['2020-09-03-17-07-43', '2020-09-03T17:07:43'],
    ['2014-07-16T13:00:03Z', '2014-07-16T13:00:03Z'],
    ['2014-07-16 13:00 +0100', '2014-07-16T13:00+0100'],
    ['2016-02-12', null],
  ])('isoTimestamp(%j) → %j', (input, expected) => {
    expect(isoTimestamp(input)).toBe(expected);
  });

  test('keys are mapped by meaning; a boolean `published` is not a date; role words are not names', () => {
    expect(metaFromFields({ post_title: 'Ferry &#8211; service resumes', published: true, post_date: '2021-05-06 07:08:09', author: 'Staff Writer', Source: 'Island Post' })).toEqual({
      title: 'Ferry – service resumes',
      date: '2021-05-06',
      dateSource: 'metadata',
      datetime: '2021-05-06T07:08:09',
      publisher: 'Island Post',
    });
  });
});

describe('segmentDump', () => {
  test.each([
    ['HOME\u00a0WORLD\u00a0SPORT', ['HOME', 'WORLD', 'SPORT']],
    ['the talks collapsedOfficials said', ['the talks collapsed', 'Officials said']],
    ['ended on Friday.Talks resume', ['ended on Friday.', 'Talks resume']],
    ['said on Friday."We will go on," he said.', ['said on Friday.', '"We will go on," he said.']],
    ['Ask the expert   Weather', ['Ask the expert', 'Weather']],
    ["to flee the city.'A long night'Officials said", ['to flee the city.', "'A long night'", 'Officials said']],
    ['March 3, 2004Floods close the bridge', ['March 3, 2004', 'Floods close the bridge']],
    ['to this report.RELATED STORIES', ['to this report.', 'RELATED STORIES']],
    // must not change
    ['McCain and DeSantis met U.S. officials in YouTube videos.', ['McCain and DeSantis met U.S. officials in YouTube videos.']],
  ])('%j', (input, expected) => {
    expect(segmentDump(input)).toEqual(expected);
  });
});
