/**
 * Text beside marks, only where it fits: quantity labels ("8", "9.3k") in a greedy pass left to right that
 * keeps a label when its box touches no mark, badge or label already kept in the lane; and event titles
 * (placeTitles), placed by priority (key events, then short titles), whole or cut with "…", right or left
 * of their mark. Works on numbers only (estimated text widths, cached), so the canvas, the SVG export and
 * tests agree on which labels and titles show.
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

/**
 * Event titles beside their marks ("North Korea fires 8 ballistic missiles"), in the 11 px regular title
 * font. Widths are estimated from DejaVu Sans, the widest common UI sans and where Linux falls back for
 * system-ui, so real text is never wider than its box; the painters also pass the box width as maxWidth.
 */
export const TITLE_FONT_PX = 11;
/** Height of a title's box: it fits between marks in neighbouring sub-rows (14 px apart). */
export const TITLE_HEIGHT_PX = 12;
/** A title never runs longer than this; longer ones are cut with "…". */
export const MAX_TITLE_PX = 280;
/** Where a full title does not fit, a cut one is shown only if this much room is free. */
export const MIN_TITLE_PX = 80;
/** Space between a mark (or its quantity label) and its title, CSS px. */
export const TITLE_GAP_PX = 3;

/** DejaVu Sans advance widths (em) of ASCII 32..126, read from the font's hmtx table. */
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
  0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838,
  0.531, 1, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748,
  0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39,
  0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
  0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337,
  0.636, 0.838,
];
const ELLIPSIS = '…';

function charEm(code: number): number {
  if (code >= 32 && code < 127) return ASCII_EM[code - 32] ?? 0.7;
  if (code === 0x2019 || code === 0x2018) return 0.318;
  if (code === 0x201c || code === 0x201d) return 0.518;
  if (code === 0x2013) return 0.5;
  // Dashes, ellipsis, CJK and other wide scripts take a full em; other letters about an uppercase one.
  if (code === 0x2014 || code === 0x2026 || code >= 0x2e80) return 1;
  return 0.75;
}

const titleWidthCache = new Map<string, number>();

/** Estimated width of `text` in the 11 px title font, CSS px; cached per string. */
export function titleTextWidth(text: string): number {
  let w = titleWidthCache.get(text);
  if (w === undefined) {
    w = 0;
    for (let i = 0; i < text.length; i++) w += charEm(text.charCodeAt(i));
    w *= TITLE_FONT_PX;
    if (titleWidthCache.size > 20_000) titleWidthCache.clear();
    titleWidthCache.set(text, w);
  }
  return w;
}

/**
 * `text` cut to at most `maxPx` wide with a trailing "…", at a word boundary when that keeps most of it;
 * '' when not even one character fits.
 */
export function cutTitle(text: string, maxPx: number): string {
  return cutToWidth(text, maxPx, titleTextWidth(text)).text;
}

/**
 * Running sums of the estimated em widths of `text`'s characters (entry i covers the first i), cached per
 * string: a frame tries cuts of hundreds of titles at varying widths, and walking their characters each time
 * was a visible share of it.
 */
const emSums = new Map<string, Float64Array>();

function emPrefix(text: string): Float64Array {
  let sums = emSums.get(text);
  if (!sums) {
    sums = new Float64Array(text.length + 1);
    let em = 0;
    for (let i = 0; i < text.length; i++) {
      em += charEm(text.charCodeAt(i));
      sums[i + 1] = em;
    }
    if (emSums.size > 5_000) emSums.clear();
    emSums.set(text, sums);
  }
  return sums;
}

/** Titles cut to MAX_TITLE_PX, the cut every long title gets in every frame. */
const longestCuts = new Map<string, { text: string; width: number }>();

/** cutTitle with the text's width known, returning the cut text's width too. */
function cutToWidth(text: string, maxPx: number, textPx: number): { text: string; width: number } {
  if (textPx <= maxPx) return { text, width: textPx };
  if (maxPx === MAX_TITLE_PX) {
    let cut = longestCuts.get(text);
    if (!cut) {
      cut = cutLong(text, maxPx);
      if (longestCuts.size > 5_000) longestCuts.clear();
      longestCuts.set(text, cut);
    }
    return cut;
  }
  return cutLong(text, maxPx);
}

