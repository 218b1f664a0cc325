import { describe, expect, it } from 'vitest';
import { chooseTicks } from './ticks';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axis ticks', () => {
  it('uses years for a decade on a laptop-wide chart', () => {
    const set = chooseTicks([at('2015-01-01'), at('2025-01-01')], 1000);
    expect(set.unit).toBe('year');
    expect(set.ticks.map((t) => t.label)).toContain('2020');
  });

  it('moves to months, then days, then hours as the range narrows', () => {
    expect(chooseTicks([at('2022-01-01'), at('2022-12-31')], 1000).unit).toBe('month');
    expect(chooseTicks([at('2022-06-01'), at('2022-06-20')], 1000).unit).toBe('day');
    expect(chooseTicks([at('2022-06-05'), at('2022-06-05') + 12 * 3_600_000], 1000).unit).toBe('hour');
  });

  it('labels days in UTC whatever the local time zone', () => {
    // The test script runs under America/Los_Angeles, where local midnight is 08:00 UTC.
    const set = chooseTicks([at('2022-06-01'), at('2022-06-20')], 1000);
    expect(set.unit).toBe('day');
    expect(set.ticks[0]?.t).toBe(at('2022-06-01'));
    expect(set.ticks[0]?.label).toBe('Jun 2022');
    expect(set.ticks.map((t) => t.label)).toContain('5 Jun');
  });

  it('marks the first month of a year as major and prints the year there', () => {
    const set = chooseTicks([at('2021-01-01'), at('2023-01-01')], 1000);
    expect(set.unit).toBe('month');
    const january = set.ticks.find((t) => t.t === at('2022-01-01'));
    expect(january?.major).toBe(true);
    expect(january?.label).toBe('2022');
  });

  it('keeps labels at least the minimum spacing apart', () => {
    for (const days of [3, 40, 400, 4000, 30000]) {
      const width = 900;
      const set = chooseTicks([at('2000-01-01'), at('2000-01-01') + days * DAY], width, 70);
      expect(set.ticks.length).toBeLessThanOrEqual(Math.ceil(width / 70) + 2);
    }
  });
});
