import { describe, expect, it } from 'vitest';
import { articlePublicationDays, collectDayEvidence } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS as W, daySalience } from './day-salience';
import { articlesPerPublicationDay, rankKeyDays, rankKeyDaysSteps } from './rank-key-days';
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
    const expected = new Map(
      collectDayEvidence(synthetic).map((e) => [e.day, daySalience(e, published.get(e.day) ?? 0, weights)]),
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
