/**
 * Rules for lengths of time and recurrences: "three years", "a 30-day ceasefire", "the past two
 * years", "several weeks", "for hours", "in recent years", "65-year-old", "every week", "daily",
 * "twice a year", "500,000 barrels a day", "on Mondays", "each Monday".
 */
import { candidateFromMatch, type Rule } from './candidate';
import { type CalendarUnit, isCalendarUnit, shiftedValue } from './relative-units';
import {
  COUNT_SOURCE,
  MONTH_SOURCE,
  WEEKDAY_SOURCE,
  countValue,
  monthNumber,
  unitOf,
  weekdayNumber,
} from './lexicon';

/** TIMEX3 duration value for a count of units: (3, year) -> P3Y, (24, hour) -> PT24H, (null, week) -> PXW. */
export function durationValue(count: number | null, unitWord: string): string | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  if (unit.code === 'Q') return count === null ? 'PXQ' : `P${count * 3}M`;
  const n = count === null ? 'X' : String(Number((count * unit.factor).toFixed(2)));
  return `P${unit.isTime ? 'T' : ''}${n}${unit.code}`;
}

// Singular "second" is left out: "a second term" is an ordinal. Plural "seconds" needs a count.
const DURATION_UNIT_SOURCE =
  '(?:seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters|years?|decades?|century|centuries)';

/**
 * "three years", "a 30-day ceasefire", "the past two years", "about 18 months", "a year and a half",
 * "65 years old", "the next few weeks". The "the past"/"the next" prefix is part of the extent.
 */
const countedRule: Rule = {
  name: 'counted-duration',
  re: new RegExp(
    `(?<![\\w$£€.,-])(?:(the)\\s+(?:(past|last|next|coming|previous|following|first|final|latest|recent|preceding|remaining|ensuing)\\s+)?)?(${COUNT_SOURCE}|\\d{1,3}(?:,\\d{3})+)(?:(\\s+and\\s+a\\s+half)\\s+|[\\s-]+)(?:(?:straight|consecutive|successive|full|more|additional|extra|long|whole|short|calendar|business|working)\\s+)?(${DURATION_UNIT_SOURCE})(\\s+and\\s+a\\s+half)?(?:([\\s-]+old))?(?![\\w])`,
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
    const adjectival = /\d[\s]*-|-\s*(?:year|month|week|day|hour|minute)/i.test(m[0]);
    if (m[1] && !m[2] && (adjectival || vague || lower === 'a' || lower === 'an')) {
      return { ...c, start: m.index + m[0].indexOf(m[3] ?? '', (m[1] ?? '').length) };
    }
    return c;
  },
};

/** "in" right before the count, with nothing between: "in two weeks", not "in the past two weeks". */
const IN_BEFORE_RE = /\bin\s+$/i;
/** "in two weeks of talks", "in two years to 2025", "in three years' work" measure, they do not point. */
const MEASURE_AFTER_RE = /^(?:\s+(?:of|to|and|or|from|between|since|before|after|than)\b|['’]\s*(?!time\b))/i;
/** A superlative or "first" earlier in the clause makes "in two decades" a span: "the highest in two decades". */
const SINCE_SPAN_RE = /\b(?:first|\w{3,}est|most|least|only|record)\b[^.;,]{0,60}$/i;

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

/** "for years", "within hours", "in recent years", "the coming months", "days after". */
const vagueRule: Rule = {
  name: 'vague-duration',
  re: /(?<![\w-])(?:(?:the\s+)?(recent|coming|past|next|last|previous|following|ensuing)\s+(minutes|hours|days|weeks|months|years|decades)|(?<=\b(?:for|within|in|over|after|take|took|takes|lasted|lasting|spent|spend|spending|ending|ended|ends|end|following|despite|amid)\s+)(minutes|hours|days|weeks|months|years|decades))(?![\w-])/gi,
  build(m, text) {
    const unitWord = m[2] ?? m[3] ?? '';
    if (m[3] !== undefined) {
      // "in years to come" fine, but "in days gone by"/"in hours of" style genitives are not spans;
      // "after years of delays" and "ending months of speculation" are (TimeBank PXY, PXM).
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (
        /^\s+of\b/i.test(after) &&
        !/\b(?:after|ending|ended|ends|end|following|despite|amid)\s+$/i.test(before)
      ) {
        return null;
      }
    }
    const value = durationValue(null, unitWord);
    if (!value) return null;
    return candidateFromMatch(m, 'duration', 1, () => ({ type: 'DURATION', value }));
  },
};

const SET_WORDS: Record<string, string> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
};

/** "daily", "weekly", "quarterly", "annually". */
const setWordRule: Rule = {
  name: 'set-word',
  re: /(?<![\w-])(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly)(?![\w-])/gi,
  build(m) {
    const value = SET_WORDS[m[0].toLowerCase()];
    if (!value) return null;
    return candidateFromMatch(m, 'set', 2, () => ({ type: 'SET', value }));
  },
};

/** "every week", "each Monday", "every two years", "every other month", "every summer". */
const everyRule: Rule = {
  name: 'every',
  re: new RegExp(
    `(?<![\\w-])(?:every|each)\\s+(?:(other)\\s+)?(?:(${COUNT_SOURCE})\\s+)?(?:(seconds|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?)|(${WEEKDAY_SOURCE})|(morning|afternoon|evening|night|spring|summer|autumn|fall|winter|weekend)|(${MONTH_SOURCE}))(?![\\w-])`,
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
      const part = (m[5] ?? '').toLowerCase();
      const code: Record<string, string> = {
        morning: 'XXXX-XX-XXTMO',
        afternoon: 'XXXX-XX-XXTAF',
        evening: 'XXXX-XX-XXTEV',
        night: 'XXXX-XX-XXTNI',
        spring: 'XXXX-SP',
        summer: 'XXXX-SU',
        autumn: 'XXXX-FA',
        fall: 'XXXX-FA',
        winter: 'XXXX-WI',
        weekend: 'XXXX-WXX-WE',
      };
      const value = code[part];
      return value ? { type: 'SET', value } : null;
    });
  },
};

/** "twice a week", "three times a year", "once a month". */
const frequencyRule: Rule = {
  name: 'frequency',
  re: new RegExp(
    `(?<![\\w-])(?:once|twice|thrice|(?:${COUNT_SOURCE})\\s+times)\\s+(?:a|an|per|each|every)\\s+(hour|day|week|month|year|decade)(?![\\w-])`,
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
const RATE_AMOUNT_BEFORE_RE =
  /(?:\d|%)(?:\s+(?:million|billion|trillion|thousand|hundred|percent))?(?:\s+[a-z]+){0,2}$/i;
/** Longer than a number, a scale word and two long words ("1.5 trillion cubic kilometres"). */
const RATE_LOOKBACK_CHARS = 80;

/** "$5 billion a year", "500,000 barrels a day", "2% per year": the rate's period is a SET. */
const rateRule: Rule = {
  name: 'rate',
  re: /(?<=\S)\s+((?:a|an|per|each)\s+(hour|day|week|month|year))(?![\w-])(?!\s+(?:after|before|later|earlier|ago)\b)/gi,
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
    `(?<![\\w-])(?:${COUNT_SOURCE})\\s+(?:hours?|days?|nights?|weeks?|months?)\\s+(?:a|an|per|each)\\s+(day|week|month|year)(?![\\w-])`,
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
  re: /(?<![\w-])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s(?![\w-])/g,
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
