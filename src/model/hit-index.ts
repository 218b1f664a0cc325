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
 * The item in targets[lo..hi) (sorted by x0) under the pointer, within `slopPx` of its edge, or -1. A point
 * within reach always wins over a span, however close the span's bar: points are drawn on top of the bars
 * they sit on, and a one-day mark 3 px from the pointer lost to a year-long bar the pointer happened to
 * touch. Among points (or among spans) the nearest edge wins, a pointer inside two shapes taking the nearer
 * centre. With `pointsFirst` false (count badges, which never overlap), only distance counts. `maxSpanPx` is the widest x1 - x0 in the range and `maxRadiusPx` the largest r; together they bound how far
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
  pointsFirst = true,
): number {
  const reach = maxRadiusPx + slopPx;
  let best = -1;
  let bestTier = Infinity;
  let bestScore = Infinity;
  const last = upperBound(lo, hi, x + reach, (p) => targets[p]?.x0 ?? 0);
  for (let p = last - 1; p >= lo; p--) {
    const t = targets[p];
    if (!t) continue;
    if (t.x0 < x - reach - maxSpanPx) break;
    const dx = x < t.x0 ? t.x0 - x : x > t.x1 ? x - t.x1 : 0;
    const dy = y - t.y;
    const distance = Math.hypot(dx, dy);
    if (distance > t.r + slopPx) continue;
    const tier = pointsFirst && t.x1 > t.x0 ? 1 : 0;
    // Distance outside the shape; inside it (0), the distance to the centre line decides, scaled down.
    const score = Math.max(0, distance - t.r) + distance / 1000;
    if (tier < bestTier || (tier === bestTier && score < bestScore)) {
      best = p;
      bestTier = tier;
      bestScore = score;
    }
  }
  return best;
}

/** How far (x, y) lies outside the item's shape, CSS px; 0 inside it. */
export function distanceOutside(t: HitTarget, x: number, y: number): number {
  const dx = x < t.x0 ? t.x0 - x : x > t.x1 ? x - t.x1 : 0;
  return Math.max(0, Math.hypot(dx, y - t.y) - t.r);
}
