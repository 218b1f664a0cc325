/**
 * Event counts per equal time bin over a range, for the overview strip, and the cached per-lane density
 * pyramid for the chart's level of detail. Both are one pass over the filter index, done when the data or
 * filters change, never per frame.
 */
import type { DensityPyramid } from './density-pyramid';
import { buildDensityPyramid } from './density-pyramid';
import type { EventTable } from './event-table';

export function densityBins(
  table: EventTable,
  index: Uint32Array,
  t0: number,
  t1: number,
  bins: number,
): Uint32Array {
  const counts = new Uint32Array(Math.max(1, bins));
  const scale = counts.length / Math.max(1, t1 - t0);
  for (let i = 0; i < index.length; i++) {
    const row = index[i] ?? 0;
    const t = ((table.startMs[row] ?? 0) + (table.endMs[row] ?? 0)) / 2;
    const bin = Math.floor((t - t0) * scale);
    if (bin >= 0 && bin < counts.length) counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts;
}

const pyramids = new WeakMap<Uint32Array, DensityPyramid>();

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
  }
  return pyramid;
}
