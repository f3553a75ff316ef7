import { describe, expect, test } from 'vitest';
import { completeMonthDay, findTimeExpressions, parseDate, resolveTime } from '../pipeline/lib/dates.js';

// [text, article date, future?, expected date, precision, basis]
// 2021-06-10 is a Thursday; 2020-01-08 a Wednesday.
const CASES: [string, string | null, boolean, string | null, string | null, string | null][] = [
  ['The envoys talked on Tuesday.', '2021-06-10', false, '2021-06-08', 'day', 'relative'],
  ['The mayor spoke last night.', '2021-06-10', false, '2021-06-09', 'day', 'relative'],
  ['Four months ago the port closed.', '2021-06-10', false, '2021-02', 'month', 'relative'],
  ['Earlier this month the port closed.', '2021-06-10', false, '2021-06', 'month', 'relative'],
  ['Last month the port closed.', '2021-06-10', false, '2021-05', 'month', 'relative'],
  ['They met Thursday in the capital.', '2021-06-10', false, '2021-06-10', 'day', 'relative'],
  ["Monday's vote was close.", '2021-06-10', false, '2021-06-07', 'day', 'relative'],
  ['The board will vote on Friday.', '2021-06-10', true, '2021-06-11', 'day', 'relative'],
  ['They will reconvene next Tuesday.', '2021-06-10', true, '2021-06-15', 'day', 'relative'],
  ['It rained last Thursday.', '2021-06-10', false, '2021-06-03', 'day', 'relative'],
  ['The deal was signed on July 31, 2018.', '2021-06-10', false, '2018-07-31', 'day', 'explicit'],
  ['The vote took place on 16 August 2004.', '2021-06-10', false, '2004-08-16', 'day', 'explicit'],
  ['The committee met March 21.', '2021-06-10', false, '2021-03-21', 'day', 'relative'],
  ['The committee met on December 2.', '2021-06-10', false, '2020-12-02', 'day', 'relative'],
  ['A summit is planned for December 2.', '2021-06-10', true, '2021-12-02', 'day', 'relative'],
  ['A summit is planned for March 2.', '2021-06-10', true, '2022-03-02', 'day', 'relative'],
  ['Inspectors visit on Aug. 16-20.', '2021-06-10', true, '2021-08-16', 'day', 'relative'],
  ['The team stays from Sept. 3 to 9.', '2021-06-10', true, '2021-09-03', 'day', 'relative'],
  ['Talks collapsed in May.', '2021-06-10', false, '2021-05', 'month', 'relative'],
  ['Talks collapsed in September.', '2021-06-10', false, '2020-09', 'month', 'relative'],
  ['Elections are due in late September.', '2021-06-10', true, '2021-09', 'month', 'relative'],
  ['Talks resume in early February.', '2021-06-10', true, '2022-02', 'month', 'relative'],
  ['The plan was drafted in mid-March.', '2021-06-10', false, '2021-03', 'month', 'relative'],
  ['Turnout fell last year.', '2021-06-10', false, '2020', 'year', 'relative'],
  ['Turnout rose this year.', '2021-06-10', false, '2021', 'year', 'relative'],
  ['The forum opens next month.', '2021-12-10', true, '2022-01', 'month', 'relative'],
  ['The forum closes at the end of next month.', '2021-06-10', true, '2021-07', 'month', 'relative'],
  ['A court ruled earlier this month.', '2021-06-10', false, '2021-06', 'month', 'relative'],
  ['The pact dates from December 2016.', '2021-06-10', false, '2016-12', 'month', 'explicit'],
  ['They first met in November 2013.', null, false, '2013-11', 'month', 'explicit'],
  ['The ferry first sailed in October of 2009.', '2021-06-10', false, '2009-10', 'month', 'explicit'],
  ['The dam burst in April of last year.', '2021-06-10', false, '2020-04', 'month', 'relative'],
  ['Abductions happened in the 1970s.', '2021-06-10', false, '1970', 'decade', 'explicit'],
  ['The treaty expires in 2019.', '2021-06-10', false, '2019', 'year', 'explicit'],
  ['Officials resigned yesterday.', '2020-01-08', false, '2020-01-07', 'day', 'relative'],
  ['Officials resign today.', '2020-01-08', false, '2020-01-08', 'day', 'relative'],
  ['Prices climbed last week.', '2020-01-08', false, '2020-01', 'month', 'relative'],
  ['The talks, the first since March last year, ended.', '2021-06-10', false, '2020-03', 'month', 'relative'],
  ['Ties were cut two years ago.', '2021-06-10', false, '2019', 'year', 'relative'],
  // `last`/`next` with a month: the latest before, or the first after, the article's month.
  ['The board resigned last March.', '2021-06-10', false, '2021-03', 'month', 'relative'],
  ['The board resigned last June.', '2021-06-10', false, '2020-06', 'month', 'relative'],
  ['The board resigned last September.', '2021-06-10', false, '2020-09', 'month', 'relative'],
  ['The board meets next September.', '2021-06-10', true, '2021-09', 'month', 'relative'],
  ['The board meets next March.', '2021-06-10', true, '2022-03', 'month', 'relative'],
  // Unknown article date: only written-out years resolve.
  ['They met on Wednesday.', null, false, null, null, null],
  ['They met in May.', null, false, null, null, null],
];

describe('time expressions resolved against the article date', () => {
  test.each(CASES)('%s (ref %s, future %s)', (text, ref, future, date, precision, basis) => {
    const r = parseDate(text, ref, future);
    expect(r).not.toBeNull();
    expect(r!.date).toBe(date);
    expect(r!.precision).toBe(precision);
    expect(r!.basis).toBe(basis);
  });
});

describe('partial and non-dates', () => {
  test('`May` followed by a verb or a possessive is a name, not the month', () => {
    expect(findTimeExpressions('It came after May invoked the clause.')).toEqual([]);
    expect(findTimeExpressions("It came after May's government fell.")).toEqual([]);
    expect(findTimeExpressions('It came after May, when the port closed.').map((e) => e.text)).toEqual(['May']);
  });

  test('month-day without year and without article date is kept as MM-DD, filled in later', () => {
    const e = findTimeExpressions('in a joint news conference March 21 with')[0]!;
    const r = resolveTime(e.spec, null);
    expect(r).toMatchObject({ date: null, monthDay: '03-21', precision: 'day' });
    expect(completeMonthDay('03-21', '2018-03-22')).toBe('2018-03-21');
    expect(completeMonthDay('12-30', '2019-01-02')).toBe('2018-12-30');
  });

  test.each([
    ['Theresa May said the plan works.'],
    ['May I ask a question?'],
    ['It cost $2019 and 1,2019 units.'],
    ['They may meet later.'],
  ])('no date in %s', (text) => {
    expect(findTimeExpressions(text)).toEqual([]);
  });

  test('the preposition before an expression is kept (since/until are not event dates)', () => {
    expect(findTimeExpressions('the first visit since January 2006')[0]).toMatchObject({ text: 'January 2006', prep: 'since' });
  });
});
