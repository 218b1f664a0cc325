/**
 * The app's Key events mode on a loaded table: the `count` most salient days of the rows the filters show
 * (model/key-events.ts, the same ranking as `npm run key-events`), turned into what the chart needs: which
 * rows lie on a key day (drawn in full, the rest faded), each row's day rank (key titles are placed in rank
 * order) and the one row per day whose title stands for the day (its most central row, pinned on the
 * chart even where its bucket is a count badge). Pure: table rows in, numbers out.
 */
import type { EventRecord } from './event-record';
import type { EventTable } from './event-table';
import type { RankedKeyEvent } from './key-events';
import { rankedKeyEvents } from './key-events';

/** How many key days to show; 'all' ranks every day that has a day-precision row. */
export type KeyEventsCount = 10 | 20 | 40 | 'all';
export const KEY_EVENT_COUNTS: readonly KeyEventsCount[] = [10, 20, 40, 'all'];

/** At most this many days are pinned out of count badges: with 'all', only the 40 most salient. */
export const PINNED_DAYS = 40;

/** '10', '20', '40' or 'all' as a count; anything else is null (the mode is off). */
export function parseKeyEventsCount(text: string | null | undefined): KeyEventsCount | null {
  return KEY_EVENT_COUNTS.find((c) => String(c) === text) ?? null;
}

export interface KeyEventRows {
  /** The count asked for: one of KEY_EVENT_COUNTS in the app, any whole number in tests and scripts. */
  count: number | 'all';
  /** The chosen days in date order, as keyEvents gives them, with rank and central row. */
  days: readonly RankedKeyEvent[];
  /** Day rank (0 = most salient) of every row on a key day; rows not in the map are faded. */
  rankOf: ReadonlyMap<number, number>;
  /** The row each day's title comes from (its central row), by ISO day. */
  leadOf: ReadonlyMap<string, number>;
  /** The same rows as a set: their titles go first, in day rank order. */
  leads: ReadonlySet<number>;
  /** Lead rows of the PINNED_DAYS most salient days, per lane, sorted by start. */
  pinnedByLane: ReadonlyMap<number, readonly number[]>;
}

/** Key events over the rows `index` lists (a filter result's index: the rows the filters show). */
export function keyEventRows(
  table: EventTable,
  index: ArrayLike<number>,
  count: number | 'all',
): KeyEventRows {
  const records: EventRecord[] = [];
  const rowOf = new Map<string, number>();
  for (let i = 0; i < index.length; i++) {
    const row = index[i] ?? 0;
    const rec = table.record(row);
    if (!rec) continue;
    records.push(rec);
    rowOf.set(rec.id, row);
  }
  const days = rankedKeyEvents(records, { count: count === 'all' ? Infinity : count });
  const rankOf = new Map<number, number>();
  const leadOf = new Map<string, number>();
  const pinnedByLane = new Map<number, number[]>();
  for (const day of days) {
    for (const id of day.ids) {
      const row = rowOf.get(id);
      if (row !== undefined) rankOf.set(row, day.rank);
    }
    const lead = rowOf.get(day.centralId ?? day.ids[0] ?? '');
    if (lead === undefined) continue;
    leadOf.set(day.date, lead);
    if (day.rank >= PINNED_DAYS) continue;
    const lane = table.lane[lead] ?? 0;
    const rows = pinnedByLane.get(lane) ?? [];
    rows.push(lead);
    pinnedByLane.set(lane, rows);
  }
  for (const rows of pinnedByLane.values()) {
    rows.sort((a, b) => (table.startMs[a] ?? 0) - (table.startMs[b] ?? 0) || a - b);
  }
  return { count, days, rankOf, leadOf, leads: new Set(leadOf.values()), pinnedByLane };
}

/** "Key events: the 20 most salient days" for captions and announcements; 'all' says so. */
export function keyEventsLabel(count: number | 'all', found: number): string {
  if (count === 'all') return `Key events: all ${found.toLocaleString('en')} days, most salient titled first`;
  return found < count
    ? `Key events: ${found} days (fewer than ${count} have a dated day)`
    : `Key events: the ${count} most salient days`;
}
