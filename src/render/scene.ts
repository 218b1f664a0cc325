/**
 * The pure step from data to pixels: events + filter index + lane order + visible domain + size -> the
 * primitives to draw (lane bands, marks, cluster badges), in CSS px relative to the plot's top-left corner.
 * No DOM, no canvas: the painters, the hit index, exports and tests all consume the same Scene.
 */
import type { EventTable } from '../model/event-table';
import { FLAG_APPROX, FLAG_NEW, FLAG_SPAN } from '../model/event-table';
import { FACTUALITIES } from '../model/event-record';
import type { FilterResult } from '../model/filters';
import type { HitTarget } from '../model/hit-index';
import { densityPyramidFor } from '../model/density';
import { densityLevel } from '../model/density-pyramid';
import { bucketWidthMs, carriedInRows, visibleLodGroups } from '../model/level-of-detail';
import type { TimeDomain } from '../model/time-domain';
import { msPerPx, timeToX } from '../model/time-domain';
import type { GlyphName } from './shapes';
import { glyphForTypeIndex } from './shapes';

/** Lanes never get shorter than this: three stacked marks plus padding. */
export const MIN_LANE_HEIGHT_PX = 44;
/** Nor taller: with two lanes on a 4K screen, giant lanes look broken. */
export const MAX_LANE_HEIGHT_PX = 96;
/** Pixels one mark needs before neighbours count as overlapping. */
export const MARK_PX = 12;
/** Up to this many events in one bucket are stacked as marks; more become a cluster badge. */
export const MAX_STACK = 3;
export const BASE_RADIUS_PX = 5;

export interface LaneBand {
  /** Lane index in the table. */
  lane: number;
  actorId: string;
  label: string;
  color: string;
  /** Top edge and height, CSS px (scroll applied). */
  y: number;
  height: number;
  /** Events of this lane passing the filters. */
  count: number;
}

export interface MarkPrimitive extends HitTarget {
  kind: 'mark';
  row: number;
  /** Where the glyph is drawn. */
  x: number;
  glyph: GlyphName;
  color: string;
  /** Drawn as a span from x0 to x1 (clipped to the plot). */
  span: boolean;
  /** Planned, possible or negated: outline only. */
  hollow: boolean;
  negated: boolean;
  /** Approximate dates fade out at both ends. */
  soft: boolean;
  isNew: boolean;
  /** Quantity to print beside the glyph ('' when none). */
  label: string;
}

export interface ClusterPrimitive extends HitTarget {
  kind: 'cluster';
  lane: number;
  count: number;
  /** Time range covered by the bucket, epoch ms. */
  t0: number;
  t1: number;
  color: string;
}

export interface Scene {
  width: number;
  height: number;
  domain: TimeDomain;
  lanes: LaneBand[];
  /** Marks lane by lane (in `lanes` order), each lane's run sorted by x0. */
  marks: MarkPrimitive[];
  /** Start of each lane's run in `marks`; length lanes.length + 1. */
  markLaneStart: number[];
  clusters: ClusterPrimitive[];
  clusterLaneStart: number[];
  /** Widest span and largest radius drawn, for the hit index. */
  maxSpanPx: number;
  maxRadiusPx: number;
  /** Height of all lanes together, for vertical scrolling. */
  contentHeight: number;
  laneHeight: number;
}

export interface SceneInput {
  table: EventTable;
  filter: FilterResult;
  /** Lane indices top to bottom. */
  laneOrder: readonly number[];
  domain: TimeDomain;
  width: number;
  height: number;
  /** Vertical scroll, CSS px from the top of the first lane. */
  scrollY: number;
  /**
   * False draws every filtered event of every lane as a mark, every frame: no culling, no clusters. The
   * simple approach, kept only so benchmarks can show what level of detail buys. Defaults to true.
   */
  levelOfDetail?: boolean;
}

