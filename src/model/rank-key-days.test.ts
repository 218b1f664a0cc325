import { describe, expect, it } from 'vitest';
import { articlePublicationDays, collectDayEvidence } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS as W, daySalience } from './day-salience';
import { articleCopies } from './article-copies';
import {
  articlesPerPublicationDay,
  rankKeyDays,
  rankKeyDaysSteps,
  typicalPublicationDay,
} from './rank-key-days';
import { runSteps } from './steps';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { testRecord } from './test-records';

/**
 * Generated rows, every third one made an undated lead at its article's publication day and every fifth
 * one merged with the next row's article, so every kind of mention occurs.
 */
const synthetic = [...generateSyntheticEvents({ n: 6000, seed: 3, years: 2 })].map((r, i, all) => ({
  ...r,
  ...(i % 3 === 0 ? { date_basis: 'publication' as const, ref_date: r.start } : {}),
  ...(i % 5 === 0 ? { also_reported_in: [all[i + 1]?.article_id ?? ''] } : {}),
}));

describe('rankKeyDays', () => {
  it('scores every day as daySalience does over its evidence when the day before gets no share', () => {
    const weights = { ...W, dayBefore: 0 };
    const published = articlesPerPublicationDay(articlePublicationDays(synthetic));
    const typical = typicalPublicationDay(published);
    const expected = new Map(
      collectDayEvidence(synthetic).map((e) => [
        e.day,
        daySalience(e, published.get(e.day) ?? 0, typical, weights),
      ]),
    );
    const ranked = rankKeyDays(synthetic, {}, weights);
    expect(ranked.length).toBe(expected.size);
    for (const d of ranked) expect(d.score).toBeCloseTo(expected.get(d.day) ?? NaN, 9);
  });

  it("gives a day a share of the next day's undated votes: a lead without a date may report the day before", () => {
    const named = testRecord({
      id: 'named',
      start: '2010-06-06',
      article_id: 'later#1',
      ref_date: '2010-06-20',
      date_basis: 'absolute',
      sentence_index: 9,
    });
    const lead = testRecord({
      id: 'lead',
      start: '2010-06-07',
      article_id: 'news#1',
      ref_date: '2010-06-07',
      date_basis: 'publication',
      sentence_index: 9,
    });
    const score = (weights: typeof W) =>
      rankKeyDays([named, lead], {}, weights).find((d) => d.day === '2010-06-06')?.score ?? NaN;
    const next = rankKeyDays([lead], {}, { ...W, dayBefore: 0 })[0]?.score ?? NaN;
    expect(score(W) - score({ ...W, dayBefore: 0 })).toBeCloseTo(W.dayBefore * next, 9);
  });

  it('scores a story whose every article comes ten times ten times as high, day by day, so it ranks the same', () => {
    // The generated story has bursts: two articles on a typical day, up to 48 on the busiest.
    expect(typicalPublicationDay(articlesPerPublicationDay(articlePublicationDays(synthetic)))).toBe(2);
    const once = new Map(rankKeyDays(synthetic).map((d) => [d.day, d.score]));
    const tenfold = rankKeyDays(articleCopies(synthetic, 10));
    expect(tenfold.length).toBe(once.size);
    // Scores, not the order, are compared: days whose scores tie exactly may differ in the last bit.
    for (const d of tenfold) expect(d.score / (once.get(d.day) ?? NaN)).toBeCloseTo(10, 9);
  });

  it('pauses between batches and ranks the same days as at once', () => {
    const steps = rankKeyDaysSteps(synthetic);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(2);
    expect(next.value).toEqual(runSteps(rankKeyDaysSteps(synthetic)));
    expect(next.value).toEqual(rankKeyDays(synthetic));
  });
});

describe('typicalPublicationDay', () => {
  const published = new Map([
    ['2011-01-24', 1],
    ['2011-01-25', 2],
    ['2011-01-26', 40],
    ['2011-01-27', 3],
  ]);

  it('is the median articles per publication day, so one burst does not raise it', () => {
    expect(typicalPublicationDay(published)).toBe(2.5);
    expect(typicalPublicationDay(published, { to: '2011-01-26' })).toBe(2);
  });

  it('is one article a day when no article appeared in the range', () => {
    expect(typicalPublicationDay(published, { from: '2012-01-01' })).toBe(1);
    expect(typicalPublicationDay(new Map())).toBe(1);
  });
});
