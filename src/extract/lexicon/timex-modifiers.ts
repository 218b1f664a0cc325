/**
 * Modifier words TIMEX3 puts inside an expression's extent, and what they mean: "about a year"
 * (APPROX), "more than three years" (MORE_THAN), "earlier this year". Parts of a period ("the end
 * of", "early") are in timex-part-of-period.ts. Lower case, one space between words.
 */
import type { TimexMod } from '../../model/timex';

/** Words before an amount of time and the mod they give it. */
export const AMOUNT_MODIFIERS: ReadonlyMap<string, TimexMod> = new Map<string, TimexMod>([
  ['about', 'APPROX'],
  ['around', 'APPROX'],
  ['approximately', 'APPROX'],
  ['roughly', 'APPROX'],
  ['nearly', 'APPROX'],
  ['almost', 'APPROX'],
  ['some', 'APPROX'],
  ['circa', 'APPROX'],
  ['more than', 'MORE_THAN'],
  ['well over', 'MORE_THAN'],
  ['just over', 'MORE_THAN'],
  ['less than', 'LESS_THAN'],
  ['just under', 'LESS_THAN'],
  ['fewer than', 'LESS_THAN'],
  ['at least', 'EQUAL_OR_MORE'],
  ['no less than', 'EQUAL_OR_MORE'],
  ['at most', 'EQUAL_OR_LESS'],
  ['up to', 'EQUAL_OR_LESS'],
  ['no more than', 'EQUAL_OR_LESS'],
]);

/** Those that make a point in time approximate ("about June 5"); the rest only bound amounts. */
export const POINT_APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'circa',
]);

/**
 * Those that are prepositions unless a count follows: "around the past year" is no approximation,
 * "around three years" is.
 */
export const PREPOSITION_LIKE_MODIFIERS: ReadonlySet<string> = new Set(['some', 'around', 'about']);

/** "earlier this year", "later today": widened over, with no mod. */
export const EARLIER_LATER: readonly string[] = ['earlier', 'later'];

/** What "earlier"/"later" must come before to belong to the expression. */
export const EARLIER_LATER_TARGETS: readonly string[] = ['this', 'last', 'next', 'today', 'tonight', 'in'];

/** Articles that keep "early"/"late" out of an expression: "late the next day" is no part of a day. */
export const EDGE_BLOCKING_ARTICLES: readonly string[] = ['the', 'a', 'an'];

/**
 * Endings of a counted point and the direction it counts: "more than a year ago" is before the
 * year-ago date, "less than a week later" before the week-later one.
 */
export const COUNTED_POINT_DIRECTIONS: ReadonlyMap<string, 'back' | 'ahead'> = new Map<
  string,
  'back' | 'ahead'
>([
  ['ago', 'back'],
  ['later', 'ahead'],
  ['earlier', 'back'],
]);
