/**
 * Builds event tables row by row without keeping row objects: each record is split at once into columns
 * (growable typed arrays) and packed text. `build` sorts by (lane, start) and returns fresh buffers, so a
 * worker can call it for a progressive picture, transfer the result and keep adding rows. Rows are numbered
 * by arrival (seq) for good; a row replaced by a newer one with the same id (`upsert`, for merges) is only
 * marked dead and left out of later builds, so seq numbers, and the text stored under them, never move.
 */
import type { Actor } from './actor';
import { UNKNOWN_ACTOR_ID } from './actor';
import { MS_PER_DAY, msToIsoDay, parseIsoDay } from './day';
import type { EventRecord } from './event-record';
import { EVENT_TYPES, FACTUALITIES, isNamedAgent } from './event-record';
import type { EventTable, EventTableParts, LaneBy } from './event-table';
import { actorLabel, eventTableFromParts, FLAG_APPROX, FLAG_NEW, FLAG_SPAN } from './event-table';
import type { KeyDayRow } from './day-evidence';
import { KeyDayColumns } from './key-day-columns';
import type { EventRowInput } from './event-row-input';
import { RecordRowInput } from './event-row-input';
import type { ColumnFields } from './record-text';
import { FIELD_SEPARATOR_BYTE, TITLE_FIELD } from './record-text';
import type { TextChunk, Utf8 } from './row-text';
import { RowHasher, RowTextStore, runtimeUtf8, TextChunkWriter } from './row-text';
import { SearchIndex } from './search-index';
import { hashText } from './text-hash';

/** Approximate qualifiers get soft edges: the day is not known exactly. */
const APPROX_QUALIFIERS = new Set(['approx', 'early', 'mid', 'late', 'before', 'after']);
/**
 * Lanes and the actor column are Uint16: past this many distinct actors (or lane keys), the rest share the
 * unknown-actor lane. Agents are kept as Uint32 keys, since a large corpus names far more entities than that.
 */
const MAX_ACTORS = 65_535;
/** Sort keys pack (start day, position in lane) into one float: 2^31 positions leave 22 bits for days. */
const POSITION_RANGE = 2 ** 31;

/** A partial row keeps the id and the title: the first two stored fields (record-text.ts). */
const PARTIAL_FIELDS = TITLE_FIELD + 1;
/**
 * Titles remembered for sharing: data whose titles repeat has far fewer (a million synthetic rows have
 * 87,000), and data whose titles never repeat stops paying for the map here (a few MB in the worker).
 */
const MAX_SHARED_TITLES = 200_000;

const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
const FACT_INDEX = new Map<string, number>(FACTUALITIES.map((f, i) => [f, i]));

export interface BuilderOptions {
  utf8?: Utf8;
  /**
   * Also index each row's search text and keep an id -> seq map, for `upsert` and `search`. Off by default:
   * the page's small one-shot builds need neither; the table worker turns both on.
   */
  session?: boolean;
  /**
   * Keep an id -> seq map and a content hash per row, for `upsert` and its replacement report, without the
   * search index: the page's appendable tables (model/appendable-table.ts). Implied by `session`.
   */
  ids?: boolean;
}

/**
 * A row that `upsert` replaced: its id, the replaced (older) row's seq and the new row's, whether the two
 * held exactly the same event (a file merged twice), and the new row's 1-based line in its file (0 if none).
 */
export interface Replacement {
  id: string;
  oldSeq: number;
  newSeq: number;
  identical: boolean;
  line: number;
}

/** A replaced row to bring back, with the new row that replaced it, kept too under `record.id`. */
export interface KeepBothItem {
  /** The id both rows had, which the restored row keeps. */
  id: string;
  oldSeq: number;
  newSeq: number;
  /** The new row's event under the id it is kept as (not its old one, which the restored row has again). */
  record: EventRecord;
}

/** What `checkpoint` records so a cancelled operation can be undone: rows added and rows it replaced. */
export interface BuilderCheckpoint {
  size: number;
  replaced: { id: string; seq: number }[];
}

