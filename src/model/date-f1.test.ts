import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateF1, expectedDateF1 } from './date-f1';

const gold = new Set(['2008-09-15', '2008-09-16', '2008-10-10']);

describe('dateF1', () => {
  it('is the set F1 of chosen and gold days, exact match only', () => {
    expect(dateF1(['2008-09-15', '2008-09-17'], gold)).toBeCloseTo((2 * 1) / (2 + 3));
    expect(dateF1([...gold], gold)).toBe(1);
    expect(dateF1([], new Set())).toBe(0);
  });
});

describe('expectedDateF1', () => {
  it('equals dateF1 when the ranking has no ties', () => {
    const ranking = [
      { day: '2008-09-15', score: 3 },
      { day: '2008-09-17', score: 2 },
      { day: '2008-10-10', score: 1 },
    ];
    expect(expectedDateF1(ranking, 2, gold)).toBeCloseTo(dateF1(['2008-09-15', '2008-09-17'], gold));
  });

  it('averages over the order of a tied group cut by the boundary', () => {
    // Two places, four tied days of which two are gold: one hit expected.
    const tied = ['2008-09-15', '2008-09-16', '2008-09-17', '2008-09-18'].map((day) => ({ day, score: 1 }));
    expect(expectedDateF1(tied, 2, gold)).toBeCloseTo((2 * 1) / (2 + 3));
  });

  it('matches the mean F1 over every tie order (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 7 }),
        (days, scores, count) => {
          const ranking = days.map((d, i) => ({ day: `2008-10-0${d}`, score: scores[i] ?? 0 }));
          const g = new Set(days.filter((d) => d % 2 === 0).map((d) => `2008-10-0${d}`));
          const orders = permutations(ranking).map((p) =>
            dateF1(
              [...p]
                .sort((a, b) => b.score - a.score)
                .slice(0, count)
                .map((r) => r.day),
              g,
            ),
          );
          const mean = orders.reduce((s, x) => s + x, 0) / orders.length;
          expect(expectedDateF1(ranking, count, g)).toBeCloseTo(mean, 9);
        },
      ),
      { numRuns: 50 },
    );
  });
});

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
