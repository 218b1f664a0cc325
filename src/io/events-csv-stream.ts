/**
 * Streaming reader for events CSV: text arrives in pieces of any size (decoded file chunks), complete rows
 * are cut off at line breaks outside quotes, split into cells (csv-row-cutter.ts for plain LF rows,
 * papaparse for the rest, with the same result) and validated row by row; the unfinished tail waits for
 * the next piece. Memory stays at one piece however large the file. Same contract as
 * parseEventsCsv: every data row becomes a record or exactly one problem, with its 1-based line number.
 */
import Papa from 'papaparse';
import type { EventRecord } from '../model/event-record';
import type { EventRowInput } from '../model/event-row-input';
import { detectDelimiter } from './csv-delimiter';
import { CsvRowCutter, IRREGULAR_ROW } from './csv-row-cutter';
import type { SeenIds } from './event-row-validator';
import { EventRowValidator } from './event-row-validator';
import { FastRowReader, SLOW_ROW } from './fast-row-reader';
import type { LoadProblem } from './load-problem';

const PAPA_FAULTS = new Set(['TooManyFields', 'MissingQuotes', 'InvalidQuotes']);
const LINE_FEED = 0x0a;

export interface CsvStreamSink {
  /**
   * A valid row and the 1-based line it starts on; with `byteRanges`, also where its text lies in the
   * UTF-8 bytes of everything pushed: bytes [start, end), its line break left out or not.
   */
  record(rec: EventRecord, line: number, start: number, end: number): void;
  /**
   * A valid row read in place (fast-row-reader.ts), as `record` but without a record: `row` is valid only
   * during the call. With this method, rows go through the fast reader where it can read them; without it,
   * every row becomes a record.
   */
  row?(row: EventRowInput, line: number, start: number, end: number): void;
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
  private cutter: CsvRowCutter | null = null;
  /** Reads common rows in place once the header is known, when the sink takes such rows. */
  private fast: FastRowReader | null = null;
  /** UTF-8 bytes of the text parsed so far (a byte-order mark included): where the next parse starts. */
  private parsedBytes = 0;
  /** Where the header row ends, in UTF-8 bytes of the text pushed; -1 before it is read. */
  headerEnd = -1;
  /** Counts UTF-8 bytes of the text being parsed, when `byteRanges` asks for them. */
  private bytesOf: Utf8Counter | null = null;

  /** `seenIds`: where the ids of valid rows are remembered to report repeats; a Set of its own by default. */
  constructor(
    private readonly file: string,
    private readonly sink: CsvStreamSink,
    private readonly seenIds?: SeenIds,
    /** Tell the sink where each row lies in the bytes (for reading a row again from its file later). */
    private readonly byteRanges = false,
  ) {}

