/**
 * The second read of a file the table worker has just shown: it gives each row its search text and
 * key-day fields, which the first read left out (EventTableBuilder.deferIndexing) so that every row is on
 * the chart sooner. The file is read and cut into rows exactly as the first read did, and the rows the
 * first read stored are found again in order by their ids: a row the first read left out (a fault, or an
 * id repeated within the file) has no seq, and the next row with the awaited id is that seq's row. It
 * reports no problems (the first read did) and changes no column.
 */
import { parseIsoDay } from '../model/day';
import type { EventRowInput } from '../model/event-row-input';
import { RecordRowInput } from '../model/event-row-input';
import { hashText } from '../model/text-hash';
import { EventsCsvStream } from './events-csv-stream';
import type { ByteSource } from './file-row-reader';

/** What the second read fills in: the builder's side of deferred indexing. */
export interface IndexTarget {
  /** hashText of the id of row `seq`. */
  idHashAt(seq: number): number;
  /** Gives row `seq` its search text and key-day fields; rows come in seq order. */
  indexRow(seq: number, row: EventRowInput): void;
  /** Rows below `seq` not indexed yet are left without (the file changed since the first read). */
  indexUpTo(seq: number): void;
}

/** 4 MB a read, as the first read takes: about 9,000 rows of news, a few tens of milliseconds each. */
const PIECE_BYTES = 4 * 1024 * 1024;
const LINE_FEED = 0x0a;

/**
 * Reads `source` again and indexes its rows, seqs `firstSeq` up to `endSeq` (the rows the first read
 * stored), calling `pause` between pieces (with the bytes, or characters of text, read so far and in all)
 * so queries are answered meanwhile. Rows not found again end up without search text; a read that fails
 * rejects, with the rows found so far indexed.
 */
export async function indexRowsAgain(
  source: ByteSource | string,
  firstSeq: number,
  endSeq: number,
  target: IndexTarget,
  pause: (doneBytes: number, totalBytes: number) => Promise<void>,
): Promise<void> {
  let next = firstSeq;
  const take = (row: EventRowInput): void => {
    if (next < endSeq && hashText(row.id) === target.idHashAt(next)) target.indexRow(next++, row);
  };
  const csv = new EventsCsvStream(
    'index',
    {
      record: (rec) => {
        const d0 = parseIsoDay(rec.start);
        const d1 = parseIsoDay(rec.end || rec.start);
        if (d0 !== null && d1 !== null) take(new RecordRowInput(rec, d0, d1));
      },
      row: take,
      problem: () => undefined,
    },
    // Every row the first read stored has an id of its own; a repeat is told apart by the awaited id.
    { has: () => false, add: () => undefined },
  );
  try {
    for await (const { text, end, total } of pieces(source)) {
      csv.push(text);
      if (next >= endSeq) return;
      await pause(end, total);
    }
    csv.end();
  } finally {
    target.indexUpTo(endSeq);
  }
}

/** A piece of a file's text, ending at a line feed, and where it ends (bytes, or characters of text). */
interface TextPiece {
  text: string;
  end: number;
  total: number;
}

/** The text of `source` in pieces that end at a line feed, decoded as the first read decodes them. */
async function* pieces(source: ByteSource | string): AsyncGenerator<TextPiece> {
  if (typeof source === 'string') {
    const total = source.length;
    for (let at = 0; at < total;) {
      const end = Math.min(total, source.indexOf('\n', at + PIECE_BYTES) + 1 || total);
      yield { text: source.slice(at, end), end, total };
      at = end;
    }
    return;
  }
  const total = source.size;
  // The byte-order mark stays in the text, as in the first read (the CSV reader drops it).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let ahead: Promise<ArrayBuffer> | null = null;
  for (let at = 0; at < total;) {
    const readEnd = Math.min(total, at + PIECE_BYTES);
    const bytes: Uint8Array = new Uint8Array(await (ahead ?? source.slice(at, readEnd).arrayBuffer()));
    const cut: number = readEnd < total ? bytes.lastIndexOf(LINE_FEED) + 1 : bytes.length;
    const end: number = at + (cut > 0 ? cut : bytes.length);
    // The next read is under way while this piece is parsed.
    ahead = end < total ? source.slice(end, Math.min(total, end + PIECE_BYTES)).arrayBuffer() : null;
    ahead?.catch(() => undefined);
    yield { text: decoder.decode(bytes.subarray(0, end - at), { stream: end < total }), end, total };
    at = end;
  }
}
