import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { runCsvExport } from './csv-export-loop';
import { serializeEvents } from './events-csv-write';
import { exportTestRecords } from './export-test-rows';

const table = buildEventTable(exportTestRecords(), []);
const rows = Array.from({ length: table.size }, (_, row) => row);
const records = rows.map((row) => table.record(row)).filter((r) => r !== undefined);

/** The loop's chunks joined, with how many chunks there were. */
async function chunked(count: number, chunkRows: number, cancelAfter = Infinity) {
  const pieces: string[] = [];
  const progress: number[] = [];
  const finished = await runCsvExport({
    count,
    recordAt: (i) => records[i],
    chunkRows,
    emit: (text, done) => {
      pieces.push(text);
      progress.push(done);
    },
    pause: () => Promise.resolve(),
    isCancelled: () => pieces.length >= cancelAfter,
  });
  return { text: pieces.join(''), pieces, progress, finished };
}

describe('runCsvExport', () => {
  it('writes real rows in chunks byte for byte as the one-shot export writes them', async () => {
    expect(records.length).toBeGreaterThan(40);
    const oneShot = serializeEvents(records, { spreadsheetSafe: true });
    // The rows hold quotes, commas, line breaks and formula-like cells; the file must show all of them.
    expect(oneShot).toContain('"He said ""no"", then ""maybe"""');
    expect(oneShot).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(oneShot).toContain("'@admin;-dash");
    expect(oneShot).toContain('"First line\nsecond line\r\nthird line\rend"');
    for (const chunkRows of [1, 2, 7, 40, records.length, 10_000]) {
      const out = await chunked(records.length, chunkRows);
      expect(out.finished).toBe(true);
      expect(out.text, `chunks of ${chunkRows}`).toBe(oneShot);
      expect(out.pieces).toHaveLength(Math.ceil(records.length / chunkRows));
      expect(out.progress.at(-1)).toBe(records.length);
    }
  });

  it('writes the header alone for no rows, as the one-shot export does', async () => {
    const out = await chunked(0, 100);
    expect(out.text).toBe(serializeEvents([], { spreadsheetSafe: true }));
    expect(out.progress).toEqual([0]);
  });

  it('stops at the pause after a cancel and emits nothing more', async () => {
    const out = await chunked(records.length, 5, 2);
    expect(out.finished).toBe(false);
    expect(out.pieces).toHaveLength(2);
    expect(out.progress).toEqual([5, 10]);
  });
});
