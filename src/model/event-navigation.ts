/**
 * Moving between events with the keyboard: to the previous or next event of a lane, and up or down to the
 * event of the neighbouring lane nearest in time. Works on the filter index (rows passing the filters, grouped
 * by lane and sorted by start within a lane), so each step is a binary search, never a scan of the table.
 */
import { lowerBound } from './binary-search';
import type { EventTable } from './event-table';
import type { FilterResult } from './filters';

export type NavStep = 'previous' | 'next' | 'up' | 'down';

/** Positions in `filter.index` of one lane's passing rows. */
function laneRange(filter: FilterResult, lane: number): [number, number] {
  const lo = filter.laneStart[lane] ?? 0;
  return [lo, Math.max(lo, filter.laneStart[lane + 1] ?? lo)];
}

/**
 * The passing event of `lane` whose start is nearest to `t` (epoch ms); the earlier one on a tie. Null when
 * the lane has no passing events.
 */
export function nearestInLane(
  table: EventTable,
  filter: FilterResult,
  lane: number,
  t: number,
): number | null {
  const [lo, hi] = laneRange(filter, lane);
  if (lo === hi) return null;
  const startOf = (pos: number) => table.startMs[filter.index[pos] ?? 0] ?? 0;
  const at = lowerBound(lo, hi, t, startOf);
  const after = at < hi ? at : hi - 1;
  const before = at > lo ? at - 1 : lo;
  const pick = Math.abs(startOf(before) - t) <= Math.abs(startOf(after) - t) ? before : after;
  return filter.index[pick] ?? null;
}

/**
 * The row one step from `row`, or null at the edge. `lanes` is the display order (table lane indices, top to
 * bottom). Up and down skip lanes with no passing events. A row that is filtered out steps from where it
 * would be, so a search that hides the current event does not strand the keyboard.
 */
export function stepEvent(
  table: EventTable,
  filter: FilterResult,
  lanes: readonly number[],
  row: number,
  step: NavStep,
): number | null {
  if (row < 0 || row >= table.size) return null;
  const lane = table.lane[row] ?? 0;
  if (step === 'previous' || step === 'next') {
    const [lo, hi] = laneRange(filter, lane);
    const at = lowerBound(lo, hi, row, (pos) => filter.index[pos] ?? 0);
    const present = at < hi && filter.index[at] === row;
    const target = step === 'next' ? (present ? at + 1 : at) : at - 1;
    return target >= lo && target < hi ? (filter.index[target] ?? null) : null;
  }
  const from = lanes.indexOf(lane);
  if (from < 0) return null;
  const t = table.startMs[row] ?? 0;
  const delta = step === 'down' ? 1 : -1;
  for (let i = from + delta; i >= 0 && i < lanes.length; i += delta) {
    const found = nearestInLane(table, filter, lanes[i] ?? 0, t);
    if (found !== null) return found;
  }
  return null;
}

/** Where keyboard navigation starts: the event nearest `t` in the first displayed lane that has one. */
export function firstEventNear(
  table: EventTable,
  filter: FilterResult,
  lanes: readonly number[],
  t: number,
): number | null {
  for (const lane of lanes) {
    const found = nearestInLane(table, filter, lane, t);
    if (found !== null) return found;
  }
  return null;
}
