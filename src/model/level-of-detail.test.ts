import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketWidthMs, lodGroups } from './level-of-detail';

describe('level of detail', () => {
  it('rounds the bucket width up to a power of two at least the mark size in time', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (msPerPx, markPx) => {
          const w = bucketWidthMs(msPerPx, markPx);
          expect(Math.log2(w) % 1).toBe(0);
          expect(w).toBeGreaterThanOrEqual(msPerPx * markPx);
          expect(w).toBeLessThan(2 * msPerPx * markPx + 1);
        },
      ),
    );
  });

  it('groups consecutive rows by bucket and the group sizes add up to the rows in view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 12 }),
        (times, k) => {
          const starts = Float64Array.from(times.sort((a, b) => a - b));
          const index = Uint32Array.from(starts.keys());
          const bucket = 2 ** k;
          const groups = lodGroups(starts, index, 0, index.length, 2000, 8000, 0, bucket);
          const inView = times.filter((t) => t >= 2000 && t < 8000).length;
          expect(groups.reduce((n, g) => n + g.i1 - g.i0, 0)).toBe(inView);
          for (const g of groups) {
            for (let i = g.i0; i < g.i1; i++)
              expect(Math.floor((starts[i] ?? 0) / bucket) * bucket).toBe(g.bucketMs);
          }
        },
      ),
    );
  });

  it('looks back far enough to find a long span that started before the view', () => {
    const starts = Float64Array.from([0, 5000, 9000]);
    const index = Uint32Array.from([0, 1, 2]);
    expect(lodGroups(starts, index, 0, 3, 4000, 6000, 0, 1).map((g) => g.i0)).toEqual([1]);
    expect(lodGroups(starts, index, 0, 3, 4000, 6000, 4500, 1).map((g) => g.i0)).toEqual([0, 1]);
  });
});
