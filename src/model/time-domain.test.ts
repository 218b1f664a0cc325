import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampDomain,
  fitDomain,
  MAX_VISIBLE_MS,
  MIN_VISIBLE_MS,
  panBy,
  resizeKeepingScale,
  timeToX,
  xToTime,
  zoomAround,
  type TimeDomain,
} from './time-domain';

const DAY = 86_400_000;
const t2022 = Date.UTC(2022, 0, 1);
const time = fc.double({ min: -2e12, max: 4e12, noNaN: true });

describe('time domain maths', () => {
  it('zoomAround keeps the time under the pointer at the same screen position', () => {
    fc.assert(
      fc.property(
        time,
        fc.double({ min: DAY, max: 1e11, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (t0, width, at, factor) => {
          const domain = [t0, t0 + width] as const;
          const pointer = t0 + width * at;
          const zoomed = zoomAround(domain, pointer, factor);
          const before = timeToX(domain, 1000, pointer);
          const after = timeToX(zoomed, 1000, pointer);
          expect(after).toBeCloseTo(before, 6);
          expect(zoomed[1] - zoomed[0]).toBeCloseTo(width / factor, -1);
        },
      ),
    );
  });

  it('xToTime undoes timeToX', () => {
    fc.assert(
      fc.property(
        time,
        fc.double({ min: 1, max: 1e11, noNaN: true }),
        time,
        fc.integer({ min: 100, max: 4000 }),
        (t0, width, t, px) => {
          const domain = [t0, t0 + width] as const;
          expect(Math.abs(xToTime(domain, px, timeToX(domain, px, t)) - t)).toBeLessThan(
            Math.max(1, Math.abs(t) * 1e-9),
          );
        },
      ),
    );
  });

  it('clampDomain never leaves one hour .. one hundred years per screen', () => {
    fc.assert(
      fc.property(time, time, (a, b) => {
        const [t0, t1] = clampDomain([a, b]);
        expect(t1 - t0).toBeGreaterThanOrEqual(MIN_VISIBLE_MS - 1e-3);
        expect(t1 - t0).toBeLessThanOrEqual(MAX_VISIBLE_MS + 1e-3);
      }),
    );
  });

  it('clampDomain keeps the centre of the view inside the data bounds', () => {
    const bounds = [t2022, t2022 + 365 * DAY] as const;
    const [t0, t1] = clampDomain(panBy([t2022, t2022 + 30 * DAY], 10_000 * DAY), bounds);
    expect((t0 + t1) / 2).toBe(bounds[1]);
    expect(t1 - t0).toBe(30 * DAY);
  });

  it('fitDomain shows the whole range with a margin and survives a single day', () => {
    const [t0, t1] = fitDomain(t2022, t2022 + 100 * DAY);
    expect(t0).toBeLessThan(t2022);
    expect(t1).toBeGreaterThan(t2022 + 100 * DAY);
    const [d0, d1] = fitDomain(t2022, t2022);
    expect(d1 - d0).toBeGreaterThanOrEqual(DAY);
  });
});

describe('resizeKeepingScale', () => {
  it('keeps every time in view at the same screen x when the plot narrows, widens or its left edge moves', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.double({ min: 3_600_000, max: 1e11, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -40, max: 40 }),
        (t0, span, fromPx, toPx, at, shift) => {
          const before: TimeDomain = [t0, t0 + span];
          const after = resizeKeepingScale(before, fromPx, toPx, shift);
          // A point on screen in both plots: x in the old plot, x - shift in the new one.
          const x = Math.max(0, shift) + at * (Math.min(fromPx, toPx) - 40);
          const t = t0 + (x / fromPx) * span;
          return Math.abs(timeToX(after, toPx, t) + shift - timeToX(before, fromPx, t)) < 1e-3;
        },
      ),
    );
  });

  it('leaves the domain alone for a hidden plot', () => {
    expect(resizeKeepingScale([0, 1000], 0, 500)).toEqual([0, 1000]);
    expect(resizeKeepingScale([0, 1000], 500, 0)).toEqual([0, 1000]);
  });
});
