/**
 * The page's side of table-worker.ts: one worker per data set, kept alive while its table is shown, so
 * filters, search and merges run where the rows are. Text chunks go into one RowTextStore shared by every
 * table the session builds (rows keep their arrival number for good), so a snapshot or a merge costs the
 * page no copy of the text. The page's work per message is appending a chunk or wrapping transferred
 * buffers: well under a millisecond.
 */
import type { PackedRankedDays } from '../model/key-day-ranking';
import type { Actor } from '../model/actor';
import type { EventRecord } from '../model/event-record';
import type { EventTableParts, LaneBy } from '../model/event-table';
import type { Filters } from '../model/filters';
import type { KeepBothItem } from '../model/event-table-builder';
import type { ReplacedRow } from '../model/merge-conflicts';
import { chunkPieces, RowTextStore } from '../model/row-text';
import type { LoadProblem } from './load-problem';
import type { FilteredView, StreamProgress, TableRequest, TableResponse } from './table-worker-protocol';
import { yieldToEvents } from './yield-to-events';

/** A table as the worker built it: columns, its version (for queries) and the view for the filters asked. */
export interface SessionTable {
  parts: EventTableParts;
  version: number;
  view: FilteredView;
  /** Rows already in the session that the operation's rows replaced (same id), oldest first. */
  replaced: ReplacedRow[];
}

export interface StreamedTable extends SessionTable {
  problems: LoadProblem[];
  headerProblems: LoadProblem[];
  rows: number;
}

export interface StreamOptions {
  /** Keep the rows already in the session (newer rows with the same id win); no snapshots. */
  merge?: boolean;
  filters: Filters;
  /** What the lanes are made of; default 'actor'. */
  laneBy?: LaneBy;
  onProgress?: (progress: StreamProgress, problems: readonly LoadProblem[]) => void;
  /** A sorted table of the rows read so far; the session's text store already holds their text. */
  onSnapshot?: (table: SessionTable) => void;
  signal?: AbortSignal;
  /**
   * How far the rows have their search text and key-day fields, which a second read of the file gives
   * once they are shown: bytes (or characters) done and in all, then null once every row has them.
   */
  onIndexing?: (progress: { done: number; total: number } | null) => void;
}

export interface CsvExportOptions {
  /** Rows written so far and in total, after each chunk. */
  onProgress?: (rows: number, total: number) => void;
  /** Rows per chunk; default WORKER_EXPORT_CHUNK_ROWS. */
  chunkRows?: number;
  signal?: AbortSignal;
}

/**
 * 5,000 rows of news text are about 2.2 MB of CSV and a quarter of a second of the worker's time on a slow
 * machine: progress moves several times a second, a cancel lands within that, and the page's copy of the
 * chunk into a Blob (about 8 ms per MB measured on a loaded 2-core machine) stays far under a frame budget
 * of long tasks. 200 messages carry a million rows.
 */
export const WORKER_EXPORT_CHUNK_ROWS = 5_000;
/**
 * Text copied to the worker per page task, and per message. With a million rows loaded, copying and
 * posting measured up to 20-40 ms per MB on a loaded 2-core machine: a task of 1 MB stays under the 50 ms
 * of a long task, where one of 4 MB took up to 158 ms.
 */
const TEXT_BYTES_PER_TASK = 1024 * 1024;
const TEXT_PIECE_BYTES = 512 * 1024;

type Handler = (msg: TableResponse) => void;

export class TableSession {
  /** Text of every row the session has read, by arrival number; shared by all its tables. */
  readonly text = new RowTextStore();
  private readonly worker: Worker;
  private readonly handlers = new Map<number, Handler>();
  private nextOp = 1;
  /** Reads of row text under way, by seq. */
  private readonly reading = new Map<number, Promise<void>>();
  private failed: Error | null = null;
  /** Per stream op, what its 'indexed' message resolves; the last op's promise. */
  private readonly indexWaits = new Map<number, () => void>();
  private lastIndexed: Promise<void> = Promise.resolve();
  private readonly indexListeners = new Map<number, NonNullable<StreamOptions['onIndexing']>>();

