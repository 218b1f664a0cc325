/**
 * Rules for parts of a year as business and policy news writes them: "the third quarter",
 * "first-quarter", "Q3 2022", "fiscal 2023 second quarter", "the first half of 2022",
 * "the first six months of the year", "last summer", "fiscal 2023", "the year-ago quarter",
 * "the same period last year".
 */
import { AP_MONTH_ABBREVIATIONS } from '../lexicon/timex-months';
import { HALF_ORDINALS, QUARTER_ORDINALS } from '../lexicon/timex-ordinals';
import { NEIGHBOUR_OFFSETS, RELATIVE_OFFSETS, YEAR_REF_ADJECTIVES } from '../lexicon/timex-relative-words';
import {
  A_YEAR_BACK_WORDS,
  FISCAL_WORDS,
  GAME_PERIOD_PHRASES,
  MONTHS_FROM_END,
  MONTH_SPAN_NOUNS,
  PERIOD_POSSESSIVES,
  PERIOD_SPAN_PREPOSITIONS,
  SAME_PERIOD_NOUNS,
  THE_PERIOD_NOT_BEFORE,
  THE_PERIOD_UNITS,
  WHOLE_YEAR_NOT_BEFORE,
  WHOLE_YEAR_WORDS,
  YEAR_AGO_ADJECTIVES,
  YEAR_AGO_PERIODS,
  YEAR_KIND_WORDS,
} from '../lexicon/timex-reporting-periods';
import {
  SEASON_ARTICLES,
  SEASON_COMPOUND_NOUNS,
  SEASON_DETERMINERS,
  SEASON_PHRASE_END_WORDS,
  SEASON_POSSESSIVES,
  SEASON_PREPOSITIONS,
} from '../lexicon/timex-season-cues';
import { NAME_FREE_SEASONS, SEASONS, SEASON_START_MONTHS, VERB_LIKE_SEASONS } from '../lexicon/timex-seasons';
import { candidateFromMatch, type ResolveContext, type Resolution, type Rule } from './candidate';
import { quarterOf, yearValue } from './calendar';
import { anchorBase, anchorGranularity, shiftedValue } from './relative-units';
import { resolveMonthYear, resolveQuarterYear } from './resolve';
import { inBusinessSentence } from './business-context';
import { YEAR_SOURCE } from './rules-explicit';
import { COUNT_SOURCE, MONTH_NAME_ALTERNATION, alternation, countValue, monthNumber } from './word-patterns';

const FISCAL_ALTERNATION = alternation(FISCAL_WORDS);

const YEAR_REF_SOURCE = `(?:(?:${FISCAL_ALTERNATION})\\s+(?:year\\s+)?)?(?:${YEAR_SOURCE}|${alternation(
  [...NEIGHBOUR_OFFSETS.keys()].map((word) => `${word} year`),
)}|the (?:${alternation(YEAR_REF_ADJECTIVES, { suffix: ' ' })})?year)`;

/**
 * The year named by a trailing "of 2022" / "of last year" / "of the year"; null if none. The word
 * before the final "year" counts from the report ("last year") or from the last date named ("the
 * previous year"); a bare "the year" is the last date's year.
 */
function yearOfRef(ref: string | undefined, ctx: ResolveContext): number | null {
  if (!ref) return null;
  const r = ref.toLowerCase();
  const digits = /(\d{4})/.exec(r);
  if (digits) return Number(digits[1]);
  const words = r.split(/\s+/);
  const offset = RELATIVE_OFFSETS.get(words[words.length - 2] ?? '');
  if (offset?.from === 'dct') return ctx.dct.year + offset.by;
  const a = ctx.anchor?.year ?? ctx.dct.year;
  return a + (offset?.by ?? 0);
}

const MONTH_NAME_SOURCE = `(?:${MONTH_NAME_ALTERNATION}|${alternation(AP_MONTH_ABBREVIATIONS, { suffix: '\\.?' })})`;

const ORDINAL_SOURCE = `(?:${alternation([...QUARTER_ORDINALS.keys()])})`;

