/**
 * Words around lengths of time: "the past two years", "three straight days", "for years", "in
 * recent months", and those that show "in two weeks" measures rather than points ahead. Lower case;
 * rules compare case-insensitively.
 */

/** Words between "the" and a counted length, part of its extent: "the past two years", "the first nine months". */
export const COUNTED_DURATION_DETERMINERS: readonly string[] = [
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'following',
  'first',
  'final',
  'latest',
  'recent',
  'preceding',
  'remaining',
  'ensuing',
];

/** Adjectives between a count and its unit: "three straight days", "two full years", "five business days". */
export const DURATION_ADJECTIVES: readonly string[] = [
  'straight',
  'consecutive',
  'successive',
  'full',
  'more',
  'additional',
  'extra',
  'long',
  'whole',
  'short',
  'calendar',
  'business',
  'working',
];

/** Words after "in two weeks" that make it a measure, not a point ahead: "in two weeks of talks". */
export const MEASURE_FOLLOWERS: readonly string[] = [
  'of',
  'to',
  'and',
  'or',
  'from',
  'between',
  'since',
  'before',
  'after',
  'than',
];

/**
 * Words earlier in a clause that make "in two decades" a span (with any superlative in "-est"):
 * "the highest in two decades", "the first rise in two years".
 */
export const SPAN_SUPERLATIVES: readonly string[] = ['first', 'most', 'least', 'only', 'record'];

/** Words before a plural unit that make an uncounted length: "in recent years", "the coming months". */
export const VAGUE_DURATION_DETERMINERS: readonly string[] = [
  'recent',
  'coming',
  'past',
  'next',
  'last',
  'previous',
  'following',
  'ensuing',
];

/** Words before a bare plural unit that make it a length of time: "for years", "took months". */
export const VAGUE_DURATION_CUES: readonly string[] = [
  'for',
  'within',
  'in',
  'over',
  'after',
  'take',
  'took',
  'takes',
  'lasted',
  'lasting',
  'spent',
  'spend',
  'spending',
  'ending',
  'ended',
  'ends',
  'end',
  'following',
  'despite',
  'amid',
];

/** Those after which "years of" is still a span: "after years of delays", "ending months of speculation". */
export const VAGUE_DURATION_OF_CUES: readonly string[] = [
  'after',
  'ending',
  'ended',
  'ends',
  'end',
  'following',
  'despite',
  'amid',
];
