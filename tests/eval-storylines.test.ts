import { describe, expect, test } from 'vitest';
import { labelFigures, storylineTable } from '../pipeline/eval-storylines.js';

describe('news_cluster storylines, label by label', () => {
  // A label whose articles fall in two bursts a month apart: two happenings of one storyline.
  const rows = [
    { article_id: 'a', story_id: 's1', published_date: '2020-03-01' },
    { article_id: 'b', story_id: 's1', published_date: '2020-03-02' },
    { article_id: 'c', story_id: 's2', published_date: '2020-04-05' },
    { article_id: 'd', story_id: 's3', published_date: '2020-04-06' },
    { article_id: 'e', story_id: 's3', published_date: null },
  ];

  test('date groups, our stories and joined pairs, overall and within a week', () => {
    expect(labelFigures('storyline', rows)).toEqual({
      label: 'storyline', articles: 5, first: '2020-03-01', last: '2020-04-06', spanDays: 36,
      dateGroups: 2, ourStories: 3, pairs: 10, joined: 2, weekPairs: 2, weekJoined: 1,
    });
  });

  test('the table gives each label and the pair recalls', () => {
    const table = storylineTable([labelFigures('storyline', rows)]);
    expect(table).toContain('| storyline | 5 | 2020-03-01 | 2020-04-06 | 36 | 2 | 3 | 2/10 | 1/2 |');
    expect(table).toContain('pair recall: 0.200 (2/10); among pairs published ≤ 7 days apart: 0.500 (1/2)');
  });
});
