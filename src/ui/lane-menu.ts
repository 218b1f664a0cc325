/**
 * The Lanes menu's order select: choosing a sort writes that order as the user's lane order, and after each
 * paint the select names the order in force, "custom" after a drag (also when the order came from the URL).
 */
import type { EventTable } from '../model/event-table';
import { LANE_SORTS, laneSortOf, sortedLaneOrder } from '../model/lanes';
import type { Store } from './store';

export function mountLaneMenu(store: Store, select: HTMLSelectElement): { refresh: () => void } {
  select.addEventListener('change', () => {
    const table = store.state.table;
    const sort = LANE_SORTS.find((s) => s === select.value);
    if (table && sort) store.update({ laneOrder: sortedLaneOrder(table, sort) });
  });
  let named: { table: EventTable; order: readonly string[] } | null = null;
  return {
    refresh: () => {
      const { table, laneOrder } = store.state;
      // Comparing orders sorts every lane three ways: only when the table or the order changed.
      if (!table || (named && named.table === table && named.order === laneOrder)) return;
      named = { table, order: laneOrder };
      const value = laneSortOf(table, laneOrder);
      if (select.value !== value) select.value = value;
    },
  };
}
