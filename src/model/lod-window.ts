/**
 * The padded, quantised time window that level-of-detail buckets are computed for (after Perfetto's
 * `ui/src/components/tracks/buffered_bounds.ts`). Buckets computed for a window three times the range a
 * frame needs serve every later frame whose range still lies inside it at the same bucket width: a pan of
 * up to one screen each way, and a wheel step that zooms in, or out by less than the padding, without
 * crossing a power-of-two bucket width. The window's ends are whole buckets, so a bucket is never cut in
 * two by the window and a reused bucket counts what a fresh one would. Pure: it decides, it stores nothing.
 */

/** A time window, epoch ms, [t0, t1), whose ends are multiples of `bucketMs`. */
export interface LodWindow {
  t0: number;
  t1: number;
  /** Bucket width the window was made for, ms (a power of two, from bucketWidthMs). */
  bucketMs: number;
}

/**
 * The window for a frame that needs buckets over [t0, t1) at `bucketMs`: the range padded by its own
 * width on each side (three times the range in all, as STYLE.md asks), ends rounded outwards to whole
 * buckets. An empty or reversed range gets a window of one bucket.
 */
export function lodWindowFor(t0: number, t1: number, bucketMs: number): LodWindow {
  const span = Math.max(0, t1 - t0);
  return {
    t0: Math.floor((t0 - span) / bucketMs) * bucketMs,
    t1: Math.max(Math.ceil((t1 + span) / bucketMs), Math.floor((t0 - span) / bucketMs) + 1) * bucketMs,
    bucketMs,
  };
}

/** True when `window` was made for `bucketMs` and holds all of [t0, t1): its buckets can be reused. */
export function lodWindowCovers(window: LodWindow | null, t0: number, t1: number, bucketMs: number): boolean {
  return window !== null && window.bucketMs === bucketMs && window.t0 <= t0 && t1 <= window.t1;
}