function cutLong(text: string, maxPx: number): { text: string; width: number } {
  const sums = emPrefix(text);
  const keep = cutKeep(sums, text.length, maxPx, (i) => text.charCodeAt(i));
  if (keep < 0) return { text: '', width: 0 };
  return {
    text: `${text.slice(0, keep)}${ELLIPSIS}`,
    width: ((sums[keep] ?? 0) + charEm(ELLIPSIS_CODE)) * TITLE_FONT_PX,
  };
}

const ELLIPSIS_CODE = ELLIPSIS.charCodeAt(0);

/**
 * How many characters a title cut to `maxPx` keeps before its "…" (-1 when not even one fits), from the
 * running em sums of its `length` characters: at a word boundary when that keeps most of it, without
 * trailing spaces and punctuation.
 */
function cutKeep(
  sums: ArrayLike<number>,
  length: number,
  maxPx: number,
  codeAt: (i: number) => number,
): number {
  const room = maxPx - charEm(ELLIPSIS_CODE) * TITLE_FONT_PX;
  // The most characters whose width fits the room.
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((sums[mid] ?? 0) * TITLE_FONT_PX <= room) lo = mid;
    else hi = mid - 1;
  }
  const end = lo;
  if (end === 0) return -1;
  let space = end - 1;
  while (space >= 0 && codeAt(space) !== 0x20) space--;
  let keep = space >= end * 0.6 ? space : end;
  while (keep > 0 && isTrailing(codeAt(keep - 1))) keep--;
  return keep;
}

