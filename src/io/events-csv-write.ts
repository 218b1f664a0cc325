/**
 * Writes events as events.csv: a header row, every column of ALL_COLUMNS in order, RFC 4180 quoting
 * via papaparse, multi-valued cells joined with ';', absent numbers as empty cells, LF line ends.
 */
import Papa from 'papaparse';
import { ALL_COLUMNS, MULTI_VALUE_SEPARATOR, type EventRecord } from '../model/event-record';
import { neutralizeFormula } from './csv-safety';

export interface SerializeOptions {
  /** Escape cells that a spreadsheet would run as formulas; for exports, not for events.csv. Default false. */
  spreadsheetSafe?: boolean;
}

function cell(value: EventRecord[keyof EventRecord]): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(MULTI_VALUE_SEPARATOR);
  return String(value);
}

function cells(events: readonly EventRecord[], options: SerializeOptions): string[][] {
  return events.map((e) =>
    ALL_COLUMNS.map((column) => {
      const text = cell(e[column]);
      return options.spreadsheetSafe ? neutralizeFormula(text) : text;
    }),
  );
}

export function serializeEvents(events: readonly EventRecord[], options: SerializeOptions = {}): string {
  const data = cells(events, options);
  const body = Papa.unparse({ fields: [...ALL_COLUMNS], data }, { newline: '\n', quotes: false });
  return `${body}\n`;
}

/**
 * One piece of the file serializeEvents writes, for writing it in chunks: the header line when `header`
 * (the first chunk), then one line per event, each ending in LF. Quoting depends on a cell alone, so the
 * pieces of consecutive runs of rows joined are byte for byte the one-shot file; '' for no header and no rows.
 */
export function serializeEventsPiece(
  events: readonly EventRecord[],
  header: boolean,
  options: SerializeOptions = {},
): string {
  if (!header && events.length === 0) return '';
  const data = cells(events, options);
  const body = Papa.unparse({ fields: [...ALL_COLUMNS], data }, { newline: '\n', quotes: false, header });
  return `${body}\n`;
}
