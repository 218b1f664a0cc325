/**
 * The columnar, immutable table of loaded events, built once per load (event-table-builder.ts builds its
 * parts, in a worker for large files). Rows are sorted by (lane, start), so the rows of one lane are
 * contiguous and ordered by time: finding what is visible is a binary search, and a filter is an index of
 * row numbers, never a copy. Per row the table holds about 60 bytes of typed arrays; the text lives packed
 * as UTF-8 (row-text.ts) and becomes an EventRecord only when one row is inspected or exported.
 */
import type { Actor } from './actor';
import { UNKNOWN_ACTOR_ID, UNKNOWN_ACTOR_LABEL } from './actor';
import { MS_PER_DAY, msToIsoDay } from './day';
import type { EventRecord } from './event-record';
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import { colorForName, UNKNOWN_LANE_COLOR } from './palette';
import {
  FIELD_SEPARATOR_BYTE,
  fieldBytes,
  ID_FIELD,
  recordFromText,
  searchTextOf,
  TITLE_FIELD,
} from './record-text';
import type { RowTextStore, TextRange } from './row-text';
import { hashText } from './text-hash';

/** Bit flags per row. */
export const FLAG_APPROX = 1;
/** Drawn as a span: a multi-day range or a date coarser than a day. */
export const FLAG_SPAN = 2;
/** Added in this session (article dropped in), drawn with a "new" ring. */
export const FLAG_NEW = 4;

/**
 * What makes a lane: the row's `actor` (an actors.json id, or the name of an actor the text introduced), or
 * its `agent`, the named entity that acted ("Benjamin Netanyahu"), falling back to the actor when the agent
 * is unknown. An agent that names an actor ("North Korea" for north-korea) shares that actor's lane.
 */
export type LaneBy = 'actor' | 'agent';
export const LANE_BYS: readonly LaneBy[] = ['actor', 'agent'];

export interface Lane {
  /**
   * What the lane's rows share: an actor id, a discovered actor's name or, with lanes by agent, an agent's
   * name; '' for the unknown-actor lane. Hidden-lane filters and the user's lane order are lists of keys.
   */
  key: string;
  /** The actors.json label for an actor id, else the key itself, "No actor named" for ''. */
  label: string;
  color: string;
  /** Rows in the table. */
  count: number;
}

