/**
 * The pure step from data to pixels: events + filter index + lane order + visible domain + size -> the
 * primitives to draw (lane bands, marks, cluster badges), in CSS px relative to the plot's top-left corner.
 * Each lane is packed so nothing collides (lane-packing.ts); quantity labels and event titles appear only
 * where they fit (label-placement.ts). In Key events mode (model/key-event-rows.ts) the rows of key days
 * stay in full, everything else is marked faded, the key days' lead rows are pinned even inside a count
 * badge, and their titles are placed first. No DOM, no canvas: the painters, the hit index, exports and tests all consume the
 * same Scene.
 */
import type { EventTable } from '../model/event-table';
import type { TextRange } from '../model/row-text';
import { FLAG_APPROX, FLAG_NEW, FLAG_SPAN } from '../model/event-table';
import { FACTUALITIES } from '../model/event-record';
import type { FilterResult } from '../model/filters';
import type { HitTarget } from '../model/hit-index';
import { densityPyramidFor } from '../model/density';
import { densityLevel } from '../model/density-pyramid';
import { bucketWidthMs, carriedInRows, visibleLodGroups } from '../model/level-of-detail';
import type { LodGroupCache } from '../model/lod-group-cache';
import type { TimeDomain } from '../model/time-domain';
import type { TimeScale, TimeWarp } from '../model/time-warp';
import { domainSegments, gapsIn, IDENTITY_WARP, timeScale } from '../model/time-warp';
import { MS_PER_DAY } from '../model/day';
import type { KeyEventRows } from '../model/key-event-rows';
import { lowerBound } from '../model/binary-search';
import type { Box, LabelCandidate, TitleCandidate } from './label-placement';
import {
  labelTextWidth,
  mayPlaceTitle,
  placeLabels,
  placeTitles,
  plainTitleWidth,
  TITLE_GAP_PX,
  titleTextWidth,
} from './label-placement';
import type { BadgeSeed } from './lane-packing';
import { GAP_PX, packPoints, packSpans, subRowOffset } from './lane-packing';
import type { GlyphName } from './shapes';
import { glyphForTypeIndex } from './shapes';

/** Lanes never get shorter than this: three stacked marks plus padding. */
export const MIN_LANE_HEIGHT_PX = 44;
/**
 * Nor taller: lanes share the plot's height (a few lanes on a tall screen leave no blank band under them),
 * but one or two lanes on a 4K screen as giant bands would look broken.
 */
export const MAX_LANE_HEIGHT_PX = 240;
/**
 * Narrowest level-of-detail bucket, CSS px: a two-digit badge is about 20 px wide, so badges of neighbouring
 * buckets stand 2+ px apart, and packing merges the wider ones ("1.2k") with their neighbours.
 */
export const BADGE_BUCKET_PX = 24;
/** Sub-rows for point marks in the shortest lane: this many events of one day stay separate marks. */
export const MAX_STACK = 3;
/**
 * A bucket with more events than its marks could fill (sub-rows x mark widths) is a badge without looking
 * at its rows; never more than 8, so one frame resolves at most 8 rows per bucket on screen. Zoomed in so
 * far that a day is wider than a bucket, a day's events may spread over the day (see spreadSameDay), up to
 * 32 per bucket: few buckets then hold events, and the same day's events would otherwise never separate.
 */
const MAX_MARKS_PER_BUCKET = 8;
const MAX_MARKS_PER_WIDE_DAY = 32;
/** Width one spread mark needs, CSS px: a plain 10 px mark plus a gap and a little air. */
const SPREAD_COLUMN_PX = 14;
export const BASE_RADIUS_PX = 5;
/** Quantities add up to this much radius (a 1,000-fold count is 4 px larger): a huge number never buries its neighbours. */
const MAX_QUANTITY_EXTRA_PX = 4;
/** Sub-rows for point marks are this far apart, CSS px: two plain 10 px marks plus a gap. */
const POINT_ROW_PX = 14;
/** Span bars: 3 px high in sub-rows 6 px apart, thin enough to sit behind the point marks. */
export const SPAN_BAR_PX = 3;
const SPAN_ROW_PX = 6;
/**
 * A span draws no glyph (a dot at its start would read as an exact first day; see mark-style.ts): this is
 * the half-height of its hit target and the size of the room its quantity label and title start beside.
 */
