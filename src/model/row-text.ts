/**
 * The text of each event (id, title, sentence, article fields ...) packed as UTF-8 in a few large byte
 * chunks instead of a million JS strings: a string costs its characters plus about 20 bytes of header, and
 * an object of 30 fields about 300 bytes more, while a chunk costs its bytes and 4 bytes per row of offsets.
 * Chunks are plain typed arrays, so a worker can build them and hand them over without copying.
 * This module only stores and finds text; what the fields mean is record-text.ts's job.
 */

/** UTF-8 in both directions; TextEncoder/TextDecoder in browsers, workers and Node. */
export interface Utf8 {
  /** Writes `text` at `into`, returning how many bytes it wrote (it stops early when `into` is too short). */
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
  decode(bytes: Uint8Array): string;
}

interface Utf8Globals {
  TextEncoder?: new () => { encodeInto(text: string, into: Uint8Array): { read: number; written: number } };
  TextDecoder?: new () => { decode(bytes: Uint8Array): string };
}

let shared: Utf8 | null = null;

/** The runtime's UTF-8 codec. model/ stays free of DOM and Node types by reaching it through globalThis. */
export function runtimeUtf8(): Utf8 {
  if (shared) return shared;
  const g = globalThis as unknown as Utf8Globals;
  if (!g.TextEncoder || !g.TextDecoder) throw new Error('this runtime has no TextEncoder/TextDecoder');
  const encoder = new g.TextEncoder();
  const decoder = new g.TextDecoder();
  shared = {
    encodeInto: (text, into) => encoder.encodeInto(text, into),
    decode: (bytes) => decoder.decode(bytes),
  };
  return shared;
}

/** The texts of rows firstSeq .. firstSeq + count - 1, in arrival order. */
export interface TextChunk {
  firstSeq: number;
  bytes: Uint8Array;
  /** Row i's bytes are bytes[offsets[i] .. offsets[i + 1]); length count + 1. */
  offsets: Uint32Array;
}

/**
 * Copies of consecutive rows of `chunk`, each at most `maxBytes` of text (a single longer row goes alone),
 * with fresh buffers that can be transferred. A host that must copy a large chunk (a page sending its text
 * to a worker) copies it a piece per task instead of all at once.
 */
export function* chunkPieces(chunk: TextChunk, maxBytes: number): Generator<TextChunk> {
  const rows = chunk.offsets.length - 1;
  let first = 0;
  while (first < rows) {
    const from = chunk.offsets[first] ?? 0;
    let end = first + 1;
    while (end < rows && (chunk.offsets[end + 1] ?? 0) - from <= maxBytes) end++;
    const to = chunk.offsets[end] ?? from;
    const offsets = new Uint32Array(end - first + 1);
    for (let i = 0; i <= end - first; i++) offsets[i] = (chunk.offsets[first + i] ?? from) - from;
    yield { firstSeq: chunk.firstSeq + first, bytes: chunk.bytes.slice(from, to), offsets };
    first = end;
  }
}

/** A chunk starts at this size and doubles: about 300 rows of news text, so small tables stay small. */
const INITIAL_CHUNK_BYTES = 64 * 1024;

/** Collects row texts for one chunk; `take` hands the chunk over and starts the next. */
export class TextChunkWriter {
  private bytes: Uint8Array<ArrayBuffer> = new Uint8Array(INITIAL_CHUNK_BYTES);
  private offsets = new Uint32Array(1024);
  private count = 0;
  private used = 0;
  private firstSeq = 0;

  constructor(private readonly utf8: Utf8 = runtimeUtf8()) {}

  /** Rows written since the last take. */
  get pending(): number {
    return this.count;
  }

  add(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const need = this.used + text.length * 3;
    if (need > this.bytes.length) this.bytes = grow(this.bytes, need);
    if (this.count + 2 > this.offsets.length) {
      const next = new Uint32Array(this.offsets.length * 2);
      next.set(this.offsets);
      this.offsets = next;
    }
    const { written } = this.utf8.encodeInto(text, this.bytes.subarray(this.used));
    this.used += written;
    this.count++;
    this.offsets[this.count] = this.used;
  }

