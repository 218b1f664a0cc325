/**
 * Words for a part of a period and the TIMEX3 mod each gives it: "the end of June" (END), "the
 * beginning of the month" (START), "mid-2019" (MID). One list for the modifier pass and the
 * "the end of the year" rule alike. Lower case.
 */
import type { TimexMod } from '../../model/timex';

/** Parts named with "of": "the end of June", "the turn of the century". */
export const PART_OF_PERIOD: ReadonlyMap<string, TimexMod> = new Map<string, TimexMod>([
  ['end', 'END'],
  ['beginning', 'START'],
  ['start', 'START'],
  ['middle', 'MID'],
  ['close', 'END'],
  ['turn', 'START'],
]);

/** The part of a period still to come: "the rest of the year". It takes no mod. */
export const REST_OF_PERIOD: readonly string[] = ['rest', 'remainder'];

/** Parts written before the period: "early June", "mid-2019", "the late 1990s". */
export const EARLY_MID_LATE: ReadonlyMap<string, TimexMod> = new Map<string, TimexMod>([
  ['early', 'START'],
  ['mid', 'MID'],
  ['late', 'END'],
]);