/** What a cut drops from its end: white space (as \s in a regular expression), , ; : . – and -. */
function isTrailing(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x2e ||
    code === 0x2013 ||
    code === 0x2d ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Running em sums over a title's bytes, reused from call to call (plainTitleWidth runs for hundreds a frame). */
let byteSums = new Float64Array(256);

/**
 * The width placeTitles gives a title stored as the UTF-8 `bytes[start..end)` when it is not cut to a room
 * of its own (whole, or cut to MAX_TITLE_PX), read from the bytes without decoding them; null unless the
 * title is plain: printable ASCII with single spaces between words and none at the ends, which is then
 * exactly the text drawn (titles are drawn with their white space tidied) and one character per byte.
 */
export function plainTitleWidth(bytes: Uint8Array, start: number, end: number): number | null {
  const length = end - start;
  if (length <= 0) return null;
  if (byteSums.length < length + 1) byteSums = new Float64Array(2 * (length + 1));
  const sums = byteSums;
  let em = 0;
  let previous = 0x20;
  for (let i = 0; i < length; i++) {
    const b = bytes[start + i] ?? 0;
    if (b < 0x20 || b > 0x7e || (b === 0x20 && previous === 0x20)) return null;
    em += ASCII_EM[b - 32] ?? 0;
    sums[i + 1] = em;
    previous = b;
  }
  if (previous === 0x20) return null;
  const width = em * TITLE_FONT_PX;
  if (width <= MAX_TITLE_PX) return width;
  const keep = cutKeep(sums, length, MAX_TITLE_PX, (i) => bytes[start + i] ?? 0);
  return keep < 0 ? 0 : ((sums[keep] ?? 0) + charEm(ELLIPSIS_CODE)) * TITLE_FONT_PX;
}

/**
 * A title that wants to stand beside its mark: starting at `right` (the mark's right edge plus a gap, or
 * after its quantity label) or else ending at `left`, vertically centred on `y`. Lower `tier` goes first
 * (key events before the rest), then lower `priority` (the shorter title, or the more salient day).
 */
export interface TitleCandidate {
  left: number;
  right: number;
  y: number;
  text: string;
  /** titleTextWidth(text), when the caller has it already. */
  width?: number;
  tier: number;
  priority: number;
}

/** A title that got room: its box and the text to draw there (maybe cut). */
export interface PlacedTitle {
  /** Index into the candidates. */
  index: number;
  x0: number;
  x1: number;
  y: number;
  text: string;
}

/**
 * Greedy title placement over one lane. Tier by tier, first every title that fits whole (right of its mark,
 * else left of it), then cut titles where at least MIN_TITLE_PX is free: so short titles and the most
 * important ones get room first and zooming in (which spreads the marks) reveals more. A kept title touches
 * no obstacle (`obstacles` sorted by x0, none wider than `maxObstaclePx`), no other title and stays inside
 * `bounds`. Obstacles of a tier given in `obstaclesFor` replace the default ones for that tier (key titles
 * may cross faded context). Cost O(n log n + n k) for n candidates and k titles kept near each one.
 */
export function placeTitles(
  candidates: readonly TitleCandidate[],
  obstacles: readonly Box[],
  maxObstaclePx: number,
  bounds: Box,
  obstaclesFor: (tier: number) => { boxes: readonly Box[]; maxPx: number } | null = () => null,
): PlacedTitle[] {
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => {
      const ca = candidates[a];
      const cb = candidates[b];
      if (!ca || !cb) return 0;
      return ca.tier - cb.tier || ca.priority - cb.priority || a - b;
    });
  const placed: PlacedTitle[] = [];
  // Kept title boxes, sorted by x0, for the same backward scan as obstacles.
  const kept: Box[] = [];
  let maxKeptPx = 0;
  const done = new Uint8Array(candidates.length);
  const free = (box: Box, obs: readonly Box[], maxObs: number): boolean =>
    box.x0 >= bounds.x0 &&
    box.x1 <= bounds.x1 &&
    box.y0 >= bounds.y0 &&
    box.y1 <= bounds.y1 &&
    !hitsAny(box, obs, maxObs) &&
    !hitsAny(box, kept, maxKeptPx);
  const keep = (i: number, box: Box, text: string, y: number) => {
    done[i] = 1;
    placed.push({ index: i, x0: box.x0, x1: box.x1, y, text });
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid]?.x0 ?? 0) < box.x0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, box);
    maxKeptPx = Math.max(maxKeptPx, box.x1 - box.x0);
  };
  let start = 0;
  while (start < order.length) {
    const tier = candidates[order[start] ?? 0]?.tier ?? 0;
    let end = start;
    while (end < order.length && candidates[order[end] ?? 0]?.tier === tier) end++;
    const own = obstaclesFor(tier);
    const obs = own?.boxes ?? obstacles;
    const maxObs = own?.maxPx ?? maxObstaclePx;
    for (const cut of [false, true]) {
      for (let k = start; k < end; k++) {
        const i = order[k] ?? 0;
        const c = candidates[i];
        if (!c || done[i] || !c.text) continue;
        const y0 = c.y - TITLE_HEIGHT_PX / 2;
        const y1 = c.y + TITLE_HEIGHT_PX / 2;
        const fullWidth = c.width ?? titleTextWidth(c.text);
        if (!cut) {
          const { text: full, width: w } = cutToWidth(c.text, MAX_TITLE_PX, fullWidth);
          const right = { x0: c.right, x1: c.right + w, y0, y1 };
          if (free(right, obs, maxObs)) keep(i, right, full, c.y);
          else {
            const left = { x0: c.left - w, x1: c.left, y0, y1 };
            if (free(left, obs, maxObs)) keep(i, left, full, c.y);
          }
          continue;
        }
        // Cut titles: the room up to the next thing on the right, else back to the previous on the left.
        const roomRight = Math.min(
          MAX_TITLE_PX,
          roomTo(c.right, 1, y0, y1, bounds, obs, maxObs, kept, maxKeptPx),
        );
        if (roomRight >= MIN_TITLE_PX) {
          const { text, width } = cutToWidth(c.text, roomRight, fullWidth);
          const box = { x0: c.right, x1: c.right + width, y0, y1 };
          if (text && free(box, obs, maxObs)) {
            keep(i, box, text, c.y);
            continue;
          }
        }
        const roomLeft = Math.min(
          MAX_TITLE_PX,
          roomTo(c.left, -1, y0, y1, bounds, obs, maxObs, kept, maxKeptPx),
        );
        if (roomLeft >= MIN_TITLE_PX) {
          const { text, width } = cutToWidth(c.text, roomLeft, fullWidth);
          const box = { x0: c.left - width, x1: c.left, y0, y1 };
          if (text && free(box, obs, maxObs)) keep(i, box, text, c.y);
        }
      }
    }
    start = end;
  }
  return placed;
}

