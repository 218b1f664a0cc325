/**
 * Calendar days as whole numbers since 1970-01-01 UTC, and the precision helpers the timeline needs.
 * Everything is UTC: an event day never shifts with the viewer's time zone.
 */
import type { Precision } from './event-record';

/** Whole days since 1970-01-01 UTC. Branded so a day is never mistaken for epoch ms. */
export type DayNumber = number & { readonly __brand: 'DayNumber' };

export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Years outside this range are almost always typos or overflow; they are reported, not drawn. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict ISO day (YYYY-MM-DD); null for impossible dates such as 2022-02-30. */
export function parseIsoDay(text: string): DayNumber | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || date < 1) return null;
  const t = Date.UTC(year, month - 1, date);
  // Date.UTC rolls 2022-02-30 over to March 2nd; a changed month means the day did not exist.
  if (new Date(t).getUTCMonth() !== month - 1) return null;
  return (t / MS_PER_DAY) as DayNumber;
}

export function dayToMs(day: DayNumber): number {
  return day * MS_PER_DAY;
}

/** The day containing epoch ms `t` (floor, so times before 1970 land on the right day). */
export function msToDay(t: number): DayNumber {
  return Math.floor(t / MS_PER_DAY) as DayNumber;
}

export function dayToIso(day: DayNumber): string {
  return new Date(dayToMs(day)).toISOString().slice(0, 10);
}

export function msToIsoDay(t: number): string {
  return dayToIso(msToDay(t));
}

/** True for precisions coarser than a day: such events are drawn as spans, never as a fake exact day. */
export function isCoarsePrecision(precision: Precision): boolean {
  return precision !== 'day';
}
