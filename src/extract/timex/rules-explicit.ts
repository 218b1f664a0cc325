/**
 * Rules for dates written with calendar names or numbers: "June 5, 2022", "21 May 2022",
 * "September 2017", "in May", "last March", "2022-06-05", "6/5/2022", "since 2019", "the 1990s",
 * "the 20th century". Years alone are taken only with a cue (a preposition, "the 2019 talks"), so
 * counts like "2000 troops" stay untagged.
 */
import {
  FRONTED_YEAR_PREPOSITIONS,
  LIST_JOINERS,
  MONTH_SPAN_END_WORDS,
  SCHEDULING_PREPOSITIONS,
  SCHEDULING_VERBS,
} from '../lexicon/timex-anchoring-cues';
import {
  MONTH_CUES,
  NAMED_EVENTS,
  YEAR_CUES,
  YEAR_DETERMINERS,
  YEAR_PREFIXES,
  YEAR_SUBJECT_VERBS,
} from '../lexicon/timex-date-cues';
import { AMBIGUOUS_MONTHS, AP_MONTH_ABBREVIATIONS } from '../lexicon/timex-months';
import { CENTURY_ORDINALS } from '../lexicon/timex-ordinals';
import { EARLY_MID_LATE } from '../lexicon/timex-part-of-period';
import { MONTH_MODIFIERS, NEIGHBOUR_OFFSETS } from '../lexicon/timex-relative-words';
import type { Candidate, ResolveContext, Rule } from './candidate';
import { dayValue, isValidDay, monthValue, pad, shiftMonths, yearValue } from './calendar';
import { resolveMonthDayYear, resolveMonthYear } from './resolve';
import { isSentenceBreak } from './tense';
import {
  MONTH_NAME_ALTERNATION,
  MONTH_SOURCE,
  WEEKDAY_NAME_ALTERNATION,
  WEEKDAY_SOURCE,
  alternation,
  monthNumber,
} from './word-patterns';

/** "early|mid|late", as an alternation without a group. */
const EARLY_MID_LATE_ALTERNATION = alternation([...EARLY_MID_LATE.keys()]);

export const YEAR_SOURCE = '(?:1[6-9]\\d\\d|20\\d\\d)';

/** "mid|early|late|pre|post", the prefixes joined to a year by a hyphen. */
const YEAR_PREFIX_ALTERNATION = alternation(YEAR_PREFIXES);

function point(start: number, end: number, rank: number, resolve: Candidate['resolve']): Candidate {
  return { start, end, kind: 'point', rank, resolve };
}

/**
 * A verb of scheduling and "for"/"to"/"until" just before a date: "called an election for",
 * "postponed the vote to", "was delayed until", "scheduled for".
 */
const SCHEDULED_FOR_RE = new RegExp(
  `\\b(?:${alternation(SCHEDULING_VERBS)})\\b(?:\\s+[\\w'’-]+){0,4}?\\s+(?:${alternation(SCHEDULING_PREPOSITIONS)})\\s+(?:(?:${WEEKDAY_NAME_ALTERNATION}),?\\s+)?$`,
  'i',
);

function isScheduled(text: string, start: number): boolean {
  return SCHEDULED_FOR_RE.test(text.slice(Math.max(0, start - 60), start));
}

function monthDay(month: number, day: number, year: number | null, scheduled = false) {
  return (ctx: ResolveContext) => {
    const y = year ?? resolveMonthDayYear(month, day, ctx, scheduled);
    const d = { year: y, month, day };
    if (!isValidDay(d)) return null;
    return { type: 'DATE' as const, value: dayValue(d), relative: year === null };
  };
}

/** "Tuesday, June 7, 2022", "June 7", "Jan. 6", "Sept. 11th, 2001". */
const monthDayRule: Rule = {
  name: 'month-day',
  re: new RegExp(
    `(?<![\\w-])(?:(${WEEKDAY_SOURCE}),?\\s+)?(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%]|\\.\\d|,\\d{3})(?:,?\\s+(${YEAR_SOURCE})(?![\\d%]))?`,
    'g',
  ),
  build(m, text) {
    const month = monthNumber(m[2] ?? '');
    const day = Number(m[3]);
    if (month === null || day < 1 || day > 31) return null;
    const year = m[4] !== undefined ? Number(m[4]) : null;
    return point(m.index, m.index + m[0].length, 3, monthDay(month, day, year, isScheduled(text, m.index)));
  },
};

