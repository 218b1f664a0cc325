/**
 * Level of detail per lane. Time is cut into buckets whose width is the time per pixel times the mark size,
 * rounded up to a power of two so buckets stay put while panning and only change at zoom octaves. A bucket
 * with few events shows them as marks; a fuller one becomes a cluster badge with its true count. Each bucket
 * costs two binary searches, so the work per frame grows with the number of buckets on screen, not with N.
 */
import { lowerBound } from './binary-search';

/** A run of filtered rows (positions in a FilterResult index) sharing one bucket. */
export interface LodGroup {
  /** First and one-past-last positions in the filter index. */
  i0: number;
  i1: number;
  /** Bucket start, epoch ms. */
  bucketMs: number;
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
    groups.push({ i0: i, i1: j, bucketMs: bucket });
    i = j;
  }
  return groups;
}