export class EventTableBuilder {
  private n = 0;
  private capacity = 0;
  private startDay = new Int32Array(0);
  private endDay = new Int32Array(0);
  private actorKey = new Uint16Array(0);
  /** Index into agentIds; 0 is the empty agent. */
  private agentKey = new Uint32Array(0);
  private typeCol = new Uint8Array(0);
  private factCol = new Uint8Array(0);
  private flagCol = new Uint8Array(0);
  private quantityCol = new Float64Array(0);
  private idHash = new Uint32Array(0);
  private sentenceHash = new Uint32Array(0);
  private dead = new Uint8Array(0);
  private deadCount = 0;
  private readonly actorIds: string[] = [];
  private readonly actorIndex = new Map<string, number>();
  private readonly agentIds: string[] = [''];
  private readonly agentIndex = new Map<string, number>([['', 0]]);
  private readonly text: TextChunkWriter;
  private readonly search: SearchIndex | null;
  /** What key-day ranking reads besides the columns; only in a session, whose text goes to the page. */
  private readonly keyDays: KeyDayColumns | null;
  /** ISO text of start days, for keyDayRow: a million rows fall on a few thousand days. */
  private readonly isoDays = new Map<number, string>();
  private readonly seqOfId: Map<string, number> | null;
  /** Per row, a hash of everything the row says; only with `ids`, to tell a real conflict from a repeat. */
  private contentHash: Uint32Array | null;
  /** Per row, 1 once contentHash holds its hash (see lazyHashes). */
  private hashed = new Uint8Array(0);
  private readonly hasher = new RowHasher(FIELD_SEPARATOR_BYTE);
  private replacements: Omit<Replacement, 'identical'>[] = [];
  /**
   * When on, a partial row (partialText) is hashed only if it replaces a row; any other row's hash is left
   * for `hashRow`, when a later merge or article replaces it. Hashing every character of a row was about a
   * third of the table worker's time per row of a large file, for a comparison most loads never make.
   */
  lazyHashes = false;
  /**
   * When on, rows added get no search text and no key-day fields: `indexRow` gives them later, in seq
   * order, once the table is shown (the table worker reads the file again for them).
   */
  deferIndexing = false;
  private undo: BuilderCheckpoint | null = null;
  /**
   * The last seqOf answer, for an upsert of that id that follows at once; any other change to the id map
   * clears it first. A map of a million ids costs a cache miss or two per lookup.
   */
  private lookedUpId: string | null = null;
  private lookedUpSeq: number | undefined = undefined;
  private partial = false;
  /** Partial text only: the first row seen with each title (at most MAX_SHARED_TITLES titles). */
  private readonly titleHolders = new Map<string, number>();
  /** Partial text only: per row written since the last takeText, the row holding its title. */
  private pendingTitleSeq = new Uint32Array(0);

  constructor(options: BuilderOptions | Utf8 = {}) {
    const o: BuilderOptions = 'decode' in options ? { utf8: options } : options;
    this.text = new TextChunkWriter(o.utf8 ?? runtimeUtf8());
    this.search = o.session ? new SearchIndex() : null;
    this.keyDays = o.session ? new KeyDayColumns() : null;
    this.seqOfId = o.session || o.ids ? new Map() : null;
    this.contentHash = this.seqOfId ? new Uint32Array(0) : null;
  }

  /** Rows ever added, dead ones included: the next row's seq. */
  get size(): number {
    return this.n;
  }

  /** Rows a build would hold. */
  get liveSize(): number {
    return this.n - this.deadCount;
  }

  /**
   * When on, rows added keep only their id and title as text (TextChunk.partial): the rest is read again
   * from the file they came from. Changed only between two takeText calls, so every chunk is one or the other.
   */
  /** Rows added since the last takeText. */
  get pendingRows(): number {
    return this.text.pending;
  }

  get partialText(): boolean {
    return this.partial;
  }