/**
 * "Oct. 7 last year", "5 June next year": one date whose year counts from the DCT, rather than a
 * day in the coming or past months followed by a separate "last year".
 */
const monthDayRelativeYearRule: Rule = {
  name: 'month-day-relative-year',
  re: new RegExp(
    `(?<![\\w$£€.,-])(?:(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE}))\\s+(?:of\\s+)?(${alternation([...NEIGHBOUR_OFFSETS.keys()])})\\s+year(?![\\w-])`,
    'g',
  ),
  build(m) {
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    const by = NEIGHBOUR_OFFSETS.get((m[5] ?? '').toLowerCase());
    if (month === null || by === undefined || day < 1 || day > 31) return null;
    return point(m.index, m.index + m[0].length, 3, (ctx) => {
      const d = { year: ctx.dct.year + by, month, day };
      return isValidDay(d) ? { type: 'DATE', value: dayValue(d) } : null;
    });
  },
};

/** "21 May 2022", "5 June", "the 5th of May". */
const dayMonthRule: Rule = {
  name: 'day-month',
  re: new RegExp(
    `(?<![\\w$£€.,-])(?:(${WEEKDAY_SOURCE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?![\\w])(?:,?\\s+(${YEAR_SOURCE})(?![\\d%]))?`,
    'g',
  ),
  build(m, text) {
    const month = monthNumber(m[3] ?? '');
    const day = Number(m[2]);
    if (month === null || day < 1 || day > 31) return null;
    const year = m[4] !== undefined ? Number(m[4]) : null;
    return point(m.index, m.index + m[0].length, 3, monthDay(month, day, year, isScheduled(text, m.index)));
  },
};

/** "September 2017", "Sept. 2017", "June of 2021". */
const monthYearRule: Rule = {
  name: 'month-year',
  re: new RegExp(`(?<![\\w-])(${MONTH_SOURCE}),?\\s+(?:of\\s+)?(${YEAR_SOURCE})(?![\\d%])`, 'g'),
  build(m) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) return null;
    const value = monthValue(Number(m[2]), month);
    return point(m.index, m.index + m[0].length, 3, () => ({
      type: 'DATE',
      value,
      relative: false,
    }));
  },
};

/** Words after which a capitalised "May" or "March" is the month, not a verb or a name. */
const MONTH_CUE_RE = new RegExp(`(?:\\b(?:${alternation(MONTH_CUES)})\\s+|\\bmid-)$`, 'i');

const LIST_JOIN_RE = new RegExp(
  `^\\s*(?:${alternation(LIST_JOINERS)})\\s*(?:(?:${EARLY_MID_LATE_ALTERNATION})[- ]?\\s*)?$`,
  'i',
);

/** "July or August", "November and December": a listed month follows the year of the one before. */
function listedMonthYear(month: number, start: number, text: string, ctx: ResolveContext): number | null {
  const prev = ctx.previous;
  if (!prev || prev.anchor.month === undefined || prev.anchor.day !== undefined) return null;
  if (start - prev.end > 12 || !LIST_JOIN_RE.test(text.slice(prev.end, start))) return null;
  return month >= prev.anchor.month ? prev.anchor.year : prev.anchor.year + 1;
}

const FRONTED_YEAR_RE = new RegExp(`\\b(?:${alternation(FRONTED_YEAR_PREPOSITIONS)})\\s+$`, 'i');

/** Furthest a year may stand before a month and still date it: one long sentence. */
const SENTENCE_YEAR_REACH_CHARS = 160;

/**
 * "In 1996, the budget was 104 days late, passing in mid-July": a past-tense month in the sentence
 * of a fronted year written out in full takes that year.
 */
function sentenceYear(start: number, text: string, ctx: ResolveContext): number | null {
  const prev = ctx.previous;
  if (!prev || !prev.absolute || prev.anchor.month !== undefined || prev.anchor.quarter !== undefined)
    return null;
  if (start - prev.end > SENTENCE_YEAR_REACH_CHARS || ctx.tense() !== 'past') return null;
  for (let i = prev.end; i < start; i++) if (isSentenceBreak(text, i)) return null;
  // Only a fronted "In 1996," sets the scene for the rest of its sentence; a year in a list does not.
  const yearStart = prev.end - 4;
  if (!FRONTED_YEAR_RE.test(text.slice(Math.max(0, yearStart - 8), yearStart))) return null;
  if (text[prev.end] !== ',') return null;
  return prev.anchor.year;
}

