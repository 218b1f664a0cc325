/**
 * Web Worker that owns the event table of one data set for as long as the page shows it. It streams large
 * events CSVs in chunks, validates each row and builds the columnar table as it goes, sending the page
 * packed text per chunk, a sorted snapshot whenever the row count doubles (the progressive picture) and the
 * final table, transferring every buffer. It keeps the few columns a filter reads plus a search index, so
 * filter and search changes, merges of a second file and added articles are O(N) work here, never on the
 * page: the page gets back a filter index, facet counts and a density pyramid ready to draw. CSV exports
 * of a selection are written here too, in chunks, into a Blob handed to the page (table-export-job.ts).
 */
import type { Actor } from '../model/actor';
import { buildDensityPyramid, pyramidTransferables } from '../model/density-pyramid';
import { EventTableBuilder } from '../model/event-table-builder';
import { tablePartsTransferables } from '../model/event-table';
import type { EventTableParts, LaneBy } from '../model/event-table';
import type { FilterColumns, Filters } from '../model/filters';
import type { ReplacedRow } from '../model/merge-conflicts';
import { filterRows, filtersKey, NO_FILTERS } from '../model/filters';
import { FileRowIndex } from '../model/file-row-index';
import { recordToText } from '../model/record-text';
import { rankedDaysTransferables } from '../model/key-day-ranking';
import { buildSpanIndex, spanIndexTransferables } from '../model/span-index';
import { isNarrowing } from '../model/search-terms';
import { searchTerms } from '../model/text-match';
import { CSV_TYPE, runCsvExport } from './csv-export-loop';
import { EventsCsvStream } from './events-csv-stream';
import { readFileRows, visitFileRows } from './file-row-reader';
import { indexRowsAgain } from './index-rows-again';
import { keyDaysOf } from './table-key-days';
import type { LoadProblem } from './load-problem';
import { TableExportJob } from './table-export-job';
import { warmUpCsv } from './warm-up-rows';
import { yieldToEvents } from './yield-to-events';
import type { FilteredView, StreamProgress, TableRequest, TableResponse } from './table-worker-protocol';

/**
 * 4 MB per read: about 9,000 rows of news text, so progress moves every ~100 ms and the page never holds
 * more than a chunk's worth of messages; large enough that per-chunk overhead is under 1%.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The first read is small, about 570 rows of news text: a fresh worker runs its code unoptimised at first
 * (1,100 rows took about 0.25 s on a loaded 2-core machine), so a large file shows its first picture after
 * a fraction of that; later reads take CHUNK_BYTES.
 */
const FIRST_READ_BYTES = 256 * 1024;
/** The first picture waits for this many rows, then each snapshot waits for the row count to double. */
const FIRST_SNAPSHOT_ROWS = 500;
/**
 * A picture before the end only while at least this much of the file is still to read, about 18,000 rows
 * or a third of a second of parsing: each picture costs the page a frame of 50-200 ms (and the worker a
 * sort), which a file read soon after would only delay. A 4 MB file (10,000 rows) thus shows once, complete.
 */
const SNAPSHOT_MIN_REST_BYTES = 8 * 1024 * 1024;
const LINE_FEED = 0x0a;
/**
 * Rows read to warm up a fresh worker: about 0.9 MB of made-up news, for about 0.2-0.3 s of the worker's
 * time while the page is idle. Measured under Node on a 2-core machine, a 10,000-row file then took about
 * 0.1 s less of the worker's time (0.28 instead of 0.39 s). A slice is about 300 rows: a request that
 * arrives meanwhile waits a few tens of milliseconds at most.
 */
const WARM_UP_ROWS = 2_000;
/**
 * Rows a merge replaced that are read again from their file at a time to hash them (lazyHashes): a few
 * megabytes of text, so a merge that replaces a million rows never holds them all at once.
 */
const HASH_BATCH_ROWS = 10_000;
const WARM_UP_SLICE_CHARS = 128 * 1024;

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The columns of the last table sent to the page, kept (as copies) to answer filter queries about it. */
interface Shown extends FilterColumns {
  version: number;
  startMs: Float64Array;
  endMs: Float64Array;
  seq: Uint32Array;
  laneStart: Uint32Array;
  laneKeys: string[];
  minMs: number;
  maxMs: number;
}

