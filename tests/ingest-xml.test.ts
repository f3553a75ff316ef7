/**
 * The news XML and SGML readers: fixture goldens (tests/fixtures/ingest-xml/<case>/: one `input.*`
 * file of made-up text, read as bytes, beside `expected.json` of the raw articles and messages),
 * sniffing by content rather than by name, and tables for the pure helpers.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBytes } from '../pipeline/ingest/index.js';
import { datelinePlace, parseTimestamp } from '../pipeline/ingest/xml/dates.js';
import { dropEndMark, plainParagraphs } from '../pipeline/ingest/xml/paragraphs.js';
import { rootTag } from '../pipeline/ingest/xml/sniff.js';
import { replaceTypesetting } from '../pipeline/ingest/xml/typesetting.js';
import { FIXTURES, fixtureCases, toGolden } from './helpers/fixtures.js';

const STAGE = 'ingest-xml';

function view(file: string, bytes: Uint8Array): unknown {
  const { articles, messages } = readBytes(file, bytes);
  return {
    articles: articles.map(({ articleId, format, firstLine, meta, raw }) => ({ articleId, format, firstLine, meta, paragraphs: raw.split('\n\n') })),
    messages: messages.map((m) => `${m.articleId ?? m.file}:${m.line ?? '-'}: ${m.severity} ${m.ruleId}: ${m.reason}`),
  };
}

describe('fixtures', () => {
  for (const name of fixtureCases(STAGE)) {
    test(`${STAGE} fixture: ${name}`, () => {
      const dir = join(FIXTURES, STAGE, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      expect(input, `${dir} has no input.* file`).toBeDefined();
      const actual = toGolden(view(`${name}/${input}`, new Uint8Array(readFileSync(join(dir, input!)))));
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE === '1') writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const NITF = '<?xml version="1.0"?>\n<nitf><body><body.head><hedline><hl1>Bridge reopens</hl1></hedline></body.head><body.content><p>The bridge reopened on Monday.</p></body.content></body></nitf>\n';
const G2 = (ns: string): string =>
  `<newsItem xmlns="${ns}" guid="g1"><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The vote was held on Sunday.</p></body></html></inlineXML></contentSet></newsItem>`;

describe('sniffing reads the content, not the file name', () => {
  test.each([
    ['story.txt', NITF, 'nitf'],
    ['story.json', NITF, 'nitf'],
    ['story', NITF, 'nitf'],
    ['feed.xml', G2('http://iptc.org/std/nar/2006-10-01/'), 'newsml-g2'],
    // The same element names in another namespace are not NewsML-G2: the generic reader takes them.
    ['feed.xml', G2('http://example.test/not-iptc'), 'xml'],
    ['APW20390101.0001', '<DOC>\n<DOCNO> X1 </DOCNO>\n<TEXT>\nA ferry sank.\n</TEXT>\n</DOC>\n', 'sgml'],
    ['notes.xml', 'Plain notes, not XML at all.\n\nA second paragraph.\n', 'txt'],
    ['page.xml', '<!DOCTYPE html>\n<html><body><p>A page whose one paragraph is long enough to be read as the article of the page.</p></body></html>\n', 'html'],
    // An HTML fragment without an XML declaration is not taken as an XML record.
    ['fragment.xml', '<div class="story"><p>A fragment of a page.</p></div>\n', 'txt'],
    ['record.txt', '<?xml version="1.0"?>\n<div><text>A record whose root happens to be called div.</text></div>\n', 'xml'],
  ])('%s holding %#', (file, content, form) => {
    const { articles } = readBytes(file, bytes(content));
    expect(articles[0]?.format).toBe(form);
  });
});

describe('one record is one article with the plain id; several get #DOCNO', () => {
  test('single record', () => {
    expect(readBytes('a/one.txt', bytes(NITF)).articles.map((a) => a.articleId)).toEqual(['a/one']);
  });
  test('several records, one without a DOCNO', () => {
    const doc = (no: string) => `<DOC>\n${no ? `<DOCNO> ${no} </DOCNO>\n` : ''}<TEXT>\nText of ${no || 'none'}.\n</TEXT>\n</DOC>\n`;
    const { articles } = readBytes('b/many.txt', bytes(doc('K1') + doc('') + doc('K3')));
    expect(articles.map((a) => a.articleId)).toEqual(['b/many#K1', 'b/many#2', 'b/many#K3']);
  });
});

describe('parseTimestamp', () => {
  test.each([
    ['2014-07-16T13:00:03.000Z', '2014-07-16', '2014-07-16T13:00:03.000Z'],
    ['2024-06-26T16:02:03+02:00', '2024-06-26', '2024-06-26T16:02:03+02:00'],
    ['2017-10-11T10:41:00+0100', '2017-10-11', '2017-10-11T10:41:00+01:00'],
    ['20161011T001327+0100', '2016-10-11', '2016-10-11T00:13:27+01:00'],
    ['20190121T102721', '2019-01-21', '2019-01-21T10:27:21'],
    ['09/05/1998 06:26:00', '1998-09-05', '1998-09-05T06:26:00'],
    ['1999-06-08 19:20', '1999-06-08', '1999-06-08T19:20'],
    ['2014-07-16 13:00:03 GMT+00:00', '2014-07-16', '2014-07-16T13:00:03Z'],
    ['2000-04-02', '2000-04-02', null],
    ['880212', '1988-02-12', null],
  ])('%s', (input, date, datetime) => {
    expect(parseTimestamp(input)).toEqual({ date, datetime });
  });
  test.each([['not a date'], ['2019-02-30'], ['1970-01-01T00:00:00Z'], ['13/45/2001'], ['']])('%s is not a timestamp', (input) => {
    expect(parseTimestamp(input)).toBeNull();
  });
});

describe('datelinePlace', () => {
  test.each([
    ['Berlin (dpa) - ', 'Berlin'],
    ['MOSCOW, January 21', 'MOSCOW'],
    ['KESTREL BAY, June 7 /EXW/.', 'KESTREL BAY'],
    ['COASTTOWN, March 11 (ZZA)', 'COASTTOWN'],
    ['January 21', null],
    ['2014-07-16 13:00:03 GMT+00:00', null],
    ['', null],
  ])('%s', (input, place) => {
    expect(datelinePlace(input)).toBe(place);
  });
});

describe('plainParagraphs', () => {
  test('an indented line starts a paragraph, even after a line without a full stop', () => {
    expect(plainParagraphs('\t   First paragraph runs\non here\n\t   Second one.\n')).toEqual(['First paragraph runs on here', 'Second one.']);
  });
  test('blank lines separate paragraphs; without indentation the lines are left for clean to join', () => {
    expect(plainParagraphs('Line one\nline two\n\nNext block.')).toEqual(['Line one\nline two', 'Next block.']);
  });
  test('keeps every character, quotes and dashes included', () => {
    expect(plainParagraphs("   ``Yes,'' she said _ twice.")).toEqual(["``Yes,'' she said _ twice."]);
  });
});

describe('dropEndMark', () => {
  test.each([
    [['Text.', 'ends'], ['Text.'], 'ends'],
    [['Text.', '-30-'], ['Text.'], '-30-'],
    [['Text.', '###'], ['Text.'], '###'],
    [['It ends here.'], ['It ends here.'], null],
    [['ends', 'Text.'], ['ends', 'Text.'], null],
  ])('%j', (input, paragraphs, removed) => {
    expect(dropEndMark(input)).toEqual({ paragraphs, removed });
  });
});

describe('replaceTypesetting', () => {
  test.each([
    ['w2221 &Cx1f; wstm-', 'w2221  wstm-'],
    [' &UR; By ANNA LEE &QC; ', ' <TYPESET> By ANNA LEE  </TYPESET>'],
    ['the keeper &MD; and the log', 'the keeper  —  and the log'],
    ['HALLOWAY &UR;  &LR; _ Ned', 'HALLOWAY    _ Ned'],
    ['fish &amp; chips &eacute;', 'fish &amp; chips &eacute;'],
  ])('%s', (input, output) => {
    expect(replaceTypesetting(input).text).toBe(output);
  });
});

describe('rootTag', () => {
  test.each([
    ['<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE nitf SYSTEM "nitf.dtd" [ <!ENTITY x "y"> ]>\n<nitf>', 'nitf', null],
    ['\n<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/">', 'newsItem', 'http://iptc.org/std/nar/2006-10-01/'],
    ['<DOC>\n<DOCNO>', 'DOC', null],
  ])('%s', (head, local, ns) => {
    expect(rootTag(head)).toMatchObject({ local, ns });
  });
  test.each([['plain text'], [''], ['{"json": true}']])('%s has no root tag', (head) => {
    expect(rootTag(head)).toBeNull();
  });
});

describe('readers are total', () => {
  test('deeply nested and unclosed elements cost no stack: the text is still read', () => {
    const deep = `<?xml version="1.0"?>\n<export><article><body>${'<div>'.repeat(20000)}<p>Deep text stays.</p></body></article></export>`;
    const { articles, messages } = readBytes('deep.xml', bytes(deep));
    expect(messages.map((m) => m.ruleId)).not.toContain('run/internal-error');
    expect(articles[0]?.raw).toBe('Deep text stays.');
  });
  test('a record-like file with no text at all is an error naming the file, not a crash', () => {
    const { articles, messages } = readBytes('empty-record.xml', bytes('<?xml version="1.0"?>\n<record><title>Only a title</title></record>\n'));
    expect(articles).toEqual([]);
    expect(messages.map((m) => `${m.file}: ${m.severity} ${m.ruleId}`)).toEqual(['empty-record.xml: error ingest/no-text']);
  });
});