/** "until December", "through mid-January": the end of a span, often a deadline still ahead. */
const UNTIL_BEFORE_RE = new RegExp(
  `\\b(?:${alternation(MONTH_SPAN_END_WORDS)})\\s+(?:(?:${EARLY_MID_LATE_ALTERNATION})[- ]?)?$`,
  'i',
);

/** "in May", "July", "last March", "this June". */
const monthRule: Rule = {
  name: 'month',
  re: new RegExp(
    `(?<![\\w])(?<!(?<!mid)-)(?:(${alternation([...MONTH_MODIFIERS.keys()])})\\s+)?(${MONTH_NAME_ALTERNATION}|${alternation(AP_MONTH_ABBREVIATIONS, { suffix: '\\.' })})(?![\\w-])`,
    'gi',
  ),
  build(m, text) {
    const word = m[2] ?? '';
    // The month itself must be capitalised: lower-case "may" and "march" are never months.
    if (!/^[A-Z]/.test(word)) return null;
    const month = monthNumber(word);
    if (month === null) return null;
    const modifier = m[1] ? MONTH_MODIFIERS.get(m[1].toLowerCase()) : undefined;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!modifier && AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !MONTH_CUE_RE.test(before)) {
      return null;
    }
    // A capitalised word right after suggests a name ("August Wilson", "June Carter").
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!modifier && /^ [A-Z]/.test(after) && !MONTH_CUE_RE.test(before)) return null;
    const ahead = isScheduled(text, m.index) ? 'scheduled' : UNTIL_BEFORE_RE.test(before) ? 'until' : null;
    return point(m.index, m.index + m[0].length, 2, (ctx) => {
      let year: number;
      if (modifier === 'last') {
        year = month < ctx.dct.month ? ctx.dct.year : ctx.dct.year - 1;
      } else if (modifier === 'next') {
        year = month > ctx.dct.month ? ctx.dct.year : ctx.dct.year + 1;
      } else if (modifier === 'that') {
        year = ctx.anchor?.year ?? ctx.dct.year;
      } else if (modifier === 'this') {
        year = ctx.dct.year;
      } else {
        year =
          listedMonthYear(month, m.index, text, ctx) ??
          sentenceYear(m.index, text, ctx) ??
          resolveMonthYear(month, ctx, ahead);
      }
      return { type: 'DATE', value: monthValue(year, month) };
    });
  },
};

/** ISO "2022-06-05" and US "6/5/2022" or "6/5/22". */
const numericDateRule: Rule = {
  name: 'numeric-date',
  re: /(?<![\w/.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))(?![\w/]|-\d|\.\d)/g,
  build(m) {
    const [year, month, day] =
      m[1] !== undefined
        ? [Number(m[1]), Number(m[2]), Number(m[3])]
        : [(m[6] ?? '').length === 2 ? 2000 + Number(m[6]) : Number(m[6]), Number(m[4]), Number(m[5])];
    const d = { year, month, day };
    if (!isValidDay(d)) return null;
    return point(m.index, m.index + m[0].length, 3, () => ({
      type: 'DATE',
      value: dayValue(d),
      relative: false,
    }));
  },
};

/**
 * Words after which a bare four-digit number is a year. Kept to prepositions and time modifiers:
 * "in 2019", "since 2019", "early 2019", "mid-2019", "2018 and 2019".
 */
const YEAR_CUE_RE = new RegExp(
  `(?:\\b(?:${alternation(YEAR_CUES)})\\s+(?:the\\s+)?|\\b(?:${YEAR_PREFIX_ALTERNATION})-|\\(\\s*)$`,
  'i',
);
const DETERMINER_RE = new RegExp(`\\b(?:${alternation(YEAR_DETERMINERS)})\\s+$`, 'i');
/**
 * A named event after a determiner and a year: "the 2028 Olympics", "the 1996 Atlanta Games", "the
 * 2022 World Cup". Capitalised, so the lowercase-noun check above misses them; the year dates them.
 */
