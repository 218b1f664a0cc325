/**
 * Reads an events CSV (any of , ; tab delimiters, BOM, CRLF/CR/LF) with papaparse, one row at a time, and
 * validates each row. Invariant: every data row ends up either in `records` or in `problems`, so
 * records.length + problems.length === rows.
 */
import Papa from 'papaparse';
import type { EventRecord } from '../model/event-record';
import { EventRowValidator } from './event-row-validator';
import type { LoadProblem } from './load-problem';

export interface ParsedEvents {
  file: string;
  records: EventRecord[];
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
  const out: ParsedEvents = { file, records: [], problems: [], headerProblems: [], rows: 0 };
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
    skipEmptyLines: true,
    step: (results) => {
      const end = results.meta.cursor;
      // Blank lines skipped by papaparse sit before the row; step over them so the line number is the row's.
      const lead = /^(?:\r\n|\r|\n|[ \t]*(?:\r\n|\r|\n))*/.exec(
        source.slice(cursor, Math.min(end, cursor + 10_000)),
      );
      const leadText = lead?.[0] ?? '';
      line += countLineBreaks(leadText);
      const rowLine = line;
      line += countLineBreaks(source.slice(cursor + leadText.length, end));
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

function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
