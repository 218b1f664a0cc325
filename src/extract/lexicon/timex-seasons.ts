/**
 * Seasons for the temporal tagger: the words, their TIMEX3 codes ("2022-SU") and the month each
 * season starts in (northern hemisphere, as the codes are). Lower case.
 */

/** Season words and their TIMEX3 codes. A word comes before any word that begins with it. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['summertime', 'SU'],
  ['autumn', 'FA'],
  ['fall', 'FA'],
  ['winter', 'WI'],
]);

/** Seasons that recur: "every summer", "each winter". */
export const RECURRING_SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter'];

/** Season words that are usually a verb ("prices fall"): a season only after a determiner or before a year. */
export const VERB_LIKE_SEASONS: ReadonlySet<string> = new Set(['fall']);

/** Season words that are never part of a name, so a possessive before them still dates: "their summertime drills". */
export const NAME_FREE_SEASONS: ReadonlySet<string> = new Set(['summertime']);

/** The first month of each season code; winter y runs from December y to February y+1. */
export const SEASON_START_MONTHS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