const NAMED_EVENT_AFTER_RE = new RegExp(
  `^\\s+(?:[A-Z][\\w.'’-]*\\s+){0,3}?(?:${alternation(NAMED_EVENTS, { space: '\\s+' })})\\b`,
);
const SENTENCE_SUBJECT_AFTER_RE = new RegExp(`^(?:,|\\s+(?:${alternation(YEAR_SUBJECT_VERBS)})\\b)`);

/** "since 2019", "the 2019 talks", "2019's election", "(2019)". */
const yearRule: Rule = {
  name: 'year',
  re: new RegExp(
    `(?<![\\w$£€#.,/'’])(?<!(?<!${YEAR_PREFIX_ALTERNATION}|\\d{4})-)(${YEAR_SOURCE})(?![\\w%/]|[.,]\\d|-(?!${YEAR_SOURCE}(?!\\d))\\d)`,
    'g',
  ),
  build(m, text) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const inRange = /^[-–]\d{4}\b/.test(after) || /\d{4}[-–]$/.test(before);
    const cued = YEAR_CUE_RE.test(before) || inRange;
    const afterLong = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const modifiesNoun =
      DETERMINER_RE.test(before) && (/^\s+[a-z]/.test(after) || NAMED_EVENT_AFTER_RE.test(afterLong));
    const possessive = /^['’]s\b/.test(after);
    const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(before) && SENTENCE_SUBJECT_AFTER_RE.test(after);
    if (!cued && !modifiesNoun && !possessive && !sentenceStart) return null;
    const value = yearValue(Number(m[1]));
    return point(m.index, m.index + m[0].length, 1, () => ({
      type: 'DATE',
      value,
      relative: false,
    }));
  },
};

/** "the 1990s", "the mid-1980s", "the '90s", "2010s". Two-digit "the 80s" is left out: it is an age. */
const decadeRule: Rule = {
  name: 'decade',
  re: new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(?:(${EARLY_MID_LATE_ALTERNATION})[- ]?)?(?:(1[6-9]|20)(\\d)0s|['’](\\d)0s)(?!\\w)`,
    'gi',
  ),
  build(m) {
    const century = m[3] ?? (Number(m[5]) <= 2 ? '20' : '19');
    const digit = m[4] ?? m[5] ?? '0';
    const value = `${century}${digit}X`;
    const mod = m[2] ? EARLY_MID_LATE.get(m[2].toLowerCase()) : undefined;
    return point(m.index, m.index + m[0].length, 3, () => ({
      type: 'DATE',
      value,
      ...(mod ? { mod } : {}),
      relative: false,
    }));
  },
};

/** "the 20th century", "the nineteenth century", "this century". TIMEX3 writes a century as "19". */
const centuryRule: Rule = {
  name: 'century',
  re: new RegExp(
    `(?<![\\w-])(?:(the|${alternation([...NEIGHBOUR_OFFSETS.keys()])})\\s+)?(?:(${EARLY_MID_LATE_ALTERNATION})[- ])?(?:(\\d{1,2})(?:st|nd|rd|th)|(${alternation([...CENTURY_ORDINALS.keys()])}))?[- ]century(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const offset = m[1] ? NEIGHBOUR_OFFSETS.get(m[1].toLowerCase()) : undefined;
    const ordinal =
      m[3] !== undefined ? Number(m[3]) : m[4] ? CENTURY_ORDINALS.get(m[4].toLowerCase()) : undefined;
    if (ordinal === undefined && offset === undefined) return null;
    return point(m.index, m.index + m[0].length, 2, (ctx) => {
      const current = Math.floor(ctx.dct.year / 100);
      const c = ordinal !== undefined ? ordinal - 1 : current + (offset ?? 0);
      return { type: 'DATE', value: pad(c, 2), relative: ordinal === undefined };
    });
  },
};

/** Counting months from a month value, used by "the month before" style rules elsewhere. */
export function monthShift(year: number, month: number, by: number): string {
  const s = shiftMonths(year, month, by);
  return monthValue(s.year, s.month);
}

export const EXPLICIT_RULES: readonly Rule[] = [
  monthDayRule,
  monthDayRelativeYearRule,
  dayMonthRule,
  monthYearRule,
  monthRule,
  numericDateRule,
  yearRule,
  decadeRule,
  centuryRule,
];
