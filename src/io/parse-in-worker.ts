/**
 * Runs csv-parse-worker.ts and turns its messages into tables: text chunks go into one RowTextStore shared
 * by every snapshot, so a progressive picture costs the page no copy of the text. The page's work per
 * message is appending a chunk or wrapping transferred columns: well under a millisecond.
 */
import type { Actor } from '../model/actor';
import type { EventTableParts } from '../model/event-table';
import { RowTextStore } from '../model/row-text';
import type { StreamProgress, WorkerRequest, WorkerResponse } from './csv-worker-protocol';
import type { LoadProblem } from './load-problem';

export interface StreamedEvents {
  file: string;
  parts: EventTableParts;
  text: RowTextStore;
  problems: LoadProblem[];
  headerProblems: LoadProblem[];
  rows: number;
}

export interface WorkerParseOptions {
  onProgress?: (progress: StreamProgress, problems: readonly LoadProblem[]) => void;
  /** A sorted table of the rows read so far; `text` already holds their text. */
  onSnapshot?: (parts: EventTableParts, text: RowTextStore) => void;
  signal?: AbortSignal;
}

export function parseEventsInWorker(
  source: Blob | string,
  name: string,
  actors: readonly Actor[],
  options: WorkerParseOptions = {},
): Promise<StreamedEvents> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('Loading cancelled', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./csv-parse-worker.ts', import.meta.url), { type: 'module' });
    const text = new RowTextStore();
    const problems: LoadProblem[] = [];
    const onAbort = () => {
      worker.terminate();
      reject(new DOMException('Loading cancelled', 'AbortError'));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === 'rows') {
        text.append(msg.text);
        for (const p of msg.problems) problems.push(p);
        options.onProgress?.(msg.progress, problems);
      } else if (msg.type === 'snapshot') {
        options.onSnapshot?.(msg.parts, text);
      } else if (msg.type === 'done') {
        finish();
        resolve({
          file: name,
          parts: msg.parts,
          text,
          problems,
          headerProblems: msg.headerProblems,
          rows: msg.rows,
        });
      } else {
        finish();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'the CSV worker failed'));
    };
    worker.postMessage({ source, name, actors: [...actors] } satisfies WorkerRequest);
  });
}