const builder = new EventTableBuilder({ session: true });
/**
 * Where each row read from a file (Blob) lies in it: the page keeps only the ids and titles of those rows,
 * and their full text is read again from the file when asked for (rowText, exports).
 */
const fileRows = new FileRowIndex<Blob>();
let shown: Shown | null = null;
let version = 0;
/** The filters the page asked about last: snapshots come with their result, ready to draw. */
let latestFilters: Filters = NO_FILTERS;
/**
 * The last search's hits by seq, valid while no row is added: asked again, it is the answer; a search for
 * more or longer words only rescans its hits (search-terms.ts, isNarrowing).
 */
let searchCache: { terms: readonly string[]; rows: number; hits: Uint8Array } | null = null;
const cancelled = new Set<number>();
/** CSV exports under way (or receiving their text), by op. */
const exports = new Map<number, TableExportJob>();
/** Stream and add operations run one after another; queries and cancels are answered between chunks. */
let queue: Promise<void> = Promise.resolve();
/**
 * The second read of the last file streamed, which gives its rows their search text and key-day fields
 * (index-rows-again.ts) after the table is shown: searches and key days wait for it, and so does any
 * operation that adds rows, since rows are indexed in seq order.
 */
let indexing: Promise<void> = Promise.resolve();

/** Requests received so far: the warm-up stops at the first. */
let requests = 0;

