/**
 * The clean stage: fixture goldens (tests/fixtures/clean/<case>/), plus tables for the pure helpers,
 * each with "must not change" rows.
 */
import { describe, expect, test } from 'vitest';
import { clean } from '../pipeline/clean.js';
import { boilerplateKind } from '../pipeline/clean/boilerplate.js';
import { parseByline } from '../pipeline/clean/byline.js';
import { captionKind, captionText, splitGluedCaption } from '../pipeline/clean/captions.js';
import { contributorCredit, creditKind, splitClosingCredit } from '../pipeline/clean/credits.js';
import { parseDateline } from '../pipeline/clean/dateline.js';
import { splitGlued } from '../pipeline/clean/glued.js';
import { monthDayIn, parseFullDate } from '../pipeline/clean/dates.js';
import { decodeEntities, normalizeUnicode, stripTags } from '../pipeline/clean/entities.js';
import { repairMojibake } from '../pipeline/clean/mojibake.js';
import { toParagraphs } from '../pipeline/clean/paragraphs.js';
import { looksLikeTitle } from '../pipeline/clean/title.js';
import type { ArticleMeta, RawArticle } from '../pipeline/types.js';
import { runFixtures } from './helpers/fixtures.js';

function article(raw: string, meta: ArticleMeta = {}, format: RawArticle['format'] = 'txt'): RawArticle {
  return { articleId: 'case', file: 'case.txt', format, sha256: '0'.repeat(64), bytes: raw.length, raw, meta };
}

/** What a golden shows: everything but the fields copied through from the input. */
function view(raw: string): unknown {
  const { articleId: _a, file: _f, format: _fo, sha256: _s, bytes: _b, messages, ...rest } = clean(article(raw));
  return {
    ...rest,
    messages: messages.map((m) => `${m.line ?? '-'}: ${m.severity} ${m.ruleId}: ${m.reason}${m.actual ? ` | ${m.actual}` : ''}`),
  };
}

describe('fixtures', () => {
  runFixtures('clean', (input) => view(input));
});

describe('repairMojibake', () => {
  test.each([
    ['cityâ€™s', 'city’s'],
    ['â€œquotedâ€\u009d', '“quoted”'],
    ['â€œquotedâ€\ufffd', '“quoted”'],
    ['cafÃ©', 'café'],
    ['JosÃƒÂ©', 'José'],
    ['Â© 2020', '© 2020'],
    ['â‚¬5', '€5'],
    ['Tokyoâs ward', 'Tokyo’s ward'],
    ['donât', 'don’t'],
    ['theyâll', 'they’ll'],
    ['âI want', '“I want'],
    ['said (âfine', 'said (“fine'],
    ['to us,â Lavrov', 'to us,” Lavrov'],
    ['the end.â', 'the end.”'],
    ['costs 5Â pounds', 'costs 5 pounds'],
    // must not change
    ['pâté and château', 'pâté and château'],
    ['Côte d’Ivoire, São Paulo, Zürich, naïve', 'Côte d’Ivoire, São Paulo, Zürich, naïve'],
    ['à la carte, déjà vu', 'à la carte, déjà vu'],
    ['CHÂTEAU', 'CHÂTEAU'],
    ['plain ASCII text', 'plain ASCII text'],
  ])('%j → %j', (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected);
  });

  test('counts the replaced characters', () => {
    expect(repairMojibake('cityâ€™s').repairs).toBe(3);
    expect(repairMojibake('donât').repairs).toBe(1);
    expect(repairMojibake('pâté').repairs).toBe(0);
  });
});

