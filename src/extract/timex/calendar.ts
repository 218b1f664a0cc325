/**
 * Calendar arithmetic for resolving expressions against the reference date. Days are plain
 * {year, month, day} values; date-fns does the maths on local-noon Dates, which no DST jump can push
 * into another day, so results never depend on the machine's time zone.
 */
import { addDays, addMonths, getISODay, getISOWeek, getISOWeekYear, setISOWeek } from 'date-fns';

export interface CalDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function toDate(d: CalDay): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(d.year, d.month - 1, d.day);
  return date;
}

export function fromDate(date: Date): CalDay {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD; null unless it is a real calendar day. */
export function parseIsoDay(iso: string): CalDay | null {
  const m = ISO_DAY_RE.exec(iso.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d) ? d : null;
}

export function isValidDay(d: CalDay): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return fromDate(toDate(d)).day === d.day;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function dayValue(d: CalDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function monthValue(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function yearValue(year: number): string {
  return pad(year, 4);
}

export function shiftDays(d: CalDay, days: number): CalDay {
  return fromDate(addDays(toDate(d), days));
}

export function shiftMonths(year: number, month: number, months: number): { year: number; month: number } {
  const d = fromDate(addMonths(toDate({ year, month, day: 1 }), months));
  return { year: d.year, month: d.month };
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function isoWeekday(d: CalDay): number {
  return getISODay(toDate(d));
}

/** The TIMEX3 week value (2022-W23) of the ISO week holding d, shifted by whole weeks. */
export function weekValue(d: CalDay, weeks = 0): string {
  const date = addDays(toDate(d), weeks * 7);
  return `${pad(getISOWeekYear(date), 4)}-W${pad(getISOWeek(date))}`;
}

/** The Monday of an ISO week, for "the following week" and similar arithmetic on week values. */
export function mondayOfWeek(year: number, week: number): CalDay {
  const date = setISOWeek(toDate({ year, month: 1, day: 4 }), week);
  return shiftDays(fromDate(date), 1 - getISODay(date));
}

export function compareDays(a: CalDay, b: CalDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}
