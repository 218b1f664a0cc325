/**
 * Reads data/overrides.csv: `id,action` then any events.csv columns to replace. `action` is edit or
 * drop; empty cells leave the field as extracted. Every row is checked here so that a mistake is
 * reported with file, line and field before anything is applied.
 */
import Papa from 'papaparse';
import { parseIsoDay } from '../model/day';
import { ALL_COLUMNS, type Column } from '../model/event-record';

/**
 * Columns that hold a calendar day. They are checked here, so a day that does not exist (2022-02-30)
 * stops the run before any article is read, with file, line and field, instead of being found only
 * when the overrides are applied at the end.
 */
const DAY_COLUMNS: ReadonlySet<Column> = new Set<Column>(['start', 'end', 'ref_date']);

/** Same shape as extract/'s EventOverride; io/ and extract/ do not import each other. */
export interface OverrideRow {
  line: number;
  id: string;
  action: 'edit' | 'drop';
  fields: Partial<Record<Column, string>>;
}

export type OverridesResult = { ok: true; value: OverrideRow[] } | { ok: false; error: string };

function isColumn(name: string): name is Column {
  return (ALL_COLUMNS as readonly string[]).includes(name);
}

export function parseOverrides(text: string, fileName: string): OverridesResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError)
    return { ok: false, error: `${fileName} line ${(firstError.row ?? 0) + 1}: ${firstError.message}` };
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: true, value: [] };
  const names = header.map((h) => h.trim());
  if (names[0] !== 'id' || names[1] !== 'action') {
    return { ok: false, error: `${fileName} line 1: the first two columns must be "id,action"` };
  }
  for (const [j, name] of names.entries()) {
    if (j >= 2 && !isColumn(name))
      return { ok: false, error: `${fileName} line 1, field ${name}: not an events.csv column` };
    // With a column twice, which value wins would be an accident of order.
    if (names.indexOf(name) !== j)
      return { ok: false, error: `${fileName} line 1, field ${name}: column appears twice` };
  }
  const firstLineOf = new Map<string, number>();
  const out: OverrideRow[] = [];
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const id = (row[0] ?? '').trim();
    const action = (row[1] ?? '').trim();
    if (id === '') return { ok: false, error: `${fileName} line ${line}, field id: empty` };
    if (action !== 'edit' && action !== 'drop') {
      return { ok: false, error: `${fileName} line ${line}, field action: "${action}" is not edit or drop` };
    }
    if (row.length > names.length && row.slice(names.length).some((cell) => cell.trim() !== '')) {
      return {
        ok: false,
        error: `${fileName} line ${line}: ${row.length} cells but the header names ${names.length} columns`,
      };
    }
    const earlier = firstLineOf.get(id);
    if (earlier !== undefined) {
      return {
        ok: false,
        error: `${fileName} line ${line}, field id: ${id} is already overridden on line ${earlier}`,
      };
    }
    firstLineOf.set(id, line);
    const fields: Partial<Record<Column, string>> = {};
    for (const [j, name] of names.entries()) {
      if (j < 2 || !isColumn(name)) continue;
      const value = (row[j] ?? '').trim();
      if (value === '') continue;
      if (DAY_COLUMNS.has(name) && parseIsoDay(value) === null) {
        return {
          ok: false,
          error: `${fileName} line ${line}, field ${name}: "${value}" is not a day of the calendar (YYYY-MM-DD)`,
        };
      }
      fields[name] = value;
    }
    out.push({ line, id, action, fields });
  }
  return { ok: true, value: out };
}