describe('entities, tags and Unicode', () => {
  test.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&quot;yes&quot;', '"yes"'],
    ['it&#8217;s', 'it’s'],
    ['it&#x2019;s', 'it’s'],
    ['a&nbsp;b', 'a\u00a0b'],
    ['a &mdash; b &ndash; c', 'a — b – c'],
    ['&ldquo;hi&rdquo;', '“hi”'],
    ['it&amp;#8217;s', 'it’s'],
    ['&#146;', '’'],
    ['AT&T and &unknown; stay', 'AT&T and &unknown; stay'],
  ])('decodeEntities(%j) → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  test.each([
    ['<p>One</p><p>Two</p>', '\nOne\n\nTwo\n'],
    ['line<br>next<br/>last', 'line\nnext\nlast'],
    ['a <b>bold</b> <a href="x">link</a>', 'a bold link'],
    ['if a < b and c > d', 'if a < b and c > d'],
  ])('stripTags(%j) → %j', (input, expected) => {
    expect(stripTags(input)).toBe(expected);
  });

  test.each([
    ['a\u00a0b\u2009c', 'a b c'],
    ['zero\u200bwidth\ufeff', 'zerowidth'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['Cafe\u0301', 'Café'],
  ])('normalizeUnicode(%j) → %j', (input, expected) => {
    expect(normalizeUnicode(input)).toBe(expected);
  });
});

