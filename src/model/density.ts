/**
 * Event counts per equal time bin over a range, for the overview strip, and the cached per-lane density
 * pyramid for the chart's level of detail. The pyramid is one pass over the filter index, done when the data
 * or filters change (in the table worker for large tables, which hands it over with the filter result);
 * the overview bins are read from the pyramid, so neither costs the page O(N) work per frame or per resize.
 */
import type { DensityPyramid } from './density-pyramid';
import { buildDensityPyramid } from './density-pyramid';
import type { EventTable } from './event-table';
import type { SpanIndex } from './span-index';
import { buildSpanIndex } from './span-index';

/**
 * Starts per bin over [t0, t1), summed over lanes from the finest pyramid level whose buckets fit a bin (a
 * bucket goes to the bin holding its middle, so counts are exact up to one bucket at bin edges). The cost
 * is lanes x buckets (at most 2^14 per lane), whatever the number of events.
 */
export function pyramidBins(pyramid: DensityPyramid, t0: number, t1: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, bins));
  const binMs = Math.max(1, t1 - t0) / counts.length;
  let level = pyramid.levels[0];
  for (const l of pyramid.levels) if (2 ** l.log2 <= binMs) level = l;
  if (!level) return counts;
  const width = 2 ** level.log2;
  const scale = counts.length / Math.max(1, t1 - t0);
  for (let b = 0; b < level.buckets; b++) {
    const bucketStart = (level.origin + b) * width;
    if (bucketStart + width <= t0 || bucketStart >= t1) continue;
    // A bucket straddling an end of the range counts in the end bin rather than being lost.
    const mid = Math.floor((bucketStart + width / 2 - t0) * scale);
    const bin = Math.min(counts.length - 1, Math.max(0, mid));
    let sum = 0;
    for (let lane = 0; lane < pyramid.lanes; lane++) sum += level.counts[lane * level.buckets + b] ?? 0;
    counts[bin] = (counts[bin] ?? 0) + sum;
  }
  return counts;
}

const pyramids = new WeakMap<Uint32Array, DensityPyramid>();

/** Hands over a pyramid built elsewhere (the table worker) for a filter index, so it is never rebuilt here. */
export function primeDensityPyramid(index: Uint32Array, pyramid: DensityPyramid): void {
  pyramids.set(index, pyramid);
}

/** The density pyramid of a filter result, built on first use and kept as long as that result lives. */
export function densityPyramidFor(
  table: EventTable,
  index: Uint32Array,
  laneStart: Uint32Array,
): DensityPyramid {
  let pyramid = pyramids.get(index);
  if (!pyramid) {
    pyramid = buildDensityPyramid(table.startMs, index, laneStart, table.minMs, table.maxMs);
    pyramids.set(index, pyramid);
    // Every frame that reads the pyramid may look for spans begun before the view: build both at once.
    spanIndexFor(table, index, laneStart);
  }
  return pyramid;
}

const spanIndexes = new WeakMap<Uint32Array, SpanIndex>();

/** The span index of a filter result (see span-index.ts), built on first use unless handed over. */
export function spanIndexFor(table: EventTable, index: Uint32Array, laneStart: Uint32Array): SpanIndex {
  let spans = spanIndexes.get(index);
  if (!spans) {
    spans = buildSpanIndex(table.endMs, index, laneStart);
    spanIndexes.set(index, spans);
  }
  return spans;
}

/** The span index of a filter index if one was built or handed over, without building one. */
export function knownSpanIndex(index: Uint32Array): SpanIndex | undefined {
  return spanIndexes.get(index);
}

/** Hands over a span index built elsewhere (the table worker) for a filter index. */
export function primeSpanIndex(index: Uint32Array, spans: SpanIndex): void {
  spanIndexes.set(index, spans);
}
