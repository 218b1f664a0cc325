/**
 * Paints a Scene onto a 2D canvas, for the live chart and the PNG export: the scene's paint operations
 * (scene-ops.ts, styled by mark-style.ts) through the thin canvas painter (canvas-ops.ts), clipped to the
 * plot. Works in CSS px; the caller's `pixelRatio` is applied once here. Where things go was decided by the
 * scene and how they look by mark-style.ts; nothing here moves or restyles a mark.
 */
import type { ThemeColors } from '../model/palette';
import type { Tick } from '../model/ticks';
import type { SpriteSource } from './canvas-ops';
import { paintOps } from './canvas-ops';
import type { Scene } from './scene';
import { sceneOps } from './scene-ops';

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
  /** The live chart's cache of rasterised glyphs (sprite-atlas.ts); exports draw every glyph. */
  sprites?: SpriteSource & { begin(pixelRatio: number, originX: number, originY: number): void };
}

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
  options.sprites?.begin(pixelRatio, ox, oy);
  paintOps(ctx, sceneOps(scene, theme, options.ticks), options.sprites);
  ctx.restore();
}