describe('parseDateline', () => {
  test.each([
    ['MOSCOW (Kyodo) -- Russia said', { place: 'MOSCOW', agency: 'Kyodo', monthDay: null, rest: 'Russia said' }],
    ['MOSCOW--Russia said', { place: 'MOSCOW', agency: null, monthDay: null, rest: 'Russia said' }],
    ['TOKYO (Reuters) - Japan said', { place: 'TOKYO', agency: 'Reuters', monthDay: null, rest: 'Japan said' }],
    ['SEOUL, Jan. 4 (Yonhap) -- South Korea said', { place: 'SEOUL', agency: 'Yonhap', monthDay: 'Jan. 4', rest: 'South Korea said' }],
    ['LONDON, March 3 (Reuters) - Britain said', { place: 'LONDON', agency: 'Reuters', monthDay: 'March 3', rest: 'Britain said' }],
    ['BEIJING -- China said', { place: 'BEIJING', agency: null, monthDay: null, rest: 'China said' }],
    ['(CNN) -- Rescuers said', { place: null, agency: 'CNN', monthDay: null, rest: 'Rescuers said' }],
    ['(CNN)Rescuers said', { place: null, agency: 'CNN', monthDay: null, rest: 'Rescuers said' }],
    ['WASHINGTON, D.C. — Lawmakers said', { place: 'WASHINGTON', region: 'D.C.', agency: null, monthDay: null, rest: 'Lawmakers said' }],
    ['SAN FRANCISCO, Calif. (AP) — Tech firms said', { place: 'SAN FRANCISCO', region: 'Calif.', agency: 'AP', monthDay: null, rest: 'Tech firms said' }],
    ['PITTSBURGH, PA (AP) - Steel output rose', { place: 'PITTSBURGH', region: 'PA', agency: 'AP' }],
    ['RIO DE JANEIRO — Brazil said', { place: 'RIO DE JANEIRO', agency: null, monthDay: null, rest: 'Brazil said' }],
    // Wire styles: underscores for dashes, slashes, agencies first, places in ordinary case.
    ['PORT LOUIS, Mauritius (AP) _ Divers found', { place: 'PORT LOUIS', region: 'Mauritius', agency: 'AP', rest: 'Divers found' }],
    ['OSLO (AP) _ Fishermen said', { place: 'OSLO', agency: 'AP', rest: 'Fishermen said' }],
    ['Tallinn (dpa) - Estonia said', { place: 'Tallinn', agency: 'dpa', rest: 'Estonia said' }],
    ['HANOI, May 3 (Xinhua) -- Vietnam said', { place: 'HANOI', agency: 'Xinhua', monthDay: 'May 3', rest: 'Vietnam said' }],
    ['MINSK, March 9. /TASS/. Belarus said', { place: 'MINSK', agency: 'TASS', monthDay: 'March 9', rest: 'Belarus said' }],
    ['(ANSA) - Naples, June 2 - The mayor said', { place: 'Naples', agency: 'ANSA', monthDay: 'June 2', rest: 'The mayor said' }],
    ['QUITO _ Ecuador said', { place: 'QUITO', agency: null, rest: 'Ecuador said' }],
    ['LIMA/SANTIAGO (Reuters) - Peru and Chile said', { place: 'LIMA/SANTIAGO', agency: 'Reuters', rest: 'Peru and Chile said' }],
    ['CAIRO: Egypt said', { place: 'CAIRO', agency: null, rest: 'Egypt said' }],
    ['HANOI/BANGKOK Officials said', { place: 'HANOI/BANGKOK', agency: null, rest: 'Officials said' }],
    ['TUNIS U.N. envoys said', { place: 'TUNIS', agency: null, rest: 'U.N. envoys said' }],
    // Inside the lead: what stands before it is returned as `lead`.
    ['By Mira Holt OSLO, Feb. 8 (Reuters) - Norway said', { place: 'OSLO', agency: 'Reuters', monthDay: 'Feb. 8', lead: 'By Mira Holt', rest: 'Norway said' }],
    ['2 Min Read OSLO (Reuters) - Norway said', { place: 'OSLO', lead: '2 Min Read', rest: 'Norway said' }],
    ['May 2, 2001 Posted at: 9:10 a.m. EDT OSLO, Norway (CNN) -- Fishermen', { place: 'OSLO', region: 'Norway', agency: 'CNN', lead: 'May 2, 2001 Posted at: 9:10 a.m. EDT' }],
    ['See the full report (PDF)  Geneva (CNN) -- Delegates said', { place: 'Geneva', agency: 'CNN', lead: 'See the full report (PDF)' }],
    // A place glued to the menu before it keeps only the known place.
    ['Home | World RELATED LINKSOSLO, Norway (CNN) -- Fishermen', { place: 'OSLO', lead: 'Home | World RELATED LINKS' }],
  ])('%j', (input, expected) => {
    expect(parseDateline(input)).toMatchObject(expected);
  });

  test('keeps a year written in the dateline', () => {
    expect(parseDateline('PARIS, May 5, 2019 (AFP) - France said')).toMatchObject({ monthDay: 'May 5', year: '2019' });
  });

  test.each([
    'NATO -- the alliance said',
    'Japan -- a country of islands -- said',
    'The U.S. -- and Canada -- agreed',
    'US officials said on Monday',
    'Russia said -- without evidence -- that',
    'A 3-2 win - the first this season',
    // Labels, adjectives and agencies are not places; a colon or no separator needs a known place.
    'UPDATE: The firm said',
    'UPDATE 2 - The firm said',
    'EXCLUSIVE - The firm said',
    'UK ministers said on Monday',
    'UK Prime Minister Ann Cole said',
    'BRITISH Prime Minister Ann Cole said',
    'NASA: The launch was delayed',
    'FARMVILLE Officials said',
    'AP - The agency said',
    // An agency named inside a sentence is not a dateline.
    'He told the Associated Press (AP) - a news agency - that',
    'A report by the Associated Press (AP) The minister said',
  ])('no dateline in %j', (input) => {
    expect(parseDateline(input)).toBeNull();
  });
});

