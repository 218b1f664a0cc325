/**
 * Caches of rasterised small pictures for the live chart. A frame at a million rows can draw several
 * thousand point marks, hundreds of count badges and dozens of titles, and each costs traced outlines,
 * fills, strokes or shaped text; yet they come in few looks (lane colour, glyph, size, hollow or filled,
 * halo; a badge's tile and its number) or stay the same from frame to frame (a title), so each is drawn
 * once into an atlas canvas and then copied, anchored on a whole device pixel (the copy is then pixel for
 * pixel, and a mark moves by at most half a device pixel). A 'marks' atlas keeps glyphs, small rounded
 * tiles and short unsqueezed texts (badge counts); a 'titles' atlas keeps event titles. Bars, plates and
 * quantities (with a halo, any number) are drawn as before: they vary too much to share, and a cache that
 * keeps filling up would draw everything twice. Exports do not use it.
 */
import type { GlyphOp, PaintContext, SpriteSource } from './canvas-ops';
import { paintOps } from './canvas-ops';
import { labelTextWidth } from './label-placement';
import type { PaintOp, Stroke } from './paint-ops';
import { canvasFont } from './paint-ops';
import { ShelfPacker } from './shelf-packer';

/** The atlas canvas: what the chart's context copies from, and the context that draws into it. */
export interface AtlasSurface {
  canvas: CanvasImageSource & { width: number; height: number };
  ctx: PaintContext &
    Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect'> &
    Partial<Pick<CanvasRenderingContext2D, 'measureText'>>;
}

type RectOp = Extract<PaintOp, { op: 'rect' }>;
type TextOp = Extract<PaintOp, { op: 'text' }>;
type SpriteOp = GlyphOp | RectOp | TextOp;

/** The target context calls a copy needs. */
export type BlitContext = Pick<CanvasRenderingContext2D, 'drawImage' | 'imageSmoothingEnabled'>;

interface Sprite {
  /** Slot in the atlas, device px. */
  sx: number;
  sy: number;
  w: number;
  h: number;
  /** Where the operation's (x, y) falls inside the slot, whole device px from its top-left corner. */
  ax: number;
  ay: number;
}

/** Atlas side in device px at a pixel ratio of 1; a glyph slot is about 20 px, so this holds ~2,500. */
const BASE_SIDE = 1024;
const MAX_SIDE = 2048;
/** Larger glyphs (big quantities) are drawn directly. */
const MAX_GLYPH_RADIUS_PX = 20;
/** Rounded tiles up to this size are cached (a badge is at most about 60 by 22 px). */
const MAX_TILE_W_PX = 80;
const MAX_TILE_H_PX = 32;
/** Texts up to this many characters are cached (badge counts: "12.3k"); titles never are. */
const MAX_TEXT_CHARS = 8;

export class SpriteAtlas implements SpriteSource {
  private surface: AtlasSurface | null = null;
  private packer = new ShelfPacker(0, 0);
  private readonly sprites = new Map<string, Sprite>();
  /** The current frame's operations' keys and sprites, by index (prepare fills them; draw reads them). */
  private readonly frameKeys: (string | null)[] = [];
  private readonly frameSprites: (Sprite | undefined)[] = [];
  /** The key of what this atlas keeps (spriteKey or titleKey); null for everything else. */
  private readonly keyOf: (op: PaintOp) => string | null;
  private ratio = 0;
  private originX = 0;
  private originY = 0;
  /** Glyphs rasterised, copies made, and how often the atlas filled up and started over. */
  drawn = 0;
  copied = 0;
  resets = 0;

