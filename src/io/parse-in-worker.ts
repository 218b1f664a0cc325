/**
 * Runs the CSV parser in a Web Worker and gathers its batches. `onFirstBatch` lets the page show a first
 * picture before the whole file is read. Resolves to the same shape as parseEventsCsv.
 */
import type { EventRecord } from '../model/event-record';
import type { ParsedEvents, ParseProgress } from './events-csv-parse';
import type { WorkerRequest, WorkerResponse } from './csv-worker-protocol';
import type { LoadProblem } from './load-problem';

export interface WorkerParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  onFirstBatch?: (records: EventRecord[]) => void;
  signal?: AbortSignal;
}

export function parseEventsInWorker(
  source: File | Blob | string,
  name: string,
  options: WorkerParseOptions = {},
): Promise<ParsedEvents> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csv-parse-worker.ts', import.meta.url), { type: 'module' });
    const records: EventRecord[] = [];
    const problems: LoadProblem[] = [];
    let first = true;
    options.signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('Loading cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === 'batch') {
        for (const r of msg.records) records.push(r);
        for (const p of msg.problems) problems.push(p);
        options.onProgress?.(msg.progress);
        if (first && records.length) {
          first = false;
          options.onFirstBatch?.(records.slice());
        }
      } else if (msg.type === 'done') {
        worker.terminate();
        resolve({ file: name, records, problems, headerProblems: msg.headerProblems, rows: msg.rows });
      } else {
        worker.terminate();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the CSV worker failed'));
    };
    worker.postMessage({ source, name } satisfies WorkerRequest);
  });
}
