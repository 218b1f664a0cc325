/** Short human strings about one event, shared by the tooltip, detail panel and exports. All plain text. */
import type { EventRecord } from '../model/event-record';
import type { EventTable } from '../model/event-table';
import { UNKNOWN_ACTOR_LABEL } from '../model/actor';
import { eventTypeInfo } from '../model/event-type-info';

/** "2022-06-05", "2022-08-22 – 2022-09-01 (day)", "2022-06 (month)". */
export function resolvedDate(rec: EventRecord): string {
  const range = rec.start === rec.end ? rec.start : `${rec.start} – ${rec.end}`;
  return rec.precision === 'day' ? range : `${range} (${rec.precision})`;
}

/** A type as running text: "missile test", "product launch". */
export function typeText(type: string): string {
  return eventTypeInfo(type).label.toLowerCase();
}

/**
 * How the date was decided, in words, for the detail panel. A row dated at its article's publication date
 * says so plainly: its sentence had no date phrase, so the day is approximate, unless the text said the
 * event happened today (then the qualifier is empty and the day is exact).
 */
export function dateBasisText(rec: EventRecord): string {
  if (rec.date_basis !== 'publication')
    return [rec.date_basis, rec.date_qualifier].filter(Boolean).join(', ');
  const dated = `dated at the article's publication date, ${rec.ref_date || rec.start}`;
  if (rec.date_qualifier === '') {
    const said = rec.date_text ? `“${rec.date_text}”` : 'today';
    return `The text says it happened ${said}: ${dated}.`;
  }
  const approx = rec.date_qualifier === 'approx' ? 'approximate' : `approximate (${rec.date_qualifier})`;
  return `The sentence has no date: ${dated}, so the day is ${approx}; it may have happened earlier.`;
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