const PERIOD_POSSESSIVE_ALTERNATION = alternation(PERIOD_POSSESSIVES);
const POSSESSIVE_START_RE = new RegExp(`^(?:the\\s+)?(?:${PERIOD_POSSESSIVE_ALTERNATION})\\s+`, 'i');
const GAME_PERIOD_AFTER_RE = new RegExp(`^\\s+(?:${alternation(GAME_PERIOD_PHRASES)})\\b`, 'i');

/** "the third quarter", "first-quarter", "the fourth quarter of 2021", "fiscal 2023 second quarter". */
const quarterRule: Rule = {
  name: 'quarter',
  re: new RegExp(
    `(?<![\\w-])(?:the\\s+)?(?:(?:${PERIOD_POSSESSIVE_ALTERNATION})\\s+)?(?:(?:${alternation(YEAR_KIND_WORDS)})\\s+)?(?:(${YEAR_SOURCE})\\s+)?(${ORDINAL_SOURCE})[- ]quarter(?![\\w-])(?:\\s+(?:of\\s+)?(${YEAR_REF_SOURCE}))?`,
    'gi',
  ),
  build(m, text) {
    const q = QUARTER_ORDINALS.get((m[2] ?? '').toLowerCase());
    if (q === undefined) return null;
    // "a quarter of", "the second quarter" in a sports report ends in a score, not a date.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (GAME_PERIOD_AFTER_RE.test(after)) return null;
    let start = m.index;
    // Possessives ("its fiscal second quarter") are not part of the extent.
    const poss = POSSESSIVE_START_RE.exec(m[0]);
    if (poss) start += poss[0].length;
    return {
      start,
      end: m.index + m[0].length,
      kind: 'point',
      rank: 3,
      resolve(ctx) {
        const year = m[1] !== undefined ? Number(m[1]) : (yearOfRef(m[3], ctx) ?? resolveQuarterYear(q, ctx));
        return { type: 'DATE', value: `${yearValue(year)}-Q${q}` };
      },
    };
  },
};

/** "Q3", "Q3 2022", "3Q22", "Q4 of 2021". */
const quarterCodeRule: Rule = {
  name: 'quarter-code',
  re: new RegExp(
    `(?<![\\w-])(?:Q([1-4])(?:\\s+(?:of\\s+)?(${YEAR_SOURCE}))?|([1-4])Q(\\d{2})?)(?![\\w-])`,
    'g',
  ),
  build(m) {
    const q = Number(m[1] ?? m[3]);
    const explicit = m[2] !== undefined ? Number(m[2]) : m[4] !== undefined ? 2000 + Number(m[4]) : null;
    return candidateFromMatch(m, 'point', 2, (ctx) => ({
      type: 'DATE',
      value: `${yearValue(explicit ?? resolveQuarterYear(q, ctx))}-Q${q}`,
    }));
  },
};

/** "the first half of 2022", "first-half profit", "the second half of the year". */
const halfRule: Rule = {
  name: 'half',
  re: new RegExp(
    `(?<![\\w-])(?:(the)\\s+)?(${alternation([...HALF_ORDINALS.keys()])})([- ])half(?![\\w-])(?:\\s+(?:of\\s+)?(${YEAR_REF_SOURCE}))?`,
    'gi',
  ),
  build(m, text) {
    // A bare "the second half" is usually a match period; take it only with a year, as "first-half"
    // or in a sentence about results ("net sales rose 10% in the first half").
    const end = m.index + m[0].length;
    if (m[4] === undefined && m[3] !== '-' && !inBusinessSentence(text, m.index, end)) return null;
    const h = HALF_ORDINALS.get((m[2] ?? '').toLowerCase()) === 1 ? 1 : 2;
    return candidateFromMatch(m, 'point', 3, (ctx) => {
      const year =
        yearOfRef(m[4], ctx) ??
        (h === 2 && ctx.dct.month <= 6 && ctx.tense() === 'past' ? ctx.dct.year - 1 : ctx.dct.year);
      return { type: 'DATE', value: `${yearValue(year)}-H${h}` };
    });
  },
};

/**
 * "the full year", "the whole fiscal year" in results copy: the year being reported or forecast,
 * the DCT's year. Elsewhere "the whole year" is a stretch of time and is left to the duration rules.
 */
