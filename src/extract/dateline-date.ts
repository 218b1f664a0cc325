/**
 * Reads the one absolute date a dateline or caption carries ("21 May 2022, North Korea, Pyongyang:",
 * "Friday, May 9, 2025", "2025-07-12", "WASHINGTON, June 8 (Reuters) -"). This is not a temporal
 * tagger: it only finds the publication date that the tagger then resolves everything else against.
 */

/** A calendar day whose year may be missing (wire datelines omit it). */
export interface DatelineDate {
  year: number | null;
  month: number;
  day: number;
  /** Offsets of the date within the scanned text, end exclusive. */
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember)?|\.)?|Sept\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;

const DAY_MONTH_YEAR_RE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\s*,?\s+(\d{4})\b`,
  'u',
);
const MONTH_DAY_YEAR_RE = new RegExp(
  String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\s*,\s*(\d{4})\b`,
  'u',
);
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
const MONTH_DAY_RE = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})\b(?!\s*,?\s*\d{4})`, 'u');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function valid(d: DatelineDate): DatelineDate | null {
  if (d.month < 1 || d.month > 12 || d.day < 1) return null;
  if (d.year !== null && (d.year < 1900 || d.year > 2100 || d.day > daysIn(d.year, d.month))) return null;
  if (d.year === null && d.day > 31) return null;
  return d;
}

/** The earliest full date in the text, or else a month-day without a year; null when there is none. */
export function findDatelineDate(text: string): DatelineDate | null {
  const full: DatelineDate[] = [];
  let m = DAY_MONTH_YEAR_RE.exec(text);
  if (m)
    full.push({
      year: Number(m[3]),
      month: monthNumber(m[2] ?? ''),
      day: Number(m[1]),
      start: m.index,
      end: m.index + m[0].length,
    });
  m = MONTH_DAY_YEAR_RE.exec(text);
  if (m)
    full.push({
      year: Number(m[3]),
      month: monthNumber(m[1] ?? ''),
      day: Number(m[2]),
      start: m.index,
      end: m.index + m[0].length,
    });
  m = ISO_RE.exec(text);
  if (m)
    full.push({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      start: m.index,
      end: m.index + m[0].length,
    });
  const best = full.filter((d) => valid(d) !== null).sort((a, b) => a.start - b.start)[0];
  if (best) return best;
  m = MONTH_DAY_RE.exec(text);
  if (m)
    return valid({
      year: null,
      month: monthNumber(m[1] ?? ''),
      day: Number(m[2]),
      start: m.index,
      end: m.index + m[0].length,
    });
  return null;
}

export function toIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
