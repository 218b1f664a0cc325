/**
 * Row-by-row validation of events.csv against the column contract in model/event-record.ts. Used by the
 * whole-text parser and the streaming worker alike. A row is either turned into an EventRecord or reported
 * as exactly one problem (its first fault, with the others named in the reason): never silently dropped.
 */
import { parseIsoDay } from '../model/day';
import { boundedMemo } from '../model/bounded-memo';
import type {
  DateBasis,
  DateQualifier,
  EventRecord,
  EventType,
  Factuality,
  Precision,
} from '../model/event-record';
import type { Column } from '../model/event-record';
import {
  ALL_COLUMNS,
  DATE_BASES,
  DATE_QUALIFIERS,
  EVENT_TYPES,
  FACTUALITIES,
  MULTI_VALUE_SEPARATOR,
  PRECISIONS,
  REQUIRED_COLUMNS,
} from '../model/event-record';
import type { LoadProblem } from './load-problem';

/** Cells longer than this are cut: a 10 MB cell is an attack or an accident, never a sentence. */
export const MAX_CELL_CHARS = 20_000;

/**
 * A predicate is a lemma: one word, or a phrasal verb of up to three ("step down", "carry out", "put up
 * with"), in letters with inner hyphens or apostrophes ("re-elect", "ne'er"). Anything longer is a shifted
 * or pasted cell, and loading it would show a sentence fragment as "what happened".
 */
const PREDICATE_RE = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?: [\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*){0,2}$/u;
const MAX_PREDICATE_CHARS = 40;
/**
 * An agent is one named entity; the longest official names ("International Bank for Reconstruction and
 * Development", 55 characters) fit well inside this, and a sentence-sized cell does not.
 */
export const MAX_AGENT_CHARS = 120;

/**
 * A memo for predicates, which repeat across rows (a million rows use a few hundred): the Unicode regular
 * expression costs more per row than the rest of a row's checks together. A full memo starts over, which
 * only costs speed. (Days need none: parseIsoDay reads them faster than a map finds them.)
 */
const MEMO_SIZE = 40_000;

const PRECISION_SET: ReadonlySet<string> = new Set(PRECISIONS);
const TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPES);
const FACTUALITY_SET: ReadonlySet<string> = new Set(FACTUALITIES);
const BASIS_SET: ReadonlySet<string> = new Set(DATE_BASES);
const QUALIFIER_SET: ReadonlySet<string> = new Set(DATE_QUALIFIERS);

/**
 * The ids of the valid rows read so far, to report a repeated one: a Set of its own by default, or the
 * caller's when it already keeps every id (the table worker's builder does, so a million ids are not held
 * twice). `add` is called for each valid row before the next row is validated.
 */
export interface SeenIds {
  has(id: string): boolean;
  add(id: string): void;
}

export type RowOutcome = { ok: true; record: EventRecord } | { ok: false; problem: LoadProblem };

interface Fault {
  field: string;
  reason: string;
}

export class EventRowValidator {
  private readonly columnIndex = new Map<string, number>();
  private readonly seenIds: SeenIds;
  /** Problems with the header itself; every row is still accounted for separately. */
  readonly headerProblems: LoadProblem[] = [];
  readonly missingRequired: string[];
  /** Cells in the header row. */
  readonly headerFields: number;
  /** The last header position of a required column: shorter rows are cut off before one of them. */
  private readonly lastRequiredIndex: number;
  /** Each known column's position in a row, -1 when the header lacks it. */
  readonly at: Readonly<Record<Column, number>>;
  /** The lemma shape check (PREDICATE_RE), through a memo. */
  private readonly isLemma = boundedMemo((predicate: string) => PREDICATE_RE.test(predicate), MEMO_SIZE);

