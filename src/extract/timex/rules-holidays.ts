/**
 * Named days news dates things by: "Christmas Day", "New Year's Eve", "Thanksgiving", "Labor Day",
 * "Easter". Fixed and floating (nth weekday, Easter) dates are computed for the year chosen the same
 * way as for "June 5": tense decides between this year's and last or next year's.
 */
import { HOLIDAYS, type HolidayDate } from '../lexicon/timex-holidays';
import type { Rule } from './candidate';
import { type CalDay, dayValue, isoWeekday, shiftDays } from './calendar';
import { resolveMonthDayYear } from './resolve';
import { YEAR_SOURCE } from './rules-explicit';

type DateInYear = (year: number) => CalDay;

function fixed(month: number, day: number): DateInYear {
  return (year) => ({ year, month, day });
}

/** The nth (1-based; -1 = last) ISO weekday of a month. */
function nthWeekday(month: number, weekday: number, n: number): DateInYear {
  return (year) => {
    if (n > 0) {
      const first = { year, month, day: 1 };
      return shiftDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
    }
    const last = shiftDays({ year, month: month + 1 > 12 ? 1 : month + 1, day: 1 }, -1);
    const lastInYear = month === 12 ? { year, month: 12, day: 31 } : last;
    return shiftDays(lastInYear, -((isoWeekday(lastInYear) - weekday + 7) % 7));
  };
}

/** Western Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): CalDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function dateInYear(holiday: HolidayDate): DateInYear {
  switch (holiday.kind) {
    case 'fixed':
      return fixed(holiday.month, holiday.day);
    case 'nth-weekday':
      return nthWeekday(holiday.month, holiday.weekday, holiday.n);
    case 'easter':
      return holiday.days === 0 ? easter : (y) => shiftDays(easter(y), holiday.days);
  }
}

/** Each holiday's name to the function that finds it in a year. */
const HOLIDAY_DATES: ReadonlyMap<string, DateInYear> = new Map(
  [...HOLIDAYS].map(([name, holiday]) => [name, dateInYear(holiday)]),
);

const NAMES_SOURCE = [...HOLIDAY_DATES.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.'’]/g, (ch) => (ch === '.' ? '\\.' : "['’]")).replace(/ /g, '\\s+'))
  .join('|');

/** "Christmas Day", "Thanksgiving", "Easter 2021", "Labor Day weekend" (the day only). */
const holidayRule: Rule = {
  name: 'holiday',
  re: new RegExp(`(?<![\\w-])(${NAMES_SOURCE})(?:,?\\s+(${YEAR_SOURCE}))?(?![\\w-])`, 'gi'),
  build(m) {
    const name = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const dateOf = HOLIDAY_DATES.get(name);
    // Capitalised only: "christmas" in lower case is a product or a quote, and names are proper nouns.
    if (!dateOf || !/^[A-Z]|^the\s+[A-Z]/.test(m[1] ?? '')) return null;
    const year = m[2] !== undefined ? Number(m[2]) : null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'point',
      rank: 3,
      resolve(ctx) {
        if (year !== null) return { type: 'DATE', value: dayValue(dateOf(year)), relative: false };
        const thisYear = dateOf(ctx.dct.year);
        const y = resolveMonthDayYear(thisYear.month, thisYear.day, ctx);
        return { type: 'DATE', value: dayValue(dateOf(y)) };
      },
    };
  },
};

export const HOLIDAY_RULES: readonly Rule[] = [holidayRule];
