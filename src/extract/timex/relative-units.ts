/**
 * Shifting a calendar position by whole units and writing it at that unit's granularity:
 * (June 8 2022, month, -1) -> "2022-05"; (.., week, 0) -> "2022-W23"; (.., year, -2) -> "2020".
 * Shared by "last month", "two years ago" and "the following week".
 */
import { CALENDAR_UNITS, type CalendarUnit } from '../lexicon/timex-units';
import type { Anchor } from './candidate';
import {
  type CalDay,
  dayValue,
  isValidDay,
  mondayOfWeek,
  monthValue,
  pad,
  quarterOf,
  shiftDays,
  shiftMonths,
  weekValue,
  yearValue,
} from './calendar';

export type { CalendarUnit };

const CALENDAR_UNIT_WORDS: ReadonlySet<string> = new Set(CALENDAR_UNITS);

export function isCalendarUnit(word: string): word is CalendarUnit {
  return CALENDAR_UNIT_WORDS.has(word);
}

/** The value of the unit holding `base`, shifted by `offset` units. */
export function shiftedValue(base: CalDay, unit: CalendarUnit, offset: number): string {
  switch (unit) {
    case 'day':
      return dayValue(shiftDays(base, offset));
    case 'week':
      return weekValue(base, offset);
    case 'weekend':
      return `${weekValue(base, offset)}-WE`;
    case 'month': {
      const s = shiftMonths(base.year, base.month, offset);
      return monthValue(s.year, s.month);
    }
    case 'quarter': {
      const index = base.year * 4 + quarterOf(base.month) - 1 + offset;
      return `${yearValue(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'half': {
      const index = base.year * 2 + (base.month <= 6 ? 0 : 1) + offset;
      return `${yearValue(Math.floor(index / 2))}-H${(index % 2) + 1}`;
    }
    case 'year':
      return yearValue(base.year + offset);
    case 'decade':
      return `${pad(Math.floor(base.year / 10) + offset, 3)}X`;
  }
}

/** A representative day of the anchor: its day, the Monday of its week, or the first of its period. */
export function anchorBase(anchor: Anchor): CalDay {
  if (anchor.week !== undefined) return mondayOfWeek(anchor.year, anchor.week);
  const month =
    anchor.month ?? (anchor.quarter !== undefined ? anchor.quarter * 3 - 2 : anchor.half === 2 ? 7 : 1);
  const d = { year: anchor.year, month, day: anchor.day ?? 1 };
  return isValidDay(d) ? d : { year: anchor.year, month, day: 1 };
}

/** Whether the anchor is at least as fine as the unit, so counting from it means something. */
export function anchorSupports(anchor: Anchor, unit: CalendarUnit): boolean {
  switch (unit) {
    case 'day':
      return anchor.day !== undefined;
    case 'week':
    case 'weekend':
      return anchor.day !== undefined || anchor.week !== undefined;
    case 'month':
      return anchor.month !== undefined;
    case 'quarter':
      return anchor.quarter !== undefined;
    case 'half':
      return anchor.half !== undefined || anchor.quarter !== undefined;
    case 'year':
    case 'decade':
      return true;
  }
}

/** The finest unit the anchor names, for "a year earlier" said of a quarter ("2021-Q3"). */
export function anchorGranularity(anchor: Anchor): CalendarUnit {
  if (anchor.day !== undefined) return 'day';
  if (anchor.week !== undefined) return 'week';
  if (anchor.month !== undefined) return 'month';
  if (anchor.quarter !== undefined) return 'quarter';
  if (anchor.half !== undefined) return 'half';
  return 'year';
}
