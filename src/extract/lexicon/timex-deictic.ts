/**
 * Words that name a day or a time relative to the report itself: "today", "yesterday morning", "the
 * day after tomorrow", "now", "recently", "the distant past" (HeidelTime's reDeictic). Lower case,
 * one space between words.
 */

/** Whole phrases for a day, and its distance from the report's date in days. */
export const DAY_PHRASES: ReadonlyMap<string, number> = new Map([
  ['the day before yesterday', -2],
  ['the day after tomorrow', 2],
]);

/** Words that name a day before a part of it: "this morning", "yesterday evening", "last night". */
export const DAYS_BEFORE_PART: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
  ['today', 0],
  ['last', -1],
]);

/** Words that name a day on their own, its distance in days, and the part of it they mean ("tonight"). */
export const DEICTIC_DAYS: ReadonlyMap<string, { days: number; part?: string }> = new Map<
  string,
  { days: number; part?: string }
>([
  ['today', { days: 0 }],
  ['tonight', { days: 0, part: 'night' }],
  ['yesterday', { days: -1 }],
  ['tomorrow', { days: 1 }],
]);

/** Words for the present or the recent past as a whole, and their TIMEX3 values. */
export const REFERENCE_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['lately', 'PAST_REF'],
]);

/** "the past", "the future", after "the" and an optional adjective ("the recent past"). */
export const TIME_REGIONS: ReadonlyMap<string, string> = new Map([
  ['past', 'PAST_REF'],
  ['future', 'FUTURE_REF'],
]);
export const TIME_REGION_ADJECTIVES: readonly string[] = ['near', 'distant', 'recent', 'immediate'];
