/**
 * Rules for clock times: "10 a.m.", "10:30 p.m. EDT", "10 a.m. Tuesday", "at 14:00", "0900 GMT",
 * "noon", "midnight Friday". A time without a day takes the anchor's day, since a report's clock
 * times belong to the day it just named ("On Tuesday ... at 10 a.m."), else the DCT.
 */
import { SPAN_END_WORDS } from '../lexicon/timex-anchoring-cues';
import {
  CITY_TIMES,
  CLOCK_CUE_WORDS,
  LOCAL_TIME_PHRASES,
  NAMED_TIMES,
  TIME_ZONE_ABBREVIATIONS,
  TIME_ZONE_QUALIFIERS,
  TIME_ZONE_REGIONS,
} from '../lexicon/timex-clock-words';
import { DEICTIC_DAYS } from '../lexicon/timex-deictic';
import type { Candidate, ResolveContext, Rule } from './candidate';
import { type CalDay, dayValue, pad, shiftDays } from './calendar';
import { anchorDay, resolveWeekday } from './resolve';
import { WEEKDAY_SOURCE, alternation, weekdayNumber } from './word-patterns';

const ZONE_SOURCE = `(?:${alternation(LOCAL_TIME_PHRASES)}|(?:${alternation(TIME_ZONE_REGIONS)})(?:${alternation(
  TIME_ZONE_QUALIFIERS.map((qualifier) => ` ${qualifier}`),
)})? [Tt]ime|${alternation(TIME_ZONE_ABBREVIATIONS)}|${alternation(CITY_TIMES)})`;
const DAY_WORD_SOURCE = `(?:${WEEKDAY_SOURCE}|${alternation([...DEICTIC_DAYS.keys()])})`;

/** "through 8 p.m. Friday" bounds a span, so the nearer Friday is meant whatever the verb's tense. */
const UNTIL_RE = new RegExp(`\\b(?:${alternation(SPAN_END_WORDS)})\\s+$`, 'i');

function dayFor(word: string | undefined, ctx: ResolveContext, bound: boolean): CalDay {
  // "The data were released at 8:30 a.m.", after "the department said Thursday": the statement's day.
  if (!word) return ctx.dayAnchor ?? ctx.reportDay ?? ctx.dct;
  const deictic = DEICTIC_DAYS.get(word.toLowerCase());
  if (deictic) return shiftDays(ctx.dct, deictic.days);
  const wd = weekdayNumber(word);
  return wd === null ? anchorDay(ctx) : resolveWeekday(wd, ctx, bound ? 'nearest' : undefined);
}

function timeCandidate(
  m: RegExpExecArray,
  hour: number,
  minute: number,
  dayWord: string | undefined,
  text: string,
): Candidate | null {
  if (hour > 24 || minute > 59) return null;
  const bound = UNTIL_RE.test(text.slice(Math.max(0, m.index - 12), m.index));
  return {
    start: m.index,
    end: m.index + m[0].length,
    kind: 'point',
    rank: 3,
    resolve: (ctx) => ({
      type: 'TIME',
      value: `${dayValue(dayFor(dayWord, ctx, bound))}T${pad(hour)}:${pad(minute)}`,
    }),
  };
}

/** "10 a.m.", "10:30 p.m. EDT Tuesday", "7 pm". */
const meridiemRule: Rule = {
  name: 'meridiem',
  re: new RegExp(
    `(?<![\\w$£€.,:])(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM)(?![\\w])(?:\\s+${ZONE_SOURCE})?(?:\\s+(${DAY_WORD_SOURCE}))?(?![\\w])`,
    'g',
  ),
  build(m, text) {
    let hour = Number(m[1]);
    const minute = m[2] !== undefined ? Number(m[2]) : 0;
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(m[3] ?? '');
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    return timeCandidate(m, hour, minute, m[4], text);
  },
};

/** "at 14:30", "14:30 GMT", "0900 GMT": 24-hour clock only with a cue, so scores stay out. */
const clock24Rule: Rule = {
  name: 'clock-24',
  re: new RegExp(
    `(?:(?<=\\b(?:${alternation(CLOCK_CUE_WORDS)})\\s+)(\\d{1,2}):(\\d{2})(?:\\s+${ZONE_SOURCE})?|(?<![\\w$£€.,:])(\\d{1,2}):?(\\d{2})\\s+${ZONE_SOURCE})(?![\\w:])`,
    'g',
  ),
  build(m, text) {
    const hour = Number(m[1] ?? m[3]);
    const minute = Number(m[2] ?? m[4]);
    return timeCandidate(m, hour, minute, undefined, text);
  },
};

/** "noon", "midnight", "noon Friday", "Friday noon". */
const noonRule: Rule = {
  name: 'noon',
  re: new RegExp(
    `(?<![\\w-])(?:(${DAY_WORD_SOURCE})\\s+)?(${alternation([...NAMED_TIMES.keys()])})(?:\\s+(${DAY_WORD_SOURCE}))?(?![\\w-])`,
    'gi',
  ),
  build(m, text) {
    const hour = NAMED_TIMES.get((m[2] ?? '').toLowerCase()) ?? 12;
    return timeCandidate(m, hour, 0, m[1] ?? m[3], text);
  },
};

export const CLOCK_RULES: readonly Rule[] = [meridiemRule, clock24Rule, noonRule];
