/**
 * Rules about sets of search terms that hold whatever text they are matched against: which terms a
 * search must check at all, and when one search's hits contain every hit of the next. Pure; a term here is
 * already lower-case (text-match.ts `searchTerms`), and a row matches when it contains every term.
 */

/**
 * The terms a row must be checked for: without empty terms (every text contains ''), repeats, and terms
 * that occur inside another term (a row containing "north korea" contains "korea"). Same rows match.
 */
export function essentialTerms(terms: readonly string[]): string[] {
  const distinct = [...new Set(terms)].filter((t) => t !== '');
  return distinct.filter((t) => !distinct.some((u) => u !== t && u.includes(t)));
}

/**
 * True when every row matching `next` also matches `previous`: each previous term lies inside some next
 * term. Typing on ("missi" -> "missile", "missile" -> "missile korea") narrows; deleting a letter does not.
 */
export function isNarrowing(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((p) => p === '' || next.some((t) => t.includes(p)));
}
