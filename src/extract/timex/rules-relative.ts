/**
 * Rules for expressions resolved against the reference date or the last mentioned date:
 * "today", "last night", "now", "recently", "last month", "this week", "the following year",
 * "two years ago", "a week ago Friday", "three days later", "Friday", "next Tuesday",
 * "the next day", "that night", "the weekend".
 */
import type { TimexMod, TimexType } from '../../model/timex';
import {
  candidateFromMatch,
  type Candidate,
  type ResolveContext,
  type Resolution,
  type Rule,
} from './candidate';
import { type CalDay, dayValue, isoWeekday, shiftDays, yearValue } from './calendar';
import { COUNT_SOURCE, UNIT_SOURCE, WEEKDAY_SOURCE, countValue, unitOf, weekdayNumber } from './lexicon';
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

const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};

function dayOrTime(day: CalDay, part: string | undefined): Resolution {
  const code = part ? PART_OF_DAY[part.toLowerCase()] : undefined;
  return code ? { type: 'TIME', value: `${dayValue(day)}T${code}` } : { type: 'DATE', value: dayValue(day) };
}

/** "today", "tonight", "yesterday morning", "last night", "now", "recently", "the past", "the future". */
const deicticRule: Rule = {
  name: 'deictic',
  re: /(?<![\w-])(?:the day before yesterday|the day after tomorrow|(?:this|yesterday|tomorrow|today|last)\s+(?:morning|afternoon|evening|night)|today|tonight|yesterday|tomorrow|now|currently|nowadays|recently|lately|the (?:near |distant |recent |immediate )?(?:past|future))(?![\w-])/gi,
  build(m, text) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    if (phrase === 'today' && /\bUSA\s$/.test(text.slice(Math.max(0, m.index - 4), m.index))) {
      return null;
    }
    const ref = (value: string): Candidate =>
      candidateFromMatch(m, 'ref', 2, () => ({ type: 'DATE', value }));
    if (/^(?:now|currently|nowadays)$/.test(phrase)) return ref('PRESENT_REF');
    if (/^(?:recently|lately)$/.test(phrase) || phrase.endsWith('past')) return ref('PAST_REF');
    if (phrase.endsWith('future')) return ref('FUTURE_REF');
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      const words = phrase.split(' ');
      const head = words[0] ?? '';
      const part = words[1];
      if (phrase === 'the day before yesterday') return dayOrTime(shiftDays(ctx.dct, -2), undefined);
      if (phrase === 'the day after tomorrow') return dayOrTime(shiftDays(ctx.dct, 2), undefined);
      if (head === 'tonight') return dayOrTime(ctx.dct, 'night');
      if (head === 'yesterday') return dayOrTime(shiftDays(ctx.dct, -1), part);
      if (head === 'tomorrow') return dayOrTime(shiftDays(ctx.dct, 1), part);
      if (head === 'last') return dayOrTime(shiftDays(ctx.dct, -1), part);
      return dayOrTime(ctx.dct, part);
    });
  },
};

type Offset = { from: 'dct' | 'anchor'; by: number } | 'duration' | null;

function offsetOf(determiner: string | undefined, word: string): Offset {
  const the = determiner !== undefined;
  switch (word) {
    case 'this':
    case 'current':
      return { from: 'dct', by: 0 };
    case 'last':
    case 'past':
      return the ? 'duration' : { from: 'dct', by: -1 };
    case 'next':
    case 'coming':
      return the ? 'duration' : { from: 'dct', by: 1 };
    case 'previous':
    case 'preceding':
    case 'prior':
      return { from: 'anchor', by: -1 };
    case 'following':
      return { from: 'anchor', by: 1 };
    case 'same':
    case 'that':
      return { from: 'anchor', by: 0 };
    default:
      return null;
  }
}

const DURATION_CODE: Record<CalendarUnit, string> = {
  day: 'P1D',
  week: 'P1W',
  weekend: 'P2D',
  month: 'P1M',
  quarter: 'P3M',
  half: 'P6M',
  year: 'P1Y',
  decade: 'P1DE',
};

/** Resolve "the following month" style offsets against the anchor, or the DCT without one. */
function fromAnchorOrDct(ctx: ResolveContext, unit: CalendarUnit, by: number): string {
  const a = ctx.anchor;
  const base = a && anchorSupports(a, unit) ? anchorBase(a) : ctx.dct;
  return shiftedValue(base, unit, by);
}

