/**
 * Rules for lengths of time and recurrences: "three years", "a 30-day ceasefire", "the past two
 * years", "several weeks", "for hours", "in recent years", "65-year-old", "every week", "daily",
 * "twice a year", "500,000 barrels a day", "on Mondays", "each Monday".
 */
import {
  COUNTED_DURATION_DETERMINERS,
  DURATION_ADJECTIVES,
  MEASURE_FOLLOWERS,
  SPAN_SUPERLATIVES,
  VAGUE_DURATION_CUES,
  VAGUE_DURATION_DETERMINERS,
  VAGUE_DURATION_OF_CUES,
} from '../lexicon/timex-duration-cues';
import { PART_OF_DAY } from '../lexicon/timex-part-of-day';
import {
  FREQUENCY_PER_WORDS,
  MULTIPLICATIVES,
  RATE_NOT_BEFORE,
  RATE_PER_WORDS,
  RATE_SCALE_WORDS,
  RECURRENCE_QUANTIFIERS,
  SET_ADVERBS,
} from '../lexicon/timex-recurrence';
import { RECURRING_SEASONS, SEASONS } from '../lexicon/timex-seasons';
import {
  ADJECTIVAL_DURATION_UNITS,
  DURATION_UNITS,
  FREQUENCY_UNITS,
  PER_PERIOD_AMOUNT_UNITS,
  PER_PERIOD_UNITS,
  RATE_UNITS,
  RECURRING_UNITS,
  VAGUE_DURATION_UNITS,
} from '../lexicon/timex-units';
import { candidateFromMatch, type Rule } from './candidate';
import { type CalendarUnit, isCalendarUnit, shiftedValue } from './relative-units';
import {
  COUNT_SOURCE,
  MONTH_SOURCE,
  WEEKDAY_NAME_ALTERNATION,
  WEEKDAY_SOURCE,
  alternation,
  countValue,
  monthNumber,
  unitOf,
  weekdayNumber,
} from './word-patterns';

/** TIMEX3 duration value for a count of units: (3, year) -> P3Y, (24, hour) -> PT24H, (null, week) -> PXW. */
export function durationValue(count: number | null, unitWord: string): string | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  if (unit.code === 'Q') return count === null ? 'PXQ' : `P${count * 3}M`;
  const n = count === null ? 'X' : String(Number((count * unit.factor).toFixed(2)));
  return `P${unit.isTime ? 'T' : ''}${n}${unit.code}`;
}

// Singular "second" is left out: "a second term" is an ordinal. Plural "seconds" needs a count.
const DURATION_UNIT_SOURCE = `(?:${alternation(DURATION_UNITS)})`;

/** A duration adjective: "a 30-day ceasefire", "the 41-year-old", "the three-week trial". */
const ADJECTIVAL_RE = new RegExp(`\\d[\\s]*-|-\\s*(?:${alternation(ADJECTIVAL_DURATION_UNITS)})`, 'i');

/**
 * "three years", "a 30-day ceasefire", "the past two years", "about 18 months", "a year and a half",
 * "65 years old", "the next few weeks". The "the past"/"the next" prefix is part of the extent.
 */
