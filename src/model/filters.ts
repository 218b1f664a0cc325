/**
 * Filters over the event table. The result is an index of passing rows (still sorted by lane, then start)
 * plus facet counts: each checkbox shows how many events it would show given all the other filters.
 */
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import type { EventTable } from './event-table';
import { matchesAll, searchTerms } from './text-match';

export interface Filters {
  /** Actor ids whose lanes are hidden. */
  hiddenActors: readonly string[];
  hiddenTypes: readonly string[];
  hiddenFactualities: readonly string[];
  /** Free text; every word must occur in the title, sentence, people, predicate or agent. */
  search: string;
}

export const NO_FILTERS: Filters = { hiddenActors: [], hiddenTypes: [], hiddenFactualities: [], search: '' };

export interface FilterResult {
  /** Passing rows, ascending (so grouped by lane and sorted by start within a lane). */
  index: Uint32Array;
  /** Passing rows of lane l are index[laneStart[l]] .. index[laneStart[l + 1] - 1]. */
  laneStart: Uint32Array;
  /** Per lane: events passing every filter except the actor filter. */
  laneCounts: Uint32Array;
  /** Per EVENT_TYPES entry: events passing every filter except the type filter. */
  typeCounts: Uint32Array;
  /** Per FACTUALITIES entry: events passing every filter except the factuality filter. */
  factualityCounts: Uint32Array;
}

export function hasActiveFilters(f: Filters): boolean {
  return (
    f.hiddenActors.length > 0 ||
    f.hiddenTypes.length > 0 ||
    f.hiddenFactualities.length > 0 ||
    f.search.trim() !== ''
  );
}

/** Lower-cased text the search looks in, cached per table only while that stays small. */
const haystacks = new WeakMap<EventTable, string[]>();
/**
 * Above this many rows the lower-cased texts are not cached: at a million news rows they would take about
 * 300 MB of JS strings, while decoding them again on each search change takes well under a second.
 */
const HAYSTACK_CACHE_MAX_ROWS = 200_000;

function haystackOf(table: EventTable): (row: number) => string {
  const fresh = (row: number) => table.searchText(row).toLowerCase();
  if (table.size > HAYSTACK_CACHE_MAX_ROWS) return fresh;
  let texts = haystacks.get(table);
  if (!texts) {
    texts = Array.from({ length: table.size }, (_, row) => fresh(row));
    haystacks.set(table, texts);
  }
  const cached = texts;
  return (row) => cached[row] ?? '';
}

export function applyFilters(table: EventTable, filters: Filters): FilterResult {
  const terms = searchTerms(filters.search);
  let search: SearchMatch | null = null;
  if (terms.length) {
    const text = haystackOf(table);
    const hits = new Uint8Array(table.size);
    for (let row = 0; row < table.size; row++) hits[row] = matchesAll(text(row), terms) ? 1 : 0;
    search = { hits, rowKey: null };
  }
  return filterRows(
    table,
    table.lanes.map((l) => l.key),
    filters,
    search,
  );
}

/** The columns a filter reads; an EventTable has them, and so does the table worker's copy. */
export interface FilterColumns {
  size: number;
  lane: Uint16Array;
  type: Uint8Array;
  factuality: Uint8Array;
}

/**
 * The rows a search lets through, as a column rather than a callback: row r matches when
 * `hits[rowKey[r]] === 1`, or `hits[r] === 1` when rowKey is null. The table worker's hits are by arrival
 * number (seq), so it passes its seq column as the key.
 */
export interface SearchMatch {
  hits: Uint8Array;
  rowKey: Uint32Array | null;
}

/**
 * The filter pass itself, over columns: `laneKeys` names each lane and `search` answers the search (null
 * when there is none), so the page and the table worker share one definition of a filter result.
 */
export function filterRows(
  columns: FilterColumns,
  laneKeys: readonly string[],
  filters: Filters,
  search: SearchMatch | null,
): FilterResult {
  const hiddenLanes = new Set(filters.hiddenActors);
  const laneHidden = laneKeys.map((id) => hiddenLanes.has(id));
  const typeHidden = EVENT_TYPES.map((t) => filters.hiddenTypes.includes(t));
  const factHidden = FACTUALITIES.map((f) => filters.hiddenFactualities.includes(f));
  const lanes = laneKeys.length;
  const index = new Uint32Array(columns.size);
  const laneStart = new Uint32Array(lanes + 1);
  const laneCounts = new Uint32Array(lanes);
  const typeCounts = new Uint32Array(EVENT_TYPES.length);
  const factualityCounts = new Uint32Array(FACTUALITIES.length);
  const hits = search?.hits ?? null;
  const rowKey = search?.rowKey ?? null;
  let n = 0;
  for (let row = 0; row < columns.size; row++) {
    // A row the search leaves out counts nowhere: with a search on, most rows stop here.
    if (hits && hits[rowKey ? (rowKey[row] ?? 0) : row] !== 1) continue;
    const l = columns.lane[row] ?? 0;
    const ty = columns.type[row] ?? 0;
    const fa = columns.factuality[row] ?? 0;
    const a = !laneHidden[l];
    const b = !typeHidden[ty];
    const c = !factHidden[fa];
    if (b && c) laneCounts[l] = (laneCounts[l] ?? 0) + 1;
    if (a && c) typeCounts[ty] = (typeCounts[ty] ?? 0) + 1;
    if (a && b) factualityCounts[fa] = (factualityCounts[fa] ?? 0) + 1;
    if (a && b && c) {
      index[n++] = row;
      laneStart[l + 1] = n;
    }
  }
  // Lanes with no passing rows inherit the previous lane's end so every range is well formed.
  for (let l = 1; l < laneStart.length; l++) {
    if ((laneStart[l] ?? 0) < (laneStart[l - 1] ?? 0)) laneStart[l] = laneStart[l - 1] ?? 0;
  }
  // A compact copy, not a view: the result may be transferred, and a view would carry the whole buffer.
  return { index: index.slice(0, n), laneStart, laneCounts, typeCounts, factualityCounts };
}

/** A stable text key for a filter value: equal filters give equal keys, whatever object holds them. */
export function filtersKey(f: Filters): string {
  return JSON.stringify([
    [...f.hiddenActors].sort(),
    [...f.hiddenTypes].sort(),
    [...f.hiddenFactualities].sort(),
    searchTerms(f.search),
  ]);
}