  set partialText(on: boolean) {
    if (on === this.partial) return;
    if (this.text.pending > 0) throw new Error('take the text written so far before changing how it is kept');
    this.partial = on;
  }

  /** Adds one valid record; false (and nothing stored) when its dates do not parse, which io/ reports first. */
  add(rec: EventRecord, isNew = false): boolean {
    const d0 = parseIsoDay(rec.start);
    const d1 = rec.end === rec.start ? d0 : parseIsoDay(rec.end);
    if (d0 === null || d1 === null || d1 < d0) return false;
    this.addInput(new RecordRowInput(rec, d0, d1), isNew);
    return true;
  }

  /** Adds one valid row (its days already checked, start <= end). */
  addInput(input: EventRowInput, isNew = false): void {
    this.addRow(input, isNew, false);
  }

  /** addInput; `replacing`: the row replaces a live one, so its hash is needed now. */
  private addRow(input: EventRowInput, isNew: boolean, replacing: boolean): void {
    const d0 = input.startDay;
    const d1 = input.endDay;
    if (this.n === this.capacity) this.grow();
    const row = this.n++;
    const id = input.id;
    this.seqOfId?.set(id, row);
    this.lookedUpId = null;
    const actor = input.actor;
    let key = this.actorIndex.get(actor);
    if (key === undefined) {
      const target = this.actorIds.length < MAX_ACTORS ? actor : UNKNOWN_ACTOR_ID;
      key = this.actorIndex.get(target);
      if (key === undefined) {
        key = this.actorIds.length;
        this.actorIds.push(target);
        this.actorIndex.set(target, key);
      }
    }
    const agentName = input.agent;
    let agent = this.agentIndex.get(agentName);
    if (agent === undefined) {
      agent = this.agentIds.length;
      this.agentIds.push(agentName);
      this.agentIndex.set(agentName, agent);
    }
    this.startDay[row] = d0;
    this.endDay[row] = d1;
    this.actorKey[row] = key;
    this.agentKey[row] = agent;
    this.typeCol[row] = TYPE_INDEX.get(input.type) ?? EVENT_TYPES.length - 1;
    this.factCol[row] = FACT_INDEX.get(input.factuality) ?? 0;
    let f = 0;
    if (APPROX_QUALIFIERS.has(input.dateQualifier)) f |= FLAG_APPROX;
    if (input.precision !== 'day' || d0 !== d1) f |= FLAG_SPAN;
    if (isNew) f |= FLAG_NEW;
    this.flagCol[row] = f;
    this.quantityCol[row] = input.quantity ?? NaN;
    this.idHash[row] = hashText(id);
    this.sentenceHash[row] = input.sentenceHash();
    const keep = this.partial ? this.partialFields(input.title, row) : undefined;
    if (this.contentHash && (!this.partial || !this.lazyHashes || replacing)) {
      // Over the fields as they are written, seeded with the columns.
      this.text.beginRow(FIELD_SEPARATOR_BYTE, input.columnsHash(), keep);
      input.writeText(this.text);
      this.contentHash[row] = this.text.endRow();
      this.hashed[row] = 1;
    } else {
      this.text.beginRow(FIELD_SEPARATOR_BYTE, undefined, keep);
      input.writeText(this.text);
      this.text.endRow();
    }
    if (!this.deferIndexing) this.indexRow(row, input);
  }

  /** Rows that have their search text and key-day fields (see deferIndexing): seqs below this. */
  get indexedSize(): number {
    return this.search ? this.search.size : this.n;
  }

  /**
   * Gives row `seq` (added with deferIndexing on) its search text and key-day fields. Rows are indexed in
   * seq order: rows skipped since the last one indexed get none (no search finds them), which only a file
   * changed since it was read can cause.
   */
  indexRow(seq: number, input: EventRowInput): void {
    if (!this.search) return;
    if (seq < this.search.size) throw new Error(`row ${seq} is indexed already`);
    this.indexUpTo(seq);
    this.search.add(input.searchText().toLowerCase());
    this.keyDays?.set(seq, input);
  }