const countedRule: Rule = {
  name: 'counted-duration',
  re: new RegExp(
    `(?<![\\w$£€.,-])(?:(the)\\s+(?:(${alternation(COUNTED_DURATION_DETERMINERS)})\\s+)?)?(${COUNT_SOURCE}|\\d{1,3}(?:,\\d{3})+)(?:(\\s+and\\s+a\\s+half)\\s+|[\\s-]+)(?:(?:${alternation(DURATION_ADJECTIVES)})\\s+)?(${DURATION_UNIT_SOURCE})(\\s+and\\s+a\\s+half)?(?:([\\s-]+old))?(?![\\w])`,
    'gi',
  ),
  build(m, text) {
    const countWord = (m[3] ?? '').replace(/,/g, '');
    const unitWord = m[5] ?? '';
    const plural = /s$/i.test(unitWord);
    let count = countValue(countWord);
    const vague = count === null;
    const lower = countWord.toLowerCase();
    // Vague counts need a plural ("several weeks"); "a"/"one" need a singular ("a week").
    if (vague && !plural) return null;
    if ((lower === 'a' || lower === 'an') && plural) return null;
    if (lower === 'some' && !plural) return null;
    if (count !== null && (m[4] || m[6])) count += 0.5;
    // A lone "a" + unit followed by "of" is a measure phrase ("a day of talks" is fine, but
    // "a quarter of the budget" is not time); quarter only with an explicit number.
    if (/^quarters?$/i.test(unitWord) && (count === null || lower === 'a')) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "-old" ages with a hyphen chain ("65-year-old") are included; "a 10-year-old" is still P10Y.
    if (/^-/.test(after)) return null;
    const value = durationValue(vague ? null : count, unitWord);
    if (!value) return null;
    const point = fromNowPoint(m, text, count, unitWord);
    const c = candidateFromMatch(m, 'duration', 1, (ctx) => {
      // "could strike again in two weeks" is the week two weeks on (TimeML: a point counted from now
      // is a DATE at the unit's grain); "finished in two weeks" and "the first rise in two decades" stay spans.
      if (point && ctx.tense() !== 'past')
        return { type: 'DATE', value: shiftedValue(ctx.dct, point.unit, point.count) };
      return { type: 'DURATION', value };
    });
    // "the nine months" keeps its article (TimeBank), but in "the 41-year-old" and "the three-week
    // trial" the article belongs to the noun the duration modifies; "the few days" is not a count.
    const adjectival = ADJECTIVAL_RE.test(m[0]);
    if (m[1] && !m[2] && (adjectival || vague || lower === 'a' || lower === 'an')) {
      return { ...c, start: m.index + m[0].indexOf(m[3] ?? '', (m[1] ?? '').length) };
    }
    return c;
  },
};

/** "in" right before the count, with nothing between: "in two weeks", not "in the past two weeks". */
const IN_BEFORE_RE = /\bin\s+$/i;
/** "in two weeks of talks", "in two years to 2025", "in three years' work" measure, they do not point. */
const MEASURE_AFTER_RE = new RegExp(
  `^(?:\\s+(?:${alternation(MEASURE_FOLLOWERS)})\\b|['’]\\s*(?!time\\b))`,
  'i',
);
/** A superlative or "first" earlier in the clause makes "in two decades" a span: "the highest in two decades". */
const SINCE_SPAN_RE = new RegExp(`\\b(?:${alternation(SPAN_SUPERLATIVES)}|\\w{3,}est)\\b[^.;,]{0,60}$`, 'i');

/** The calendar unit and count when "in <count> <unit>" names a point counted from now. */
function fromNowPoint(
  m: RegExpExecArray,
  text: string,
  count: number | null,
  unitWord: string,
): { unit: CalendarUnit; count: number } | null {
  if (count === null || !Number.isInteger(count) || m[1] !== undefined || m[7] !== undefined) return null;
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  if (!IN_BEFORE_RE.test(before) || SINCE_SPAN_RE.test(before.replace(IN_BEFORE_RE, ''))) return null;
  const end = m.index + m[0].length;
  if (MEASURE_AFTER_RE.test(text.slice(end, end + 10))) return null;
  const singular = unitWord.toLowerCase().replace(/s$/, '');
  if (singular === 'fortnight') return { unit: 'week', count: 2 * count };
  return isCalendarUnit(singular) && singular !== 'quarter' && singular !== 'half'
    ? { unit: singular, count }
    : null;
}

const VAGUE_UNIT_ALTERNATION = alternation(VAGUE_DURATION_UNITS);
const VAGUE_OF_CUE_RE = new RegExp(`\\b(?:${alternation(VAGUE_DURATION_OF_CUES)})\\s+$`, 'i');

