import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timexToRange } from './timex-range';
import type { TimexMod } from './timex';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 0);
  return new Date(t).toISOString().slice(0, 10) === iso;
}

describe('timexToRange', () => {
  it('maps a full date, with or without a clock time, to that one day', () => {
    expect(timexToRange('2022-06-05')).toEqual({
      start: '2022-06-05',
      end: '2022-06-05',
      precision: 'day',
      qualifier: '',
    });
    expect(timexToRange('2022-06-05T10:00')?.end).toBe('2022-06-05');
    expect(timexToRange('2022-06-05TNI')?.precision).toBe('day');
  });

  it('spans a month from its first to its last day, leap years included', () => {
    expect(timexToRange('2022-05')).toMatchObject({ start: '2022-05-01', end: '2022-05-31' });
    expect(timexToRange('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(timexToRange('2023-02')?.end).toBe('2023-02-28');
  });

  it('spans an ISO week from Monday to Sunday, across a year boundary', () => {
    expect(timexToRange('2025-W19')).toMatchObject({
      start: '2025-05-05',
      end: '2025-05-11',
      precision: 'week',
    });
    // ISO week 1 of 2021 starts on Monday 4 January; 2020-W53 holds New Year's Day 2021.
    expect(timexToRange('2021-W01')).toMatchObject({ start: '2021-01-04', end: '2021-01-10' });
    expect(timexToRange('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
    expect(timexToRange('2021-W53')).toBeNull();
  });

  it('reads a weekday within a week and a weekend as Saturday to Sunday', () => {
    expect(timexToRange('2022-W23-3')).toMatchObject({ start: '2022-06-08', precision: 'day' });
    expect(timexToRange('2022-W23-WE')).toMatchObject({ start: '2022-06-11', end: '2022-06-12' });
  });

  it('spans quarters, halves, seasons and years', () => {
    expect(timexToRange('2022-Q3')).toMatchObject({
      start: '2022-07-01',
      end: '2022-09-30',
      precision: 'quarter',
    });
    expect(timexToRange('2022-H1')).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
    expect(timexToRange('2022-SU')).toMatchObject({
      start: '2022-06-01',
      end: '2022-08-31',
      precision: 'season',
    });
    expect(timexToRange('2023-WI')).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
    expect(timexToRange('2022')).toMatchObject({
      start: '2022-01-01',
      end: '2022-12-31',
      precision: 'year',
    });
  });

  it('spans a decade and declines a century', () => {
    expect(timexToRange('201X')).toMatchObject({
      start: '2010-01-01',
      end: '2019-12-31',
      precision: 'decade',
    });
    expect(timexToRange('199X')?.start).toBe('1990-01-01');
    expect(timexToRange('19XX')).toBeNull();
    expect(timexToRange('19')).toBeNull();
  });

  it('narrows early, mid and late months to 1-10, 11-20 and 21 to the end', () => {
    expect(timexToRange('2022-06', 'START')).toMatchObject({
      start: '2022-06-01',
      end: '2022-06-10',
      precision: 'month',
      qualifier: 'early',
    });
    expect(timexToRange('2022-06', 'MID')).toMatchObject({ start: '2022-06-11', end: '2022-06-20' });
    expect(timexToRange('2022-02', 'END')).toMatchObject({ start: '2022-02-21', end: '2022-02-28' });
  });

  it('narrows years by thirds of months and decades by thirds of years', () => {
    expect(timexToRange('2021', 'END')).toMatchObject({
      start: '2021-09-01',
      end: '2021-12-31',
      qualifier: 'late',
    });
    expect(timexToRange('2021', 'START')?.end).toBe('2021-04-30');
    expect(timexToRange('199X', 'MID')).toMatchObject({ start: '1994-01-01', end: '1996-12-31' });
  });

  it('keeps the range of an approximate date and marks it approx', () => {
    expect(timexToRange('2021-06', 'APPROX')).toMatchObject({
      start: '2021-06-01',
      end: '2021-06-30',
      qualifier: 'approx',
    });
  });

  it('returns null for durations, sets, reference words and unknown years', () => {
    for (const value of ['P3Y', 'PT2H', 'P1W', 'XXXX-WXX-1', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF']) {
      expect(timexToRange(value)).toBeNull();
    }
    expect(timexToRange('XXXX-06-05')).toBeNull();
    expect(timexToRange('')).toBeNull();
  });

  it('rejects impossible calendar values instead of rolling them over', () => {
    expect(timexToRange('2022-02-30')).toBeNull();
    expect(timexToRange('2022-13')).toBeNull();
    expect(timexToRange('2022-W00')).toBeNull();
  });

  it('returns valid ISO days with start <= end for any well-formed value and mod', () => {
    const year = fc.integer({ min: 100, max: 9999 }).map((y) => String(y).padStart(4, '0'));
    const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
    const value = fc.oneof(
      fc.tuple(year, two(1, 12), two(1, 31)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(year, two(1, 12)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(year, two(1, 53)).map(([y, w]) => `${y}-W${w}`),
      fc
        .tuple(year, fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'SP', 'SU', 'FA', 'WI'))
        .map(([y, p]) => `${y}-${p}`),
      year,
      fc.integer({ min: 10, max: 999 }).map((d) => `${d}X`),
    );
    const mod = fc.constantFrom<TimexMod | undefined>(undefined, 'START', 'MID', 'END', 'APPROX');
    fc.assert(
      fc.property(value, mod, (v, m) => {
        const range = timexToRange(v, m);
        if (!range) return;
        expect(range.start).toMatch(ISO_DAY);
        expect(range.end).toMatch(ISO_DAY);
        expect(isRealDay(range.start) && isRealDay(range.end)).toBe(true);
        expect(range.start <= range.end).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        timexToRange(s);
      }),
    );
  });
});
