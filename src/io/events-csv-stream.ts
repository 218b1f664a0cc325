/**
 * Streaming reader for events CSV: text arrives in pieces of any size (decoded file chunks), complete rows
 * are cut off at line breaks outside quotes, parsed with papaparse and validated row by row; the unfinished
 * tail waits for the next piece. Memory stays at one piece however large the file. Same contract as
 * parseEventsCsv: every data row becomes a record or exactly one problem, with its 1-based line number.
 */
import Papa from 'papaparse';
import type { EventRecord } from '../model/event-record';
import { detectDelimiter } from './csv-delimiter';
import { EventRowValidator } from './event-row-validator';
import type { LoadProblem } from './load-problem';

const PAPA_FAULTS = new Set(['TooManyFields', 'MissingQuotes', 'InvalidQuotes']);

export interface CsvStreamSink {
  /** A valid row and the 1-based line it starts on. */
  record(rec: EventRecord, line: number): void;
  problem(problem: LoadProblem): void;
}

export class EventsCsvStream {
  /** Data rows seen (not counting the header or blank lines). */
  rows = 0;
  readonly headerProblems: LoadProblem[] = [];
  private pending = '';
  /** How far `pending` has been scanned for row ends, and whether that point is inside quotes. */
  private scanned = 0;
  private quoted = false;
  /** Length of the complete rows at the front of `pending`. */
  private complete = 0;
  private validator: EventRowValidator | null = null;
  /** Read from the header line, as the whole-text parser does, so both paths split rows the same way. */
  private delimiter: string | undefined;
  /**
   * papaparse guesses the line break from the start of its input; guessing again per piece would let a
   * piece that starts on a CRLF row read a LF file as one long row. The first piece's guess holds throughout.
   */
  private newline: '\n' | '\r' | '\r\n' | undefined;
  private line = 1;
  private started = false;

  constructor(
    private readonly file: string,
    private readonly sink: CsvStreamSink,
  ) {}

  push(text: string): void {
    if (!this.started) {
      this.started = true;
      text = text.replace(/^\uFEFF/, '');
    }
    this.pending += text;
    this.scan();
    if (this.complete > 0) {
      const rows = this.pending.slice(0, this.complete);
      this.pending = this.pending.slice(this.complete);
      this.scanned -= this.complete;
      this.complete = 0;
      this.parse(rows);
    }
  }

  /** Parses whatever is left (a last row without a line break, or an unterminated quote). */
  end(): void {
    if (this.pending) this.parse(this.pending);
    this.pending = '';
    if (!this.validator) {
      this.headerProblems.push({
        file: this.file,
        line: 1,
        field: '',
        reason: 'the file is empty: no header row',
      });
    }
  }

  /**
   * Finds where the complete rows in `pending` end: the last line break outside quotes. Jumps from quote to
   * quote with indexOf instead of looking at every character (a 4 MB piece has millions of characters and a
   * few quotes per row); inside a stretch without quotes only the last line break matters.
   */
  private scan(): void {
    const s = this.pending;
    let quoted = this.quoted;
    let i = this.scanned;
    const hasCr = s.includes('\r', i);
    while (i < s.length) {
      const q = s.indexOf('"', i);
      const stop = q < 0 ? s.length : q;
      if (!quoted) this.lastBreakIn(s, i, stop, hasCr);
      if (q < 0) {
        i = s.length;
        break;
      }
      quoted = !quoted;
      i = q + 1;
    }
    // Leave a trailing CR unscanned so its neighbour is seen next time (it may be the first half of a CRLF).
    if (s.length && s.charCodeAt(s.length - 1) === 13 && !quoted) i = s.length - 1;
    this.scanned = i;
    this.quoted = quoted;
  }

  /**
   * Moves `complete` past the last line break in s[from, to) (all outside quotes). Searches forward: a
   * backward search would run past `from` into earlier text when the stretch has no break.
   */
  private lastBreakIn(s: string, from: number, to: number, hasCr: boolean): void {
    for (let p = s.indexOf('\n', from); p >= 0 && p < to; p = s.indexOf('\n', p + 1)) {
      if (p + 1 > this.complete) this.complete = p + 1;
    }
    if (!hasCr) return;
    for (let p = s.indexOf('\r', from); p >= 0 && p < to; p = s.indexOf('\r', p + 1)) {
      // A CR ends a row when something other than LF follows; at the very end it waits for the next piece.
      if (p + 1 < s.length && s.charCodeAt(p + 1) !== 10 && p + 1 > this.complete) this.complete = p + 1;
    }
  }

  private parse(text: string): void {
    // The first text parsed holds the whole header line (only complete rows are parsed).
    this.delimiter ??= detectDelimiter(text);
    let cursor = 0;
    const hasCr = text.includes('\r');
    Papa.parse<string[]>(text, {
      header: false,
      delimiter: this.delimiter,
      newline: this.newline,
      skipEmptyLines: true,
      step: (results) => {
        const lb = results.meta.linebreak;
        if (!this.newline && (lb === '\n' || lb === '\r' || lb === '\r\n')) this.newline = lb;
        const end = results.meta.cursor;
        const rowStart = skipLineBreaks(text, cursor, end);
        this.line += countLineBreaks(text, cursor, rowStart, hasCr);
        const rowLine = this.line;
        this.line += countLineBreaks(text, rowStart, end, hasCr);
        cursor = end;
        const cells = results.data;
        if (!this.validator) {
          this.validator = new EventRowValidator(this.file, cells);
          this.headerProblems.push(...this.validator.headerProblems);
          return;
        }
        this.rows++;
        const fault = results.errors.find((e) => PAPA_FAULTS.has(e.code));
        const outcome = this.validator.validate(cells, rowLine, fault ? fault.message : undefined);
        if (outcome.ok) this.sink.record(outcome.record, rowLine);
        else this.sink.problem(outcome.problem);
      },
    });
    // The piece ends with the line break papaparse did not step over; count it for the next row.
    this.line += countLineBreaks(text, cursor, text.length, hasCr);
  }
}

/** Line breaks (CRLF, CR or LF, each counted once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number, hasCr: boolean): number {
  let n = 0;
  if (!hasCr) {
    // LF-only text: indexOf jumps from break to break, and a row's breaks are usually just its last one.
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** Where a row starts after the breaks of empty lines papaparse skipped before it. */
function skipLineBreaks(text: string, from: number, to: number): number {
  let pos = from;
  for (;;) {
    const c = pos < to ? text.charCodeAt(pos) : -1;
    if (c === 10) pos += 1;
    else if (c === 13) pos += pos + 1 < to && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
    else return pos;
  }
}