/** Looks a row up by event id; the same two calls a Map offers. */
export interface RowLookup {
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * Everything a table is made of, as plain data and typed arrays, so a worker can build it and transfer
 * the buffers to the page (see tablePartsTransferables).
 */
export interface EventTableParts {
  size: number;
  startMs: Float64Array;
  endMs: Float64Array;
  lane: Uint16Array;
  /** Index into actorIds: the row's actor, whatever the lanes are made of. */
  actor: Uint16Array;
  actorIds: string[];
  type: Uint8Array;
  factuality: Uint8Array;
  flags: Uint8Array;
  quantity: Float64Array;
  seq: Uint32Array;
  sentenceKey: Uint32Array;
  laneBy: LaneBy;
  /** Key of each lane (see Lane.key), in default lane order. */
  laneKeys: string[];
  /** Per lane, the actor all its rows share, or null when they have several (lanes by agent only differ). */
  laneActors: (string | null)[];
  laneStart: Uint32Array;
  /** Rows per EVENT_TYPES entry, over the whole table. */
  typeCounts: Uint32Array;
  laneMaxDurationMs: Float64Array;
  /** Open-addressing hash table from id hash to row: row per slot (-1 empty) and the id hash in that slot. */
  idSlots: Int32Array;
  idSlotHash: Uint32Array;
  minMs: number;
  maxMs: number;
}

export interface EventTable {
  readonly size: number;
  /** Start of the first day, epoch ms. */
  readonly startMs: Float64Array;
  /** End of the last day (exclusive), epoch ms: a one-day event is 24 h long. */
  readonly endMs: Float64Array;
  readonly lane: Uint16Array;
  /** Index into actorIds: each row's actor (the lane says the same only when lanes are by actor). */
  readonly actor: Uint16Array;
  readonly actorIds: readonly string[];
  /** Index into EVENT_TYPES. */
  readonly type: Uint8Array;
  /** Index into FACTUALITIES. */
  readonly factuality: Uint8Array;
  readonly flags: Uint8Array;
  /** NaN when the event has no quantity. */
  readonly quantity: Float64Array;
  /** Arrival number of each row in its file: its key in the text store. */
  readonly seq: Uint32Array;
  /** Hash of article id and sentence, so other events from the same sentence are found by a scan of numbers. */
  readonly sentenceKey: Uint32Array;
  /** What the lanes are made of. */
  readonly laneBy: LaneBy;
  /** Lanes in default order (most events first, unknown actor last). */
  readonly lanes: readonly Lane[];
  /** Rows of lane l are laneStart[l] .. laneStart[l + 1] - 1. Length lanes.length + 1. */
  readonly laneStart: Uint32Array;
  /** Longest event per lane, so a visible-range search can start early enough to catch long spans. */
  readonly laneMaxDurationMs: Float64Array;
  /** Rows per EVENT_TYPES entry over the whole table: the types the data holds, whatever the filters. */
  readonly typeCounts: Uint32Array;
  readonly idToRow: RowLookup;
  /** Earliest start and latest end over all rows; NaN when empty. */
  readonly minMs: number;
  readonly maxMs: number;
  readonly actorsById: ReadonlyMap<string, Actor>;
  /** Bytes held in columns and text, for the benchmarks (typed arrays live outside the JS heap). */
  readonly byteLength: number;
  /**
   * The full record of one row, rebuilt from columns and text; undefined outside 0..size-1. A row whose
   * text lives in its file (hasText false) has its id, title and columns only, until loadText reads it.
   */
  record(row: number): EventRecord | undefined;
  /** False while a row loaded from a file holds only its id and title (see loadText). */
  hasText(row: number): boolean;
  /**
   * Reads the full text of rows (from the file they were loaded from) so record() gives all their fields;
   * resolves at once when they have it. Rows read are kept for a while, not for good: ask before each use.
   */
  loadText(rows: readonly number[]): Promise<void>;
  /** The event id of one row ('' outside the table), decoding only the id. */
  id(row: number): string;
  /** The title of one row ('' outside the table), decoding only the title. */
  title(row: number): string;
  /**
   * Points `into` at the UTF-8 bytes of one row's title as stored (before any whitespace is tidied), without
   * decoding: the chart looks at the titles of hundreds of marks a frame and shows a few. False outside the
   * table. The bytes are the table's own; read them, never change them.
   */
  titleRange(row: number, into: TextRange): boolean;
  /** Title, sentence, people, predicate and agent of one row, separated by U+001F, for search. */
  searchText(row: number): string;
  /** Other rows taken from the same sentence of the same article, in row order. */
  sameSentenceRows(row: number): number[];
}

/**
 * `readText` reads the full text of rows (by seq) whose text the store holds in part, into the store; it
 * is the table session's, and only tables of rows read from a file need it.
 */
export function eventTableFromParts(
  parts: EventTableParts,
  text: RowTextStore,
  actors: readonly Actor[],
  readText?: (seqs: number[]) => Promise<void>,
): EventTable {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const lanes: Lane[] = parts.laneKeys.map((key, i) => ({
    key,
    label: actorLabel(key, actorsById),
    color: laneColor(key, actorsById, parts.laneActors[i] ?? null),
    count: (parts.laneStart[i + 1] ?? 0) - (parts.laneStart[i] ?? 0),
  }));
  const bytesOfRow = (row: number) => text.bytesOf(parts.seq[row] ?? 0);
  const id = (row: number): string =>
    row >= 0 && row < parts.size ? text.decode(fieldBytes(bytesOfRow(row), ID_FIELD)) : '';
  const mask = parts.idSlots.length - 1;
  const get = (key: string): number | undefined => {
    if (!parts.size) return undefined;
    const h = hashText(key);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const row = parts.idSlots[i] ?? -1;
      if (row < 0) return undefined;
      if (parts.idSlotHash[i] === h && id(row) === key) return row;
    }
  };
  let byteLength = text.byteLength;
  for (const a of tablePartsArrays(parts)) byteLength += a.byteLength;
  return {
    size: parts.size,
    startMs: parts.startMs,
    endMs: parts.endMs,
    lane: parts.lane,
    actor: parts.actor,
    actorIds: parts.actorIds,
    type: parts.type,
    factuality: parts.factuality,
    flags: parts.flags,
    quantity: parts.quantity,
    seq: parts.seq,
    sentenceKey: parts.sentenceKey,
    laneBy: parts.laneBy,
    lanes,
    laneStart: parts.laneStart,
    laneMaxDurationMs: parts.laneMaxDurationMs,
    typeCounts: parts.typeCounts,
    idToRow: { get, has: (key) => get(key) !== undefined },
    minMs: parts.minMs,
    maxMs: parts.maxMs,
    actorsById,
    byteLength,
    id,
    hasText: (row) => row >= 0 && row < parts.size && text.isComplete(parts.seq[row] ?? 0),
    async loadText(rows) {
      const seqs: number[] = [];
      for (const row of rows) {
        const seq = parts.seq[row];
        if (seq !== undefined && row >= 0 && !text.isComplete(seq)) seqs.push(seq);
      }
      if (seqs.length && readText) await readText(seqs);
    },
    record(row) {
      if (!(row >= 0 && row < parts.size)) return undefined;
      const q = parts.quantity[row] ?? NaN;
      return recordFromText(text.text(parts.seq[row] ?? 0), {
        start: msToIsoDay(parts.startMs[row] ?? 0),
        end: msToIsoDay((parts.endMs[row] ?? 0) - MS_PER_DAY),
        actor: parts.actorIds[parts.actor[row] ?? 0] ?? UNKNOWN_ACTOR_ID,
        type: EVENT_TYPES[parts.type[row] ?? 0] ?? 'other',
        factuality: FACTUALITIES[parts.factuality[row] ?? 0] ?? 'asserted',
        quantity: Number.isNaN(q) ? null : q,
      });
    },
    title(row) {
      if (!(row >= 0 && row < parts.size)) return '';
      const at: TextRange = { bytes: new Uint8Array(0), start: 0, end: 0 };
      if (!text.fieldRange(parts.seq[row] ?? 0, TITLE_FIELD, FIELD_SEPARATOR_BYTE, at)) return '';
      return text.decode(at.bytes.subarray(at.start, at.end));
    },
    titleRange: (row, into) =>
      row >= 0 &&
      row < parts.size &&
      text.fieldRange(parts.seq[row] ?? 0, TITLE_FIELD, FIELD_SEPARATOR_BYTE, into),
    searchText: (row) => searchTextOf(text.text(parts.seq[row] ?? 0)),
    sameSentenceRows(row) {
      const key = parts.sentenceKey[row];
      const out: number[] = [];
      if (key === undefined) return out;
      const rec = this.record(row);
      for (let r = 0; r < parts.size; r++) {
        if (r === row || parts.sentenceKey[r] !== key) continue;
        const other = this.record(r);
        // The key is a hash: confirm on the text before calling two events the same sentence.
        if (other && rec && other.article_id === rec.article_id && other.sentence === rec.sentence)
          out.push(r);
      }
      return out;
    },
  };
}

