/**
 * Text search over a million rows without a million decodes per keystroke. The lower-cased search text of
 * each row (title, sentence, people, predicate, agent: the same haystack applyFilters reads) is joined with
 * its neighbours into one long string per block, so a term costs native indexOf passes instead of a decode,
 * a toLowerCase and an includes per row. The rarest term (estimated on a sample) is looked for first, over
 * whole blocks; every other term only in the rows still in the running (search-block-scan.ts), so a
 * second word costs a fraction of the first. Meant to live in the table worker, next to the builder, keyed
 * by arrival number (seq); it never sees columns or filters.
 */
import type { SearchBlock } from './search-block-scan';
import { keepRowsContaining, rowsContaining } from './search-block-scan';
import type { TermProbe } from './search-probe';
import { termProbe } from './search-probe';
import { essentialTerms } from './search-terms';

/** Joins rows in a block; a term holding it is checked row by row (search-block-scan.ts). */
const ROW_SEPARATOR = '\u0000';
/**
 * A block is closed at about this many characters: large enough that indexOf runs at native speed, small
 * enough that joining it is a short pause for the worker (about 1 ms per million characters) and that the
 * second term's pass finds the block still in the CPU's cache.
 */
const BLOCK_CHARS = 1 << 20;
/**
 * Characters of one block in which each term's occurrences are counted to order the terms: about 400 rows
 * of news, read in well under a millisecond, enough to tell a word in half the rows from one in 1%.
 */
const SAMPLE_CHARS = 64 * 1024;

interface Block extends SearchBlock {
  firstSeq: number;
}

export interface SearchIndexOptions {
  /** Characters per block; defaults to about a million. Tests use tiny blocks to cross many boundaries. */
  blockChars?: number;
}

export class SearchIndex {
  private readonly blocks: Block[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;
  private readonly blockChars: number;
  /** Row lists of one block, reused across blocks and searches; grown to the largest block. */
  private rows = new Uint32Array(0);

  constructor(options: SearchIndexOptions = {}) {
    this.blockChars = options.blockChars ?? BLOCK_CHARS;
  }

  /** Rows added so far; the next row's seq. */
  get size(): number {
    return this.count;
  }

  /** Adds the next row's haystack (already lower-cased). */
  add(haystackLower: string): void {
    this.pending.push(haystackLower);
    this.pendingChars += haystackLower.length + 1;
    this.count++;
    if (this.pendingChars >= this.blockChars) this.flush();
  }

  /**
   * Per seq 0..size-1: 1 when every term occurs in that row's haystack. Terms must be lower-case; no terms
   * matches every row. `within` (by seq, of this size) narrows the search to the rows marked 1 there: the
   * hits of an earlier search that every row matching these terms also matches (search-terms.ts,
   * `isNarrowing`), so typing on in the search box rescans only the rows it still shows.
   */
  matchAll(terms: readonly string[], within?: Uint8Array): Uint8Array {
    this.flush();
    const hits = new Uint8Array(this.count);
    const ordered = this.byRarity(essentialTerms(terms));
    const narrowed = within !== undefined && within.length === this.count;
    if (ordered.length === 0) {
      if (narrowed) hits.set(within);
      else hits.fill(1);
      return hits;
    }
    const first = ordered[0];
    for (const block of this.blocks) {
      const rows = this.rowList(block);
      let n: number;
      let next = 0;
      if (narrowed) {
        n = 0;
        const blockRows = block.starts.length - 1;
        for (let k = 0; k < blockRows; k++) if (within[block.firstSeq + k] === 1) rows[n++] = k;
      } else if (first && !first.term.includes(ROW_SEPARATOR)) {
        n = rowsContaining(block, first, rows);
        next = 1;
      } else {
        n = block.starts.length - 1;
        for (let k = 0; k < n; k++) rows[k] = k;
      }
      for (let t = next; t < ordered.length && n > 0; t++) {
        const term = ordered[t];
        if (term) n = keepRowsContaining(block, term, rows, n, ROW_SEPARATOR);
      }
      for (let i = 0; i < n; i++) hits[block.firstSeq + (rows[i] ?? 0)] = 1;
    }
    return hits;
  }

  /**
   * The terms, those seen least often in a sample of the text first (ties: the longer first), each with
   * its probe (search-probe.ts); terms with the row separator last, since they are checked row by row.
   */
  private byRarity(terms: readonly string[]): TermProbe[] {
    const middle = this.blocks[this.blocks.length >> 1];
    const sample = middle ? middle.text.slice(0, SAMPLE_CHARS) : '';
    const counts = new Map<number, number>();
    for (const term of terms) for (let i = 0; i < term.length; i++) counts.set(term.charCodeAt(i), 0);
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      const seen = counts.get(c);
      if (seen !== undefined) counts.set(c, seen + 1);
    }
    const seen = new Map<string, number>();
    for (const term of terms) {
      let times = 0;
      if (term.includes(ROW_SEPARATOR)) times = Number.MAX_SAFE_INTEGER;
      else for (let p = sample.indexOf(term); p >= 0; p = sample.indexOf(term, p + term.length)) times++;
      seen.set(term, times);
    }
    return [...terms]
      .sort((a, b) => (seen.get(a) ?? 0) - (seen.get(b) ?? 0) || b.length - a.length)
      .map((term) => termProbe(term, (c) => counts.get(c) ?? 0));
  }

  private rowList(block: Block): Uint32Array {
    const need = block.starts.length - 1;
    if (this.rows.length < need) this.rows = new Uint32Array(need);
    return this.rows;
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
    const firstSeq = this.count - this.pending.length;
    // An empty last piece gives the closing separator: join returns one flat string, while `+ separator`
    // would make a rope that the first search flattens by copying every block (a second or so at 1M rows).
    this.pending.push('');
    this.blocks.push({ firstSeq, text: this.pending.join(ROW_SEPARATOR), starts });
    this.pending = [];
    this.pendingChars = 0;
  }
}
