/**
 * The text of each event (id, title, sentence, article fields ...) packed as UTF-8 in a few large byte
 * chunks instead of a million JS strings: a string costs its characters plus about 20 bytes of header, and
 * an object of 30 fields about 300 bytes more, while a chunk costs its bytes and 4 bytes per row of offsets.
 * Chunks are plain typed arrays, so a worker can build them and hand them over without copying.
 * This module only stores and finds text; what the fields mean is record-text.ts's job.
 */
import { upperBound } from './binary-search';

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
  /**
   * True when each row holds only its first fields (id and title, what the chart reads every frame) and
   * the rest stays in the file the rows were read from, to be read when a row is inspected or exported:
   * a million rows of news text are about 400 MB, their ids and titles about 55 MB.
   */
  partial?: boolean;
  /**
   * Partial chunks only: per row, the seq of the row whose stored text holds its title, the row itself or
   * an earlier one with the same title. A row whose title another row holds stores only its id: news
   * repeats titles (a million synthetic rows have 87,000 distinct ones), and 4 bytes a row replace the 44
   * of a title.
   */
  titleSeq?: Uint32Array;
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
    yield {
      firstSeq: chunk.firstSeq + first,
      bytes: chunk.bytes.slice(from, to),
      offsets,
      ...(chunk.partial ? { partial: true } : {}),
      ...(chunk.titleSeq ? { titleSeq: chunk.titleSeq.slice(first, end) } : {}),
    };
    first = end;
  }
}

const SPACE = 0x20;
const FNV_PRIME = 0x01000193;
/** Starts the second lane of rowFieldHash (the golden-ratio constant, any odd number apart from the seed). */
const SECOND_LANE = 0x9e3779b9;

/**
 * The row hash `h` after field number `field` (0 first) of the row, text[from, to): the separator before
 * it (not before the first), then the field's UTF-16 code units as stored (a separator among them counts as
 * a space), in two interleaved FNV-1a lanes folded together at the field's end. Two lanes, because one
 * FNV-1a step waits for the one before it: a single lane over every character of a million rows of news
 * took about a second more of a load.
 */
export function rowFieldHash(
  h: number,
  field: number,
  text: string,
  from: number,
  to: number,
  separator: number,
): number {
  if (field > 0) h = Math.imul(h ^ separator, FNV_PRIME);
  let a = h;
  let b = h ^ SECOND_LANE;
  let i = from;
  for (; i + 1 < to; i += 2) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    a = Math.imul(a ^ (c0 === separator ? SPACE : c0), FNV_PRIME);
    b = Math.imul(b ^ (c1 === separator ? SPACE : c1), FNV_PRIME);
  }
  if (i < to) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ (c === separator ? SPACE : c), FNV_PRIME);
  }
  return Math.imul(a ^ (b >>> 7) ^ (to - from), FNV_PRIME);
}

/**
 * The hash TextChunkWriter.endRow gives for a row, without storing it: a row whose text was not kept (a row
 * of a file, hashed only when a merge must compare it, see EventTableBuilder.lazyHashes) is hashed when
 * read again. Same fields, same separator, same seed, so the same number.
 */
export class RowHasher {
  private fields = 0;
  private hash = 0;

  constructor(private readonly separator: number) {}

  /** Starts a row; `seed` as TextChunkWriter.beginRow takes it. */
  begin(seed: number): void {
    this.fields = 0;
    this.hash = seed;
  }

  field(text: string): void {
    this.fieldRange(text, 0, text.length);
  }

  fieldRange(text: string, from: number, to: number): void {
    this.hash = rowFieldHash(this.hash, this.fields++, text, from, to, this.separator);
  }