  /** Rows below `seq` not indexed yet get no search text (see indexRow). */
  indexUpTo(seq: number): void {
    if (!this.search) return;
    while (this.search.size < Math.min(seq, this.n)) this.search.add('');
  }

  /** hashText of row `seq`'s id: how a second read of its file tells the row from a repeat of an id. */
  idHashAt(seq: number): number {
    return this.idHash[seq] ?? 0;
  }

  /**
   * Seqs of the rows in the replacements not taken yet whose content hash is still to be computed (see
   * lazyHashes): the caller reads them again and hands each to `hashRow` before takeReplacements.
   */
  unhashedSeqs(): number[] {
    if (!this.contentHash) return [];
    const out = new Set<number>();
    for (const r of this.replacements) {
      if (!this.hashed[r.oldSeq]) out.add(r.oldSeq);
      if (!this.hashed[r.newSeq]) out.add(r.newSeq);
    }
    return [...out].sort((a, b) => a - b);
  }

  /** Stores row `seq`'s content hash, computed from the row as read again (the same event `seq` holds). */
  hashRow(seq: number, input: EventRowInput): void {
    if (!this.contentHash || seq >= this.n) return;
    const hasher = this.hasher;
    hasher.begin(input.columnsHash());
    input.writeText(hasher);
    this.contentHash[seq] = hasher.end();
    this.hashed[seq] = 1;
  }

  /**
   * Adds a record that replaces any earlier row with the same id (ids are stable across re-extraction, so
   * the newer row wins). Needs a session builder; a plain one just adds.
   */
  upsert(rec: EventRecord, isNew = false, line = 0): boolean {
    const old = this.lookedUpId === rec.id ? this.lookedUpSeq : this.seqOfId?.get(rec.id);
    const d0 = parseIsoDay(rec.start);
    const d1 = rec.end === rec.start ? d0 : parseIsoDay(rec.end);
    if (d0 === null || d1 === null || d1 < d0) return false;
    this.addRow(new RecordRowInput(rec, d0, d1), isNew, this.isLive(old ?? -1));
    this.replaced(old, rec.id, line);
    return true;
  }

  /** `upsert` of a valid row (its days already checked). */
  upsertInput(input: EventRowInput, isNew = false, line = 0): void {
    const id = input.id;
    const old = this.lookedUpId === id ? this.lookedUpSeq : this.seqOfId?.get(id);
    this.addRow(input, isNew, this.isLive(old ?? -1));
    this.replaced(old, id, line);
  }

  /** After the row just added: row `old`, if any and still live, had its id and is replaced by it. */
  private replaced(old: number | undefined, id: string, line: number): void {
    if (old !== undefined && !this.dead[old]) {
      this.dead[old] = 1;
      this.deadCount++;
      this.undo?.replaced.push({ id, seq: old });
      this.replacements.push({ id, oldSeq: old, newSeq: this.n - 1, line });
    }
  }

  /**
   * The rows `upsert` replaced since the last call, in order; the list starts over. A pair either of whose
   * hashes is still unknown (unhashedSeqs) counts as differing.
   */
  takeReplacements(): Replacement[] {
    const hashes = this.contentHash;
    const known = this.hashed;
    const out = this.replacements.map((r) => ({
      ...r,
      identical:
        !!hashes && known[r.oldSeq] === 1 && known[r.newSeq] === 1 && hashes[r.oldSeq] === hashes[r.newSeq],
    }));
    this.replacements = [];
    return out;
  }

  /** The seq of the last row added with `id`, -1 when none was; needs a session builder (or `ids`). */
  seqOf(id: string): number {
    const seq = this.seqOfId?.get(id);
    // A reader checks an id for repeats just before it upserts the row: that lookup then serves both.
    this.lookedUpId = id;
    this.lookedUpSeq = seq;
    return seq ?? -1;
  }

  /** True when row `seq` is in the table (added, and neither replaced nor removed). */
  isLive(seq: number): boolean {
    return seq >= 0 && seq < this.n && !this.dead[seq];
  }

