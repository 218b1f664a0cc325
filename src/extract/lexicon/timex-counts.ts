/**
 * Count words the temporal tagger reads besides cardinal numbers ("three", "twenty-five" come from
 * number-words.ts): articles, idioms and vague amounts, and the value each counts for (null when it
 * is vague: "several weeks" is PXW). Lower case, one space between words.
 */

/**
 * Count phrases and their values, in the order the count pattern tries them: a phrase comes before
 * any phrase it begins with ("a dozen" before "a").
 */
export const COUNT_PHRASES: ReadonlyMap<string, number | null> = new Map<string, number | null>([
  ['a dozen', 12],
  ['a couple of', 2],
  ['a couple', 2],
  ['a few', null],
  ['a', 1],
  ['an', 1],
  ['several', null],
  ['few', null],
  ['many', null],
  ['some', null],
  ['dozens of', null],
  ['hundreds of', null],
  ['a half', 0.5],
  ['half a', 0.5],
  ['half an', 0.5],
]);

/**
 * Words a counted length of time may start with, besides a digit and "a"/"an": after "some", "about"
 * or "around" one of them makes the word an approximation ("about three years").
 */
export const DURATION_COUNT_STARTS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'hundred',
  'half',
  'several',
  'a few',
];

/** Written counts of a span of months named in a sentence: "the nine months", "the first six months". */
export const MONTH_SPAN_COUNT_WORDS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Words that open a span of months: "the first six months", "the past nine months". */
export const MONTH_SPAN_OPENERS: readonly string[] = ['first', 'past', 'latest'];
