/**
 * The table view's columns as data: each one's header, the text of its cell and how it sorts. Numeric keys
 * read the table's columns (fast at any size); text keys decode rows, so table-view.ts offers them only on
 * filtered sets small enough to decode. No DOM here: table-view.ts builds the cells.
 */
import { EVENT_TYPES, FACTUALITIES } from '../model/event-record';
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { actorLabel, quantityText, resolvedDate, typeText } from './event-text';

export type SortKey =
  'date' | 'actor' | 'type' | 'title' | 'quantity' | 'people' | 'source' | 'confidence' | 'factuality';

export interface TableColumn {
  key: SortKey;
  label: string;
  /** The cell's text. */
  text: (rec: EventRecord, table: EventTable) => string;
  /** True when search words are highlighted in the cell: the text the search looks in, or names it shows. */
  searchable: boolean;
  /** A sort key read from the table's columns; absent when sorting must decode each row's text. */
  numeric?: (table: EventTable, row: number) => number;
  /** A sort key from the decoded record (lower-cased text or a number). */
  decoded?: (rec: EventRecord) => string | number;
}

/** Where the event was read: the article's title, else its file and index ("004_98c8.txt#2"). */
export function sourceText(rec: EventRecord): string {
  return rec.article_title || rec.article_id;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  {
    key: 'date',
    label: 'Date',
    text: (rec) => resolvedDate(rec),
    searchable: false,
    numeric: (t, r) => t.startMs[r] ?? 0,
  },
  {
    key: 'actor',
    label: 'Actor',
    text: (rec, t) => actorLabel(t, rec.actor),
    searchable: false,
    // Lane labels, not decoded rows: sorting a million rows by actor stays fast.
    numeric: (t, r) => laneRank(t)[t.lane[r] ?? 0] ?? 0,
  },
  {
    key: 'type',
    label: 'Type',
    text: (rec) => typeText(rec.type),
    searchable: false,
    numeric: (t, r) => typeRank()[t.type[r] ?? 0] ?? 0,
  },
  {
    key: 'title',
    label: 'Title',
    text: (rec) => rec.title,
    searchable: true,
    decoded: (rec) => rec.title.toLowerCase(),
  },
  {
    key: 'quantity',
    label: 'Quantity',
    text: (rec) => quantityText(rec),
    searchable: false,
    // Events without a quantity sort after every count, in either direction of the numbers.
    numeric: (t, r) => t.quantity[r] ?? Number.NaN,
  },
  {
    key: 'people',
    label: 'People',
    text: (rec) => rec.people.join(', '),
    searchable: true,
    decoded: (rec) => rec.people.join(', ').toLowerCase(),
  },
  {
    key: 'source',
    label: 'Source',
    text: (rec) => sourceText(rec),
    searchable: true,
    decoded: (rec) => sourceText(rec).toLowerCase(),
  },
  {
    key: 'confidence',
    label: 'Confidence',
    text: (rec) => rec.confidence.toFixed(2),
    searchable: false,
    decoded: (rec) => rec.confidence,
  },
  {
    key: 'factuality',
    label: 'Factuality',
    text: (rec) => rec.factuality,
    searchable: false,
    numeric: (t, r) => factualityRank()[t.factuality[r] ?? 0] ?? 0,
  },
];

const laneRanks = new WeakMap<EventTable, number[]>();
/** Each lane's position in alphabetical order of labels. */
function laneRank(table: EventTable): number[] {
  let ranks = laneRanks.get(table);
  if (!ranks) {
    ranks = alphabeticalRanks(table.lanes.map((l) => l.label));
    laneRanks.set(table, ranks);
  }
  return ranks;
}
let typeRanks: number[] | null = null;
const typeRank = (): number[] => (typeRanks ??= alphabeticalRanks(EVENT_TYPES));
let factualityRanks: number[] | null = null;
const factualityRank = (): number[] => (factualityRanks ??= alphabeticalRanks(FACTUALITIES));

function alphabeticalRanks(labels: readonly string[]): number[] {
  const order = labels
    .map((l, i) => ({ l: l.toLowerCase(), i }))
    .sort((a, b) => (a.l < b.l ? -1 : a.l > b.l ? 1 : 0));
  const ranks = new Array<number>(labels.length).fill(0);
  order.forEach(({ i }, rank) => (ranks[i] = rank));
  return ranks;
}

/**
 * The rows in the column's order; ties keep time order so equal keys read chronologically. Rows with no key
 * (NaN: no quantity) go last whichever way the column sorts.
 */
export function sortRows(
  table: EventTable,
  index: Uint32Array,
  column: TableColumn,
  ascending: boolean,
): Uint32Array {
  const rows = Uint32Array.from(index);
  const start = (r: number) => table.startMs[r] ?? 0;
  let key: (r: number) => number | string;
  if (column.numeric) {
    const numeric = column.numeric;
    key = (r) => numeric(table, r);
  } else {
    const decoded = column.decoded ?? (() => '');
    const keys = new Map<number, string | number>();
    for (const r of rows) {
      const rec = table.record(r);
      keys.set(r, rec ? decoded(rec) : '');
    }
    key = (r) => keys.get(r) ?? '';
  }
  const sign = ascending ? 1 : -1;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const aMissing = typeof ka === 'number' && Number.isNaN(ka);
    const bMissing = typeof kb === 'number' && Number.isNaN(kb);
    if (aMissing !== bMissing) return aMissing ? 1 : -1;
    const c = aMissing || ka === kb ? 0 : ka < kb ? -1 : 1;
    return c !== 0 ? c * sign : start(a) - start(b);
  });
  return rows;
}
