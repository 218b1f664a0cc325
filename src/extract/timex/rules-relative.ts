/**
 * Rules for expressions resolved against the reference date or the last mentioned date:
 * "today", "last night", "now", "recently", "last month", "this week", "the following year",
 * "two years ago", "a week ago Friday", "three days later", "Friday", "next Tuesday",
 * "the next day", "that night", "the weekend".
 */
import type { TimexType } from '../../model/timex';
import { SPAN_END_WORDS } from '../lexicon/timex-anchoring-cues';
import { SPAN_END_NAMED_TIMES } from '../lexicon/timex-clock-words';
import { MONTH_SPAN_COUNT_WORDS, MONTH_SPAN_OPENERS } from '../lexicon/timex-counts';
import { OVERNIGHT_FOLLOWERS } from '../lexicon/timex-date-cues';
import {
  TODAY_NAME_PREFIXES,
  WEEKDAY_NAME_PREFIXES,
  WEEKDAY_NAME_SUFFIXES,
} from '../lexicon/timex-date-names';
import {
  DAYS_BEFORE_PART,
  DAY_PHRASES,
  DEICTIC_DAYS,
  REFERENCE_WORDS,
  TIME_REGIONS,
  TIME_REGION_ADJECTIVES,
} from '../lexicon/timex-deictic';
import { PART_OF_PERIOD, REST_OF_PERIOD } from '../lexicon/timex-part-of-period';
import { PART_OF_DAY, PART_OF_DAY_NOT_BEFORE, PART_OF_DAY_PREPOSITIONS } from '../lexicon/timex-part-of-day';
import {
  ANAPHORIC_DAY_WORDS,
  COUNTED_BEFORE_AFTER,
  COUNTED_LATER_EARLIER,
  DAY_BEFORE_AFTER,
  DAY_BEFORE_AFTER_NOUNS,
  RELATIVE_OFFSETS,
  WEEKDAY_MODIFIERS,
} from '../lexicon/timex-relative-words';
import { YEAR_KIND_WORDS } from '../lexicon/timex-reporting-periods';
import { CALENDAR_UNIT_DURATIONS, PERIOD_PART_UNITS, RELATIVE_UNITS } from '../lexicon/timex-units';
import { candidateFromMatch, type ResolveContext, type Resolution, type Rule } from './candidate';
import { type CalDay, dayValue, isoWeekday, shiftDays, yearValue } from './calendar';
import {
  type CalendarUnit,
  anchorBase,
  anchorGranularity,
  anchorSupports,
  isCalendarUnit,
  shiftedValue,
} from './relative-units';
import { anchorDay, resolveWeekday } from './resolve';
import { isSentenceBreak } from './tense';
import {
  COUNT_SOURCE,
  UNIT_SOURCE,
  WEEKDAY_SOURCE,
  alternation,
  countValue,
  unitOf,
  weekdayNumber,
} from './word-patterns';

/** Parts of the day, as an alternation without a group: "morning|afternoon|evening|night". */
const PART_OF_DAY_ALTERNATION = alternation([...PART_OF_DAY.keys()]);

function dayOrTime(day: CalDay, part: string | undefined): Resolution {
  const code = part ? PART_OF_DAY.get(part.toLowerCase()) : undefined;
  return code ? { type: 'TIME', value: `${dayValue(day)}T${code}` } : { type: 'DATE', value: dayValue(day) };
}

/** "USA Today": a title, not a day. */
const TODAY_NAME_CHARS = Math.max(...TODAY_NAME_PREFIXES.map((name) => name.length)) + 1;
const TODAY_NAME_BEFORE_RE = new RegExp(`\\b(?:${alternation(TODAY_NAME_PREFIXES)})\\s$`);

