/**
 * An event table the page can add rows to: the builder keeps the columns it split the rows into, and the
 * text store keeps their packed text, so a merge adds only the new rows (parse, split, pack) and sorts
 * columns; the loaded rows are never turned back into records. The table worker does the same for large
 * files (io/table-worker.ts); this is the page's copy for small ones.
 */
import type { Actor } from './actor';
import type { EventRecord } from './event-record';
import type { EventTable, LaneBy } from './event-table';
import { eventTableFromParts } from './event-table';
import type { KeepBothItem } from './event-table-builder';
import { EventTableBuilder } from './event-table-builder';
import type { ReplacedRow } from './merge-conflicts';
import type { ColumnFields } from './record-text';
import { recordFromText } from './record-text';
import type { Utf8 } from './row-text';
import { RowTextStore, runtimeUtf8 } from './row-text';

export class AppendableTable {
  readonly text: RowTextStore;
  private readonly builder: EventTableBuilder;

  constructor(utf8: Utf8 = runtimeUtf8()) {
    this.builder = new EventTableBuilder({ utf8, ids: true });
    this.text = new RowTextStore(utf8);
  }

  /** Rows the next build holds. */
  get size(): number {
    return this.builder.liveSize;
  }

  /**
   * Adds records; one with the id of a row already here replaces it. `lines` gives each record's line in
   * its file, for the conflict report. Returns the rows replaced, with both rows' column fields.
   */
  add(
    records: readonly EventRecord[],
    newIds: ReadonlySet<string>,
    lines?: readonly number[],
  ): ReplacedRow[] {
    records.forEach((rec, i) => this.builder.upsert(rec, newIds.has(rec.id), lines?.[i] ?? 0));
    this.text.append(this.builder.takeText(true));
    return this.builder.takeReplacements().map((r) => ({
      ...r,
      oldColumns: this.builder.columnsOf(r.oldSeq),
      newColumns: this.builder.columnsOf(r.newSeq),
    }));
  }

  /** Brings replaced rows back and keeps their replacements under new ids (see EventTableBuilder.keepBoth). */
  keepBoth(items: readonly KeepBothItem[]): KeepBothItem[] {
    const applied = this.builder.keepBoth(items);
    this.text.append(this.builder.takeText(true));
    return applied;
  }

  /** The record of row `seq` (a replaced one too), from its text and the given column fields. */
  record(seq: number, columns: ColumnFields): EventRecord {
    return recordFromText(this.text.text(seq), columns);
  }

  build(actors: readonly Actor[], laneBy: LaneBy): EventTable {
    return eventTableFromParts(this.builder.build(actors, laneBy), this.text, actors);
  }
}
