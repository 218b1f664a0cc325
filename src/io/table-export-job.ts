/**
 * The table worker's side of one CSV export. The worker keeps the columns of every row it read, but each
 * row's text went to the page (row-text.ts); for an export the page sends copies of the text chunks the
 * selected rows are in, and this job holds them until the export ends, so the worker's memory grows by
 * the export's text only while it runs. Rows are named by seq (arrival number), which never changes, so an
 * export is right whichever table the worker has built since the page picked the rows.
 */
import type { EventRecord } from '../model/event-record';
import type { ColumnFields } from '../model/record-text';
import { recordFromText } from '../model/record-text';
import type { TextChunk } from '../model/row-text';
import { RowTextStore } from '../model/row-text';

export class TableExportJob {
  private readonly text = new RowTextStore();
  /** Set by a cancel; the export loop stops at its next pause. */
  cancelled = false;

  constructor(private readonly columnsOf: (seq: number) => ColumnFields) {}

  /** A copy of one of the page's text chunks, in arrival order. */
  addText(chunk: TextChunk): void {
    this.text.append(chunk);
  }

  /** The full record of row `seq`, as the page's table would rebuild it. */
  record(seq: number): EventRecord {
    return recordFromText(this.text.text(seq), this.columnsOf(seq));
  }
}
