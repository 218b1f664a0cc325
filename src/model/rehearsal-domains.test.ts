import { describe, expect, it } from 'vitest';
import { rehearsalDomains } from './rehearsal-domains';
import { MIN_VISIBLE_MS } from './time-domain';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('rehearsalDomains', () => {
  const fit = [at('2015-01-01'), at('2025-01-01')] as const;
  const views = rehearsalDomains(fit, fit);

  it('starts with wheel steps in around the centre, each narrower than the last', () => {
    const centre = (fit[0] + fit[1]) / 2;
    const widths = views.slice(0, 5).map(([a, b]) => b - a);
    expect(widths[0]).toBeCloseTo((fit[1] - fit[0]) / 1.39, -3);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThan(widths[i - 1] ?? 0);
    for (const [a, b] of views.slice(0, 5)) expect((a + b) / 2).toBeCloseTo(centre, -3);
  });

  it('reaches a view of about a month of a ten-year data set, as a few seconds of wheeling do', () => {
    const narrowest = Math.min(...views.map(([a, b]) => b - a));
    expect(narrowest / DAY).toBeLessThan(40);
  });

  it('includes wider views and pans to both sides', () => {
    const width = fit[1] - fit[0];
    expect(views.some(([a, b]) => b - a > width)).toBe(true);
    const centre = (fit[0] + fit[1]) / 2;
    expect(views.some(([a, b]) => (a + b) / 2 < centre - DAY)).toBe(true);
    expect(views.some(([a, b]) => (a + b) / 2 > centre + DAY)).toBe(true);
  });

  it('never goes below the narrowest view the chart allows', () => {
    const day = [at('2022-03-01'), at('2022-03-02')] as const;
    for (const [a, b] of rehearsalDomains(day, day)) expect(b - a).toBeGreaterThanOrEqual(MIN_VISIBLE_MS - 1);
  });

  it('rehearses nothing for an empty view', () => {
    expect(rehearsalDomains([5, 5])).toEqual([]);
  });
});