const SPAN_GLYPH_RADIUS_PX = 3.5;
/** Badge half-height grows with log10(count) from 8 px (4 events) to 11 px (1,000 and more). */
const BADGE_MIN_RADIUS_PX = 8;
const BADGE_MAX_RADIUS_PX = 11;
/** Horizontal padding inside a badge around its number, both sides together, CSS px. */
const BADGE_PADDING_PX = 8;

export interface LaneBand {
  /** Lane index in the table. */
  lane: number;
  /** The lane's key (Lane.key). */
  key: string;
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
  /** Where the glyph is drawn; for a span, which draws none, where its label and title start beside. */
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
  /** Key events mode: not on a key day, drawn faded as context. */
  faded: boolean;
  /** Key events mode: a key day's lead row drawn over a count badge that also counts it. */
  pinned: boolean;
}

/** An event title drawn beside its mark: left-aligned in the box x0..x1, vertically centred on y. */
export interface TitlePrimitive {
  row: number;
  lane: number;
  /** Index of the titled mark in Scene.marks. */
  mark: number;
  x0: number;
  x1: number;
  y: number;
  text: string;
  /** A key day's title (Key events mode): drawn on a plate, over faded context. */
  key: boolean;
  /** Key events mode, not a key day: drawn faded. */
  faded: boolean;
}

/**
 * A count badge: a pill centred on (x, y), 2r high and 2 halfWidth wide. As a hit target it is the capsule
 * from x0 to x1 (the straight part) with radius r.
 */
export interface ClusterPrimitive extends HitTarget {
  kind: 'cluster';
  lane: number;
  /** Events the badge stands for (the sum of every bucket and mark merged into it). */
  count: number;
  /** Time range covered, epoch ms. */
  t0: number;
  t1: number;
  color: string;
  x: number;
  halfWidth: number;
  /** Key events mode: badges are context, drawn faded. */
  faded: boolean;
}

