import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { eventTableFromParts } from '../model/event-table';
import { EventTableBuilder } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import type { TextChunk } from '../model/row-text';
import { RowTextStore } from '../model/row-text';
import { runCsvExport } from './csv-export-loop';
import { serializeEvents } from './events-csv-write';
import { exportTestRecords } from './export-test-rows';
import { TableExportJob } from './table-export-job';

/** The table worker's state and the page's table, built the way a streamed load builds them. */
function session(records: readonly EventRecord[]) {
  const builder = new EventTableBuilder({ session: true });
  const pageText = new RowTextStore();
  records.forEach((rec, i) => {
    builder.upsert(rec, false, i + 2);
    // The worker hands text over every few rows in a real load; small chunks test lookups across them.
    if (i % 7 === 6) pageText.append(builder.takeText());
  });
  pageText.append(builder.takeText());
  const table = (): EventTable => eventTableFromParts(builder.build([]), pageText, []);
  return { builder, pageText, table };
}

/** What the worker writes for `rows` of `table`: seqs picked on the page, text copied as postMessage does. */
async function workerExport(
  s: ReturnType<typeof session>,
  table: EventTable,
  rows: ArrayLike<number>,
  chunkRows: number,
): Promise<string> {
  const seqs = Uint32Array.from(rows, (row) => table.seq[row] ?? 0);
  const job = new TableExportJob((seq) => s.builder.columnsOf(seq));
  const copy = (c: TextChunk): TextChunk => ({ ...c, bytes: c.bytes.slice(), offsets: c.offsets.slice() });
  for (const chunk of s.pageText.chunksHolding(seqs)) job.addText(copy(chunk));
  const pieces: string[] = [];
  await runCsvExport({
    count: seqs.length,
    recordAt: (i) => job.record(seqs[i] ?? 0),
    chunkRows,
    emit: (text) => pieces.push(text),
    pause: () => Promise.resolve(),
    isCancelled: () => job.cancelled,
  });
  return pieces.join('');
}

const oneShot = (table: EventTable, rows: ArrayLike<number>) =>
  serializeEvents(
    Array.from(rows, (row) => table.record(row)).filter((r) => r !== undefined),
    { spreadsheetSafe: true },
  );

describe('TableExportJob', () => {
  const records = exportTestRecords();

  it('writes every row as the page table would export it, in chunks, from copied text', async () => {
    const s = session(records);
    const table = s.table();
    const all = Array.from({ length: table.size }, (_, row) => row);
    for (const chunkRows of [1, 10, 1000]) {
      expect(await workerExport(s, table, all, chunkRows)).toBe(oneShot(table, all));
    }
    expect(oneShot(table, all)).toBe(
      serializeEvents(records.slice().sort(byTableOrder(table)), { spreadsheetSafe: true }),
    );
  });

  it('writes a filtered selection, sending the worker only the text chunks it needs', async () => {
    const s = session(records);
    const table = s.table();
    const hidden = table.lanes.slice(1).map((l) => l.key);
    const filter = applyFilters(table, { ...NO_FILTERS, hiddenActors: hidden });
    expect(filter.index.length).toBeGreaterThan(0);
    expect(filter.index.length).toBeLessThan(table.size);
    expect(await workerExport(s, table, filter.index, 3)).toBe(oneShot(table, filter.index));
  });

  it('still writes the rows the page picked after a merge replaced one of them in the worker', async () => {
    const s = session(records);
    const before = s.table();
    const all = Array.from({ length: before.size }, (_, row) => row);
    const expected = oneShot(before, all);
    const first = records[0];
    if (!first) throw new Error('no rows');
    s.builder.upsert({ ...first, title: 'Replaced by a merge' });
    s.pageText.append(s.builder.takeText());
    s.builder.build([]);
    expect(await workerExport(s, before, all, 4)).toBe(expected);
  });
});

/** Sorts records the way the table orders its rows, by looking each id up. */
function byTableOrder(table: EventTable) {
  return (a: EventRecord, b: EventRecord) => (table.idToRow.get(a.id) ?? 0) - (table.idToRow.get(b.id) ?? 0);
}
