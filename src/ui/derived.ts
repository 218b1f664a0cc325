/** Values derived from the store, memoised on the identity of their inputs so a frame never recomputes them. */
import type { EventTable } from '../model/event-table';
import type { FilterResult, Filters } from '../model/filters';
import { applyFilters } from '../model/filters';
import { displayLanes } from '../model/lanes';

let filterKey: { table: EventTable; filters: Filters } | null = null;
let filterValue: FilterResult | null = null;

export function filterResultFor(table: EventTable, filters: Filters): FilterResult {
  if (!filterValue || !filterKey || filterKey.table !== table || filterKey.filters !== filters) {
    filterValue = applyFilters(table, filters);
    filterKey = { table, filters };
  }
  return filterValue;
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
