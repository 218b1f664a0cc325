import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from './event-record';
import { keyEvents } from './key-events';
import { MAX_TEXT_CHARS } from './central-sentence';
import { testRecord } from './test-records';

/** A small market-crash story in the style of the Wikinews stock articles: four articles over a month. */
const STORY: EventRecord[] = [
  testRecord({
    id: 'a1-fall',
    start: '2008-09-15',
    article_id: 'lehman#1',
    ref_date: '2008-09-15',
    date_basis: 'publication',
    sentence_index: 0,
    actor: 'Lehman Brothers',
    type: 'bankruptcy',
    title: 'Lehman Brothers files for bankruptcy',
    sentence:
      'Lehman Brothers, the fourth-largest US investment bank, filed for Chapter 11 bankruptcy protection.',
  }),
  testRecord({
    id: 'a1-dow',
    start: '2008-09-15',
    article_id: 'lehman#1',
    ref_date: '2008-09-15',
    date_basis: 'publication',
    sentence_index: 4,
    actor: 'Dow Jones',
    type: 'market-move',
    title: 'Dow Jones falls 504 points',
    sentence: 'The Dow Jones Industrial Average fell 504 points as Lehman Brothers filed for bankruptcy.',
  }),
  testRecord({
    id: 'a2-rescue',
    start: '2008-09-16',
    article_id: 'aig#1',
    ref_date: '2008-09-17',
    date_basis: 'relative',
    date_text: 'on Tuesday',
    sentence_index: 0,
    actor: 'united-states',
    type: 'transaction',
    title: 'US Federal Reserve lends AIG $85 billion',
    sentence:
      'The US Federal Reserve lent AIG $85 billion on Tuesday, a day after Lehman Brothers collapsed.',
  }),
  testRecord({
    id: 'a2-lehman',
    start: '2008-09-15',
    article_id: 'aig#1',
    ref_date: '2008-09-17',
    date_basis: 'relative',
    date_text: 'on Monday',
    sentence_index: 2,
    actor: 'Lehman Brothers',
    type: 'bankruptcy',
    title: 'Lehman Brothers files for bankruptcy',
    sentence: 'Lehman Brothers filed for bankruptcy on Monday after talks with Barclays failed.',
    also_reported_in: ['tarp#1'],
  }),
  testRecord({
    id: 'a3-vote',
    start: '2008-09-29',
    article_id: 'tarp#1',
    ref_date: '2008-10-03',
    date_basis: 'absolute',
    date_text: 'on September 29',
    sentence_index: 3,
    actor: 'united-states',
    type: 'policy',
    title: 'House rejects the bailout bill',
    sentence: 'The House of Representatives rejected the $700 billion bailout bill on September 29.',
  }),
  testRecord({
    id: 'a3-law',
    start: '2008-10-03',
    article_id: 'tarp#1',
    ref_date: '2008-10-03',
    date_basis: 'publication',
    sentence_index: 0,
    actor: 'united-states',
    type: 'policy',
    title: 'Bush signs the bailout into law',
    sentence: 'President George W. Bush signed the $700 billion bailout of the financial system into law.',
  }),
  testRecord({
    id: 'a3-month',
    start: '2008-09-01',
    end: '2008-09-30',
    precision: 'month',
    article_id: 'tarp#1',
    ref_date: '2008-10-03',
    date_basis: 'relative',
    sentence_index: 6,
    title: 'Stocks lose a tenth of their value',
    sentence: 'Stocks lost a tenth of their value in September.',
  }),
  testRecord({
    id: 'a4-quiet',
    start: '2008-10-02',
    article_id: 'weekly#1',
    ref_date: '2008-10-02',
    date_basis: 'publication',
    sentence_index: 14,
    factuality: 'possible',
    title: 'Analysts may cut forecasts',
    sentence: 'Some analysts may cut their forecasts, a broker said.',
  }),
];

