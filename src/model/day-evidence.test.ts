import { describe, expect, it } from 'vitest';
import { articlePublicationDays, collectDayEvidence } from './day-evidence';
import { testRecord } from './test-records';

const lead = testRecord({
  id: 'ev-lead',
  start: '2010-06-07',
  article_id: 'iphone4#1',
  ref_date: '2010-06-07',
  date_basis: 'publication',
  sentence_index: 0,
  sentence:
    'Apple CEO Steve Jobs unveiled the iPhone 4 at the Worldwide Developers Conference in San Francisco.',
  also_reported_in: ['orders#1', 'cases#1'],
});
const orders = testRecord({
  id: 'ev-orders',
  start: '2010-06-15',
  article_id: 'orders#1',
  ref_date: '2010-06-16',
  date_basis: 'relative',
  sentence_index: 1,
  sentence: 'Apple began taking pre-orders for the iPhone 4 on Tuesday.',
});
const cases = testRecord({
  id: 'ev-cases',
  start: '2010-07-16',
  article_id: 'cases#1',
  ref_date: '2010-07-16',
  date_basis: 'publication',
  sentence_index: 0,
  sentence: 'Apple will give free cases to iPhone 4 owners, Steve Jobs said at a press conference.',
});
const year = testRecord({
  id: 'ev-year',
  start: '2010-01-01',
  end: '2010-12-31',
  precision: 'year',
  article_id: 'cases#1',
  ref_date: '2010-07-16',
});

describe('collectDayEvidence', () => {
  it('reads each article publication day from its rows', () => {
    expect(articlePublicationDays([lead, orders, cases])).toEqual(
      new Map([
        ['iphone4#1', '2010-06-07'],
        ['orders#1', '2010-06-16'],
        ['cases#1', '2010-07-16'],
      ]),
    );
  });

  it('gives one mention per article that reports a merged row, with how many days later it was published', () => {
    const [launch] = collectDayEvidence([lead, orders, cases]);
    expect(launch?.day).toBe('2010-06-07');
    expect(launch?.ids).toEqual(['ev-lead']);
    expect(launch?.mentions).toEqual([
      { article: 'iphone4#1', lagDays: 0, kind: 'publication', sentence: 0, factuality: 'asserted' },
      // Published on other days, the other reports must have named the day themselves.
      { article: 'orders#1', lagDays: 9, kind: 'explicit', sentence: null, factuality: 'asserted' },
      { article: 'cases#1', lagDays: 39, kind: 'explicit', sentence: null, factuality: 'asserted' },
    ]);
  });

  it('marks a "Tuesday" in Wednesday\'s paper as a dated mention one day late', () => {
    const days = collectDayEvidence([orders]);
    expect(days[0]?.mentions[0]).toMatchObject({ kind: 'explicit', lagDays: 1, sentence: 1 });
  });

  it('skips coarser rows and days outside the range, and sorts by day', () => {
    const days = collectDayEvidence([cases, year, orders, lead], { from: '2010-06-10' });
    expect(days.map((d) => d.day)).toEqual(['2010-06-15', '2010-07-16']);
  });

  it('leaves the lag unknown when no row says when the other article appeared', () => {
    const alone = { ...lead, also_reported_in: ['unseen#1'] };
    expect(collectDayEvidence([alone])[0]?.mentions[1]?.lagDays).toBeNull();
  });
});
