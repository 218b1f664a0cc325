/**
 * Reads the common events row in one pass without making a string per cell or an EventRecord: it finds
 * where each cell lies in the piece of text being parsed, checks the cells there (dates, enumerations and
 * numbers read in place) and hands the row to the table builder as an EventRowInput, which writes and
 * hashes the text cells from where they lie. A row it is not sure of, for any reason (a fault of any kind,
 * a cell that needs trimming, a list that needs tidying, a quote inside an unquoted cell, a number with a
 * thousands comma, a repeated id), it leaves to the general path (csv-row-cutter.ts and
 * event-row-validator.ts), which reads it and reports its first fault exactly as before: this reader only
 * ever accepts rows that the general path accepts, with the same values.
 *
 * Why: loading a million rows spent most of its time making ~32 cell strings, a record of 32 fields and
 * three lists per row, and reading each of them again to store, hash and index it (about 15 µs a row).
 */
import type { DayNumber } from '../model/day';
import { isoDayAt } from '../model/day';
import type {
  Column,
  DateBasis,
  DateQualifier,
  EventType,
  Factuality,
  Precision,
} from '../model/event-record';
import {
  ALL_COLUMNS,
  DATE_BASES,
  DATE_QUALIFIERS,
  EVENT_TYPES,
  FACTUALITIES,
  PRECISIONS,
} from '../model/event-record';
import type { EventRowInput } from '../model/event-row-input';
import type { RangeFieldSink } from '../model/record-text';
import { numberText, searchTextOfFields } from '../model/record-text';
import { HASH_SEED, hashRange, hashText } from '../model/text-hash';
import type { EventRowValidator } from './event-row-validator';
import { MAX_AGENT_CHARS, MAX_CELL_CHARS } from './event-row-validator';

/** What `read` returns for a row it leaves to the general path. */
export const SLOW_ROW = -1;

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const SEMICOLON = 0x3b;
const NO_LIST: readonly string[] = Object.freeze([]);
/** Whole numbers of up to 15 digits are read digit by digit; they are exact as doubles. */
const MAX_DIGITS = 15;

/**
 * Characters String.prototype.trim removes, and then some (every control character and anything past
 * ASCII that might be a space): a cell that starts or ends with one goes the general way, which trims it.
 */
function mayBeSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The entry of `values` spelled by text[from, to), or undefined. */
function oneOf<T extends string>(
  values: readonly T[],
  text: string,
  from: number,
  to: number,
): T | undefined {
  const length = to - from;
  for (const v of values) {
    if (v.length !== length) continue;
    let i = 0;
    while (i < length && v.charCodeAt(i) === text.charCodeAt(from + i)) i++;
    if (i === length) return v;
  }
  return undefined;
}

export class FastRowReader implements EventRowInput {
  /** Line feeds inside quoted cells of the row read last. */
  innerLineFeeds = 0;

  id = '';
  startDay = 0 as DayNumber;
  endDay = 0 as DayNumber;
  actor = '';
  agent = '';
  title = '';
  precision: Precision = 'day';
  type: EventType = 'other';
  factuality: Factuality = 'asserted';
  dateBasis: DateBasis | '' = '';
  dateQualifier: DateQualifier = '';
  quantity: number | null = null;
  sentenceIndex: number | null = null;
  articleId = '';
  refDate = '';
  alsoReportedIn: readonly string[] = NO_LIST;
  private predicate = '';
  private confidence = 1;
  private charStart: number | null = null;
  private charEnd: number | null = null;

  private text = '';
  /** Cell k of the row read last is text[from[k], to[k]); one more cell, always empty, for absent columns. */
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** The value of a quoted cell with doubled quotes in it (they stand for one quote); null for others. */
  private readonly unescaped: (string | null)[];
  private readonly cellCount: number;
  private readonly delimiter: number;
  /** Per column, its cell (cellCount for a column the header lacks). */
  private readonly c: Record<Column, number>;
  /** The cells of known columns, each checked for length and for space at its ends. */
  private readonly known: Int32Array;