  constructor() {
    this.worker = new Worker(new URL('./table-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<TableResponse>) => {
      const msg = event.data;
      // Text arrives in order whichever operation it belongs to; the store needs every chunk.
      if (msg.type === 'rows') this.text.append(msg.text);
      if (msg.type === 'indexing') this.indexListeners.get(msg.op)?.(msg);
      if (msg.type === 'indexed') this.settleIndexed(msg.op);
      this.handlers.get(msg.op)?.(msg);
    };
    this.worker.onerror = (e) => {
      this.failed = new Error(e.message || 'the table worker failed');
      this.settleIndexed();
      for (const handler of [...this.handlers.values()]) {
        handler({ type: 'error', op: 0, message: this.failed.message });
      }
    };
  }

  /** Streams a CSV (File, Blob or text) into the session's table. */
  stream(
    source: Blob | string,
    name: string,
    actors: readonly Actor[],
    options: StreamOptions,
  ): Promise<StreamedTable> {
    return new Promise((resolve, reject) => {
      const abortError = () => new DOMException('Loading cancelled', 'AbortError');
      if (options.signal?.aborted) {
        reject(abortError());
        return;
      }
      const op = this.nextOp++;
      this.lastIndexed = new Promise((settle) => this.indexWaits.set(op, settle));
      if (options.onIndexing) this.indexListeners.set(op, options.onIndexing);
      const problems: LoadProblem[] = [];
      const onAbort = () => {
        this.send({ type: 'cancel', op });
        finish();
        reject(abortError());
      };
      const finish = () => {
        this.handlers.delete(op);
        options.signal?.removeEventListener('abort', onAbort);
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      this.handlers.set(op, (msg) => {
        if (msg.type === 'rows') {
          for (const p of msg.problems) problems.push(p);
          options.onProgress?.(msg.progress, problems);
        } else if (msg.type === 'snapshot') {
          options.onSnapshot?.({ parts: msg.parts, version: msg.version, view: msg.view, replaced: [] });
        } else if (msg.type === 'done') {
          finish();
          const { parts, version, view, headerProblems, rows, replaced } = msg;
          resolve({ parts, version, view, problems, headerProblems, rows, replaced });
        } else if (msg.type === 'cancelled') {
          finish();
          reject(abortError());
        } else if (msg.type === 'error') {
          finish();
          reject(new Error(msg.message));
        }
      });
      this.send({
        type: 'stream',
        op,
        source,
        name,
        actors: [...actors],
        merge: options.merge ?? false,
        filters: options.filters,
        laneBy: options.laneBy ?? 'actor',
      });
    });
  }

  /**
   * Adds records (newer rows with the same id win, and are reported); ids in `newIds` are flagged as new.
   * `lines` gives each record's line in its file, for the report.
   */
  add(
    records: readonly EventRecord[],
    newIds: Iterable<string>,
    actors: readonly Actor[],
    filters: Filters,
    laneBy: LaneBy = 'actor',
    lines: readonly number[] = [],
  ): Promise<SessionTable> {
    return this.build({
      type: 'add',
      op: this.nextOp++,
      records: [...records],
      lines: [...lines],
      newIds: [...newIds],
      actors: [...actors],
      filters,
      laneBy,
    });
  }

  /** The session's rows again with lanes made of `laneBy`: a sort in the worker, no re-read. */
  relane(laneBy: LaneBy, actors: readonly Actor[], filters: Filters): Promise<SessionTable> {
    return this.build({ type: 'relane', op: this.nextOp++, laneBy, actors: [...actors], filters });
  }

  /** Keeps both rows of merge conflicts (see EventTableBuilder.keepBoth); `applied`: ids of items done. */
  async keepBoth(
    items: readonly KeepBothItem[],
    actors: readonly Actor[],
    filters: Filters,
    laneBy: LaneBy,
  ): Promise<SessionTable & { applied: string[] }> {
    let applied: string[] = [];
    const built = await this.build(
      { type: 'keepBoth', op: this.nextOp++, items: [...items], actors: [...actors], filters, laneBy },
      (n) => (applied = n),
    );
    return { ...built, applied };
  }

  /** Sends an operation answered by one 'done' with the new table. */
  private build(
    request: Extract<TableRequest, { type: 'add' | 'relane' | 'keepBoth' }>,
    onApplied?: (applied: string[]) => void,
  ): Promise<SessionTable> {
    return new Promise((resolve, reject) => {
      const op = request.op;
      this.handlers.set(op, (msg) => {
        if (msg.type === 'done') {
          this.handlers.delete(op);
          onApplied?.(msg.applied ?? []);
          resolve({ parts: msg.parts, version: msg.version, view: msg.view, replaced: msg.replaced });
        } else if (msg.type === 'error') {
          this.handlers.delete(op);
          reject(new Error(msg.message));
        }
      });
      this.send(request);
    });
  }

  /**
   * Writes the CSV export of rows `seqs` (arrival numbers, in file order) in the worker, a chunk at a time,
   * and resolves with the file as a Blob the worker made (no copy on the page). The worker gets copies of the text chunks
   * the rows are in, a few megabytes per task so the copying never blocks the page. An abort stops the
   * worker between two chunks and rejects with an AbortError; `seqs` is transferred (the caller's is emptied).
   */
  exportCsv(seqs: Uint32Array, options: CsvExportOptions): Promise<Blob> {
    return new Promise((resolve, reject) => {
      const abortError = () => new DOMException('Export cancelled', 'AbortError');
      const { signal } = options;
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const op = this.nextOp++;
      const finish = () => {
        this.handlers.delete(op);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        this.send({ type: 'cancel', op });
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.handlers.set(op, (msg) => {
        if (msg.type === 'csvProgress') {
          options.onProgress?.(msg.rows, msg.total);
        } else if (msg.type === 'csvDone') {
          finish();
          resolve(msg.blob);
        } else if (msg.type === 'cancelled') {
          finish();
          reject(abortError());
        } else if (msg.type === 'error') {
          finish();
          reject(new Error(msg.message));
        }
      });
      void (async () => {
        let sinceYield = 0;
        for (const chunk of this.text.chunksHolding(seqs)) {
          // Copied (slice) and transferred a piece at a time, not a structured clone: the clone of a 16 MB
          // chunk measured 150-260 ms on the page, and one slice of it still 50-120 ms.
          for (const piece of chunkPieces(chunk, TEXT_PIECE_BYTES)) {
            if (!this.handlers.has(op)) return;
            // Counted before the send: a transferred buffer reads as empty afterwards.
            sinceYield += piece.bytes.byteLength;
            this.send({ type: 'exportText', op, chunk: piece }, [piece.bytes.buffer, piece.offsets.buffer]);
            if (sinceYield >= TEXT_BYTES_PER_TASK) {
              sinceYield = 0;
              await yieldToEvents();
            }
          }
        }
        if (!this.handlers.has(op)) return;
        const chunkRows = options.chunkRows ?? WORKER_EXPORT_CHUNK_ROWS;
        this.send({ type: 'exportCsv', op, seqs, chunkRows }, [seqs.buffer as ArrayBuffer]);
      })();
    });
  }

  /**
   * Reads the full text of rows `seqs` that the store holds in part (rows of a file) from their file, in
   * the worker, and keeps it in the store. Each row is asked once however many callers wait for it.
   */
  readText(seqs: readonly number[]): Promise<void> {
    const asked: number[] = [];
    const waits: Promise<void>[] = [];
    for (const seq of seqs) {
      const pending = this.reading.get(seq);
      if (pending) waits.push(pending);
      else if (!this.text.isComplete(seq)) asked.push(seq);
    }
    if (asked.length) {
      const read = this.rowTexts(asked).then(
        (texts) => {
          for (const seq of asked) this.reading.delete(seq);
          for (const [seq, text] of texts) this.text.remember(seq, text);
        },
        (e: unknown) => {
          for (const seq of asked) this.reading.delete(seq);
          throw e;
        },
      );
      for (const seq of asked) this.reading.set(seq, read);
      waits.push(read);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /**
   * The full texts of rows `seqs` as stored (record-text.ts), read from their file in the worker, without
   * keeping them: for more rows than the store keeps (a merge's replaced rows). Rows with no file are left
   * out; their text is in the store already.
   */
  rowTexts(seqs: readonly number[]): Promise<Map<number, string>> {
    return new Promise((resolve, reject) => {
      const op = this.nextOp++;
      this.handlers.set(op, (msg) => {
        this.handlers.delete(op);
        if (msg.type === 'rowText') resolve(new Map(msg.rows));
        else if (msg.type === 'error') reject(new Error(msg.message));
      });
      this.send({ type: 'rowText', op, seqs: [...seqs] });
    });
  }

  /** The filter result for table `version`; null when the worker has built a newer table since. */
  query(version: number, filters: Filters): Promise<FilteredView | null> {
    return new Promise((resolve, reject) => {
      const op = this.nextOp++;
      this.handlers.set(op, (msg) => {
        this.handlers.delete(op);
        if (msg.type === 'result') resolve(msg.view);
        else if (msg.type === 'error') reject(new Error(msg.message));
      });
      this.send({ type: 'query', op, version, filters });
    });
  }

  /**
   * The `count` key days of the rows `index` lists in table `version` (its buffer is copied, not
   * transferred: the page keeps drawing that filter result); null when the worker has built a newer table.
   */
  keyDays(version: number, index: Uint32Array, count: number | 'all'): Promise<PackedRankedDays | null> {
    return new Promise((resolve, reject) => {
      const op = this.nextOp++;
      this.handlers.set(op, (msg) => {
        this.handlers.delete(op);
        if (msg.type === 'keyDays') resolve(msg.days);
        else if (msg.type === 'error') reject(new Error(msg.message));
      });
      this.send({ type: 'keyDays', op, version, index, count });
    });
  }

  /**
   * Resolves once the rows of the last stream have their search text and key-day fields (the worker reads
   * the file a second time for them after showing its rows); searches and key days asked meanwhile wait.
   */
  whenIndexed(): Promise<void> {
    return this.lastIndexed;
  }

  /** Resolves the wait for stream `op`'s index, or every wait (the worker is gone). */
  private settleIndexed(op?: number): void {
    for (const [waiting, settle] of [...this.indexWaits]) {
      if (op !== undefined && waiting !== op) continue;
      this.indexWaits.delete(waiting);
      settle();
      this.indexListeners.get(waiting)?.(null);
      this.indexListeners.delete(waiting);
    }
  }

  terminate(): void {
    this.worker.terminate();
    this.settleIndexed();
    this.failed ??= new Error('the table session was closed');
    for (const handler of [...this.handlers.values()]) {
      handler({ type: 'error', op: 0, message: this.failed.message });
    }
  }

  private send(request: TableRequest, transfer: Transferable[] = []): void {
    if (this.failed) {
      const handler = this.handlers.get(request.op);
      handler?.({ type: 'error', op: request.op, message: this.failed.message });
      return;
    }
    this.worker.postMessage(request, transfer);
  }
}
