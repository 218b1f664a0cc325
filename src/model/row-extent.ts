/**
 * The time extent of a set of rows: earliest start and latest end, so "Fit" can show exactly what the
 * filters let through instead of the whole data set.
 */
import type { TimeDomain } from './time-domain';

export interface RowTimes {
  readonly startMs: ArrayLike<number>;
  readonly endMs: ArrayLike<number>;
}

/** [min start, max end] over `rows`, or null when there are none. O(rows). */
export function rowExtent(table: RowTimes, rows: ArrayLike<number>): TimeDomain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? 0;
    const s = table.startMs[row] ?? NaN;
    const e = table.endMs[row] ?? NaN;
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * True when the view differs from `fit` enough to be worth a refit: the fit is under 80% of the view's
 * width, or either edge is more than 5% of the view's width away.
 */
export function worthRefit(view: TimeDomain, fit: TimeDomain): boolean {
  const width = view[1] - view[0];
  if (width <= 0) return true;
  if (fit[1] - fit[0] < width * 0.8) return true;
  return Math.abs(fit[0] - view[0]) > width * 0.05 || Math.abs(fit[1] - view[1]) > width * 0.05;
}