  /** Null when the header lacks a required column: every row then has a fault, for the general path. */
  static forHeader(validator: EventRowValidator, delimiter: string): FastRowReader | null {
    if (validator.missingRequired.length > 0 || delimiter.length !== 1) return null;
    return new FastRowReader(validator, delimiter);
  }

  private constructor(
    private readonly validator: EventRowValidator,
    delimiter: string,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.cellCount = validator.headerFields;
    this.from = new Int32Array(this.cellCount + 1);
    this.to = new Int32Array(this.cellCount + 1);
    this.unescaped = new Array<string | null>(this.cellCount + 1).fill(null);
    const at = validator.at;
    this.c = Object.fromEntries(
      ALL_COLUMNS.map((name) => [name, at[name] < 0 ? this.cellCount : at[name]]),
    ) as Record<Column, number>;
    this.known = Int32Array.from(new Set(ALL_COLUMNS.map((name) => at[name]).filter((i) => i >= 0)));
  }

  /**
   * Reads the row at `from` (< text.length, which holds no carriage return). Returns where the next row
   * starts, or SLOW_ROW for a row to read the general way; the fields then hold nothing meaningful.
   */
  read(text: string, from: number): number {
    this.text = text;
    const next = this.cut(text, from);
    if (next === SLOW_ROW || !this.check(text)) return SLOW_ROW;
    this.validator.markSeen(this.id);
    return next;
  }

  /** Finds the row's cells, as CsvRowCutter would cut them; SLOW_ROW for a row it would not, or of the wrong size. */
  private cut(text: string, at: number): number {
    const { from, to, unescaped, delimiter } = this;
    const length = text.length;
    const cells = this.cellCount;
    let k = 0;
    let start = at;
    this.innerLineFeeds = 0;
    for (;;) {
      if (k === cells) return SLOW_ROW;
      if (text.charCodeAt(start) === QUOTE) {
        let search = start + 1;
        let escaped = false;
        let close: number;
        let after: number;
        for (;;) {
          close = text.indexOf('"', search);
          if (close < 0) return SLOW_ROW;
          after = close + 1 < length ? text.charCodeAt(close + 1) : -1;
          if (after !== QUOTE) break;
          escaped = true;
          search = close + 2;
        }
        if (after !== -1 && after !== delimiter && after !== LINE_FEED) return SLOW_ROW;
        from[k] = start + 1;
        to[k] = close;
        unescaped[k] = escaped ? text.slice(start + 1, close).replaceAll('""', '"') : null;
        for (let i = text.indexOf('\n', start + 1); i >= 0 && i < close; i = text.indexOf('\n', i + 1)) {
          this.innerLineFeeds++;
        }
        k++;
        if (after === -1) return k === cells ? length : SLOW_ROW;
        if (after === LINE_FEED) return k === cells ? close + 2 : SLOW_ROW;
        start = close + 2;
        continue;
      }
      let i = start;
      let c = -1;
      for (; i < length; i++) {
        c = text.charCodeAt(i);
        if (c === delimiter || c === LINE_FEED) break;
        if (c === QUOTE) return SLOW_ROW;
      }
      from[k] = start;
      to[k] = i;
      unescaped[k] = null;
      k++;
      if (i >= length) return k === cells ? length : SLOW_ROW;
      if (c === LINE_FEED) return k === cells ? i + 1 : SLOW_ROW;
      start = i + 1;
    }
  }