describe('captionKind', () => {
  test.each([
    ['Ann Lee, left, and Bo Kim, right, shake hands in Seoul on Monday.', 'position'],
    ['Ann Lee, second from right, attends a ceremony in Paris.', 'position'],
    ['Ann Lee (L) greets Bo Kim at the airport.', 'position'],
    ['From left, Ann Lee, Bo Kim and Cy Dow pose for a photo.', 'lead-mark'],
    ['Clockwise from top left: the four candidates.', 'lead-mark'],
    ['Photo/IllutrationA minister speaks in Tokyo.', 'lead-mark'],
    ['FILE PHOTO: A tanker sails past the port.', 'lead-mark'],
    ['Image copyright Getty Images Image caption Crowds gathered', 'lead-mark'],
    ['A tanker sails past the port. (AP Photo/Jo Smith)', 'credit'],
    ['A tanker sails past the port. (AP Photo)', 'credit'],
    ['Leaders meet in Rome. (Pool)', 'credit'],
    ['Leaders meet in Rome. (Kyodo)', 'credit'],
    ['Leaders meet in Rome. (Getty Images)', 'credit'],
    ['Leaders meet in Rome on May 2. REUTERS/Jo Smith', 'credit'],
    ['Leaders meet in Rome. Photo: Jo Smith', 'credit'],
    ['Leaders meet in Rome. (Jo Smith / The Daily Courier)', 'credit'],
    ['Jo Smith/Getty Images', 'credit-line'],
    ['Photo', 'credit-line'],
    ['Pictured, the new bridge over the river', 'lead-mark'],
    ['The bridge opened in 1932. Pictured, the new span over the river', 'position'],
  ])('%j is a caption (%s)', (input, kind) => {
    expect(captionKind(input)).toBe(kind);
  });

  test.each([
    'TOKYO (Reuters) - Japan’s exports rose in September, data showed.',
    'The deal was first reported by Reuters (Reuters) on Sunday and confirmed later.',
    '"We are neither left nor right," the spokeswoman said.',
    'From left-wing parties to the far right, lawmakers criticised the plan.',
    'Ann Lee, left, said the plan would fail, according to aides.',
    'A poll by AP/NORC found most voters support the plan.',
    'He turned right at the corner and walked into the station.',
    'The minister (right) was not available for comment, his office said.',
  ])('%j is not a caption', (input) => {
    expect(captionKind(input)).toBeNull();
  });

  test('drops the Photo/Illustration label from the kept caption', () => {
    expect(captionText('Photo/IllutrationA minister speaks.')).toBe('A minister speaks.');
    expect(captionText('Photo/Illustration A minister speaks.')).toBe('A minister speaks.');
  });
});

describe('calls to action with a handle or an address', () => {
  test.each([
    'Follow Ann Lee on Twitter @annlee_news',
    'Ann Lee is on Twitter: @annlee_news',
    'You can follow the author at @annlee',
    'Contact the newsroom at tips@example-news.com',
  ])('%j is social boilerplate', (input) => {
    expect(boilerplateKind(input)).toBe('social');
  });
});

describe('boilerplateKind', () => {
  test.each([
    ['Skip to main content', 'navigation'],
    ['Please view the main text area of the page by skipping the main menu.', 'navigation'],
    ['Menu Search Sign in', 'navigation'],
    ['Advertisement Continue reading the main story', 'navigation'],
    ['Read more: Why roads cost more', 'promotion'],
    ['Related: Ten things to know', 'promotion'],
    ['This page takes a closer look at the history of the port.', 'promotion'],
    ['Click here to subscribe', 'promotion'],
    ['Follow us on Twitter', 'social'],
    ['Share this article', 'social'],
    ['The Daily Courier on social media', 'social'],
    ['Also in The Daily Courier', 'social'],
    ['Copyright © 2019 Example Media. All rights reserved.', 'copyright'],
    ['© 2018 Example News', 'copyright'],
    ['We use cookies to improve your experience. By continuing to browse you agree.', 'consent'],
    ['Sign up for our newsletter', 'subscription'],
    ['___', 'separator'],
  ])('%j is %s', (input, kind) => {
    expect(boilerplateKind(input)).toBe(kind);
  });

  test.each([
    'The site looks plausible because it copies the bank’s real page.',
    'Watch closely, the coach told his players before the match.',
    'Related talks in Geneva ended without agreement.',
    'Advertisement spending rose 5 percent last year, the report said.',
    'Video-sharing sites removed the clip after complaints.',
    'Copyright law protects the work for 70 years after the author’s death.',
    'The company said users must accept the new privacy policy to keep their accounts.',
    'Ferrero eyes return to top form',
    'Follow the river north for two miles and you reach the dam, the guide said.',
    'Contact with the crew was lost at 3 a.m., officials said.',
    '"Follow me," she told @someone in a post that was later deleted, her lawyer said.',
  ])('%j is not boilerplate', (input) => {
    expect(boilerplateKind(input)).toBeNull();
  });
});