describe('keyEvents', () => {
  it('picks the day most articles point at first and lists every row behind it', () => {
    const [top] = keyEvents(STORY, { count: 1 });
    expect(top?.date).toBe('2008-09-15');
    expect(top?.ids).toEqual(['a1-fall', 'a1-dow', 'a2-lehman']);
  });

  it('returns the chosen days in date order, however they ranked', () => {
    const days = keyEvents(STORY, { count: 3 }).map((k) => k.date);
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2008-09-15');
    // A hedged remark deep in an article is the weakest day of the story.
    expect(days).not.toContain('2008-10-02');
  });

  it('never makes a key day of a month-precision row', () => {
    const all = keyEvents(STORY, { count: 100 });
    expect(all.map((k) => k.date)).toEqual([
      '2008-09-15',
      '2008-09-16',
      '2008-09-29',
      '2008-10-02',
      '2008-10-03',
    ]);
    expect(all.flatMap((k) => k.ids)).not.toContain('a3-month');
  });

  it('keeps to the --from/--to range, both ends included', () => {
    const days = keyEvents(STORY, { count: 10, from: '2008-09-16', to: '2008-09-29' }).map((k) => k.date);
    expect(days).toEqual(['2008-09-16', '2008-09-29']);
  });

  it('says what happened in the words of the sentence most like the others of its day', () => {
    const [lehman] = keyEvents(STORY, { count: 1 });
    expect(lehman?.text).toMatch(/Lehman Brothers.*filed for (Chapter 11 )?bankruptcy/);
  });

  it('cuts a long sentence to one line at a word boundary', () => {
    const long = testRecord({
      id: 'long',
      start: '2008-09-15',
      sentence: `${'The market fell again '.repeat(20)}.`,
    });
    const [k] = keyEvents([long], { count: 1 });
    expect(k?.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(k?.text.endsWith('again…')).toBe(true);
    expect(k?.text).not.toMatch(/\n/);
  });

  it('returns nothing for a count of zero or rows without a day', () => {
    expect(keyEvents(STORY, { count: 0 })).toEqual([]);
    expect(
      keyEvents(
        STORY.filter((r) => r.precision !== 'day'),
        { count: 5 },
      ),
    ).toEqual([]);
  });

  it('gives as many days as asked, or every dated day, sorted, with ids from the input (property)', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const row = fc.record({
      start: day,
      published: fc.integer({ min: -3, max: 30 }),
      article: fc.integer({ min: 0, max: 15 }),
      precision: fc.constantFrom('day', 'day', 'day', 'month', 'year'),
      basis: fc.constantFrom('publication', 'relative', 'absolute', ''),
      sentence: fc.option(fc.nat(30)),
      factuality: fc.constantFrom('asserted', 'planned', 'possible', 'negated'),
      others: fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 3 }),
      text: fc.lorem({ maxCount: 12 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 0, max: 50 }),
        fc.option(day),
        fc.option(day),
        (specs, count, a, b) => {
          const records = specs.map((s, i) =>
            testRecord({
              id: `ev-${i}`,
              start: s.start,
              precision: s.precision,
              article_id: `art${s.article}#1`,
              ref_date: new Date(Date.parse(s.start) + s.published * 86_400_000).toISOString().slice(0, 10),
              date_basis: s.basis,
              sentence_index: s.sentence,
              factuality: s.factuality,
              also_reported_in: s.others.map((o) => `art${o}#1`),
              sentence: s.text,
            }),
          );
          const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
          const range = { ...(from === null ? {} : { from }), ...(to === null ? {} : { to }) };
          const out = keyEvents(records, { count, ...range });
          const dated = new Set(
            records
              .filter((r) => r.precision === 'day')
              .filter((r) => (from === null || r.start >= from) && (to === null || r.start <= to))
              .map((r) => r.start),
          );
          expect(out.length).toBe(Math.min(count, dated.size));
          const dates = out.map((k) => k.date);
          expect(dates).toEqual([...new Set(dates)].sort());
          const byId = new Map(records.map((r) => [r.id, r]));
          for (const k of out) {
            expect(dated.has(k.date)).toBe(true);
            for (const id of k.ids) expect(byId.get(id)?.start).toBe(k.date);
            expect(k.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          }
          // Deterministic: the same input gives the same output.
          expect(keyEvents(records, { count, ...range })).toEqual(out);
        },
      ),
    );
  });
});