  /** The column fields of row `seq`, dead or alive, so a replaced row can be shown next to its replacement. */
  columnsOf(seq: number): ColumnFields {
    const q = this.quantityCol[seq] ?? NaN;
    return {
      start: msToIsoDay((this.startDay[seq] ?? 0) * MS_PER_DAY),
      end: msToIsoDay((this.endDay[seq] ?? 0) * MS_PER_DAY),
      actor: this.actorIds[this.actorKey[seq] ?? 0] ?? UNKNOWN_ACTOR_ID,
      type: EVENT_TYPES[this.typeCol[seq] ?? 0] ?? 'other',
      factuality: FACTUALITIES[this.factCol[seq] ?? 0] ?? 'asserted',
      quantity: Number.isNaN(q) ? null : q,
    };
  }

  /**
   * Undoes replacements the user wants to keep both sides of: each replaced row comes back under its id
   * and the row that replaced it is added again as `record` (under another id). Items whose new row is no
   * longer in the table (replaced again, or rolled back) are skipped. Returns the items applied.
   */
  keepBoth(items: readonly KeepBothItem[]): KeepBothItem[] {
    const applied: KeepBothItem[] = [];
    for (const item of items) {
      if (!this.isLive(item.newSeq) || this.isLive(item.oldSeq)) continue;
      const isNew = ((this.flagCol[item.newSeq] ?? 0) & FLAG_NEW) !== 0;
      this.markDead(item.newSeq);
      this.dead[item.oldSeq] = 0;
      this.deadCount--;
      this.seqOfId?.set(item.id, item.oldSeq);
      this.lookedUpId = null;
      if (this.add(item.record, isNew)) applied.push(item);
    }
    return applied;
  }

  /** Starts recording what the next operation changes, so `rollback` can undo it. */
  checkpoint(): void {
    this.undo = { size: this.n, replaced: [] };
    this.replacements = [];
  }

  /**
   * Undoes everything since `checkpoint`: rows added since are marked dead (their seq numbers stay used,
   * since their text may already be stored elsewhere) and rows they replaced come back.
   */
  rollback(): void {
    const undo = this.undo;
    if (!undo) return;
    for (let seq = undo.size; seq < this.n; seq++) this.markDead(seq);
    for (const { id, seq } of undo.replaced) {
      if (this.dead[seq]) {
        this.dead[seq] = 0;
        this.deadCount--;
      }
      this.seqOfId?.set(id, seq);
      this.lookedUpId = null;
    }
    this.undo = null;
    this.replacements = [];
  }

  /** Marks every row from seq `size` on dead: a cancelled load keeps only the rows it had shown. */
  keepFirst(size: number): void {
    for (let seq = size; seq < this.n; seq++) this.markDead(seq);
    this.undo = null;
  }

  /**
   * Row `seq` as key-day ranking reads it (named `id`), its start day as the page's table would give it.
   * Needs a session builder.
   */
  keyDayRow(seq: number, id: string): KeyDayRow {
    if (!this.keyDays) throw new Error('key days need a session builder');
    const day = this.startDay[seq] ?? 0;
    let start = this.isoDays.get(day);
    if (start === undefined) {
      start = msToIsoDay(day * MS_PER_DAY);
      this.isoDays.set(day, start);
    }
    return this.keyDays.row(seq, id, start, FACTUALITIES[this.factCol[seq] ?? 0] ?? 'asserted');
  }

  /**
   * Per seq 0..size-1: 1 when the row's search text holds every (lower-case) term. `within` limits the
   * search to the seqs marked 1 in it (SearchIndex.matchAll). Needs a session builder.
   */
  searchBySeq(terms: readonly string[], within?: Uint8Array): Uint8Array {
    if (!this.search) throw new Error('search needs a session builder');
    return this.search.matchAll(terms, within);
  }