describe('parseByline', () => {
  test.each([
    ['By Ann Lee and Bo Kim', ['Ann Lee', 'Bo Kim']],
    ['By Ann Lee, Bo Kim and Cy Dow | Reuters', ['Ann Lee', 'Bo Kim', 'Cy Dow']],
    ['(This article was written by Ann Lee and Bo Kim.)', ['Ann Lee', 'Bo Kim']],
    ['Reporting by Ann Lee; Editing by Bo Kim', ['Ann Lee']],
    ['Written by Ann Lee', ['Ann Lee']],
    ['Ann Lee, Staff Writer', ['Ann Lee']],
  ])('%j → %j', (input, names) => {
    expect(parseByline(input)?.names).toEqual(names);
  });

  test('a source line gives publisher and date', () => {
    expect(parseByline('Xinhua | Updated: 2017-09-15 17:52')).toMatchObject({ publisher: 'Xinhua', date: '2017-09-15', names: [] });
  });

  test.each(['By the end of the year, prices had doubled.', 'By Tuesday the talks had collapsed.', 'Ann Lee said the vote was fair.'])(
    '%j is not a byline',
    (input) => {
      expect(parseByline(input)).toBeNull();
    },
  );
});

describe('credits and lines for editors', () => {
  test.each([
    ['(Reporting by Ann Lee; Editing by Bo Kim)', 'contributors', ['Ann Lee']],
    ['(Reporting by Ann Lee, editing by Bo Kim)', 'contributors', ['Ann Lee']],
    ['Reporting by Ann Lee, editing by Bo Kim/Cy Dow/Di Fox', 'contributors', ['Ann Lee']],
    ['(Additional reporting by Ann Lee in Lima and Bo Kim in Quito; Writing by Cy Dow; Editing by Di Fox)', 'contributors', ['Ann Lee', 'Bo Kim', 'Cy Dow']],
    ['Staff writers Ann Lee in Lima, Bo Kim and Cy Dow in Quito contributed to this report.', 'contributors', []],
    ["The Courier's Ann Lee, Bo Kim, and photographer Cy Dow contributed to this report", 'contributors', []],
    ['(ab/cde)', 'initials', null],
    ['(ATTN: Picture desks)', 'editor-note', null],
    ['(Eds: Updates with reaction.)', 'editor-note', null],
  ])('%j is %s', (input, kind, names) => {
    expect(creditKind(input, false)).toBe(kind);
    if (names) expect(contributorCredit(input)?.names).toEqual(names);
  });

  test.each(['Reuter', 'ends', '-30-', 'AP'])('%j closing the article is a sign-off', (input) => {
    expect(creditKind(input, true)).toBe('sign-off');
    expect(creditKind(input, false)).toBeNull();
  });

  test.each([
    'Reporters asked whether the talks had contributed to this report.',
    'Local farmers contributed to this report by sharing their harvest figures with the ministry.',
    '(The figures were revised on Monday.)',
    'Reporting by the state broadcaster was banned in 2019.',
    'Ends of the runway were closed.',
  ])('%j is not a credit', (input) => {
    expect(creditKind(input, true)).toBeNull();
  });

  test('a credit closing a body paragraph as its last sentence is cut off', () => {
    expect(splitClosingCredit('The talks ended on Friday. Ann Lee and Bo Kim in Lima contributed to this report.')).toMatchObject({
      keep: 'The talks ended on Friday.',
      credit: 'Ann Lee and Bo Kim in Lima contributed to this report.',
    });
    expect(splitClosingCredit('The talks ended on Friday. Farmers said rain contributed to the harvest.')).toBeNull();
  });
});

