/**
 * Messages between the page and table-worker.ts. Rows never cross as objects: the worker sends packed text
 * chunks and sorted table columns whose buffers are transferred, so a million rows cost the page a few
 * copies of pointers, not a million structured clones. Filter results and density pyramids come back the
 * same way, so the page never runs an O(N) pass over the rows.
 */
import type { Actor } from '../model/actor';
import type { DensityPyramid } from '../model/density-pyramid';
import type { EventRecord } from '../model/event-record';
import type { EventTableParts, LaneBy } from '../model/event-table';
import type { FilterResult, Filters } from '../model/filters';
import type { KeepBothItem } from '../model/event-table-builder';
import type { PackedRankedDays } from '../model/key-day-ranking';
import type { ReplacedRow } from '../model/merge-conflicts';
import type { TextChunk } from '../model/row-text';
import type { SpanIndex } from '../model/span-index';
import type { LoadProblem } from './load-problem';

/** How far the worker has read: rows so far, bytes (or characters, for text) done and in total. */
export interface StreamProgress {
  rows: number;
  done: number;
  total: number;
}

/** A filter result with its density pyramid and span index, for the filters whose `filtersKey` is `key`. */
export interface FilteredView {
  key: string;
  result: FilterResult;
  pyramid: DensityPyramid;
  spans: SpanIndex;
}

/** Each operation carries a number, echoed by every message about it. */
export type TableRequest =
  /**
   * Reads a CSV into the worker's table. `merge` keeps the rows already there (a newer row with the same id
   * replaces the older) and sends no snapshots; otherwise snapshots give a progressive picture.
   */
  | {
      type: 'stream';
      op: number;
      source: Blob | string;
      name: string;
      /** For lane labels, which break ties in the lane order, and agent names that are actors. */
      actors: Actor[];
      merge: boolean;
      filters: Filters;
      laneBy: LaneBy;
    }
  /** Adds records (newer rows with the same id win); ids in `newIds` get the "new" flag. */
  | {
      type: 'add';
      op: number;
      records: EventRecord[];
      /** Each record's 1-based line in its file (0 when not from a file), for the conflict report. */
      lines: number[];
      newIds: string[];
      actors: Actor[];
      filters: Filters;
      laneBy: LaneBy;
    }
  /**
   * Undoes merge replacements the user wants both sides of: each replaced row comes back and its
   * replacement is added again under the item's new id; answered by 'done'.
   */
  | {
      type: 'keepBoth';
      op: number;
      items: KeepBothItem[];
      actors: Actor[];
      filters: Filters;
      laneBy: LaneBy;
    }
  /** Builds the same rows again with lanes made another way (a sort, no re-read); answered by 'done'. */
  | { type: 'relane'; op: number; laneBy: LaneBy; actors: Actor[]; filters: Filters }
  /** The filter result for the table built as `version`. */
  | { type: 'query'; op: number; version: number; filters: Filters }
  /**
   * The `count` key days (model/key-day-ranking.ts) of the rows `index` lists in the table built as
   * `version`: ranked here from columns, so the page reads text only for the chosen days' lines.
   */
  | { type: 'keyDays'; op: number; version: number; index: Uint32Array; count: number | 'all' }
  /**
   * A copy of one of the page's text chunks for CSV export `op` (its buffers transferred): the worker
   * handed its row text to the page, so an export gets back copies of the chunks its rows are in, one
   * message each so no single copy blocks the page. Sent before the 'exportCsv' that starts the export.
   */
  | { type: 'exportText'; op: number; chunk: TextChunk }
  /**
   * Writes the CSV export (header and the rows `seqs`, in that order, as serializeEvents would) in chunks of
   * `chunkRows` rows, answered by 'csvProgress' messages and then 'csvDone', or 'cancelled' after a cancel.
   */
  | { type: 'exportCsv'; op: number; seqs: Uint32Array; chunkRows: number }
  /**
   * The full texts (record-text.ts) of rows `seqs` whose text the page holds in part (TextChunk.partial),
   * read again from their file; answered by 'rowText'.
   */
  | { type: 'rowText'; op: number; seqs: number[] }
  /**
   * Stops a stream operation and undoes what it added since its last picture, or stops a CSV export
   * between two chunks and drops its text.
   */
  | { type: 'cancel'; op: number };

export type TableResponse =
  /** Text of the rows parsed since the last message, the problems found there and progress. */
  | { type: 'rows'; op: number; text: TextChunk; problems: LoadProblem[]; progress: StreamProgress }
  /** A sorted table of every row so far, for a picture before the end of the file. */
  | { type: 'snapshot'; op: number; version: number; parts: EventTableParts; view: FilteredView }
  | {
      type: 'done';
      op: number;
      version: number;
      parts: EventTableParts;
      view: FilteredView;
      headerProblems: LoadProblem[];
      rows: number;
      /** Loaded rows the operation's rows replaced (same id), with both rows' column fields. */
      replaced: ReplacedRow[];
      /** keepBoth: the ids of the items applied (the others' rows had changed since). */
      applied?: string[];
    }
  /** Null when the worker has built a newer table since: the page is about to receive it. */
  | { type: 'result'; op: number; version: number; view: FilteredView | null }
  /** The answer to 'keyDays'; null when the worker has built a newer table since. */
  | { type: 'keyDays'; op: number; version: number; days: PackedRankedDays | null }
  /** Rows of a CSV export written so far, of `total`: one message per chunk. */
  | { type: 'csvProgress'; op: number; rows: number; total: number }
  /**
   * The whole export. The worker makes a Blob of each chunk as it goes and one Blob of those at the end:
   * a Blob crosses postMessage as a handle, so the page never copies the file (making Blobs there took
   * about 10 ms per MB of the page's time, with pauses of 100-200 ms, on a loaded 2-core machine).
   */
  | { type: 'csvDone'; op: number; blob: Blob }
  /** Each asked row's seq and full text; rows with no file to read from are left out. */
  | { type: 'rowText'; op: number; rows: [number, string][] }
  | { type: 'cancelled'; op: number }
  /**
   * Every row of stream `op` has its search text and key-day fields: sent after its 'done' (or its
   * 'cancelled' or 'error'), once the second read of the file that gives them is over.
   */
  | { type: 'indexed'; op: number }
  /** How far the rows of stream `op` have their search text: bytes (or characters) of its source. */
  | { type: 'indexing'; op: number; done: number; total: number }
  | { type: 'error'; op: number; message: string };
