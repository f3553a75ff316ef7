/**
 * The wire readers (ANPA 1312, IPTC 7901): fixture goldens of made-up transmissions
 * (tests/fixtures/ingest-wire/<case>/input.txt → expected.json), tables for the stamp, label and
 * byline rules, and the guarantees the rest of the pipeline relies on (no control codes, notes or
 * slugs in the text; the date from the trailer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clean } from '../pipeline/clean.js';
import { decodeTypography } from '../pipeline/ingest/anpa.js';
import { readBytes } from '../pipeline/ingest/index.js';
import { inferYear, parseAnpaTrailer, parseIptcStamp, resolveStamp, stampDay, stampInstant } from '../pipeline/ingest/wire-dates.js';
import { isInitialsLine, isTakeLabel, opensEditorsNotes, wireByline, wireParagraphs } from '../pipeline/ingest/wire-text.js';
import { FIXTURES, runFixtures } from './helpers/fixtures.js';
import { readerView } from './helpers/readers.js';

const STAGE = 'ingest-wire';

describe('fixtures', () => {
  runFixtures(STAGE, (_input, dir) => readerView(`${dir.split('/').pop()}.txt`, readFileSync(join(dir, 'input.txt'))));
});

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, STAGE, name, 'input.txt')));

describe('what reaches clean', () => {
  test.each([
    ['anpa-control-codes', 'anpa'],
    ['anpa-stripped', 'anpa'],
    ['anpa-two-transmissions', 'anpa'],
    ['iptc-control-codes', 'iptc7901'],
    ['iptc-stripped', 'iptc7901'],
    ['iptc-no-year', 'iptc7901'],
  ])('%s: read as %s, whatever the extension, with no control code, slug or note in the text', (name, form) => {
    for (const file of ['story.txt', 'story', 'story.wire', 'story.json']) {
      const r = readBytes(file, fixture(name));
      expect(r.articles.length).toBeGreaterThan(0);
      for (const a of r.articles) {
        expect(a.format).toBe(form);
        expect(a.raw).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
        expect(a.raw).not.toMatch(/\bEds?:|BC-|Notebook|not intended for publication|^\^/m);
        expect(a.raw).not.toMatch(/\d{6} GMT|AP-WF-/);
      }
    }
  });

  test('ANPA: headline, byline, slug, take label and trailer become metadata; clean moves the dateline', () => {
    const [raw] = readBytes('a.txt', fixture('anpa-control-codes')).articles;
    expect(raw!.meta).toMatchObject({
      title: 'Floodwaters reach old town after dam gives way in Ruritania',
      byline: ['MIRELA TOSKA'],
      publisher: 'Associated Press',
      sourceId: 'EU--Ruritania-DamBreak',
      version: '2ndLd-Writethru',
      date: '2009-03-14',
      dateSource: 'trailer',
      datetime: '2009-03-14T17:32:00-04:00',
    });
    const cleaned = clean(raw!);
    expect(cleaned.date).toBe('2009-03-14');
    expect(cleaned.dateSource).toBe('trailer');
    expect(cleaned.dateline).toBe('KARVEN'); // the place alone (its country apart), as the annotation guide has it
    expect(cleaned.text.startsWith('Water from a broken dam')).toBe(true);
    expect(cleaned.text).toContain('“We heard a sound like thunder and then the street was a river,” said baker');
  });

  test('IPTC 7901: take labels are the version, the stamp (German month) the date', () => {
    const [raw] = readBytes('a.txt', fixture('iptc-control-codes')).articles;
    expect(raw!.meta).toMatchObject({ title: 'Ruritania agrees gas deal with neighbours', byline: ['Anna Berg'], version: 'REFILE, 1ST LEAD', date: '2021-03-05', datetime: '2021-03-05T14:15:00Z', publisher: 'dpa' });
    expect(raw!.raw.split('\n\n')).toHaveLength(3);
    expect(raw!.raw).toContain('ties the country to a long-term contract with one supplier.');
    expect(raw!.raw).not.toContain('dpa ab cd');
  });

  test('a stamp without a year and nothing to give one leaves the date empty, with a message', () => {
    const r = readBytes('a.txt', fixture('iptc-no-year'));
    expect(r.articles[0]!.meta.date ?? null).toBeNull();
    expect(r.messages.map((m) => m.ruleId)).toContain('ingest/trailer-no-year');
  });

  test('several transmissions in one file are several articles', () => {
    const r = readBytes('wire/harbor.txt', fixture('anpa-two-transmissions'));
    expect(r.articles.map((a) => [a.articleId, a.meta.version ?? null, a.meta.datetime])).toEqual([
      ['wire/harbor#0', null, '2015-11-30T04:12:00Z'],
      ['wire/harbor#1', '1stLd', '2015-11-30T06:30:00Z'],
    ]);
  });
});

describe('stamps', () => {
  test.each([
    ['212322 GMT Nov 18', '2018-11-21', '2018-11-21T23:22:00Z'],
    ['101137 GMT Dez 18', '2018-12-10', '2018-12-10T11:37:00Z'],
    ['051415 GMT Mär 21', '2021-03-05', '2021-03-05T14:15:00Z'],
    ['300800 GMT Okt 99', '1999-10-30', '1999-10-30T08:00:00Z'],
    ['011200 MEZ Mai 05', '2005-05-01', '2005-05-01T12:00:00+01:00'],
    ['151030 ott 03', '2003-10-15', null],
  ])('IPTC %j → %s', (line, day, instant) => {
    const s = parseIptcStamp(line)!;
    expect(stampDay(s)).toBe(day);
    expect(stampInstant(s)).toBe(instant);
  });

  test.each([
    ['310000 GMT Feb 18'], // 31 February
    ['212399 GMT Nov 18'], // minute 99
    ['212322 XYZ Nov 18'], // unknown zone
    ['212322 GMT Foo 18'], // no month
    ['The vote is 212322 GMT Nov 18'],
  ])('not a stamp: %j', (line) => {
    expect(parseIptcStamp(line)).toBeNull();
  });

  test.each([
    ['AP-WF-05-09-17 0056GMT<', '2017-05-09', '2017-05-09T00:56:00Z'],
    ['AP-NY-09-05-98 0626EDT', '1998-09-05', '1998-09-05T06:26:00-04:00'],
    ['UP-DC-12-31-71 2359EST', '1971-12-31', '1971-12-31T23:59:00-05:00'],
  ])('ANPA %j → %s', (line, day, instant) => {
    const s = parseAnpaTrailer(line)!;
    expect(stampDay(s)).toBe(day);
    expect(stampInstant(s)).toBe(instant);
  });

  test('a stamp without a year takes one only from a date naming the same month and day', () => {
    const s = parseIptcStamp('021010 GMT Feb')!;
    expect(s.year).toBeNull();
    expect(inferYear(s, {})).toBeNull();
    expect(inferYear(s, { metaDate: '2011-02-02' })).toBe(2011);
    expect(inferYear(s, { metaDate: '2011-03-02' })).toBeNull();
    expect(inferYear(s, { path: 'wire/2013-02-02/storm.txt' })).toBe(2013);
    expect(inferYear(s, { path: 'wire/2013-02-03/storm.txt' })).toBeNull();
    expect(inferYear(s, { lead: 'Vell, Feb. 2, 2014 (RNA) - Heavy snow closed the passes.' })).toBe(2014);
    expect(inferYear(s, { lead: 'Snow closed the passes, as it did in 2009.' })).toBeNull();
    expect(resolveStamp(s, { lead: 'On 2 February 2016 snow closed the passes.' })).toEqual({ date: '2016-02-02', datetime: '2016-02-02T10:10:00Z' });
  });
});

describe('labels, bylines, notes', () => {
  test.each([
    ['REFILE', true],
    ['1ST LEAD', true],
    ['2ND LEAD', true],
    ['3RD NET', true],
    ['EXTRA', true],
    ['ADD 2', true],
    ['URGENT: CORRECTION', true],
    // must not change
    ['Ruritania agrees gas deal', false],
    ['LEAD POISONING FEARS GROW IN TOWN', false],
    ['2ND', false],
    ['NATO', false],
  ])('isTakeLabel(%j) = %s', (line, expected) => {
    expect(isTakeLabel(line)).toBe(expected);
  });

  test.each([
    ['By Anna Berg, dpa =', ['Anna Berg']],
    ['By MIRELA TOSKA=', ['MIRELA TOSKA']],
    ['By JONAS WEBER and LINA MARSH=', ['JONAS WEBER', 'LINA MARSH']],
    ['By dpa correspondents =', []],
    ['Byzantine walls fall', null],
  ])('wireByline(%j)', (line, expected) => {
    expect(wireByline(line)).toEqual(expected);
  });

  test.each([
    ['# Notebook', true],
    ['## Note to editors', true],
    ['* * * *', true],
    ['The following information is not for publication', true],
    ['#1 seed advances', false],
    ['Stars * and more', false],
  ])('opensEditorsNotes(%j) = %s', (line, expected) => {
    expect(opensEditorsNotes(line)).toBe(expected);
  });

  test.each([
    ['dpa ab cd', 'dpa', true],
    ['dpa hm bs wjh', 'dpa', true],
    ['rn jd xy', null, true],
    ['dpa said on Monday', 'dpa', false],
    ['the end', null, false],
  ])('isInitialsLine(%j)', (line, source, expected) => {
    expect(isInitialsLine(line, source)).toBe(expected);
  });
});

describe('paragraphs and typography', () => {
  test('indented paragraphs without blank lines, hard-wrapped lines joined, a hyphen at the break kept without a space', () => {
    const lines = ['   First line of one', 'paragraph, cut here.', '   A well-', 'known second one.'].map((text, i) => ({ line: i + 1, text }));
    expect(wireParagraphs(lines)).toEqual([
      { line: 1, text: 'First line of one paragraph, cut here.' },
      { line: 3, text: 'A well-known second one.' },
    ]);
  });

  test('blank-line paragraphs when every line is indented the same', () => {
    const lines = ['\tOne.', ' ', '\tTwo.'].map((text, i) => ({ line: i + 1, text }));
    expect(wireParagraphs(lines).map((p) => p.text)).toEqual(['One.', 'Two.']);
  });

  test.each([
    ["``Go home,'' she said.", '“Go home,” she said.'],
    ["He said: ``They told me `no.' ''", "He said: “They told me ‘no.' ”"],
    ['the second time _ and the last', 'the second time — and the last'],
    // must not change
    ["the farmers' union", "the farmers' union"],
    ['snake_case_name', 'snake_case_name'],
  ])('decodeTypography(%j)', (input, expected) => {
    expect(decodeTypography(input)).toBe(expected);
  });
});

describe('hostile input is read in linear time and never throws', () => {
  const big = 200_000;
  test.each([
    ['a header line of spaces', `\x01eca0001 3 i 10  dpa 0001\n${' '.repeat(big)}x\n\x02Headline =\nBy ${' '.repeat(big)}\n\nText.\n\x03010101 GMT Jan 20\n`],
    ['an ANPA envelope with no STX', `\x16\x16\x01W0001\x1fx\nu i\x13\x11 BC-A ${'B '.repeat(big)}\n`],
    ['ANPA lines of spaces ending in marks', `\x16\x16\x01W0001\x1fx\n\x02^${' '.repeat(big)}<\n\t${' '.repeat(big)}<\n\tText.\n\x03AP-WF-01-01-20 0101GMT\n`],
    ['one enormous wrapped paragraph', `\x01eca0001 3 i 10  dpa 0001\n\x02Headline =\n\n${'word-\nword '.repeat(big / 10)}\n\x03010101 GMT Jan 20\n`],
  ])('%s', (_name, text) => {
    const r = readBytes('x.txt', new TextEncoder().encode(text));
    expect(r.articles.length + r.messages.length).toBeGreaterThan(0);
  });
});

describe('the IPTC 7901 header', () => {
  test.each([
    ['\x01rna0044 4 pl 120  rna 0007\nRuritania/weather/\n\x02Storm closes passes =\n\n   Vell (RNA) - Snow closed the passes.\n\x03021010 GMT Feb 20\n', 'rna'],
    ['\x01bkn014 4 pl 171 vvvvb RNA 170123-89-00065#2\nRuritania/schools/\n\x02Schools reopen =\n\n   Vell (RNA) Schools reopened on Monday.\n\x03021010 GMT Feb 20\n', 'RNA'],
    ['\x01bkn014 4 pl 171 vvvvb RNA 170123-89-00065#2\nRuritania/schools/\n\x02Schools reopen =\n\n   Schools reopened on Monday.\n\x03021010 GMT Feb 20\n', null],
  ])('the source is the header word the dateline names: %j', (text, publisher) => {
    const [a] = readBytes('x.txt', new TextEncoder().encode(text)).articles;
    expect(a!.format).toBe('iptc7901');
    expect(a!.meta.publisher ?? null).toBe(publisher);
    expect(a!.meta.date).toBe('2020-02-02');
  });
});