  /**
   * How many fields partial row `row` keeps: its id and title, or its id only when an earlier row holds
   * the same title (recorded for takeText's chunk).
   */
  private partialFields(title: string, row: number): number {
    let holder = this.titleHolders.get(title);
    if (holder === undefined) {
      holder = row;
      if (this.titleHolders.size < MAX_SHARED_TITLES) this.titleHolders.set(title, row);
    }
    const at = this.text.pending;
    if (at >= this.pendingTitleSeq.length) {
      const next = new Uint32Array(Math.max(1024, this.pendingTitleSeq.length * 2));
      next.set(this.pendingTitleSeq);
      this.pendingTitleSeq = next;
    }
    this.pendingTitleSeq[at] = holder;
    return holder === row ? PARTIAL_FIELDS : TITLE_FIELD;
  }

  private markDead(seq: number): void {
    if (this.dead[seq]) return;
    this.dead[seq] = 1;
    this.deadCount++;
  }

  /** The text of the rows added since the last call, as one transferable chunk (see TextChunkWriter.take). */
  takeText(release = false): TextChunk {
    const rows = this.text.pending;
    const titleSeq = this.partial ? this.pendingTitleSeq.slice(0, rows) : undefined;
    return this.text.take(release, this.partial, titleSeq);
  }

