/**
 * Paints a Scene onto a 2D canvas: lane stripes, grid, spans, glyphs, quantity labels and cluster badges.
 * Shared by the live chart and the PNG export. Works in CSS px; the caller's `pixelRatio` is applied once
 * here. Canvas state is only set when it changes, and text widths are cached.
 */
import type { ThemeColors } from '../model/palette';
import type { Tick } from '../model/ticks';
import { timeToX } from '../model/time-domain';
import type { ClusterPrimitive, MarkPrimitive, Scene } from './scene';
import { formatCount } from './scene';
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
  for (const m of scene.marks) if (m.span) paintSpan(ctx, m, scene.width);
  for (const m of scene.marks) paintGlyph(ctx, m, theme);
  paintLabels(ctx, scene.marks, theme);
  paintClusters(ctx, scene.clusters, theme);
  ctx.restore();
}

function paintLanes(ctx: CanvasRenderingContext2D, scene: Scene, theme: ThemeColors): void {
  scene.lanes.forEach((lane, i) => {
    if (lane.y + lane.height < 0 || lane.y > scene.height) return;
    if (i % 2 === 1) {
      ctx.fillStyle = theme.laneStripe;
      ctx.fillRect(0, lane.y, scene.width, lane.height);
    }
    ctx.fillStyle = lane.color;
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

function paintSpan(ctx: CanvasRenderingContext2D, m: MarkPrimitive, width: number): void {
  // Clip to a little beyond the plot so a century-long span does not build a huge gradient.
  const x0 = Math.max(m.x0, -10);
  const x1 = Math.min(m.x1, width + 10);
  const h = Math.max(6, m.r * 1.6);
  const y = m.y - h / 2;
  if (m.soft) {
    const g = ctx.createLinearGradient(x0, 0, x1, 0);
    const fade = Math.min(0.3, 24 / Math.max(1, x1 - x0));
    g.addColorStop(0, withAlpha(m.color, 0));
    g.addColorStop(fade, withAlpha(m.color, m.hollow ? 0.12 : 0.3));
    g.addColorStop(1 - fade, withAlpha(m.color, m.hollow ? 0.12 : 0.3));
    g.addColorStop(1, withAlpha(m.color, 0));
    ctx.fillStyle = g;
  } else {
    ctx.fillStyle = withAlpha(m.color, m.hollow ? 0.12 : 0.3);
  }
  ctx.fillRect(x0, y, x1 - x0, h);
  if (!m.soft) {
    ctx.strokeStyle = m.color;
    ctx.lineWidth = 1;
    if (m.hollow) ctx.setLineDash([3, 2]);
    ctx.strokeRect(x0 + 0.5, y + 0.5, x1 - x0 - 1, h - 1);
    if (m.hollow) ctx.setLineDash([]);
  }
}

function paintGlyph(ctx: CanvasRenderingContext2D, m: MarkPrimitive, theme: ThemeColors): void {
  if (m.isNew) {
    ctx.beginPath();
    ctx.arc(m.x, m.y, m.r + 4, 0, 2 * Math.PI);
    ctx.strokeStyle = theme.highlight;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  ctx.beginPath();
  traceGlyph(ctx, m.glyph, m.x, m.y, m.r);
  if (m.hollow) {
    ctx.fillStyle = theme.background;
    ctx.fill();
    ctx.strokeStyle = m.color;
    ctx.lineWidth = 1.75;
    ctx.stroke();
    if (m.negated) {
      ctx.beginPath();
      ctx.moveTo(m.x - m.r - 2, m.y + m.r + 2);
      ctx.lineTo(m.x + m.r + 2, m.y - m.r - 2);
      ctx.stroke();
    }
  } else {
    ctx.fillStyle = m.color;
    ctx.fill();
    ctx.strokeStyle = theme.background;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

function paintLabels(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkPrimitive[],
  theme: ThemeColors,
): void {
  ctx.font = MARK_FONT;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.text;
  for (const m of marks) if (m.label) ctx.fillText(m.label, m.x + m.r + 3, m.y);
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
  for (const c of clusters) {
    const text = formatCount(c.count);
    const w = Math.max(2 * c.r, measureCached(ctx, CLUSTER_FONT, text) + 10);
    ctx.beginPath();
    roundRect(ctx, c.x0 - w / 2, c.y - c.r, w, 2 * c.r, c.r);
    ctx.fillStyle = theme.clusterFill;
    ctx.fill();
    ctx.strokeStyle = c.color;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.fillStyle = theme.clusterText;
    ctx.font = CLUSTER_FONT;
    ctx.fillText(text, c.x0, c.y + 0.5);
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

/** '#rrggbb' plus alpha as rgba(); other colour strings are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  return `rgba(${parseInt(m[1] ?? '0', 16)},${parseInt(m[2] ?? '0', 16)},${parseInt(m[3] ?? '0', 16)},${alpha})`;
}