export interface Scene {
  width: number;
  height: number;
  /** The real visible range. */
  domain: TimeDomain;
  /** Time to x for this view, through the gap warp when gaps are compressed. */
  scale: TimeScale;
  /** Compressed gaps in view, as plot x ranges: drawn as breaks. */
  breaks: { x0: number; x1: number }[];
  lanes: LaneBand[];
  /** Marks lane by lane (in `lanes` order), each lane's run sorted by x0. */
  marks: MarkPrimitive[];
  /** Start of each lane's run in `marks`; length lanes.length + 1. */
  markLaneStart: number[];
  clusters: ClusterPrimitive[];
  clusterLaneStart: number[];
  /** Titles that fit, lane by lane. */
  titles: TitlePrimitive[];
  /** Start of each lane's run in `titles`; length lanes.length + 1. */
  titleLaneStart: number[];
  /** Key events mode was on for this scene. */
  keyMode: boolean;
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
  /** Key events mode: the ranked key days of the filtered rows; null or absent when off. */
  keyEvents?: KeyEventRows | null;
  /** Draw event titles where they fit (default true; the naive renderer never does). */
  titles?: boolean;
  /** Compressed empty stretches (model/time-warp.ts); none when absent. */
  warp?: TimeWarp;
  /**
   * Level-of-detail groups kept from earlier frames (model/lod-group-cache.ts): the live chart passes the
   * same cache every frame, so pans and wheel steps inside its padded window reuse the buckets. Absent, the
   * buckets in view are computed for this scene alone (exports, tests); the scene is the same either way.
   */
  lodCache?: LodGroupCache;
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
  const scale = timeScale(input.warp ?? IDENTITY_WARP, domain, width);
  const resolution = scale.msPerPx;
  // Rows lie only outside gaps: each stretch between breaks is searched on its own, so a zoomed-in view
  // next to a gap of years never walks the gap's empty buckets.
  const segments = domainSegments(scale.warp, domain);
  const bucketMs = bucketWidthMs(resolution, BADGE_BUCKET_PX);
  const { rows } = pointRows(laneHeight);
  const bucketPx = bucketMs / resolution;
  const dayPx = MS_PER_DAY / resolution;
  const maxMarks =
    dayPx > bucketPx
      ? Math.min(MAX_MARKS_PER_WIDE_DAY, rows * Math.max(1, Math.floor(dayPx / SPREAD_COLUMN_PX)))
      : Math.min(
          MAX_MARKS_PER_BUCKET,
          rows * Math.max(1, Math.floor(bucketPx / (2 * BASE_RADIUS_PX + GAP_PX))),
        );
  const scene: Scene = {
    width,
    height,
    domain,
    scale,
    breaks: gapsIn(scale.warp, domain).map((g) => ({ x0: scale.x(g.t0), x1: scale.x(g.t1) })),
    lanes: [],
    marks: [],
    markLaneStart: [0],
    clusters: [],
    clusterLaneStart: [0],
    titles: [],
    titleLaneStart: [0],
    keyMode: !!input.keyEvents,
    maxSpanPx: 0,
    maxRadiusPx: BASE_RADIUS_PX,
    contentHeight,
    laneHeight,
  };
  const x = scale.x;
  const pyramidLevel =
    input.levelOfDetail === false
      ? null
      : densityLevel(densityPyramidFor(table, filter.index, filter.laneStart), bucketMs);
  // Zoomed far out over a short data set (all events in a few days), buckets are wider than the pyramid's
  // coarsest level, which densityLevel returns anyway; its counts would be read with the wrong width and
  // come back empty. Then the whole data set fits in a bucket or two, and searching the rows costs nothing.
  const level = pyramidLevel && 2 ** pyramidLevel.log2 === bucketMs ? pyramidLevel : null;
  // One bucket beyond each edge, so marks poking into view are drawn and badges merge the same way
  // whichever bucket the view starts in.
  const ranges = segments.map((seg, i): [number, number] => [
    i === 0 ? seg[0] - bucketMs : seg[0],
    i === segments.length - 1 ? seg[1] + bucketMs : seg[1],
  ]);
  const lodCache = input.levelOfDetail === false ? undefined : input.lodCache;
  lodCache?.begin(
    {
      startMs: table.startMs,
      index: filter.index,
      laneStart: filter.laneStart,
      bucketMs,
      level,
      maxStack: maxMarks,
    },
    ranges[0]?.[0] ?? t0 - bucketMs,
    ranges[ranges.length - 1]?.[1] ?? t1 + bucketMs,
  );
  laneOrder.forEach((lane, position) => {
    const info = table.lanes[lane];
    const y = position * laneHeight - scrollY;
    // Lanes scrolled out of view cost nothing: only their band is listed (for labels), no marks.
    const culled = input.levelOfDetail !== false && (y + laneHeight < 0 || y > height);
    if (!info || culled) {
      if (info) scene.lanes.push(band(lane, info.key, info.label, info.color, y, laneHeight, filter));
      scene.markLaneStart.push(scene.marks.length);
      scene.clusterLaneStart.push(scene.clusters.length);
      scene.titleLaneStart.push(scene.titles.length);
      return;
    }
    scene.lanes.push(band(lane, info.key, info.label, info.color, y, laneHeight, filter));
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
      scene.titleLaneStart.push(scene.titles.length);
      return;
    }
    const groups = ranges.flatMap(([from, to]) =>
      lodCache
        ? lodCache.groups(lane, from, to)
        : visibleLodGroups(table.startMs, filter.index, lo, hi, lane, from, to, bucketMs, level, maxMarks),
    );
    const laneMarks: MarkPrimitive[] = [];
    const seeds: BadgeSeed[] = [];
    const add = (row: number) => {
      const m = mark(table, row, x(table.startMs[row] ?? 0), x(table.endMs[row] ?? 0), cy, width, info.color);
      if (m.x1 + m.r >= 0 && m.x0 - m.r <= width) laneMarks.push(m);
    };
    const firstBucketMs = Math.floor((t0 - bucketMs) / bucketMs) * bucketMs;
    const carried = carriedInRows(
      table.startMs,
      table.endMs,
      filter.index,
      lo,
      hi,
      firstBucketMs,
      t0,
      lookBack,
      maxMarks,
    );
    if (carried) for (const row of carried) add(row);
    for (const g of groups) {
      if (g.count > maxMarks) {
        const b0 = g.bucketMs;
        // Centred on the part of the bucket in view, and whole on screen: at the plot's edges a bucket's
        // middle can lie outside while its events are inside. Packing merges it if that crowds a neighbour.
        const bx0 = x(b0);
        const bx1 = x(b0 + bucketMs);
        const inView = bx1 > 0 && bx0 < width;
        const hw = badgeSize(g.count).halfWidth;
        const mid = inView ? (Math.max(bx0, 0) + Math.min(bx1, width)) / 2 : (bx0 + bx1) / 2;
        const cx = inView ? Math.min(Math.max(mid, hw), Math.max(hw, width - hw)) : mid;
        seeds.push({ x: cx, count: g.count, t0: b0, t1: b0 + bucketMs });
      } else {
        for (let i = g.i0; i < g.i1; i++) add(filter.index[i] ?? 0);
      }
    }
    seeds.sort((a, b) => a.x - b.x);
    const key = input.keyEvents ?? null;
    const pins = key
      ? rowsInRange(table, key.pinnedByLane.get(lane) ?? [], t0 - bucketMs, t1 + bucketMs)
      : [];
    layoutLane(scene, table, lane, info.color, laneMarks, seeds, cy, laneHeight, width, {
      key,
      pins,
      titles: input.titles !== false,
    });
    for (let i = laneMarksStart; i < scene.marks.length; i++) {
      const m = scene.marks[i];
      if (!m) continue;
      scene.maxSpanPx = Math.max(scene.maxSpanPx, m.x1 - m.x0);
      scene.maxRadiusPx = Math.max(scene.maxRadiusPx, m.r);
    }
    scene.markLaneStart.push(scene.marks.length);
    scene.clusterLaneStart.push(scene.clusters.length);
    scene.titleLaneStart.push(scene.titles.length);
  });
  return scene;
}