  /** 32-bit FNV-1a over the bytes of the row added last, from `seed`: a content key, not a lookup key. */
  hashLast(seed: number): number {
    const bytes = this.bytes;
    let h = seed;
    for (let i = this.offsets[this.count - 1] ?? 0; i < this.used; i++) {
      h ^= bytes[i] ?? 0;
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  /**
   * The rows written so far as a compact chunk (its buffers are fresh, so they can be transferred).
   * `release` also drops the grown work buffers: for a writer that keeps living with little more to write
   * (a page table waiting for a merge), which would otherwise hold about twice the text it handed over.
   */
  take(release = false): TextChunk {
    const chunk: TextChunk = {
      firstSeq: this.firstSeq,
      bytes: this.bytes.slice(0, this.used),
      offsets: this.offsets.slice(0, this.count + 1),
    };
    this.firstSeq += this.count;
    this.count = 0;
    this.used = 0;
    if (release && this.bytes.length > INITIAL_CHUNK_BYTES) {
      this.bytes = new Uint8Array(INITIAL_CHUNK_BYTES);
      this.offsets = new Uint32Array(1024);
    }
    this.offsets[0] = 0;
    return chunk;
  }
}

function grow(bytes: Uint8Array, need: number): Uint8Array<ArrayBuffer> {
  let size = bytes.length * 2;
  while (size < need) size *= 2;
  const next = new Uint8Array(size);
  next.set(bytes);
  return next;
}

/** Finds a row's text by its arrival number. Chunks may arrive in any number; lookups are a binary search. */
export class RowTextStore {
  private readonly chunks: TextChunk[] = [];

  constructor(private readonly utf8: Utf8 = runtimeUtf8()) {}

  /**
   * Chunks must be appended in arrival order. A store may skip chunks (a CSV export's copy holds only those
   * its rows are in); rows of a skipped chunk read as empty.
   */
  append(chunk: TextChunk): void {
    if (chunk.offsets.length > 1) this.chunks.push(chunk);
  }

  /**
   * The chunks that hold the rows `seqs`, in order: every chunk when the rows are many (a binary search per
   * row would cost more than sending a chunk that is not needed), else only those the rows fall in.
   */
  chunksHolding(seqs: ArrayLike<number>): TextChunk[] {
    let rows = 0;
    for (const c of this.chunks) rows += c.offsets.length - 1;
    if (seqs.length * 4 >= rows) return [...this.chunks];
    const needed = new Uint8Array(this.chunks.length);
    for (let i = 0; i < seqs.length; i++) {
      const at = this.chunkIndexOf(seqs[i] ?? 0);
      if (at >= 0) needed[at] = 1;
    }
    return this.chunks.filter((_, i) => needed[i] === 1);
  }

  get byteLength(): number {
    let n = 0;
    for (const c of this.chunks) n += c.bytes.byteLength + c.offsets.byteLength;
    return n;
  }

  /** The bytes of row `seq`, without copying; empty when unknown. */
  bytesOf(seq: number): Uint8Array {
    const chunk = this.chunkOf(seq);
    if (!chunk) return new Uint8Array(0);
    const i = seq - chunk.firstSeq;
    return chunk.bytes.subarray(chunk.offsets[i] ?? 0, chunk.offsets[i + 1] ?? 0);
  }

  text(seq: number): string {
    return this.utf8.decode(this.bytesOf(seq));
  }

  decode(bytes: Uint8Array): string {
    return this.utf8.decode(bytes);
  }

  private chunkOf(seq: number): TextChunk | undefined {
    return this.chunks[this.chunkIndexOf(seq)];
  }

  /** Index of the chunk holding row `seq`, -1 when none does. */
  private chunkIndexOf(seq: number): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.chunks[mid]?.firstSeq ?? 0) <= seq) lo = mid + 1;
      else hi = mid;
    }
    const chunk = this.chunks[lo - 1];
    return chunk && seq - chunk.firstSeq < chunk.offsets.length - 1 ? lo - 1 : -1;
  }
}
