/** Binary searches over any sorted sequence given by a key function, so typed-array columns need no copies. */

/** First position p in [lo, hi) with key(p) >= value, or hi when there is none. */
export function lowerBound(lo: number, hi: number, value: number, key: (pos: number) => number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position p in [lo, hi) with key(p) > value, or hi when there is none. */
export function upperBound(lo: number, hi: number, value: number, key: (pos: number) => number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
