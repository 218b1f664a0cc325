import { describe, expect, it } from 'vitest';
import { rankDaysByEventArticles, rankDaysByPublication } from './day-baselines';
import { testRecord } from './test-records';

const rows = [
  testRecord({
    id: 'a',
    start: '2011-01-17',
    article_id: 'leave#1',
    ref_date: '2011-01-17',
    also_reported_in: ['x#1'],
  }),
  testRecord({ id: 'b', start: '2011-01-17', article_id: 'leave#1', ref_date: '2011-01-17' }),
  testRecord({ id: 'c', start: '2010-06-07', article_id: 'jobs#1', ref_date: '2011-01-17' }),
  testRecord({ id: 'd', start: '2010-06-07', article_id: 'x#1', ref_date: '2011-01-18' }),
  testRecord({
    id: 'e',
    start: '2010-06-01',
    end: '2010-06-30',
    precision: 'month',
    article_id: 'y#1',
    ref_date: '2011-01-18',
  }),
];

describe('simple day rankings', () => {
  it('count distinct articles with a day-precision row on the day, merged reports included', () => {
    expect(rankDaysByEventArticles(rows).map((d) => [d.day, d.score])).toEqual([
      ['2010-06-07', 2],
      ['2011-01-17', 2],
    ]);
  });

  it('count articles published per day, within the range', () => {
    expect(rankDaysByPublication(rows).map((d) => [d.day, d.score])).toEqual([
      ['2011-01-17', 2],
      ['2011-01-18', 2],
    ]);
    expect(rankDaysByPublication(rows, { to: '2011-01-17' }).map((d) => d.day)).toEqual(['2011-01-17']);
  });
});
