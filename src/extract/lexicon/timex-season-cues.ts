/**
 * Context words that decide whether a season word is a time: "last summer", "in spring" and "a hot
 * summer." are; "spring training", "the fall of Kabul" and "their summer exercises" are not.
 * Lower case; rules compare case-insensitively.
 */

/**
 * Words before a season that place it ("last summer", "the winter"), and what each does: count back
 * or ahead from the report, name the current one, or only introduce it. "early"/"late" are left to
 * the modifier pass, which gives them their TIMEX3 mod.
 */
export const SEASON_DETERMINERS: ReadonlyMap<string, 'last' | 'this' | 'next' | 'the' | 'edge'> = new Map([
  ['last', 'last'],
  ['this', 'this'],
  ['next', 'next'],
  ['past', 'last'],
  ['coming', 'next'],
  ['the', 'the'],
  ['early', 'edge'],
  ['late', 'edge'],
]);

/** Prepositions that make a bare season a time: "in summer", "during winter". */
export const SEASON_PREPOSITIONS: readonly string[] = [
  'in',
  'during',
  'since',
  'by',
  'until',
  'through',
  'throughout',
  'over',
  'of',
  'for',
  'before',
  'after',
];

/** Nouns that make a season word part of a name for something else: "spring training", "summer camp". */
export const SEASON_COMPOUND_NOUNS: readonly string[] = [
  'training',
  'break',
  'camp',
  'semester',
  'term',
  'session',
  'collection',
  'lineup',
  'fashion',
  'show',
  'exercise',
  'exercises',
  'drill',
  'drills',
  'offensive',
  'school',
  'league',
  'games',
  'olympics',
  'solstice',
];

/** Possessives after which "summertime" dates what follows: "their summertime drills". */
export const SEASON_POSSESSIVES: readonly string[] = ['their', 'its', 'his', 'her', 'our'];

/** Articles before "a hot summer": an article, one adjective and a season that ends its phrase. */
export const SEASON_ARTICLES: readonly string[] = ['a', 'an'];

/** Words that end the phrase of "a hot summer" ("after a strong summer of growth"). */
export const SEASON_PHRASE_END_WORDS: readonly string[] = [
  'of',
  'in',
  'and',
  'when',
  'that',
  'for',
  'as',
  'than',
  'but',
];
