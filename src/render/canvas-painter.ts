/**
 * Paints a Scene onto a 2D canvas: lane stripes, grid, spans, glyphs, quantity labels and cluster badges.
 * Shared by the live chart and the PNG export. Works in CSS px; the caller's `pixelRatio` is applied once
 * here. Canvas state is only set when it changes, and text widths are cached. Layering, bottom to top:
 * faded span bars, their small start glyphs, point marks (with a halo in the background colour so they read
 * on top of bars), labels, badges, titles. In Key events mode faded marks and badges are drawn at
 * FADED_ALPHA and key titles on a plate. Where things go was decided by the scene; nothing here moves a mark.
 */
import type { ThemeColors } from '../model/palette';
import type { Tick } from '../model/ticks';
import { timeToX } from '../model/time-domain';
import type { ClusterPrimitive, MarkPrimitive, Scene, TitlePrimitive } from './scene';
import { TITLE_HEIGHT_PX } from './label-placement';
import { formatCount, hasVisibleStart, SPAN_BAR_PX } from './scene';
import { traceGlyph } from './shapes';

export interface PaintOptions {
  theme: ThemeColors;
  /** Device pixels per CSS px. */
  pixelRatio: number;
  ticks: readonly Tick[];
  /** Offset of the plot inside the canvas, CSS px (0 for the live chart; margins in exports). */
  originX?: number;
  originY?: number;
  /** When false, the caller has already filled the background (exports). */
  clear?: boolean;
}

export const MARK_FONT = '600 10px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const CLUSTER_FONT = '700 10px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Titles: 11 px regular, the size label-placement.ts estimates widths for. */
export const TITLE_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Opacity of marks and badges that are context in Key events mode, and of titles that are not key. */
export const FADED_ALPHA = 0.22;
export const FADED_TITLE_ALPHA = 0.55;
/** Opacity of the plate behind a key title, in the background colour: faded context shows through faintly. */
export const TITLE_PLATE_ALPHA = 0.85;

export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, options: PaintOptions): void {
  const { theme, pixelRatio } = options;
  const ox = options.originX ?? 0;
  const oy = options.originY ?? 0;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, ox * pixelRatio, oy * pixelRatio);
  if (options.clear !== false) {
    ctx.clearRect(-ox, -oy, ctx.canvas.width / pixelRatio, ctx.canvas.height / pixelRatio);
  }
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, scene.width, scene.height);
  ctx.clip();
  paintLanes(ctx, scene, theme);
  paintGrid(ctx, scene, theme, options.ticks);
  // Faded context first (Key events mode), then what is drawn in full; without the mode nothing is faded.
  for (const faded of scene.keyMode ? [true, false] : [false]) {
    ctx.globalAlpha = faded ? FADED_ALPHA : 1;
    for (const m of scene.marks) if (m.span && m.faded === faded) paintSpan(ctx, m, scene.width, theme);
    for (const m of scene.marks)
      if (m.span && m.faded === faded && hasVisibleStart(m)) paintGlyph(ctx, m, theme);
    for (const m of scene.marks) if (!m.span && !m.pinned && m.faded === faded) paintGlyph(ctx, m, theme);
    paintLabels(ctx, scene.marks, theme, faded);
    if (faded || !scene.keyMode) paintClusters(ctx, scene.clusters, theme);
  }
  ctx.globalAlpha = 1;
  paintTitles(ctx, scene.titles, theme);
  // Pinned key marks go over the faded badge that counts them, and over the plates of titles.
  for (const m of scene.marks) if (m.pinned) paintGlyph(ctx, m, theme);
  ctx.restore();
}

function paintLanes(ctx: CanvasRenderingContext2D, scene: Scene, theme: ThemeColors): void {
  scene.lanes.forEach((lane, i) => {
    if (lane.y + lane.height < 0 || lane.y > scene.height) return;
    if (i % 2 === 1) {
      ctx.fillStyle = theme.laneStripe;
      ctx.fillRect(0, lane.y, scene.width, lane.height);
    }
    ctx.fillStyle = inkOn(lane.color, theme);
    ctx.globalAlpha = 0.7;
    ctx.fillRect(0, lane.y + 2, 3, lane.height - 4);
    ctx.globalAlpha = 1;
  });
  ctx.strokeStyle = theme.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const lane of scene.lanes) {
    const y = Math.round(lane.y + lane.height) - 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(scene.width, y);
  }
  ctx.stroke();
}

