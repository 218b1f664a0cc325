/**
 * Keeps the level-of-detail groups of each lane (level-of-detail.ts visibleLodGroups) for a padded,
 * quantised window (lod-window.ts) across frames, so a pan or a wheel step inside the window reads them
 * instead of searching the rows again. Only the pixel positions depend on the exact view, and those are
 * the scene's job. What it answers is what visibleLodGroups answers for the same range: tests compare the
 * two. It starts over when anything the groups are made from changes: the filtered rows (a new filter
 * result, a new table), the bucket width, the density level or the badge threshold.
 */
import { lowerBound } from './binary-search';
import type { DensityLevel } from './density-pyramid';
import type { LodGroup } from './level-of-detail';
import { visibleLodGroups } from './level-of-detail';
import type { LodWindow } from './lod-window';
import { lodWindowCovers, lodWindowFor } from './lod-window';

/** Everything a lane's groups are made from, except the lane and the time range. */
export interface LodSource {
  /** Event starts by row, epoch ms (EventTable.startMs). */
  startMs: Float64Array;
  /** Filtered rows grouped by lane and sorted by start within one (FilterResult.index, laneStart). */
  index: Uint32Array;
  laneStart: Uint32Array;
  /** Bucket width, ms (a power of two). */
  bucketMs: number;
  /** Density level whose buckets are `bucketMs` wide, or null to search the rows. */
  level: DensityLevel | null;
  /** With a level: buckets holding more rows are returned as counts only. */
  maxStack: number;
}

export class LodGroupCache {
  /** Lane windows computed (not reused) since the cache was made: tests and benchmarks read it. */
  computed = 0;
  private source: LodSource | null = null;
  private window: LodWindow | null = null;
  private readonly byLane = new Map<number, LodGroup[]>();

  /**
   * Prepares for a frame whose groups all lie in [t0, t1): keeps the window and its groups when they still
   * serve, else starts a new window around this range.
   */
  begin(source: LodSource, t0: number, t1: number): void {
    if (!this.serves(source) || !lodWindowCovers(this.window, t0, t1, source.bucketMs)) {
      this.byLane.clear();
      this.window = lodWindowFor(t0, t1, source.bucketMs);
    }
    this.source = source;
  }

  /**
   * The groups of `lane` in the buckets overlapping [t0, t1), as visibleLodGroups would return them. The
   * range must lie inside the one given to `begin`.
   */
  groups(lane: number, t0: number, t1: number): LodGroup[] {
    const source = this.source;
    const window = this.window;
    if (!source || !window) throw new Error('LodGroupCache.groups before begin');
    const { startMs, index, laneStart, bucketMs, level } = source;
    const lo = laneStart[lane] ?? 0;
    const hi = laneStart[lane + 1] ?? lo;
    let all = this.byLane.get(lane);
    if (!all) {
      all = visibleLodGroups(
        startMs,
        index,
        lo,
        hi,
        lane,
        window.t0,
        window.t1,
        bucketMs,
        level,
        source.maxStack,
      );
      this.byLane.set(lane, all);
      this.computed++;
    }
    const firstMs = Math.floor(t0 / bucketMs) * bucketMs;
    const endMs = Math.ceil(t1 / bucketMs) * bucketMs;
    const byBucket = (i: number) => all[i]?.bucketMs ?? 0;
    const i0 = lowerBound(0, all.length, firstMs, byBucket);
    const i1 = lowerBound(i0, all.length, endMs, byBucket);
    const out = all.slice(i0, i1);
    const last = out[out.length - 1];
    // Without a density level, visibleLodGroups searches rows up to t1 exactly: the last bucket keeps only
    // its rows starting before t1, and its count (which decides mark or badge) is theirs.
    if (!level && last && last.bucketMs + bucketMs > t1) {
      const end = lowerBound(last.i0, last.i1, t1, (pos) => startMs[index[pos] ?? 0] ?? 0);
      if (end === last.i0) out.pop();
      else if (end < last.i1) out[out.length - 1] = { ...last, i1: end, count: end - last.i0 };
    }
    return out;
  }

  /** True when the groups kept were made from the same rows, bucket width, level and threshold. */
  private serves(source: LodSource): boolean {
    const s = this.source;
    return (
      s !== null &&
      s.startMs === source.startMs &&
      s.index === source.index &&
      s.laneStart === source.laneStart &&
      s.bucketMs === source.bucketMs &&
      s.level === source.level &&
      // The threshold only matters where counts come from a level; searching rows ignores it.
      (source.level === null || s.maxStack === source.maxStack)
    );
  }
}
