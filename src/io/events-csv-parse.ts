/**
 * Reads an events CSV (any of , ; tab delimiters, BOM, CRLF/CR/LF) with papaparse, one row at a time, and
 * validates each row. Invariant: every data row ends up either in `records` or in `problems`, so
 * records.length + problems.length === rows.
 */
import Papa from 'papaparse';
import type { EventRecord } from '../model/event-record';
import { detectDelimiter } from './csv-delimiter';
import { EventRowValidator } from './event-row-validator';
import type { LoadProblem } from './load-problem';

export interface ParsedEvents {
  file: string;
  records: EventRecord[];
  /** The 1-based line each record starts on, parallel to `records`. */
  lines: number[];
  /** One entry per rejected data row. */
  problems: LoadProblem[];
  /** Problems with the header (unknown, duplicate or missing columns); not rows. */
  headerProblems: LoadProblem[];
  /** Data rows seen (not counting the header or blank lines). */
  rows: number;
}

export interface ParseProgress {
  rows: number;
  /** Characters read so far and in total. */
  done: number;
  total: number;
}

export interface StreamOptions {
  /** Ids already loaded (merge mode): a repeated id is a problem, not a silent overwrite. */
  existingIds?: Iterable<string>;
  /** Rows per batch handed to onBatch; batches let the page draw before the whole file is read. */
  batchRows?: number;
  onBatch?: (records: EventRecord[], problems: LoadProblem[], progress: ParseProgress) => void;
}

const PAPA_FAULTS = new Set(['TooManyFields', 'MissingQuotes', 'InvalidQuotes']);

export function parseEventsCsv(text: string, file: string, options: StreamOptions = {}): ParsedEvents {
  const source = text.replace(/^\uFEFF/, '');
  const out: ParsedEvents = { file, records: [], lines: [], problems: [], headerProblems: [], rows: 0 };
  const batchRows = options.batchRows ?? Infinity;
  let batchRecords: EventRecord[] = [];
  let batchProblems: LoadProblem[] = [];
  let validator: EventRowValidator | null = null;
  let cursor = 0;
  let line = 1;

  const flush = () => {
    options.onBatch?.(batchRecords, batchProblems, { rows: out.rows, done: cursor, total: source.length });
    batchRecords = [];
    batchProblems = [];
  };

  Papa.parse<string[]>(source, {
    header: false,
    delimiter: detectDelimiter(source),
    skipEmptyLines: true,
    step: (results) => {
      const end = results.meta.cursor;
      // Blank lines skipped by papaparse sit before the row; step over them so the line number is the row's.
      // Index-based on purpose: slicing and regex-matching per row flattened up to 10 KB each time, which
      // made a 10^6-row file take 7 s instead of 2 s.
      const rowStart = skipBlankLines(source, cursor, end, results.meta.linebreak);
      line += countLineBreaks(source, cursor, rowStart);
      const rowLine = line;
      line += countLineBreaks(source, rowStart, end);
      cursor = end;
      const cells = results.data;
      if (!validator) {
        validator = new EventRowValidator(file, cells, options.existingIds);
        out.headerProblems.push(...validator.headerProblems);
        return;
      }
      out.rows++;
      const fault = results.errors.find((e) => PAPA_FAULTS.has(e.code));
      const outcome = validator.validate(cells, rowLine, fault ? fault.message : undefined);
      if (outcome.ok) {
        out.records.push(outcome.record);
        out.lines.push(rowLine);
        batchRecords.push(outcome.record);
      } else {
        out.problems.push(outcome.problem);
        batchProblems.push(outcome.problem);
      }
      if (batchRecords.length + batchProblems.length >= batchRows) flush();
    },
  });
  if (!validator)
    out.headerProblems.push({ file, line: 1, field: '', reason: 'the file is empty: no header row' });
  cursor = source.length;
  flush();
  return out;
}

/**
 * Line breaks (CRLF, CR or LF, each counted once) in text[from, to), as an editor shows them. A CRLF split
 * across two ranges counts once, so summing ranges equals counting the whole text.
 */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (i === 0 || i !== from || text.charCodeAt(i - 1) !== 13) n++;
    } else if (c === 13) {
      n++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * Where the row in text[from, to) starts, after the empty lines papaparse skipped. Only its own line break
 * counts: it keeps a line of spaces as a row, and in a CR file a stray LF is cell text, so skipping either
 * put that row's problem on the wrong line.
 */
function skipBlankLines(text: string, from: number, to: number, newline: string): number {
  let pos = from;
  while (pos + newline.length <= to && text.startsWith(newline, pos)) pos += newline.length;
  return pos;
}