export function laneHeightFor(laneCount: number, height: number): number {
  if (laneCount === 0) return MIN_LANE_HEIGHT_PX;
  return Math.max(MIN_LANE_HEIGHT_PX, Math.min(MAX_LANE_HEIGHT_PX, Math.floor(height / laneCount)));
}

export function buildScene(input: SceneInput): Scene {
  const { table, filter, laneOrder, domain, width, height } = input;
  const laneHeight = laneHeightFor(laneOrder.length, height);
  const contentHeight = laneHeight * laneOrder.length;
  const scrollY = Math.max(0, Math.min(input.scrollY, contentHeight - height));
  const [t0, t1] = domain;
  const resolution = msPerPx(domain, width);
  const bucketMs = bucketWidthMs(resolution, MARK_PX);
  const scene: Scene = {
    width,
    height,
    domain,
    lanes: [],
    marks: [],
    markLaneStart: [0],
    clusters: [],
    clusterLaneStart: [0],
    maxSpanPx: 0,
    maxRadiusPx: BASE_RADIUS_PX,
    contentHeight,
    laneHeight,
  };
  const x = (t: number) => timeToX(domain, width, t);
  const level =
    input.levelOfDetail === false
      ? null
      : densityLevel(densityPyramidFor(table, filter.index, filter.laneStart), bucketMs);
  laneOrder.forEach((lane, position) => {
    const info = table.lanes[lane];
    const y = position * laneHeight - scrollY;
    // Lanes scrolled out of view cost nothing: only their band is listed (for labels), no marks.
    const culled = input.levelOfDetail !== false && (y + laneHeight < 0 || y > height);
    if (!info || culled) {
      if (info) scene.lanes.push(band(lane, info.actorId, info.label, info.color, y, laneHeight, filter));
      scene.markLaneStart.push(scene.marks.length);
      scene.clusterLaneStart.push(scene.clusters.length);
      return;
    }
    scene.lanes.push(band(lane, info.actorId, info.label, info.color, y, laneHeight, filter));
    const lo = filter.laneStart[lane] ?? 0;
    const hi = filter.laneStart[lane + 1] ?? lo;
    const lookBack = table.laneMaxDurationMs[lane] ?? 0;
    const cy = y + laneHeight / 2;
    const laneMarksStart = scene.marks.length;
    if (input.levelOfDetail === false) {
      for (let i = lo; i < hi; i++) {
        const row = filter.index[i] ?? 0;
        const m = mark(
          table,
          row,
          x(table.startMs[row] ?? 0),
          x(table.endMs[row] ?? 0),
          cy,
          width,
          info.color,
        );
        scene.marks.push(m);
        scene.maxSpanPx = Math.max(scene.maxSpanPx, m.x1 - m.x0);
        scene.maxRadiusPx = Math.max(scene.maxRadiusPx, m.r);
      }
      scene.markLaneStart.push(scene.marks.length);
      scene.clusterLaneStart.push(scene.clusters.length);
      return;
    }
    const groups = visibleLodGroups(
      table.startMs,
      filter.index,
      lo,
      hi,
      lane,
      t0,
      t1,
      bucketMs,
      level,
      MAX_STACK,
    );
    const stackGap = (n: number) => Math.min(14, (laneHeight - 2 * BASE_RADIUS_PX - 6) / Math.max(1, n - 1));
    const pushMarks = (rows: ArrayLike<number>, n: number) => {
      for (let k = 0; k < n; k++) {
        const row = rows[k] ?? 0;
        const end = table.endMs[row] ?? 0;
        if (end <= t0) continue;
        const my = cy + (k - (n - 1) / 2) * stackGap(n);
        scene.marks.push(mark(table, row, x(table.startMs[row] ?? 0), x(end), my, width, info.color));
      }
    };
    const firstBucketMs = Math.floor(t0 / bucketMs) * bucketMs;
    const carried = carriedInRows(
      table.startMs,
      table.endMs,
      filter.index,
      lo,
      hi,
      firstBucketMs,
      t0,
      lookBack,
      MAX_STACK,
    );
    if (carried && carried.length) pushMarks(carried, carried.length);
    for (const g of groups) {
      if (g.count > MAX_STACK) {
        const cx0 = x(g.bucketMs);
        const cx1 = x(g.bucketMs + bucketMs);
        const cx = (cx0 + cx1) / 2;
        const r = 9;
        scene.clusters.push({
          kind: 'cluster',
          lane,
          count: g.count,
          t0: g.bucketMs,
          t1: g.bucketMs + bucketMs,
          color: info.color,
          x0: cx,
          x1: cx,
          y: cy,
          r,
        });
        continue;
      }
      pushMarks(filter.index.subarray(g.i0, g.i1), g.count);
    }
    // Stacking can put a later-starting span before an earlier point; the hit index needs x0 order.
    sortRun(scene.marks, laneMarksStart);
    for (let i = laneMarksStart; i < scene.marks.length; i++) {
      const m = scene.marks[i];
      if (!m) continue;
      scene.maxSpanPx = Math.max(scene.maxSpanPx, m.x1 - m.x0);
      scene.maxRadiusPx = Math.max(scene.maxRadiusPx, m.r);
    }
    scene.markLaneStart.push(scene.marks.length);
    scene.clusterLaneStart.push(scene.clusters.length);
  });
  return scene;
}