  constructor(
    readonly file: string,
    header: readonly string[],
    existingIds: Iterable<string> = [],
    seenIds: SeenIds = new Set<string>(),
  ) {
    this.seenIds = seenIds;
    header.forEach((raw, i) => {
      const name = raw
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase();
      if (!name) return;
      if (this.columnIndex.has(name)) {
        this.headerProblems.push({
          file,
          line: 1,
          field: name,
          reason: 'duplicate column; the first one is used',
        });
        return;
      }
      if (!(ALL_COLUMNS as readonly string[]).includes(name)) {
        this.headerProblems.push({ file, line: 1, field: name, reason: 'unknown column, ignored' });
      }
      this.columnIndex.set(name, i);
    });
    this.missingRequired = REQUIRED_COLUMNS.filter((c) => !this.columnIndex.has(c));
    for (const c of this.missingRequired) {
      this.headerProblems.push({ file, line: 1, field: c, reason: 'required column is missing' });
    }
    for (const id of existingIds) this.seenIds.add(id);
    this.headerFields = header.length;
    this.lastRequiredIndex = Math.max(-1, ...REQUIRED_COLUMNS.map((c) => this.columnIndex.get(c) ?? -1));
    this.at = Object.fromEntries(ALL_COLUMNS.map((c) => [c, this.columnIndex.get(c) ?? -1])) as Record<
      Column,
      number
    >;
  }

  /** True for a predicate cell (trimmed, not empty) that `validate` accepts: a lemma of at most 40 characters. */
  isPredicate(predicate: string): boolean {
    return predicate.length <= MAX_PREDICATE_CHARS && this.isLemma(predicate);
  }

  /** True when a valid row with this id was seen before (`validate` reports the row as a repeat). */
  isSeen(id: string): boolean {
    return this.seenIds.has(id);
  }

  /** Remembers the id of a valid row read without `validate` (see io/fast-row-reader.ts). */
  markSeen(id: string): void {
    this.seenIds.add(id);
  }

