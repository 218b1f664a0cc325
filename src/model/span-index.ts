/**
 * Finds the events of a lane that began before a time and still run at it (a war that started years before
 * the view), in time that does not grow with N. Built once per filter result next to the density pyramid:
 * per lane, the end days of its filtered rows in ascending order, which turns "how many" into two binary
 * searches; and a max-end tree over filter positions (rows sorted by start), which lists the few such rows
 * in O(k log N) by skipping every subtree that ends too early. About 12 bytes per filtered row.
 */
import { upperBound } from './binary-search';
import { MS_PER_DAY } from './day';

export interface SpanIndex {
  /**
   * End day (exclusive, epoch ms / MS_PER_DAY rounded up) of each filtered row, sorted ascending within each
   * lane's range of filter positions.
   */
  endDays: Int32Array;
  /** Max end day per node of a complete binary tree over filter positions; leaf p is at `leaves + p`. */
  maxEnd: Int32Array;
  leaves: number;
}

const NONE = -(2 ** 31);

export function buildSpanIndex(endMs: Float64Array, index: Uint32Array, laneStart: Uint32Array): SpanIndex {
  const n = index.length;
  const endDays = new Int32Array(n);
  for (let i = 0; i < n; i++) endDays[i] = Math.ceil((endMs[index[i] ?? 0] ?? 0) / MS_PER_DAY);
  let leaves = 1;
  while (leaves < n) leaves *= 2;
  const maxEnd = new Int32Array(2 * leaves).fill(NONE);
  maxEnd.set(endDays, leaves);
  for (let i = leaves - 1; i >= 1; i--)
    maxEnd[i] = Math.max(maxEnd[2 * i] ?? NONE, maxEnd[2 * i + 1] ?? NONE);
  for (let lane = 0; lane + 1 < laneStart.length; lane++) {
    endDays.subarray(laneStart[lane] ?? 0, laneStart[lane + 1] ?? 0).sort();
  }
  return { endDays, maxEnd, leaves };
}

/** The buffers of a span index, for postMessage to transfer. */
export function spanIndexTransferables(spans: SpanIndex): ArrayBuffer[] {
  return [spans.endDays.buffer as ArrayBuffer, spans.maxEnd.buffer as ArrayBuffer];
}

/**
 * How many rows of one lane start before `fromMs` and end after it. `lo`..`hi` are the lane's filter
 * positions and `from` the first of them starting at or after `fromMs`. Events end after they start, so
 * every row ending by `fromMs` also started before it: the count is a difference of two positions.
 */
export function countSpansAcross(
  spans: SpanIndex,
  lo: number,
  hi: number,
  from: number,
  fromMs: number,
): number {
  const endedBy = upperBound(lo, hi, Math.floor(fromMs / MS_PER_DAY), (p) => spans.endDays[p] ?? 0);
  return Math.max(0, from - endedBy);
}

/**
 * Rows at filter positions lo..from-1 that end after `atMs`, newest start first, at most `limit` of them.
 * Each row found costs one root-to-leaf path of the max-end tree; subtrees ending by `atMs` are skipped.
 */
export function rowsEndingAfter(
  spans: SpanIndex,
  index: Uint32Array,
  lo: number,
  from: number,
  atMs: number,
  limit: number,
): number[] {
  const day = Math.floor(atMs / MS_PER_DAY);
  const rows: number[] = [];
  // Triples (node, first leaf, one past last leaf); the right child is pushed last so it is visited first.
  const stack: number[] = [1, 0, spans.leaves];
  while (stack.length && rows.length < limit) {
    const right = stack.pop() ?? 0;
    const left = stack.pop() ?? 0;
    const node = stack.pop() ?? 0;
    if (right <= lo || left >= from || (spans.maxEnd[node] ?? NONE) <= day) continue;
    if (right - left === 1) {
      rows.push(index[left] ?? 0);
      continue;
    }
    const mid = (left + right) >>> 1;
    stack.push(2 * node, left, mid, 2 * node + 1, mid, right);
  }
  return rows;
}