  /** Reads and checks the fields of the row just cut; false when the general path should read it. */
  private check(text: string): boolean {
    const { from, to, c } = this;
    from[this.cellCount] = 0;
    to[this.cellCount] = 0;
    for (let i = 0; i < this.known.length; i++) {
      const k = this.known[i] ?? 0;
      const a = from[k] ?? 0;
      const b = to[k] ?? 0;
      if (b - a > MAX_CELL_CHARS) return false;
      if (b > a && (mayBeSpace(text.charCodeAt(a)) || mayBeSpace(text.charCodeAt(b - 1)))) return false;
    }
    const id = this.string(c.id);
    if (!id || this.validator.isSeen(id)) return false;
    this.id = id;
    const title = this.string(c.title);
    if (!title) return false;
    this.title = title;

    const s0 = from[c.start] ?? 0;
    if ((to[c.start] ?? 0) - s0 !== 10) return false;
    const startDay = isoDayAt(text, s0);
    if (startDay === null) return false;
    const e0 = from[c.end] ?? 0;
    const endLength = (to[c.end] ?? 0) - e0;
    const endDay = endLength === 0 ? startDay : endLength === 10 ? isoDayAt(text, e0) : null;
    if (endDay === null || endDay < startDay) return false;
    this.startDay = startDay;
    this.endDay = endDay;

    const precision = this.enumCell(c.precision, PRECISIONS, 'day');
    const type = this.enumCell(c.type, EVENT_TYPES, 'other');
    const factuality = this.enumCell(c.factuality, FACTUALITIES, 'asserted');
    const basis = this.enumCell<DateBasis | ''>(c.date_basis, DATE_BASES, '');
    const qualifier = oneOf(DATE_QUALIFIERS, text, from[c.date_qualifier] ?? 0, to[c.date_qualifier] ?? 0);
    if (!precision || !type || !factuality || basis === undefined || qualifier === undefined) return false;
    this.precision = precision;
    this.type = type;
    this.factuality = factuality;
    this.dateBasis = basis;
    this.dateQualifier = qualifier;

    let confidence = 1;
    if ((to[c.confidence] ?? 0) > (from[c.confidence] ?? 0)) {
      confidence = Number(this.string(c.confidence));
      if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) return false;
    }
    this.confidence = confidence;
    const quantity = this.numberCell(c.quantity);
    const sentenceIndex = this.numberCell(c.sentence_index);
    const charStart = this.numberCell(c.char_start);
    const charEnd = this.numberCell(c.char_end);
    if (quantity === undefined || sentenceIndex === undefined || charStart === undefined) return false;
    if (charEnd === undefined) return false;
    this.quantity = quantity;
    this.sentenceIndex = sentenceIndex;
    this.charStart = charStart;
    this.charEnd = charEnd;

    const predicate = this.string(c.predicate);
    if (predicate && !this.validator.isPredicate(predicate)) return false;
    this.predicate = predicate;
    const a0 = from[c.agent] ?? 0;
    const a1 = to[c.agent] ?? 0;
    if (a1 - a0 > MAX_AGENT_CHARS) return false;
    for (let i = a0; i < a1; i++) {
      const ch = text.charCodeAt(i);
      if (ch === SEMICOLON || ch === LINE_FEED) return false;
    }
    if (!this.isTidyList(c.people) || !this.isTidyList(c.other_actors)) return false;
    if (!this.isTidyList(c.also_reported_in)) return false;

