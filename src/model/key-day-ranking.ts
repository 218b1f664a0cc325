/**
 * The ranking half of the app's Key events mode: which days of the shown rows are key and which rows lie
 * on each, without any text. The page runs it for a table it holds; the table worker runs it for a table it
 * built, from compact columns (key-day-columns.ts), and sends the answer packed. Either way the page then
 * picks each day's line (key-event-rows-from-days.ts). Rows are named by their row number in the table.
 */
import type { KeyDayRow } from './day-evidence';
import type { KeyDayRowList } from './rank-key-days';
import type { EventRecord } from './event-record';
import { chooseKeyDaysSteps } from './key-events';
import type { Steps } from './steps';

/** One key day: its ISO day, rank (0 = most salient) and its day-precision rows in input order. */
export interface RankedDayRows {
  day: string;
  rank: number;
  rows: number[];
}

/** RankedDayRows as typed arrays plus day strings, for a postMessage with transferred buffers. */
export interface PackedRankedDays {
  days: string[];
  ranks: Uint32Array;
  /** Rows of day i are rows[dayStart[i] .. dayStart[i + 1]). */
  dayStart: Uint32Array;
  rows: Uint32Array;
}

/** Rows read per pause: reading a row on the page decodes its text, about a microsecond or two. */
const ROWS_PER_STEP = 256;

/** The fields ranking reads of a full record, the row named `id`. */
export function keyDayRowOf(rec: EventRecord, id: string): KeyDayRow {
  return {
    id,
    start: rec.start,
    precision: rec.precision,
    article_id: rec.article_id,
    ref_date: rec.ref_date,
    date_basis: rec.date_basis,
    sentence_index: rec.sentence_index,
    factuality: rec.factuality,
    also_reported_in: rec.also_reported_in,
  };
}

/**
 * The `count` key days of the rows `index` lists (in that order: the first publication day seen for an
 * article and each day's row order depend on it), with `rowAt(row, id)` giving a row's fields named `id`.
 * Ids here are row numbers as text: unique in a table, and ranking only compares ids for equality.
 */
export function* rankDaysOfRows(
  index: ArrayLike<number>,
  rowAt: (row: number, id: string) => KeyDayRow | undefined,
  count: number | 'all',
): Steps<RankedDayRows[]> {
  const rows: KeyDayRow[] = [];
  for (let i = 0; i < index.length; i++) {
    const row = index[i] ?? 0;
    const fields = rowAt(row, String(row));
    if (fields) rows.push(fields);
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  return yield* rowsOfChosenDays(rows, count);
}

/**
 * rankDaysOfRows for rows that are cheap to make (the table worker reads them from compact columns): each
 * is made when ranking reads it, twice, and dropped at once, so no million row objects stay alive (about
 * 200 MB at a million rows) and the collector has only short-lived ones to sweep. Does not pause while
 * reading, so for rows that are slow to read (the page decodes text) use rankDaysOfRows.
 */
export function* rankDaysOfRowsOnDemand(
  index: ArrayLike<number>,
  rowAt: (row: number, id: string) => KeyDayRow | undefined,
  count: number | 'all',
): Steps<RankedDayRows[]> {
  const rows: KeyDayRowList = {
    length: index.length,
    at: (i) => {
      const row = index[i] ?? 0;
      return rowAt(row, String(row));
    },
  };
  return yield* rowsOfChosenDays(rows, count);
}

function* rowsOfChosenDays(rows: KeyDayRowList, count: number | 'all'): Steps<RankedDayRows[]> {
  const chosen = yield* chooseKeyDaysSteps(rows, { count: count === 'all' ? Infinity : count });
  const out: RankedDayRows[] = [];
  let read = 0;
  for (const d of chosen) {
    out.push({ day: d.day, rank: d.rank, rows: d.ids.map(Number) });
    // With 'all', every shown row is on some day: pause between batches here too.
    read += d.ids.length;
    if (read >= ROWS_PER_STEP * 16) {
      read = 0;
      yield;
    }
  }
  return out;
}

export function packRankedDays(days: readonly RankedDayRows[]): PackedRankedDays {
  const dayStart = new Uint32Array(days.length + 1);
  let n = 0;
  days.forEach((d, i) => {
    dayStart[i] = n;
    n += d.rows.length;
  });
  dayStart[days.length] = n;
  const rows = new Uint32Array(n);
  days.forEach((d, i) => rows.set(d.rows, dayStart[i] ?? 0));
  return { days: days.map((d) => d.day), ranks: Uint32Array.from(days, (d) => d.rank), dayStart, rows };
}

export function unpackRankedDays(packed: PackedRankedDays): RankedDayRows[] {
  return packed.days.map((day, i) => ({
    day,
    rank: packed.ranks[i] ?? 0,
    rows: Array.from(packed.rows.subarray(packed.dayStart[i] ?? 0, packed.dayStart[i + 1] ?? 0)),
  }));
}

/** The buffers of a packed answer, to transfer. */
export function rankedDaysTransferables(packed: PackedRankedDays): ArrayBuffer[] {
  return [packed.ranks, packed.dayStart, packed.rows].map((a) => a.buffer as ArrayBuffer);
}
