/**
 * Finds the rows of one search block (rows joined into one string, search-index.ts) that contain a term:
 * either every row of the block, by one indexOf pass, or only the rows of a candidate list (the rows that
 * held the terms before this one), which skips most of the block once a rare term has narrowed it. Rows are
 * numbered from 0 within the block; lists are ascending. Knows nothing of seqs, tables or filters.
 */
import type { TermProbe } from './search-probe';
import { nextOccurrence } from './search-probe';

/** One block of joined rows. Row k is text[starts[k] .. starts[k + 1] - 1), followed by one separator. */
export interface SearchBlock {
  text: string;
  /** starts.length - 1 rows; starts[rows] is the length of text. */
  starts: Uint32Array;
}

/**
 * A candidate list more than this many times shorter than the block's row count is checked row by row (a
 * slice and an includes each); a longer one by walking the term's occurrences, which costs at most one
 * pass over the block. Ratios from 1 to 32 measured the same within noise at a million synthetic rows
 * (bench/search.ts): the terms after the first are the commoner ones, whose occurrences lie close
 * together. Row by row bounds the work when a later term is rarer than its sample suggested.
 */
const ROW_BY_ROW_RATIO = 8;

/**
 * Writes the rows containing `term` to `out` (ascending) and returns how many. `term` must not contain the
 * row separator: an occurrence then always lies within one row.
 */
export function rowsContaining(block: SearchBlock, term: TermProbe, out: Uint32Array): number {
  const { text, starts } = block;
  const rows = starts.length - 1;
  let n = 0;
  let k = 0;
  for (let pos = nextOccurrence(text, term, 0); pos >= 0;) {
    // Positions only grow, so the row pointer walks forward: one pass over the block's rows per term.
    while (k < rows && (starts[k + 1] ?? 0) <= pos) k++;
    if (k >= rows) break;
    out[n++] = k;
    k++;
    if (k >= rows) break;
    pos = nextOccurrence(text, term, starts[k] ?? text.length);
  }
  return n;
}

/**
 * Keeps, in place, the first `count` rows of `rows` that contain `term`, and returns how many are left.
 * `term` may be any string (one with the row separator only ever matches row by row).
 */
export function keepRowsContaining(
  block: SearchBlock,
  term: TermProbe,
  rows: Uint32Array,
  count: number,
  separator: string,
): number {
  const blockRows = block.starts.length - 1;
  if (count * ROW_BY_ROW_RATIO < blockRows || term.term.includes(separator)) {
    return keepByRow(block, term.term, rows, count);
  }
  return keepByOccurrence(block, term, rows, count);
}

function keepByRow(block: SearchBlock, term: string, rows: Uint32Array, count: number): number {
  const { text, starts } = block;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const k = rows[i] ?? 0;
    const s = starts[k] ?? 0;
    const e = (starts[k + 1] ?? 1) - 1;
    if (e - s >= term.length && text.slice(s, e).includes(term)) rows[n++] = k;
  }
  return n;
}

/**
 * Walks the term's occurrences from one candidate row to the next: the next occurrence at or after a row's
 * start either lies in that row, or further on, where it may answer later candidates too.
 */
function keepByOccurrence(block: SearchBlock, term: TermProbe, rows: Uint32Array, count: number): number {
  const { text, starts } = block;
  let n = 0;
  let pos = -1;
  for (let i = 0; i < count; i++) {
    const k = rows[i] ?? 0;
    const s = starts[k] ?? 0;
    if (pos < s) {
      pos = nextOccurrence(text, term, s);
      if (pos < 0) break;
    }
    if (pos + term.term.length < (starts[k + 1] ?? 0)) rows[n++] = k;
  }
  return n;
}