  end(): number {
    return this.hash >>> 0;
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
  /** The row being written field by field: its separator, fields so far and running hash. */
  private separator = 0;
  private fields = 0;
  /** Fields of the row that are stored; the rest are only hashed. */
  private keep = Infinity;
  private hashing = false;
  private hash = 0;

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

  /**
   * Starts a row written field by field (`field`) and ended by `endRow`: the fields are joined by the
   * `separator` byte (below 0x80), and a separator inside a field's text is written as a space, so the fields
   * of a stored row can always be told apart. `hashSeed` starts a hash of the row's stored text
   * (rowFieldHash, over every field), which endRow returns: a content key for telling repeated rows apart,
   * not a lookup key; without it, no hash. With `keepFields`, only the row's first that many fields are
   * stored, while the hash still covers them all: a partial row (see TextChunk.partial) is told apart from a
   * changed one as a full row is.
   */
  beginRow(separator: number, hashSeed?: number, keepFields = Infinity): void {
    if (this.count + 2 > this.offsets.length) {
      const next = new Uint32Array(this.offsets.length * 2);
      next.set(this.offsets);
      this.offsets = next;
    }
    this.separator = separator;
    this.fields = 0;
    this.keep = keepFields;
    this.hashing = hashSeed !== undefined;
    this.hash = hashSeed ?? 0;
  }

  /**
   * Appends one field of the row begun last. ASCII text is copied a character at a time: building the row
   * as one string and encoding it made a rope of 50 pieces that the encoder first copied flat, several
   * times the cost of this loop; text from the first non-ASCII character on goes through the encoder.
   */
  field(text: string): void {
    this.fieldRange(text, 0, text.length);
  }

  /** `field` of text.slice(from, to), read in place: a reader writes cells where they lie in its piece. */
  fieldRange(text: string, from: number, to: number): void {
    const separator = this.separator;
    const field = this.fields++;
    if (this.hashing) this.hash = rowFieldHash(this.hash, field, text, from, to, separator);
    if (field >= this.keep) return;
    // UTF-8 needs at most 3 bytes per UTF-16 code unit, plus the separator.
    const need = this.used + (to - from) * 3 + 1;
    if (need > this.bytes.length) this.bytes = grow(this.bytes, need);
    const bytes = this.bytes;
    let at = this.used;
    if (field > 0) bytes[at++] = separator;
    let i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      bytes[at++] = c === separator ? SPACE : c;
    }
    if (i < to) {
      const sep = String.fromCharCode(separator);
      let rest = text.slice(i, to);
      if (rest.includes(sep)) rest = rest.replaceAll(sep, ' ');
      at += this.utf8.encodeInto(rest, bytes.subarray(at)).written;
    }
    this.used = at;
  }

  /** Ends the row begun last; returns the hash of its fields (0 when the row was begun without a seed). */
  endRow(): number {
    this.count++;
    this.offsets[this.count] = this.used;
    return this.hash >>> 0;
  }