function band(
  lane: number,
  key: string,
  label: string,
  color: string,
  y: number,
  height: number,
  filter: FilterResult,
): LaneBand {
  const count = (filter.laneStart[lane + 1] ?? 0) - (filter.laneStart[lane] ?? 0);
  return { lane, key, label, color, y, height, count };
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
  const pointR = markRadius(quantity);
  // A coarse date shorter than a point mark is drawn as one: a 3 px bar says less than a glyph.
  const isSpan = (flags & FLAG_SPAN) !== 0 && xEnd - xStart > 2 * pointR;
  const r = isSpan ? SPAN_GLYPH_RADIUS_PX + (pointR - BASE_RADIUS_PX) / 2 : pointR;
  const x0 = isSpan ? xStart : (xStart + xEnd) / 2;
  const x1 = isSpan ? xEnd : x0;
  // A span's anchor (label, title) is at its left end (or the plot's left edge when the start is scrolled off).
  const glyphX = isSpan ? Math.min(Math.max(x0, 0) + r + 1, (Math.max(x0, 0) + Math.min(x1, width)) / 2) : x0;
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
    faded: false,
    pinned: false,
  };
}

/**
 * Point radius for a quantity: one step per order of magnitude (8 missiles vs 11,000 troops), on a log scale
 * so the size reads as magnitude, capped at BASE_RADIUS_PX + MAX_QUANTITY_EXTRA_PX.
 */
