/**
 * Ordinals the temporal tagger reads and their values: quarters ("the third quarter"), halves
 * ("the second half") and centuries ("the nineteenth century"). Lower case.
 */

/** Ordinals of a quarter; "final" is the fourth. */
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['final', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/** Ordinals of a half; "the latter half" is the second. */
export const HALF_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['1st', 1],
  ['2nd', 2],
  ['latter', 2],
]);

/** Written-out ordinals of a century. */
export const CENTURY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['twenty-first', 21],
]);
