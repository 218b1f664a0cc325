/**
 * The calendar stretch a gold TIMEX3 value names, as the inclusive ISO days an EventRecord would carry
 * for it, so gold and predicted dates compare as intervals. The calendar maths is model/timex-range;
 * this file only adds the spellings annotated corpora use and the model does not (unknown day or
 * month written as XX, a three-digit decade).
 */
import { timexToRange } from '../../model/timex-range';

export interface DayInterval {
  /** First day, ISO YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day, ISO YYYY-MM-DD, inclusive. */
  end: string;
}

/**
 * "2008-10-XX" is October 2008 and "2008-XX-XX" is 2008: the known part still bounds the event.
 * "199" is the 1990s (TimeML decades drop the last digit).
 */
function normalise(value: string): string {
  const v = value.trim();
  const unknownDay = /^(\d{4}-\d{2})-XX$/.exec(v);
  if (unknownDay) return unknownDay[1] ?? v;
  const unknownMonth = /^(\d{4})-XX(?:-XX)?$/.exec(v);
  if (unknownMonth) return unknownMonth[1] ?? v;
  if (/^\d{3}$/.test(v)) return `${v}X`;
  return v;
}

/**
 * [firstDay, lastDay] of a DATE/TIME value: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-Qn, YYYY-Hn,
 * seasons (YYYY-SP), times (YYYY-MM-DDTHH:MM is that day). Null for values that name no stretch of the
 * calendar: PRESENT_REF, PAST_REF, FUTURE_REF, durations, fiscal years (FY2009: the company's year,
 * not the calendar's) and anything with an unknown year.
 */
export function timexInterval(value: string): DayInterval | null {
  const range = timexToRange(normalise(value));
  return range ? { start: range.start, end: range.end } : null;
}
