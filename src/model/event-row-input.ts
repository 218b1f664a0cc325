/**
 * One valid event row as EventTableBuilder reads it: the values its columns and lookups need, plus the
 * stored text written field by field. Two kinds of rows implement it: an EventRecord (rows made on the
 * page, merges, tests) and a reader that leaves the row where it lies in a piece of a file
 * (io/fast-row-reader.ts), so loading a million rows makes no cell strings and no record objects for
 * them. Whatever the kind, the builder stores the same columns, text and hashes for the same event.
 */
import type { DayNumber } from './day';
import type { DateBasis, DateQualifier, EventRecord, EventType, Factuality, Precision } from './event-record';
import type { RangeFieldSink } from './record-text';
import { listText, searchTextOfFields, writeRecordText } from './record-text';
import { hashText } from './text-hash';

export interface EventRowInput {
  readonly id: string;
  /** The start and end days, start <= end. */
  readonly startDay: DayNumber;
  readonly endDay: DayNumber;
  readonly actor: string;
  readonly agent: string;
  readonly title: string;
  readonly precision: Precision;
  readonly type: EventType;
  readonly factuality: Factuality;
  readonly dateBasis: DateBasis | '';
  readonly dateQualifier: DateQualifier;
  readonly quantity: number | null;
  readonly sentenceIndex: number | null;
  readonly articleId: string;
  readonly refDate: string;
  readonly alsoReportedIn: readonly string[];
  /** hashText of `${start}|${end}|${actor}|${type}|${factuality}|${quantity}` (start, end as ISO text). */
  columnsHash(): number;
  /** hashText(sentence, hashText(article_id)): the key that tells one sentence's events apart. */
  sentenceHash(): number;
  /** searchTextOfRecord of the row. */
  searchText(): string;
  /** writeRecordText of the row. */
  writeText(sink: RangeFieldSink): void;
}

/** An EventRecord read as an EventRowInput; its days are parsed by the caller (they may be invalid). */
export class RecordRowInput implements EventRowInput {
  constructor(
    private readonly rec: EventRecord,
    readonly startDay: DayNumber,
    readonly endDay: DayNumber,
  ) {}

  get id(): string {
    return this.rec.id;
  }
  get actor(): string {
    return this.rec.actor;
  }
  get agent(): string {
    return this.rec.agent;
  }
  get title(): string {
    return this.rec.title;
  }
  get precision(): Precision {
    return this.rec.precision;
  }
  get type(): EventType {
    return this.rec.type;
  }
  get factuality(): Factuality {
    return this.rec.factuality;
  }
  get dateBasis(): DateBasis | '' {
    return this.rec.date_basis;
  }
  get dateQualifier(): DateQualifier {
    return this.rec.date_qualifier;
  }
  get quantity(): number | null {
    return this.rec.quantity;
  }
  get sentenceIndex(): number | null {
    return this.rec.sentence_index;
  }
  get articleId(): string {
    return this.rec.article_id;
  }
  get refDate(): string {
    return this.rec.ref_date;
  }
  get alsoReportedIn(): readonly string[] {
    return this.rec.also_reported_in;
  }

  columnsHash(): number {
    const r = this.rec;
    return hashText(`${r.start}|${r.end}|${r.actor}|${r.type}|${r.factuality}|${r.quantity}`);
  }

  sentenceHash(): number {
    return hashText(this.rec.sentence, hashText(this.rec.article_id));
  }

  searchText(): string {
    const r = this.rec;
    return searchTextOfFields(r.title, r.sentence, listText(r.people), r.predicate, r.agent);
  }

  writeText(sink: RangeFieldSink): void {
    writeRecordText(this.rec, sink);
  }
}
