/**
 * Values derived from the store, memoised so a frame never recomputes them. Filter results are cached per
 * table and per filter value. A table built by the table worker gets its results from there: a change of
 * filters or search returns the last result at once (the page keeps drawing it) and asks the worker, whose
 * answer replaces it a moment later; the page never runs an O(N) filter pass for such a table.
 */
import { primeDensityPyramid, primeSpanIndex } from '../model/density';
import type { DensityPyramid } from '../model/density-pyramid';
import { EVENT_TYPES, FACTUALITIES } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import type { FilterResult, Filters } from '../model/filters';
import { applyFilters, filtersKey } from '../model/filters';
import { displayLanes } from '../model/lanes';
import type { KeyEventRows, KeyEventsCount } from '../model/key-event-rows';
import type { PackedRankedDays } from '../model/key-day-ranking';
import { unpackRankedDays } from '../model/key-day-ranking';
import { keyEventRowsSteps } from '../model/key-event-rows';
import { keyEventRowsFromDays } from '../model/key-event-rows-from-days';
import type { Steps } from '../model/steps';
import type { SpanIndex } from '../model/span-index';
import type { TimeWarp } from '../model/time-warp';
import { findGaps, IDENTITY_WARP } from '../model/time-warp';
import { runInSlices } from './run-in-slices';

/** Answers a filter query off the page; null means "ask again later" (the table is being replaced). */
export type FilterSource = (filters: Filters) => Promise<FilteredParts | null>;

/** A filter result with the indexes drawn from it, as the table worker sends them. */
export interface FilteredParts {
  result: FilterResult;
  pyramid: DensityPyramid;
  spans: SpanIndex;
}

/**
 * Results kept per table: enough to toggle a filter back and forth or clear a search without asking again.
 * At a million rows each costs about 4 MB of index plus the pyramid.
 */
const RESULTS_PER_TABLE = 4;

interface TableResults {
  results: Map<string, FilterResult>;
  /** The most recent result handed out: drawn while a newer one is on its way. */
  latest: FilterResult | null;
  source: FilterSource | null;
  /** The query in flight, and the newest filters asked for since (sent when it returns). */
  asking: string | null;
  wanted: { key: string; filters: Filters } | null;
}

const byTable = new WeakMap<EventTable, TableResults>();
let onWork: (work: Promise<void>) => void = () => {};

/** Called with each query sent off the page; the app keeps "idle" waiting until it is answered. */
export function onFilterWork(listener: (work: Promise<void>) => void): void {
  onWork = listener;
}

function resultsOf(table: EventTable): TableResults {
  let entry = byTable.get(table);
  if (!entry) {
    entry = { results: new Map(), latest: null, source: null, asking: null, wanted: null };
    byTable.set(table, entry);
  }
  return entry;
}

/** Makes `source` answer the filter queries of `table` (a table the worker built and still holds). */
export function setFilterSource(table: EventTable, source: FilterSource): void {
  resultsOf(table).source = source;
}

/** Stores a result computed elsewhere (the worker sends one with each table), with its indexes. */
export function primeFilterResult(table: EventTable, key: string, parts: FilteredParts): void {
  primeDensityPyramid(parts.result.index, parts.pyramid);
  primeSpanIndex(parts.result.index, parts.spans);
  remember(resultsOf(table), key, parts.result);
}

/** Keys per filter object: filterResultFor runs several times a frame with the same one. */
const keys = new WeakMap<Filters, string>();

function keyOf(filters: Filters): string {
  let key = keys.get(filters);
  if (key === undefined) {
    key = filtersKey(filters);
    keys.set(filters, key);
  }
  return key;
}

export function filterResultFor(table: EventTable, filters: Filters): FilterResult {
  const entry = resultsOf(table);
  const key = keyOf(filters);
  const hit = entry.results.get(key);
  if (hit) {
    entry.latest = hit;
    return hit;
  }
  if (!entry.source) {
    const result = applyFilters(table, filters);
    remember(entry, key, result);
    return result;
  }
  entry.wanted = { key, filters };
  ask(table, entry);
  return entry.latest ?? emptyResult(table);
}

/**
 * False while filterResultFor(table, filters) hands out the last result because the table worker is still
 * computing the one for these filters.
 */
export function hasFilterResult(table: EventTable, filters: Filters): boolean {
  const entry = byTable.get(table);
  return !entry?.source || entry.results.has(keyOf(filters));
}

/** Sends the newest wanted query unless one is in flight: typing fast never queues a backlog of searches. */
function ask(table: EventTable, entry: TableResults): void {
  const source = entry.source;
  const wanted = entry.wanted;
  if (!source || !wanted || entry.asking !== null) return;
  entry.wanted = null;
  if (entry.results.has(wanted.key)) return;
  entry.asking = wanted.key;
  const work = source(wanted.filters)
    .then((answer) => {
      if (answer) primeFilterResult(table, wanted.key, answer);
    })
    .catch(() => {
      // The session closed (a new data set replaced this one); nothing is waiting for this table.
    })
    .finally(() => {
      entry.asking = null;
      ask(table, entry);
    });
  onWork(work);
}

function remember(entry: TableResults, key: string, result: FilterResult): void {
  entry.results.delete(key);
  entry.results.set(key, result);
  entry.latest = result;
  while (entry.results.size > RESULTS_PER_TABLE) {
    const oldest = entry.results.keys().next().value;
    if (oldest === undefined) break;
    entry.results.delete(oldest);
  }
}