    this.agent = this.string(c.agent);
    this.actor = this.string(c.actor);
    this.articleId = this.string(c.article_id);
    this.refDate = this.string(c.ref_date);
    const also = this.string(c.also_reported_in);
    this.alsoReportedIn = also ? also.split(';') : NO_LIST;
    return true;
  }

  /** Cell k's value as a string (made only for the cells that need one). */
  private string(k: number): string {
    return this.unescaped[k] ?? this.text.slice(this.from[k], this.to[k]);
  }

  /** An enumerated cell: `empty` when empty, the entry it spells, or undefined for anything else. */
  private enumCell<T extends string>(k: number, values: readonly T[], empty: T): T | undefined {
    const a = this.from[k] ?? 0;
    const b = this.to[k] ?? 0;
    return a === b ? empty : oneOf(values, this.text, a, b);
  }

  /** An optional number cell: null when empty, undefined when not a number or one with a comma. */
  private numberCell(k: number): number | null | undefined {
    const text = this.text;
    const a = this.from[k] ?? 0;
    const b = this.to[k] ?? 0;
    if (a === b) return null;
    if (b - a <= MAX_DIGITS) {
      let n = 0;
      let i = a;
      for (; i < b; i++) {
        const d = text.charCodeAt(i) - 0x30;
        if (d < 0 || d > 9) break;
        n = n * 10 + d;
      }
      if (i === b) return n;
    }
    const cell = this.string(k);
    if (cell.includes(',')) return undefined;
    const n = Number(cell);
    return Number.isFinite(n) ? n : undefined;
  }

  /**
   * A list cell stored as it is: empty, or values joined by ';' with nothing to trim and none empty
   * (what splitting, trimming and joining again would give back unchanged).
   */
  private isTidyList(k: number): boolean {
    const text = this.text;
    const a = this.from[k] ?? 0;
    const b = this.to[k] ?? 0;
    for (let i = a; i < b; i++) {
      if (text.charCodeAt(i) !== SEMICOLON) continue;
      if (i === a || i === b - 1) return false;
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (before <= 0x20 || before >= 0x80 || after <= 0x20 || after >= 0x80 || after === SEMICOLON) {
        return false;
      }
    }
    return true;
  }

  private hashCell(k: number, seed: number): number {
    const value = this.unescaped[k];
    return value != null
      ? hashText(value, seed)
      : hashRange(this.text, this.from[k] ?? 0, this.to[k] ?? 0, seed);
  }

  private writeCell(sink: RangeFieldSink, k: number): void {
    const value = this.unescaped[k];
    if (value != null) sink.field(value);
    else sink.fieldRange(this.text, this.from[k] ?? 0, this.to[k] ?? 0);
  }

  columnsHash(): number {
    const c = this.c;
    const end = (this.to[c.end] ?? 0) > (this.from[c.end] ?? 0) ? c.end : c.start;
    let h = this.hashCell(c.start, HASH_SEED);
    h = this.hashCell(end, hashText('|', h));
    h = hashText(this.actor, hashText('|', h));
    h = hashText(this.type, hashText('|', h));
    h = hashText(this.factuality, hashText('|', h));
    return hashText(String(this.quantity), hashText('|', h));
  }

  sentenceHash(): number {
    return this.hashCell(this.c.sentence, hashText(this.articleId));
  }

  searchText(): string {
    const c = this.c;
    return searchTextOfFields(
      this.title,
      this.string(c.sentence),
      this.string(c.people),
      this.predicate,
      this.agent,
    );
  }

  /** The fields in writeRecordText's order, as it writes them. */
  writeText(sink: RangeFieldSink): void {
    const c = this.c;
    sink.field(this.id);
    sink.field(this.title);
    this.writeCell(sink, c.sentence);
    this.writeCell(sink, c.people);
    sink.field(this.predicate);
    sink.field(this.agent);
    sink.field(this.precision);
    sink.field(this.articleId);
    sink.field(String(this.confidence));
    this.writeCell(sink, c.method);
    this.writeCell(sink, c.date_text);
    this.writeCell(sink, c.date_value);
    sink.field(this.dateBasis);
    sink.field(this.dateQualifier);
    this.writeCell(sink, c.other_actors);
    this.writeCell(sink, c.quantity_unit);
    this.writeCell(sink, c.quantity_qualifier);
    this.writeCell(sink, c.location);
    this.writeCell(sink, c.quote);
    this.writeCell(sink, c.article_title);
    this.writeCell(sink, c.article_url);
    sink.field(this.refDate);
    sink.field(numberText(this.sentenceIndex));
    sink.field(numberText(this.charStart));
    sink.field(numberText(this.charEnd));
    this.writeCell(sink, c.also_reported_in);
  }
}
