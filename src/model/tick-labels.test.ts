import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';
import type { TickUnit } from './tick-labels';
import { contextTickLabel, formatContextTickLabel, formatTickLabel, tickLabel } from './tick-labels';

const UNITS: readonly TickUnit[] = ['year', 'month', 'day', 'hour'];
const at = (iso: string) => Date.parse(iso);

/** Times on whole hours from 1900 to 2100, and the starts of days, months and years among them. */
function sampleTimes(count: number): number[] {
  const random = createSeededRandom(11);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const hour = Math.floor(random.next() * 200 * 365.25 * 24);
    const t = Date.UTC(1900, 0, 1) + hour * 3_600_000;
    const d = new Date(t);
    out.push(t, Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    out.push(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), 0, 1));
  }
  return out;
}

describe('axis tick labels', () => {
  it('reads as before: year, month or year, day or month and year, time or date', () => {
    expect(formatTickLabel('year', at('2020-01-01T00:00:00Z'))).toBe('2020');
    expect(formatTickLabel('month', at('2021-01-01T00:00:00Z'))).toBe('2021');
    expect(formatTickLabel('month', at('2021-03-01T00:00:00Z'))).toBe('Mar');
    expect(formatTickLabel('day', at('2022-06-01T00:00:00Z'))).toBe('Jun 2022');
    expect(formatTickLabel('day', at('2022-06-05T00:00:00Z'))).toBe('5 Jun');
    expect(formatTickLabel('hour', at('2022-06-05T00:00:00Z'))).toBe('5 Jun 2022');
    expect(formatTickLabel('hour', at('2022-06-05T18:00:00Z'))).toBe('18:00');
    expect(formatContextTickLabel('month', at('2021-03-01T00:00:00Z'))).toBe('Mar 2021');
    expect(formatContextTickLabel('day', at('2022-06-05T00:00:00Z'))).toBe('5 Jun 2022');
    expect(formatContextTickLabel('hour', at('2022-06-05T18:00:00Z'))).toBe('5 Jun 2022 18:00');
  });

  it('labels in UTC whatever the local time zone', () => {
    // The test script runs under America/Los_Angeles, where 02:00 UTC on the 5th is still the 4th.
    expect(formatTickLabel('day', at('2022-06-05T02:00:00Z'))).toBe('5 Jun');
    expect(formatTickLabel('hour', at('2022-06-05T02:00:00Z'))).toBe('02:00');
  });

  it('remembers the same strings that formatting gives directly, asked once or many times', () => {
    const times = sampleTimes(2000);
    for (let round = 0; round < 2; round++) {
      for (const unit of UNITS) {
        for (const t of times) {
          expect(tickLabel(unit, t)).toBe(formatTickLabel(unit, t));
          expect(contextTickLabel(unit, t)).toBe(formatContextTickLabel(unit, t));
        }
      }
    }
  });

  it('formats as the date-fns patterns of the axis did', () => {
    for (const t of sampleTimes(300)) {
      const d = new UTCDate(t);
      expect(formatTickLabel('year', t)).toBe(format(d, 'yyyy'));
      expect(formatTickLabel('month', t)).toBe(format(d, d.getUTCMonth() === 0 ? 'yyyy' : 'MMM'));
      expect(formatTickLabel('day', t)).toBe(format(d, d.getUTCDate() === 1 ? 'MMM yyyy' : 'd MMM'));
      expect(formatTickLabel('hour', t)).toBe(format(d, d.getUTCHours() === 0 ? 'd MMM yyyy' : 'HH:mm'));
    }
  });
});
