/**
 * Widens candidates over the modifier words TIMEX3 puts inside the extent and records the mod:
 * "early June" (START), "mid-2019" (MID), "the end of June" (END), "earlier this year",
 * "nearly a year ago" (APPROX), "more than three years" (MORE_THAN). Runs before overlap pruning so a
 * widened candidate competes with its full length. Each test reads at most PREFIX_CHARS before the
 * candidate, so the pass is linear.
 */
import type { TimexMod } from '../../model/timex';
import type { Candidate } from './candidate';

const PREFIX_CHARS = 32;

const PART_OF_RE = /\b((?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn)\s+of\s+)$/i;
const EARLY_LATE_RE = /\b((early|late|mid)(?:-|\s+))$/i;
const EARLIER_LATER_RE = /\b((?:earlier|later)\s+)$/i;
const APPROX_RE =
  /\b((about|around|approximately|roughly|nearly|almost|some|circa|more than|well over|just over|less than|just under|fewer than|at least|no less than|at most|up to|no more than)\s+)$/i;

const PART_MOD: Record<string, TimexMod> = {
  end: 'END',
  close: 'END',
  beginning: 'START',
  start: 'START',
  turn: 'START',
  middle: 'MID',
  early: 'START',
  late: 'END',
  mid: 'MID',
};

const AMOUNT_MOD: Record<string, TimexMod> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  nearly: 'APPROX',
  almost: 'APPROX',
  some: 'APPROX',
  circa: 'APPROX',
  'more than': 'MORE_THAN',
  'well over': 'MORE_THAN',
  'just over': 'MORE_THAN',
  'less than': 'LESS_THAN',
  'just under': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
};

/** "the early hours of Friday": the small hours are the start of that day's morning (TMO). */
const EARLY_HOURS_RE = /\b(the\s+(?:early|small|wee)\s+hours\s+of\s+)$/i;
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

/** Words that make a point-in-time approximate; the rest ("over", "up to") only bound amounts. */
const POINT_APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'circa']);

function widen(c: Candidate, by: number, mod: TimexMod | undefined): Candidate {
  return { ...c, start: c.start - by, ...(mod && !c.mod ? { mod } : {}) };
}

function widenOnce(c: Candidate, text: string): Candidate | null {
  const prefix = text.slice(Math.max(0, c.start - PREFIX_CHARS), c.start);
  const own = text.slice(c.start, c.end);
  const startsWithCount =
    /^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|several|a few)/i.test(
      own,
    );
  if (c.kind === 'point') {
    let m = EARLY_HOURS_RE.exec(prefix);
    if (m) return earlyHoursOf(c, (m[1] ?? '').length);
    m = PART_OF_RE.exec(prefix);
    if (m) return widen(c, (m[1] ?? '').length, PART_MOD[(m[2] ?? '').toLowerCase()]);
    m = EARLY_LATE_RE.exec(prefix);
    if (m && !/^(?:the|a|an)\s/i.test(own)) {
      return widen(c, (m[1] ?? '').length, PART_MOD[(m[2] ?? '').toLowerCase()]);
    }
    m = EARLIER_LATER_RE.exec(prefix);
    if (m && /^(?:this|last|next|today|tonight|in)\b/i.test(own))
      return widen(c, (m[1] ?? '').length, undefined);
    m = APPROX_RE.exec(prefix);
    const word = (m?.[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (m && POINT_APPROX.has(word)) return widen(c, (m[1] ?? '').length, 'APPROX');
    // "more than a year ago" is a point before the year-ago date; "less than a week later" one before
    // the week-later date.
    const counted = /\b(ago|later|earlier)$/i.exec(own);
    const amount = m ? AMOUNT_MOD[word] : undefined;
    if (m && counted && amount) {
      const back = (counted[1] ?? '').toLowerCase() !== 'later';
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
    if ((word === 'some' || word === 'around' || word === 'about') && !startsWithCount) {
      return null;
    }
    return widen(c, (m[1] ?? '').length, AMOUNT_MOD[word]);
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