  /**
   * The rows written so far as a compact chunk (its buffers are fresh, so they can be transferred).
   * `release` also drops the grown work buffers: for a writer that keeps living with little more to write
   * (a page table waiting for a merge), which would otherwise hold about twice the text it handed over.
   */
  take(release = false, partial = false, titleSeq?: Uint32Array): TextChunk {
    const chunk: TextChunk = {
      firstSeq: this.firstSeq,
      bytes: this.bytes.slice(0, this.used),
      offsets: this.offsets.slice(0, this.count + 1),
      ...(partial ? { partial: true } : {}),
      ...(titleSeq ? { titleSeq } : {}),
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

/** Where some text lies in a chunk's UTF-8 bytes: bytes[start .. end). A view, never a copy. */
export interface TextRange {
  bytes: Uint8Array;
  start: number;
  end: number;
}

/**
 * Full texts of partial rows kept once read: about what a detail panel, a tooltip and a page of the table
 * view ask for, at a few hundred bytes each.
 */
const FULL_TEXTS_KEPT = 4_096;

/**
 * Finds a row's text by its arrival number. Chunks may arrive in any number; lookups are a binary search.
 * Rows of partial chunks hold their id and title only until `remember` is given their full text.
 */
export class RowTextStore {
  private readonly chunks: TextChunk[] = [];
  /** Full texts of partial rows, oldest first (a Map keeps insertion order), at most FULL_TEXTS_KEPT. */
  private readonly full = new Map<number, Uint8Array>();

  /** `separator`: the byte between a row's fields (record-text.ts's), for rows that share a title. */
  constructor(
    private readonly utf8: Utf8 = runtimeUtf8(),
    private readonly separator = 0x1f,
  ) {}

  /** False for a row of a partial chunk whose full text has not been remembered (or was dropped since). */
  isComplete(seq: number): boolean {
    const chunk = this.chunkOf(seq);
    return !chunk?.partial || this.full.has(seq);
  }

  /**
   * Keeps the full text of a partial row, read from its file; the oldest kept one goes past the limit.
   * False (nothing kept) for a row that is not partial, or a text whose id is not the row's.
   */
  remember(seq: number, text: string): boolean {
    const chunk = this.chunkOf(seq);
    if (!chunk?.partial) return false;
    const bytes = new Uint8Array(text.length * 3);
    const { written } = this.utf8.encodeInto(text, bytes);
    // The text read must be this row's: a file changed on disk since it was loaded could put another
    // row at its bytes. Its first field, the id, must be the one stored.
    const i = seq - chunk.firstSeq;
    const from = chunk.offsets[i] ?? 0;
    const to = chunk.offsets[i + 1] ?? 0;
    let k = 0;
    for (; from + k < to && chunk.bytes[from + k] !== this.separator; k++) {
      if (bytes[k] !== chunk.bytes[from + k]) return false;
    }
    if (k < written && bytes[k] !== this.separator) return false;
    this.full.delete(seq);
    this.full.set(seq, bytes.slice(0, written));
    if (this.full.size > FULL_TEXTS_KEPT) {
      const oldest = this.full.keys().next();
      if (!oldest.done) this.full.delete(oldest.value);
    }
    return true;
  }

  /** Rows of partial chunks among `seqs`: those whose text lives in a file. */
  partialSeqs(seqs: ArrayLike<number>): number[] {
    const out: number[] = [];
    for (let i = 0; i < seqs.length; i++) {
      const seq = seqs[i] ?? 0;
      if (this.chunkOf(seq)?.partial) out.push(seq);
    }
    return out;
  }

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
    // Partial chunks are never sent: the worker reads those rows from their file.
    if (seqs.length * 4 >= rows) return this.chunks.filter((c) => !c.partial);
    const needed = new Uint8Array(this.chunks.length);
    for (let i = 0; i < seqs.length; i++) {
      const at = this.chunkIndexOf(seqs[i] ?? 0);
      if (at >= 0) needed[at] = 1;
    }
    return this.chunks.filter((c, i) => needed[i] === 1 && !c.partial);
  }

  get byteLength(): number {
    let n = 0;
    for (const c of this.chunks)
      n += c.bytes.byteLength + c.offsets.byteLength + (c.titleSeq?.byteLength ?? 0);
    for (const bytes of this.full.values()) n += bytes.byteLength;
    return n;
  }

  /** The bytes of row `seq` (its full text once remembered), without copying; empty when unknown. */
  bytesOf(seq: number): Uint8Array {
    const chunk = this.chunkOf(seq);
    if (!chunk) return new Uint8Array(0);
    const full = chunk.partial ? this.full.get(seq) : undefined;
    if (full) return full;
    const i = seq - chunk.firstSeq;
    return chunk.bytes.subarray(chunk.offsets[i] ?? 0, chunk.offsets[i + 1] ?? 0);
  }

  /**
   * Points `into` at field `field` (fields are separated by `separator`) of row `seq`, without decoding or
   * allocating: for callers that only need to look at the bytes (how long a title is) for many rows a
   * frame. False when the row is unknown.
   */
  fieldRange(seq: number, field: number, separator: number, into: TextRange): boolean {
    const chunk = this.chunkOf(seq);
    if (!chunk) return false;
    const i = seq - chunk.firstSeq;
    const bytes = chunk.bytes;
    const end = chunk.offsets[i + 1] ?? 0;
    let at = chunk.offsets[i] ?? 0;
    const shared = field > 0 ? this.titleHolder(chunk, i, seq) : seq;
    if (shared !== seq) return this.fieldRange(shared, field, separator, into);
    for (let seen = 0; at < end && seen < field; at++) if (bytes[at] === separator) seen++;
    let stop = at;
    while (stop < end && bytes[stop] !== separator) stop++;
    into.bytes = bytes;
    into.start = at;
    into.end = stop;
    return true;
  }

  /** Row `seq`'s text: its full text once remembered, else what its chunk holds (its title included). */
  text(seq: number): string {
    const chunk = this.chunkOf(seq);
    const i = chunk ? seq - chunk.firstSeq : 0;
    const holder = chunk && !this.full.has(seq) ? this.titleHolder(chunk, i, seq) : seq;
    if (holder === seq) return this.utf8.decode(this.bytesOf(seq));
    const own = this.utf8.decode(this.bytesOf(seq));
    const theirs = this.utf8.decode(this.bytesOf(holder));
    const cut = theirs.indexOf(String.fromCharCode(this.separator));
    return cut < 0 ? own : own + theirs.slice(cut);
  }

  /**
   * The row holding row `seq`'s title (row i of `chunk`): another row when the chunk says so and `seq`
   * stores its id only, else `seq` itself.
   */
  private titleHolder(chunk: TextChunk, i: number, seq: number): number {
    const holder = chunk.titleSeq?.[i];
    return holder === undefined || holder === seq ? seq : holder;
  }

  decode(bytes: Uint8Array): string {
    return this.utf8.decode(bytes);
  }

  private chunkOf(seq: number): TextChunk | undefined {
    return this.chunks[this.chunkIndexOf(seq)];
  }

  /** Index of the chunk holding row `seq`, -1 when none does. */
  private chunkIndexOf(seq: number): number {
    const at = upperBound(0, this.chunks.length, seq, (i) => this.chunks[i]?.firstSeq ?? 0) - 1;
    const chunk = this.chunks[at];
    return chunk && seq - chunk.firstSeq < chunk.offsets.length - 1 ? at : -1;
  }
}
