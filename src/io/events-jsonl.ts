/**
 * events.csv rows as JSON Lines: one event per line, keys in column order, multi-valued cells as
 * arrays. Line-oriented so a batch engine can split, shuffle and concatenate extractor output freely;
 * reading goes through the same row validator as the CSV, so a broken line is named by file and line.
 */
import { ALL_COLUMNS, MULTI_VALUE_SEPARATOR, type EventRecord } from '../model/event-record';
import type { LoadProblem } from './load-problem';
import { EventRowValidator } from './event-row-validator';

export function toEventLine(event: EventRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const column of ALL_COLUMNS) ordered[column] = event[column];
  return JSON.stringify(ordered);
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(MULTI_VALUE_SEPARATOR);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

export interface EventLines {
  events: EventRecord[];
  problems: LoadProblem[];
}

/** Parses JSONL text; blank lines are skipped, every other line is an event or one problem. */
export function parseEventLines(text: string, fileName: string): EventLines {
  const validator = new EventRowValidator(fileName, ALL_COLUMNS);
  const events: EventRecord[] = [];
  const problems: LoadProblem[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push({ file: fileName, line: i + 1, field: '', reason: `not JSON (${(e as Error).message})` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file: fileName, line: i + 1, field: '', reason: 'expected one JSON object per line' });
      continue;
    }
    const row = value as Record<string, unknown>;
    const outcome = validator.validate(
      ALL_COLUMNS.map((c) => cellOf(row[c])),
      i + 1,
    );
    if (outcome.ok) events.push(outcome.record);
    else problems.push(outcome.problem);
  }
  return { events, problems };
}
