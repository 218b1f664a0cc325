/**
 * Finds the drawn item under the pointer with a binary search over items sorted by x, never a scan of every
 * item and never a listener per mark. Items are whatever render/ drew: points (x0 = x1) or spans (x0 < x1).
 */
import { upperBound } from './binary-search';

export interface HitTarget {
  /** Left and right ends of the item's centre line, CSS px; equal for a point. */
  x0: number;
  x1: number;
  /** Centre line, CSS px. */
  y: number;
  /** Radius (half height) of the item, CSS px. */
  r: number;
}

/**
 * The nearest item in targets[lo..hi) (sorted by x0) within `slopPx` of its edge, or -1.
 * `maxSpanPx` is the widest x1 - x0 in the range and `maxRadiusPx` the largest r; together they bound how far
 * left of the pointer a hit can start, which keeps the search logarithmic.
 */
export function findHit(
  targets: readonly HitTarget[],
  lo: number,
  hi: number,
  maxSpanPx: number,
  maxRadiusPx: number,
  x: number,
  y: number,
  slopPx: number,
): number {
  const reach = maxRadiusPx + slopPx;
  let best = -1;
  let bestDistance = Infinity;
  const last = upperBound(lo, hi, x + reach, (p) => targets[p]?.x0 ?? 0);
  for (let p = last - 1; p >= lo; p--) {
    const t = targets[p];
    if (!t) continue;
    if (t.x0 < x - reach - maxSpanPx) break;
    const dx = x < t.x0 ? t.x0 - x : x > t.x1 ? x - t.x1 : 0;
    const dy = y - t.y;
    const distance = Math.hypot(dx, dy);
    // Points win over spans they sit on: a span's distance counts a little more.
    const score = distance + (t.x1 > t.x0 ? 0.5 : 0);
    if (distance <= t.r + slopPx && score < bestDistance) {
      best = p;
      bestDistance = score;
    }
  }
  return best;
}