/** Every typed-array column of the parts: what the table's memory is made of. */
function tablePartsArrays(parts: EventTableParts): ArrayBufferView[] {
  return [
    parts.startMs,
    parts.endMs,
    parts.lane,
    parts.actor,
    parts.type,
    parts.factuality,
    parts.flags,
    parts.quantity,
    parts.seq,
    parts.sentenceKey,
    parts.laneStart,
    parts.laneMaxDurationMs,
    parts.typeCounts,
    parts.idSlots,
    parts.idSlotHash,
  ];
}

/** The buffers a worker hands over with postMessage instead of copying them. */
export function tablePartsTransferables(parts: EventTableParts): ArrayBuffer[] {
  return tablePartsArrays(parts).map((a) => a.buffer as ArrayBuffer);
}

/** A lane's or actor's label: the actors.json label, else the value itself ("Boeing"), "No actor named" for ''. */
export function actorLabel(id: string, actorsById: ReadonlyMap<string, Actor>): string {
  if (id === UNKNOWN_ACTOR_ID) return UNKNOWN_ACTOR_LABEL;
  return actorsById.get(id)?.label ?? id;
}

/**
 * The actors.json colour, else one picked by the name (colorForName), so a discovered actor has the same
 * colour in every file and after a merge; grey for unknown. A lane of an agent whose rows all belong to one
 * actor ("Benjamin Netanyahu", all Israel's) takes that actor's colour: colour stays the actor, whichever
 * way the lanes are made, and the outline stays the type.
 */
export function laneColor(
  key: string,
  actorsById: ReadonlyMap<string, Actor>,
  actor: string | null = key,
): string {
  if (key === UNKNOWN_ACTOR_ID) return UNKNOWN_LANE_COLOR;
  const own = actorsById.get(key)?.color;
  if (own) return own;
  if (actor && actor !== key) return laneColor(actor, actorsById);
  return colorForName(key);
}
