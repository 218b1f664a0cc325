/**
 * Writes the CSV export of a row selection a chunk at a time, pausing between chunks, so a host can stay
 * responsive and stop early: the table worker runs it over its own copy of the rows (table-worker.ts) and
 * the page runs it for tables it holds itself (csv-export.ts). The text is what serializeEvents writes for
 * the same rows, cut at chunk boundaries. It neither encodes nor saves the text: the host's `emit` does.
 */
import type { EventRecord } from '../model/event-record';
import { serializeEventsPiece } from './events-csv-write';

/** The media type of CSV exports. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

export interface CsvExportLoop {
  /** Rows to write, in file order. */
  count: number;
  /** The record of the i-th row to write (0 <= i < count); undefined skips it (a row that is gone). */
  recordAt(i: number): EventRecord | undefined;
  /** Readies rows from..to-1 before their chunk is written (reads them from a file); optional. */
  prepare?(from: number, to: number): Promise<void>;
  /** Rows per chunk; the header goes with the first. */
  chunkRows: number;
  /** Receives each chunk of text and how many of the `count` rows are written so far. */
  emit(text: string, rowsDone: number): void;
  /** Resolves when the host may go on; called between chunks so a cancel can arrive. */
  pause(): Promise<void>;
  isCancelled(): boolean;
}

/** Runs the loop; false when it stopped because `isCancelled` said so (nothing more is emitted then). */
export async function runCsvExport(loop: CsvExportLoop): Promise<boolean> {
  const chunkRows = Math.max(1, Math.floor(loop.chunkRows));
  let at = 0;
  do {
    const end = Math.min(loop.count, at + chunkRows);
    if (loop.prepare) {
      await loop.prepare(at, end);
      if (loop.isCancelled()) return false;
    }
    const records: EventRecord[] = [];
    for (let i = at; i < end; i++) {
      const rec = loop.recordAt(i);
      if (rec) records.push(rec);
    }
    loop.emit(serializeEventsPiece(records, at === 0, { spreadsheetSafe: true }), end);
    at = end;
    if (at >= loop.count) return true;
    await loop.pause();
  } while (!loop.isCancelled());
  return false;
}
