import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDensityPyramid } from './density-pyramid';
import { pyramidBins } from './density';

const DAY = 86_400_000;

describe('overview bins from the density pyramid', () => {
  it('counts every start inside the range once, and each within a bucket of its own bin', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 15_000, max: 19_000 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 10, max: 800 }),
        (days, bins) => {
          const starts = Float64Array.from(days.sort((a, b) => a - b).map((d) => d * DAY));
          const index = Uint32Array.from(starts.keys());
          const minMs = starts[0] ?? 0;
          const maxMs = (starts[starts.length - 1] ?? 0) + DAY;
          const pyramid = buildDensityPyramid(
            starts,
            index,
            Uint32Array.from([0, starts.length]),
            minMs,
            maxMs,
          );
          // A range padded like the overview's, so no bucket middle falls outside it.
          const pad = (maxMs - minMs) * 0.02 + 2 ** 30;
          const t0 = minMs - pad;
          const t1 = maxMs + pad;
          const counts = pyramidBins(pyramid, t0, t1, bins);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(starts.length);
          const binMs = (t1 - t0) / bins;
          // Buckets are never wider than a bin (unless bins are finer than the finest level), so the first
          // non-empty bin lies within a bin plus a bucket of the earliest start.
          const bucketMs = Math.max(binMs, 2 ** (pyramid.levels[0]?.log2 ?? 0));
          const first = counts.findIndex((c) => c > 0);
          expect(Math.abs(t0 + first * binMs - minMs)).toBeLessThanOrEqual(binMs + bucketMs);
        },
      ),
    );
  });
});
