/**
 * Widens candidates over the modifier words TIMEX3 puts inside the extent and records the mod:
 * "early June" (START), "mid-2019" (MID), "the end of June" (END), "earlier this year",
 * "nearly a year ago" (APPROX), "more than three years" (MORE_THAN). Runs before overlap pruning so a
 * widened candidate competes with its full length. Each test reads at most PREFIX_CHARS before the
 * candidate, so the pass is linear.
 */
import {
  AMOUNT_MODIFIERS,
  COUNTED_POINT_DIRECTIONS,
  EARLIER_LATER,
  EARLIER_LATER_TARGETS,
  EDGE_BLOCKING_ARTICLES,
  POINT_APPROXIMATORS,
  PREPOSITION_LIKE_MODIFIERS,
} from '../lexicon/timex-modifiers';
import { DURATION_COUNT_STARTS } from '../lexicon/timex-counts';
import { EARLY_MID_LATE, PART_OF_PERIOD } from '../lexicon/timex-part-of-period';
import { SMALL_HOURS_ADJECTIVES } from '../lexicon/timex-part-of-day';
import type { TimexMod } from '../../model/timex';
import type { Candidate } from './candidate';
import { alternation } from './word-patterns';

const PREFIX_CHARS = 32;

const PART_OF_RE = new RegExp(
  `\\b((?:the\\s+)?(?:very\\s+)?(${alternation([...PART_OF_PERIOD.keys()])})\\s+of\\s+)$`,
  'i',
);
const EARLY_LATE_RE = new RegExp(`\\b((${alternation([...EARLY_MID_LATE.keys()])})(?:-|\\s+))$`, 'i');
const EARLIER_LATER_RE = new RegExp(`\\b((?:${alternation(EARLIER_LATER)})\\s+)$`, 'i');
const APPROX_RE = new RegExp(`\\b((${alternation([...AMOUNT_MODIFIERS.keys()])})\\s+)$`, 'i');
const EARLIER_LATER_TARGET_RE = new RegExp(`^(?:${alternation(EARLIER_LATER_TARGETS)})\\b`, 'i');
const EDGE_BLOCKING_ARTICLE_RE = new RegExp(`^(?:${alternation(EDGE_BLOCKING_ARTICLES)})\\s`, 'i');
const COUNTED_POINT_RE = new RegExp(`\\b(${alternation([...COUNTED_POINT_DIRECTIONS.keys()])})$`, 'i');
/** A count at the start of a duration: a digit, "a"/"an", or a listed count word. */
const COUNT_START_RE = new RegExp(`^(?:\\d|a\\b|an\\b|${alternation(DURATION_COUNT_STARTS)})`, 'i');

/** "the early hours of Friday": the small hours are the start of that day's morning (TMO). */
const EARLY_HOURS_RE = new RegExp(
  `\\b(the\\s+(?:${alternation(SMALL_HOURS_ADJECTIVES)})\\s+hours\\s+of\\s+)$`,
  'i',
);
const DAY_OR_PART_RE = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI))?$/;

function earlyHoursOf(c: Candidate, by: number): Candidate {
  return {
    ...c,
    start: c.start - by,
    resolve(ctx) {
      const r = c.resolve(ctx);
      const day = r ? DAY_OR_PART_RE.exec(r.value)?.[1] : undefined;
      return r && day ? { ...r, type: 'TIME', value: `${day}TMO` } : r;
    },
  };
}

function widen(c: Candidate, by: number, mod: TimexMod | undefined): Candidate {
  return { ...c, start: c.start - by, ...(mod && !c.mod ? { mod } : {}) };
}

function widenOnce(c: Candidate, text: string): Candidate | null {
  const prefix = text.slice(Math.max(0, c.start - PREFIX_CHARS), c.start);
  const own = text.slice(c.start, c.end);
  const startsWithCount = COUNT_START_RE.test(own);
  if (c.kind === 'point') {
    let m = EARLY_HOURS_RE.exec(prefix);
    if (m) return earlyHoursOf(c, (m[1] ?? '').length);
    m = PART_OF_RE.exec(prefix);
    if (m) return widen(c, (m[1] ?? '').length, PART_OF_PERIOD.get((m[2] ?? '').toLowerCase()));
    m = EARLY_LATE_RE.exec(prefix);
    if (m && !EDGE_BLOCKING_ARTICLE_RE.test(own)) {
      return widen(c, (m[1] ?? '').length, EARLY_MID_LATE.get((m[2] ?? '').toLowerCase()));
    }
    m = EARLIER_LATER_RE.exec(prefix);
    if (m && EARLIER_LATER_TARGET_RE.test(own)) return widen(c, (m[1] ?? '').length, undefined);
    m = APPROX_RE.exec(prefix);
    const word = (m?.[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (m && POINT_APPROXIMATORS.has(word)) return widen(c, (m[1] ?? '').length, 'APPROX');
    // "more than a year ago" is a point before the year-ago date; "less than a week later" one before
    // the week-later date.
    const counted = COUNTED_POINT_RE.exec(own);
    const amount = m ? AMOUNT_MODIFIERS.get(word) : undefined;
    if (m && counted && amount) {
      const back = COUNTED_POINT_DIRECTIONS.get((counted[1] ?? '').toLowerCase()) === 'back';
      const more = amount === 'MORE_THAN' || amount === 'EQUAL_OR_MORE';
      return widen(c, (m[1] ?? '').length, more === back ? 'BEFORE' : 'AFTER');
    }
    return null;
  }
  if (c.kind === 'duration') {
    const m = APPROX_RE.exec(prefix);
    if (!m) return null;
    const word = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    // "over the past year" and "under the next two years" use the word as a preposition.
    if (PREPOSITION_LIKE_MODIFIERS.has(word) && !startsWithCount) {
      return null;
    }
    return widen(c, (m[1] ?? '').length, AMOUNT_MODIFIERS.get(word));
  }
  return null;
}

/** Applies at most two modifiers per candidate ("about the end of June" is as far as news goes). */
export function applyModifiers(candidates: Candidate[], text: string): Candidate[] {
  return candidates.map((c) => {
    let current = c;
    for (let i = 0; i < 2; i++) {
      const next = widenOnce(current, text);
      if (!next) break;
      current = next;
    }
    return current;
  });
}
