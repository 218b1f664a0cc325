/**
 * Quantity labels ("8", "9.3k") beside their marks, only where they fit: a greedy pass left to right that
 * keeps a label when its box touches no mark, badge or label already kept in the lane. Works on numbers
 * only (estimated text widths, cached), so the canvas, the SVG export and tests agree on which labels show.
 */

/** An axis-aligned box, CSS px. */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A label that wants to start at `x`, vertically centred on `y`. */
export interface LabelCandidate {
  x: number;
  y: number;
  text: string;
}

/** Height of a 10 px label's box: cap height plus descenders, CSS px. */
export const LABEL_HEIGHT_PX = 12;
/** Space kept between a label and anything else, CSS px. */
const LABEL_GAP_PX = 2;

/**
 * Advance widths at 10 px for the characters formatCount writes, taken from the widest common UI sans
 * (DejaVu Sans Bold, where Linux falls back for system-ui); narrower fonts only leave more space.
 */
const CHAR_PX: Readonly<Record<string, number>> = { '.': 3.8, k: 6.7, M: 10, '-': 4.2, ',': 3.8 };
const DIGIT_PX = 7;
const OTHER_PX = 7.5;

const widthCache = new Map<string, number>();

/** Estimated width of `text` in the 10 px bold label and badge fonts, CSS px; cached per string. */
export function labelTextWidth(text: string): number {
  let w = widthCache.get(text);
  if (w === undefined) {
    w = 0;
    for (const c of text) w += c >= '0' && c <= '9' ? DIGIT_PX : (CHAR_PX[c] ?? OTHER_PX);
    // Counts repeat ("2", "12", "3.4k"): a few thousand strings cover any data set.
    if (widthCache.size > 4096) widthCache.clear();
    widthCache.set(text, w);
  }
  return w;
}

/**
 * Which candidates (sorted by x) get their label. `obstacles` (sorted by x0) are the lane's marks and badges;
 * none may be wider than `maxObstaclePx`, which bounds the backward scan so a lane costs O(n log n).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  maxObstaclePx: number,
  width: (text: string) => number = labelTextWidth,
): boolean[] {
  const shown = candidates.map(() => false);
  const kept: Box[] = [];
  let maxKeptPx = 0;
  candidates.forEach((c, i) => {
    const box: Box = {
      x0: c.x,
      x1: c.x + width(c.text),
      y0: c.y - LABEL_HEIGHT_PX / 2,
      y1: c.y + LABEL_HEIGHT_PX / 2,
    };
    if (hitsAny(box, obstacles, maxObstaclePx) || hitsAny(box, kept, maxKeptPx)) return;
    shown[i] = true;
    kept.push(box);
    maxKeptPx = Math.max(maxKeptPx, box.x1 - box.x0);
  });
  return shown;
}

function hitsAny(box: Box, sorted: readonly Box[], maxWidthPx: number): boolean {
  // Only boxes starting before the label's right end can touch it; walk back from there.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.x0 ?? 0) < box.x1 + LABEL_GAP_PX) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const o = sorted[i];
    if (!o) continue;
    if (o.x0 < box.x0 - maxWidthPx - LABEL_GAP_PX) break;
    if (o.x1 + LABEL_GAP_PX > box.x0 && o.y0 < box.y1 + LABEL_GAP_PX / 2 && o.y1 > box.y0 - LABEL_GAP_PX / 2)
      return true;
  }
  return false;
}
