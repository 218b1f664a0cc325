/**
 * The visible time range and the pure maths that changes it (zoom, pan, clamp, fit) and maps it to pixels.
 * A domain is a small immutable value, like a d3-zoom transform; scales are derived from it, never stored.
 */
import { MS_PER_DAY, MS_PER_HOUR } from './day';

/** Visible range [t0, t1) in epoch ms, t0 < t1. */
export type TimeDomain = readonly [t0: number, t1: number];

/** One hour per screen: finer than that, day-precision events are wider than any screen. */
export const MIN_VISIBLE_MS = MS_PER_HOUR;
/** One hundred years per screen: news timelines never need more, and the tick maths stays in range. */
export const MAX_VISIBLE_MS = 100 * 365.25 * MS_PER_DAY;

/**
 * Bounds the width to [MIN_VISIBLE_MS, MAX_VISIBLE_MS] (keeping the centre) and, when data bounds are
 * given, keeps the centre inside them so the user cannot pan into empty centuries.
 */
export function clampDomain(domain: TimeDomain, bounds?: TimeDomain): TimeDomain {
  let [t0, t1] = domain;
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) return [0, MS_PER_DAY];
  if (t1 < t0) [t0, t1] = [t1, t0];
  const width = Math.min(MAX_VISIBLE_MS, Math.max(MIN_VISIBLE_MS, t1 - t0));
  let centre = (t0 + t1) / 2;
  if (bounds) centre = Math.min(bounds[1], Math.max(bounds[0], centre));
  return [centre - width / 2, centre + width / 2];
}

/** Zooms by `factor` (> 1 zooms in) keeping time `t` at the same screen position. */
export function zoomAround(domain: TimeDomain, t: number, factor: number): TimeDomain {
  const [t0, t1] = domain;
  return [t - (t - t0) / factor, t + (t1 - t) / factor];
}

/**
 * The domain for a plot that changed from `fromPx` to `toPx` wide and whose left edge moved by `leftShiftPx`
 * on screen, at the same ms per px: every time still in view stays at its screen x, so a side panel opening
 * beside the plot does not slide the marks. Unchanged when either width is not positive (a hidden plot).
 */
export function resizeKeepingScale(
  domain: TimeDomain,
  fromPx: number,
  toPx: number,
  leftShiftPx = 0,
): TimeDomain {
  if (!(fromPx > 0) || !(toPx > 0) || (fromPx === toPx && leftShiftPx === 0)) return domain;
  const perPx = (domain[1] - domain[0]) / fromPx;
  const t0 = domain[0] + leftShiftPx * perPx;
  return [t0, t0 + toPx * perPx];
}

/** Shifts the domain by `dtMs` (positive moves the view later in time). */
export function panBy(domain: TimeDomain, dtMs: number): TimeDomain {
  return [domain[0] + dtMs, domain[1] + dtMs];
}

/**
 * The domain showing [minMs, maxMs] with a margin of `padFraction` on each side, so the first and last
 * marks are not cut in half by the edges.
 */
export function fitDomain(minMs: number, maxMs: number, padFraction = 0.04): TimeDomain {
  if (!Number.isFinite(minMs) || !Number.isFinite(maxMs) || maxMs < minMs)
    return clampDomain([0, MS_PER_DAY]);
  const width = Math.max(maxMs - minMs, MS_PER_DAY);
  const pad = width * padFraction;
  return clampDomain([minMs - pad, minMs + width + pad]);
}

export function timeToX(domain: TimeDomain, widthPx: number, t: number): number {
  return ((t - domain[0]) / (domain[1] - domain[0])) * widthPx;
}

export function xToTime(domain: TimeDomain, widthPx: number, x: number): number {
  return domain[0] + (x / widthPx) * (domain[1] - domain[0]);
}

export function msPerPx(domain: TimeDomain, widthPx: number): number {
  return (domain[1] - domain[0]) / Math.max(1, widthPx);
}
