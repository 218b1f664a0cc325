/**
 * Clause edges inside a sentence, found from punctuation and subordinating words. Used to keep actors,
 * counts and participants with the verb they belong to: in "Sherman's visit came after North Korea
 * launched eight missiles", the launch belongs to North Korea, not to Sherman.
 */

/**
 * Edges: punctuation, subordinators and reporting verbs. After a comma the next word ("arriving",
 * "while") opens the new clause, so its trigger sits inside the clause it heads. ("officials said North Korea may ..."). A comma
 * before "and" is not an edge, so "Lavrov and his counterpart hold a meeting" keeps both subjects.
 */
const CLAUSE_EDGE_RE =
  /[;:—–]|["“”]|,\s+(?=(?:\p{L}+ing|but|while|although|though|after|before|which|when|where|who|during which)\b)|\s(?:that|which|who|after|before|when|while|because|although|whereas|but|since|as)\s|\s(?:said|says|say|told|reported|warned|claimed|stated|believes|added|noted)\s/giu;

// Event building asks about the same sentence several times in a row; remember the last answer.
let cachedSentence = '';
let cachedEdges: number[] = [];

function edges(sentence: string): number[] {
  if (sentence === cachedSentence) return cachedEdges;
  const out: number[] = [];
  CLAUSE_EDGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_EDGE_RE.exec(sentence))) {
    // "The WHO lifted ...": a word in capitals is a name (the World Health Organization), no "who".
    if (/^[A-Z]{2,}$/.test(m[0].trim())) continue;
    out.push(m.index, m.index + m[0].length);
  }
  cachedSentence = sentence;
  cachedEdges = out;
  return out;
}

/** Start of the clause holding `position`. */
export function clauseStartAt(sentence: string, position: number): number {
  let start = 0;
  for (const e of edges(sentence)) if (e <= position) start = Math.max(start, e);
  return start;
}

/** End of the clause holding `position` (exclusive). */
export function clauseEndAt(sentence: string, position: number): number {
  for (const e of edges(sentence)) if (e > position) return e;
  return sentence.length;
}