const post = (message: TableResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = onRequest;

function onRequest(event: MessageEvent<TableRequest>): void {
  requests++;
  const req = event.data;
  if (req.type === 'cancel') {
    const job = exports.get(req.op);
    if (job) {
      job.cancelled = true;
      exports.delete(req.op);
    } else {
      cancelled.add(req.op);
    }
  } else if (req.type === 'rowText') {
    // Not on the queue: it reads rows already in the index, which a load under way only appends to.
    readFileRows(fileRows, req.seqs)
      .then((records) => {
        const rows: [number, string][] = [];
        for (const [seq, rec] of records) rows.push([seq, recordToText(rec)]);
        post({ type: 'rowText', op: req.op, rows });
      })
      .catch((e: unknown) => post({ type: 'error', op: req.op, message: (e as Error).message }));
  } else if (req.type === 'exportText') {
    exportJob(req.op).addText(req.chunk);
  } else if (req.type === 'exportCsv') {
    // Not on the queue: an export only reads columns by seq, which no later operation changes, so a merge
    // or a filter query need not wait half a minute for it.
    exportCsv(req).catch((e: unknown) => {
      exports.delete(req.op);
      post({ type: 'error', op: req.op, message: (e as Error).message });
    });
  } else if (req.type === 'keyDays') {
    if (builder.indexedSize < builder.size) {
      // Ranking reads the key-day fields, which the second read of the file gives.
      void indexing.then(() => onRequest(event));
      return;
    }
    // Answered at once, like a query: it reads only columns of the shown table.
    const days =
      shown && shown.version === req.version ? keyDaysOf(builder, shown.seq, req.index, req.count) : null;
    post(
      { type: 'keyDays', op: req.op, version: req.version, days },
      days ? rankedDaysTransferables(days) : [],
    );
  } else if (req.type === 'query') {
    latestFilters = req.filters;
    if (!isSearchReady(req.filters)) {
      // Asked again once every row has its search text; the page shows its last picture meanwhile.
      void indexing.then(() => onRequest(event));
      return;
    }
    if (!shown || shown.version !== req.version) {
      post({ type: 'result', op: req.op, version: req.version, view: null });
      return;
    }
    const view = viewOf(shown, req.filters);
    post({ type: 'result', op: req.op, version: req.version, view }, viewTransferables(view));
  } else {
    latestFilters = req.filters;
    queue = queue
      // Rows are added only once the last file's rows are indexed: the search text is kept in seq order.
      .then(() => (req.type === 'relane' ? undefined : indexing))
      .then(() =>
        req.type === 'stream'
          ? stream(req)
          : req.type === 'add'
            ? add(req)
            : req.type === 'keepBoth'
              ? keepBoth(req)
              : relane(req),
      )
      .catch((e: unknown) => {
        post({ type: 'error', op: req.op, message: (e as Error).message });
      });
  }
}

async function stream(req: Extract<TableRequest, { type: 'stream' }>): Promise<void> {
  const { source, name, actors, op } = req;
  builder.checkpoint();
  /** Rows (by seq) in the last picture this operation sent; a cancel keeps just those. */
  let keep = builder.size;
  let problems: LoadProblem[] = [];
  // A repeated id within this file is a problem; one from an earlier file is a merge's replacement. The
  // builder keeps every id already, so the reader asks it instead of keeping a million ids again.
  const firstSeq = builder.size;
  // Rows of a file keep only their id and title here and on the page; the rest is read from the file.
  const segment = typeof source === 'string' ? null : fileRows.begin(firstSeq, source);
  let byteExact = segment !== null;
  builder.partialText = byteExact;
  // Rows of a file are hashed when a merge must compare them, read again from the file then.
  builder.lazyHashes = true;
  // Search text and key-day fields come from a second read once the rows are shown, unless a search is
  // under way: the pictures of this load must then show its hits.
  const deferIndexing = !hasSearch(latestFilters);
  builder.deferIndexing = deferIndexing;
  let indexed!: () => void;
  // Set now, so that a search or key days asked while the rows are read wait for the second read too (they
  // used to wait for the last load's, long over, and asked again at once, without end).
  indexing = new Promise<void>((resolve) => (indexed = resolve));
  const csv = new EventsCsvStream(
    name,
    {
      record: (rec, line, start, end) => {
        const seq = builder.size;
        if (builder.upsert(rec, false, line) && byteExact) fileRows.set(seq, start, end);
      },
      row: (row, line, start, end) => {
        const seq = builder.size;
        builder.upsertInput(row, false, line);
        if (byteExact) fileRows.set(seq, start, end);
      },
      problem: (p) => problems.push(p),
    },
    { has: (id) => builder.seqOf(id) >= firstSeq, add: () => undefined },
    byteExact,
  );
  try {
    await streamPieces();
  } finally {
    // Text of rows read before a failure goes to the page too, so its store keeps every seq in order.
    if (builder.pendingRows > 0) sendRows(op, [], { rows: csv.rows, done: 0, total: 0 });
    builder.partialText = false;
    builder.deferIndexing = false;
    const endSeq = builder.size;
    const pause = (done: number, total: number): Promise<void> => {
      post({ type: 'indexing', op, done, total });
      return yieldToEvents();
    };
    if (deferIndexing) post({ type: 'indexing', op, done: 0, total: 1 });
    const work = deferIndexing
      ? indexRowsAgain(source, firstSeq, endSeq, builder, pause).catch(() => {
          // The file can no longer be read: its rows stay unfound by search.
          builder.indexUpTo(endSeq);
        })
      : Promise.resolve();
    void work.then(() => {
      indexed();
      post({ type: 'indexed', op });
    });
  }

  async function streamPieces(): Promise<void> {
    let nextSnapshot = FIRST_SNAPSHOT_ROWS;
    const total = typeof source === 'string' ? source.length : source.size;
    // The byte-order mark stays in the text (the CSV reader drops it), so row offsets count its bytes.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    // The small first read only serves a first picture, which a short file, or a merge, never gets. A file
    // of up to one and a half chunks is read at once rather than leave a small last piece with its own message.
    const firstRead =
      !req.merge && total - FIRST_READ_BYTES >= SNAPSHOT_MIN_REST_BYTES
        ? FIRST_READ_BYTES
        : total <= CHUNK_BYTES * 1.5
          ? total
          : CHUNK_BYTES;
    /** The read of the next piece, already under way (Blob sources). */
    let ahead: Promise<ArrayBuffer> | null = null;
    for (let at = 0; at < total || at === 0;) {
      let end: number;
      const readEnd = Math.min(total, at + (at === 0 ? firstRead : CHUNK_BYTES));
      // Each piece ends at its last line feed and the next read starts there, so the stream rarely holds a
      // row's start to join with the next piece: joining the two made one 4 MB string of both, which copied
      // it at 4-8 ns a byte (V8 flattens the joined string) before any row was read.
      if (typeof source === 'string') {
        end = readEnd < total ? Math.max(at, source.lastIndexOf('\n', readEnd - 1) + 1) : total;
        if (end === at) end = readEnd;
        csv.push(source.slice(at, end));
      } else {
        const bytes = new Uint8Array(await (ahead ?? source.slice(at, readEnd).arrayBuffer()));
        const cut = readEnd < total ? bytes.lastIndexOf(LINE_FEED) + 1 : bytes.length;
        end = at + (cut > 0 ? cut : bytes.length);
        // The next read starts now, so the browser reads the file while this piece is parsed, instead of
        // the worker waiting for each read in turn.
        ahead = end < total ? source.slice(end, Math.min(total, end + CHUNK_BYTES)).arrayBuffer() : null;
        // A cancel leaves that read unawaited; its failure (the file gone meanwhile) then concerns no one.
        ahead?.catch(() => undefined);
        const text = decoder.decode(bytes.subarray(0, end - at), { stream: end < total });
        // Bytes that are not UTF-8 decode to U+FFFD, whose offsets are not the file's: the rows from here
        // on keep their full text (the text written so far was taken by the last sendRows).
        if (byteExact && text.includes('\uFFFD')) {
          byteExact = false;
          builder.partialText = false;
        }
        csv.push(text);
      }
      if (end >= total) csv.end();
      if (segment && segment.headerEnd < 0 && csv.headerEnd >= 0) segment.headerEnd = csv.headerEnd;
      sendRows(op, problems, { rows: csv.rows, done: end, total });
      problems = [];
      if (!req.merge && builder.liveSize >= nextSnapshot && total - end >= SNAPSHOT_MIN_REST_BYTES) {
        const parts = buildShown(actors, req.laneBy);
        keep = builder.size;
        const view = viewOf(shownOrThrow(), latestFilters);
        post({ type: 'snapshot', op, version, parts, view }, [
          ...tablePartsTransferables(parts),
          ...viewTransferables(view),
        ]);
        nextSnapshot = builder.liveSize * 2;
      }
      // Let cancels and queries in between chunks (a Blob read already yields; a string source would not).
      await yieldToEvents();
      if (cancelled.delete(op)) {
        if (req.merge) builder.rollback();
        else builder.keepFirst(keep);
        searchCache = null;
        post({ type: 'cancelled', op });
        return;
      }
      if (end >= total) break;
      at = end;
    }
    const replaced = await takeReplaced();
    const parts = buildShown(actors, req.laneBy);
    const view = viewOf(shownOrThrow(), latestFilters);
    const done: TableResponse = {
      type: 'done',
      op,
      version,
      parts,
      view,
      headerProblems: csv.headerProblems,
      rows: csv.rows,
      replaced,
    };
    post(done, [...tablePartsTransferables(parts), ...viewTransferables(view)]);
  }
}

function exportJob(op: number): TableExportJob {
  let job = exports.get(op);
  if (!job) {
    job = new TableExportJob((seq) => builder.columnsOf(seq), fileRows);
    exports.set(op, job);
  }
  return job;
}

async function exportCsv(req: Extract<TableRequest, { type: 'exportCsv' }>): Promise<void> {
  const { op, seqs } = req;
  if (cancelled.delete(op)) {
    // Cancelled before it started (its text, if any, is already dropped).
    post({ type: 'cancelled', op });
    return;
  }
  const job = exportJob(op);
  // A Blob per chunk (the Blob stores the text as UTF-8; the string can go at once), so the worker holds
  // no more than a chunk of the file outside the browser's blob storage.
  const pieces: Blob[] = [];
  const finished = await runCsvExport({
    count: seqs.length,
    prepare: (from, to) => job.prepare(seqs.subarray(from, to)),
    recordAt: (i) => job.record(seqs[i] ?? 0),
    chunkRows: req.chunkRows,
    emit: (text, rows) => {
      pieces.push(new Blob([text]));
      post({ type: 'csvProgress', op, rows, total: seqs.length });
    },
    // A message-channel round trip lets the page's cancel in between two chunks.
    pause: yieldToEvents,
    isCancelled: () => job.cancelled,
  });
  exports.delete(op);
  post(
    finished
      ? { type: 'csvDone', op, blob: new Blob(pieces, { type: CSV_TYPE }) }
      : { type: 'cancelled', op },
  );
}

/**
 * The rows the current operation replaced, with the column fields the page needs to show both. Rows of a
 * file that were never hashed (lazyHashes) are read again and hashed first; a row whose file can no longer
 * be read counts as changed.
 */
async function takeReplaced(): Promise<ReplacedRow[]> {
  const unhashed = builder.unhashedSeqs();
  for (let i = 0; i < unhashed.length; i += HASH_BATCH_ROWS) {
    const batch = unhashed.slice(i, i + HASH_BATCH_ROWS);
    await visitFileRows(fileRows, batch, (seq, row) => builder.hashRow(seq, row)).catch(() => undefined);
  }
  return builder.takeReplacements().map((r) => ({
    ...r,
    oldColumns: builder.columnsOf(r.oldSeq),
    newColumns: builder.columnsOf(r.newSeq),
  }));
}

async function add(req: Extract<TableRequest, { type: 'add' }>): Promise<void> {
  builder.checkpoint();
  const fresh = new Set(req.newIds);
  req.records.forEach((rec, i) => builder.upsert(rec, fresh.has(rec.id), req.lines[i] ?? 0));
  postRebuilt(req, req.records.length, { replaced: await takeReplaced() });
}

/** After rows changed in place: the rebuilt shown table and view, as the op's 'done'. */
function postRebuilt(
  req: { op: number; actors: Parameters<typeof buildShown>[0]; laneBy: Parameters<typeof buildShown>[1] },
  rows: number,
  extra: Pick<Extract<TableResponse, { type: 'done' }>, 'replaced' | 'applied'>,
): void {
  sendRows(req.op, [], { rows, done: 1, total: 1 });
  const parts = buildShown(req.actors, req.laneBy);
  const view = viewOf(shownOrThrow(), latestFilters);
  const done: TableResponse = {
    type: 'done',
    op: req.op,
    version,
    parts,
    view,
    headerProblems: [],
    rows,
    ...extra,
  };
  post(done, [...tablePartsTransferables(parts), ...viewTransferables(view)]);
}

function keepBoth(req: Extract<TableRequest, { type: 'keepBoth' }>): Promise<void> {
  const applied = builder.keepBoth(req.items).map((item) => item.id);
  postRebuilt(req, applied.length, { replaced: [], applied });
  return Promise.resolve();
}

function relane(req: Extract<TableRequest, { type: 'relane' }>): Promise<void> {
  const parts = buildShown(req.actors, req.laneBy);
  const view = viewOf(shownOrThrow(), latestFilters);
  post({ type: 'done', op: req.op, version, parts, view, headerProblems: [], rows: 0, replaced: [] }, [
    ...tablePartsTransferables(parts),
    ...viewTransferables(view),
  ]);
  return Promise.resolve();
}

function sendRows(op: number, problems: LoadProblem[], progress: StreamProgress): void {
  const text = builder.takeText();
  post({ type: 'rows', op, text, problems, progress }, [
    text.bytes.buffer as ArrayBuffer,
    text.offsets.buffer as ArrayBuffer,
  ]);
}

/** Builds the table for the page and keeps copies of what filters read (the originals are transferred). */
function buildShown(actors: readonly Actor[], laneBy: LaneBy): EventTableParts {
  const parts = builder.build(actors, laneBy);
  version++;
  searchCache = null;
  shown = shownOf(parts, version);
  return parts;
}

/** What filters read of a table, as copies (the parts' buffers are transferred to the page). */
function shownOf(parts: EventTableParts, version: number): Shown {
  return {
    version,
    size: parts.size,
    lane: parts.lane.slice(),
    type: parts.type.slice(),
    factuality: parts.factuality.slice(),
    startMs: parts.startMs.slice(),
    endMs: parts.endMs.slice(),
    seq: parts.seq.slice(),
    laneStart: parts.laneStart.slice(),
    laneKeys: parts.laneKeys,
    minMs: parts.minMs,
    maxMs: parts.maxMs,
  };
}

/**
 * Reads made-up rows (warm-up-rows.ts) the way a file is read, into a builder of its own, then builds and
 * filters them once, so the engine has optimised that code before the first real file: a fresh worker ran
 * its first few thousand rows several times slower than later ones. Runs in slices and stops at the first
 * request, which thus waits one slice at most. Only this worker's own state is touched, none of the table's.
 */
async function warmUp(): Promise<void> {
  const text = warmUpCsv(WARM_UP_ROWS);
  const rows = new EventTableBuilder({ session: true });
  const csv = new EventsCsvStream(
    'warm-up.csv',
    {
      record: (rec, line) => rows.upsert(rec, false, line),
      row: (row, line) => rows.upsertInput(row, false, line),
      problem: () => undefined,
    },
    { has: (id) => rows.seqOf(id) >= 0, add: () => undefined },
  );
  for (let at = 0; at < text.length;) {
    await yieldToEvents();
    if (requests > 0) return;
    const end = Math.min(text.length, text.indexOf('\n', at + WARM_UP_SLICE_CHARS) + 1 || text.length);
    csv.push(text.slice(at, end));
    rows.takeText();
    at = end;
  }
  csv.end();
  await yieldToEvents();
  if (requests > 0) return;
  viewOf(shownOf(rows.build([]), 0), NO_FILTERS);
}

function shownOrThrow(): Shown {
  if (!shown) throw new Error('no table built yet');
  return shown;
}

/** True when the filters' search can be answered: it has no words, or every row has its search text. */
function isSearchReady(filters: Filters): boolean {
  return !hasSearch(filters) || builder.indexedSize >= builder.size;
}

function hasSearch(filters: Filters): boolean {
  return searchTerms(filters.search).length > 0;
}

/**
 * The view of `table` under `asked`, or under the same filters without the search while rows still wait
 * for their search text: its key then says so, and the page asks again (a query waits for the index).
 */
function viewOf(table: Shown, asked: Filters): FilteredView {
  const filters = isSearchReady(asked) ? asked : { ...asked, search: '' };
  const hits = searchHits(filters);
  const result = filterRows(table, table.laneKeys, filters, hits ? { hits, rowKey: table.seq } : null);
  const pyramid = buildDensityPyramid(
    table.startMs,
    result.index,
    result.laneStart,
    table.minMs,
    table.maxMs,
  );
  const spans = buildSpanIndex(table.endMs, result.index, result.laneStart);
  return { key: filtersKey(filters), result, pyramid, spans };
}

/** Hits by seq of the filters' search in the session's table; null when the search has no words. */
function searchHits(filters: Filters): Uint8Array | null {
  const terms = searchTerms(filters.search);
  if (terms.length === 0) return null;
  const last = searchCache;
  const valid = last !== null && last.rows === builder.size;
  if (valid && sameTerms(last.terms, terms)) return last.hits;
  const within = valid && isNarrowing(last.terms, terms) ? last.hits : undefined;
  const hits = builder.searchBySeq(terms, within);
  searchCache = { terms, rows: builder.size, hits };
  return hits;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function viewTransferables(view: FilteredView): ArrayBuffer[] {
  const r = view.result;
  return [
    ...[r.index, r.laneStart, r.laneCounts, r.typeCounts, r.factualityCounts].map(
      (a) => a.buffer as ArrayBuffer,
    ),
    ...pyramidTransferables(view.pyramid),
    ...spanIndexTransferables(view.spans),
  ];
}

void warmUp();
