import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR, MS_PER_DAY, parseIsoDay } from './day';

/** The plain reading parseIsoDay must agree with: a regular expression and a Date round trip. */
function referenceIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || date < 1) return null;
  const t = Date.UTC(year, month - 1, date);
  if (new Date(t).getUTCMonth() !== month - 1) return null;
  return t / MS_PER_DAY;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseIsoDay', () => {
  it('reads real days, leap days included, and refuses impossible ones', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / MS_PER_DAY);
    expect(parseIsoDay('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / MS_PER_DAY);
    for (const text of ['2023-02-29', '1900-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '0999-12-31']) {
      expect(parseIsoDay(text)).toBeNull();
    }
    for (const text of [
      '2022-1-01',
      '2022/01/01',
      ' 2022-01-01',
      '2022-01-01\n',
      '２０２２-01-01',
      '+022-01-01',
    ]) {
      expect(parseIsoDay(text)).toBeNull();
    }
  });

  it('agrees with a regular expression and a Date round trip on any date-like text', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 10_999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const noisy = fc.stringMatching(/^[0-9 +\-/a]{8,12}$/);
    fc.assert(
      fc.property(fc.oneof(dateLike, noisy), (text) => {
        expect(parseIsoDay(text)).toBe(referenceIsoDay(text));
      }),
      { numRuns: 5000 },
    );
  });
});
