/**
 * The temporal-expression contract shared by the tagger (extract/timex/) and its users.
 * Values follow the TIMEX3 guidelines (2013-03-22, 2013-03, 2013-W12, 2013-Q1, 2013-H1, 199X, P3D,
 * PRESENT_REF, PAST_REF, FUTURE_REF, 2013-03-22T10:00, XXXX-WXX-1 for sets).
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 mod attribute. */
export type TimexMod =
  | 'APPROX'
  | 'START'
  | 'MID'
  | 'END'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE';

/** One tagged expression. Offsets are UTF-16 code units into the tagged text, end exclusive. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** True when the value was resolved against the reference date (not written out in full). */
  relative?: boolean;
}