function band(
  lane: number,
  actorId: string,
  label: string,
  color: string,
  y: number,
  height: number,
  filter: FilterResult,
): LaneBand {
  const count = (filter.laneStart[lane + 1] ?? 0) - (filter.laneStart[lane] ?? 0);
  return { lane, actorId, label, color, y, height, count };
}

const HOLLOW = new Set(['planned', 'possible', 'negated']);

function mark(
  table: EventTable,
  row: number,
  xStart: number,
  xEnd: number,
  y: number,
  width: number,
  color: string,
): MarkPrimitive {
  const flags = table.flags[row] ?? 0;
  const fact = FACTUALITIES[table.factuality[row] ?? 0] ?? 'asserted';
  const quantity = table.quantity[row] ?? NaN;
  // Size grows with the order of magnitude of the quantity (8 missiles vs 11,000 troops), capped at 2x.
  const r =
    Number.isFinite(quantity) && quantity > 1
      ? BASE_RADIUS_PX + Math.min(5, Math.log10(quantity) * 2)
      : BASE_RADIUS_PX;
  const isSpan = (flags & FLAG_SPAN) !== 0 && xEnd - xStart > 2 * r;
  const x0 = isSpan ? xStart : (xStart + xEnd) / 2;
  const x1 = isSpan ? xEnd : x0;
  // The glyph of a span sits at its left end (or the plot's left edge when the start is scrolled off).
  const glyphX = isSpan ? Math.min(Math.max(x0, 0) + r + 2, (Math.max(x0, 0) + Math.min(x1, width)) / 2) : x0;
  return {
    kind: 'mark',
    row,
    x: glyphX,
    x0,
    x1,
    y,
    r,
    glyph: glyphForTypeIndex(table.type[row] ?? 0),
    color,
    span: isSpan,
    hollow: HOLLOW.has(fact),
    negated: fact === 'negated',
    soft: (flags & FLAG_APPROX) !== 0,
    isNew: (flags & FLAG_NEW) !== 0,
    // "1" beside a single launch is noise; counts start at 2.
    label: Number.isFinite(quantity) && quantity > 1 ? formatCount(quantity) : '',
  };
}

/** "8", "950", "11k", "1.2M": short enough to sit beside a 10 px glyph. */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n * 10) / 10);
  if (abs < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  if (abs < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}

function sortRun(marks: MarkPrimitive[], from: number): void {
  let sorted = true;
  for (let i = from + 1; i < marks.length && sorted; i++) {
    if ((marks[i]?.x0 ?? 0) < (marks[i - 1]?.x0 ?? 0)) sorted = false;
  }
  if (sorted) return;
  const run = marks.splice(from).sort((a, b) => a.x0 - b.x0);
  marks.push(...run);
}
