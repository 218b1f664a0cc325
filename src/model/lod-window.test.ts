import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lodWindowCovers, lodWindowFor } from './lod-window';

describe('level-of-detail window', () => {
  it('pads the range by its own width on each side and rounds the ends out to whole buckets', () => {
    const w = lodWindowFor(1000, 1100, 16);
    expect(w).toEqual({ t0: 896, t1: 1200, bucketMs: 16 });
    expect(lodWindowCovers(w, 1000, 1100, 16)).toBe(true);
  });

  it('always holds the range it was made for, with whole buckets at both ends', () => {
    fc.assert(
      fc.property(
        // Times to a microsecond, as zoomed domains hold them (subnormal doubles are no epoch ms).
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.integer({ min: 0, max: 1e14 }),
        fc.integer({ min: 0, max: 40 }),
        (t0us, spanUs, k) => {
          const t0 = t0us / 1000;
          const span = spanUs / 1000;
          const bucket = 2 ** k;
          const w = lodWindowFor(t0, t0 + span, bucket);
          expect(lodWindowCovers(w, t0, t0 + span, bucket)).toBe(true);
          expect(w.t0 % bucket === 0 || Object.is(w.t0 % bucket, -0)).toBe(true);
          expect(w.t1 % bucket === 0 || Object.is(w.t1 % bucket, -0)).toBe(true);
          expect(w.t1).toBeGreaterThan(w.t0);
        },
      ),
    );
  });

  it('serves a pan of up to one range width each way and any zoom in, at the same bucket width', () => {
    const w = lodWindowFor(10_000, 20_000, 64);
    expect(lodWindowCovers(w, 19_000, 29_000, 64)).toBe(true);
    expect(lodWindowCovers(w, 1_000, 11_000, 64)).toBe(true);
    expect(lodWindowCovers(w, 14_000, 15_000, 64)).toBe(true);
    // Past the padding, or at another bucket width, the buckets must be computed again.
    expect(lodWindowCovers(w, 21_000, 31_000, 64)).toBe(false);
    expect(lodWindowCovers(w, 14_000, 15_000, 32)).toBe(false);
    expect(lodWindowCovers(null, 14_000, 15_000, 64)).toBe(false);
  });

  it('gives an empty range a window of one bucket', () => {
    expect(lodWindowFor(100, 100, 64)).toEqual({ t0: 64, t1: 128, bucketMs: 64 });
  });
});