  /**
   * A sorted snapshot of every row added so far, with lanes made of `laneBy` (default: actor); the builder
   * stays usable, and building again with the other `laneBy` costs a sort, not a re-read.
   */
  build(actors: readonly Actor[], laneBy: LaneBy = 'actor'): EventTableParts {
    const all = this.n;
    const n = this.liveSize;
    const dead = this.dead;
    const actorsById = new Map(actors.map((a) => [a.id, a]));
    const { keyIds, rowKey } = laneBy === 'agent' ? this.agentKeys(actors) : this.actorKeys();
    const counts = new Uint32Array(keyIds.length);
    const typeCounts = new Uint32Array(EVENT_TYPES.length);
    /** Per key: the actor of its rows, -1 before the first, -2 once two differ. */
    const keyActor = new Int32Array(keyIds.length).fill(-1);
    for (let row = 0; row < all; row++) {
      if (dead[row]) continue;
      const k = rowKey[row] ?? 0;
      counts[k] = (counts[k] ?? 0) + 1;
      const t = this.typeCol[row] ?? 0;
      typeCounts[t] = (typeCounts[t] ?? 0) + 1;
      const a = this.actorKey[row] ?? 0;
      const seen = keyActor[k] ?? -1;
      if (seen === -1) keyActor[k] = a;
      else if (seen !== a) keyActor[k] = -2;
    }
    const keys = keyIds.map((_, k) => k).filter((k) => (counts[k] ?? 0) > 0);
    const label = (k: number) => actorLabel(keyIds[k] ?? '', actorsById);
    keys.sort((a, b) => {
      const ua = keyIds[a] === UNKNOWN_ACTOR_ID;
      const ub = keyIds[b] === UNKNOWN_ACTOR_ID;
      if (ua !== ub) return ua ? 1 : -1;
      return (counts[b] ?? 0) - (counts[a] ?? 0) || label(a).localeCompare(label(b));
    });
    const laneOfKey = new Uint16Array(keyIds.length);
    keys.forEach((k, lane) => (laneOfKey[k] = lane));
    const laneStart = new Uint32Array(keys.length + 1);
    keys.forEach((k, lane) => (laneStart[lane + 1] = (laneStart[lane] ?? 0) + (counts[k] ?? 0)));

    // Counting sort by lane (stable), then a native numeric sort of packed (start, position) keys per lane:
    // about 10x faster than Array.sort with a comparator on a million rows.
    const byLane = new Uint32Array(n);
    const fill = laneStart.slice(0, keys.length);
    let minDay = Infinity;
    for (let row = 0; row < all; row++) {
      if (dead[row]) continue;
      const lane = laneOfKey[rowKey[row] ?? 0] ?? 0;
      const at = fill[lane] ?? 0;
      byLane[at] = row;
      fill[lane] = at + 1;
      const d = this.startDay[row] ?? 0;
      if (d < minDay) minDay = d;
    }
    const order = new Uint32Array(n);
    const sortKeys = new Float64Array(n);
    for (let lane = 0; lane < keys.length; lane++) {
      const s = laneStart[lane] ?? 0;
      const e = laneStart[lane + 1] ?? s;
      for (let i = s; i < e; i++) {
        sortKeys[i] = ((this.startDay[byLane[i] ?? 0] ?? 0) - minDay) * POSITION_RANGE + (i - s);
      }
      const run = sortKeys.subarray(s, e);
      run.sort();
      for (let i = s; i < e; i++) order[i] = byLane[s + ((run[i - s] ?? 0) % POSITION_RANGE)] ?? 0;
    }

    const startMs = new Float64Array(n);
    const endMs = new Float64Array(n);
    const lane = new Uint16Array(n);
    const actor = new Uint16Array(n);
    const type = new Uint8Array(n);
    const factuality = new Uint8Array(n);
    const flags = new Uint8Array(n);
    const quantity = new Float64Array(n);
    const sentenceKey = new Uint32Array(n);
    const laneMaxDurationMs = new Float64Array(keys.length);
    let minMs = Infinity;
    let maxMs = -Infinity;
    for (let i = 0; i < n; i++) {
      const row = order[i] ?? 0;
      const l = laneOfKey[rowKey[row] ?? 0] ?? 0;
      const t0 = (this.startDay[row] ?? 0) * MS_PER_DAY;
      const t1 = ((this.endDay[row] ?? 0) + 1) * MS_PER_DAY;
      startMs[i] = t0;
      endMs[i] = t1;
      lane[i] = l;
      actor[i] = this.actorKey[row] ?? 0;
      type[i] = this.typeCol[row] ?? 0;
      factuality[i] = this.factCol[row] ?? 0;
      flags[i] = this.flagCol[row] ?? 0;
      quantity[i] = this.quantityCol[row] ?? NaN;
      sentenceKey[i] = this.sentenceHash[row] ?? 0;
      if (t1 - t0 > (laneMaxDurationMs[l] ?? 0)) laneMaxDurationMs[l] = t1 - t0;
      if (t0 < minMs) minMs = t0;
      if (t1 > maxMs) maxMs = t1;
    }

    // Open addressing at load factor <= 0.5 keeps probes short: about 1.5 per successful lookup.
    let slots = 16;
    while (slots < n * 2) slots *= 2;
    const idSlots = new Int32Array(slots).fill(-1);
    const idSlotHash = new Uint32Array(slots);
    const mask = slots - 1;
    for (let i = 0; i < n; i++) {
      const h = this.idHash[order[i] ?? 0] ?? 0;
      let p = h & mask;
      while ((idSlots[p] ?? -1) >= 0) p = (p + 1) & mask;
      idSlots[p] = i;
      idSlotHash[p] = h;
    }
    return {
      size: n,
      startMs,
      endMs,
      lane,
      actor,
      actorIds: this.actorIds.slice(),
      type,
      factuality,
      flags,
      quantity,
      // Builder rows are numbered in arrival order, which is also the text store's numbering.
      seq: order,
      sentenceKey,
      laneBy,
      laneKeys: keys.map((k) => keyIds[k] ?? UNKNOWN_ACTOR_ID),
      laneActors: keys.map((k) => {
        const a = keyActor[k] ?? -2;
        return a < 0 ? null : (this.actorIds[a] ?? null);
      }),
      laneStart,
      laneMaxDurationMs,
      typeCounts,
      idSlots,
      idSlotHash,
      minMs: n ? minMs : NaN,
      maxMs: n ? maxMs : NaN,
    };
  }

  /** Lane keys by actor: the actor column as it is. */
  private actorKeys(): { keyIds: readonly string[]; rowKey: ArrayLike<number> } {
    return { keyIds: this.actorIds, rowKey: this.actorKey };
  }