/** The deictic phrases, longest forms first: "the day after tomorrow", "yesterday morning", "today", "now", "the recent past". */
const DEICTIC_SOURCE = [
  alternation([...DAY_PHRASES.keys()]),
  `(?:${alternation([...DAYS_BEFORE_PART.keys()])})\\s+(?:${PART_OF_DAY_ALTERNATION})`,
  alternation([...DEICTIC_DAYS.keys()]),
  alternation([...REFERENCE_WORDS.keys()]),
  `the (?:${alternation(TIME_REGION_ADJECTIVES, { suffix: ' ' })})?(?:${alternation([...TIME_REGIONS.keys()])})`,
].join('|');

/** "today", "tonight", "yesterday morning", "last night", "now", "recently", "the past", "the future". */
const deicticRule: Rule = {
  name: 'deictic',
  re: new RegExp(`(?<![\\w-])(?:${DEICTIC_SOURCE})(?![\\w-])`, 'gi'),
  build(m, text) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (
      phrase === 'today' &&
      TODAY_NAME_BEFORE_RE.test(text.slice(Math.max(0, m.index - TODAY_NAME_CHARS), m.index))
    ) {
      return null;
    }
    const words = phrase.split(' ');
    const head = words[0] ?? '';
    const part = words[1];
    const refValue =
      REFERENCE_WORDS.get(phrase) ??
      (head === 'the' ? TIME_REGIONS.get(words[words.length - 1] ?? '') : undefined);
    if (refValue !== undefined)
      return candidateFromMatch(m, 'ref', 2, () => ({ type: 'DATE', value: refValue }));
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      const days = DAY_PHRASES.get(phrase);
      if (days !== undefined) return dayOrTime(shiftDays(ctx.dct, days), undefined);
      if (part !== undefined) return dayOrTime(shiftDays(ctx.dct, DAYS_BEFORE_PART.get(head) ?? 0), part);
      const day = DEICTIC_DAYS.get(head);
      return dayOrTime(shiftDays(ctx.dct, day?.days ?? 0), day?.part);
    });
  },
};

type Offset = { from: 'dct' | 'anchor'; by: number } | 'duration' | null;

function offsetOf(determiner: string | undefined, word: string): Offset {
  const offset = RELATIVE_OFFSETS.get(word);
  if (!offset) return null;
  return offset.spanAfterThe && determiner !== undefined ? 'duration' : { from: offset.from, by: offset.by };
}

/** Resolve "the following month" style offsets against the anchor, or the DCT without one. */
function fromAnchorOrDct(ctx: ResolveContext, unit: CalendarUnit, by: number): string {
  const a = ctx.anchor;
  const base = a && anchorSupports(a, unit) ? anchorBase(a) : ctx.dct;
  return shiftedValue(base, unit, by);
}

