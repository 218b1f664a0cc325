/**
 * Places one lane's marks so nothing collides: point marks go into a few sub-rows around the lane's centre
 * line, and where they still do not fit they join a count badge; badges that would touch each other merge.
 * Span bars get their own thin sub-rows, used only where spans overlap. Pure numbers in CSS px: the input is
 * what level of detail kept for the view (a few items per bucket), so the cost is per bucket on screen, never
 * per event in the data.
 */

/** A point mark to place: its centre and radius, CSS px. */
export interface PackPoint {
  x: number;
  r: number;
  /** Event time range, epoch ms, carried into a badge that absorbs the point. */
  t0: number;
  t1: number;
}

/** A crowded bucket from level of detail: `count` events whose centre is drawn at `x`. */
export interface BadgeSeed {
  x: number;
  count: number;
  t0: number;
  t1: number;
}

/** A badge after packing: the sum of the seeds and points it absorbed. */
export interface PackedBadge {
  /** Centre, CSS px: the count-weighted mean of what it stands for. */
  x: number;
  count: number;
  t0: number;
  t1: number;
  /** Half height and half width of the pill, CSS px. */
  r: number;
  halfWidth: number;
}

export interface PointPacking {
  /** Sub-row of each point (0 = the centre line, see `subRowOffset`), or -1 when it joined a badge. */
  rowOf: Int16Array;
  /** Badges left to right, never closer than GAP_PX to each other or to any placed point. */
  badges: PackedBadge[];
}

/** Empty space kept between neighbouring marks and badges, CSS px. */
export const GAP_PX = 2;
/** How far marks in neighbouring sub-rows may overlap vertically, CSS px (a big and a plain mark fit 14 px apart). */
const TOUCH_PX = 2;

/** Badge shape for a count: half height and half width, CSS px. */
export type BadgeSize = (count: number) => { r: number; halfWidth: number };

interface OpenBadge {
  sumX: number;
  count: number;
  t0: number;
  t1: number;
  x: number;
  r: number;
  halfWidth: number;
}

/**
 * Packs `points` and `seeds` (each sorted by x) left to right. A point takes the first sub-row where it
 * clears the last mark of that row, and of the rows `rowPitchPx` apart that are close enough for two big
 * marks to touch; when no row is free, it and the marks it overlaps become a badge. A badge swallows the
 * placed points it would cover and merges with a badge it would touch, so counts stay exact: every point
 * and every seed's count ends up either drawn or in exactly one badge.
 */
export function packPoints(
  points: readonly PackPoint[],
  seeds: readonly BadgeSeed[],
  rows: number,
  rowPitchPx: number,
  size: BadgeSize,
): PointPacking {
  const rowOf = new Int16Array(points.length).fill(-1);
  // Placed points per row, left to right (indices into `points`).
  const rowItems: number[][] = Array.from({ length: Math.max(1, rows) }, () => []);
  const badges: OpenBadge[] = [];
  const right = (p: number) => (points[p]?.x ?? 0) + (points[p]?.r ?? 0);

  const absorbPoint = (b: OpenBadge, p: number) => {
    const pt = points[p];
    if (!pt) return;
    rowOf[p] = -1;
    b.sumX += pt.x;
    b.count += 1;
    b.t0 = Math.min(b.t0, pt.t0);
    b.t1 = Math.max(b.t1, pt.t1);
  };
  const reshape = (b: OpenBadge) => {
    b.x = b.sumX / b.count;
    const s = size(b.count);
    b.r = s.r;
    b.halfWidth = s.halfWidth;
  };
  // Grows `b` until it touches nothing placed before it, then puts it on the badge stack.
  const settle = (b: OpenBadge) => {
    reshape(b);
    for (let changed = true; changed;) {
      changed = false;
      const left = b.x - b.halfWidth - GAP_PX;
      for (const items of rowItems) {
        while (items.length && right(items[items.length - 1] ?? 0) > left) {
          absorbPoint(b, items.pop() ?? 0);
          changed = true;
        }
      }
      const prev = badges[badges.length - 1];
      if (prev && prev.x + prev.halfWidth > left) {
        badges.pop();
        b.sumX += prev.sumX;
        b.count += prev.count;
        b.t0 = Math.min(b.t0, prev.t0);
        b.t1 = Math.max(b.t1, prev.t1);
        changed = true;
      }
      if (changed) reshape(b);
    }
    badges.push(b);
  };

  let s = 0;
  for (let p = 0; p <= points.length; p++) {
    const pt = points[p];
    // Seeds left of this point go first, so both lists are walked in x order.
    while (s < seeds.length && (!pt || (seeds[s]?.x ?? 0) <= pt.x)) {
      const seed = seeds[s++];
      if (!seed) continue;
      settle({
        sumX: seed.x * seed.count,
        count: seed.count,
        t0: seed.t0,
        t1: seed.t1,
        x: 0,
        r: 0,
        halfWidth: 0,
      });
    }
    if (!pt) break;
    const left = pt.x - pt.r - GAP_PX;
    const last = badges[badges.length - 1];
    if (last && last.x + last.halfWidth > left) {
      badges.pop();
      absorbPoint(last, p);
      settle(last);
      continue;
    }
    const row = rowItems.findIndex((_, k) =>
      rowItems.every((items, j) => {
        const q = items[items.length - 1];
        if (q === undefined) return true;
        const dy = Math.abs(subRowOffset(j) - subRowOffset(k)) * rowPitchPx;
        // Marks in neighbouring rows may touch by TOUCH_PX: the halo drawn round each keeps them apart.
        return dy >= pt.r + (points[q]?.r ?? 0) - TOUCH_PX || right(q) <= left;
      }),
    );
    if (row >= 0) {
      rowItems[row]?.push(p);
      rowOf[p] = row;
      continue;
    }
    const b: OpenBadge = { sumX: 0, count: 0, t0: pt.t0, t1: pt.t1, x: 0, r: 0, halfWidth: 0 };
    absorbPoint(b, p);
    settle(b);
  }
  return {
    rowOf,
    badges: badges.map(({ x, count, t0, t1, r, halfWidth }) => ({ x, count, t0, t1, r, halfWidth })),
  };
}

/** Vertical offset of sub-row `row` from the lane's centre line, in rows: 0, -1, +1, -2, +2, ... */
export function subRowOffset(row: number): number {
  const k = Math.ceil(row / 2);
  return row % 2 === 1 ? -k : k;
}

/** A span bar to place: its clipped ends, CSS px. */
export interface PackSpan {
  x0: number;
  x1: number;
}

/**
 * Sub-rows for span bars (each sorted by x0): the first row whose last bar ends GAP_PX before this one
 * starts. With every row taken, the bar goes where the row ends soonest: overlapping faded bars beat
 * hiding one.
 */
export function packSpans(spans: readonly PackSpan[], rows: number): Int16Array {
  const rowOf = new Int16Array(spans.length);
  const ends = new Float64Array(Math.max(1, rows)).fill(-Infinity);
  spans.forEach((s, i) => {
    let best = 0;
    for (let r = 0; r < ends.length; r++) {
      if ((ends[r] ?? 0) + GAP_PX <= s.x0) {
        best = r;
        break;
      }
      if ((ends[r] ?? 0) < (ends[best] ?? 0)) best = r;
    }
    rowOf[i] = best;
    ends[best] = Math.max(ends[best] ?? 0, s.x1);
  });
  return rowOf;
}
