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
  /** The atlas page that holds it. */
  page: number;
  /** Slot on the page, device px. */
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
/**
 * Pages an atlas may hold. At a million rows the views a reader reaches in the first few gestures bring
 * about 1,700 looks (most of them count numbers and tiles): one page was nearly full after the first
 * picture, and starting it over made the next frame rasterise its 300 looks at once (25-46 ms). With three
 * pages only the page used longest ago is cleared, and the looks of the frame are on the others. Pages are
 * made only when needed: a small data set keeps one (4 MB at a pixel ratio of 1, 16 MB at 2).
 */
const MAX_PAGES = 3;
/** Larger glyphs (big quantities) are drawn directly. */
const MAX_GLYPH_RADIUS_PX = 20;
/** Rounded tiles up to this size are cached (a badge is at most about 60 by 22 px). */
const MAX_TILE_W_PX = 80;
const MAX_TILE_H_PX = 32;
/** Texts up to this many characters are cached (badge counts: "12.3k"); titles never are. */
const MAX_TEXT_CHARS = 8;

/** One atlas canvas, the slots packed on it and the keys of the sprites it holds. */
interface Page {
  surface: AtlasSurface;
  packer: ShelfPacker;
  keys: string[];
  /** The last frame (SpriteAtlas.frame) that copied from this page. */
  lastUsed: number;
}

