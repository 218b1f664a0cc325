/**
 * Case-insensitive matching of search words and mentions in text, returning ranges to highlight.
 * Used for filtering (does a row match?) and for highlighting (where?), so both always agree.
 */

export interface TextRange {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

/** Splits a query into lower-case words; quotes group a phrase ("ballistic missile"). */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]+)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const term = (m[1] ?? m[2] ?? '').trim().toLowerCase();
    if (term) terms.push(term);
  }
  return terms;
}

/** True when every term occurs in the (already lower-cased) haystack. */
export function matchesAll(haystackLower: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystackLower.includes(term)) return false;
  return true;
}

/** All occurrences of any of `needles` in `text`, merged and sorted; empty needles are ignored. */
export function findRanges(text: string, needles: readonly string[]): TextRange[] {
  const lower = text.toLowerCase();
  const ranges: TextRange[] = [];
  for (const needle of needles) {
    const n = needle.toLowerCase();
    if (!n) continue;
    for (let i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + n.length)) {
      ranges.push({ start: i, end: i + n.length });
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/**
 * Whole-word occurrences of names in text (for actor mentions). All-caps names of up to 5 letters ("US",
 * "UN") match case-sensitively, as actors.json documents, so "us" and "bus" are not the United States.
 */
export function findNameRanges(text: string, names: readonly string[]): TextRange[] {
  const lower = text.toLowerCase();
  const ranges: TextRange[] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    const exact = /^[A-Z.]{1,5}$/.test(name);
    const hay = exact ? text : lower;
    const needle = exact ? name : name.toLowerCase();
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const before = text.charAt(i - 1);
      const after = text.charAt(i + needle.length);
      if (isWordChar(before) || isWordChar(after)) continue;
      ranges.push({ start: i, end: i + needle.length });
    }
  }
  return mergeRanges(ranges);
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}
