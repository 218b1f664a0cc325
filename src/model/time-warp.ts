/**
 * Gap compression: long empty stretches of the time axis are drawn short, so a story with events in 2017
 * and 2022 and nothing between uses the width for its events. A warp maps real time (epoch ms) to display
 * time, which the screen shows linearly. Outside its gaps the warp only shifts time, so every stretch
 * that holds events keeps one and the same scale (ms per px), and level of detail, day widths and tick
 * spacing work there as on a plain axis. The axis marks each gap as a break.
 *
 * Pure and small: the store keeps the real domain; only drawing and pointer maths go through the warp.
 */
import { MS_PER_DAY } from './day';
import type { TimeDomain } from './time-domain';
import { fitDomain } from './time-domain';

/** One compressed stretch, real epoch ms [t0, t1), drawn `displayMs` long. */
export interface TimeGap {
  t0: number;
  t1: number;
  displayMs: number;
}

/** Gaps sorted by time, not overlapping. No gaps: the identity. */
export interface TimeWarp {
  readonly gaps: readonly TimeGap[];
}

export const IDENTITY_WARP: TimeWarp = { gaps: [] };

/** When a stretch is empty enough to compress, and how short it becomes. */
export interface GapOptions {
  /** A gap must be at least this share of the data's whole range... */
  minShare: number;
  /** ...and at least this long. */
  minMs: number;
  /** Each side of a gap keeps this share of the range uncompressed, so marks at its edges stay clear of the break. */
  marginShare: number;
  /** A compressed gap is drawn this share of the data's range without gaps. */
  displayShare: number;
}

/**
 * An twelfth of the range and two months: a quiet month in a year of news stays as it is (its emptiness is
 * part of the story), an empty year in a decade is compressed. A break is drawn about 3% of the width:
 * clearly a break, and too short to read as a stretch of time.
 */
export const GAP_OPTIONS: GapOptions = {
  minShare: 1 / 12,
  minMs: 60 * MS_PER_DAY,
  marginShare: 0.005,
  displayShare: 0.03,
};

/** How many bins the coverage of a data set is measured in: gap edges are exact to 1/4096 of the range. */
const COVERAGE_BINS = 4096;

/**
 * The gaps of a set of rows given by their [start, end) columns: stretches that no row covers, found in
 * O(rows + bins) with a difference array over COVERAGE_BINS bins of [minMs, maxMs].
 */
export function findGaps(
  startMs: Float64Array,
  endMs: Float64Array,
  size: number,
  minMs: number,
  maxMs: number,
  options: GapOptions = GAP_OPTIONS,
): TimeWarp {
  const range = maxMs - minMs;
  if (!(size > 1) || !Number.isFinite(range) || range <= 0) return IDENTITY_WARP;
  const binMs = range / COVERAGE_BINS;
  const delta = new Int32Array(COVERAGE_BINS + 1);
  for (let i = 0; i < size; i++) {
    const s = startMs[i] ?? minMs;
    const e = Math.max(s, endMs[i] ?? s);
    const b0 = Math.max(0, Math.min(COVERAGE_BINS - 1, Math.floor((s - minMs) / binMs)));
    // The bin holding the end is covered too (an event ending mid-bin still touches it).
    const b1 = Math.max(b0, Math.min(COVERAGE_BINS - 1, Math.ceil((e - minMs) / binMs) - 1));
    delta[b0] = (delta[b0] ?? 0) + 1;
    delta[b1 + 1] = (delta[b1 + 1] ?? 0) - 1;
  }
  const margin = options.marginShare * range;
  const minGap = Math.max(options.minShare * range, options.minMs);
  const empty: [number, number][] = [];
  let covered = 0;
  let runStart = -1;
  for (let b = 0; b <= COVERAGE_BINS; b++) {
    covered += b < COVERAGE_BINS ? (delta[b] ?? 0) : 1;
    if (covered === 0 && runStart < 0) runStart = b;
    else if (covered !== 0 && runStart >= 0) {
      const t0 = minMs + runStart * binMs + margin;
      const t1 = minMs + b * binMs - margin;
      if (t1 - t0 >= minGap) empty.push([t0, t1]);
      runStart = -1;
    }
  }
  if (empty.length === 0) return IDENTITY_WARP;
  const kept = range - empty.reduce((sum, [a, b]) => sum + (b - a), 0);
  const displayMs = options.displayShare * kept;
  return { gaps: empty.map(([t0, t1]) => ({ t0, t1, displayMs: Math.min(displayMs, t1 - t0) })) };
}

