/**
 * Rows of a merged file whose id was already loaded with other content. Ids are stable across
 * re-extraction, so the newer row replaces the older one by default, but that is a guess about the user's
 * intent: the problems panel lists every conflict (which row replaced which, and what differs) and offers
 * to keep both instead. A row that repeats a loaded one exactly is no conflict, only counted.
 * Pure: the loader gives it the replaced and new rows as records, whichever side (page or worker) holds them.
 */
import type { EventRecord } from './event-record';
import { ALL_COLUMNS } from './event-record';
import type { ColumnFields } from './record-text';
import type { Replacement } from './event-table-builder';

/** A replacement with the column fields of both rows, as the builder that holds them reports it. */
export interface ReplacedRow extends Replacement {
  oldColumns: ColumnFields;
  newColumns: ColumnFields;
}

export interface MergeConflict {
  id: string;
  /** Text-store keys of the replaced row and of the row that replaced it. */
  oldSeq: number;
  newSeq: number;
  /** The new row's 1-based line in `MergeConflictGroup.file`, 0 when it came from no file. */
  line: number;
  loaded: EventRecord;
  incoming: EventRecord;
  /** Columns whose values differ, in file order. */
  fields: string[];
}

/** What the user chose for a group: nothing yet (the new rows are shown), or one of the two offers. */
export type ConflictChoice = 'pending' | 'keep-new' | 'keep-both';

/** The conflicts of one merged file. */
export interface MergeConflictGroup {
  file: string;
  conflicts: MergeConflict[];
  /** Rows of the file identical to a loaded row: nothing to decide. */
  repeats: number;
  choice: ConflictChoice;
  /** With 'keep-both': the id each new row is now kept under, by its old id. */
  renamed: ReadonlyMap<string, string>;
  /** Keep-both was asked for after the rows had moved on (a later large merge): the new rows stay. */
  stale?: boolean;
}

/**
 * Groups one merge's replacements: identical rows are counted, the others become conflicts. `rowOf`
 * rebuilds a row's record from its text (by seq) and its column fields.
 */
export function conflictGroup(
  file: string,
  replaced: readonly ReplacedRow[],
  rowOf: (seq: number, columns: ColumnFields) => EventRecord,
): MergeConflictGroup | null {
  if (!replaced.length) return null;
  const conflicts: MergeConflict[] = [];
  let repeats = 0;
  for (const r of replaced) {
    if (r.identical) {
      repeats++;
      continue;
    }
    const loaded = rowOf(r.oldSeq, r.oldColumns);
    const incoming = rowOf(r.newSeq, r.newColumns);
    const fields = differingFields(loaded, incoming);
    // A content hash can collide; rows that read the same are a repeat.
    if (!fields.length) {
      repeats++;
      continue;
    }
    conflicts.push({ id: r.id, oldSeq: r.oldSeq, newSeq: r.newSeq, line: r.line, loaded, incoming, fields });
  }
  return { file, conflicts, repeats, choice: 'pending', renamed: new Map() };
}

/** The columns whose values differ between two records of the same event, in file order. */
export function differingFields(a: EventRecord, b: EventRecord): string[] {
  const cell = (v: EventRecord[keyof EventRecord]): string =>
    Array.isArray(v) ? v.join('|') : v === null ? '' : String(v);
  return ALL_COLUMNS.filter((c) => cell(a[c]) !== cell(b[c]));
}

/**
 * The id a kept-both new row takes: its id with "~2" (or the first free "~n"), which the extractor never
 * writes (it numbers repeats with "-n"), so the renamed row cannot take another event's id.
 */
export function keepBothId(id: string, isTaken: (id: string) => boolean): string {
  for (let n = 2; ; n++) {
    const candidate = `${id}~${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
