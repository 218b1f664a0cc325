/**
 * Context words that make an ambiguous word a date: a capitalised "May" after "in", a bare "2019"
 * after "since" or before "Olympics", "overnight" used as an adverb. Lower case unless written as
 * names; rules say how they compare.
 */

/** Words after which a capitalised "May" or "March" is the month, not a verb or a name. */
export const MONTH_CUES: readonly string[] = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'throughout',
  'during',
  'of',
  'from',
  'to',
  'before',
  'after',
  'early',
  'late',
  'mid',
  'and',
  'or',
  'between',
  'around',
  'for',
  'last',
  'next',
  'this',
  'that',
  'each',
  'every',
  'with',
  'than',
];

/**
 * Words after which a bare four-digit number is a year. Kept to prepositions and time words: "in
 * 2019", "since 2019", "early 2019", "2018 and 2019", "summer 2019", "the end of 2019".
 */
export const YEAR_CUES: readonly string[] = [
  'in',
  'since',
  'by',
  'until',
  'till',
  'through',
  'throughout',
  'during',
  'of',
  'from',
  'to',
  'before',
  'after',
  'early',
  'late',
  'and',
  'or',
  'between',
  'around',
  'for',
  'as of',
  'circa',
  'c.',
  'year',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'end',
  'start',
  'beginning',
  'middle',
];

/** Prefixes joined to a year by a hyphen: "mid-2019", "pre-2020", "post-1945". */
export const YEAR_PREFIXES: readonly string[] = ['mid', 'early', 'late', 'pre', 'post'];

/** Determiners before a year that modifies a noun: "the 2019 talks", "its 2022 budget". */
export const YEAR_DETERMINERS: readonly string[] = [
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'a',
  'this',
  'that',
  'whose',
];

/**
 * Named events a determiner and a year date: "the 2028 Olympics", "the 1996 Atlanta Games", "the
 * 2022 World Cup". Capitalised, and matched case-sensitively; any run of spaces between words.
 */
export const NAMED_EVENTS: readonly string[] = [
  'Olympics',
  'Olympic',
  'Paralympics',
  'Paralympic',
  'Games',
  'World Cup',
  'Cup',
  'Championship',
  'Championships',
  'Election',
  'Elections',
  'Open',
  'Summit',
  'Expo',
  'Census',
  'Budget',
  'Grand Prix',
  'Super Bowl',
  'World Series',
  'Tour',
  'Final',
  'Finals',
  'Marathon',
];

/** Verbs after a sentence-opening year that make it the subject: "2020 was a hard year". */
export const YEAR_SUBJECT_VERBS: readonly string[] = [
  'was',
  'were',
  'is',
  'has',
  'had',
  'saw',
  'will',
  'marked',
];

/**
 * Words after "overnight" that make it an adverb ("launched drones overnight on Tuesday"); before
 * a noun it is an attribute ("an overnight stay").
 */
export const OVERNIGHT_FOLLOWERS: readonly string[] = [
  'on',
  'in',
  'into',
  'at',
  'and',
  'as',
  'to',
  'from',
  'with',
  'after',
  'before',
  'but',
  'while',
  'when',
  'amid',
  'local',
  'across',
  'near',
  'over',
  'the',
  'a',
  'an',
];