export function markRadius(quantity: number): number {
  if (!Number.isFinite(quantity) || quantity <= 1) return BASE_RADIUS_PX;
  // Half-pixel steps: a few glyph sizes, each rasterised once into the live chart's sprite atlas.
  const extra = Math.round(2 * Math.min(MAX_QUANTITY_EXTRA_PX, 1.4 * Math.log10(quantity))) / 2;
  return BASE_RADIUS_PX + extra;
}

/** Point sub-rows of a lane: MAX_STACK in the shortest lane, up to 5 in tall ones, and their spacing, CSS px. */
function pointRows(laneHeight: number): { rows: number; pitch: number } {
  // 16 px keeps a plain mark in the outer rows clear of the lane's edges.
  const rows = Math.max(MAX_STACK, Math.min(5, Math.floor((laneHeight - 16) / POINT_ROW_PX) + 1));
  return { rows, pitch: Math.min(POINT_ROW_PX, (laneHeight - 16) / (rows - 1)) };
}

/**
 * Badge shape for `count` events: half height grows with log10(count) in half-pixel steps (few tile sizes,
 * so the live chart copies tiles from its sprite atlas); wide enough for its number.
 */
export function badgeSize(count: number): Readonly<{ r: number; halfWidth: number }> {
  let size = badgeSizes.get(count);
  if (!size) {
    const grown = BADGE_MIN_RADIUS_PX + 1.1 * Math.log10(Math.max(1, count));
    const r = Math.min(BADGE_MAX_RADIUS_PX, Math.round(grown * 2) / 2);
    size = { r, halfWidth: Math.max(r, (labelTextWidth(formatCount(count)) + BADGE_PADDING_PX) / 2) };
    if (badgeSizes.size >= MAX_KEPT_BADGE_SIZES) badgeSizes.clear();
    badgeSizes.set(count, size);
  }
  return size;
}

/**
 * Sizes by count: packing a lane asks again every time a badge grows, hundreds of times a frame, and each
 * answer wrote the count out as text to measure it. Counts repeat, so a few thousand cover a data set.
 */
const badgeSizes = new Map<number, Readonly<{ r: number; halfWidth: number }>>();
const MAX_KEPT_BADGE_SIZES = 4096;

/**
 * Places one lane's marks and badges (see lane-packing.ts) and picks the quantity labels that fit, then
 * appends them to the scene in x0 order. `marks` are at the lane's centre line `cy` on arrival.
 */
function layoutLane(
  scene: Scene,
  table: EventTable,
  lane: number,
  color: string,
  marks: MarkPrimitive[],
  seeds: BadgeSeed[],
  cy: number,
  laneHeight: number,
  width: number,
  extra: { key: KeyEventRows | null; pins: readonly number[]; titles: boolean },
): void {
  const points = spreadSameDay(
    marks.filter((m) => !m.span).sort((a, b) => a.x - b.x),
    table,
    scene.scale,
  );
  const spans = marks.filter((m) => m.span).sort((a, b) => a.x0 - b.x0);
  const { rows, pitch } = pointRows(laneHeight);
  const x = scene.scale.x;
  const packing = packPoints(
    points.map((m) => ({ x: m.x, r: m.r, t0: table.startMs[m.row] ?? 0, t1: table.endMs[m.row] ?? 0 })),
    seeds,
    rows,
    pitch,
    badgeSize,
  );
  const placed: MarkPrimitive[] = [];
  points.forEach((m, i) => {
    const row = packing.rowOf[i] ?? -1;
    if (row < 0) return;
    m.y = cy + subRowOffset(row) * pitch;
    placed.push(m);
  });
  const spanRows = Math.max(1, Math.min(9, Math.floor((laneHeight - 12) / SPAN_ROW_PX)));
  const spanRowOf = packSpans(
    spans.map((m) => ({ x0: Math.max(m.x0, -10), x1: Math.min(m.x1, width + 10) })),
    spanRows,
  );
  spans.forEach((m, i) => {
    m.y = cy + subRowOffset(spanRowOf[i] ?? 0) * SPAN_ROW_PX;
    placed.push(m);
  });
  const clusters: ClusterPrimitive[] = [];
  for (const b of packing.badges) {
    if (b.x + b.halfWidth < 0 || b.x - b.halfWidth > width) continue;
    clusters.push({
      kind: 'cluster',
      lane,
      count: b.count,
      t0: b.t0,
      t1: b.t1,
      color,
      x: b.x,
      halfWidth: b.halfWidth,
      faded: extra.key !== null,
      x0: b.x - (b.halfWidth - b.r),
      x1: b.x + (b.halfWidth - b.r),
      y: cy,
      r: b.r,
    });
  }
  hideCrowdedLabels(placed, clusters, width);
  const { key } = extra;
  if (key) {
    for (const m of placed) m.faded = !key.rankOf.has(m.row);
    const drawn = new Set(placed.map((m) => m.row));
    const pinned = extra.pins
      .filter((row) => !drawn.has(row))
      .map((row) => mark(table, row, x(table.startMs[row] ?? 0), x(table.endMs[row] ?? 0), cy, width, color));
    stackPinned(pinned, cy, pitch, rows);
    for (const m of pinned) placed.push(m);
  }
  placed.sort((a, b) => a.x0 - b.x0);
  const firstMark = scene.marks.length;
  for (const m of placed) scene.marks.push(m);
  for (const c of clusters) scene.clusters.push(c);
  if (extra.titles) {
    placeLaneTitles(scene, table, lane, placed, firstMark, clusters, key, cy - laneHeight / 2, laneHeight);
  }
}

