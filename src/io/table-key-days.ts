/**
 * The table worker's answer to 'keyDays': the key days of the rows a filter shows, ranked from the compact
 * per-row fields the session builder keeps (model/key-day-columns.ts), made one at a time as ranking reads
 * them, packed for transfer. Runs to the end in one go: it is off the page, and a newer request simply
 * follows it.
 */
import type { EventTableBuilder } from '../model/event-table-builder';
import type { PackedRankedDays } from '../model/key-day-ranking';
import { packRankedDays, rankDaysOfRowsOnDemand } from '../model/key-day-ranking';
import { runSteps } from '../model/steps';

/** `seq` maps the shown table's rows to the builder's seqs; `index` lists shown rows in filter order. */
export function keyDaysOf(
  builder: EventTableBuilder,
  seq: Uint32Array,
  index: Uint32Array,
  count: number | 'all',
): PackedRankedDays {
  return packRankedDays(
    runSteps(rankDaysOfRowsOnDemand(index, (row, id) => builder.keyDayRow(seq[row] ?? 0, id), count)),
  );
}
