/**
 * Parts of the day and their TIMEX3 codes ("Friday morning" is 2022-06-10TMO), with the words
 * around "the morning" that decide whether it is a time. Lower case.
 */

/** Parts of the day and their codes. */
export const PART_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
]);

/** "the early hours of Friday", "the small hours", "the wee hours": the start of that day's morning. */
export const SMALL_HOURS_ADJECTIVES: readonly string[] = ['early', 'small', 'wee'];

/** Prepositions after which "the afternoon" is a part of the day last named: "in the afternoon". */
export const PART_OF_DAY_PREPOSITIONS: readonly string[] = [
  'in',
  'during',
  'through',
  'throughout',
  'into',
  'by',
  'early in',
  'late in',
  'later in',
];

/** Words after "the morning" that make it something else: "the morning of", "the evening news". */
export const PART_OF_DAY_NOT_BEFORE: readonly string[] = [
  'of',
  'before',
  'after',
  'show',
  'news',
  'edition',
  'session',
  'shift',
  'paper',
];
