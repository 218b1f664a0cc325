/**
 * Streaming reader for events CSV: text arrives in pieces of any size (decoded file chunks), complete rows
 * are cut off at line breaks outside quotes, parsed with papaparse and validated row by row; the unfinished
 * tail waits for the next piece. Memory stays at one piece however large the file. Same contract as
 * parseEventsCsv: every data row becomes a record or exactly one problem, with its 1-based line number.
 */
import Papa from 'papaparse';
import type { EventRecord } from '../model/event-record';
import { EventRowValidator } from './event-row-validator';
import type { LoadProblem } from './load-problem';

const PAPA_FAULTS = new Set(['TooManyFields', 'MissingQuotes', 'InvalidQuotes']);

export interface CsvStreamSink {
  record(rec: EventRecord): void;
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
  /** Guessed by papaparse on the first piece (4 MB in the worker, so from the same rows as a whole-file parse). */
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

  private scan(): void {
    const s = this.pending;
    let quoted = this.quoted;
    let i = this.scanned;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (!quoted && c === 10) this.complete = i + 1;
      // A CR may be the first half of a CRLF split across two pieces: only cut after it once the next char is seen.
      else if (!quoted && c === 13 && i + 1 < s.length && s.charCodeAt(i + 1) !== 10) this.complete = i + 1;
    }
    // Leave a trailing CR unscanned so the check above sees its neighbour next time.
    if (s.length && s.charCodeAt(s.length - 1) === 13 && !quoted) i = s.length - 1;
    this.scanned = i;
    this.quoted = quoted;
  }

  private parse(text: string): void {
    let cursor = 0;
    Papa.parse<string[]>(text, {
      header: false,
      delimiter: this.delimiter,
      newline: this.newline,
      skipEmptyLines: true,
      step: (results) => {
        this.delimiter ??= results.meta.delimiter;
        const lb = results.meta.linebreak;
        if (!this.newline && (lb === '\n' || lb === '\r' || lb === '\r\n')) this.newline = lb;
        const end = results.meta.cursor;
        const rowStart = skipLineBreaks(text, cursor, end);
        this.line += countLineBreaks(text, cursor, rowStart);
        const rowLine = this.line;
        this.line += countLineBreaks(text, rowStart, end);
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
        if (outcome.ok) this.sink.record(outcome.record);
        else this.sink.problem(outcome.problem);
      },
    });
    // The piece ends with the line break papaparse did not step over; count it for the next row.
    this.line += countLineBreaks(text, cursor, text.length);
  }
}

/** Line breaks (CRLF, CR or LF, each counted once) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
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