function emptyResult(table: EventTable): FilterResult {
  return {
    index: new Uint32Array(0),
    laneStart: new Uint32Array(table.lanes.length + 1),
    laneCounts: new Uint32Array(table.lanes.length),
    typeCounts: new Uint32Array(EVENT_TYPES.length),
    factualityCounts: new Uint32Array(FACTUALITIES.length),
  };
}

let laneKey: { table: EventTable; hidden: readonly string[]; order: readonly string[] } | null = null;
let laneValue: number[] = [];

export function laneOrderFor(
  table: EventTable,
  hidden: readonly string[],
  order: readonly string[],
): number[] {
  if (!laneKey || laneKey.table !== table || laneKey.hidden !== hidden || laneKey.order !== order) {
    laneValue = displayLanes(table, hidden, order);
    laneKey = { table, hidden, order };
  }
  return laneValue;
}

/** Ranks key days off the page: the table worker's 'keyDays' for a table it built. */
export type KeyDaysSource = (index: Uint32Array, count: KeyEventsCount) => Promise<PackedRankedDays | null>;

const keySources = new WeakMap<EventTable, KeyDaysSource>();

/** Makes `source` rank the key days of `table` (a table the worker built and still holds). */
export function setKeyDaysSource(table: EventTable, source: KeyDaysSource): void {
  keySources.set(table, source);
}

/** Rows per key day whose text is read from a large file (key-events.ts reads at most 500 a day). */
const KEY_DAY_TEXT_ROWS = 500;
/** Rows read from a large file for key events in all: about what the table keeps full text for. */
const KEY_TEXT_ROWS = 4_000;

/** Key events per filter result and count; a FilterResult is immutable, so its identity is the key. */
const keyRows = new WeakMap<FilterResult, Map<KeyEventsCount, KeyEventRows>>();
/** The last key events handed out per table: drawn while the ranking for new filters is computed. */
const latestKeyRows = new WeakMap<EventTable, KeyEventRows>();
let keyAsking: { filter: FilterResult; count: KeyEventsCount } | null = null;

/**
 * Key events mode: the ranked key days of the rows `filter` shows (model/key-event-rows.ts). Ranking reads
 * every shown row, which takes half a second at 10^5 rows and seconds at 10^6, so it never runs as one
 * task: for a table the worker built, the worker ranks the days from its columns and the page only picks
 * each day's line; for a table the page holds, the page ranks in slices of a few milliseconds. Either way
 * the work is tracked like a filter query (the app repaints and tests wait for it), only the newest
 * question is answered, and meanwhile the last ranking of the same table and count is returned, or null.
 */
export function keyEventRowsFor(
  table: EventTable,
  filter: FilterResult,
  count: KeyEventsCount,
): KeyEventRows | null {
  const hit = keyRows.get(filter)?.get(count);
  if (hit) {
    latestKeyRows.set(table, hit);
    return hit;
  }
  if (!keyAsking || keyAsking.filter !== filter || keyAsking.count !== count) {
    const asked = { filter, count };
    keyAsking = asked;
    onWork(rankKeyEvents(table, asked));
  }
  const stale = latestKeyRows.get(table);
  return stale && stale.count === count ? stale : null;
}

async function rankKeyEvents(
  table: EventTable,
  asked: { filter: FilterResult; count: KeyEventsCount },
): Promise<void> {
  const { filter, count } = asked;
  // A newer question replaced this one: answer only the newest.
  const isCurrent = () => keyAsking === asked;
  const source = keySources.get(table);
  let steps: Steps<KeyEventRows>;
  if (source) {
    const packed = await source(filter.index, count).catch(() => null);
    // Null or a failure: the worker built a newer table (or closed), which the page is about to show.
    if (!packed || !isCurrent()) return;
    const days = unpackRankedDays(packed);
    // Rows of a large file hold their ids and titles only: each day's line is chosen from its sentences,
    // read from the file first, the best-ranked days' first (as many as the table keeps full text for).
    const wanted = days.flatMap((d) => d.rows.slice(0, KEY_DAY_TEXT_ROWS)).slice(0, KEY_TEXT_ROWS);
    const missing = wanted.filter((row) => !table.hasText(row));
    if (missing.length) await table.loadText(missing).catch(() => undefined);
    if (!isCurrent()) return;
    steps = keyEventRowsFromDays(table, count, days);
  } else {
    steps = keyEventRowsSteps(table, filter.index, count);
  }
  const rows = await runInSlices(steps, isCurrent);
  if (!rows || !isCurrent()) return;
  const byCount = keyRows.get(filter) ?? new Map<KeyEventsCount, KeyEventRows>();
  byCount.set(count, rows);
  keyRows.set(filter, byCount);
  keyAsking = null;
}

const warps = new WeakMap<EventTable, TimeWarp>();

/** The gap warp the chart draws with: the table's empty stretches, when gap compression is on. */
export function viewWarp(state: { table: EventTable | null; compressGaps: boolean }): TimeWarp {
  const table = state.table;
  if (!table || !state.compressGaps) return IDENTITY_WARP;
  let warp = warps.get(table);
  if (!warp) {
    warp = findGaps(table.startMs, table.endMs, table.size, table.minMs, table.maxMs);
    warps.set(table, warp);
  }
  return warp;
}
