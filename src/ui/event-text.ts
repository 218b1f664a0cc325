/** Short human strings about one event, shared by the tooltip, detail panel and exports. All plain text. */
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { UNKNOWN_ACTOR_LABEL } from '../model/actor';

/** "2022-06-05", "2022-08-22 – 2022-09-01 (day)", "2022-06 (month)". */
export function resolvedDate(rec: EventRecord): string {
  const range = rec.start === rec.end ? rec.start : `${rec.start} – ${rec.end}`;
  return rec.precision === 'day' ? range : `${range} (${rec.precision})`;
}

export function actorLabel(table: EventTable, id: string): string {
  if (!id) return UNKNOWN_ACTOR_LABEL;
  return table.actorsById.get(id)?.label ?? id;
}

export function quantityText(rec: EventRecord): string {
  if (rec.quantity === null && !rec.quantity_qualifier) return '';
  const parts = [
    rec.quantity_qualifier,
    rec.quantity === null ? '' : rec.quantity.toLocaleString('en'),
    rec.quantity_unit,
  ];
  return parts.filter(Boolean).join(' ');
}
