/**
 * The app's Key events mode on a loaded table: the `count` most salient days of the rows the filters show
 * (model/key-events.ts, the same ranking as `npm run key-events`), turned into what the chart needs: which
 * rows lie on a key day (drawn in full, the rest faded), each row's day rank (key titles are placed in rank
 * order) and the one row per day whose title stands for the day (its most central row, pinned on the
 * chart even where its bucket is a count badge). Pure: table rows in, numbers out.
 */
import type { EventTable } from './event-table';
import { keyDayRowOf, rankDaysOfRows } from './key-day-ranking';
import { keyEventRowsFromDays } from './key-event-rows-from-days';
import type { RankedKeyEvent } from './key-events';
import { runSteps, type Steps } from './steps';

/** How many key days to show; 'all' ranks every day that has a day-precision row. */
export type KeyEventsCount = 10 | 20 | 40 | 'all';
export const KEY_EVENT_COUNTS: readonly KeyEventsCount[] = [10, 20, 40, 'all'];

export { PINNED_DAYS } from './key-event-rows-from-days';

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

/** Key events over the rows `index` lists (a filter result's index: the rows the filters show), at once. */
export function keyEventRows(
  table: EventTable,
  index: ArrayLike<number>,
  count: number | 'all',
): KeyEventRows {
  return runSteps(keyEventRowsSteps(table, index, count));
}

/** keyEventRows with pauses between small batches of rows, for the page to run in time slices. */
export function* keyEventRowsSteps(
  table: EventTable,
  index: ArrayLike<number>,
  count: number | 'all',
): Steps<KeyEventRows> {
  const rowAt = (row: number, id: string) => {
    const rec = table.record(row);
    return rec ? keyDayRowOf(rec, id) : undefined;
  };
  const days = yield* rankDaysOfRows(index, rowAt, count);
  return yield* keyEventRowsFromDays(table, count, days);
}

/** "Key events: the 20 most salient days" for captions and announcements; 'all' says so. */
export function keyEventsLabel(count: number | 'all', found: number): string {
  if (count === 'all') return `Key events: all ${found.toLocaleString('en')} days, most salient titled first`;
  return found < count
    ? `Key events: ${found} days (fewer than ${count} have a dated day)`
    : `Key events: the ${count} most salient days`;
}
