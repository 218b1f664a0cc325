/**
 * The canvas painter of paint operations (paint-ops.ts): a translation, no decisions. It keeps the canvas
 * state it last set and only sets what changes (alpha, font, dash), since a frame repeats the same few
 * styles hundreds of times. Shared by the live chart and the PNG export.
 */
import type { Fill, LinearFill, PaintOp, Stroke } from './paint-ops';
import { canvasFont } from './paint-ops';
import { traceGlyph } from './shapes';
import { withAlpha } from './ink';

/** The 2D context calls the painter makes: a CanvasRenderingContext2D, or a recorder in tests. */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'rect'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'createLinearGradient'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
  | 'save'
  | 'restore'
  | 'translate'
  | 'scale'
>;

export type GlyphOp = Extract<PaintOp, { op: 'glyph' }>;

/**
 * Copies small pictures (glyphs, badge tiles, short texts) from a cache of rasterised ones instead of
 * drawing them (the live chart's sprite atlas).
 * `prepare` sees a frame's operations before any is drawn: rasterising into the cache after copying from
 * it would make the canvas duplicate the whole cache, once per new glyph.
 */
export interface SpriteSource {
  prepare(ops: readonly PaintOp[]): void;
  /** Draws `op`, the `index`th of the operations last prepared; false when not cached (the painter draws it). */
  draw(op: PaintOp, index: number): boolean;
}

/** Traces and paints one glyph: a halo stroked under the fill, or an outline over it. */
export function paintGlyph(
  ctx: PaintContext,
  o: GlyphOp,
  setFill: (fill: Fill) => void,
  setStroke: (stroke: Stroke) => void,
): void {
  ctx.beginPath();
  traceGlyph(ctx, o.glyph, o.x, o.y, o.r);
  if (o.stroke && o.strokeUnder) {
    setStroke(o.stroke);
    ctx.stroke();
  }
  if (o.fill) {
    setFill(o.fill);
    ctx.fill();
  }
  if (o.stroke && !o.strokeUnder) {
    setStroke(o.stroke);
    ctx.stroke();
  }
}

export function paintOps(ctx: PaintContext, ops: readonly PaintOp[], sprites?: SpriteSource): void {
  sprites?.prepare(ops);
  // Setting a colour makes the canvas parse it, even when unchanged: keep what was set last.
  let alpha = -1;
  let dash: readonly number[] | undefined;
  let font = '';
  let strokeColor = '';
  let lineWidth = -1;
  let join = '';
  let fill: string | CanvasGradient = '';
  let textAlign = '';
  let textBaseline = '';
  ctx.setLineDash([]);
  const setStroke = (s: Stroke) => {
    if (s.color !== strokeColor) ctx.strokeStyle = strokeColor = s.color;
    if (s.width !== lineWidth) ctx.lineWidth = lineWidth = s.width;
    if (s.dash !== dash) {
      ctx.setLineDash(s.dash ? [...s.dash] : []);
      dash = s.dash;
    }
    const j = s.round ? 'round' : 'miter';
    if (j !== join) ctx.lineJoin = join = j;
  };
  const setFill = (f: Fill) => {
    const style = fillStyle(ctx, f);
    if (style !== fill) ctx.fillStyle = fill = style;
  };
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (!o) continue;
    const a = o.opacity ?? 1;
    if (a !== alpha) {
      ctx.globalAlpha = a;
      alpha = a;
    }
    switch (o.op) {
      case 'glyph':
        if (sprites?.draw(o, i)) break;
        paintGlyph(ctx, o, setFill, setStroke);
        break;
      case 'rect':
        if (o.rx && sprites?.draw(o, i)) break;
        if (!o.rx && !o.stroke && o.fill) {
          if (typeof o.fill === 'string') {
            setFill(o.fill);
            ctx.fillRect(o.x, o.y, o.w, o.h);
          } else {
            fill = fillLinear(ctx, o, o.fill);
          }
          break;
        }
        ctx.beginPath();
        roundRect(ctx, o.x, o.y, o.w, o.h, o.rx ?? 0);
        if (o.fill) {
          setFill(o.fill);
          ctx.fill();
        }
        if (o.stroke) {
          setStroke(o.stroke);
          ctx.stroke();
        }
        break;
      case 'line':
        setStroke(o.stroke);
        ctx.beginPath();
        ctx.moveTo(o.x1, o.y1);
        ctx.lineTo(o.x2, o.y2);
        ctx.stroke();
        break;
      case 'circle':
        ctx.beginPath();
        ctx.moveTo(o.x + o.r, o.y);
        ctx.arc(o.x, o.y, o.r, 0, 2 * Math.PI);
        if (o.fill) {
          setFill(o.fill);
          ctx.fill();
        }
        if (o.stroke) {
          setStroke(o.stroke);
          ctx.stroke();
        }
        break;
      case 'text': {
        if (sprites?.draw(o, i)) break;
        const f = canvasFont(o.font);
        if (f !== font) {
          ctx.font = f;
          font = f;
        }
        const align = o.anchor === 'middle' ? 'center' : o.anchor === 'end' ? 'right' : 'left';
        if (align !== textAlign) ctx.textAlign = textAlign = align;
        if (o.baseline !== textBaseline) ctx.textBaseline = textBaseline = o.baseline;
        if (o.halo) {
          setStroke(o.halo);
          if (o.maxWidth === undefined) ctx.strokeText(o.text, o.x, o.y);
          else ctx.strokeText(o.text, o.x, o.y, o.maxWidth);
        }
        setFill(o.fill);
        if (o.maxWidth === undefined) ctx.fillText(o.text, o.x, o.y);
        else ctx.fillText(o.text, o.x, o.y, o.maxWidth);
        break;
      }
    }
  }
  ctx.globalAlpha = 1;
  if (dash?.length) ctx.setLineDash([]);
}