  /**
   * Lane keys by agent, the actor where the agent is empty. An agent that is an actor's id or label in any
   * letter case ("North Korea", "BOEING" for a discovered "Boeing") takes that actor's key, so agent lanes
   * and the fallback rows of the same actor are one lane. Keys past MAX_ACTORS share the unknown lane.
   */
  private agentKeys(actors: readonly Actor[]): { keyIds: readonly string[]; rowKey: ArrayLike<number> } {
    const keyIds = this.actorIds.slice();
    const keyIndex = new Map(keyIds.map((id, k) => [id, k]));
    const byName = new Map<string, string>();
    for (const id of keyIds) if (id) byName.set(id.toLowerCase(), id);
    for (const a of actors) {
      byName.set(a.id.toLowerCase(), a.id);
      byName.set(a.label.toLowerCase(), a.id);
    }
    const keyOf = (name: string): number => {
      let k = keyIndex.get(name);
      if (k !== undefined) return k;
      if (keyIds.length >= MAX_ACTORS) name = UNKNOWN_ACTOR_ID;
      k = keyIndex.get(name);
      if (k === undefined) {
        k = keyIds.length;
        keyIds.push(name);
        keyIndex.set(name, k);
      }
      return k;
    };
    /** An agent that is no lane: the row keeps its actor's. */
    const ACTOR_LANE = 0xffffffff;
    const agentToKey = new Uint32Array(this.agentIds.length);
    for (let j = 1; j < this.agentIds.length; j++) {
      const agent = this.agentIds[j] ?? '';
      // A description ("stock markets") is no lane: such rows keep their actor's.
      agentToKey[j] = isNamedAgent(agent) ? keyOf(byName.get(agent.toLowerCase()) ?? agent) : ACTOR_LANE;
    }
    const rowKey = new Uint32Array(this.n);
    for (let row = 0; row < this.n; row++) {
      const agent = this.agentKey[row] ?? 0;
      const key = agent === 0 ? ACTOR_LANE : (agentToKey[agent] ?? ACTOR_LANE);
      rowKey[row] = key === ACTOR_LANE ? (this.actorKey[row] ?? 0) : key;
    }
    return { keyIds, rowKey };
  }

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    const widen = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array | Uint32Array>(
      a: T,
      make: (size: number) => T,
    ): T => {
      const next = make(capacity);
      next.set(a);
      return next;
    };
    this.startDay = widen(this.startDay, (s) => new Int32Array(s));
    this.endDay = widen(this.endDay, (s) => new Int32Array(s));
    this.actorKey = widen(this.actorKey, (s) => new Uint16Array(s));
    this.agentKey = widen(this.agentKey, (s) => new Uint32Array(s));
    this.typeCol = widen(this.typeCol, (s) => new Uint8Array(s));
    this.factCol = widen(this.factCol, (s) => new Uint8Array(s));
    this.flagCol = widen(this.flagCol, (s) => new Uint8Array(s));
    this.quantityCol = widen(this.quantityCol, (s) => new Float64Array(s));
    this.idHash = widen(this.idHash, (s) => new Uint32Array(s));
    this.sentenceHash = widen(this.sentenceHash, (s) => new Uint32Array(s));
    this.dead = widen(this.dead, (s) => new Uint8Array(s));
    if (this.contentHash) {
      this.contentHash = widen(this.contentHash, (s) => new Uint32Array(s));
      this.hashed = widen(this.hashed, (s) => new Uint8Array(s));
    }
    this.capacity = capacity;
  }
}

/** Builds a table from records in one go: small files, merges and tests. */
export function buildEventTable(
  records: readonly EventRecord[],
  actors: readonly Actor[],
  newIds: ReadonlySet<string> = new Set(),
  laneBy: LaneBy = 'actor',
  utf8: Utf8 = runtimeUtf8(),
): EventTable {
  const builder = new EventTableBuilder({ utf8 });
  for (const rec of records) builder.add(rec, newIds.has(rec.id));
  const store = new RowTextStore(utf8);
  store.append(builder.takeText());
  return eventTableFromParts(builder.build(actors, laneBy), store, actors);
}
