/**
 * Weekday names for the temporal tagger and their ISO numbers, Monday = 1 (HeidelTime's reWeekday
 * and normWeekday). Capitalised as news copy writes them; rules look a matched word up in lower case.
 */

/** Full weekday names. */
export const WEEKDAY_NAMES: readonly (readonly [string, number])[] = [
  ['Monday', 1],
  ['Tuesday', 2],
  ['Wednesday', 3],
  ['Thursday', 4],
  ['Friday', 5],
  ['Saturday', 6],
  ['Sunday', 7],
];

/** Abbreviations read as weekdays, always with their full stop ("Tues.", "Thurs."). */
export const WEEKDAY_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['Tues', 2],
  ['Wed', 3],
  ['Thurs', 4],
  ['Fri', 5],
  ['Sat', 6],
];

/**
 * Three-letter forms, which are names more often than days ("Sun Microsystems", "Sat Nav"): never
 * read as weekdays, and a chrono result that is only one of them is dropped. Lower case.
 */
export const NAME_LIKE_WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'sun',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
];
