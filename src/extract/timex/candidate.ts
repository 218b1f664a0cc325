/**
 * The shapes rules produce: a candidate span plus a function that resolves it once the tagger knows
 * the reference date, the last mentioned date (the anchor) and the local tense. Resolution is
 * deferred because overlapping candidates are pruned first, and anchors follow document order.
 */
import type { TimexMod, TimexType } from '../../model/timex';
import type { CalDay } from './calendar';

/** Cheap local tense read from verbs near an expression; see tense.ts. */
export type Tense = 'past' | 'future' | 'none';

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
  /** The expression just before this one, for "July or August" and "June 1 to 5". */
  previous: { end: number; anchor: Anchor } | null;
  /** Tense around the candidate, computed on first use. */
  tense(): Tense;
}

export interface Resolution {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  /** False when the text spelled the value out in full ("June 5, 2022"). Defaults to true. */
  relative?: boolean;
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

/** A regex rule: `re` must be global; `build` returns null to reject a match on context. */
export interface Rule {
  name: string;
  re: RegExp;
  build(match: RegExpExecArray, text: string): Candidate | null;
}