/** Rows (sorted by start) starting in [from, to). */
function rowsInRange(table: EventTable, rows: readonly number[], from: number, to: number): number[] {
  const start = (i: number) => table.startMs[rows[i] ?? 0] ?? 0;
  const lo = lowerBound(0, rows.length, from, start);
  const hi = lowerBound(lo, rows.length, to, start);
  return rows.slice(lo, hi);
}

/**
 * Pinned lead rows sit over the faded badge that also counts them. Left to right, each takes the first
 * sub-row (centre, above, below, ...) where it clears the previous pin; with none free it stays centred.
 */
function stackPinned(pins: MarkPrimitive[], cy: number, pitch: number, rows: number): void {
  pins.sort((a, b) => a.x - b.x);
  const rightOf = new Float64Array(rows).fill(-Infinity);
  for (const m of pins) {
    m.pinned = true;
    m.label = '';
    let row = 0;
    for (let k = 0; k < rows; k++) {
      if ((rightOf[k] ?? 0) + GAP_PX <= m.x - m.r) {
        row = k;
        break;
      }
    }
    m.y = cy + subRowOffset(row) * pitch;
    rightOf[row] = m.x + m.r;
  }
}

/**
 * Titles for one lane's marks (label-placement.ts placeTitles): short titles first; in Key events mode the
 * key days' lead rows in rank order, then the other rows of key days, then the rest. Key titles only avoid
 * what is drawn in full (faded marks and badges are context under a plate); the rest avoid everything.
 */