/** "last month", "this week", "next year", "the following week", "that year", "the past year". */
const unitRelativeRule: Rule = {
  name: 'unit-relative',
  re: /(?<![\w-])(?:(the)\s+)?(this|last|next|past|coming|current|previous|preceding|prior|following|same|that)\s+(?:(?:fiscal|financial|calendar)\s+)?(week|weekend|month|quarter|year|decade)(?![\w-]|['’][a-rt-z])/gi,
  build(m) {
    const determiner = m[1]?.toLowerCase();
    const word = (m[2] ?? '').toLowerCase();
    const unit = (m[3] ?? '').toLowerCase();
    if (!isCalendarUnit(unit)) return null;
    const offset = offsetOf(determiner, word);
    if (offset === null) return null;
    if (offset === 'duration') {
      return candidateFromMatch(m, 'duration', 2, () => ({ type: 'DURATION', value: DURATION_CODE[unit] }));
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
const MONTHS_PERIOD_RE =
  /\b(?:the\s+)?(?:first\s+|past\s+|latest\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[\s-]+months?\b(?![^.;]*\bquarter\b)/i;

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
    `(?<![\\w-])(${COUNT_SOURCE})[\\s-]+(${UNIT_SOURCE})\\s+(?:(later|earlier|afterwards?|previously)(?![\\w-])(?!\\s+than\\b)|(before|after)(?=\\s*(?:[,.;:!?)"”]|$)))`,
    'gi',
  ),
  build(m, text) {
    const count = countValue(m[1] ?? '');
    const unitWord = m[2] ?? '';
    const cal = calendarUnitOf(unitWord);
    if (count === null || cal === null) return null;
    const sign = /^(?:earlier|before|previously)$/i.test(m[3] ?? m[4] ?? '') ? -1 : 1;
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
const WEEKDAY_NAME_AFTER_RE =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Night Live|Morning Herald)\b/;

/** Capitalised words that make a weekday part of a name: "Super Tuesday", "Black Friday", "Ash Wednesday". */
const WEEKDAY_NAME_BEFORE_RE = /\b(?:Super|Black|Cyber|Ash|Holy|Maundy|Bloody|Fat|Giving|Small Business)\s$/;

/** "since Sunday" is never after the DCT; "through Friday" and "until Monday" bound a span either way. */
const SINCE_RE = /\bsince\s+$/i;
const UNTIL_RE =
  /\b(?:until|till|through|thru)\s+(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midnight)\s+)?$/i;

/** "Friday", "last Tuesday", "next Monday", "Friday morning", "Sunday night". */
const weekdayRule: Rule = {
  name: 'weekday',
  re: new RegExp(
    `(?<![\\w-])(?:(last|next|this|coming|past|previous)\\s+)?(${WEEKDAY_SOURCE})(?:\\s+(morning|afternoon|evening|night))?(?![\\w-])`,
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
    const modifier = m[1]?.toLowerCase();
    return candidateFromMatch(m, 'point', 2, (ctx) => {
      let day: CalDay;
      if (modifier === 'last' || modifier === 'past' || modifier === 'previous') {
        day = resolveWeekday(weekday, ctx, 'last');
      } else if (modifier === 'next' || modifier === 'coming') {
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
  re: /(?<![\w-])(?:(?:(the)\s+)?(next|following|previous|preceding|prior|same|that)\s+(day|morning|afternoon|evening|night)|the\s+(day|night)\s+(before|after))(?![\w-])/gi,
  build(m) {
    const word = (m[2] ?? '').toLowerCase();
    if (m[1] === undefined && (word === 'next' || word === 'previous' || word === 'prior')) return null;
    const relation = (m[5] ?? '').toLowerCase();
    const by =
      relation === 'before' || ['previous', 'preceding', 'prior'].includes(word)
        ? -1
        : relation === 'after' || word === 'next' || word === 'following'
          ? 1
          : 0;
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
  re: /(?<![\w-])overnight(?![\w-])(?=\s*(?:[,.;:!?)\u2014-]|$|(?:on|in|into|at|and|as|to|from|with|after|before|but|while|when|amid|local|across|near|over|the|a|an)\b))/gi,
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
const PART_OF_ANCHOR_DAY_BEFORE_RE =
  /\b(?:in|during|through|throughout|into|by|early in|late in|later in)\s+$/i;
const partOfAnchorDayRule: Rule = {
  name: 'part-of-anchor-day',
  re: /(?<![\w-])the\s+(morning|afternoon|evening|night)(?![\w-])(?!\s+(?:of|before|after|show|news|edition|session|shift|paper)\b)/gi,
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

const PART_MODS: Record<string, TimexMod> = {
  end: 'END',
  close: 'END',
  beginning: 'START',
  start: 'START',
  turn: 'START',
  middle: 'MID',
};

/** "the end of the year", "the beginning of the month", "the rest of the year": the DCT's period. */
const periodPartRule: Rule = {
  name: 'period-part',
  re: /(?<![\w-])(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn|rest|remainder)\s+of\s+the\s+(week|month|quarter|year|decade)(?![\w-])/gi,
  build(m) {
    const unit = (m[2] ?? '').toLowerCase();
    if (!isCalendarUnit(unit)) return null;
    const mod = PART_MODS[(m[1] ?? '').toLowerCase()];
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
