/**
 * The table worker's side of one CSV export. The worker keeps the columns of every row it read, but each
 * row's text went to the page (row-text.ts); for an export the page sends copies of the text chunks the
 * selected rows are in, and this job holds them until the export ends, so the worker's memory grows by
 * the export's text only while it runs. Rows are named by seq (arrival number), which never changes, so an
 * export is right whichever table the worker has built since the page picked the rows. Rows loaded from a
 * file were never sent as full text: those are read from the file again, a chunk of rows at a time.
 */
import type { EventRecord } from '../model/event-record';
import type { FileRowIndex } from '../model/file-row-index';
import type { ColumnFields } from '../model/record-text';
import { recordFromText } from '../model/record-text';
import type { TextChunk } from '../model/row-text';
import { RowTextStore } from '../model/row-text';
import type { ByteSource } from './file-row-reader';
import { readFileRows } from './file-row-reader';

export class TableExportJob {
  private readonly text = new RowTextStore();
  /** Set by a cancel; the export loop stops at its next pause. */
  cancelled = false;

  /** Rows of the chunk being written that were read again from their file (see `prepare`). */
  private fromFile = new Map<number, EventRecord>();

  /** `files`: where rows read from a file lie in it; the page sends no text for those. */
  constructor(
    private readonly columnsOf: (seq: number) => ColumnFields,
    private readonly files: FileRowIndex<ByteSource> | null = null,
  ) {}

  /** Reads the rows `seqs` that lie in a file, before the chunk that writes them; drops the last chunk's. */
  async prepare(seqs: ArrayLike<number>): Promise<void> {
    this.fromFile = this.files ? await readFileRows(this.files, seqs) : new Map<number, EventRecord>();
  }

  /** A copy of one of the page's text chunks, in arrival order. */
  addText(chunk: TextChunk): void {
    this.text.append(chunk);
  }

  /** The full record of row `seq`, as the page's table would rebuild it. */
  record(seq: number): EventRecord {
    const read = this.fromFile.get(seq);
    if (read) return read;
    return recordFromText(this.text.text(seq), this.columnsOf(seq));
  }
}
