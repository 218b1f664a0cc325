/**
 * Turns a TIMEX3 DATE value into the inclusive ISO day range it covers, so the timeline can draw a
 * "2022-Q3" or "early June" event as a span. Only calendar values have a range: durations (P3Y),
 * sets (XXXX-WXX-1), reference words (PRESENT_REF) and values with unknown digits in the year
 * (XXXX-06) return null. Centuries ("19" or "19XX") also return null, because the timeline has no
 * precision coarser than a decade and a 100-year bar would say more than the text does.
 *
 * Calendar maths goes through date-fns on local-noon Dates: a DST jump moves a clock by at most an
 * hour, so reading the local Y/M/D back never slips a day whatever the machine's time zone.
 */
import {
  addDays,
  getDaysInMonth,
  getISOWeeksInYear,
  setISOWeek,
  startOfISOWeek,
  differenceInCalendarDays,
} from 'date-fns';
import type { DateQualifier, Precision } from './event-record';
import type { TimexMod } from './timex';

export interface TimexRange {
  /** First day, ISO YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day, ISO YYYY-MM-DD, inclusive. */
  end: string;
  /** The precision of the written value; a START/MID/END mod narrows the days but keeps it. */
  precision: Precision;
  qualifier: DateQualifier;
}

/** Years outside this window are almost certainly misreadings, and Date handles 0..99 specially. */
const MIN_YEAR = 100;
const MAX_YEAR = 9999;

interface Day {
  year: number;
  month: number;
  day: number;
}

function noonDate(d: Day): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(d.year, d.month - 1, d.day);
  return date;
}

function fromDate(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

function lastOfMonth(year: number, month: number): Day {
  return { year, month, day: getDaysInMonth(noonDate({ year, month, day: 1 })) };
}

interface Span {
  start: Day;
  end: Day;
  precision: Precision;
}

function monthSpan(year: number, first: number, last: number, precision: Precision): Span {
  return { start: { year, month: first, day: 1 }, end: lastOfMonth(year, last), precision };
}

/** Meteorological seasons, northern hemisphere: winter is December of the named year to February. */
const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 2],
};

function isoWeekSpan(year: number, week: number): Span | null {
  const jan4 = noonDate({ year, month: 1, day: 4 });
  if (week < 1 || week > getISOWeeksInYear(jan4)) return null;
  const monday = startOfISOWeek(setISOWeek(jan4, week));
  monday.setHours(12);
  return { start: fromDate(monday), end: fromDate(addDays(monday, 6)), precision: 'week' };
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastOfMonth(year, month).day;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const WEEK_RE = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const PART_RE = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/;
const YEAR_RE = /^(\d{4})$/;
const DECADE_RE = /^(\d{3})X$/;

function parseSpan(value: string): Span | null {
  let m = DAY_RE.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(year, month, day)) return null;
    const d = { year, month, day };
    return { start: d, end: d, precision: 'day' };
  }
  m = WEEK_RE.exec(value);
  if (m) {
    const week = isoWeekSpan(Number(m[1]), Number(m[2]));
    if (!week || m[3] === undefined) return week;
    const monday = noonDate(week.start);
    if (m[3] === 'WE') {
      return { start: fromDate(addDays(monday, 5)), end: week.end, precision: 'week' };
    }
    const d = fromDate(addDays(monday, Number(m[3]) - 1));
    return { start: d, end: d, precision: 'day' };
  }
  m = MONTH_RE.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return monthSpan(Number(m[1]), month, month, 'month');
  }
  m = PART_RE.exec(value);
  if (m) {
    const year = Number(m[1]);
    const part = m[2] ?? '';
    if (part.startsWith('Q')) {
      const q = Number(part.slice(1));
      return monthSpan(year, q * 3 - 2, q * 3, 'quarter');
    }
    if (part.startsWith('H')) {
      const h = Number(part.slice(1));
      return monthSpan(year, h * 6 - 5, h * 6, 'half');
    }
    const [first, last] = SEASON_MONTHS[part] ?? [1, 12];
    const endYear = last < first ? year + 1 : year;
    return {
      start: { year, month: first, day: 1 },
      end: lastOfMonth(endYear, last),
      precision: 'season',
    };
  }
  m = YEAR_RE.exec(value);
  if (m) return monthSpan(Number(m[1]), 1, 12, 'year');
  m = DECADE_RE.exec(value);
  if (m) {
    const first = Number(m[1]) * 10;
    return {
      start: { year: first, month: 1, day: 1 },
      end: { year: first + 9, month: 12, day: 31 },
      precision: 'decade',
    };
  }
  return null;
}

/** Splits a span into thirds: by day of month for months, by months for years, by days otherwise. */
function narrow(span: Span, part: 'START' | 'MID' | 'END'): Span {
  const index = part === 'START' ? 0 : part === 'MID' ? 1 : 2;
  const { start, end, precision } = span;
  if (precision === 'day') return span;
  if (precision === 'month') {
    // Newsroom usage: early = 1-10, mid = 11-20, late = 21 to the end.
    const firstDay = [1, 11, 21][index] ?? 1;
    const lastDay = index === 2 ? end.day : firstDay + 9;
    return {
      start: { ...start, day: firstDay },
      end: { ...start, day: lastDay },
      precision,
    };
  }
  if (precision === 'year') {
    const firstMonth = index * 4 + 1;
    return monthSpan(start.year, firstMonth, firstMonth + 3, precision);
  }
  if (precision === 'decade') {
    // Early 1990s = 1990-1993, mid = 1994-1996, late = 1997-1999.
    const from = [0, 4, 7][index] ?? 0;
    const to = [3, 6, 9][index] ?? 9;
    return {
      start: { year: start.year + from, month: 1, day: 1 },
      end: { year: start.year + to, month: 12, day: 31 },
      precision,
    };
  }
  const startDate = noonDate(start);
  const days = differenceInCalendarDays(noonDate(end), startDate) + 1;
  const from = Math.floor((days * index) / 3);
  const to = Math.floor((days * (index + 1)) / 3) - 1;
  return {
    start: fromDate(addDays(startDate, from)),
    end: fromDate(addDays(startDate, to)),
    precision,
  };
}

const MOD_QUALIFIER: Partial<Record<TimexMod, DateQualifier>> = {
  APPROX: 'approx',
  START: 'early',
  MID: 'mid',
  END: 'late',
  BEFORE: 'before',
  ON_OR_BEFORE: 'before',
  AFTER: 'after',
  ON_OR_AFTER: 'after',
};

/**
 * The inclusive day range of a TIMEX3 DATE/TIME value, or null when the value names no bounded
 * stretch of the calendar (durations, sets, PAST_REF, centuries, unknown years, invalid dates).
 */
export function timexToRange(value: string, mod?: TimexMod): TimexRange | null {
  let span = parseSpan(value.trim());
  if (!span) return null;
  if (span.start.year < MIN_YEAR || span.end.year > MAX_YEAR) return null;
  if (mod === 'START' || mod === 'MID' || mod === 'END') span = narrow(span, mod);
  return {
    start: isoDay(span.start),
    end: isoDay(span.end),
    precision: span.precision,
    qualifier: (mod && MOD_QUALIFIER[mod]) ?? '',
  };
}