describe('glued paragraphs', () => {
  test.each([
    ['They met on Tuesday.During the talks, he said so.', ['They met on Tuesday.', 'During the talks, he said so.']],
    ['He said it was "over."The next day it was not.', ['He said it was "over."', 'The next day it was not.']],
    ['The talks ended.I left early.', ['The talks ended.', 'I left early.']],
    ['He left the room.A minute later he was back.', ['He left the room.', 'A minute later he was back.']],
    ['The vote was close.“We won,” she said.', ['The vote was close.', '“We won,” she said.']],
    ['He said it was fine."We are ready," she said.', ['He said it was fine.', '"We are ready," she said.']],
    ['as the report said.RELATED LINKS: more', ['as the report said.', 'RELATED LINKS: more']],
    // must not change
    ['He met Mr.Smith in the U.S.The trip was short.', null],
    ['Shares of One.Tel rose, and Bo.Li said so.', null],
    ['The fan site Ring.Example.Org said: "Yes."', null],
    ['Visit www.example.com.The page loads.', null],
    ['Growth was 3.5 percent. Sales of .NET tools rose.', null],
    ['The variant Worm.AB, like Worm.ABC, spread.', null],
  ])('%j', (input, expected) => {
    expect(splitGlued(input)).toEqual(expected ?? [input]);
  });
});

describe('dates, paragraphs, title', () => {
  test.each([
    ['2018-03-21T10:00:00Z', '2018-03-21'],
    ['March 21, 2018', '2018-03-21'],
    ['21 March 2018', '2018-03-21'],
    ['Sept. 5, 2017', '2017-09-05'],
    ['2018/03/21', '2018-03-21'],
    ['April 31, 2018', null],
    ['March 21', null],
  ])('parseFullDate(%j) → %j', (input, expected) => {
    expect(parseFullDate(input)).toBe(expected);
  });

  test('one paragraph per line, unless hard-wrapped', () => {
    const lines = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
    expect(toParagraphs(lines('First paragraph.\nSecond paragraph.')).map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    const wrapped = 'The talks were held on Thursday in the capital and lasted\nfor more than six hours, according to officials who\nattended.\nA second round is planned.';
    expect(toParagraphs(lines(wrapped)).map((p) => p.text)).toEqual([
      'The talks were held on Thursday in the capital and lasted for more than six hours, according to officials who attended.',
      'A second round is planned.',
    ]);
  });

  test.each([
    ['Ministers clash over fishing quotas', true],
    ['iTunes now selling charity single', true],
    ['Ministers clashed over fishing quotas on Thursday.', false],
    ['He said, "We will see."', false],
    ['and then', false],
  ])('looksLikeTitle(%j) → %s', (input, expected) => {
    expect(looksLikeTitle(input)).toBe(expected);
  });
});

describe('clean', () => {
  test('news-please text repeating meta.title drops it', () => {
    const result = clean(article('Storm closes schools\nSchools across the region closed on Monday as the storm hit.', { title: 'Storm closes schools', date: '2019-02-03' }, 'news-please'));
    expect(result.text).toBe('Schools across the region closed on Monday as the storm hit.');
    expect(result.title).toBe('Storm closes schools');
    expect(result).toMatchObject({ date: '2019-02-03', dateSource: 'metadata' });
  });

  test('meta.title given: a different first paragraph is body, not title', () => {
    const result = clean(article('Schools closed\nSchools across the region closed on Monday.', { title: 'Storm closes schools' }));
    expect(result.text.startsWith('Schools closed')).toBe(true);
  });

  test('a one-line article is body, not a title', () => {
    expect(clean(article('Markets closed higher on Friday')).text).toBe('Markets closed higher on Friday');
  });

  test('every removal is positioned at its raw line', () => {
    const result = clean(article('Skip to main content\r\n\r\nA tanker sails past. (AP Photo)\r\n\r\nThe port reopened on Monday.'));
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['clean/boilerplate', 1],
      ['clean/caption', 3],
    ]);
  });
});

