import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketCount, buildDensityPyramid, densityLevel } from './density-pyramid';

const DAY = 86_400_000;

/** Two lanes of day-aligned starts (sorted within each lane) and the filter-style index over them. */
function lanesOf(a: number[], b: number[]) {
  const starts = Float64Array.from(
    [...a.sort((x, y) => x - y), ...b.sort((x, y) => x - y)].map((d) => d * DAY),
  );
  const index = Uint32Array.from(starts.keys());
  const laneStart = Uint32Array.from([0, a.length, a.length + b.length]);
  const minMs = Math.min(...starts);
  const maxMs = Math.max(...starts) + DAY;
  return { starts, index, laneStart, minMs, maxMs };
}

describe('density pyramid', () => {
  it('counts, at every level, exactly the starts that fall in each bucket of each lane', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 15_000, max: 19_000 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: 15_000, max: 19_000 }), { maxLength: 200 }),
        fc.integer({ min: 27, max: 40 }),
        (a, b, log2) => {
          const d = lanesOf(a, b);
          const pyramid = buildDensityPyramid(d.starts, d.index, d.laneStart, d.minMs, d.maxMs);
          const level = densityLevel(pyramid, 2 ** log2);
          expect(level).not.toBeNull();
          if (!level) return;
          const width = 2 ** level.log2;
          for (let lane = 0; lane < 2; lane++) {
            const laneStarts = Array.from(d.starts.subarray(d.laneStart[lane], d.laneStart[lane + 1]));
            const byBucket = new Map<number, number>();
            for (const t of laneStarts)
              byBucket.set(Math.floor(t / width), (byBucket.get(Math.floor(t / width)) ?? 0) + 1);
            for (const [bucket, n] of byBucket) expect(bucketCount(level, lane, bucket)).toBe(n);
            const total = Array.from({ length: level.buckets }, (_, i) =>
              bucketCount(level, lane, level.origin + i),
            );
            expect(total.reduce((s, n) => s + n, 0)).toBe(laneStarts.length);
          }
        },
      ),
    );
  });

  it('has no level for buckets finer than a day and a half, where the renderer searches rows instead', () => {
    const d = lanesOf([17_000, 17_001], []);
    const pyramid = buildDensityPyramid(d.starts, d.index, d.laneStart, d.minMs, d.maxMs);
    expect(densityLevel(pyramid, 2 ** 26)).toBeNull();
    expect(densityLevel(pyramid, 2 ** 27)?.log2).toBe(27);
  });
});
