/**
 * Messages between the page and csv-parse-worker.ts. Rows never cross as objects: the worker sends packed
 * text chunks and sorted table columns whose buffers are transferred, so a million rows cost the page a few
 * copies of pointers, not a million structured clones.
 */
import type { Actor } from '../model/actor';
import type { EventTableParts } from '../model/event-table';
import type { TextChunk } from '../model/row-text';
import type { LoadProblem } from './load-problem';

export interface WorkerRequest {
  source: Blob | string;
  name: string;
  /** For lane labels, which break ties in the lane order. */
  actors: Actor[];
}

/** How far the worker has read: rows so far, bytes (or characters, for text) done and in total. */
export interface StreamProgress {
  rows: number;
  done: number;
  total: number;
}

export type WorkerResponse =
  /** Text of the rows parsed since the last message, the problems found there and progress. */
  | { type: 'rows'; text: TextChunk; problems: LoadProblem[]; progress: StreamProgress }
  /** A sorted table of every row so far, for a picture before the end of the file. */
  | { type: 'snapshot'; parts: EventTableParts }
  | { type: 'done'; parts: EventTableParts; headerProblems: LoadProblem[]; rows: number }
  | { type: 'error'; message: string };