function paintGrid(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  theme: ThemeColors,
  ticks: readonly Tick[],
): void {
  for (const major of [false, true]) {
    ctx.strokeStyle = major ? theme.gridMajor : theme.grid;
    ctx.beginPath();
    for (const tick of ticks) {
      if (tick.major !== major) continue;
      const x = Math.round(timeToX(scene.domain, scene.width, tick.t)) + 0.5;
      ctx.moveTo(x, 0);
      ctx.lineTo(x, scene.height);
    }
    ctx.stroke();
  }
}

/**
 * Span fill opacity: faded so the bars read as context behind the point marks. Dark pages need more: a
 * faded colour over near-black loses far more contrast than over white.
 */
const SPAN_ALPHA = { light: 0.35, dark: 0.5 } as const;

function paintSpan(ctx: CanvasRenderingContext2D, m: MarkPrimitive, width: number, theme: ThemeColors): void {
  // Clip to a little beyond the plot so a century-long span does not build a huge gradient.
  const x0 = Math.max(m.x0, -10);
  const x1 = Math.min(m.x1, width + 10);
  const color = inkOn(m.color, theme);
  if (m.hollow) {
    // Planned or possible: a dashed line, not a filled bar, so it never reads as having happened.
    ctx.strokeStyle = withAlpha(color, 0.75);
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x0, m.y);
    ctx.lineTo(x1, m.y);
    ctx.stroke();
    ctx.setLineDash([]);
    return;
  }
  if (m.soft) {
    const g = ctx.createLinearGradient(x0, 0, x1, 0);
    const fade = Math.min(0.3, 24 / Math.max(1, x1 - x0));
    g.addColorStop(0, withAlpha(color, 0));
    g.addColorStop(fade, withAlpha(color, SPAN_ALPHA[theme.name]));
    g.addColorStop(1 - fade, withAlpha(color, SPAN_ALPHA[theme.name]));
    g.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = g;
  } else {
    ctx.fillStyle = withAlpha(color, SPAN_ALPHA[theme.name]);
  }
  ctx.fillRect(x0, m.y - SPAN_BAR_PX / 2, x1 - x0, SPAN_BAR_PX);
}

function paintGlyph(ctx: CanvasRenderingContext2D, m: MarkPrimitive, theme: ThemeColors): void {
  if (m.isNew) {
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r + 4, 0, 2 * Math.PI);
    ctx.strokeStyle = theme.highlight;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  const color = inkOn(m.color, theme);
  ctx.beginPath();
  traceGlyph(ctx, m.glyph, m.x, m.y, m.r);
  if (m.hollow) {
    ctx.fillStyle = theme.background;
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.75;
    ctx.stroke();
    if (m.negated) {
      ctx.beginPath();
      ctx.moveTo(m.x - m.r - 2, m.y + m.r + 2);
      ctx.lineTo(m.x + m.r + 2, m.y - m.r - 2);
      ctx.stroke();
    }
  } else {
    // The halo goes under the fill: it separates touching marks and lifts points off the span bars.
    ctx.strokeStyle = theme.background;
    ctx.lineWidth = 2.5;
    ctx.stroke();
    ctx.fillStyle = color;
    ctx.fill();
  }
}

function paintLabels(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkPrimitive[],
  theme: ThemeColors,
  faded: boolean,
): void {
  ctx.font = MARK_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.text;
  ctx.strokeStyle = theme.background;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  // A halo in the background colour keeps the number legible where it crosses a span bar or grid line.
  for (const m of marks) {
    if (!m.label || m.faded !== faded) continue;
    ctx.strokeText(m.label, m.x + m.r + 3, m.y + 0.5);
    ctx.fillText(m.label, m.x + m.r + 3, m.y + 0.5);
  }
}

/**
 * Titles in the boxes the scene chose. The box width is passed as maxWidth, so a font wider than the
 * estimate squeezes the text instead of letting it run into a neighbour. Each stands on a plate in the
 * background colour: a span bar it crosses (spans are no obstacles, or a lane of long spans could show no
 * title) is interrupted rather than read as a strike-through, and key titles read over faded context.
 */
