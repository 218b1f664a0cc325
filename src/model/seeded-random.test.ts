import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';

describe('createSeededRandom', () => {
  it('repeats its sequence for the same seed and changes it for another', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps uniform numbers in [0, 1) and integers within their inclusive bounds', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: -1000, max: 1000 }), fc.nat(50), (seed, min, width) => {
        const rng = createSeededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng.next();
          expect(x >= 0 && x < 1).toBe(true);
          const k = rng.int(min, min + width);
          expect(Number.isInteger(k) && k >= min && k <= min + width).toBe(true);
        }
      }),
    );
  });

  it('never picks an item whose weight is zero and picks heavier items more often', () => {
    const rng = createSeededRandom(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted(['a', 'b', 'c'] as const, [1, 0, 3])]++;
    expect(counts.b).toBe(0);
    expect(counts.c).toBeGreaterThan(2.5 * counts.a);
  });

  it('draws exponentials whose mean is close to the one asked for', () => {
    const rng = createSeededRandom(5);
    let sum = 0;
    for (let i = 0; i < 20_000; i++) sum += rng.exponential(10);
    expect(sum / 20_000).toBeCloseTo(10, 0);
  });
});
