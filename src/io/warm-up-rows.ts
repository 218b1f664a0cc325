/**
 * Made-up events for warming up a fresh table worker (table-worker.ts) before a real file arrives: rows
 * that look like extracted news (quoted sentences with commas, people lists, spans, quantities, agents), so
 * the engine optimises the very paths a real file takes. Deterministic, valid, and never shown.
 */
import type { Column } from '../model/event-record';
import {
  ALL_COLUMNS,
  DATE_BASES,
  DATE_QUALIFIERS,
  EVENT_TYPES,
  FACTUALITIES,
  PRECISIONS,
} from '../model/event-record';

const ACTORS = ['north-korea', 'united-states', 'russia', 'ukraine', 'china', 'nato', ''] as const;
const PLACES = ['Seoul', 'Kyiv', 'Geneva', 'Brussels', 'Tokyo'] as const;
const PREDICATES = ['fire', 'meet', 'announce', 'step down', 'sign'] as const;
/** Distinct days, a few dozen over ten years: a row starts on one and a span ends on the next. */
const DAYS = Array.from({ length: 49 }, (_, i) => isoDay(i * 79));

/** The `index`-th of `values`, cycling. */
function pick<T>(values: readonly T[], index: number): T {
  const value = values[index % values.length];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function isoDay(dayFrom2015: number): string {
  return new Date(Date.UTC(2015, 0, 1 + dayFrom2015)).toISOString().slice(0, 10);
}

/**
 * `rows` events as an events CSV (header included), about 450 bytes a row like real news. Written as text
 * directly, not through the CSV writer: this runs at every worker start, where 3,000 records serialized by
 * papaparse cost more than reading them back.
 */
export function warmUpCsv(rows: number): string {
  const lines = [ALL_COLUMNS.join(',')];
  for (let i = 0; i < rows; i++) {
    const article = Math.floor(i / 4);
    const start = DAYS[article % (DAYS.length - 1)] ?? '2015-01-01';
    const spans = i % 5 === 0;
    const place = pick(PLACES, i);
    const cells: Record<Column, string> = {
      id: `warm-${article}-${i % 4}`,
      start,
      end: spans ? (DAYS[(article % (DAYS.length - 1)) + 1] ?? start) : start,
      precision: spans ? pick(PRECISIONS, i) : 'day',
      actor: pick(ACTORS, i),
      type: pick(EVENT_TYPES, i),
      title: `Officials in ${place} report talks on the ${i}th day`,
      sentence: `"Officials in ${place}, speaking on condition of anonymity, said talks with envoys continued, and that a statement would follow (${i})."`,
      article_id: `warm-${article}`,
      confidence: String((i % 100) / 100),
      method: 'rules',
      date_text: 'on Tuesday',
      date_value: start,
      date_basis: pick(DATE_BASES, i),
      date_qualifier: pick(DATE_QUALIFIERS, i),
      other_actors: i % 3 ? '' : 'japan;south-korea',
      factuality: pick(FACTUALITIES, i),
      quantity: i % 4 ? '' : String(i),
      quantity_unit: i % 4 ? '' : 'missiles',
      quantity_qualifier: '',
      location: place,
      people: i % 2 ? '' : 'Kim Jong Un;Choe Son Hui',
      quote: i % 7 ? '' : '"""We will respond"", he said."',
      article_title: `Talks continue in ${place}`,
      article_url: `https://news.example.com/${start}/talks-${article}`,
      ref_date: start,
      sentence_index: String(i % 4),
      char_start: String(i * 10),
      char_end: String(i * 10 + 120),
      also_reported_in: i % 9 ? '' : `warm-${article + 1}`,
      predicate: pick(PREDICATES, i),
      agent: i % 2 ? 'Foreign Ministry' : '',
    };
    lines.push(ALL_COLUMNS.map((c) => cells[c]).join(','));
  }
  return `${lines.join('\n')}\n`;
}
