/**
 * The key moments of a story: the `count` most salient days of a set of rows (model/rank-key-days.ts),
 * each with the rows behind it and one line from its most central sentence, in date order. The CLI
 * `npm run key-events` prints this; the app's Key events mode is meant to call the same function.
 * Day precision only: a month or year row never becomes a key day.
 */
import { centralRow, inverseDocumentFrequency, oneLine, rowWords } from './central-sentence';
import type { DayRange, KeyDayRow } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS, type DaySalienceWeights } from './day-salience';
import type { EventRecord } from './event-record';
import { rankKeyDaysSteps, type KeyDayRowList } from './rank-key-days';
import { runSteps, type Steps } from './steps';

/**
 * Rows per day read for the day's line. A day of a 10^5-row corpus can hold thousands of rows; the
 * first 500 (input order, so the same on every run) already say what most of them say, and reading
 * all of them made `keyEvents` take a second.
 */
const MAX_TEXT_ROWS = 500;

export interface KeyEvent {
  /** ISO YYYY-MM-DD. */
  date: string;
  /** Ids of the day-precision rows on that day, in input order. */
  ids: string[];
  /** One line (at most MAX_TEXT_CHARS) from the day's most central sentence. */
  text: string;
}

export interface KeyEventsOptions extends DayRange {
  /** How many days to return; fewer only when fewer days have a day-precision row in range. */
  count: number;
  weights?: DaySalienceWeights;
}

/** A key event with what the app needs besides: its place in the ranking and the row its line comes from. */
export interface RankedKeyEvent extends KeyEvent {
  /** 0 for the most salient day. */
  rank: number;
  /** Id of the row `text` was taken from (the day's most central row); null when the day has no text. */
  centralId: string | null;
}

export function keyEvents(records: readonly EventRecord[], options: KeyEventsOptions): KeyEvent[] {
  return rankedKeyEvents(records, options).map(({ date, ids, text }) => ({ date, ids, text }));
}

/** A key day before its line is chosen: what ranking alone gives (the table worker's part). */
export interface ChosenDay {
  /** ISO YYYY-MM-DD. */
  day: string;
  /** 0 for the most salient day. */
  rank: number;
  /** Ids of the day-precision rows on that day, in input order. */
  ids: string[];
}

/** The `options.count` most salient days of `rows`, in date order. Reads no text. */
export function chooseKeyDays(rows: readonly KeyDayRow[], options: KeyEventsOptions): ChosenDay[] {
  return runSteps(chooseKeyDaysSteps(rows, options));
}

/** chooseKeyDays with pauses between batches of rows and days (rank-key-days.ts), for the page. */
export function* chooseKeyDaysSteps(rows: KeyDayRowList, options: KeyEventsOptions): Steps<ChosenDay[]> {
  const count = Math.max(0, Math.floor(options.count));
  const ranked = yield* rankKeyDaysSteps(rows, options, options.weights ?? DAY_SALIENCE_WEIGHTS);
  return ranked
    .slice(0, count)
    .map((d, rank) => ({ day: d.day, ids: d.ids, rank }))
    .sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Rows read per pause while the lines are chosen: well under a millisecond of work. */
const ROWS_PER_STEP = 64;

/**
 * Each chosen day's line: its most central row (central-sentence.ts) among its first MAX_TEXT_ROWS rows,
 * with words weighted over all chosen days. `recordOf` gives the full row of an id (text included); it is
 * called only for those rows. Pauses between small batches of rows (steps.ts).
 */
export function* centralLines(
  chosen: readonly ChosenDay[],
  recordOf: (id: string) => EventRecord | undefined,
): Steps<RankedKeyEvent[]> {
  const days: { day: ChosenDay; rows: EventRecord[]; words: string[][] }[] = [];
  let read = 0;
  for (const day of chosen) {
    const rows: EventRecord[] = [];
    const words: string[][] = [];
    for (const id of day.ids.slice(0, MAX_TEXT_ROWS)) {
      const row = recordOf(id);
      if (row) {
        rows.push(row);
        words.push(rowWords(row));
      }
      if (++read % ROWS_PER_STEP === 0) yield;
    }
    days.push({ day, rows, words });
  }
  const idf = inverseDocumentFrequency(days.flatMap((d) => d.words));
  yield;
  const out: RankedKeyEvent[] = [];
  for (const { day, rows, words } of days) {
    const central = rows.length > 0 ? centralRow(rows, words, idf) : null;
    out.push({
      date: day.day,
      ids: day.ids,
      text: central ? oneLine(central) : '',
      rank: day.rank,
      centralId: central?.id ?? null,
    });
    read += rows.length;
    if (read >= ROWS_PER_STEP) {
      read = 0;
      yield;
    }
  }
  return out;
}

/** keyEvents with each day's rank and central row: the app's Key events mode titles that row first. */
export function rankedKeyEvents(
  records: readonly EventRecord[],
  options: KeyEventsOptions,
): RankedKeyEvent[] {
  const chosen = chooseKeyDays(records, options);
  const byId = new Map<string, EventRecord>();
  const wanted = new Set(chosen.flatMap((d) => d.ids.slice(0, MAX_TEXT_ROWS)));
  for (const r of records) if (wanted.has(r.id) && !byId.has(r.id)) byId.set(r.id, r);
  return runSteps(centralLines(chosen, (id) => byId.get(id)));
}
