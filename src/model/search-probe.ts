/**
 * How one term is looked for in a long text: by a short piece of it (the probe) that starts at its
 * rarest character, and a check of the whole term wherever the probe occurs. V8's indexOf skips to the
 * first character of what it looks for at memchr speed and compares from there, but for patterns of 7
 * characters and more it switches to Boyer-Moore-Horspool, which news text slows down (a last letter
 * such as 'e' allows only short skips), and a frequent first letter stops the skipping every few
 * characters. At a million synthetic rows (bench/search.ts, CPU time) "missile" took 88-90 ms to find
 * and 39-45 ms by its probe "miss"; "ballistic missile" 45-49 and 24-30 ms; "north korea sanctions"
 * 105-108 and 51-63 ms. Chromium showed the same ("missile" 38 ms, "mis" 12 ms over 46 MB). Pure.
 */

/**
 * Characters in a probe: fewer than the 7 at which V8 changes algorithm. Probes of 3, 4 and 6 characters
 * measured the same within noise; 4 finds fewer places where the term is not.
 */
const PROBE_CHARS = 4;

export interface TermProbe {
  term: string;
  /** term.slice(offset, offset + probe.length): the piece searched for. */
  probe: string;
  offset: number;
}

/**
 * The probe for `term`: the PROBE_CHARS characters from the one that `countOf` (how often a character
 * code occurs in a sample of the text) finds rarest; among equals, the earliest. A term that short is its
 * own probe.
 */
export function termProbe(term: string, countOf: (code: number) => number): TermProbe {
  if (term.length <= PROBE_CHARS) return { term, probe: term, offset: 0 };
  let best = 0;
  for (let j = 1; j + PROBE_CHARS <= term.length; j++) {
    if (countOf(term.charCodeAt(j)) < countOf(term.charCodeAt(best))) best = j;
  }
  return { term, probe: term.slice(best, best + PROBE_CHARS), offset: best };
}

/** Where `p.term` next occurs in `text` at or after `from`; -1 when it does not. */
export function nextOccurrence(text: string, p: TermProbe, from: number): number {
  if (p.probe === p.term) return text.indexOf(p.term, from);
  for (let q = text.indexOf(p.probe, from + p.offset); q >= 0; q = text.indexOf(p.probe, q + 1)) {
    if (text.startsWith(p.term, q - p.offset)) return q - p.offset;
  }
  return -1;
}
