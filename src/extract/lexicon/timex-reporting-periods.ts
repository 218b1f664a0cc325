/**
 * Words of the periods business and economic news reports on: what makes a sentence read as results
 * ("net sales rose in the first half"), fiscal years, "the year-ago quarter", "the same period last
 * year", "for the quarter". Lower case unless noted; rules compare case-insensitively.
 */

/**
 * Words that make a sentence read as company or economic results, where "the first half" and "the
 * full year" name a reporting period rather than a match period or a stretch of time.
 */
export const BUSINESS_WORDS: readonly string[] = [
  'sales',
  'revenue',
  'revenues',
  'profit',
  'profits',
  'earnings',
  'net income',
  'loss',
  'losses',
  'forecast',
  'forecasts',
  'guidance',
  'outlook',
  'margin',
  'margins',
  'dividend',
  'dividends',
  'turnover',
  'results',
  'growth',
  'GDP',
  'output',
  'shipments',
  'orders',
  'bookings',
  'deliveries',
  'EBITDA',
  'operating income',
];

/** "fiscal 2023", "financial year 2022": a company's accounting year. */
export const FISCAL_WORDS: readonly string[] = ['fiscal', 'financial'];

/** Kinds of year before a period: "the fiscal second quarter", "last calendar year". */
export const YEAR_KIND_WORDS: readonly string[] = ['fiscal', 'financial', 'calendar'];

/** Possessives before a reporting period, left out of its extent: "its fiscal second quarter". */
export const PERIOD_POSSESSIVES: readonly string[] = ['its', 'their'];

/** What follows a quarter of a match, not of a year: "the second quarter of the game". */
export const GAME_PERIOD_PHRASES: readonly string[] = ['of the game', 'of play', 'of the match'];

/** "the full year", "the whole fiscal year": the year reported on. */
export const WHOLE_YEAR_WORDS: readonly string[] = ['full', 'whole', 'entire'];

/** Words after "the full year" that make it part of a longer phrase: "the whole year of", "the full year ago". */
export const WHOLE_YEAR_NOT_BEFORE: readonly string[] = ['of', 'to', 'ago', 'earlier', 'before'];

/** "the first six months", "the last three months of 2021": which end of the year the months run from. */
export const MONTHS_FROM_END: ReadonlyMap<string, 'first' | 'last'> = new Map<string, 'first' | 'last'>([
  ['first', 'first'],
  ['last', 'last'],
  ['final', 'last'],
]);

/** Adjectives of the period a year before the one reported on: "the year-ago quarter". */
export const YEAR_AGO_ADJECTIVES: readonly string[] = [
  'year-ago',
  'year-earlier',
  'prior-year',
  'year-before',
  'year ago',
  'year earlier',
];

/** Periods after those adjectives: "the year-earlier period", "the year-ago month". */
export const YEAR_AGO_PERIODS: readonly string[] = ['quarter', 'period', 'month', 'week', 'half'];

/** Periods in "the same quarter last year", "the same time a year ago". */
export const SAME_PERIOD_NOUNS: readonly string[] = ['quarter', 'period', 'month', 'week', 'time'];

/** "a year ago", "a year earlier", "a year before" after "the same quarter". */
export const A_YEAR_BACK_WORDS: readonly string[] = ['ago', 'earlier', 'before'];

/** Prepositions of a time span before "the quarter", "the week": "for the quarter", "during the year". */
export const PERIOD_SPAN_PREPOSITIONS: readonly string[] = [
  'for',
  'during',
  'in',
  'over',
  'through',
  'throughout',
];

/** Periods named with a bare "the" in business copy: "for the quarter", "its high for the year". */
export const THE_PERIOD_UNITS: readonly string[] = ['quarter', 'week', 'month', 'year'];

/** Words after "the quarter" that make it part of a longer phrase: "the quarter ended", "the year ago". */
export const THE_PERIOD_NOT_BEFORE: readonly string[] = [
  'of',
  'ago',
  'earlier',
  'later',
  'before',
  'after',
  'ahead',
  'ended',
  'ending',
  'to come',
  'when',
  'that',
  'in which',
];

/** Nouns after a span of months that make it a quarter or a half: "the July-September period". */
export const MONTH_SPAN_NOUNS: readonly string[] = ['period', 'quarter', 'months'];
