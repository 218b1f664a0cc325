/**
 * The per-row fields key-day ranking reads (day-evidence.ts `KeyDayRow`) beyond the table's columns, kept
 * compactly by arrival number (seq) so the table worker, which hands every row's text to the page, can
 * still rank days. Article ids, publication days, precisions and date bases repeat across rows, so each is
 * a number into one list of distinct strings: 24 bytes a row (24 MB at a million rows) plus the
 * rare `also_reported_in` lists. Title and sentence are not here: the page reads them for the few rows a
 * day's line is chosen from.
 */
import type { KeyDayRow } from './day-evidence';
import type { DateBasis, Factuality, Precision } from './event-record';
import type { EventRowInput } from './event-row-input';

export class KeyDayColumns {
  private capacity = 0;
  private article = new Uint32Array(0);
  private refDate = new Uint32Array(0);
  private precision = new Uint32Array(0);
  private basis = new Uint32Array(0);
  /** NaN for a row without a sentence index. */
  private sentence = new Float64Array(0);
  private readonly alsoReported = new Map<number, string[]>();
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private lastArticle: string | null = null;
  private lastArticleKey = 0;
  private lastRefDate: string | null = null;
  private lastRefDateKey = 0;

  /** Stores the fields of `row` under `seq` (seqs arrive in order, each once). */
  set(seq: number, row: EventRowInput): void {
    if (seq >= this.capacity) this.grow(seq + 1);
    // Rows come article by article, so most rows repeat the last row's article and publication day: a
    // string compare then saves hashing a fresh string for a map lookup.
    const article = row.articleId;
    if (article !== this.lastArticle) {
      this.lastArticle = article;
      this.lastArticleKey = this.intern(article);
    }
    const refDate = row.refDate;
    if (refDate !== this.lastRefDate) {
      this.lastRefDate = refDate;
      this.lastRefDateKey = this.intern(refDate);
    }
    this.article[seq] = this.lastArticleKey;
    this.refDate[seq] = this.lastRefDateKey;
    this.precision[seq] = this.intern(row.precision);
    this.basis[seq] = this.intern(row.dateBasis);
    this.sentence[seq] = row.sentenceIndex ?? NaN;
    const also = row.alsoReportedIn;
    if (also.length > 0) this.alsoReported.set(seq, [...also]);
  }

  /** Row `seq` as ranking reads it, named `id`, with the start day and factuality its columns hold. */
  row(seq: number, id: string, start: string, factuality: Factuality): KeyDayRow {
    const s = this.sentence[seq] ?? NaN;
    return {
      id,
      start,
      // As recordFromText reads it back on the page: an empty precision is a day.
      precision: (this.string(this.precision[seq]) || 'day') as Precision,
      article_id: this.string(this.article[seq]),
      ref_date: this.string(this.refDate[seq]),
      date_basis: this.string(this.basis[seq]) as DateBasis | '',
      sentence_index: Number.isNaN(s) ? null : s,
      factuality,
      also_reported_in: this.alsoReported.get(seq) ?? [],
    };
  }

  private string(key: number | undefined): string {
    return this.strings[key ?? 0] ?? '';
  }

  private intern(text: string): number {
    let key = this.stringIndex.get(text);
    if (key === undefined) {
      key = this.strings.length;
      this.strings.push(text);
      this.stringIndex.set(text, key);
    }
    return key;
  }

  private grow(min: number): void {
    const capacity = Math.max(1024, this.capacity * 2, min);
    const widen = <T extends Uint32Array | Float64Array>(a: T, next: T): T => {
      next.set(a);
      return next;
    };
    this.article = widen(this.article, new Uint32Array(capacity));
    this.refDate = widen(this.refDate, new Uint32Array(capacity));
    this.precision = widen(this.precision, new Uint32Array(capacity));
    this.basis = widen(this.basis, new Uint32Array(capacity));
    this.sentence = widen(this.sentence, new Float64Array(capacity));
    this.capacity = capacity;
  }
}