function placeLaneTitles(
  scene: Scene,
  table: EventTable,
  lane: number,
  marks: readonly MarkPrimitive[],
  firstMark: number,
  clusters: readonly ClusterPrimitive[],
  key: KeyEventRows | null,
  laneY: number,
  laneHeight: number,
): void {
  const all: Box[] = [];
  const solid: Box[] = [];
  let maxAll = 0;
  let maxSolid = 0;
  const glyphs: Box[] = [];
  const labelEnds: number[] = [];
  marks.forEach((m) => {
    const glyph = { x0: m.x - m.r, x1: m.x + m.r, y0: m.y - m.r, y1: m.y + m.r };
    const labelEnd = m.label ? m.x + m.r + 3 + labelTextWidth(m.label) : glyph.x1;
    glyphs.push(glyph);
    labelEnds.push(labelEnd);
    if (!hasVisibleStart(m)) return;
    const box = { ...glyph, x1: labelEnd };
    all.push(box);
    maxAll = Math.max(maxAll, box.x1 - box.x0);
    if (!m.faded) {
      solid.push(box);
      maxSolid = Math.max(maxSolid, box.x1 - box.x0);
    }
  });
  for (const c of clusters) {
    const box = { x0: c.x - c.halfWidth, x1: c.x + c.halfWidth, y0: c.y - c.r, y1: c.y + c.r };
    all.push(box);
    maxAll = Math.max(maxAll, box.x1 - box.x0);
  }
  all.sort((a, b) => a.x0 - b.x0);
  solid.sort((a, b) => a.x0 - b.x0);
  const bounds = { x0: 0, x1: scene.width, y0: laneY + 1, y1: laneY + laneHeight - 1 };
  const candidates: TitleCandidate[] = [];
  const owners: number[] = [];
  marks.forEach((m, i) => {
    const glyph = glyphs[i];
    const labelEnd = labelEnds[i];
    if (!glyph || labelEnd === undefined || !hasVisibleStart(m) || m.x < 0 || m.x > scene.width) return;
    const rank = key?.rankOf.get(m.row);
    const isLead = key?.leads.has(m.row) ?? false;
    const tier = !key ? 0 : rank === undefined ? 2 : isLead ? 0 : 1;
    const left = glyph.x0 - TITLE_GAP_PX;
    const right = labelEnd + TITLE_GAP_PX;
    const obstacles = key && tier < 2 ? solid : all;
    const maxObstaclePx = key && tier < 2 ? maxSolid : maxAll;
    const shown = () => plainTitleWidthOf(table, m.row);
    if (!mayPlaceTitle(left, right, m.y, shown, bounds, obstacles, maxObstaclePx)) return;
    const text = titleOf(table, m.row);
    if (!text) return;
    const w = titleTextWidth(text);
    candidates.push({
      left,
      right,
      y: m.y,
      text,
      width: w,
      tier,
      priority: rank === undefined ? w : isLead ? rank : rank * 1000 + Math.min(999, w),
    });
    owners.push(i);
  });
  if (!candidates.length) return;
  const placed = placeTitles(candidates, all, maxAll, bounds, (tier) =>
    key && tier < 2 ? { boxes: solid, maxPx: maxSolid } : null,
  );
  for (const p of placed) {
    const i = owners[p.index] ?? -1;
    const m = marks[i];
    if (!m) continue;
    const isKey = !!key && !m.faded;
    scene.titles.push({
      row: m.row,
      lane,
      mark: firstMark + i,
      x0: p.x0,
      x1: p.x1,
      y: p.y,
      text: p.text,
      key: isKey,
      faded: m.faded,
    });
  }
}

/** Reused by plainTitleWidthOf: where a row's title lies in the table's text. */
const titleBytes: TextRange = { bytes: new Uint8Array(0), start: 0, end: 0 };

/**
 * The width placeTitles gives `row`'s title unless it cuts it to a room of its own, read from the title's
 * bytes without decoding; null when the title is not plain ASCII (see plainTitleWidth). Kept per row: a
 * pan or zoom asks again for most marks of the last frame, and the lookup is then one read.
 */
function plainTitleWidthOf(table: EventTable, row: number): number | null {
  let widths = shownWidths.get(table);
  if (!widths) {
    widths = new Float32Array(table.size).fill(NaN);
    shownWidths.set(table, widths);
  }
  const known = widths[row];
  if (known !== undefined && !Number.isNaN(known)) return known < 0 ? null : known;
  const width = table.titleRange(row, titleBytes)
    ? plainTitleWidth(titleBytes.bytes, titleBytes.start, titleBytes.end)
    : null;
  // Float32 keeps these widths (hundreds of px, estimates) to well under a hundredth of a pixel.
  if (row >= 0 && row < widths.length) widths[row] = width ?? NOT_PLAIN;
  return width;
}

/** Per table, each row's plainTitleWidthOf; NaN until asked, NOT_PLAIN for a title that is not plain. */
const shownWidths = new WeakMap<EventTable, Float32Array>();
const NOT_PLAIN = -1;

