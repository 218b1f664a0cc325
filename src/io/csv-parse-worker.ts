/**
 * Web Worker that streams a large events CSV (File, Blob or text) in chunks, validates each row and builds
 * the columnar table as it goes. It sends the page packed text per chunk, a sorted snapshot whenever the row
 * count doubles (the progressive picture) and the final table, transferring every buffer.
 */
import { EventTableBuilder } from '../model/event-table-builder';
import { tablePartsTransferables } from '../model/event-table';
import type { WorkerRequest, WorkerResponse } from './csv-worker-protocol';
import { EventsCsvStream } from './events-csv-stream';
import type { LoadProblem } from './load-problem';

/**
 * 4 MB per read: about 9,000 rows of news text, so progress moves every ~100 ms and the page never holds
 * more than a chunk's worth of messages; large enough that per-chunk overhead is under 1%.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** The first picture waits for this many rows, then each snapshot waits for the row count to double. */
const FIRST_SNAPSHOT_ROWS = 5_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { source, name, actors } = event.data;
  const post = (message: WorkerResponse, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  try {
    const builder = new EventTableBuilder();
    let problems: LoadProblem[] = [];
    const stream = new EventsCsvStream(name, {
      record: (rec) => builder.add(rec),
      problem: (p) => problems.push(p),
    });
    let nextSnapshot = FIRST_SNAPSHOT_ROWS;
    const total = typeof source === 'string' ? source.length : source.size;
    const afterChunk = (done: number) => {
      const text = builder.takeText();
      post({ type: 'rows', text, problems, progress: { rows: stream.rows, done, total } }, [
        text.bytes.buffer as ArrayBuffer,
        text.offsets.buffer as ArrayBuffer,
      ]);
      problems = [];
      if (builder.size >= nextSnapshot && done < total) {
        const parts = builder.build(actors);
        post({ type: 'snapshot', parts }, tablePartsTransferables(parts));
        nextSnapshot = builder.size * 2;
      }
    };
    if (typeof source === 'string') {
      for (let at = 0; at < total; at += CHUNK_BYTES) {
        stream.push(source.slice(at, at + CHUNK_BYTES));
        afterChunk(Math.min(total, at + CHUNK_BYTES));
      }
    } else {
      const decoder = new TextDecoder();
      for (let at = 0; at < total; at += CHUNK_BYTES) {
        const bytes = new Uint8Array(await source.slice(at, at + CHUNK_BYTES).arrayBuffer());
        stream.push(decoder.decode(bytes, { stream: at + CHUNK_BYTES < total }));
        afterChunk(Math.min(total, at + CHUNK_BYTES));
      }
    }
    stream.end();
    afterChunk(total);
    const parts = builder.build(actors);
    post(
      { type: 'done', parts, headerProblems: stream.headerProblems, rows: stream.rows },
      tablePartsTransferables(parts),
    );
  } catch (e) {
    post({ type: 'error', message: (e as Error).message });
  }
};