function paintTitles(
  ctx: CanvasRenderingContext2D,
  titles: readonly TitlePrimitive[],
  theme: ThemeColors,
): void {
  if (!titles.length) return;
  ctx.fillStyle = theme.background;
  ctx.globalAlpha = TITLE_PLATE_ALPHA;
  ctx.beginPath();
  for (const t of titles) {
    ctx.rect(t.x0 - 2, t.y - TITLE_HEIGHT_PX / 2, t.x1 - t.x0 + 4, TITLE_HEIGHT_PX);
  }
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const t of titles) {
    ctx.globalAlpha = t.faded ? FADED_TITLE_ALPHA : 1;
    ctx.fillStyle = t.key ? theme.text : theme.mutedText;
    ctx.fillText(t.text, t.x0, t.y + 0.5, t.x1 - t.x0 + 0.5);
  }
  ctx.globalAlpha = 1;
}

const textWidthCache = new Map<string, number>();

/** Cached measureText: badge labels repeat ("12", "3.4k") and measuring is the slow part of text. */
export function measureCached(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}|${text}`;
  let w = textWidthCache.get(key);
  if (w === undefined) {
    ctx.font = font;
    w = ctx.measureText(text).width;
    if (textWidthCache.size > 5000) textWidthCache.clear();
    textWidthCache.set(key, w);
  }
  return w;
}

function paintClusters(
  ctx: CanvasRenderingContext2D,
  clusters: readonly ClusterPrimitive[],
  theme: ThemeColors,
): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = CLUSTER_FONT;
  for (const c of clusters) {
    // The scene sized the pill (badges never overlap at that size); text is centred in it.
    const w = 2 * c.halfWidth;
    const color = inkOn(c.color, theme);
    ctx.beginPath();
    roundRect(ctx, c.x - c.halfWidth, c.y - c.r, w, 2 * c.r, c.r);
    // A tint of the lane colour, opaque so nothing shows through: a row of badges reads as a calm band
    // of numbers, not a row of dark blots competing with the marks.
    ctx.fillStyle = mixHex(color, theme.background, BADGE_TINT);
    ctx.fill();
    ctx.strokeStyle = color;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.fillStyle = theme.text;
    ctx.fillText(formatCount(c.count), c.x, c.y + 0.5);
  }
}

function roundRect(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arc(x + w - r, y + r, r, -Math.PI / 2, Math.PI / 2);
  ctx.lineTo(x + r, y + h);
  ctx.arc(x + r, y + r, r, Math.PI / 2, (3 * Math.PI) / 2);
  ctx.closePath();
}

/** Share of the lane colour in a badge's fill; the rest is the background. */
const BADGE_TINT = 0.2;

/**
 * Contrast a lane colour needs against the background. On dark pages, WCAG's 3:1 for graphics. On light
 * ones only 1.5:1, which rescues near-white colours but leaves yellow yellow: darkening it to olive would
 * break the match with the actor's swatch, and a filled glyph in yellow is still easy to see.
 */
const MIN_MARK_CONTRAST = { dark: 3, light: 1.5 } as const;

const inkCache = new Map<string, string>();

/**
 * The lane colour, lightened (dark theme) or darkened (light theme) just enough to reach MIN_MARK_CONTRAST
 * against the background: actors.json may hold navy for NATO, which vanishes on a dark page. Cached per
 * colour and theme.
 */
export function inkOn(color: string, theme: ThemeColors): string {
  const key = `${theme.background}|${color}`;
  let ink = inkCache.get(key);
  if (ink === undefined) {
    ink = color;
    const bg = luminance(theme.background);
    const toward = bg < 0.5 ? '#ffffff' : '#000000';
    const min = MIN_MARK_CONTRAST[theme.name];
    for (let t = 0.1; t <= 1 && contrast(luminance(ink), bg) < min; t += 0.1) {
      ink = mixHex(color, toward, 1 - t);
    }
    if (inkCache.size > 512) inkCache.clear();
    inkCache.set(key, ink);
  }
  return ink;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function rgb(color: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return null;
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** WCAG relative luminance of '#rrggbb' (0.5 for colours written another way). */
function luminance(color: string): number {
  const c = rgb(color);
  if (!c) return 0.5;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `share` of colour a and the rest of b, both '#rrggbb', as '#rrggbb' (a unchanged if either is not). */
export function mixHex(a: string, b: string, share: number): string {
  const ca = rgb(a);
  const cb = rgb(b);
  if (!ca || !cb) return a;
  const hex = (i: number) =>
    Math.round((ca[i] ?? 0) * share + (cb[i] ?? 0) * (1 - share))
      .toString(16)
      .padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** '#rrggbb' plus alpha as rgba(); other colour strings are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  return `rgba(${parseInt(m[1] ?? '0', 16)},${parseInt(m[2] ?? '0', 16)},${parseInt(m[3] ?? '0', 16)},${alpha})`;
}
