/**
 * The key moments of a story: the `count` most salient days of a set of rows (model/rank-key-days.ts),
 * each with the rows behind it and one line from its most central sentence, in date order. The CLI
 * `npm run key-events` prints this; the app's Key events mode is meant to call the same function.
 * Day precision only: a month or year row never becomes a key day.
 */
import { centralRow, inverseDocumentFrequency, oneLine, rowWords } from './central-sentence';
import type { DayRange } from './day-evidence';
import { DAY_SALIENCE_WEIGHTS, type DaySalienceWeights } from './day-salience';
import type { EventRecord } from './event-record';
import { rankKeyDays } from './rank-key-days';

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

/** keyEvents with each day's rank and central row: the app's Key events mode titles that row first. */
export function rankedKeyEvents(
  records: readonly EventRecord[],
  options: KeyEventsOptions,
): RankedKeyEvent[] {
  const count = Math.max(0, Math.floor(options.count));
  const chosen = rankKeyDays(records, options, options.weights ?? DAY_SALIENCE_WEIGHTS)
    .slice(0, count)
    .map((d, rank) => ({ ...d, rank }))
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  const byId = new Map<string, EventRecord>();
  const wanted = new Set(chosen.flatMap((d) => d.ids.slice(0, MAX_TEXT_ROWS)));
  for (const r of records) if (wanted.has(r.id) && !byId.has(r.id)) byId.set(r.id, r);
  const days = chosen.map((d) => {
    const rows = d.ids
      .slice(0, MAX_TEXT_ROWS)
      .map((id) => byId.get(id))
      .filter((r): r is EventRecord => r !== undefined);
    return { day: d, rows, words: rows.map(rowWords) };
  });
  const idf = inverseDocumentFrequency(days.flatMap((d) => d.words));
  return days.map(({ day, rows, words }) => {
    const central = rows.length > 0 ? centralRow(rows, words, idf) : null;
    return {
      date: day.day,
      ids: day.ids,
      text: central ? oneLine(central) : '',
      rank: day.rank,
      centralId: central?.id ?? null,
    };
  });
}
