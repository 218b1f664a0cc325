/**
 * The columnar, immutable table of loaded events, built once per load. Rows are sorted by (lane, start), so
 * the rows of one lane are contiguous and ordered by time: finding what is visible is a binary search, and a
 * filter is an index of row numbers, never a copy. Records are kept for the detail panel and exports only.
 */
import type { Actor } from './actor';
import { UNKNOWN_ACTOR_ID, UNKNOWN_ACTOR_LABEL } from './actor';
import { MS_PER_DAY, parseIsoDay } from './day';
import type { EventRecord } from './event-record';
import { EVENT_TYPES, FACTUALITIES } from './event-record';
import { fallbackColor } from './palette';

/** Bit flags per row. */
export const FLAG_APPROX = 1;
/** Drawn as a span: a multi-day range or a date coarser than a day. */
export const FLAG_SPAN = 2;
/** Added in this session (article dropped in), drawn with a "new" ring. */
export const FLAG_NEW = 4;

export interface Lane {
  /** Actor id ('' for the unknown-actor lane). */
  actorId: string;
  label: string;
  color: string;
  /** Rows in the table. */
  count: number;
}

export interface EventTable {
  readonly size: number;
  /** Original records in row order. */
  readonly records: readonly EventRecord[];
  /** Start of the first day, epoch ms. */
  readonly startMs: Float64Array;
  /** End of the last day (exclusive), epoch ms: a one-day event is 24 h long. */
  readonly endMs: Float64Array;
  readonly lane: Uint16Array;
  /** Index into EVENT_TYPES. */
  readonly type: Uint8Array;
  /** Index into FACTUALITIES. */
  readonly factuality: Uint8Array;
  readonly flags: Uint8Array;
  /** NaN when the event has no quantity. */
  readonly quantity: Float64Array;
  /** Lanes in default order (most events first, unknown actor last). */
  readonly lanes: readonly Lane[];
  /** Rows of lane l are laneStart[l] .. laneStart[l + 1] - 1. Length lanes.length + 1. */
  readonly laneStart: Uint32Array;
  /** Longest event per lane, so a visible-range search can start early enough to catch long spans. */
  readonly laneMaxDurationMs: Float64Array;
  readonly idToRow: ReadonlyMap<string, number>;
  /** Earliest start and latest end over all rows; NaN when empty. */
  readonly minMs: number;
  readonly maxMs: number;
  readonly actorsById: ReadonlyMap<string, Actor>;
}

/** Approximate qualifiers get soft edges: the day is not known exactly. */
const APPROX_QUALIFIERS = new Set(['approx', 'early', 'mid', 'late', 'before', 'after']);

/**
 * Builds the table. Records must already be valid (io/ validates); a record whose dates do not parse is
 * skipped here only as a last resort, which io/ prevents by reporting it as a problem first.
 */
export function buildEventTable(
  records: readonly EventRecord[],
  actors: readonly Actor[],
  newIds: ReadonlySet<string> = new Set(),
): EventTable {
  const actorsById = new Map(actors.map((a) => [a.id, a]));
  const counts = new Map<string, number>();
  const usable: { rec: EventRecord; t0: number; t1: number }[] = [];
  for (const rec of records) {
    const d0 = parseIsoDay(rec.start);
    const d1 = parseIsoDay(rec.end);
    if (d0 === null || d1 === null || d1 < d0) continue;
    usable.push({ rec, t0: d0 * MS_PER_DAY, t1: (d1 + 1) * MS_PER_DAY });
    counts.set(rec.actor, (counts.get(rec.actor) ?? 0) + 1);
  }
  const actorIds = [...counts.keys()].sort((a, b) => {
    if (a === UNKNOWN_ACTOR_ID) return 1;
    if (b === UNKNOWN_ACTOR_ID) return -1;
    return (
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      labelOf(a, actorsById).localeCompare(labelOf(b, actorsById))
    );
  });
  const laneOf = new Map(actorIds.map((id, i) => [id, i]));
  const lanes: Lane[] = actorIds.map((id, i) => ({
    actorId: id,
    label: labelOf(id, actorsById),
    color: actorsById.get(id)?.color || fallbackColor(id === UNKNOWN_ACTOR_ID ? -1 : i),
    count: counts.get(id) ?? 0,
  }));
  usable.sort(
    (a, b) => (laneOf.get(a.rec.actor) ?? 0) - (laneOf.get(b.rec.actor) ?? 0) || a.t0 - b.t0 || a.t1 - b.t1,
  );

  const n = usable.length;
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const lane = new Uint16Array(n);
  const type = new Uint8Array(n);
  const factuality = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const quantity = new Float64Array(n);
  const laneStart = new Uint32Array(lanes.length + 1);
  const laneMaxDurationMs = new Float64Array(lanes.length);
  const idToRow = new Map<string, number>();
  const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
  const factIndex = new Map<string, number>(FACTUALITIES.map((f, i) => [f, i]));
  let minMs = Infinity;
  let maxMs = -Infinity;
  usable.forEach(({ rec, t0, t1 }, row) => {
    const l = laneOf.get(rec.actor) ?? 0;
    startMs[row] = t0;
    endMs[row] = t1;
    lane[row] = l;
    type[row] = typeIndex.get(rec.type) ?? EVENT_TYPES.length - 1;
    factuality[row] = factIndex.get(rec.factuality) ?? 0;
    let f = 0;
    if (APPROX_QUALIFIERS.has(rec.date_qualifier)) f |= FLAG_APPROX;
    if (rec.precision !== 'day' || rec.start !== rec.end) f |= FLAG_SPAN;
    if (newIds.has(rec.id)) f |= FLAG_NEW;
    flags[row] = f;
    quantity[row] = rec.quantity ?? NaN;
    laneStart[l + 1] = row + 1;
    laneMaxDurationMs[l] = Math.max(laneMaxDurationMs[l] ?? 0, t1 - t0);
    idToRow.set(rec.id, row);
    if (t0 < minMs) minMs = t0;
    if (t1 > maxMs) maxMs = t1;
  });
  return {
    size: n,
    records: usable.map((u) => u.rec),
    startMs,
    endMs,
    lane,
    type,
    factuality,
    flags,
    quantity,
    lanes,
    laneStart,
    laneMaxDurationMs,
    idToRow,
    minMs: n ? minMs : NaN,
    maxMs: n ? maxMs : NaN,
    actorsById,
  };
}

function labelOf(id: string, actorsById: ReadonlyMap<string, Actor>): string {
  if (id === UNKNOWN_ACTOR_ID) return UNKNOWN_ACTOR_LABEL;
  return actorsById.get(id)?.label ?? id;
}