/**
 * Whether placeTitles could keep a title that is `shownPx` wide when not cut to a room of its own (whole,
 * or cut to MAX_TITLE_PX), standing right of `right` or left of `left` and centred on y: only if the room
 * beside it, up to the first obstacle or the bounds (at least what placeTitles finds once titles are kept
 * too), is MIN_TITLE_PX (so a cut fits) or that wide. Most marks of a busy view sit among neighbours with no
 * room for any title; the caller reads a title only for a mark where this says it could show. `shownPx`
 * null means unknown: then only the room decides, and a title may show wherever MIN_TITLE_PX is free.
 */
export function mayPlaceTitle(
  left: number,
  right: number,
  y: number,
  shownPx: () => number | null,
  bounds: Box,
  obstacles: readonly Box[],
  maxObstaclePx: number,
): boolean {
  const y0 = y - TITLE_HEIGHT_PX / 2;
  const y1 = y + TITLE_HEIGHT_PX / 2;
  const room = Math.max(
    roomTo(right, 1, y0, y1, bounds, obstacles, maxObstaclePx, NO_BOXES, 0),
    roomTo(left, -1, y0, y1, bounds, obstacles, maxObstaclePx, NO_BOXES, 0),
  );
  // Half a pixel of slack: placeTitles compares the same edges in another order of operations.
  if (room + ROOM_SLACK_PX >= MIN_TITLE_PX) return true;
  const shown = shownPx();
  return shown === null || room + ROOM_SLACK_PX >= shown;
}

const ROOM_SLACK_PX = 0.5;
const NO_BOXES: readonly Box[] = [];

/**
 * Free width from `x` to the right (dir 1) or left (dir -1) in the band y0..y1 before the first obstacle or
 * kept title (minus the gap) or the bounds; 0 when something already covers `x`.
 */
function roomTo(
  x: number,
  dir: 1 | -1,
  y0: number,
  y1: number,
  bounds: Box,
  obstacles: readonly Box[],
  maxObstaclePx: number,
  kept: readonly Box[],
  maxKeptPx: number,
): number {
  if (y0 < bounds.y0 || y1 > bounds.y1) return 0;
  // No title is longer than MAX_TITLE_PX, so nothing further away matters: the scan stays local.
  const room = Math.min(MAX_TITLE_PX, dir > 0 ? bounds.x1 - x : x - bounds.x0);
  const left = roomAmong(obstacles, maxObstaclePx, x, dir, y0, y1, room);
  return left <= 0 ? 0 : roomAmong(kept, maxKeptPx, x, dir, y0, y1, left);
}

/** `room` cut down to the first of `sorted` (none wider than maxW) in the way; 0 when one covers x. */
function roomAmong(
  sorted: readonly Box[],
  maxW: number,
  x: number,
  dir: 1 | -1,
  y0: number,
  y1: number,
  room: number,
): number {
  // Only what can cover x or lie on the room's side of it: to the right, boxes from x - maxW on (none
  // starting earlier reaches x); to the left, boxes starting before x, from x - room - maxW on.
  const lo = firstAtOrAfter(sorted, x - (dir > 0 ? 0 : room) - maxW - LABEL_GAP_PX);
  for (let i = lo; i < sorted.length; i++) {
    const o = sorted[i];
    if (!o) continue;
    if (dir > 0 ? o.x0 > x + room + LABEL_GAP_PX : o.x0 >= x + LABEL_GAP_PX) break;
    if (!(o.y0 < y1 + LABEL_GAP_PX / 2 && o.y1 > y0 - LABEL_GAP_PX / 2)) continue;
    const gap = dir > 0 ? o.x0 - LABEL_GAP_PX - x : x - (o.x1 + LABEL_GAP_PX);
    // An obstacle across x (or behind it on the wrong side but reaching over) leaves no room.
    if (o.x0 - LABEL_GAP_PX < x && o.x1 + LABEL_GAP_PX > x) return 0;
    if (gap >= 0) room = Math.min(room, gap);
  }
  return Math.max(0, room);
}

function firstAtOrAfter(sorted: readonly Box[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.x0 ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