  push(text: string): void {
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        this.parsedBytes = 3;
      }
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
   * Finds where the complete rows in `pending` end: the last line break outside quotes. Only that break
   * matters, so the search runs backward from the end of the text; whether a break is inside quotes follows
   * from the number of quotes before it, found with one indexOf pass from quote to quote (a 4 MB piece has
   * millions of characters and a few quotes per row). A forward search for the row ends, restarted after
   * every quote, read each row about as many times as it has quoted cells.
   */
  private scan(): void {
    const s = this.pending;
    const from = this.scanned;
    const quotes: number[] = [];
    for (let q = s.indexOf('"', from); q >= 0; q = s.indexOf('"', q + 1)) quotes.push(q);
    /** Inside quotes just before position p (from <= p). */
    const quotedAt = (p: number): boolean => {
      let lo = 0;
      let hi = quotes.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((quotes[mid] ?? 0) < p) lo = mid + 1;
        else hi = mid;
      }
      return this.quoted !== (lo % 2 === 1);
    };
    const hasCr = s.includes('\r', from);
    for (let p = s.length; p > from;) {
      p = this.lastBreakBefore(s, p, from, hasCr);
      if (p < 0) break;
      if (!quotedAt(p)) {
        this.complete = Math.max(this.complete, p + 1);
        break;
      }
    }
    let end = s.length;
    // Leave a trailing CR unscanned so its neighbour is seen next time (it may be the first half of a CRLF).
    if (end > from && s.charCodeAt(end - 1) === 13 && !quotedAt(end - 1)) end -= 1;
    this.quoted = quotedAt(end);
    this.scanned = end;
  }

  /**
   * The last row-ending break in s[from, before): a LF, or a CR that something other than LF follows (a CR
   * at the very end waits for the next piece); -1 when there is none.
   */
  private lastBreakBefore(s: string, before: number, from: number, hasCr: boolean): number {
    let lf = before > 0 ? s.lastIndexOf('\n', before - 1) : -1;
    if (lf < from) lf = -1;
    if (!hasCr) return lf;
    let cr = before > 0 ? s.lastIndexOf('\r', before - 1) : -1;
    while (cr >= from && cr > lf && (cr + 1 >= s.length || s.charCodeAt(cr + 1) === 10)) {
      cr = cr > 0 ? s.lastIndexOf('\r', cr - 1) : -1;
    }
    return cr >= from && cr > lf ? cr : lf;
  }

  private parse(text: string): void {
    // The first text parsed holds the whole header line (only complete rows are parsed).
    this.delimiter ??= detectDelimiter(text);
    if (this.byteRanges) this.bytesOf = new Utf8Counter(text, this.parsedBytes);
    try {
      this.parseRows(text);
    } finally {
      if (this.bytesOf) this.parsedBytes = this.bytesOf.at(text.length);
      this.bytesOf = null;
    }
  }

  private parseRows(text: string): void {
    let from = 0;
    // LF-only text (what papaparse reads with '\n' line ends) goes through the row cutter, which gives
    // the same cells; from the first row it does not handle, papaparse reads the rest of this text.
    if ((this.newline === undefined || this.newline === '\n') && !text.includes('\r')) {
      from = this.cutRows(text);
      if (from >= text.length) return;
    }
    this.parseWithPapa(from === 0 ? text : text.slice(from), from);
  }

  /** Reads rows with the row cutter until one it leaves to papaparse; returns where that row starts. */
  private cutRows(text: string): number {
    const cutter = (this.cutter ??= new CsvRowCutter(this.delimiter ?? ','));
    const cells = cutter.cells;
    const sink = this.sink;
    let at = 0;
    while (at < text.length) {
      const fast = this.fast;
      if (fast && sink.row) {
        const end = fast.read(text, at);
        if (end !== SLOW_ROW) {
          const rowLine = this.line;
          this.line += fast.innerLineFeeds + (text.charCodeAt(end - 1) === LINE_FEED ? 1 : 0);
          this.rows++;
          const bytes = this.bytesOf;
          if (bytes) sink.row(fast, rowLine, bytes.at(at), bytes.at(end));
          else sink.row(fast, rowLine, -1, -1);
          at = end;
          continue;
        }
      }
      const next = cutter.read(text, at);
      if (next === IRREGULAR_ROW) return at;
      const rowLine = this.line;
      const rowStart = at;
      // A row's own line feed, if it has one, plus those inside its quoted cells.
      this.line += cutter.innerLineFeeds + (text.charCodeAt(next - 1) === LINE_FEED ? 1 : 0);
      at = next;
      // papaparse's skipEmptyLines: a row of one empty cell (an empty line, or "") is no row.
      if (cells.length === 1 && cells[0] === '') continue;
      // The first row fixes the line ends as papaparse would have guessed them from LF-only text.
      this.newline ??= '\n';
      this.step(cells, rowLine, undefined, rowStart, next);
    }
    return at;
  }

  /**
   * Header or data row `cells` (read only during the call), starting on 1-based `rowLine`; it lies in
   * characters [from, to) of the text being parsed.
   */
  private step(
    cells: readonly string[],
    rowLine: number,
    parseError: string | undefined,
    from: number,
    to: number,
  ): void {
    const bytes = this.bytesOf;
    if (!this.validator) {
      this.validator = new EventRowValidator(this.file, cells, [], this.seenIds);
      this.headerProblems.push(...this.validator.headerProblems);
      if (this.sink.row) this.fast = FastRowReader.forHeader(this.validator, this.delimiter ?? ',');
      if (bytes) this.headerEnd = bytes.at(to);
      return;
    }
    this.rows++;
    const outcome = this.validator.validate(cells, rowLine, parseError);
    if (outcome.ok) {
      if (bytes) this.sink.record(outcome.record, rowLine, bytes.at(from), bytes.at(to));
      else this.sink.record(outcome.record, rowLine, -1, -1);
    } else {
      this.sink.problem(outcome.problem);
    }
  }

  /** Parses `text`, which starts at character `offset` of the text being parsed. */
  private parseWithPapa(text: string, offset: number): void {
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
        const fault = results.errors.find((e) => PAPA_FAULTS.has(e.code));
        this.step(results.data, rowLine, fault ? fault.message : undefined, offset + rowStart, offset + end);
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

/**
 * UTF-8 byte positions of characters of one text, asked in increasing order (each row's start and end as
 * the rows are read): a running count, so a piece costs one pass. ASCII text, the usual case, is found
 * with one regular-expression test and then costs nothing per row.
 */
/** Any character outside ASCII (the test is native code, far faster than a loop over the characters). */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

class Utf8Counter {
  private readonly ascii: boolean;
  private char = 0;
  private byte: number;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {
    this.ascii = !NON_ASCII.test(text);
    this.byte = base;
  }

  /** The byte position of character `pos` (pos never below the last one asked, except for a restart). */
  at(pos: number): number {
    if (this.ascii) return this.base + pos;
    if (pos < this.char) {
      this.char = 0;
      this.byte = this.base;
    }
    const text = this.text;
    let byte = this.byte;
    let i = this.char;
    for (; i < pos; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) byte += 1;
      else if (c < 0x800) byte += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        // A surrogate pair is one character of four bytes.
        byte += 4;
        i++;
      } else byte += 3;
    }
    this.char = i;
    this.byte = byte;
    return byte;
  }
}
