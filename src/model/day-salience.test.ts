import { describe, expect, it } from 'vitest';
import type { DayEvidence, DayMention } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS as W, daySalience, mentionWeight } from './day-salience';

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
  it('counts an article once, with a small bonus for repeating the day', () => {
    const once = daySalience(day([mention({ article: 'a' })]), 0, W);
    const thrice = daySalience(day([1, 2, 3].map(() => mention({ article: 'a' }))), 0, W);
    const three = daySalience(day(['a', 'b', 'c'].map((article) => mention({ article }))), 0, W);
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeLessThan(2 * once);
    expect(three).toBeCloseTo(3 * once);
  });

  it('makes a burst of nine publication-day leads count three, not nine', () => {
    const noNews = { ...W, newsDay: 0 };
    const leads = 'abcdefghi'.split('').map((article) => mention({ article, kind: 'publication' }));
    const one = daySalience(day(leads.slice(0, 1)), 1, noNews);
    expect(daySalience(day(leads), 9, noNews)).toBeCloseTo(3 * one);
    // Articles published that day without a lead row still make the burst.
    expect(daySalience(day(leads.slice(0, 1)), 9, noNews)).toBeCloseTo(one / 3);
  });

  it("adds a news day's vote that grows with the square root of its articles", () => {
    const named = day([mention({ article: 'a', lagDays: 3 })]);
    const quiet = daySalience(named, 0, W);
    expect(daySalience(named, 1, W)).toBeCloseTo(quiet + W.newsDay);
    expect(daySalience(named, 4, W)).toBeCloseTo(quiet + 2 * W.newsDay);
  });

  it('ranks a day three articles name later above a day of nine same-day leads', () => {
    const leads = 'abcdefghi'
      .split('')
      .map((article) => mention({ article, kind: 'publication', sentence: 0 }));
    const recalled = ['x', 'y', 'z'].map((article) => mention({ article, lagDays: 20 }));
    expect(daySalience(day(recalled), 0, W)).toBeGreaterThan(daySalience(day(leads), 9, W));
  });

  it('leaves bursts alone when the burst exponent is 1', () => {
    const leads = ['a', 'b', 'c', 'd'].map((article) => mention({ article, kind: 'publication' }));
    const off = { ...W, burst: 1, newsDay: 0 };
    expect(daySalience(day(leads), 4, off)).toBeCloseTo(4 * daySalience(day(leads.slice(0, 1)), 1, off));
  });
});
