/**
 * Turns the text fields of an event into one string and back, so the event table can keep them as packed
 * UTF-8 (row-text.ts) and rebuild a full EventRecord only when the detail panel, a tooltip or an export
 * asks for one row. The fields that are columns (dates, actor, type, factuality, quantity) are not repeated.
 */
import type { DateBasis, DateQualifier, EventRecord, EventType, Factuality, Precision } from './event-record';
import { MULTI_VALUE_SEPARATOR } from './event-record';

/**
 * U+001F (unit separator) between fields. It never occurs in news text; a cell that holds one anyway has it
 * replaced by a space, the one lossy case.
 */
const SEP = '\u001f';
const SEP_BYTE = 0x1f;

/** Fields in stored order. id first (id lookups decode only it), then what search reads (title..agent). */
const TEXT_FIELDS = [
  'id',
  'title',
  'sentence',
  'people',
  'predicate',
  'agent',
  'precision',
  'article_id',
  'confidence',
  'method',
  'date_text',
  'date_value',
  'date_basis',
  'date_qualifier',
  'other_actors',
  'quantity_unit',
  'quantity_qualifier',
  'location',
  'quote',
  'article_title',
  'article_url',
  'ref_date',
  'sentence_index',
  'char_start',
  'char_end',
  'also_reported_in',
] as const satisfies readonly (keyof EventRecord)[];

type TextField = (typeof TEXT_FIELDS)[number];

/** What the columns hold for a row, needed to rebuild its record. */
export interface ColumnFields {
  start: string;
  end: string;
  actor: string;
  type: EventType;
  factuality: Factuality;
  quantity: number | null;
}

/** Where `writeRecordText` puts a record's fields, one at a time in stored order. */
export interface FieldSink {
  field(text: string): void;
}

/** A FieldSink that also takes a field where it lies in a larger text: text.slice(from, to), not copied. */
export interface RangeFieldSink extends FieldSink {
  fieldRange(text: string, from: number, to: number): void;
}

/**
 * Hands `rec`'s text fields to `sink` in TEXT_FIELDS order (a test holds the two together), as the strings
 * stored: lists joined by the multi-value separator, numbers as String() gives them, null as ''. The sink
 * keeps the field separator out of them. Written out field by field rather than looped over TEXT_FIELDS:
 * reading a record's properties by a changing key is a slow lookup, once per field of every row loaded.
 */
export function writeRecordText(rec: EventRecord, sink: FieldSink): void {
  sink.field(rec.id);
  sink.field(rec.title);
  sink.field(rec.sentence);
  sink.field(listText(rec.people));
  sink.field(rec.predicate);
  sink.field(rec.agent);
  sink.field(rec.precision);
  sink.field(rec.article_id);
  sink.field(String(rec.confidence));
  sink.field(rec.method);
  sink.field(rec.date_text);
  sink.field(rec.date_value);
  sink.field(rec.date_basis);
  sink.field(rec.date_qualifier);
  sink.field(listText(rec.other_actors));
  sink.field(rec.quantity_unit);
  sink.field(rec.quantity_qualifier);
  sink.field(rec.location);
  sink.field(rec.quote);
  sink.field(rec.article_title);
  sink.field(rec.article_url);
  sink.field(rec.ref_date);
  sink.field(numberText(rec.sentence_index));
  sink.field(numberText(rec.char_start));
  sink.field(numberText(rec.char_end));
  sink.field(listText(rec.also_reported_in));
}

export function listText(values: readonly string[]): string {
  return values.length === 0
    ? ''
    : values.length === 1
      ? (values[0] ?? '')
      : values.join(MULTI_VALUE_SEPARATOR);
}

export function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A field as stored: a separator inside it becomes a space. */
function storedField(text: string): string {
  return text.includes(SEP) ? text.replaceAll(SEP, ' ') : text;
}

export function recordToText(rec: EventRecord): string {
  const fields: string[] = [];
  writeRecordText(rec, { field: (text) => fields.push(storedField(text)) });
  return fields.join(SEP);
}

/**
 * What searchTextOf(recordToText(rec)) gives, the title..agent run of the stored text, without making the
 * rest of it: the table worker indexes this for every row it reads.
 */
