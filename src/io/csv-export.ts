/**
 * The CSV export of a selection of a table's rows, as a Blob, without blocking the page. A table the table
 * worker holds is written there (table-session.ts exportCsv), which hands back the finished Blob; a small
 * selection, or a table the page built itself (small files, tests, the benchmarks' simple loader), is
 * written on the page a few hundred rows per task. Either way the text is the one serializeEvents writes
 * for the same rows, and it goes into Blobs chunk by chunk, so no one holds the file as one string.
 * This module saves nothing and draws nothing: the caller downloads the Blob and shows the progress.
 */
import type { EventTable } from '../model/event-table';
import { CSV_TYPE, runCsvExport } from './csv-export-loop';
import type { TableSession } from './table-session';
import { yieldToEvents } from './yield-to-events';

export interface CsvExportProgress {
  /** Rows written so far, of `total`. */
  rows: number;
  total: number;
}

export interface CsvExportOptions {
  onProgress?: (progress: CsvExportProgress) => void;
  signal?: AbortSignal;
}

/**
 * Up to this many rows are written on the page even when a worker holds the table: about 50 ms of work in
 * all, spread over tasks, and less than copying the rows' text to the worker would take.
 */
const PAGE_EXPORT_MAX_ROWS = 2_000;
/** Rows per page task: 250 rows decode and quote in about 5-10 ms on a slow machine, well inside a frame. */
const PAGE_CHUNK_ROWS = 250;
/**
 * Text collected on the page before it becomes a Blob. Making a Blob copies its parts into the browser's
 * blob storage on the page's thread, about 10 ms per MB on a loaded 2-core machine, so it is done a
 * megabyte at a time; a Blob of Blobs at the end copies nothing.
 */
const FOLD_CHARS = 1024 * 1024;

/**
 * Writes header and `rows` (row numbers of `table`, in file order) as CSV. `worker`: the session holding
 * the table, if any. Rejects with an AbortError when `signal` aborts; nothing is saved or kept then.
 */
export async function exportCsvBlob(
  table: EventTable,
  worker: TableSession | null,
  rows: Uint32Array,
  options: CsvExportOptions = {},
): Promise<Blob> {
  const total = rows.length;
  options.onProgress?.({ rows: 0, total });
  if (worker && total > PAGE_EXPORT_MAX_ROWS) {
    // Rows by seq: the worker knows rows by arrival number, which stays right whatever table it builds next.
    const seqs = rows.map((row) => table.seq[row] ?? 0);
    return worker.exportCsv(seqs, {
      signal: options.signal,
      onProgress: (done) => options.onProgress?.({ rows: done, total }),
    });
  }
  const blobs: Blob[] = [];
  let text: string[] = [];
  let chars = 0;
  const finished = await runCsvExport({
    count: total,
    recordAt: (i) => table.record(rows[i] ?? -1),
    chunkRows: PAGE_CHUNK_ROWS,
    emit: (piece, done) => {
      text.push(piece);
      chars += piece.length;
      if (chars >= FOLD_CHARS) {
        blobs.push(new Blob(text));
        text = [];
        chars = 0;
      }
      options.onProgress?.({ rows: done, total });
    },
    pause: yieldToEvents,
    isCancelled: () => options.signal?.aborted ?? false,
  });
  if (!finished) throw new DOMException('Export cancelled', 'AbortError');
  return new Blob([...blobs, ...text], { type: CSV_TYPE });
}
