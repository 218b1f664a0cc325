/**
 * Reads rows again from the file they were loaded from (model/file-row-index.ts), as records: for the
 * detail panel, tooltips and table view (their full text) and for CSV exports. Rows close together in the
 * file are read with one Blob.slice, so an export of a million rows reads the file in large pieces, and a
 * few rows scattered over it cost a few small reads. Each row is parsed as the load parsed it: the file's
 * header row followed by the row, through the same streaming reader.
 */
import { parseIsoDay } from '../model/day';
import type { EventRecord } from '../model/event-record';
import type { EventRowInput } from '../model/event-row-input';
import { RecordRowInput } from '../model/event-row-input';
import type { FileRowIndex, FileRowSegment } from '../model/file-row-index';
import { EventsCsvStream } from './events-csv-stream';

/** Rows less than this far apart are read with one slice (the bytes between are read and dropped). */
const JOIN_GAP_BYTES = 64 * 1024;
/** No single read is larger than this, so an export holds a few megabytes of the file at a time. */
const MAX_READ_BYTES = 8 * 1024 * 1024;

/** The part of a file a host can read: a Blob in the browser (a Node Blob in tests). */
export interface ByteSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

interface Wanted {
  seq: number;
  start: number;
  end: number;
}

const headers = new WeakMap<object, Promise<string>>();
const decoder = new TextDecoder();

/**
 * The records of rows `seqs` that came from a file, by seq; rows from no file are left out. Rejects when
 * the file can no longer be read (moved or changed on disk since it was picked).
 */
export async function readFileRows<S extends ByteSource>(
  index: FileRowIndex<S>,
  seqs: ArrayLike<number>,
): Promise<Map<number, EventRecord>> {
  const out = new Map<number, EventRecord>();
  for (const [segment, wanted] of bySegment(index, seqs)) {
    const texts = await rowTexts(segment.source, wanted);
    const header = await headerOf(segment);
    const records = parseRows(header, texts);
    wanted.forEach((w, i) => {
      const rec = records[i];
      if (rec) out.set(w.seq, rec);
    });
  }
  return out;
}

/**
 * Reads rows `seqs` from their file as readFileRows does, but hands each to `visit` as the load read it (in
 * place where it can, fast-row-reader.ts), valid only during the call: for work over many rows that needs
 * no record, such as hashing the rows a merge replaced. Rows from no file, or that fail now, are skipped.
 */
export async function visitFileRows<S extends ByteSource>(
  index: FileRowIndex<S>,
  seqs: ArrayLike<number>,
  visit: (seq: number, row: EventRowInput) => void,
): Promise<void> {
  for (const [segment, wanted] of bySegment(index, seqs)) {
    const texts = await rowTexts(segment.source, wanted);
    const header = await headerOf(segment);
    let i = 0;
    const csv = new EventsCsvStream(
      'file',
      {
        record: (rec) => {
          const w = wanted[i++];
          const d0 = parseIsoDay(rec.start);
          const d1 = parseIsoDay(rec.end || rec.start);
          if (w && d0 !== null && d1 !== null) visit(w.seq, new RecordRowInput(rec, d0, d1));
        },
        row: (row) => {
          const w = wanted[i++];
          if (w) visit(w.seq, row);
        },
        problem: () => i++,
      },
      { has: () => false, add: () => undefined },
    );
    csv.push(header.endsWith('\n') ? header : `${header}\n`);
    for (const row of texts) csv.push(row.endsWith('\n') ? row : `${row}\n`);
    csv.end();
    if (i !== wanted.length) throw new Error('the file changed since it was loaded');
  }
}

/** The wanted rows of `seqs` that came from a file, by the file (segment) they came from. */
function bySegment<S>(index: FileRowIndex<S>, seqs: ArrayLike<number>): Map<FileRowSegment<S>, Wanted[]> {
  const bySegment = new Map<FileRowSegment<S>, Wanted[]>();
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i] ?? 0;
    const range = index.find(seq);
    if (!range) continue;
    let list = bySegment.get(range.segment);
    if (!list) bySegment.set(range.segment, (list = []));
    list.push({ seq, start: range.start, end: range.end });
  }
  return bySegment;
}

function headerOf(segment: FileRowSegment<ByteSource>): Promise<string> {
  let header = headers.get(segment);
  if (!header) {
    header = segment.source
      .slice(0, segment.headerEnd)
      .arrayBuffer()
      .then((b) => decoder.decode(b));
    headers.set(segment, header);
  }
  return header;
}

/** The text of each wanted row, in the order given, read in as few slices as the gaps allow. */
async function rowTexts(source: ByteSource, wanted: readonly Wanted[]): Promise<string[]> {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a]?.start ?? 0) - (wanted[b]?.start ?? 0));
  const texts: string[] = new Array<string>(wanted.length).fill('');
  for (let k = 0; k < order.length;) {
    const first = wanted[order[k] ?? 0];
    if (!first) break;
    let end = first.end;
    let last = k + 1;
    for (; last < order.length; last++) {
      const w = wanted[order[last] ?? 0];
      if (!w || w.start - end > JOIN_GAP_BYTES || Math.max(end, w.end) - first.start > MAX_READ_BYTES) break;
      end = Math.max(end, w.end);
    }
    const bytes = new Uint8Array(await source.slice(first.start, end).arrayBuffer());
    for (let j = k; j < last; j++) {
      const i = order[j] ?? 0;
      const w = wanted[i];
      if (w) texts[i] = decoder.decode(bytes.subarray(w.start - first.start, w.end - first.start));
    }
    k = last;
  }
  return texts;
}

/** Parses rows after their file's header, one outcome per row: a record, or null for a row that fails now. */
function parseRows(header: string, rows: readonly string[]): (EventRecord | null)[] {
  const outcomes: (EventRecord | null)[] = [];
  const csv = new EventsCsvStream(
    'file',
    { record: (rec) => outcomes.push(rec), problem: () => outcomes.push(null) },
    // Ids repeat when a row is read twice; each read stands alone.
    { has: () => false, add: () => undefined },
  );
  csv.push(header.endsWith('\n') ? header : `${header}\n`);
  for (const row of rows) csv.push(row.endsWith('\n') ? row : `${row}\n`);
  csv.end();
  if (outcomes.length !== rows.length) throw new Error('the file changed since it was loaded');
  return outcomes;
}
