/**
 * Lane display order: the user's explicit order first (drag or sort menu), then the table's default order
 * (most events first, unknown actor last). Hidden actors are left out.
 */
import type { EventTable } from './event-table';

export const LANE_SORTS = ['count', 'label', 'first-event'] as const;
export type LaneSort = (typeof LANE_SORTS)[number];

/** Lane indices of `table` to show, top to bottom. */
export function displayLanes(
  table: EventTable,
  hiddenActors: readonly string[],
  userOrder: readonly string[],
): number[] {
  const hidden = new Set(hiddenActors);
  const byActor = new Map(table.lanes.map((l, i) => [l.key, i]));
  const out: number[] = [];
  const seen = new Set<number>();
  for (const id of userOrder) {
    const i = byActor.get(id);
    if (i === undefined || hidden.has(id) || seen.has(i)) continue;
    out.push(i);
    seen.add(i);
  }
  table.lanes.forEach((l, i) => {
    if (!seen.has(i) && !hidden.has(l.key)) out.push(i);
  });
  return out;
}

/** An explicit order of all actor ids, sorted by `sort`; becomes the user order. */
export function sortedLaneOrder(table: EventTable, sort: LaneSort): string[] {
  const idx = table.lanes.map((_, i) => i);
  if (sort === 'label')
    idx.sort((a, b) => (table.lanes[a]?.label ?? '').localeCompare(table.lanes[b]?.label ?? ''));
  if (sort === 'first-event') {
    idx.sort(
      (a, b) => (table.startMs[table.laneStart[a] ?? 0] ?? 0) - (table.startMs[table.laneStart[b] ?? 0] ?? 0),
    );
  }
  return idx.map((i) => table.lanes[i]?.key ?? '');
}

/** Moves lane `key` to position `to` in the full current display order and returns the new user order. */
export function moveLane(current: readonly string[], key: string, to: number): string[] {
  const rest = current.filter((id) => id !== key);
  const at = Math.max(0, Math.min(rest.length, to));
  return [...rest.slice(0, at), key, ...rest.slice(at)];
}

/** What the Lanes menu names the current order: one of the sorts when it matches, else 'custom' (a drag). */
export function laneSortOf(table: EventTable, userOrder: readonly string[]): LaneSort | 'custom' {
  const shown = displayLanes(table, [], userOrder).join(' ');
  for (const sort of LANE_SORTS) {
    if (displayLanes(table, [], sortedLaneOrder(table, sort)).join(' ') === shown) return sort;
  }
  return 'custom';
}

/**
 * Where a lane dragged to `y` (CSS px, the lanes' own space) lands: the index of the first lane whose middle
 * is below `y`, or the number of lanes past the last one. Counted in the order before the move.
 */
export function laneDropIndex(bands: readonly { y: number; height: number }[], y: number): number {
  const i = bands.findIndex((b) => y < b.y + b.height / 2);
  return i < 0 ? bands.length : i;
}