describe('a caption glued to the text after it', () => {
  test.each([
    ['A tanker sails past Lima on Monday. (AP Photo/Ann Lee) The port reopened after a two-day strike, officials said.', 'A tanker sails past Lima on Monday. (AP Photo/Ann Lee)'],
    ['Fans cheer in the square. (Ann Lee/Getty Images) The team won its first title in 40 years on Sunday night.', 'Fans cheer in the square. (Ann Lee/Getty Images)'],
    ['Workers fill potholes. (Photo: Bo Kim/The Daily Courier) The city will spend more on roads next year, the mayor said.', 'Workers fill potholes. (Photo: Bo Kim/The Daily Courier)'],
  ])('%j', (input, caption) => {
    expect(splitGluedCaption(input)?.caption).toBe(caption);
  });

  test.each([
    'The police released a photo (Photo 3 in the series) Officers asked for help finding the man, they said.',
    'The council (which met on Monday) The next vote is in May and will be close, officials said.',
    'A tanker sails past Lima on Monday. (AP Photo/Ann Lee) It left.',
  ])('must not change: %j', (input) => {
    expect(splitGluedCaption(input)).toBeNull();
  });

  test('the caption goes to captions, the text stays', () => {
    const r = clean(article('A tanker sails past Lima on Monday. (AP Photo/Ann Lee) The port reopened after a two-day strike, officials said.\n\nShips began to dock.'));
    expect(r.text).toBe('The port reopened after a two-day strike, officials said.\n\nShips began to dock.');
    expect(r.captions).toEqual(['A tanker sails past Lima on Monday. (AP Photo/Ann Lee)']);
  });
});

describe('captions from the layout: must not change', () => {
  test.each([
    // Unpunctuated lines with no picture mark and no echo: a list, a line of figures, a last line.
    'The fund will pay for three things.\n\nThe board listed them on Monday.\n\nNew roofs for the two oldest schools in the district\n\nA bus route to the hospital on the east bank of the river\n\nThe money comes from a land sale.\n\nThe sale closed in March.',
    // A body sentence that merely mentions a photo, and one that has a picture word in it.
    'The police released a photo of the suspect on Monday.\n\nThe man pictured in it was seen near the station, they said.\n\nOfficers asked the public for help.',
    // Capitals in an all-capitals wire story are not sub-heads.
    'THE COUNCIL MET ON MONDAY.\n\nNEW RULES\n\nTHE RULES TAKE EFFECT IN MAY.',
    // Scripts without capitals, and their own stops: no sub-heads, no open lines.
    '市议会星期一开会。\n\n新规则\n\n规则将于五月生效。\n\n居民表示欢迎。',
  ])('%j', (raw) => {
    const r = clean(article(raw));
    expect(r.captions).toEqual([]);
    expect(r.messages.filter((m) => m.ruleId === 'clean/subhead' || m.ruleId === 'clean/caption')).toEqual([]);
  });
});

test('an article with captions keeps its short unpunctuated lines (sub-heads in ordinary case)', () => {
  const raw = 'The mayor spoke on Monday.\n\nMayor Ann Cole (pictured) spoke to residents at the town hall on Monday\n\nThe plan was welcomed.\n\nResidents queue outside the town hall (left)\n\nWhat the plan means for renters\n\nRents will be capped.\n\nThe cap starts in May.';
  const r = clean(article(raw));
  expect(r.captions).toHaveLength(2);
  expect(r.text).toContain('What the plan means for renters');
});