  /**
   * `kind` says what this atlas keeps: 'marks' (glyphs, badge tiles and counts) or 'titles' (event titles,
   * which come and go as the view moves, so they get an atlas of their own and never push marks out).
   */
  constructor(
    private readonly target: BlitContext,
    private readonly createSurface: (width: number, height: number) => AtlasSurface,
    kind: 'marks' | 'titles' = 'marks',
  ) {
    this.keyOf = kind === 'titles' ? titleKey : spriteKey;
  }

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
    const keys = this.frameKeys;
    keys.length = ops.length;
    this.frameSprites.length = 0;
    if (!this.surface) return;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      const key = op ? this.keyOf(op) : null;
      keys[i] = key;
      // Only glyphs, rects and texts have keys, so a keyed operation is a SpriteOp.
      if (key !== null && op && !this.sprites.has(key)) this.add(key, op as SpriteOp);
    }
    // Looked up once the atlas is settled for the frame: starting over while adding drops earlier sprites.
    const sprites = this.frameSprites;
    sprites.length = ops.length;
    for (let i = 0; i < ops.length; i++) {
      const key = keys[i];
      sprites[i] = key == null ? undefined : this.sprites.get(key);
    }
  }

  draw(op: PaintOp, index: number): boolean {
    if (op.op !== 'glyph' && op.op !== 'rect' && op.op !== 'text') return false;
    const sprite = this.frameSprites[index];
    const surface = this.surface;
    if (!sprite || !surface) return false;
    const r = this.ratio;
    // The anchor on a whole device pixel: the copy needs no resampling.
    const dx = Math.round((this.originX + op.x) * r) - sprite.ax;
    const dy = Math.round((this.originY + op.y) * r) - sprite.ay;
    this.target.drawImage(
      surface.canvas,
      sprite.sx,
      sprite.sy,
      sprite.w,
      sprite.h,
      dx / r - this.originX,
      dy / r - this.originY,
      sprite.w / r,
      sprite.h / r,
    );
    this.copied++;
    return true;
  }

  private add(key: string, op: SpriteOp): void {
    const surface = this.surface;
    if (!surface) return;
    const box = spriteBox(op, surface.ctx);
    const r = this.ratio;
    const w = 2 * Math.ceil(box.w * r * 0.5);
    const h = 2 * Math.ceil(box.h * r * 0.5);
    let slot = this.packer.place(w, h);
    if (!slot) {
      // Full: start over. What earlier frames copied is already on the chart.
      this.resets++;
      this.sprites.clear();
      this.packer = new ShelfPacker(this.packer.width, this.packer.height);
      surface.ctx.setTransform(1, 0, 0, 1, 0, 0);
      surface.ctx.clearRect(0, 0, surface.canvas.width, surface.canvas.height);
      slot = this.packer.place(w, h);
      if (!slot) return;
    }
    const ax = Math.round(box.ax * r);
    const ay = Math.round(box.ay * r);
    const ctx = surface.ctx;
    ctx.setTransform(r, 0, 0, r, slot.x + ax, slot.y + ay);
    paintOps(ctx, [{ ...op, x: 0, y: 0, opacity: 1 }]);
    this.sprites.set(key, { sx: slot.x, sy: slot.y, w, h, ax, ay });
    this.drawn++;
  }
}

/** The box a sprite of `op` needs around its (x, y), CSS px: size and where (x, y) lies in it. */
function spriteBox(op: SpriteOp, ctx: AtlasSurface['ctx']): { w: number; h: number; ax: number; ay: number } {
  switch (op.op) {
    case 'glyph': {
      // The widest glyphs (stars, bursts) reach 1.25 r from the centre; a stroke adds half its width.
      const reach = 1.3 * op.r + (op.stroke ? op.stroke.width / 2 : 0) + 1;
      return { w: 2 * reach, h: 2 * reach, ax: reach, ay: reach };
    }
    case 'rect': {
      const pad = (op.stroke ? op.stroke.width / 2 : 0) + 1;
      return { w: op.w + 2 * pad, h: op.h + 2 * pad, ax: pad, ay: pad };
    }
    case 'text':
      return textBox(op, ctx);
  }
}