/** "for years", "within hours", "in recent years", "the coming months", "days after". */
const vagueRule: Rule = {
  name: 'vague-duration',
  re: new RegExp(
    `(?<![\\w-])(?:(?:the\\s+)?(${alternation(VAGUE_DURATION_DETERMINERS)})\\s+(${VAGUE_UNIT_ALTERNATION})|(?<=\\b(?:${alternation(VAGUE_DURATION_CUES)})\\s+)(${VAGUE_UNIT_ALTERNATION}))(?![\\w-])`,
    'gi',
  ),
  build(m, text) {
    const unitWord = m[2] ?? m[3] ?? '';
    if (m[3] !== undefined) {
      // "in years to come" fine, but "in days gone by"/"in hours of" style genitives are not spans;
      // "after years of delays" and "ending months of speculation" are (TimeBank PXY, PXM).
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/^\s+of\b/i.test(after) && !VAGUE_OF_CUE_RE.test(before)) {
        return null;
      }
    }
    const value = durationValue(null, unitWord);
    if (!value) return null;
    return candidateFromMatch(m, 'duration', 1, () => ({ type: 'DURATION', value }));
  },
};

/** "daily", "weekly", "quarterly", "annually". */
const setWordRule: Rule = {
  name: 'set-word',
  re: new RegExp(`(?<![\\w-])(?:${alternation([...SET_ADVERBS.keys()])})(?![\\w-])`, 'gi'),
  build(m) {
    const value = SET_ADVERBS.get(m[0].toLowerCase());
    if (!value) return null;
    return candidateFromMatch(m, 'set', 2, () => ({ type: 'SET', value }));
  },
};

/** Parts of a day, seasons and the weekend after "every", and the SET value each recurs as. */
const RECURRING_PARTS: ReadonlyMap<string, string> = new Map([
  ...[...PART_OF_DAY].map(([word, code]): [string, string] => [word, `XXXX-XX-XXT${code}`]),
  ...RECURRING_SEASONS.map((word): [string, string] => [word, `XXXX-${SEASONS.get(word) ?? ''}`]),
  ['weekend', 'XXXX-WXX-WE'],
]);

