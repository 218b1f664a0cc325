/**
 * Tells screen-reader users what the keyboard or a click just selected: a polite live region, visually
 * hidden, holding one short sentence (title, actor, type, date, place in the lane). The detail panel itself is
 * not live, so its many facts are read only when the user goes there.
 */
import { lowerBound } from '../model/binary-search';
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { filterResultFor } from './derived';
import { actorLabel, quantityText, resolvedDate, typeText } from './event-text';
import type { Store, ViewState } from './store';

export interface Announcer {
  /** Replaces what the live region says. */
  say(text: string): void;
  readonly region: HTMLElement;
}

export function mountAnnouncer(store: Store, doc: Document = document): Announcer {
  const region = doc.createElement('div');
  region.id = 'announcer';
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  doc.body.appendChild(region);
  const say = (text: string) => {
    // Same text twice would not be read again; a changed node is.
    region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  };
  store.subscribe((s, prev) => {
    if (s.selectedId === prev.selectedId) return;
    if (s.selectedId === null) say('Details closed.');
    else say(describeSelection(s) ?? '');
  });
  return { say, region };
}

/** "North Korea fires missiles. North Korea, missile test, 2022-06-05, 8 missiles. Event 3 of 12 in the lane." */
export function describeSelection(s: ViewState): string | null {
  const table = s.table;
  const row = table && s.selectedId !== null ? table.idToRow.get(s.selectedId) : undefined;
  const rec = row === undefined ? undefined : table?.record(row);
  if (!table || row === undefined || !rec) return null;
  return `${rec.title}. ${facts(table, rec)}. ${placeInLane(table, s, row)}`;
}

function facts(table: EventTable, rec: EventRecord): string {
  return [
    actorLabel(table, rec.actor),
    typeText(rec.type),
    rec.factuality === 'asserted' ? '' : rec.factuality,
    resolvedDate(rec).replace(' – ', ' to '),
    quantityText(rec),
  ]
    .filter(Boolean)
    .join(', ');
}

function placeInLane(table: EventTable, s: ViewState, row: number): string {
  const filter = filterResultFor(table, s.filters);
  const lane = table.lane[row] ?? 0;
  const lo = filter.laneStart[lane] ?? 0;
  const hi = filter.laneStart[lane + 1] ?? lo;
  // A lane's passing rows are ascending in the filter index, so the event's place is a binary search.
  const at = lowerBound(lo, hi, row, (pos) => filter.index[pos] ?? 0);
  if (at >= hi || filter.index[at] !== row) return 'Hidden by the filters.';
  return `Event ${at - lo + 1} of ${hi - lo} in the lane.`;
}