function textBox(op: TextOp, ctx: AtlasSurface['ctx']): { w: number; h: number; ax: number; ay: number } {
  let width = op.maxWidth ?? labelTextWidth(op.text) * (op.font.size / 10);
  if (ctx.measureText) {
    ctx.font = canvasFont(op.font);
    // Stand-in contexts (tests) may measure nothing; the estimate stays then.
    const metrics: TextMetrics | undefined = ctx.measureText(op.text);
    const measured = metrics?.width;
    if (measured !== undefined && Number.isFinite(measured))
      width = Math.min(measured, op.maxWidth ?? measured);
  }
  // Room for the halo and antialiasing on every side; descenders and accents fit in 0.7 em below and above.
  const pad = (op.halo ? op.halo.width : 0) + 2;
  const w = width + 2 * pad;
  const h = 1.4 * op.font.size + 2 * pad;
  const ax = op.anchor === 'start' ? pad : op.anchor === 'end' ? w - pad : w / 2;
  const ay = op.baseline === 'middle' ? h / 2 : pad + 1.1 * op.font.size;
  return { w, h, ax, ay };
}

/** Everything that changes an operation's pixels except where it is and its opacity; null when drawn directly. */
export function spriteKey(op: PaintOp): string | null {
  switch (op.op) {
    case 'glyph':
      return glyphKey(op);
    case 'rect':
      return rectKey(op);
    case 'text':
      // Quantities (with a halo) take any value and would fill the atlas; badge counts are compact ("1.2k").
      if (op.maxWidth !== undefined || op.halo || op.text.length > MAX_TEXT_CHARS) return null;
      return `t|${op.text}|${op.font.size} ${op.font.weight}|${op.fill}|${op.anchor}|${op.baseline}`;
    default:
      return null;
  }
}

/** The key of an event title (a text squeezed to its box), for the titles' atlas; null for anything else. */
export function titleKey(op: PaintOp): string | null {
  if (op.op !== 'text' || op.maxWidth === undefined || op.halo) return null;
  return `T|${op.text}|${op.font.size} ${op.font.weight}|${op.fill}|${op.anchor}|${op.baseline}|${op.maxWidth}`;
}

/** Several atlases as one sprite source: each operation is copied from the first that keeps it. */
export class SpriteSources implements SpriteSource {
  constructor(private readonly atlases: readonly SpriteAtlas[]) {}

  begin(pixelRatio: number, originX = 0, originY = 0): void {
    for (const a of this.atlases) a.begin(pixelRatio, originX, originY);
  }

  prepare(ops: readonly PaintOp[]): void {
    for (const a of this.atlases) a.prepare(ops);
  }

  draw(op: PaintOp, index: number): boolean {
    for (const a of this.atlases) if (a.draw(op, index)) return true;
    return false;
  }
}

function rectKey(op: RectOp): string | null {
  if (!op.rx || op.w > MAX_TILE_W_PX || op.h > MAX_TILE_H_PX) return null;
  if (op.fill !== null && typeof op.fill !== 'string') return null;
  return `r|${op.w}|${op.h}|${op.rx}|${op.fill ?? '-'}|${strokeKey(op.stroke)}`;
}

/** Styles are shared objects (mark-style.ts caches them), so their keys are worked out once each. */
const strokeKeys = new WeakMap<Stroke, string>();

function strokeKey(s: Stroke | null): string {
  if (!s) return '-';
  let key = strokeKeys.get(s);
  if (key === undefined) {
    key = `${s.color} ${s.width} ${s.dash ? s.dash.join(',') : ''} ${s.round ? 'r' : ''}`;
    strokeKeys.set(s, key);
  }
  return key;
}

/** Everything that changes a glyph's pixels except where it is and its opacity; null for big glyphs. */
export function glyphKey(op: GlyphOp): string | null {
  if (op.r > MAX_GLYPH_RADIUS_PX) return null;
  return `${op.glyph}|${op.r}|${op.fill ?? '-'}|${strokeKey(op.stroke)}|${op.strokeUnder ? 1 : 0}`;
}
