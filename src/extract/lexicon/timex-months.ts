/**
 * Month names for the temporal tagger, capitalised as news copy writes them (HeidelTime's
 * reMonthLong, reMonthShort and normMonth). Rules match them case-sensitively unless a rule says
 * otherwise, and look a matched word up again in lower case.
 */

/** Full month names and their numbers. */
export const MONTH_NAMES: readonly (readonly [string, number])[] = [
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['September', 9],
  ['October', 10],
  ['November', 11],
  ['December', 12],
];

/**
 * Abbreviations, with or without a full stop ("Jan. 6", "Sept 11"). A form comes before any form it
 * begins with ("Sept" before "Sep"), so the longer one is tried first. "May" has none.
 */
export const MONTH_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sept', 9],
  ['Sep', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
];

/**
 * The abbreviations AP style uses (Jan., Feb., Aug., Sept., Oct., Nov., Dec.): only these stand for a
 * month without a day ("in Sept.", "the July-Sept period"), where "Mar." or "Jun." would not.
 */
export const AP_MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * Full month names that are also common words or first names ("may", "march", "April Ryan",
 * "June Carter", "August Wilson"). Alone they are a month only after a cue word or before a day or
 * year. Lower case.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'august']);
