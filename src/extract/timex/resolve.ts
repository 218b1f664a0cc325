/**
 * Shared resolution steps: choosing the year of a month, the day of a weekday, the year of a
 * quarter, and counting from the anchor. Each takes the ResolveContext and never reads a clock.
 */
import type { Anchor, ResolveContext } from './candidate';
import { type CalDay, compareDays, isoWeekday, quarterOf, shiftDays } from './calendar';

/**
 * How a weekday is read: 'last'/'next' from "last Friday"/"next Friday"; 'since' ("since Sunday")
 * is never after the DCT; 'nearest' ("through Friday") takes the closer of the two.
 */
export type WeekdayDirection = 'last' | 'next' | 'since' | 'nearest';

/**
 * A weekday named without a date. Past tense takes the most recent one, future cues the coming one.
 * A sentence with no tense cue takes the most recent one when it reports ("..., the company said"),
 * since news reports what happened; otherwise, as with a present-tense verb ("England plays the
 * United States on Friday", "storms are possible Thursday"), the nearer one, since news rarely
 * looks more than 3 days ahead.
 */
export function resolveWeekday(weekday: number, ctx: ResolveContext, direction?: WeekdayDirection): CalDay {
  const today = isoWeekday(ctx.dct);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  if (direction === 'last') return shiftDays(ctx.dct, -(back === 0 ? 7 : back));
  // "next Thursday" said on a Wednesday is the Thursday of next week, not tomorrow.
  if (direction === 'next') return shiftDays(ctx.dct, 7 - today + weekday);
  if (direction === 'since') return shiftDays(ctx.dct, -back);
  // "talks that will run through Tuesday": an explicit future outranks the nearer-day default of a bound.
  const tense = direction === 'nearest' && ctx.tense() !== 'future' ? 'present' : ctx.tense();
  if (tense === 'future') return shiftDays(ctx.dct, ahead);
  if (tense === 'past' || (tense === 'none' && ctx.reported())) return shiftDays(ctx.dct, -back);
  return back <= ahead ? shiftDays(ctx.dct, -back) : shiftDays(ctx.dct, ahead);
}

/**
 * Months a future verb may follow and still name the month just gone: "The figures for September
 * will be released Nov. 30" is this September, since news names a month 10 months ahead with its year.
 */
const RECENT_DATA_MONTHS = 2;

/**
 * The year of a month named without one. Past tense never lands after the DCT's month, future never
 * before it (except a data month just gone, in the subject of the future verb). A present-tense verb
 * keeps the DCT's year ("is seeking a second term in November"). With no cue at all, the closest
 * occurrence wins, and the past one when both are six months away.
 */
export function resolveMonthYear(
  month: number,
  ctx: ResolveContext,
  ahead: 'scheduled' | 'until' | null = null,
): number {
  const { year, month: dctMonth } = ctx.dct;
  const tense = ctx.tense();
  // A plan told in the past ("postponed to December") and a deadline just ahead ("was expected to
  // last until mid-December") keep the coming month, as "extended through April 30" does for a day.
  if (ahead === 'scheduled' && month > dctMonth) return year;
  if (ahead === 'until' && month - dctMonth === 1) return year;
  if (tense === 'past') return month > dctMonth ? year - 1 : year;
  if (tense === 'future') {
    const monthsBack = dctMonth - month;
    if (monthsBack > 0 && monthsBack <= RECENT_DATA_MONTHS && ctx.cueAfter()) return year;
    return month < dctMonth ? year + 1 : year;
  }
  if (tense === 'present') return year;
  const monthsApart = month - dctMonth;
  if (monthsApart >= 6) return year - 1;
  if (monthsApart < -6) return year + 1;
  return year;
}

/**
 * The year of "June 5": past tense never lands after the DCT, future never before it. `scheduled`
 * marks a date something was set for ("has called an election for 4 July"): the verb is past but the
 * date is a plan, so a day still ahead this year stays this year.
 */
export function resolveMonthDayYear(
  month: number,
  day: number,
  ctx: ResolveContext,
  scheduled = false,
): number {
  const { year } = ctx.dct;
  const tense = ctx.tense();
  const candidate: CalDay = { year, month, day };
  const cmp = compareDays(candidate, ctx.dct);
  if (scheduled && cmp > 0) return year;
  // Past tense puts "June 5" before the DCT, except a date just ahead: "extended through April 30"
  // is a deadline, while a past event from last year would have been given its year.
  if (tense === 'past' && cmp > 0 && month - ctx.dct.month > 1) return year - 1;
  if (tense === 'past' && cmp > 0 && month < ctx.dct.month) return year - 1;
  if (tense === 'future' && cmp < 0) return year + 1;
  if (tense === 'none' || tense === 'present') {
    // Without tense, take the reading within six months of the DCT.
    const monthsApart = month - ctx.dct.month;
    if (monthsApart > 6) return year - 1;
    if (monthsApart < -6) return year + 1;
  }
  return year;
}

export function resolveQuarterYear(quarter: number, ctx: ResolveContext): number {
  const current = quarterOf(ctx.dct.month);
  const tense = ctx.tense();
  // A quarter that has not begun is usually the last one of that name, unless the text looks ahead.
  if (tense !== 'future' && quarter > current) return ctx.dct.year - 1;
  if (tense === 'future' && quarter < current) return ctx.dct.year + 1;
  return ctx.dct.year;
}

/** The anchor, or the DCT as one when the article has not named a date yet. */
export function anchorOrDct(ctx: ResolveContext): Anchor {
  if (ctx.anchor) return ctx.anchor;
  const { year, month, day } = ctx.dct;
  return { year, month, day, quarter: quarterOf(month), half: month <= 6 ? 1 : 2 };
}

/** The anchor's day when it has one; otherwise the DCT. */
export function anchorDay(ctx: ResolveContext): CalDay {
  return ctx.dayAnchor ?? ctx.dct;
}