/** Real time to display time. */
export function warpTime(warp: TimeWarp, t: number): number {
  let removed = 0;
  for (const g of warp.gaps) {
    if (t <= g.t0) break;
    if (t < g.t1) return t - removed - (t - g.t0) + ((t - g.t0) * g.displayMs) / (g.t1 - g.t0);
    removed += g.t1 - g.t0 - g.displayMs;
  }
  return t - removed;
}

/** Display time back to real time; the inverse of warpTime. */
export function unwarpTime(warp: TimeWarp, d: number): number {
  let removed = 0;
  for (const g of warp.gaps) {
    const d0 = g.t0 - removed;
    if (d <= d0) break;
    if (d < d0 + g.displayMs) return g.t0 + ((d - d0) * (g.t1 - g.t0)) / g.displayMs;
    removed += g.t1 - g.t0 - g.displayMs;
  }
  return d + removed;
}

export function warpDomain(warp: TimeWarp, domain: TimeDomain): TimeDomain {
  return [warpTime(warp, domain[0]), warpTime(warp, domain[1])];
}

export function unwarpDomain(warp: TimeWarp, display: TimeDomain): TimeDomain {
  return [unwarpTime(warp, display[0]), unwarpTime(warp, display[1])];
}

/** The real stretches of `domain` outside gaps, in order: where rows can be. */
export function domainSegments(warp: TimeWarp, domain: TimeDomain): TimeDomain[] {
  const out: TimeDomain[] = [];
  let from = domain[0];
  for (const g of warp.gaps) {
    if (g.t1 <= from) continue;
    if (g.t0 >= domain[1]) break;
    if (g.t0 > from) out.push([from, g.t0]);
    from = Math.max(from, g.t1);
  }
  if (from < domain[1]) out.push([from, domain[1]]);
  return out;
}

/** The gaps that show in `domain`. */
export function gapsIn(warp: TimeWarp, domain: TimeDomain): TimeGap[] {
  return warp.gaps.filter((g) => g.t1 > domain[0] && g.t0 < domain[1]);
}

/** Maps time to plot x and back for one view: the warp, the real domain and the plot width. */
export interface TimeScale {
  readonly warp: TimeWarp;
  /** The real visible range. */
  readonly domain: TimeDomain;
  /** The same range in display time. */
  readonly display: TimeDomain;
  readonly width: number;
  readonly x: (t: number) => number;
  readonly time: (x: number) => number;
  /** Real ms per px where rows are (outside gaps). */
  readonly msPerPx: number;
}

export function timeScale(warp: TimeWarp, domain: TimeDomain, width: number): TimeScale {
  const display = warpDomain(warp, domain);
  const span = display[1] - display[0] || 1;
  const w = Math.max(1, width);
  const d0 = display[0];
  // x runs for every mark of every frame: without gaps it is one subtraction and one multiplication.
  const k = w / span;
  const plain = warp.gaps.length === 0;
  return {
    warp,
    domain,
    display,
    width,
    msPerPx: span / w,
    x: plain ? (t) => (t - d0) * k : (t) => (warpTime(warp, t) - d0) * k,
    time: (x) => unwarpTime(warp, d0 + x / k),
  };
}

/** Applies a change made in display time (zoom, pan) to a real domain: steps are even across gaps. */
export function inDisplayTime(
  warp: TimeWarp,
  domain: TimeDomain,
  change: (display: TimeDomain) => TimeDomain,
): TimeDomain {
  if (warp.gaps.length === 0) return change(domain);
  return unwarpDomain(warp, change(warpDomain(warp, domain)));
}

/** The fit view of [minMs, maxMs]: its margins are a share of what is drawn, not of the real range. */
export function fitWarped(warp: TimeWarp, minMs: number, maxMs: number): TimeDomain {
  return inDisplayTime(warp, [minMs, maxMs], (d) => fitDomain(d[0], d[1]));
}
