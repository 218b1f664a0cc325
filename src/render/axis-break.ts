/**
 * The break sign of a compressed gap on a time axis: two short parallel slashes across the axis line,
 * the convention of broken axes in print. One geometry for the live axis (SVG) and exports (paint ops).
 */

/** Slash segments, relative to the break's centre x and the axis line's y. */
export function breakSlashes(cx: number, y: number): { x1: number; y1: number; x2: number; y2: number }[] {
  return [-3, 3].map((dx) => ({ x1: cx + dx - 3, y1: y + 6, x2: cx + dx + 3, y2: y - 6 }));
}

/** The axis line is interrupted this far either side of a break's centre, so the slashes stand free. */
export const BREAK_HALF_WIDTH_PX = 7;
