/**
 * The HTML reader: the article found by evidence (block classifier, page region, listings,
 * second extractor) and the page's own metadata; fixtures in tests/fixtures/ingest-html/, each
 * an invented page (`input.html`, or `input.txt` for a page saved as text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classifyBlock, isStampLine } from '../pipeline/ingest/content/classify.js';
import { attributeWords, namedPart } from '../pipeline/ingest/html/names.js';
import { headerLineDate } from '../pipeline/ingest/html/page-header.js';
import { detectLanguage, lengthUnits, stopDensity } from '../pipeline/ingest/content/features.js';
import { readBytes } from '../pipeline/ingest/index.js';
import { looksLikeHtml } from '../pipeline/ingest/html/sniff.js';
import { chooseTitle, stripSiteName } from '../pipeline/ingest/html/title.js';
import { FIXTURES, fixtureCases, runFixtures } from './helpers/fixtures.js';
import { extractHtml } from '../pipeline/ingest/html/extract.js';
import { ingestView } from './helpers/ingest-fixtures.js';

const inputOf = (dir: string): string => (existsSync(join(dir, 'input.html')) ? 'input.html' : 'input.txt');

describe('fixtures', () => {
  runFixtures('ingest-html', (_input, dir) => ingestView(inputOf(dir), new Uint8Array(readFileSync(join(dir, inputOf(dir))))), { input: inputOf });
});

describe('the block classifier alone', () => {
  // The second extractor is a check, not a crutch: on every invented page our own evidence finds the same article.
  test.each(fixtureCases('ingest-html'))('%s: the same paragraphs without the second opinion', (name) => {
    const dir = join(FIXTURES, 'ingest-html', name);
    const html = readFileSync(join(dir, inputOf(dir)), 'utf8');
    expect(extractHtml(html, null, { secondOpinion: false }).paragraphs).toEqual(extractHtml(html).paragraphs);
  });
});

test('a page with no article is rejected with a message naming it, costing only itself', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'ingest-html', 'no-article');
  const r = readBytes('sections.html', new Uint8Array(readFileSync(join(dir, 'input.html'))));
  expect(r.articles).toEqual([]);
  expect(r.messages.at(-1)).toMatchObject({ ruleId: 'ingest/no-article', severity: 'error', file: 'sections.html' });
});

test('a page nested thousands of elements deep is read, not a stack overflow', () => {
  const html = `<html><body>${'<div><span>'.repeat(5000)}<p>The harbour reopened on Monday after a week of repairs to the sea wall, the port authority said in a statement.</p><p>Ferries to the islands will run to the winter timetable until the end of the month, the operator added.</p></body></html>`;
  const r = readBytes('deep.html', new TextEncoder().encode(html));
  expect(r.messages.filter((m) => m.severity === 'error')).toEqual([]);
  expect(r.articles[0]?.raw).toContain('The harbour reopened on Monday');
});

describe('sniffing', () => {
  test.each([
    ['<!DOCTYPE html><html><body><p>x</p></body></html>', true],
    ['<html lang="en"><p>One.</p></html>', true],
    ['<div><p>One.</p><p>Two.</p><p>Three.</p><br><br></div>', true],
    // must not change
    ['The <p> tag starts a paragraph, the manual says.', false],
    ['Plain text with no markup at all.', false],
  ])('looksLikeHtml(%j) → %j', (head, expected) => {
    expect(looksLikeHtml(head)).toBe(expected);
  });
});

describe('titles', () => {
  test.each([
    ['Council backs tram line | The Riverside Herald', 'The Riverside Herald', 'Council backs tram line'],
    ['Riverside Herald - Council backs tram line', 'Riverside Herald', 'Council backs tram line'],
    ['Strike ends after pay deal – Metro Daily', null, 'Strike ends after pay deal'],
    // must not change
    ['Brexit - what happens next', null, 'Brexit - what happens next'],
    ['Ministers clash over fishing quotas', null, 'Ministers clash over fishing quotas'],
  ])('stripSiteName(%j)', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });

  test('the page h1 wins when a metadata title agrees with it', () => {
    expect(chooseTitle(['Tram line approved'], ['Tram line approved | Herald'], 'Herald')).toBe('Tram line approved');
    expect(chooseTitle(['Weather'], ['Tram line approved | Herald'], 'Herald')).toBe('Tram line approved');
  });
});

describe('block evidence', () => {
  const block = (text: string, linkDensity = 0) => ({ text, linkDensity, heading: false, excluded: false });
  test.each([
    ['The council voted on Tuesday to build the line, ending a decade of debate about how to link the new housing estates in the east to the centre of the city.', 0, 'good'],
    ['The line will open in 2026, the council said.', 0, 'short'],
    ['Sign in to your account to continue reading this and other stories', 0.9, 'bad'],
    ['News Sport Weather Opinion Business Culture Travel Science Health Video Audio Podcasts', 0, 'bad'],
    ['[ad_1]', 0, 'bad'],
  ])('%j → %s', (text, ld, expected) => {
    expect(classifyBlock(block(text, ld), 'en').label).toBe(expected);
  });

  test('languages are told by their function words; a text with no list is unknown', () => {
    expect(detectLanguage('Le conseil a voté mardi pour la construction de la ligne, qui sera ouverte en 2026 selon la ville et les élus de la région, qui ont salué le projet dans un communiqué.')).toBe('fr');
    expect(detectLanguage('Der Stadtrat hat am Dienstag den Bau der Linie beschlossen, die nach Angaben der Stadt im Jahr 2026 eröffnet werden soll und die Vororte mit dem Zentrum verbindet.')).toBe('de');
    expect(detectLanguage('Kaupunginvaltuusto päätti tiistaina rakentaa raitiotien itäisiin lähiöihin kymmenen vuoden keskustelun jälkeen, ja linjan odotetaan avautuvan vuonna 2026 kaupungin mukaan.')).toBeNull();
    expect(stopDensity('the cat sat on the mat', 'en')).toBeCloseTo(3 / 6);
    expect(lengthUnits('城市')).toBe(6);
  });
});

describe('header date lines', () => {
  test.each([
    ['Published: 14:02, 12 June 2019', '2019-06-12'],
    ['By Ana Ruiz · March 3, 2021 at 9:15 am', '2021-03-03'],
    ['Wendeltal, 14.09.2017 — von Hanna Reuter', '2017-09-14'],
    ['2016-02-07 01:09', '2016-02-07'],
    // must not change: a revision's date, a day without a year, a date pair of unknown order, a long line
    ['Updated 12 June 2019, 16:40', null],
    ['Posted 3/9 18:45', null],
    ['04/05/2019', null],
    ["The council met on 12 June 2019 to discuss the plans for the harbour wall, which has been damaged by storms every winter since the old breakwater was removed in the course of the works on the marina.", null],
  ])('headerLineDate(%j) → %j', (text, expected) => {
    expect(headerLineDate(text)).toBe(expected);
  });
});

describe('time stamp lines', () => {
  test.each([
    ['10:55', true],
    ['Updated 14:02 GMT', true],
    ['Wed 12.06.2019 09:30', true],
    // must not change
    ['Step 3', false],
    ['At 10:55 the last train left.', false],
    ['The vote is due on 12 June 2019 in the council chamber', false],
  ])('isStampLine(%j) → %j', (text, expected) => {
    expect(isStampLine(text)).toBe(expected);
  });
});

describe('markup names', () => {
  test.each([
    ['sf_comment_list', ['sf', 'comment', 'list']],
    ['commentList main', ['comment', 'list', 'main']],
    ['video-resource__headline', ['video', 'resource', 'headline']],
  ])('attributeWords(%j)', (value, words) => {
    expect(attributeWords(value)).toEqual(words);
  });
  test('a word matches whole, not inside another', () => {
    const el = (cls: string) => ({ name: 'div', attribs: { class: cls }, children: [], parent: null }) as unknown as Parameters<typeof namedPart>[0];
    expect(namedPart(el('comments-area'))).toBe('comments');
    expect(namedPart(el('js-vid-countdown'))).toBe('media');
    expect(namedPart(el('commentary avid-reader'))).toBeNull();
  });
});

test('a page of tables nested hundreds deep is read', () => {
  const html = `<html><body>${'<table><tr><td>'.repeat(400)}<p>The harbour reopened on Monday after a week of repairs to the sea wall, the port authority said in a statement to reporters.</p><p>Ferries to the islands will run to the winter timetable until the end of the month, the operator added on its website.</p>${'</td></tr></table>'.repeat(400)}</body></html>`;
  const x = extractHtml(html);
  expect(x.paragraphs).toHaveLength(2);
});

test('a long page keeps every distinct paragraph, once', () => {
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>The council said on day ${i} that the repairs to the harbour wall would take another month, and that the ferry would keep to its winter timetable.</p>`);
  const html = `<html><body><article><h1>Repairs</h1>${paragraphs.join('')}${paragraphs.slice(0, 10).join('')}</article></body></html>`;
  expect(extractHtml(html, null, { secondOpinion: false }).paragraphs).toHaveLength(3000);
});