/** "last month", "this week", "next year", "the following week", "that year", "the past year". */
const unitRelativeRule: Rule = {
  name: 'unit-relative',
  re: new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(${alternation([...RELATIVE_OFFSETS.keys()])})\\s+(?:(?:${alternation(YEAR_KIND_WORDS)})\\s+)?(${alternation(RELATIVE_UNITS)})(?![\\w-]|['’][a-rt-z])`,
    'gi',
  ),
  build(m) {
    const determiner = m[1]?.toLowerCase();
    const word = (m[2] ?? '').toLowerCase();
    const unit = (m[3] ?? '').toLowerCase();
    if (!isCalendarUnit(unit)) return null;
    const offset = offsetOf(determiner, word);
    if (offset === null) return null;
    if (offset === 'duration') {
      return candidateFromMatch(m, 'duration', 2, () => ({
        type: 'DURATION',
        value: CALENDAR_UNIT_DURATIONS[unit],
      }));
    }
    return candidateFromMatch(m, 'point', 2, (ctx) => ({
      type: 'DATE',
      value:
        offset.from === 'dct'
          ? shiftedValue(ctx.dct, unit, offset.by)
          : fromAnchorOrDct(ctx, unit, offset.by),
    }));
  },
};

function calendarUnitOf(word: string): CalendarUnit | null {
  const unit = unitOf(word);
  if (!unit) return null;
  switch (unit.code) {
    case 'D':
      return unit.isTime ? null : 'day';
    case 'W':
      return unit.factor === 1 ? 'week' : null;
    case 'M':
      return unit.isTime ? null : 'month';
    case 'Q':
      return 'quarter';
    case 'Y':
      return 'year';
    case 'DE':
      return 'decade';
    default:
      return null;
  }
}

/** Whole units back from the DCT; decades count as ten years so "a decade ago" is a year. */
function agoValue(ctx: ResolveContext, unitWord: string, count: number): string | null {
  const unit = unitOf(unitWord);
  if (unit?.isTime) return dayValue(ctx.dct);
  const cal = calendarUnitOf(unitWord);
  if (!cal) return null;
  const n = Math.round(count);
  if (cal === 'decade') return shiftedValue(ctx.dct, 'year', -10 * n);
  return shiftedValue(ctx.dct, cal, -n);
}

/** "two years ago", "a week ago", "several months ago", "a week ago Friday", "years ago". */
const agoRule: Rule = {
  name: 'ago',
  re: new RegExp(
    `(?<![\\w-])(?:(${COUNT_SOURCE})[\\s-]+)?(${UNIT_SOURCE})\\s+ago(?:\\s+(${WEEKDAY_SOURCE}))?(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const countWord = m[1];
    const unitWord = m[2] ?? '';
    const weekday = m[3] ? weekdayNumber(m[3]) : null;
    const count = countWord ? countValue(countWord) : null;
    if (countWord === undefined && !/s$/i.test(unitWord)) return null;
    return candidateFromMatch(m, 'point', 3, (ctx) => {
      if (count === null) return { type: 'DATE', value: 'PAST_REF' };
      if (weekday !== null && /^weeks?$/i.test(unitWord)) {
        const day = shiftDays(resolveWeekday(weekday, ctx, 'last'), -7 * Math.round(count));
        return { type: 'DATE', value: dayValue(day) };
      }
      const value = agoValue(ctx, unitWord, count);
      return value ? { type: 'DATE', value } : null;
    });
  },
};

/** A span of several months named in the sentence: "For the nine months", "in the first six months". */
const MONTHS_PERIOD_RE = new RegExp(
  `\\b(?:the\\s+)?(?:${alternation(MONTH_SPAN_OPENERS, { suffix: '\\s+' })})?(?:${alternation(MONTH_SPAN_COUNT_WORDS)}|\\d{1,2})[\\s-]+months?\\b(?![^.;]*\\bquarter\\b)`,
  'i',
);

/** The text of the sentence before `at`, at most 240 characters back. */
function clauseBefore(text: string, at: number): string {
  let from = at;
  const min = Math.max(0, at - 240);
  while (from > min && !isSentenceBreak(text, from - 1)) from--;
  return text.slice(from, at);
}

/** "three days later", "a year earlier": counted from the anchor at the anchor's own grain. */
const laterRule: Rule = {
  name: 'later-earlier',
  re: new RegExp(
    `(?<![\\w-])(${COUNT_SOURCE})[\\s-]+(${UNIT_SOURCE})\\s+(?:(${alternation([...COUNTED_LATER_EARLIER.keys()])})(?![\\w-])(?!\\s+than\\b)|(${alternation([...COUNTED_BEFORE_AFTER.keys()])})(?=\\s*(?:[,.;:!?)"”]|$)))`,
    'gi',
  ),
  build(m, text) {
    const count = countValue(m[1] ?? '');
    const unitWord = m[2] ?? '';
    const cal = calendarUnitOf(unitWord);
    if (count === null || cal === null) return null;
    const sign =
      m[3] !== undefined
        ? (COUNTED_LATER_EARLIER.get(m[3].toLowerCase()) ?? 1)
        : (COUNTED_BEFORE_AFTER.get((m[4] ?? '').toLowerCase()) ?? 1);
    const ofMonths = cal === 'year' && MONTHS_PERIOD_RE.test(clauseBefore(text, m.index));
    return candidateFromMatch(m, 'point', 3, (ctx) => {
      const a = ctx.anchor;
      const n = Math.round(count) * sign;
      if (cal === 'decade') return { type: 'DATE', value: shiftedValue(anchorDay(ctx), 'year', 10 * n) };
      // "Profit rose from $3 million a year earlier": said of a quarter or a month, the same period a
      // year before. It only compares, so the next "a year earlier" still counts from the quarter.
      // "For the nine months, profit rose ... from $2 million a year earlier": the nine months a year
      // back, written as their year, not the quarter under discussion.
      if (ofMonths)
        return { type: 'DATE', value: yearValue((a?.year ?? ctx.dct.year) + n), comparison: true };
      const grain = a ? anchorGranularity(a) : null;
      if (cal === 'year' && a && (grain === 'quarter' || grain === 'month' || grain === 'half')) {
        const unit = grain === 'half' ? 'half' : grain === 'quarter' ? 'quarter' : 'month';
        const perYear = unit === 'half' ? 2 : unit === 'quarter' ? 4 : 12;
        return { type: 'DATE', value: shiftedValue(anchorBase(a), unit, perYear * n), comparison: true };
      }
      const base = a && anchorSupports(a, cal) ? anchorBase(a) : ctx.dct;
      return { type: 'DATE', value: shiftedValue(base, cal, n) };
    });
  },
};

/** Newspaper titles and fixed names that contain a weekday. */
const WEEKDAY_NAME_AFTER_RE = new RegExp(`^\\s+(?:${alternation(WEEKDAY_NAME_SUFFIXES)})\\b`);

/** Capitalised words that make a weekday part of a name: "Super Tuesday", "Black Friday", "Ash Wednesday". */
const WEEKDAY_NAME_BEFORE_RE = new RegExp(`\\b(?:${alternation(WEEKDAY_NAME_PREFIXES)})\\s$`);

/** "since Sunday" is never after the DCT; "through Friday" and "until Monday" bound a span either way. */
const SINCE_RE = /\bsince\s+$/i;
const UNTIL_RE = new RegExp(
  `\\b(?:${alternation(SPAN_END_WORDS)})\\s+(?:(?:\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\.?|${alternation(SPAN_END_NAMED_TIMES)})\\s+)?$`,
  'i',
);

/** "Friday", "last Tuesday", "next Monday", "Friday morning", "Sunday night". */
const weekdayRule: Rule = {
  name: 'weekday',
  re: new RegExp(
    `(?<![\\w-])(?:(${alternation([...WEEKDAY_MODIFIERS.keys()])})\\s+)?(${WEEKDAY_SOURCE})(?:\\s+(${PART_OF_DAY_ALTERNATION}))?(?![\\w-])`,
    'g',
  ),
  build(m, text) {
    const weekday = weekdayNumber(m[2] ?? '');
    if (weekday === null) return null;
    if (WEEKDAY_NAME_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
      return null;
    }
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!m[1] && WEEKDAY_NAME_BEFORE_RE.test(before)) return null;
    const bound = SINCE_RE.test(before) ? 'since' : UNTIL_RE.test(before) ? 'nearest' : undefined;
    const modifier = m[1] ? WEEKDAY_MODIFIERS.get(m[1].toLowerCase()) : undefined;
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      let day: CalDay;
      if (modifier === 'last') {
        day = resolveWeekday(weekday, ctx, 'last');
      } else if (modifier === 'next') {
        day = resolveWeekday(weekday, ctx, 'next');
      } else if (modifier === 'this') {
        day = shiftDays(ctx.dct, weekday - isoWeekday(ctx.dct));
      } else {
        day = resolveWeekday(weekday, ctx, bound);
      }
      return dayOrTime(day, m[3]);
    });
  },
};

/** "the next day", "the following morning", "that night", "the same day", "the day before". */
const anaphoricDayRule: Rule = {
  name: 'anaphoric-day',
  re: new RegExp(
    `(?<![\\w-])(?:(?:(the)\\s+)?(${alternation([...ANAPHORIC_DAY_WORDS.keys()])})\\s+(day|${PART_OF_DAY_ALTERNATION})|the\\s+(${alternation(DAY_BEFORE_AFTER_NOUNS)})\\s+(${alternation([...DAY_BEFORE_AFTER.keys()])}))(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const word = ANAPHORIC_DAY_WORDS.get((m[2] ?? '').toLowerCase());
    if (m[1] === undefined && word?.needsThe) return null;
    const by = m[5] !== undefined ? (DAY_BEFORE_AFTER.get(m[5].toLowerCase()) ?? 0) : (word?.by ?? 0);
    const part = m[3] ?? m[4];
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      const day = shiftDays(anchorDay(ctx), by);
      return dayOrTime(day, part === 'day' ? undefined : part);
    });
  },
};

/**
 * "overnight" used as an adverb ("launched drones overnight", "Overnight, air strikes ..."): the
 * night before the report (TimeML TNI), or the coming night when the sentence looks ahead. Before a
 * noun it is an attribute, not a time ("overnight rate", "an overnight stay").
 */
const overnightRule: Rule = {
  name: 'overnight',
  re: new RegExp(
    `(?<![\\w-])overnight(?![\\w-])(?=\\s*(?:[,.;:!?)\\u2014-]|$|(?:${alternation(OVERNIGHT_FOLLOWERS)})\\b))`,
    'gi',
  ),
  build(m) {
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      const day = ctx.tense() === 'future' ? ctx.dct : shiftDays(ctx.dct, -1);
      return dayOrTime(day, 'night');
    });
  },
};

/**
 * "in the afternoon", "during the night": a part of the day last named ("struck at 4:17am on
 * Monday ... a second tremor in the afternoon"), or of the report day. Only after a preposition, so
 * "the morning show" or "the evening news" as subjects stay untagged.
 */
const PART_OF_ANCHOR_DAY_BEFORE_RE = new RegExp(`\\b(?:${alternation(PART_OF_DAY_PREPOSITIONS)})\\s+$`, 'i');
const partOfAnchorDayRule: Rule = {
  name: 'part-of-anchor-day',
  re: new RegExp(
    `(?<![\\w-])the\\s+(${PART_OF_DAY_ALTERNATION})(?![\\w-])(?!\\s+(?:${alternation(PART_OF_DAY_NOT_BEFORE)})\\b)`,
    'gi',
  ),
  build(m, text) {
    if (!PART_OF_ANCHOR_DAY_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    return candidateFromMatch(m, 'point', 1, (ctx) => dayOrTime(anchorDay(ctx), m[1]));
  },
};

/** "the weekend", "over the weekend": the weekend just gone unless the sentence looks ahead. */
const weekendRule: Rule = {
  name: 'weekend',
  re: /(?<![\w-])the\s+weekend(?![\w-])/gi,
  build(m) {
    return candidateFromMatch(m, 'point', 1, (ctx) => {
      const wd = isoWeekday(ctx.dct);
      const future = ctx.tense() === 'future';
      const offset = wd >= 6 || future ? 0 : -1;
      return { type: 'DATE' as TimexType, value: shiftedValue(ctx.dct, 'weekend', offset) };
    });
  },
};

/** "the end of the year", "the beginning of the month", "the rest of the year": the DCT's period. */
const periodPartRule: Rule = {
  name: 'period-part',
  re: new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:very\\s+)?(${alternation([...PART_OF_PERIOD.keys(), ...REST_OF_PERIOD])})\\s+of\\s+the\\s+(${alternation(PERIOD_PART_UNITS)})(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const unit = (m[2] ?? '').toLowerCase();
    if (!isCalendarUnit(unit)) return null;
    const mod = PART_OF_PERIOD.get((m[1] ?? '').toLowerCase());
    return candidateFromMatch(m, 'point', 2, (ctx) => ({
      type: 'DATE',
      value: shiftedValue(ctx.dct, unit, 0),
      ...(mod ? { mod } : {}),
    }));
  },
};

export const RELATIVE_RULES: readonly Rule[] = [
  periodPartRule,
  deicticRule,
  unitRelativeRule,
  agoRule,
  laterRule,
  weekdayRule,
  anaphoricDayRule,
  overnightRule,
  partOfAnchorDayRule,
  weekendRule,
];
