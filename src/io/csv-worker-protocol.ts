/** Messages between the page and csv-parse-worker.ts. */
import type { EventRecord } from '../model/event-record';
import type { ParseProgress } from './events-csv-parse';
import type { LoadProblem } from './load-problem';

export interface WorkerRequest {
  source: File | Blob | string;
  name: string;
}

export type WorkerResponse =
  | { type: 'batch'; records: EventRecord[]; problems: LoadProblem[]; progress: ParseProgress }
  | { type: 'done'; headerProblems: LoadProblem[]; rows: number }
  | { type: 'error'; message: string };
