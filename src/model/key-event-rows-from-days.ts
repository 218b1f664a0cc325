/**
 * The second half of the app's Key events mode: from ranked days (key-day-ranking.ts, computed on the page
 * or in the table worker) to what the chart draws. Reads the full rows of the first few hundred rows of
 * each day to pick its line (key-events.ts centralLines), and the ids of every row on a key day. Pure, with
 * pauses between small batches (steps.ts) so the page can run it in slices.
 */
import type { EventTable } from './event-table';
import type { RankedDayRows } from './key-day-ranking';
import type { KeyEventRows } from './key-event-rows';
import { centralLines } from './key-events';
import type { Steps } from './steps';

/** At most this many days are pinned out of count badges: with 'all', only the 40 most salient. */
export const PINNED_DAYS = 40;

/** Ids decoded per pause: each decodes a row's id field. */
const IDS_PER_STEP = 1024;

export function* keyEventRowsFromDays(
  table: EventTable,
  count: number | 'all',
  ranked: readonly RankedDayRows[],
): Steps<KeyEventRows> {
  // centralLines names rows by id; here the id is the row number, turned into the table's id at the end.
  const lines = yield* centralLines(
    ranked.map((d) => ({ day: d.day, rank: d.rank, ids: d.rows.map(String) })),
    (id) => {
      const rec = table.record(Number(id));
      return rec && { ...rec, id };
    },
  );
  const rankOf = new Map<number, number>();
  const leadOf = new Map<string, number>();
  const pinnedByLane = new Map<number, number[]>();
  const days = [];
  let read = 0;
  for (const [i, line] of lines.entries()) {
    const rows = ranked[i]?.rows ?? [];
    const ids: string[] = [];
    for (const row of rows) {
      ids.push(table.id(row));
      rankOf.set(row, line.rank);
      if (++read % IDS_PER_STEP === 0) yield;
    }
    const lead = line.centralId !== null ? Number(line.centralId) : rows[0];
    days.push({
      ...line,
      ids,
      centralId: line.centralId !== null && lead !== undefined ? table.id(lead) : null,
    });
    if (lead === undefined) continue;
    leadOf.set(line.date, lead);
    if (line.rank >= PINNED_DAYS) continue;
    const lane = table.lane[lead] ?? 0;
    const pinned = pinnedByLane.get(lane) ?? [];
    pinned.push(lead);
    pinnedByLane.set(lane, pinned);
  }
  for (const rows of pinnedByLane.values()) {
    rows.sort((a, b) => (table.startMs[a] ?? 0) - (table.startMs[b] ?? 0) || a - b);
  }
  return { count, days, rankOf, leadOf, leads: new Set(leadOf.values()), pinnedByLane };
}
