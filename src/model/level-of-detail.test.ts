import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDensityPyramid, densityLevel } from './density-pyramid';
import { bucketWidthMs, carriedInRows, lodGroups, visibleLodGroups } from './level-of-detail';

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

describe('visible level-of-detail groups', () => {
  const DAY = 86_400_000;
  const days = [100, 100, 100, 100, 100, 101, 160, 161, 300, 301, 302, 303];
  const starts = Float64Array.from(days.map((d) => d * DAY));
  const index = Uint32Array.from(starts.keys());
  const laneStart = Uint32Array.from([0, starts.length]);
  const pyramid = buildDensityPyramid(starts, index, laneStart, starts[0] ?? 0, (starts[11] ?? 0) + DAY);

  it('reads crowded buckets as counts and resolves the rows of sparse ones, within the view only', () => {
    const bucket = 2 ** 32; // 49.7 days
    const level = densityLevel(pyramid, bucket);
    const groups = visibleLodGroups(starts, index, 0, index.length, 0, 90 * DAY, 200 * DAY, bucket, level, 3);
    expect(groups.map((g) => g.count)).toEqual([6, 2]);
    expect(groups[0]?.i0).toBe(-1);
    expect(Array.from(index.subarray(groups[1]?.i0, groups[1]?.i1), (i) => days[i])).toEqual([160, 161]);
  });

  it('finds a span that began before the view and still runs in it', () => {
    const ends = Float64Array.from(days.map((d, i) => (i === 6 ? 400 : d + 1) * DAY));
    expect(carriedInRows(starts, ends, index, 0, index.length, 250 * DAY, 260 * DAY, 300 * DAY, 3)).toEqual([
      6,
    ]);
    expect(carriedInRows(starts, ends, index, 0, index.length, 250 * DAY, 260 * DAY, 10 * DAY, 3)).toEqual(
      [],
    );
  });
});