  /** Validates one data row starting at 1-based `line`. `parseError` is the CSV reader's complaint, if any. */
  validate(cells: readonly string[], line: number, parseError?: string): RowOutcome {
    const faults: Fault[] = [];
    if (parseError) faults.push({ field: '', reason: parseError });
    // More filled cells than header names means a cell held an unquoted delimiter and every later field
    // is shifted; loading it would put sentence fragments into ids and dates. Trailing empty cells are harmless.
    if (cells.length > this.headerFields && cells.slice(this.headerFields).some((c) => c.trim() !== '')) {
      faults.push({
        field: '',
        reason: `row has ${cells.length} fields but the header has ${this.headerFields} (unquoted delimiter in a cell?)`,
      });
    }
    for (const c of this.missingRequired) faults.push({ field: c, reason: 'required column is missing' });
    // A row cut short (a scraper that died half-way) has no cells for the later required columns.
    const cut =
      cells.length <= this.lastRequiredIndex
        ? REQUIRED_COLUMNS.find((c) => (this.columnIndex.get(c) ?? -1) >= cells.length)
        : undefined;
    if (cut)
      faults.push({
        field: cut,
        reason: `row ends after ${cells.length} fields; required column ${cut} is missing`,
      });
    const at = this.at;
    const cell = (name: Column): string => cellText(cells, at[name]);
    const id = cell('id');
    if (!id) faults.push({ field: 'id', reason: 'id is empty' });
    else if (this.seenIds.has(id)) faults.push({ field: 'id', reason: `duplicate id "${clip(id)}"` });

    const start = cell('start');
    const end = cell('end') || start;
    const startDay = parseIsoDay(start);
    const endDay = end === start ? startDay : parseIsoDay(end);
    if (startDay === null) faults.push({ field: 'start', reason: dateReason(start) });
    if (endDay === null) faults.push({ field: 'end', reason: dateReason(end) });
    if (startDay !== null && endDay !== null && startDay > endDay) {
      faults.push({ field: 'end', reason: `end ${end} is before start ${start}` });
    }
    const precision = oneOf(cell('precision') || 'day', PRECISION_SET, 'precision', faults);
    const type = oneOf(cell('type') || 'other', TYPE_SET, 'type', faults);
    const factuality = oneOf(cell('factuality') || 'asserted', FACTUALITY_SET, 'factuality', faults);
    const basis = cell('date_basis');
    if (basis && !BASIS_SET.has(basis)) {
      faults.push({ field: 'date_basis', reason: `"${clip(basis)}" is not one of ${DATE_BASES.join(', ')}` });
    }
    const qualifier = cell('date_qualifier');
    if (!QUALIFIER_SET.has(qualifier)) {
      faults.push({ field: 'date_qualifier', reason: `"${clip(qualifier)}" is not a known qualifier` });
    }
    const confidenceText = cell('confidence');
    const confidence = confidenceText === '' ? 1 : Number(confidenceText);
    if (!Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
      faults.push({ field: 'confidence', reason: `"${clip(confidenceText)}" is not a number from 0 to 1` });
    }
    const quantity = optionalNumber(cell('quantity'), 'quantity', faults);
    const sentenceIndex = optionalNumber(cell('sentence_index'), 'sentence_index', faults);
    const charStart = optionalNumber(cell('char_start'), 'char_start', faults);
    const charEnd = optionalNumber(cell('char_end'), 'char_end', faults);
    const predicate = cell('predicate');
    if (predicate && !this.isPredicate(predicate)) {
      faults.push({
        field: 'predicate',
        reason: `"${clip(predicate)}" is not a lemma: expected one to three words of letters, e.g. "apologize" or "step down"`,
      });
    }
    const agent = cell('agent');
    if (agent.length > MAX_AGENT_CHARS) {
      faults.push({
        field: 'agent',
        reason: `agent is ${agent.length} characters; one name is at most ${MAX_AGENT_CHARS}`,
      });
    } else if (agent.includes(MULTI_VALUE_SEPARATOR) || agent.includes('\n') || agent.includes('\r')) {
      faults.push({
        field: 'agent',
        reason: `"${clip(agent)}" names more than one entity (a ";" or a line break); put the others in people or other_actors`,
      });
    }

    const first = faults[0];
    if (first) {
      const more =
        faults.length > 1
          ? ` (and ${faults.length - 1} more: ${faults
              .slice(1)
              .map((f) => f.field || 'row')
              .join(', ')})`
          : '';
      return {
        ok: false,
        problem: { file: this.file, line, field: first.field, reason: first.reason + more },
      };
    }
    this.seenIds.add(id);
    const list = (name: Column): string[] => {
      const text = cell(name);
      return text === ''
        ? []
        : text
            .split(MULTI_VALUE_SEPARATOR)
            .map((s) => s.trim())
            .filter(Boolean);
    };
    const sentence = cell('sentence');
    return {
      ok: true,
      record: {
        id,
        start,
        end,
        precision: precision as Precision,
        actor: cell('actor'),
        type: type as EventType,
        title: cell('title') || sentence.slice(0, 120),
        sentence,
        article_id: cell('article_id'),
        confidence,
        method: cell('method'),
        date_text: cell('date_text'),
        date_value: cell('date_value'),
        date_basis: basis as DateBasis | '',
        date_qualifier: qualifier as DateQualifier,
        other_actors: list('other_actors'),
        factuality: factuality as Factuality,
        quantity,
        quantity_unit: cell('quantity_unit'),
        quantity_qualifier: cell('quantity_qualifier'),
        location: cell('location'),
        people: list('people'),
        quote: cell('quote'),
        article_title: cell('article_title'),
        article_url: cell('article_url'),
        ref_date: cell('ref_date'),
        sentence_index: sentenceIndex,
        char_start: charStart,
        char_end: charEnd,
        also_reported_in: list('also_reported_in'),
        predicate,
        agent,
      },
    };
  }
}

/** Cell `i` of a row, trimmed; '' when the header has no such column. A huge cell is cut, not trimmed. */
function cellText(cells: readonly string[], i: number): string {
  const v = i < 0 ? '' : (cells[i] ?? '');
  return v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v.trim();
}

function oneOf(value: string, allowed: ReadonlySet<string>, field: string, faults: Fault[]): string {
  if (allowed.has(value)) return value;
  faults.push({ field, reason: `"${clip(value)}" is not one of ${[...allowed].join(', ')}` });
  return value;
}

function optionalNumber(text: string, field: string, faults: Fault[]): number | null {
  if (text === '') return null;
  const n = Number(text.includes(',') ? text.replace(/,/g, '') : text);
  if (!Number.isFinite(n)) {
    faults.push({ field, reason: `"${clip(text)}" is not a number` });
    return null;
  }
  return n;
}

function dateReason(text: string): string {
  if (!text) return 'date is empty';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return `${text} is not a real calendar day (or the year is outside 1000..9999)`;
  return `"${clip(text)}" is not a date in YYYY-MM-DD form`;
}

/** Keeps reasons short when a cell is huge or hostile; the panel shows them as text anyway. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
