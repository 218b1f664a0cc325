/**
 * Words that place a period relative to the report's date or to the last date the article named,
 * and which way each counts (HeidelTime's reThisNextLast and normThisNextLast): "last month", "the
 * following week", "next Friday", "three days later", "the day before". Lower case.
 */

/**
 * Before a calendar unit ("last month", "the following week"): count from the report's date (dct)
 * or from the last date named (anchor), by how many units. With `spanAfterThe`, "the" makes it a
 * length of time instead: "the past year" is P1Y, "the next month" P1M.
 */
export interface RelativeOffset {
  from: 'dct' | 'anchor';
  by: number;
  spanAfterThe?: boolean;
}

export const RELATIVE_OFFSETS: ReadonlyMap<string, RelativeOffset> = new Map<string, RelativeOffset>([
  ['this', { from: 'dct', by: 0 }],
  ['last', { from: 'dct', by: -1, spanAfterThe: true }],
  ['next', { from: 'dct', by: 1, spanAfterThe: true }],
  ['past', { from: 'dct', by: -1, spanAfterThe: true }],
  ['coming', { from: 'dct', by: 1, spanAfterThe: true }],
  ['current', { from: 'dct', by: 0 }],
  ['previous', { from: 'anchor', by: -1 }],
  ['preceding', { from: 'anchor', by: -1 }],
  ['prior', { from: 'anchor', by: -1 }],
  ['following', { from: 'anchor', by: 1 }],
  ['same', { from: 'anchor', by: 0 }],
  ['that', { from: 'anchor', by: 0 }],
]);

/** "this year", "last year", "next year", "Oct. 7 last year", "the last century": years from now. */
export const NEIGHBOUR_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);

/** Adjectives of "the ... year" after a period: "the first half of the previous year". */
export const YEAR_REF_ADJECTIVES: readonly string[] = ['current', 'previous', 'same', 'following'];

/** Before a weekday: which one it is. "this Friday" is the Friday of the report's week. */
export const WEEKDAY_MODIFIERS: ReadonlyMap<string, 'last' | 'next' | 'this'> = new Map<
  string,
  'last' | 'next' | 'this'
>([
  ['last', 'last'],
  ['next', 'next'],
  ['this', 'this'],
  ['coming', 'next'],
  ['past', 'last'],
  ['previous', 'last'],
]);

/** Before a month: "last March" is the latest March before the report, "that June" the anchor's. */
export const MONTH_MODIFIERS: ReadonlyMap<string, 'last' | 'next' | 'this' | 'that'> = new Map<
  string,
  'last' | 'next' | 'this' | 'that'
>([
  ['last', 'last'],
  ['next', 'next'],
  ['this', 'this'],
  ['that', 'that'],
  ['past', 'last'],
  ['coming', 'next'],
]);

/**
 * Before a day or a part of one ("the next day", "that night"): days from the last day named.
 * With `needsThe`, the word counts only after "the": "next morning" alone is left to other rules.
 */
export const ANAPHORIC_DAY_WORDS: ReadonlyMap<string, { by: number; needsThe?: boolean }> = new Map<
  string,
  { by: number; needsThe?: boolean }
>([
  ['next', { by: 1, needsThe: true }],
  ['following', { by: 1 }],
  ['previous', { by: -1, needsThe: true }],
  ['preceding', { by: -1 }],
  ['prior', { by: -1, needsThe: true }],
  ['same', { by: 0 }],
  ['that', { by: 0 }],
]);

/** Days or nights after which "before"/"after" counts one from the last day named: "the day before". */
export const DAY_BEFORE_AFTER_NOUNS: readonly string[] = ['day', 'night'];
export const DAY_BEFORE_AFTER: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['after', 1],
]);

/** After a counted unit, the direction from the last date named: "three days later", "a year earlier". */
export const COUNTED_LATER_EARLIER: ReadonlyMap<string, number> = new Map([
  ['later', 1],
  ['earlier', -1],
  ['afterward', 1],
  ['afterwards', 1],
  ['previously', -1],
]);

/** The same, but only at the end of a clause: "two days before." ("two days before the vote" is not). */
export const COUNTED_BEFORE_AFTER: ReadonlyMap<string, number> = new Map([
  ['before', -1],
  ['after', 1],
]);