const titleCache = new WeakMap<EventTable, Map<number, string>>();

/** A row's title on one line, decoded once per table (bounded: a pan over 10^6 rows reuses few). */
function titleOf(table: EventTable, row: number): string {
  let cache = titleCache.get(table);
  if (!cache) {
    cache = new Map();
    titleCache.set(table, cache);
  }
  let text = cache.get(row);
  if (text === undefined) {
    text = table.title(row).replace(/\s+/g, ' ').trim();
    if (cache.size > 50_000) cache.clear();
    cache.set(row, text);
  }
  return text;
}

/**
 * Events of the same day share one x (the day's middle), so zooming in would never pull them apart. Once
 * the day is wide enough, they are laid out across it in as many columns as fit: still inside their day,
 * so the picture stays honest about the date. Returns the points re-sorted by x.
 */
function spreadSameDay(points: MarkPrimitive[], table: EventTable, scale: TimeScale): MarkPrimitive[] {
  let moved = false;
  for (let i = 0; i < points.length;) {
    let j = i + 1;
    const first = points[i];
    while (j < points.length && points[j]?.x === first?.x) j++;
    if (first && j - i > 1) {
      const x0 = scale.x(table.startMs[first.row] ?? 0);
      const dayPx = scale.x(table.endMs[first.row] ?? 0) - x0;
      const columns = Math.min(j - i, Math.floor(dayPx / SPREAD_COLUMN_PX));
      if (columns > 1) {
        for (let k = i; k < j; k++) {
          const m = points[k];
          if (!m) continue;
          m.x = x0 + (((k - i) % columns) + 0.5) * (dayPx / columns);
          m.x0 = m.x;
          m.x1 = m.x;
        }
        moved = true;
      }
    }
    i = j;
  }
  return moved ? points.sort((a, b) => a.x - b.x) : points;
}

/**
 * Clears the label of every mark whose label would touch a glyph, a badge or a label kept before it, run
 * past the plot's right edge, or belong to a span whose start (and so its glyph) is scrolled off the left.
 */
function hideCrowdedLabels(
  marks: readonly MarkPrimitive[],
  clusters: readonly ClusterPrimitive[],
  width: number,
): void {
  const obstacles: Box[] = [];
  let maxObstaclePx = 0;
  for (const m of marks) {
    if (!hasVisibleStart(m)) continue;
    obstacles.push({ x0: m.x - m.r, x1: m.x + m.r, y0: m.y - m.r, y1: m.y + m.r });
    maxObstaclePx = Math.max(maxObstaclePx, 2 * m.r);
  }
  for (const c of clusters) {
    obstacles.push({ x0: c.x - c.halfWidth, x1: c.x + c.halfWidth, y0: c.y - c.r, y1: c.y + c.r });
    maxObstaclePx = Math.max(maxObstaclePx, 2 * c.halfWidth);
  }
  obstacles.sort((a, b) => a.x0 - b.x0);
  for (const m of marks) if (m.span && !hasVisibleStart(m)) m.label = '';
  const labelled = marks.filter((m) => m.label).sort((a, b) => a.x - b.x);
  const candidates: LabelCandidate[] = labelled.map((m) => ({ x: m.x + m.r + 3, y: m.y, text: m.label }));
  const shown = placeLabels(candidates, obstacles, maxObstaclePx);
  labelled.forEach((m, i) => {
    if (!shown[i] || (candidates[i]?.x ?? 0) + labelTextWidth(m.label) > width) m.label = '';
  });
}

/**
 * False for a span that began left of the plot: its label would stand at the plot's edge, not at its start,
 * and a column of such labels there says nothing. Painters skip the label; the bar still shows.
 */
export function hasVisibleStart(m: MarkPrimitive): boolean {
  return !m.span || m.x0 >= 0;
}

/** "8", "950", "11k", "1.2M": short enough to sit beside a 10 px glyph. */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n * 10) / 10);
  if (abs < 10_000) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  if (abs < 1_000_000) return `${Math.round(n / 1000)}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}