describe('a labelled plug for the outlet closing the article', () => {
  const raw = 'Phones get better zoom\n\nA software update improves the zoom of two phone models, the maker said on Monday.\n\nThe update is free.\n\nGadget Weekly Magazine: Check out a sample of the stories in Gadget Weekly\'s print edition.';
  test('is removed when the publisher is known from the site address', () => {
    const r = clean(article(raw, { publisher: 'www.gadgetweekly.com' }));
    expect(r.text).toBe('A software update improves the zoom of two phone models, the maker said on Monday.\n\nThe update is free.');
  });
  test('stays when nothing names the outlet', () => {
    expect(clean(article(raw)).text).toContain('Gadget Weekly Magazine:');
  });
});

describe('a dateline month-day as a date', () => {
  test.each([
    ['Jan. 4', null, '2019-01-06', '2019-01-04'],
    ['Dec. 31', null, '2020-01-02', '2019-12-31'],
    ['Jan. 2', null, '2019-12-31', '2020-01-02'],
    ['May 5', '2018', null, '2018-05-05'],
    ['May 5', null, null, null],
    ['Feb. 30', null, '2019-02-10', null],
  ])('%s (year %s, near %s) → %s', (monthDay, year, context, expected) => {
    expect(monthDayIn(monthDay, year, context)).toBe(expected);
  });

  test('the year comes from a copyright line above the story when nothing else dates it', () => {
    const r = clean(article('c.2004 The Harbor Ledger\n\nSANTA RITA, May 3 (AP) -- The port reopened on Monday.\n\nShips began to dock.'));
    expect([r.date, r.dateSource, r.dateline]).toEqual(['2004-05-03', 'dateline', 'SANTA RITA']);
  });

  test('a dated file name gives the year, and stays the more trusted date', () => {
    const r = clean({ ...article('SANTA RITA, Dec. 31 (AP) -- The port reopened.\n\nShips began to dock.'), file: 'wire/2005-01-02_port.txt' });
    expect([r.date, r.dateSource]).toEqual(['2005-01-02', 'filename']);
  });
});

describe('the article date', () => {
  const date = (raw: string) => {
    const r = clean(article(raw));
    return [r.date, r.dateSource];
  };
  test.each([
    // A date in the body is the day of something the story tells, not of the report: never the article's date.
    ['The council met on Monday, May 4, 2020, and agreed a budget.\n\nThe vote was close.', [null, null]],
    ['The council met on Monday.\n\nIt agreed a budget.\n\nThe last budget was agreed on March 3, 2016.', [null, null]],
  ])('%s', (raw, expected) => {
    expect(date(raw)).toEqual(expected);
  });

  test.each([
    [{ url: 'https://example.com/world/2016/02/12/talks-resume.html' }, 'a.txt', ['2016-02-12', 'url']],
    [{ url: 'https://example.com/news/20160212/talks' }, 'a.txt', ['2016-02-12', 'url']],
    [{}, 'wire/2019-01-21_kremlin.txt', ['2019-01-21', 'filename']],
    [{}, 'XIE20000402.0162', ['2000-04-02', 'filename']],
    [{ url: 'https://example.com/2016/02/31/x' }, 'a.txt', [null, null]],
    [{ url: 'http://example.com/2011/WORLD/europe/03/17/vote.result/index.html' }, 'a.txt', ['2011-03-17', 'url']],
    [{ url: 'http://example.com/WORLD/europe/9904/15/convoy.02/' }, 'a.txt', ['1999-04-15', 'url']],
    [{ url: 'https://example.com/2019/story/4/harbour' }, 'a.txt', [null, null]],
    [{ date: '2016-02-10', url: 'https://example.com/2016/02/12/x' }, 'a.txt', ['2016-02-10', 'metadata']],
    // A `date` line above the text, read by ingest (tests/fixtures/ingest-text/date-line-caption).
    [{ date: '2020-05-04', dateSource: 'header' as const }, 'a.txt', ['2020-05-04', 'header']],
  ])('from metadata, the address or the file name: %j %s', (meta, file, expected) => {
    const r = clean({ ...article('The council met on Monday.\n\nIt agreed a budget.'), file, meta });
    expect([r.date, r.dateSource]).toEqual(expected);
  });
});