/** "every week", "each Monday", "every two years", "every other month", "every summer". */
const everyRule: Rule = {
  name: 'every',
  re: new RegExp(
    `(?<![\\w-])(?:${alternation(RECURRENCE_QUANTIFIERS)})\\s+(?:(other)\\s+)?(?:(${COUNT_SOURCE})\\s+)?(?:(${alternation(RECURRING_UNITS)})|(${WEEKDAY_SOURCE})|(${alternation([...RECURRING_PARTS.keys()])})|(${MONTH_SOURCE}))(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const other = m[1] !== undefined;
    const count = m[2] ? countValue(m[2]) : 1;
    if (count === null) return null;
    const step = other ? 2 : count;
    return candidateFromMatch(m, 'set', 3, () => {
      if (m[3]) {
        const unit = unitOf(m[3]);
        if (!unit) return null;
        const value =
          unit.code === 'Q' ? `P${step * 3}M` : `P${unit.isTime ? 'T' : ''}${step * unit.factor}${unit.code}`;
        return { type: 'SET', value };
      }
      if (m[4]) {
        const wd = weekdayNumber(m[4]);
        return wd === null ? null : { type: 'SET', value: `XXXX-WXX-${wd}` };
      }
      // "each April": a month of every year (TimeML SET XXXX-04).
      const month = m[6] && /^[A-Z]/.test(m[6]) ? monthNumber(m[6]) : null;
      if (m[6] && month === null) return null;
      if (month !== null) return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
      const value = RECURRING_PARTS.get((m[5] ?? '').toLowerCase());
      return value ? { type: 'SET', value } : null;
    });
  },
};

/** "twice a week", "three times a year", "once a month". */
const frequencyRule: Rule = {
  name: 'frequency',
  re: new RegExp(
    `(?<![\\w-])(?:${alternation(MULTIPLICATIVES)}|(?:${COUNT_SOURCE})\\s+times)\\s+(?:${alternation(FREQUENCY_PER_WORDS)})\\s+(${alternation(FREQUENCY_UNITS)})(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const unit = unitOf(m[1] ?? '');
    if (!unit) return null;
    const value = `P${unit.isTime ? 'T' : ''}${unit.factor}${unit.code}`;
    return candidateFromMatch(m, 'set', 3, () => ({ type: 'SET', value }));
  },
};

/** A number or percentage, then at most a scale word and two words: "5 billion", "500,000 barrels of oil". */
const RATE_AMOUNT_BEFORE_RE = new RegExp(
  `(?:\\d|%)(?:\\s+(?:${alternation(RATE_SCALE_WORDS)}))?(?:\\s+[a-z]+){0,2}$`,
  'i',
);
const RATE_PER_ALTERNATION = alternation(RATE_PER_WORDS);
/** Longer than a number, a scale word and two long words ("1.5 trillion cubic kilometres"). */
const RATE_LOOKBACK_CHARS = 80;

/** "$5 billion a year", "500,000 barrels a day", "2% per year": the rate's period is a SET. */
const rateRule: Rule = {
  name: 'rate',
  re: new RegExp(
    `(?<=\\S)\\s+((?:${RATE_PER_ALTERNATION})\\s+(${alternation(RATE_UNITS)}))(?![\\w-])(?!\\s+(?:${alternation(RATE_NOT_BEFORE)})\\b)`,
    'gi',
  ),
  build(m, text) {
    // The amount is checked here rather than in a lookbehind, which V8 would try at every space.
    if (!RATE_AMOUNT_BEFORE_RE.test(text.slice(Math.max(0, m.index - RATE_LOOKBACK_CHARS), m.index)))
      return null;
    const unit = unitOf(m[2] ?? '');
    const phrase = m[1] ?? '';
    if (!unit) return null;
    const offset = m[0].length - phrase.length;
    const value = `P${unit.isTime ? 'T' : ''}1${unit.code}`;
    return {
      start: m.index + offset,
      end: m.index + m[0].length,
      kind: 'set',
      rank: 3,
      resolve: () => ({ type: 'SET', value }),
    };
  },
};

/** "24 hours a day", "six days a week", "three nights a month": how much of each period recurs. */
const perPeriodRule: Rule = {
  name: 'per-period',
  re: new RegExp(
    `(?<![\\w-])(?:${COUNT_SOURCE})\\s+(?:${alternation(PER_PERIOD_AMOUNT_UNITS)})\\s+(?:${RATE_PER_ALTERNATION})\\s+(${alternation(PER_PERIOD_UNITS)})(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const unit = unitOf(m[1] ?? '');
    if (!unit) return null;
    const value = `P${unit.isTime ? 'T' : ''}1${unit.code}`;
    return candidateFromMatch(m, 'set', 3, () => ({ type: 'SET', value }));
  },
};

/** "on Mondays", "Sundays": a weekday in the plural recurs. */
const pluralWeekdayRule: Rule = {
  name: 'plural-weekday',
  re: new RegExp(`(?<![\\w-])(${WEEKDAY_NAME_ALTERNATION})s(?![\\w-])`, 'g'),
  build(m) {
    const wd = weekdayNumber(m[1] ?? '');
    if (wd === null) return null;
    return candidateFromMatch(m, 'set', 2, () => ({ type: 'SET', value: `XXXX-WXX-${wd}` }));
  },
};

export const DURATION_RULES: readonly Rule[] = [
  countedRule,
  vagueRule,
  setWordRule,
  everyRule,
  frequencyRule,
  rateRule,
  perPeriodRule,
  pluralWeekdayRule,
];
