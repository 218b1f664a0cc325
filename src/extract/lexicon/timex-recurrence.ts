/**
 * Words of recurring times (TIMEX3 SET): "daily", "every week", "twice a year", "$5 billion a
 * year". Lower case; rules compare case-insensitively.
 */

/** Adverbs of frequency and the period they repeat at. */
export const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'],
  ['nightly', 'P1D'],
  ['weekly', 'P1W'],
  ['biweekly', 'P2W'],
  ['monthly', 'P1M'],
  ['quarterly', 'P3M'],
  ['annually', 'P1Y'],
  ['yearly', 'P1Y'],
  ['hourly', 'PT1H'],
]);

/** "every week", "each Monday". */
export const RECURRENCE_QUANTIFIERS: readonly string[] = ['every', 'each'];

/** "once a week", "twice a year": counts of times without "times". */
export const MULTIPLICATIVES: readonly string[] = ['once', 'twice', 'thrice'];

/** Words between a frequency and its period: "twice a week", "three times per year". */
export const FREQUENCY_PER_WORDS: readonly string[] = ['a', 'an', 'per', 'each', 'every'];

/** Words between a rate and its period: "500,000 barrels a day", "2% per year", "24 hours a day". */
export const RATE_PER_WORDS: readonly string[] = ['a', 'an', 'per', 'each'];

/** Scale words between a number and a rate's period: "$5 billion a year", "3 percent a year". */
export const RATE_SCALE_WORDS: readonly string[] = [
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'percent',
];

/** Words after "a day" that make it a point, not a rate: "a day after", "a week ago". */
export const RATE_NOT_BEFORE: readonly string[] = ['after', 'before', 'later', 'earlier', 'ago'];
