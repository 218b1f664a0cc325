import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { eventTableFromParts } from '../model/event-table';
import { EventTableBuilder } from '../model/event-table-builder';
import type { Filters } from '../model/filters';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { unpackRankedDays } from '../model/key-day-ranking';
import { keyEventRows } from '../model/key-event-rows';
import { keyEventRowsFromDays } from '../model/key-event-rows-from-days';
import { rankedKeyEvents } from '../model/key-events';
import { RowTextStore } from '../model/row-text';
import { runSteps } from '../model/steps';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { parseEventsCsv } from './events-csv-parse';
import { keyDaysOf } from './table-key-days';

/** A table as the worker builds it (session builder, rows upserted) and the page rebuilds it from parts. */
function workerTable(records: readonly EventRecord[]): { builder: EventTableBuilder; table: EventTable } {
  const builder = new EventTableBuilder({ session: true });
  for (const rec of records) builder.upsert(rec);
  const parts = builder.build([]);
  const text = new RowTextStore();
  text.append(builder.takeText());
  return { builder, table: eventTableFromParts(parts, text, []) };
}

/**
 * The ranking as the page computed it before it moved to the worker: full records of the shown rows, in
 * filter order, through rankedKeyEvents, days mapped back to rows.
 */
function pageRanking(table: EventTable, index: Uint32Array, count: number | 'all') {
  const records = Array.from(index, (row) => table.record(row)).filter((r) => r !== undefined);
  const days = rankedKeyEvents(records, { count: count === 'all' ? Infinity : count });
  const leadOf = new Map<string, number>();
  for (const d of days) {
    const lead = table.idToRow.get(d.centralId ?? d.ids[0] ?? '');
    if (lead !== undefined) leadOf.set(d.date, lead);
  }
  return { days, leadOf };
}

function compareWorkerWithPage(
  records: readonly EventRecord[],
  filters: Filters,
  counts: (number | 'all')[],
) {
  const { builder, table } = workerTable(records);
  const index = applyFilters(table, filters).index;
  for (const count of counts) {
    const packed = keyDaysOf(builder, table.seq, index, count);
    const fromWorker = runSteps(keyEventRowsFromDays(table, count, unpackRankedDays(packed)));
    const expected = pageRanking(table, index, count);
    expect(expected.days.length).toBeGreaterThan(0);
    expect(fromWorker.days).toEqual(expected.days);
    expect(fromWorker.leadOf).toEqual(expected.leadOf);
    // The page-side path (in slices) gives the same too, rank maps and pinned rows included.
    expect(keyEventRows(table, index, count)).toEqual(fromWorker);
  }
}

describe('key days ranked in the table worker', () => {
  it('match the page ranking on the bundled events', () => {
    const csv = readFileSync(join(import.meta.dirname, '../../data/events.csv'), 'utf8');
    const { records } = parseEventsCsv(csv, 'events.csv');
    expect(records.length).toBeGreaterThan(10);
    compareWorkerWithPage(records, NO_FILTERS, [10, 20, 'all']);
  });

  it('match the page ranking on 8,000 generated rows, filtered and not', () => {
    const records = [...generateSyntheticEvents({ n: 8_000, seed: 7, actors: 12, years: 3 })];
    compareWorkerWithPage(records, NO_FILTERS, [10, 40, 'all']);
    const actors = [...new Set(records.map((r) => r.actor))].slice(0, 4);
    compareWorkerWithPage(
      records,
      { ...NO_FILTERS, hiddenActors: actors, hiddenFactualities: ['planned'] },
      [20],
    );
    compareWorkerWithPage(records, { ...NO_FILTERS, search: 'said' }, [20]);
  });

  it('match the page ranking after a merge replaced rows (seqs no longer follow rows)', () => {
    const records = [...generateSyntheticEvents({ n: 5_000, seed: 3, actors: 6, years: 2 })];
    const newer = records.slice(0, 1_500).map((r, i) => ({
      ...r,
      start: i % 2 ? r.start : '2016-03-01',
      end: i % 2 ? r.end : '2016-03-01',
      precision: 'day' as const,
      also_reported_in: i % 3 ? r.also_reported_in : ['extra-a', 'extra-b'],
    }));
    compareWorkerWithPage([...records, ...newer], NO_FILTERS, [20, 'all']);
  });
});
