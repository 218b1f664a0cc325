/**
 * A small seeded pseudo-random generator for synthetic data and property tests: the same seed gives
 * the same sequence on every machine and in every time zone. Not for anything security related.
 */

/** A source of uniform numbers in [0, 1) plus the few draws the generators need. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p` (0..1). */
  chance(p: number): boolean;
  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight; weights must not all be 0. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Exponential with the given mean (same unit as the mean). */
  exponential(mean: number): number;
}

/**
 * mulberry32: 32 bits of state, passes the usual small-crush style checks and has period 2^32,
 * ample for a million rows that draw a few dozen numbers each.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pickIndex = (length: number): number => Math.min(length - 1, Math.floor(next() * length));
  return {
    next,
    int: (min, max) => min + pickIndex(max - min + 1),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[pickIndex(items.length)] as T;
    },
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      let total = 0;
      for (let i = 0; i < items.length; i++) total += weights[i] ?? 0;
      if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
    // 1 - next() is in (0, 1], so the log is finite.
    exponential: (mean) => -Math.log(1 - next()) * mean,
  };
}
