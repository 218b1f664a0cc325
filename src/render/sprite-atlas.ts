/**
 * A cache of rasterised glyphs for the live chart. A frame at a million rows can draw several thousand
 * point marks, and each costs a traced outline, a fill and a stroke; yet they come in few looks (lane colour,
 * glyph, size, hollow or filled, halo), so each look is drawn once into an atlas canvas and then copied,
 * with its centre on a whole device pixel (the copy is then pixel for pixel, and a mark moves by at most
 * half a device pixel). Badges, bars, labels and titles are drawn as before: they vary too much to share,
 * and a cache that keeps filling up would draw everything twice. Exports do not use it.
 */
import type { GlyphOp, PaintContext, SpriteSource } from './canvas-ops';
import { paintGlyph } from './canvas-ops';
import type { PaintOp, Stroke } from './paint-ops';
import { ShelfPacker } from './shelf-packer';

/** The atlas canvas: what the chart's context copies from, and the context that draws into it. */
export interface AtlasSurface {
  canvas: CanvasImageSource & { width: number; height: number };
  ctx: PaintContext & Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect'>;
}

/** The target context calls a copy needs. */
export type BlitContext = Pick<CanvasRenderingContext2D, 'drawImage' | 'imageSmoothingEnabled'>;

interface Sprite {
  /** Slot in the atlas, device px. */
  sx: number;
  sy: number;
  /** Slot side, device px; the glyph's centre is at its middle. */
  side: number;
}

/** Atlas side in device px at a pixel ratio of 1; a glyph slot is about 20 px, so this holds ~2,500. */
const BASE_SIDE = 1024;
const MAX_SIDE = 2048;
/** Larger glyphs (big quantities) are drawn directly. */
const MAX_GLYPH_RADIUS_PX = 20;

export class SpriteAtlas implements SpriteSource {
  private surface: AtlasSurface | null = null;
  private packer = new ShelfPacker(0, 0);
  private readonly sprites = new Map<string, Sprite>();
  private ratio = 0;
  private originX = 0;
  private originY = 0;
  /** Glyphs rasterised, copies made, and how often the atlas filled up and started over. */
  drawn = 0;
  copied = 0;
  resets = 0;

  constructor(
    private readonly target: BlitContext,
    private readonly createSurface: (width: number, height: number) => AtlasSurface,
  ) {}

  /** Called before each frame: the frame's device pixel ratio and the plot's origin in CSS px. */
  begin(pixelRatio: number, originX = 0, originY = 0): void {
    this.originX = originX;
    this.originY = originY;
    // Copies land on whole device pixels; set once per frame (a canvas resize resets it).
    this.target.imageSmoothingEnabled = false;
    if (pixelRatio === this.ratio && this.surface) return;
    this.ratio = pixelRatio;
    const side = Math.min(MAX_SIDE, Math.ceil(BASE_SIDE * Math.max(1, pixelRatio)));
    this.surface = this.createSurface(side, side);
    this.packer = new ShelfPacker(side, side);
    this.sprites.clear();
  }

  prepare(ops: readonly PaintOp[]): void {
    if (!this.surface) return;
    for (const op of ops) {
      if (op.op !== 'glyph') continue;
      const key = glyphKey(op);
      if (key !== null && !this.sprites.has(key)) this.add(key, op);
    }
  }

  draw(op: GlyphOp): boolean {
    const key = glyphKey(op);
    const sprite = key === null ? undefined : this.sprites.get(key);
    const surface = this.surface;
    if (!sprite || !surface) return false;
    const r = this.ratio;
    const half = sprite.side / 2;
    // The centre on a whole device pixel (slots have an even side): the copy needs no resampling.
    const dx = Math.round((this.originX + op.x) * r) - half;
    const dy = Math.round((this.originY + op.y) * r) - half;
    this.target.drawImage(
      surface.canvas,
      sprite.sx,
      sprite.sy,
      sprite.side,
      sprite.side,
      dx / r - this.originX,
      dy / r - this.originY,
      sprite.side / r,
      sprite.side / r,
    );
    this.copied++;
    return true;
  }

  private add(key: string, op: GlyphOp): void {
    const surface = this.surface;
    if (!surface) return;
    const r = this.ratio;
    // The widest glyphs (stars, bursts) reach 1.25 r from the centre; a stroke adds half its width.
    const reach = 1.3 * op.r + (op.stroke ? op.stroke.width / 2 : 0) + 1;
    const side = 2 * Math.ceil(reach * r);
    let slot = this.packer.place(side, side);
    if (!slot) {
      // Full: start over. What earlier frames copied is already on the chart.
      this.resets++;
      this.sprites.clear();
      this.packer = new ShelfPacker(this.packer.width, this.packer.height);
      surface.ctx.setTransform(1, 0, 0, 1, 0, 0);
      surface.ctx.clearRect(0, 0, surface.canvas.width, surface.canvas.height);
      slot = this.packer.place(side, side);
      if (!slot) return;
    }
    const ctx = surface.ctx;
    ctx.setTransform(r, 0, 0, r, slot.x + side / 2, slot.y + side / 2);
    ctx.globalAlpha = 1;
    paintGlyph(
      ctx,
      { ...op, x: 0, y: 0 },
      (fill) => {
        ctx.fillStyle = typeof fill === 'string' ? fill : '';
      },
      (stroke: Stroke) => {
        ctx.strokeStyle = stroke.color;
        ctx.lineWidth = stroke.width;
        ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
        ctx.lineJoin = stroke.round ? 'round' : 'miter';
      },
    );
    this.sprites.set(key, { sx: slot.x, sy: slot.y, side });
    this.drawn++;
  }
}

function strokeKey(s: Stroke | null): string {
  return s ? `${s.color} ${s.width} ${s.dash ? s.dash.join(',') : ''} ${s.round ? 'r' : ''}` : '-';
}

/** Everything that changes a glyph's pixels except where it is and its opacity; null for big glyphs. */
export function glyphKey(op: GlyphOp): string | null {
  if (op.r > MAX_GLYPH_RADIUS_PX) return null;
  return `${op.glyph}|${op.r}|${op.fill ?? '-'}|${strokeKey(op.stroke)}|${op.strokeUnder ? 1 : 0}`;
}
