import { describe, expect, it } from 'vitest';
import type { DayEvidence, DayMention } from './day-evidence';
import { burstCount, DAY_SALIENCE_WEIGHTS as W, daySalience, mentionWeight } from './day-salience';

const mention = (patch: Partial<DayMention> & Pick<DayMention, 'article'>): DayMention => ({
  lagDays: 0,
  kind: 'explicit',
  sentence: 5,
  factuality: 'asserted',
  ...patch,
});
const day = (mentions: DayMention[]): DayEvidence => ({ day: '2008-10-10', ids: ['ev-1'], mentions });

describe('mentionWeight', () => {
  it('weighs a date phrase over the publication day, and a lead or later reference over both', () => {
    const plain = mentionWeight(mention({ article: 'a' }), W);
    expect(mentionWeight(mention({ article: 'a', kind: 'publication' }), W)).toBeLessThan(plain);
    expect(mentionWeight(mention({ article: 'a', sentence: 0 }), W)).toBeGreaterThan(plain);
    expect(mentionWeight(mention({ article: 'a', lagDays: 30 }), W)).toBeGreaterThan(plain);
  });

  it("counts the next day's report as ordinary news, not as the story looking back", () => {
    expect(mentionWeight(mention({ article: 'a', lagDays: 1 }), W)).toBe(
      mentionWeight(mention({ article: 'a' }), W),
    );
  });

  it('discounts plans and hedges, and denied events most', () => {
    const asserted = mentionWeight(mention({ article: 'a' }), W);
    const planned = mentionWeight(mention({ article: 'a', lagDays: -5, factuality: 'planned' }), W);
    const negated = mentionWeight(mention({ article: 'a', factuality: 'negated' }), W);
    expect(planned).toBeLessThan(asserted);
    expect(negated).toBeLessThan(planned);
  });
});

describe('daySalience', () => {
  it('counts an article once, and once more for each doubling of its mentions of the day', () => {
    const times = (n: number) =>
      daySalience(day(Array.from({ length: n }, () => mention({ article: 'a' }))), 0, 1, W);
    const once = times(1);
    expect(times(2)).toBeCloseTo(2 * once);
    expect(times(4)).toBeCloseTo(3 * once);
    expect(times(8)).toBeCloseTo(4 * once);
    const three = daySalience(day(['a', 'b', 'c'].map((article) => mention({ article }))), 0, 1, W);
    expect(three).toBeCloseTo(3 * once);
  });

  it('makes a burst of nine publication-day leads count three, not nine, in a story of one article a day', () => {
    const noNews = { ...W, newsDay: 0 };
    const leads = 'abcdefghi'.split('').map((article) => mention({ article, kind: 'publication' }));
    const one = daySalience(day(leads.slice(0, 1)), 1, 1, noNews);
    expect(daySalience(day(leads), 9, 1, noNews)).toBeCloseTo(3 * one);
    // Articles published that day without a lead row still make the burst.
    expect(daySalience(day(leads.slice(0, 1)), 9, 1, noNews)).toBeCloseTo(one / 3);
  });

  it("measures a burst against the story's typical day: nine leads are no burst where nine a day is usual", () => {
    const noNews = { ...W, newsDay: 0 };
    const leads = 'abcdefghi'.split('').map((article) => mention({ article, kind: 'publication' }));
    const one = daySalience(day(leads.slice(0, 1)), 1, 1, noNews);
    expect(daySalience(day(leads), 9, 9, noNews)).toBeCloseTo(9 * one);
    // Three times a typical day of three: three times the typical day's votes, times the square root of 3.
    expect(daySalience(day(leads), 9, 3, noNews)).toBeCloseTo(3 * Math.sqrt(3) * one);
  });

  it("adds a news day's vote that grows with the square root of its articles", () => {
    const named = day([mention({ article: 'a', lagDays: 3 })]);
    const quiet = daySalience(named, 0, 1, W);
    expect(daySalience(named, 1, 1, W)).toBeCloseTo(quiet + W.newsDay);
    expect(daySalience(named, 4, 1, W)).toBeCloseTo(quiet + 2 * W.newsDay);
  });

  it('ranks a day three articles name later above a day of nine same-day leads', () => {
    const leads = 'abcdefghi'
      .split('')
      .map((article) => mention({ article, kind: 'publication', sentence: 0 }));
    const recalled = ['x', 'y', 'z'].map((article) => mention({ article, lagDays: 20 }));
    expect(daySalience(day(recalled), 0, 1, W)).toBeGreaterThan(daySalience(day(leads), 9, 1, W));
  });

  it('leaves bursts alone when the burst exponent is 1', () => {
    const leads = ['a', 'b', 'c', 'd'].map((article) => mention({ article, kind: 'publication' }));
    const off = { ...W, burst: 1, newsDay: 0 };
    expect(daySalience(day(leads), 4, 1, off)).toBeCloseTo(
      4 * daySalience(day(leads.slice(0, 1)), 1, 1, off),
    );
  });
});

describe('burstCount', () => {
  it('counts every article up to the typical day and the square root of the excess ratio past it', () => {
    expect(burstCount(0, 3, 0.5)).toBe(0);
    expect(burstCount(2, 3, 0.5)).toBe(2);
    expect(burstCount(3, 3, 0.5)).toBe(3);
    expect(burstCount(12, 3, 0.5)).toBeCloseTo(6);
    expect(burstCount(9, 1, 0.5)).toBeCloseTo(3);
  });

  it('grows k-fold when the day and the typical day both do', () => {
    for (const [n, t] of [
      [1, 1],
      [7, 2],
      [40, 3],
    ] as const)
      for (const k of [2, 10])
        expect(burstCount(k * n, k * t, W.burst)).toBeCloseTo(k * burstCount(n, t, W.burst), 9);
  });
});
