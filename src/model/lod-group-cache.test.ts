import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDensityPyramid, densityLevel } from './density-pyramid';
import { visibleLodGroups } from './level-of-detail';
import type { LodSource } from './lod-group-cache';
import { LodGroupCache } from './lod-group-cache';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Two lanes of rows starting on whole hours (sorted by start within each lane), as a filter result lays
 * them out: hours, so that buckets narrower than a day hold rows on both sides of a view's edge.
 */
function lanesOf(a: number[], b: number[]) {
  const hours = [...a.sort((x, y) => x - y), ...b.sort((x, y) => x - y)];
  const startMs = Float64Array.from(hours, (h) => h * HOUR);
  const index = Uint32Array.from(startMs.keys());
  const laneStart = Uint32Array.from([0, a.length, hours.length]);
  const pyramid = buildDensityPyramid(startMs, index, laneStart, 0, 4000 * DAY);
  return { startMs, index, laneStart, pyramid };
}

const hoursArb = fc.array(fc.integer({ min: 0, max: 4000 * 24 }), { maxLength: 300 });

describe('level-of-detail group cache', () => {
  it('answers what visibleLodGroups answers, for every range inside its window, with and without a level', () => {
    fc.assert(
      fc.property(
        hoursArb,
        hoursArb,
        fc.integer({ min: 22, max: 34 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.array(fc.tuple(fc.double({ min: -1, max: 2 }), fc.double({ min: 0, max: 1 })), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (a, b, k, fromDay, spanDays, moves, maxStack) => {
          const { startMs, index, laneStart, pyramid } = lanesOf(a, b);
          const bucketMs = 2 ** k;
          const level = densityLevel(pyramid, bucketMs);
          const source: LodSource = { startMs, index, laneStart, bucketMs, level, maxStack };
          const cache = new LodGroupCache();
          const t0 = fromDay * DAY;
          const t1 = (fromDay + spanDays) * DAY;
          // The first frame, then views panned by up to a width either way or zoomed in.
          const views: [number, number][] = [[t0, t1]];
          for (const [shift, zoom] of moves) {
            const from = t0 + shift * (t1 - t0);
            views.push([from, from + Math.max(1, zoom * (t1 - t0))]);
          }
          for (const [from, to] of views) {
            cache.begin(source, from, to);
            for (const lane of [0, 1]) {
              const lo = laneStart[lane] ?? 0;
              const hi = laneStart[lane + 1] ?? 0;
              expect(cache.groups(lane, from, to)).toEqual(
                visibleLodGroups(startMs, index, lo, hi, lane, from, to, bucketMs, level, maxStack),
              );
            }
          }
        },
      ),
    );
  });

  it('keeps only the rows before the view’s end in the last bucket when it searches rows', () => {
    // A row every hour; buckets of 2^22 ms (70 min) hold one or two rows, too fine for a density level.
    const { startMs, index, laneStart } = lanesOf(
      Array.from({ length: 1000 }, (_, h) => h),
      [],
    );
    const bucketMs = 2 ** 22;
    const source: LodSource = { startMs, index, laneStart, bucketMs, level: null, maxStack: 3 };
    const cache = new LodGroupCache();
    const [t0, t1] = [400 * HOUR, 500.5 * HOUR];
    cache.begin(source, t0, t1);
    const groups = cache.groups(0, t0, t1);
    expect(groups).toEqual(visibleLodGroups(startMs, index, 0, 1000, 0, t0, t1, bucketMs, null, 3));
    // Hour 500 is the last row before t1; its bucket also holds hour 501, which lies beyond.
    expect(startMs[index[(groups[groups.length - 1]?.i1 ?? 0) - 1] ?? 0]).toBe(500 * HOUR);
  });

  it('reuses a lane’s groups while the view stays in the window at the same bucket width', () => {
    const { startMs, index, laneStart, pyramid } = lanesOf(
      [10, 11, 12, 500, 900].map((d) => d * 24),
      [20, 700].map((d) => d * 24),
    );
    const bucketMs = 2 ** 30;
    const source: LodSource = {
      startMs,
      index,
      laneStart,
      bucketMs,
      level: densityLevel(pyramid, bucketMs),
      maxStack: 3,
    };
    const cache = new LodGroupCache();
    cache.begin(source, 0, 400 * DAY);
    cache.groups(0, 0, 400 * DAY);
    cache.groups(1, 0, 400 * DAY);
    expect(cache.computed).toBe(2);
    // A pan by half the view and a zoom in: the same window serves both.
    cache.begin(source, 200 * DAY, 600 * DAY);
    cache.groups(0, 200 * DAY, 600 * DAY);
    cache.begin(source, 250 * DAY, 350 * DAY);
    cache.groups(0, 250 * DAY, 350 * DAY);
    expect(cache.computed).toBe(2);
    // A new filter result (another index), or another bucket width, starts over.
    cache.begin({ ...source, index: index.slice() }, 250 * DAY, 350 * DAY);
    cache.groups(0, 250 * DAY, 350 * DAY);
    cache.begin(
      { ...source, bucketMs: 2 ** 29, level: densityLevel(pyramid, 2 ** 29) },
      250 * DAY,
      350 * DAY,
    );
    cache.groups(0, 250 * DAY, 350 * DAY);
    expect(cache.computed).toBe(4);
  });
});
