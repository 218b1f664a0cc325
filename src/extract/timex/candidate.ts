/**
 * The shapes rules produce: a candidate span plus a function that resolves it once the tagger knows
 * the reference date, the last mentioned date (the anchor) and the local tense. Resolution is
 * deferred because overlapping candidates are pruned first, and anchors follow document order.
 */
import type { TimexMod, TimexType } from '../../model/timex';
import type { CalDay } from './calendar';

/**
 * Cheap local tense read from verbs near an expression; see tense.ts. 'present' means a present-tense
 * verb is nearest ("are possible Thursday"), which leaves the direction open; 'none' means no cue at all.
 */
export type Tense = 'past' | 'future' | 'present' | 'none';

/** The last resolved calendar date, from which "the next day" or "that year" count. */
export interface Anchor {
  year: number;
  quarter?: number;
  half?: number;
  month?: number;
  /** Monday-based ISO week of year, when the date was given as a week. */
  week?: number;
  day?: number;
}

export interface ResolveContext {
  /** Document creation time. */
  dct: CalDay;
  anchor: Anchor | null;
  /** The last resolved date with a day ("Tuesday", "June 5"): clock times and "the next day" use it. */
  dayAnchor: CalDay | null;
  /**
   * The reporting period under discussion: the last quarter or half the text named that had ended by
   * the DCT ("third-quarter net income" in a November story). "The quarter", "the same period last
   * year" and "the year-earlier period" refer to it, even after a later outlook for the next quarter.
   */
  reportedPeriod: Anchor | null;
  /** The last day dated by a reporting verb ("the department said Thursday"), for bare clock times. */
  reportDay: CalDay | null;
  /**
   * The expression just before this one, for "July or August" and "June 1 to 5". `absolute` is true
   * when it was written out in full ("In 1996, ... in mid-July").
   */
  previous: { end: number; anchor: Anchor; absolute: boolean } | null;
  /** Tense around the candidate, computed on first use. */
  tense(): Tense;
  /** True when the cue that decided tense() follows the expression ("The figures for May will be ..."). */
  cueAfter(): boolean;
  /** True when a reporting verb stands in the sentence, however far: "..., the company said late Tuesday". */
  reported(): boolean;
}

export interface Resolution {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** False when the text spelled the value out in full ("June 5, 2022"). Defaults to true. */
  relative?: boolean;
  /**
   * True for a period named only to compare with the one under discussion ("the year-earlier
   * period"): later anaphora ("a year earlier") keeps counting from the period under discussion.
   */
  comparison?: boolean;
}

/**
 * point: a calendar date or time; duration: a length of time; set: a recurrence; ref: PRESENT_REF
 * and friends. Modifier words attach differently to each ("early June", "more than three years").
 */
export type CandidateKind = 'point' | 'duration' | 'set' | 'ref';

export interface Candidate {
  start: number;
  end: number;
  kind: CandidateKind;
  /** Tie-breaker between equally long overlapping candidates: the higher rank wins. */
  rank: number;
  mod?: TimexMod;
  resolve(ctx: ResolveContext): Resolution | null;
}

/** A candidate spanning the whole regex match. */
export function candidateFromMatch(
  m: RegExpExecArray,
  kind: CandidateKind,
  rank: number,
  resolve: Candidate['resolve'],
): Candidate {
  return { start: m.index, end: m.index + m[0].length, kind, rank, resolve };
}

/** A regex rule: `re` must be global; `build` returns null to reject a match on context. */
export interface Rule {
  name: string;
  re: RegExp;
  build(match: RegExpExecArray, text: string): Candidate | null;
}