const fullYearRule: Rule = {
  name: 'full-year',
  re: new RegExp(
    `(?<![\\w-])the\\s+(?:${alternation(WHOLE_YEAR_WORDS)})(?:[- ](?:${FISCAL_ALTERNATION}))?\\s+year(?![\\w-])(?!\\s+(?:${alternation(WHOLE_YEAR_NOT_BEFORE)})\\b)`,
    'gi',
  ),
  build(m, text) {
    if (!inBusinessSentence(text, m.index, m.index + m[0].length)) return null;
    return candidateFromMatch(m, 'point', 3, (ctx) => ({ type: 'DATE', value: yearValue(ctx.dct.year) }));
  },
};

/** "the first six months of 2022" (H1), "the first three months" (Q1), "the first nine months" (P9M). */
const firstMonthsRule: Rule = {
  name: 'first-months',
  re: new RegExp(
    `(?<![\\w-])the\\s+(${alternation([...MONTHS_FROM_END.keys()])})\\s+(${COUNT_SOURCE})\\s+months(?:\\s+of\\s+(${YEAR_REF_SOURCE}))?(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const n = countValue(m[2] ?? '');
    if (n === null || n < 1 || n > 12) return null;
    const first = MONTHS_FROM_END.get((m[1] ?? '').toLowerCase()) === 'first';
    // "the last six months" without a year is a span back from now, not a half.
    if (!first && m[3] === undefined) return null;
    return candidateFromMatch(m, 'point', 3, (ctx): Resolution => {
      const year = yearOfRef(m[3], ctx) ?? ctx.dct.year;
      if (n === 6) return { type: 'DATE', value: `${yearValue(year)}-H${first ? 1 : 2}` };
      if (n === 3) return { type: 'DATE', value: `${yearValue(year)}-Q${first ? 1 : 4}` };
      if (n === 12) return { type: 'DATE', value: yearValue(year) };
      return { type: 'DURATION', value: `P${n}M` };
    });
  },
};

/** Nouns that make a season word part of a name for something else: "spring training", "summer camp". */
const SEASON_COMPOUND_RE = new RegExp(`^\\s+(?:${alternation(SEASON_COMPOUND_NOUNS)})\\b`, 'i');

/**
 * "summertime" is never part of a name, so after a possessive it dates what follows ("their
 * summertime drills"), while "their summer exercises" may name a series and stays untagged.
 */
const POSSESSIVE_BEFORE_RE = new RegExp(`\\b(?:${alternation(SEASON_POSSESSIVES)})\\s+$`, 'i');

/** "after a strong summer", "a hot summer.": an article and one adjective before a season that ends its phrase. */
const ARTICLE_ADJECTIVE_RE = new RegExp(`\\b(?:${alternation(SEASON_ARTICLES)})\\s+[a-z]+\\s+$`);
const PHRASE_END_RE = new RegExp(
  `^(?:\\s*[,.;:!?)"”]|\\s*$|\\s+(?:${alternation(SEASON_PHRASE_END_WORDS)})\\b)`,
);

const SEASON_CUE_RE = new RegExp(`\\b(?:${alternation(SEASON_PREPOSITIONS)})\\s+$`, 'i');

/** Seasons: "last summer", "this spring", "the winter", "summer 2022", "the fall of 2021". */
const seasonRule: Rule = {
  name: 'season',
  re: new RegExp(
    `(?<![\\w-])(?:(${alternation([...SEASON_DETERMINERS.keys()])})\\s+)?(${alternation([...SEASONS.keys()])})(?![\\w-])(?:\\s+(?:of\\s+)?(${YEAR_SOURCE})(?![\\w]))?`,
    'gi',
  ),
  build(m, text) {
    const raw = m[2] ?? '';
    const word = raw.toLowerCase();
    // "Prague Spring", "the Summer Olympics": a capitalised season before or after a name is a name.
    if (/^[A-Z]/.test(raw) && (!m[1] || /^\s+[A-Z]/.test(text.slice(m.index + m[0].length)))) return null;
    const det = m[1] ? SEASON_DETERMINERS.get(m[1].toLowerCase()) : undefined;
    const code = SEASONS.get(word);
    if (!code) return null;
    // "fall" is usually the verb: only a determiner or a year makes it the season.
    // Bare season nouns modify other nouns ("spring training", "summer exercises"); take one only
    // with a determiner, a year or a preposition before it ("in summer").
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const possessed = POSSESSIVE_BEFORE_RE.test(before) && NAME_FREE_SEASONS.has(word);
    const verbLike = VERB_LIKE_SEASONS.has(word);
    const described = ARTICLE_ADJECTIVE_RE.test(before) && PHRASE_END_RE.test(rest) && !verbLike;
    if (!det && m[3] === undefined && !SEASON_CUE_RE.test(before) && !possessed && !described) {
      return null;
    }
    if (verbLike && !det && m[3] === undefined) return null;
    if (!det && m[3] === undefined && !possessed && SEASON_COMPOUND_RE.test(rest)) return null;
    if (verbLike && det === 'edge') return null;
    if (det === 'the' && /^\s+of\b/.test(text.slice(m.index + m[0].length)) && m[3] === undefined) {
      // "the fall of Kabul", "the spring of discontent".
      return null;
    }
    let start = m.index;
    // "early summer" is left to the modifier pass so it carries mod START.
    if (det === 'edge') start += (m[1] ?? '').length + 1;
    return {
      start,
      end: m.index + m[0].length,
      kind: 'point',
      rank: 2,
      resolve(ctx) {
        if (m[3] !== undefined) return { type: 'DATE', value: `${m[3]}-${code}`, relative: false };
        const { year, month } = ctx.dct;
        // Season s of year y runs from its first month; winter y runs Dec y .. Feb y+1.
        const startMonth = SEASON_START_MONTHS[code] ?? 1;
        const endIndex = (y: number) => y * 12 + startMonth + 1;
        const nowIndex = year * 12 + month - 1;
        const currentYear = code === 'WI' && month <= 2 ? year - 1 : year;
        let y = currentYear;
        if (det === 'last') {
          y = currentYear;
          while (endIndex(y) >= nowIndex) y--;
        } else if (det === 'next') {
          y = currentYear;
          while (y * 12 + startMonth - 1 <= nowIndex) y++;
        } else if (det !== 'this') {
          const tense = ctx.tense();
          if (tense === 'past' && y * 12 + startMonth - 1 > nowIndex) y--;
          if (tense === 'future' && endIndex(y) < nowIndex) y++;
        }
        return { type: 'DATE', value: `${yearValue(y)}-${code}` };
      },
    };
  },
};

/** "fiscal 2023", "fiscal year 2023", "FY2023", "FY23", "the 2023 fiscal year". */
const fiscalYearRule: Rule = {
  name: 'fiscal-year',
  re: new RegExp(
    `(?<![\\w-])(?:(?:${FISCAL_ALTERNATION})\\s+(?:year\\s+)?(${YEAR_SOURCE})|FY\\s?(\\d{4}|\\d{2})|the\\s+(${YEAR_SOURCE})\\s+(?:${FISCAL_ALTERNATION})\\s+year)(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    return candidateFromMatch(m, 'point', 2, () => ({
      type: 'DATE',
      value: yearValue(year),
      relative: false,
    }));
  },
};

/** "the year-ago quarter", "the year-earlier period", "the same quarter last year". */
const yearAgoRule: Rule = {
  name: 'year-ago',
  re: new RegExp(
    `(?<![\\w-])(?:the\\s+(?:${alternation(YEAR_AGO_ADJECTIVES)})\\s+(${alternation(YEAR_AGO_PERIODS)})|the\\s+same\\s+(${alternation(SAME_PERIOD_NOUNS)})\\s+(?:(?:of\\s+)?last year|a year (?:${alternation(A_YEAR_BACK_WORDS)})|(?:of\\s+)?the previous year))(?![\\w-])`,
    'gi',
  ),
  build(m) {
    const noun = (m[1] ?? m[2] ?? '').toLowerCase();
    return candidateFromMatch(m, 'point', 3, (ctx) => {
      const comparison = { type: 'DATE' as const, comparison: true };
      // Quarters and periods compare with the period being reported, not with the last date named.
      const period = noun === 'quarter' || noun === 'period' || noun === 'half' ? ctx.reportedPeriod : null;
      const a = period ?? ctx.anchor;
      const base = a ? anchorBase(a) : ctx.dct;
      if (noun === 'quarter' || (noun === 'period' && a && anchorGranularity(a) === 'quarter')) {
        const q = a?.quarter ?? quarterOf(ctx.dct.month);
        return { ...comparison, value: `${yearValue(base.year - 1)}-Q${q}` };
      }
      if (noun === 'half') return { ...comparison, value: shiftedValue(base, 'half', -2) };
      if (noun === 'month') return { ...comparison, value: shiftedValue(base, 'month', -12) };
      if (noun === 'week') return { ...comparison, value: shiftedValue(base, 'week', -52) };
      const unit = a ? anchorGranularity(a) : 'year';
      if (unit === 'day' || unit === 'week' || unit === 'month') {
        return { ...comparison, value: shiftedValue(base, 'month', -12).slice(0, 7) };
      }
      if (unit === 'half') return { ...comparison, value: shiftedValue(base, 'half', -2) };
      return { ...comparison, value: yearValue(base.year - 1) };
    });
  },
};

/**
 * "for the quarter", "during the quarter", "for the week", "its high for the year": business copy
 * names the period under discussion with a bare "the". Only after a preposition of time span, and
 * not before "of", "ago", "ended" and the like, which make it part of a longer phrase.
 */
const thePeriodRule: Rule = {
  name: 'the-period',
  re: new RegExp(
    `(?<=\\b(?:${alternation(PERIOD_SPAN_PREPOSITIONS)})\\s+)the\\s+(${alternation(THE_PERIOD_UNITS)})(?![\\w-])(?!['’]s|\\s+(?:${alternation(THE_PERIOD_NOT_BEFORE)}|\\d))`,
    'g',
  ),
  build(m) {
    const unit = (m[1] ?? '').toLowerCase();
    return candidateFromMatch(m, 'point', 1, (ctx) => {
      if (unit === 'quarter') {
        const period = ctx.reportedPeriod;
        if (period?.quarter !== undefined) {
          return { type: 'DATE', value: `${yearValue(period.year)}-Q${period.quarter}` };
        }
        return { type: 'DATE', value: shiftedValue(ctx.dct, 'quarter', ctx.tense() === 'future' ? 0 : -1) };
      }
      if (unit === 'week') return { type: 'DATE', value: shiftedValue(ctx.dct, 'week', 0) };
      const a = ctx.anchor;
      if (unit === 'month') {
        const base = a && a.month !== undefined ? anchorBase(a) : ctx.dct;
        return { type: 'DATE', value: shiftedValue(base, 'month', 0) };
      }
      return { type: 'DATE', value: yearValue(a?.year ?? ctx.dct.year) };
    });
  },
};

/** "the July-September period", "the April-June quarter": a span of months that is a quarter or a half. */
const monthSpanRule: Rule = {
  name: 'month-span',
  re: new RegExp(
    `(?<![\\w-])the\\s+(${MONTH_NAME_SOURCE})\\s*[-–]\\s*(${MONTH_NAME_SOURCE})\\s+(?:${alternation(MONTH_SPAN_NOUNS)})(?![\\w-])`,
    'g',
  ),
  build(m) {
    const first = monthNumber(m[1] ?? '');
    const last = monthNumber(m[2] ?? '');
    if (first === null || last === null) return null;
    const isQuarter = last - first === 2 && first % 3 === 1;
    const isHalf = last - first === 5 && (first === 1 || first === 7);
    if (!isQuarter && !isHalf) return null;
    return candidateFromMatch(m, 'point', 3, (ctx) => {
      const year = resolveMonthYear(last, ctx);
      const part = isQuarter ? `Q${quarterOf(first)}` : `H${first === 1 ? 1 : 2}`;
      return { type: 'DATE', value: `${yearValue(year)}-${part}` };
    });
  },
};

export const PERIOD_RULES: readonly Rule[] = [
  quarterRule,
  quarterCodeRule,
  halfRule,
  fullYearRule,
  firstMonthsRule,
  seasonRule,
  fiscalYearRule,
  yearAgoRule,
  thePeriodRule,
  monthSpanRule,
];
