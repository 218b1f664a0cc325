import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { exportCsvBlob } from './csv-export';
import { CSV_TYPE } from './csv-export-loop';
import { serializeEvents } from './events-csv-write';
import { exportTestRecords } from './export-test-rows';

const table = buildEventTable(exportTestRecords(), []);

describe('exportCsvBlob without a table worker', () => {
  it('writes the selected rows on the page into a Blob equal to the one-shot export', async () => {
    const rows = Uint32Array.from({ length: table.size }, (_, row) => row).filter((row) => row % 3 !== 1);
    const progress: number[] = [];
    const blob = await exportCsvBlob(table, null, rows, { onProgress: (p) => progress.push(p.rows) });
    const records = Array.from(rows, (row) => table.record(row)).filter((r) => r !== undefined);
    expect(await blob.text()).toBe(serializeEvents(records, { spreadsheetSafe: true }));
    expect(blob.type).toBe(CSV_TYPE);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(rows.length);
  });

  it('rejects with an AbortError when cancelled between chunks', async () => {
    const many = Uint32Array.from({ length: 2000 }, (_, i) => i % table.size);
    const controller = new AbortController();
    const done = exportCsvBlob(table, null, many, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows > 0) controller.abort();
      },
    });
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
  });
});
