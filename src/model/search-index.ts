/**
 * Text search over a million rows without a million decodes per keystroke. The lower-cased search text of
 * each row (title, sentence, people, predicate, agent: the same haystack applyFilters reads) is joined with
 * its neighbours into one long string per block, so a search term costs one native indexOf pass per block
 * instead of a decode, a toLowerCase and an includes per row. Meant to live in the table worker, next to the builder,
 * keyed by arrival number (seq); it never sees columns or filters.
 */

/** Joins rows in a block; it never occurs in a search term (terms are split on whitespace and quotes). */
const ROW_SEPARATOR = '\u0000';
/**
 * A block is closed at about this many characters: large enough that indexOf runs at native speed, small
 * enough that joining it is a short pause for the worker (about 1 ms per million characters).
 */
const BLOCK_CHARS = 1 << 20;

interface Block {
  firstSeq: number;
  text: string;
  /** Row k of the block starts at starts[k]; starts[count] is one past the block's end. */
  starts: Uint32Array;
}

export class SearchIndex {
  private readonly blocks: Block[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;

  /** Rows added so far; the next row's seq. */
  get size(): number {
    return this.count;
  }

  /** Adds the next row's haystack (already lower-cased). */
  add(haystackLower: string): void {
    this.pending.push(haystackLower);
    this.pendingChars += haystackLower.length + 1;
    this.count++;
    if (this.pendingChars >= BLOCK_CHARS) this.flush();
  }

  /**
   * Per seq 0..size-1: 1 when every term occurs in that row's haystack. Terms must be lower-case; no terms
   * matches every row.
   */
  matchAll(terms: readonly string[]): Uint8Array {
    this.flush();
    const hits = new Uint8Array(this.count);
    if (terms.length === 0) return hits.fill(1);
    if (terms.length > 255) return hits;
    for (const term of terms) {
      if (term === '' || term.includes(ROW_SEPARATOR)) continue;
      for (const block of this.blocks) markRows(block, term, hits);
    }
    let need = 0;
    for (const term of terms) if (term !== '' && !term.includes(ROW_SEPARATOR)) need++;
    for (let i = 0; i < hits.length; i++) hits[i] = hits[i] === need ? 1 : 0;
    return hits;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const starts = new Uint32Array(this.pending.length + 1);
    let at = 0;
    for (let k = 0; k < this.pending.length; k++) {
      starts[k] = at;
      at += (this.pending[k] ?? '').length + 1;
    }
    starts[this.pending.length] = at;
    this.blocks.push({
      firstSeq: this.count - this.pending.length,
      text: this.pending.join(ROW_SEPARATOR) + ROW_SEPARATOR,
      starts,
    });
    this.pending = [];
    this.pendingChars = 0;
  }
}

/** Adds 1 to hits[seq] for each row of the block containing `term` (once per row, however often it occurs). */
function markRows(block: Block, term: string, hits: Uint8Array): void {
  const { text, starts, firstSeq } = block;
  const rows = starts.length - 1;
  let k = 0;
  for (let pos = text.indexOf(term); pos >= 0;) {
    // Positions only grow, so the row pointer walks forward: one pass over the block's rows per term.
    while (k < rows && (starts[k + 1] ?? 0) <= pos) k++;
    if (k >= rows) break;
    hits[firstSeq + k] = (hits[firstSeq + k] ?? 0) + 1;
    pos = text.indexOf(term, starts[k + 1] ?? text.length);
  }
}
