/**
 * Web Worker that reads and validates a large events CSV off the main thread, posting validated rows in
 * batches with progress so the page stays responsive and can draw before the whole file is in.
 */
import { parseEventsCsv } from './events-csv-parse';
import type { WorkerRequest, WorkerResponse } from './csv-worker-protocol';

/** About 20k rows per batch: big enough to keep postMessage overhead low, small enough for smooth progress. */
const BATCH_ROWS = 20_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { source, name } = event.data;
  try {
    const text = typeof source === 'string' ? source : await source.text();
    const post = (message: WorkerResponse) => scope.postMessage(message);
    const result = parseEventsCsv(text, name, {
      batchRows: BATCH_ROWS,
      onBatch: (records, problems, progress) => post({ type: 'batch', records, problems, progress }),
    });
    post({ type: 'done', headerProblems: result.headerProblems, rows: result.rows });
  } catch (e) {
    scope.postMessage({ type: 'error', message: (e as Error).message } satisfies WorkerResponse);
  }
};