export function searchTextOfRecord(rec: EventRecord): string {
  return searchTextOfFields(rec.title, rec.sentence, listText(rec.people), rec.predicate, rec.agent);
}

/** searchTextOfRecord from the five fields as stored (`people` joined by the multi-value separator). */
export function searchTextOfFields(
  title: string,
  sentence: string,
  people: string,
  predicate: string,
  agent: string,
): string {
  return (
    storedField(title) +
    SEP +
    storedField(sentence) +
    SEP +
    storedField(people) +
    SEP +
    storedField(predicate) +
    SEP +
    storedField(agent)
  );
}

/** Position of each text field in the stored string. */
const AT = Object.fromEntries(TEXT_FIELDS.map((name, i) => [name, i])) as Record<TextField, number>;

export function recordFromText(text: string, columns: ColumnFields): EventRecord {
  const f = text.split(SEP);
  const s = (name: TextField): string => f[AT[name]] ?? '';
  const list = (name: TextField): string[] => (s(name) ? s(name).split(MULTI_VALUE_SEPARATOR) : []);
  const num = (name: TextField): number | null => (s(name) === '' ? null : Number(s(name)));
  return {
    id: s('id'),
    start: columns.start,
    end: columns.end,
    precision: (s('precision') || 'day') as Precision,
    actor: columns.actor,
    type: columns.type,
    title: s('title'),
    sentence: s('sentence'),
    article_id: s('article_id'),
    confidence: num('confidence') ?? 1,
    method: s('method'),
    date_text: s('date_text'),
    date_value: s('date_value'),
    date_basis: s('date_basis') as DateBasis | '',
    date_qualifier: s('date_qualifier') as DateQualifier,
    other_actors: list('other_actors'),
    factuality: columns.factuality,
    quantity: columns.quantity,
    quantity_unit: s('quantity_unit'),
    quantity_qualifier: s('quantity_qualifier'),
    location: s('location'),
    people: list('people'),
    quote: s('quote'),
    article_title: s('article_title'),
    article_url: s('article_url'),
    ref_date: s('ref_date'),
    sentence_index: num('sentence_index'),
    char_start: num('char_start'),
    char_end: num('char_end'),
    also_reported_in: list('also_reported_in'),
    predicate: s('predicate'),
    agent: s('agent'),
  };
}

/** Byte range of field `field` (0-based) inside a row's UTF-8 bytes; the separator is ASCII, so a scan works. */
export function fieldBytes(bytes: Uint8Array, field: number, lastField = field): Uint8Array {
  let seen = 0;
  let i = 0;
  for (; i < bytes.length && seen < field; i++) if (bytes[i] === SEP_BYTE) seen++;
  const start = i;
  for (; i < bytes.length; i++) {
    if (bytes[i] === SEP_BYTE) {
      if (seen === lastField) break;
      seen++;
    }
  }
  return bytes.subarray(start, i);
}

/**
 * The title..agent run of a row's stored text (what `EventTable.searchText` decodes), cut from the string
 * recordToText made, so a worker can index search text without decoding its own UTF-8 again.
 */
export function searchTextOf(recordText: string): string {
  let from = -1;
  for (let field = 0; field < SEARCH_FIRST_FIELD; field++) from = recordText.indexOf(SEP, from + 1);
  let to = from;
  for (let field = SEARCH_FIRST_FIELD; field <= SEARCH_LAST_FIELD; field++) {
    to = recordText.indexOf(SEP, to + 1);
    if (to < 0) return recordText.slice(from + 1);
  }
  return recordText.slice(from + 1, to);
}

/** Index of the id field, and of the title..agent run that search looks in. */
export const ID_FIELD = AT.id;
export const TITLE_FIELD = AT.title;
export const SEARCH_FIRST_FIELD = AT.title;
export const SEARCH_LAST_FIELD = AT.agent;
/** Search treats the separator like the newline the old haystack used between fields. */
export const FIELD_SEPARATOR = SEP;
/** The separator as the byte writeRecordText's sink puts between fields. */
export const FIELD_SEPARATOR_BYTE = SEP_BYTE;
