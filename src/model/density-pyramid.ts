/**
 * Per-lane counts of event starts per time bucket at every power-of-two bucket width from about a day up to
 * the whole range, built once per filter result (one pass over the index plus a halving per level). The
 * renderer reads a cluster's count here in O(1), so a zoomed-out frame costs the same at 1,000 or 1,000,000
 * events. Counts are exact: they are the filtered rows whose start lies in the bucket.
 */

export interface DensityLevel {
  /** Bucket width is 2^log2 ms. */
  log2: number;
  /** Absolute index (floor(t / width)) of bucket 0. */
  origin: number;
  /** Buckets per lane. */
  buckets: number;
  /** counts[lane * buckets + (absolute index - origin)]. */
  counts: Uint32Array;
}

export interface DensityPyramid {
  lanes: number;
  /** Finest level first; each next level has buckets twice as wide. */
  levels: DensityLevel[];
}

/** 2^27 ms is 1.55 days: the finest width worth counting, since events are whole days. */
const MIN_BASE_LOG2 = 27;
/**
 * At most 2^14 buckets per lane at the finest level: 10 years of 1.55-day buckets is 2,350, and a 100-year
 * data set moves up one or two levels. With 50 lanes all levels together stay under 7 MB.
 */
const MAX_BASE_BUCKETS = 2 ** 14;

export function buildDensityPyramid(
  startMs: Float64Array,
  index: Uint32Array,
  laneStart: Uint32Array,
  minMs: number,
  maxMs: number,
): DensityPyramid {
  const lanes = Math.max(0, laneStart.length - 1);
  if (!(maxMs > minMs) || index.length === 0) return { lanes, levels: [] };
  let log2 = MIN_BASE_LOG2;
  while ((maxMs - minMs) / 2 ** log2 > MAX_BASE_BUCKETS) log2++;
  const width = 2 ** log2;
  const origin = Math.floor(minMs / width);
  const buckets = Math.floor(maxMs / width) - origin + 1;
  const counts = new Uint32Array(lanes * buckets);
  for (let lane = 0; lane < lanes; lane++) {
    const base = lane * buckets;
    const end = laneStart[lane + 1] ?? 0;
    for (let i = laneStart[lane] ?? 0; i < end; i++) {
      const b = Math.floor((startMs[index[i] ?? 0] ?? 0) / width) - origin;
      if (b >= 0 && b < buckets) counts[base + b] = (counts[base + b] ?? 0) + 1;
    }
  }
  const levels: DensityLevel[] = [{ log2, origin, buckets, counts }];
  for (let prev = levels[0]; prev && prev.buckets > 1;) {
    const o = Math.floor(prev.origin / 2);
    const n = Math.floor((prev.origin + prev.buckets - 1) / 2) - o + 1;
    const next = new Uint32Array(lanes * n);
    for (let lane = 0; lane < lanes; lane++) {
      for (let b = 0; b < prev.buckets; b++) {
        const j = lane * n + Math.floor((prev.origin + b) / 2) - o;
        next[j] = (next[j] ?? 0) + (prev.counts[lane * prev.buckets + b] ?? 0);
      }
    }
    const level = { log2: prev.log2 + 1, origin: o, buckets: n, counts: next };
    levels.push(level);
    prev = level;
  }
  return { lanes, levels };
}

/** The level whose buckets are `bucketMs` wide (a power of two), or null when finer than the finest level. */
export function densityLevel(pyramid: DensityPyramid, bucketMs: number): DensityLevel | null {
  const first = pyramid.levels[0];
  if (!first) return null;
  const k = Math.round(Math.log2(bucketMs)) - first.log2;
  if (k < 0) return null;
  return pyramid.levels[Math.min(k, pyramid.levels.length - 1)] ?? null;
}

/** Starts in bucket `absolute` (floor(t / width)) of `lane`; 0 outside the data. */
export function bucketCount(level: DensityLevel, lane: number, absolute: number): number {
  const b = absolute - level.origin;
  if (b < 0 || b >= level.buckets) return 0;
  return level.counts[lane * level.buckets + b] ?? 0;
}

/** The buffers of a pyramid, for postMessage to transfer instead of copying. */
export function pyramidTransferables(pyramid: DensityPyramid): ArrayBuffer[] {
  return pyramid.levels.map((l) => l.counts.buffer as ArrayBuffer);
}