export class SpriteAtlas implements SpriteSource {
  private pages: Page[] = [];
  /** The page new sprites go to. */
  private open = 0;
  private readonly sprites = new Map<string, Sprite>();
  /** The current frame's operations' keys and sprites, by index (prepare fills them; draw reads them). */
  private readonly frameKeys: (string | null)[] = [];
  private readonly frameSprites: (Sprite | undefined)[] = [];
  /** A page that the current frame copies from was cleared while adding its new looks. */
  private clearedInFrame = false;
  /** The key of what this atlas keeps (spriteKey or titleKey); null for everything else. */
  private readonly keyOf: (op: PaintOp) => string | null;
  private ratio = 0;
  private side = 0;
  private originX = 0;
  private originY = 0;
  private frame = 0;
  /** Looks rasterised, copies made, and how often a full page was cleared for new looks. */
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
    /** A page's side in device px at a pixel ratio of 1 (tests use small pages to fill them). */
    private readonly baseSide = BASE_SIDE,
  ) {
    this.keyOf = kind === 'titles' ? titleKey : spriteKey;
  }

  /** Called before each frame: the frame's device pixel ratio and the plot's origin in CSS px. */
  begin(pixelRatio: number, originX = 0, originY = 0): void {
    this.originX = originX;
    this.originY = originY;
    // Copies land on whole device pixels; set once per frame (a canvas resize resets it).
    this.target.imageSmoothingEnabled = false;
    if (pixelRatio === this.ratio && this.pages.length) return;
    this.ratio = pixelRatio;
    this.side = Math.min(MAX_SIDE, Math.ceil(this.baseSide * Math.max(1, pixelRatio)));
    this.pages = [this.newPage()];
    this.open = 0;
    this.sprites.clear();
  }

  prepare(ops: readonly PaintOp[]): void {
    const keys = this.frameKeys;
    const sprites = this.frameSprites;
    keys.length = ops.length;
    sprites.length = ops.length;
    if (!this.pages.length) {
      sprites.fill(undefined);
      return;
    }
    const frame = ++this.frame;
    let missing: { key: string; op: SpriteOp }[] | null = null;
    let pending: Set<string> | null = null;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      const key = op ? this.keyOf(op) : null;
      keys[i] = key;
      const sprite = key === null ? undefined : this.sprites.get(key);
      sprites[i] = sprite;
      if (sprite) {
        const page = this.pages[sprite.page];
        if (page) page.lastUsed = frame;
      } else if (key !== null && op && !pending?.has(key)) {
        // Only glyphs, rects and texts have keys, so a keyed operation is a SpriteOp.
        (missing ??= []).push({ key, op: op as SpriteOp });
        (pending ??= new Set()).add(key);
      }
    }
    if (!missing) return;
    this.clearedInFrame = false;
    this.addAll(missing);
    // Looked up again once the atlas is settled. Clearing a page this frame copies from (only when every
    // page serves it) drops looks found above; otherwise only the new ones need finding.
    for (let i = 0; i < ops.length; i++) {
      if (sprites[i] !== undefined && !this.clearedInFrame) continue;
      const key = keys[i];
      sprites[i] = key == null ? undefined : this.sprites.get(key);
    }
  }

  draw(op: PaintOp, index: number): boolean {
    if (op.op !== 'glyph' && op.op !== 'rect' && op.op !== 'text') return false;
    const sprite = this.frameSprites[index];
    const page = sprite && this.pages[sprite.page];
    if (!sprite || !page) return false;
    const r = this.ratio;
    // The anchor on a whole device pixel: the copy needs no resampling.
    const dx = Math.round((this.originX + op.x) * r) - sprite.ax;
    const dy = Math.round((this.originY + op.y) * r) - sprite.ay;
    this.target.drawImage(
      page.surface.canvas,
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

  private newPage(): Page {
    return {
      surface: this.createSurface(this.side, this.side),
      packer: new ShelfPacker(this.side, this.side),
      keys: [],
      lastUsed: this.frame,
    };
  }

  /**
   * Rasterises the frame's new looks, page by page in one painter call each: the canvas state (font,
   * colours, dash) is then set once per change rather than once per look, as the frame's own painting does.
   */
  private addAll(missing: readonly { key: string; op: SpriteOp }[]): void {
    const r = this.ratio;
    const batches = new Map<Page, PaintOp[]>();
    // The font last set on a context for measuring: setting one makes the canvas parse it.
    let fontCtx: AtlasSurface['ctx'] | null = null;
    let font = '';
    for (const { key, op } of missing) {
      const measuring = this.pages[this.open]?.surface.ctx;
      if (!measuring) return;
      if (op.op === 'text' && measuring.measureText) {
        const f = canvasFont(op.font);
        if (f !== font || measuring !== fontCtx) {
          measuring.font = font = f;
          fontCtx = measuring;
        }
      }
      const box = spriteBox(op, measuring);
      const w = 2 * Math.ceil(box.w * r * 0.5);
      const h = 2 * Math.ceil(box.h * r * 0.5);
      const placed = this.place(w, h, batches);
      if (!placed) continue;
      const { index, slot } = placed;
      const page = this.pages[index];
      if (!page) continue;
      const ax = Math.round(box.ax * r);
      const ay = Math.round(box.ay * r);
      let batch = batches.get(page);
      if (!batch) batches.set(page, (batch = []));
      batch.push({ ...op, x: (slot.x + ax) / r, y: (slot.y + ay) / r, opacity: 1 });
      this.sprites.set(key, { page: index, sx: slot.x, sy: slot.y, w, h, ax, ay });
      page.keys.push(key);
      this.drawn++;
    }
    for (const [page, ops] of batches) {
      const ctx = page.surface.ctx;
      ctx.setTransform(r, 0, 0, r, 0, 0);
      paintOps(ctx, ops);
    }
  }

  /** A free w × h slot: on the open page, else on a new page, else on the page used longest ago, cleared. */
  private place(
    w: number,
    h: number,
    batches: Map<Page, PaintOp[]>,
  ): { index: number; slot: { x: number; y: number } } | null {
    const slot = this.pages[this.open]?.packer.place(w, h);
    if (slot) return { index: this.open, slot };
    if (this.pages.length < MAX_PAGES) {
      this.pages.push(this.newPage());
      this.open = this.pages.length - 1;
    } else {
      let oldest = 0;
      this.pages.forEach((p, i) => {
        if (p.lastUsed < (this.pages[oldest]?.lastUsed ?? 0)) oldest = i;
      });
      const page = this.pages[oldest];
      if (!page) return null;
      // What earlier frames copied from it is already on the chart.
      this.resets++;
      if (page.lastUsed === this.frame) this.clearedInFrame = true;
      for (const key of page.keys) this.sprites.delete(key);
      page.keys = [];
      page.packer = new ShelfPacker(this.side, this.side);
      batches.delete(page);
      page.surface.ctx.setTransform(1, 0, 0, 1, 0, 0);
      page.surface.ctx.clearRect(0, 0, page.surface.canvas.width, page.surface.canvas.height);
      this.open = oldest;
    }
    const fresh = this.pages[this.open]?.packer.place(w, h);
    return fresh ? { index: this.open, slot: fresh } : null;
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
    // The caller has set the font. Stand-in contexts (tests) may measure nothing; the estimate stays then.
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
