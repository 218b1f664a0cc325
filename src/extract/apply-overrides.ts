/**
 * Applies hand corrections (data/overrides.csv) to extracted events. Every override is checked before
 * any is applied, so a bad file changes nothing. Overrides whose id matches no event are returned, so
 * the report can say which corrections have gone stale after the articles changed.
 */
import { parseIsoDay } from '../model/day';
import {
  ALL_COLUMNS,
  DATE_BASES,
  DATE_QUALIFIERS,
  EVENT_TYPES,
  FACTUALITIES,
  MULTI_VALUE_SEPARATOR,
  PRECISIONS,
  type Column,
  type EventRecord,
} from '../model/event-record';
import { err, ok, type Result } from './result';

/** One row of overrides.csv: `edit` replaces the given non-empty fields, `drop` removes the event. */
export interface EventOverride {
  /** 1-based line in the overrides file, for error messages. */
  line: number;
  id: string;
  action: 'edit' | 'drop';
  fields: Partial<Record<Column, string>>;
}

export interface OverrideOutcome {
  events: EventRecord[];
  edited: number;
  dropped: number;
  unmatched: EventOverride[];
}

const MULTI = new Set<Column>(['other_actors', 'people', 'also_reported_in']);
const INTEGER = new Set<Column>(['sentence_index', 'char_start', 'char_end']);

/** Why a field value is unacceptable, or null when it is fine. */
export function fieldProblem(column: Column, value: string): string | null {
  switch (column) {
    case 'id':
      return value.trim() === '' ? 'must not be empty' : null;
    case 'start':
    case 'end':
    case 'ref_date':
      return parseIsoDay(value) !== null ? null : `"${value}" is not a date (YYYY-MM-DD)`;
    case 'precision':
      return (PRECISIONS as readonly string[]).includes(value)
        ? null
        : `"${value}" is not one of ${PRECISIONS.join(', ')}`;
    case 'type':
      return (EVENT_TYPES as readonly string[]).includes(value)
        ? null
        : `"${value}" is not one of ${EVENT_TYPES.join(', ')}`;
    case 'factuality':
      return (FACTUALITIES as readonly string[]).includes(value)
        ? null
        : `"${value}" is not one of ${FACTUALITIES.join(', ')}`;
    case 'date_basis':
      return (DATE_BASES as readonly string[]).includes(value)
        ? null
        : `"${value}" is not one of ${DATE_BASES.join(', ')}`;
    case 'date_qualifier':
      return (DATE_QUALIFIERS as readonly string[]).includes(value)
        ? null
        : `"${value}" is not a date qualifier`;
    case 'confidence': {
      const n = Number(value);
      return value.trim() !== '' && n >= 0 && n <= 1 ? null : `"${value}" is not a number from 0 to 1`;
    }
    case 'quantity':
      return Number.isFinite(Number(value)) ? null : `"${value}" is not a number`;
    default:
      if (INTEGER.has(column)) return /^\d+$/.test(value) ? null : `"${value}" is not a whole number`;
      return null;
  }
}

function withField(event: EventRecord, column: Column, value: string): EventRecord {
  const next: EventRecord = { ...event };
  const target = next as unknown as Record<string, unknown>;
  if (MULTI.has(column))
    target[column] = value
      .split(MULTI_VALUE_SEPARATOR)
      .map((v) => v.trim())
      .filter(Boolean);
  else if (column === 'confidence' || column === 'quantity' || INTEGER.has(column))
    target[column] = Number(value);
  else target[column] = value;
  return next;
}

/** Checks all overrides, then applies them; `fileName` names the file in errors. */
export function applyOverrides(
  events: readonly EventRecord[],
  overrides: readonly EventOverride[],
  fileName: string,
): Result<OverrideOutcome> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const edits = new Map<string, EventRecord>();
  const drops = new Set<string>();
  const unmatched: EventOverride[] = [];
  for (const o of overrides) {
    for (const [column, value] of Object.entries(o.fields) as [Column, string][]) {
      if (!(ALL_COLUMNS as readonly string[]).includes(column))
        return err(`${fileName} line ${o.line}, field ${column}: unknown column`);
      const problem = value === '' ? null : fieldProblem(column, value);
      if (problem) return err(`${fileName} line ${o.line}, field ${column}: ${problem}`);
    }
    const event = edits.get(o.id) ?? byId.get(o.id);
    if (!event) {
      unmatched.push(o);
      continue;
    }
    if (o.action === 'drop') {
      drops.add(o.id);
      continue;
    }
    let edited: EventRecord = { ...event, method: 'manual' };
    for (const [column, value] of Object.entries(o.fields) as [Column, string][]) {
      if (value !== '' && column !== 'id') edited = withField(edited, column, value);
    }
    if (('start' in o.fields || 'end' in o.fields) && !('date_basis' in o.fields))
      edited.date_basis = 'manual';
    if (edited.start > edited.end)
      return err(`${fileName} line ${o.line}, field start: ${edited.start} is after end ${edited.end}`);
    edits.set(o.id, edited);
  }
  const out: EventRecord[] = [];
  for (const e of events) {
    if (drops.has(e.id)) continue;
    out.push(edits.get(e.id) ?? e);
  }
  return ok({ events: out, edited: edits.size, dropped: drops.size, unmatched });
}
