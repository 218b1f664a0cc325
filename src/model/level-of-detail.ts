/**
 * Level of detail per lane. Time is cut into buckets whose width is the time per pixel times the mark size,
 * rounded up to a power of two so buckets stay put while panning and only change at zoom octaves. A bucket
 * with few events shows them as marks; a fuller one becomes a cluster badge with its true count. Zoomed out,
 * counts come from the density pyramid in O(1) and only buckets with few events are searched for their rows;
 * zoomed in, each bucket costs a binary search. Either way the work per frame grows with the buckets on
 * screen, not with N. Spans that began before the view are found by a short, capped scan backwards.
 */
import { lowerBound } from './binary-search';
import type { DensityLevel } from './density-pyramid';
import { bucketCount } from './density-pyramid';
import { knownSpanIndex } from './density';
import { rowsEndingAfter } from './span-index';

/** A run of filtered rows (positions in a FilterResult index) sharing one bucket. */
export interface LodGroup {
  /** First and one-past-last positions in the filter index. */
  i0: number;
  i1: number;
  /** Bucket start, epoch ms. */
  bucketMs: number;
  /** Rows in the bucket. Equal to i1 - i0, except for clusters read from the pyramid, where i0 = i1 = -1. */
  count: number;
}

/** Power-of-two bucket width (ms) for a given resolution and the pixel size one mark needs. */
export function bucketWidthMs(msPerPx: number, markPx: number): number {
  const raw = Math.max(1, msPerPx * markPx);
  const width = 2 ** Math.ceil(Math.log2(raw));
  // log2 can round 2^k * (1 + 1e-16) down to k; never return a bucket narrower than a mark.
  return width < raw ? width * 2 : width;
}

/**
 * Groups the rows of one lane that may be visible in [t0, t1]. `index[lo..hi)` are that lane's rows sorted by
 * start; `lookBackMs` is the lane's longest event so spans starting before t0 are still found.
 */
export function lodGroups(
  startMs: Float64Array,
  index: Uint32Array,
  lo: number,
  hi: number,
  t0: number,
  t1: number,
  lookBackMs: number,
  bucketMs: number,
): LodGroup[] {
  const groups: LodGroup[] = [];
  const key = (pos: number) => startMs[index[pos] ?? 0] ?? 0;
  let i = lowerBound(lo, hi, t0 - lookBackMs, key);
  const end = lowerBound(i, hi, t1, key);
  while (i < end) {
    const bucket = Math.floor(key(i) / bucketMs) * bucketMs;
    const j = lowerBound(i + 1, end, bucket + bucketMs, key);
    groups.push({ i0: i, i1: j, bucketMs: bucket, count: j - i });
    i = j;
  }
  return groups;
}

/**
 * The groups of one lane in the buckets that overlap [t0, t1). With a density `level` (bucket at least a
 * day wide), buckets holding more than `maxStack` rows are returned as counts only.
 */
export function visibleLodGroups(
  startMs: Float64Array,
  index: Uint32Array,
  lo: number,
  hi: number,
  lane: number,
  t0: number,
  t1: number,
  bucketMs: number,
  level: DensityLevel | null,
  maxStack: number,
): LodGroup[] {
  const first = Math.floor(t0 / bucketMs);
  if (!level) return lodGroups(startMs, index, lo, hi, first * bucketMs, t1, 0, bucketMs);
  const key = (pos: number) => startMs[index[pos] ?? 0] ?? 0;
  const groups: LodGroup[] = [];
  const last = Math.ceil(t1 / bucketMs);
  for (let b = first; b < last; b++) {
    const count = bucketCount(level, lane, b);
    if (count === 0) continue;
    const bucket = b * bucketMs;
    if (count > maxStack) {
      groups.push({ i0: -1, i1: -1, bucketMs: bucket, count });
    } else {
      const i0 = lowerBound(lo, hi, bucket, key);
      groups.push({ i0, i1: i0 + count, bucketMs: bucket, count });
    }
  }
  return groups;
}

/**
 * Without a span index, at most this many rows are looked at behind the view per lane: enough to find the
 * few long spans of a sparse lane. With one (every filter result drawn by the chart has one), nothing is
 * missed however far back a span began.
 */
export const CARRY_IN_SCAN_ROWS = 256;

/**
 * Rows that start before `fromMs` (the first drawn bucket) but still run at `t0`, newest first. Null when
 * more than `max` do: too many to draw as marks. With the filter result's span index (see span-index.ts)
 * the answer is exact and costs O(max log N); otherwise the scan goes back at most CARRY_IN_SCAN_ROWS rows
 * and no further than `lookBackMs` (the lane's longest event).
 */
export function carriedInRows(
  startMs: Float64Array,
  endMs: Float64Array,
  index: Uint32Array,
  lo: number,
  hi: number,
  fromMs: number,
  t0: number,
  lookBackMs: number,
  max: number,
): number[] | null {
  const from = lowerBound(lo, hi, fromMs, (pos) => startMs[index[pos] ?? 0] ?? 0);
  const spans = knownSpanIndex(index);
  if (spans) {
    // The index keeps whole days; the exact end check drops rows ending earlier on t0's own day.
    const found = rowsEndingAfter(spans, index, lo, from, t0, max + 1 + EXTRA_SAME_DAY_ROWS);
    const rows = found.filter((row) => (endMs[row] ?? 0) > t0);
    return rows.length > max ? null : rows;
  }
  const rows: number[] = [];
  const stop = Math.max(lo, from - CARRY_IN_SCAN_ROWS);
  for (let p = from - 1; p >= stop; p--) {
    const row = index[p] ?? 0;
    if ((startMs[row] ?? 0) < t0 - lookBackMs) break;
    if ((endMs[row] ?? 0) > t0) {
      if (rows.length === max) return null;
      rows.push(row);
    }
  }
  return rows;
}

/** Room for rows the day-granular index reports but the exact check drops (ends within t0's day). */
const EXTRA_SAME_DAY_ROWS = 8;
