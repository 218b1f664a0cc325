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

/** Days in each month of a common year; February gains one in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Parses a strict ISO day (YYYY-MM-DD, ASCII digits); null for impossible dates such as 2022-02-30.
 * Read character by character with calendar arithmetic instead of a regular expression and a Date: a
 * loaded file parses two dates a row, and this is several times faster than a regex match or even a memo's
 * map lookup (which must hash each fresh string).
 */
export function parseIsoDay(text: string): DayNumber | null {
  return text.length === 10 ? isoDayAt(text, 0) : null;
}

/** parseIsoDay of the 10 characters of `text` at `from`, read in place (a cell of a piece of a file). */
export function isoDayAt(text: string, from: number): DayNumber | null {
  if (text.charCodeAt(from + 4) !== DASH || text.charCodeAt(from + 7) !== DASH) return null;
  const year = digits(text, from, 4);
  const month = digits(text, from + 5, 2);
  const date = digits(text, from + 8, 2);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || date < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (date > (MONTH_DAYS[month - 1] ?? 31) + (month === 2 && leap ? 1 : 0)) return null;
  return daysFromCivil(year, month, date) as DayNumber;
}

const DASH = 0x2d;
const ZERO = 0x30;

/** The number written by `count` ASCII digits at `from`; -1 when one of them is not a digit. */
function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), as Date.UTC / MS_PER_DAY gives them:
 * Howard Hinnant's days_from_civil (https://howardhinnant.github.io/date_algorithms.html), for years >= 0.
 */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
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
