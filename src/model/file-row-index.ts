/**
 * Where each row read from a file lies in that file's bytes, so its text need not be kept: a row is read
 * again (Blob.slice) when it is inspected, exported or shown in full. 12 bytes a row (a Float64 start, so
 * files past 4 GB work, and a Uint32 length), where the row's text averages about 400 bytes of news.
 * Rows are named by seq (arrival number); a file's rows are consecutive seqs from its segment's first.
 * Rows that came from no file (pasted text, extracted articles) have no range. The source is whatever the
 * host reads bytes from (a Blob in the browser); this module never reads it.
 */
import { upperBound } from './binary-search';

export interface FileRowSegment<S> {
  firstSeq: number;
  source: S;
  /** Where the file's header row ends: its bytes [0, headerEnd) are needed to read any row again. */
  headerEnd: number;
}

export interface FileRowRange<S> {
  segment: FileRowSegment<S>;
  start: number;
  end: number;
}

export class FileRowIndex<S> {
  private start = new Float64Array(0);
  /** 0 for a row with no range: a row read from a file has at least one byte. */
  private length = new Uint32Array(0);
  private readonly segments: FileRowSegment<S>[] = [];

  /** Starts the rows of a file, the first of which will be `firstSeq`. */
  begin(firstSeq: number, source: S): FileRowSegment<S> {
    const segment = { firstSeq, source, headerEnd: -1 };
    this.segments.push(segment);
    return segment;
  }

  /** Row `seq` (of the segment begun last) lies in bytes [start, end) of its file. */
  set(seq: number, start: number, end: number): void {
    if (seq >= this.length.length) this.grow(seq + 1);
    this.start[seq] = start;
    this.length[seq] = Math.max(0, end - start);
  }

  /** Where row `seq` lies, null when it came from no file. */
  find(seq: number): FileRowRange<S> | null {
    const length = this.length[seq] ?? 0;
    if (length === 0) return null;
    const segment = this.segmentOf(seq);
    if (!segment || segment.headerEnd < 0) return null;
    const start = this.start[seq] ?? 0;
    return { segment, start, end: start + length };
  }

  /** Forgets the ranges of rows from `seq` on (rows of a cancelled read, whose numbers are used again). */
  forgetFrom(seq: number): void {
    if (seq < this.length.length) this.length.fill(0, seq);
  }

  get byteLength(): number {
    return this.start.byteLength + this.length.byteLength;
  }

  private segmentOf(seq: number): FileRowSegment<S> | undefined {
    const after = upperBound(0, this.segments.length, seq, (i) => this.segments[i]?.firstSeq ?? 0);
    return this.segments[after - 1];
  }

  private grow(need: number): void {
    let size = Math.max(1024, this.length.length * 2);
    while (size < need) size *= 2;
    const start = new Float64Array(size);
    start.set(this.start);
    const length = new Uint32Array(size);
    length.set(this.length);
    this.start = start;
    this.length = length;
  }
}
