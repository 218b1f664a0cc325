/**
 * What is in view: the filtered events whose time overlaps the visible range, counted without visiting every
 * row. Filter positions are grouped by lane and sorted by start within a lane, so per lane the events that
 * start inside the range are two binary searches apart; those that started before it and still run are found
 * by looking back no further than the lane's longest event, or counted with the span index (span-index.ts).
 */
import { lowerBound } from './binary-search';
import { knownSpanIndex } from './density';
import { countSpansAcross } from './span-index';
import type { EventTable } from './event-table';
import type { FilterResult } from './filters';
import type { TimeDomain } from './time-domain';

type Table = Pick<EventTable, 'startMs' | 'endMs' | 'laneMaxDurationMs'>;
type Filter = Pick<FilterResult, 'index' | 'laneStart'>;

/**
 * Per lane with rows, its filter positions lo..hi and three cut points: positions from..inside start before
 * d0 but within the lane's longest event of it (they may still run), inside..to start in [d0, d1).
 */
function forEachLaneCut(
  table: Table,
  filter: Filter,
  domain: TimeDomain,
  visit: (lo: number, hi: number, from: number, inside: number, to: number) => void,
): void {
  const [d0, d1] = domain;
  const { index, laneStart } = filter;
  const start = (p: number) => table.startMs[index[p] ?? 0] ?? 0;
  for (let lane = 0; lane + 1 < laneStart.length; lane++) {
    const lo = laneStart[lane] ?? 0;
    const hi = laneStart[lane + 1] ?? 0;
    if (lo === hi) continue;
    const longest = table.laneMaxDurationMs[lane] ?? Infinity;
    const from = lowerBound(lo, hi, d0 - longest, start);
    const inside = lowerBound(from, hi, d0, start);
    visit(lo, hi, from, inside, lowerBound(inside, hi, d1, start));
  }
}

/** Calls `visit` with each filtered row that overlaps [domain[0], domain[1]) (end exclusive), lane by lane. */
export function forEachInView(
  table: Table,
  filter: Filter,
  domain: TimeDomain,
  visit: (row: number) => void,
): void {
  const { index } = filter;
  forEachLaneCut(table, filter, domain, (_lo, _hi, from, inside, to) => {
    for (let p = from; p < inside; p++) {
      const row = index[p] ?? 0;
      if ((table.endMs[row] ?? 0) > domain[0]) visit(row);
    }
    for (let p = inside; p < to; p++) visit(index[p] ?? 0);
  });
}

/**
 * The count forEachInView would visit, without visiting: the header shows it after every frame. Rows that
 * start inside the range are counted by their positions; those that started before it and still run by the
 * span index the chart built for this filter result (two binary searches), or else one by one.
 */
export function countInView(table: Table, filter: Filter, domain: TimeDomain): number {
  const spans = knownSpanIndex(filter.index);
  const { index } = filter;
  let n = 0;
  forEachLaneCut(table, filter, domain, (lo, hi, from, inside, to) => {
    if (spans) n += countSpansAcross(spans, lo, hi, inside, domain[0]);
    else for (let p = from; p < inside; p++) if ((table.endMs[index[p] ?? 0] ?? 0) > domain[0]) n++;
    n += to - inside;
  });
  return n;
}

/** Filtered rows in view, ascending. */
export function rowsInView(table: Table, filter: Filter, domain: TimeDomain): number[] {
  const rows: number[] = [];
  forEachInView(table, filter, domain, (row) => rows.push(row));
  return rows.sort((a, b) => a - b);
}

/**
 * Filtered rows in view, ascending, as a typed array: for exports of up to a million rows, where a number
 * array and its comparator sort would cost the page a long task.
 */
export function rowIndexInView(table: Table, filter: Filter, domain: TimeDomain): Uint32Array {
  const rows = new Uint32Array(countInView(table, filter, domain));
  let n = 0;
  forEachInView(table, filter, domain, (row) => (rows[n++] = row));
  // Already ascending: forEachInView walks lanes in row order, and within a lane the filter positions (and
  // so the rows) it visits ascend. rowsInView sorts anyway; the test checks both agree.
  return rows;
}

/** toLocaleString builds a formatter on every call; the header's count changes at every wheel step. */
const GROUPED = new Intl.NumberFormat('en');

/**
 * The header's count: "30 events" when everything shows, "16 events in view of 30" when zoomed in,
 * "20 of 30 events" when filters hide some and the rest are all in view, and "16 events in view of 20
 * filtered, 30 total" when both. The first number is always what the chart shows.
 */
export function eventCountLabel(inView: number, filtered: number, total: number): string {
  const n = (v: number) => GROUPED.format(v);
  const events = (v: number) => `${n(v)} ${v === 1 ? 'event' : 'events'}`;
  if (inView === filtered) return filtered === total ? events(total) : `${n(filtered)} of ${events(total)}`;
  if (filtered === total) return `${events(inView)} in view of ${n(total)}`;
  return `${events(inView)} in view of ${n(filtered)} filtered, ${n(total)} total`;
}