/**
 * Gradients made so far, per context, by their two end colours. A soft-ended bar (an approximate date)
 * needs a gradient of its own position and length, and making one (and parsing its colour stops) was the
 * largest single cost of a frame with many of them. Each piece between two stops is drawn instead: a solid
 * run as a plain rectangle, a fade with a gradient from 0 to 1 stretched over it, which any bar of the same
 * colours can share.
 */
const unitGradients = new WeakMap<object, Map<string, CanvasGradient>>();

/** Fills a rectangle with a horizontal gradient, piece by piece; returns the fill style it left set. */
function fillLinear(
  ctx: PaintContext,
  rect: { x: number; y: number; w: number; h: number },
  fill: LinearFill,
): string | CanvasGradient {
  let kept = unitGradients.get(ctx);
  if (!kept) unitGradients.set(ctx, (kept = new Map<string, CanvasGradient>()));
  const span = fill.x1 - fill.x0;
  let style: string | CanvasGradient = '';
  for (let i = 0; i + 1 < fill.stops.length; i++) {
    const a = fill.stops[i];
    const b = fill.stops[i + 1];
    if (!a || !b) continue;
    const from = Math.max(rect.x, fill.x0 + a.at * span);
    const to = Math.min(rect.x + rect.w, fill.x0 + b.at * span);
    if (to <= from) continue;
    const ca = withAlpha(a.color, a.opacity);
    const cb = withAlpha(b.color, b.opacity);
    if (ca === cb) {
      ctx.fillStyle = style = ca;
      ctx.fillRect(from, rect.y, to - from, rect.h);
      continue;
    }
    const key = `${ca} ${cb}`;
    let g = kept.get(key);
    if (!g) {
      g = ctx.createLinearGradient(0, 0, 1, 0);
      g.addColorStop(0, ca);
      g.addColorStop(1, cb);
      kept.set(key, g);
    }
    // The piece's own stretch of the gradient, mapped onto 0..1.
    const x0 = fill.x0 + a.at * span;
    const w = (b.at - a.at) * span;
    ctx.save();
    ctx.translate(x0, 0);
    ctx.scale(w, 1);
    ctx.fillStyle = style = g;
    ctx.fillRect((from - x0) / w, rect.y, (to - from) / w, rect.h);
    ctx.restore();
  }
  return style;
}

function fillStyle(ctx: PaintContext, fill: Fill): string | CanvasGradient {
  if (typeof fill === 'string') return fill;
  const g = ctx.createLinearGradient(fill.x0, 0, fill.x1, 0);
  for (const s of fill.stops) g.addColorStop(s.at, withAlpha(s.color, s.opacity));
  return g;
}

function roundRect(ctx: PaintContext, x: number, y: number, w: number, h: number, r: number): void {
  if (r <= 0) {
    ctx.rect(x, y, w, h);
    return;
  }
  const rr = Math.min(r, w / 2, h / 2);
  ctx.moveTo(x + rr, y);
  ctx.lineTo(x + w - rr, y);
  ctx.arc(x + w - rr, y + rr, rr, -Math.PI / 2, 0);
  ctx.lineTo(x + w, y + h - rr);
  ctx.arc(x + w - rr, y + h - rr, rr, 0, Math.PI / 2);
  ctx.lineTo(x + rr, y + h);
  ctx.arc(x + rr, y + h - rr, rr, Math.PI / 2, Math.PI);
  ctx.lineTo(x, y + rr);
  ctx.arc(x + rr, y + rr, rr, Math.PI, (3 * Math.PI) / 2);
  ctx.closePath();
}
