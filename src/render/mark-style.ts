/**
 * How every mark and count badge looks, decided once for every painter: a pure function from a primitive
 * and a theme to its style (fill, stroke, opacity, dash, ring, slash, soft ends), then to the paint
 * operations that draw it (paint-ops.ts). The live canvas, the PNG and the SVG export all draw these
 * operations, so a negated event is crossed out, an approximate date fades at its ends and a new event is
 * ringed in every output and theme. Layout (where a mark sits) is the scene's; nothing here moves a mark.
 *
 * The encodings, one per question a reader asks:
 * - a day: the event type's glyph, filled when it happened, hollow when planned or possible, crossed out
 *   when denied, ringed in the highlight colour when just added;
 * - a coarse or multi-day date (month, quarter, half, year, range): a faded bar over the whole period with
 *   short end caps and no glyph, since a glyph at its start would read as an exact first day. Planned or
 *   possible periods are a dashed line; denied ones carry slashes along it; approximate ones fade out at both
 *   ends instead of ending in caps;
 * - a quantity: its number beside the glyph, in plain bold text;
 * - a count badge: a shaded stacked tile with the number inside, darker for more events (a log scale from
 *   4 to 100,000), so a zoomed-out 100,000 events read as a density picture and never as a quantity.
 */
import type { ThemeColors } from '../model/palette';
import { contrastOf, inkOn, mixHex, withAlpha } from './ink';
import type { Fill, Font, PaintOp, Stroke } from './paint-ops';
import type { ClusterPrimitive, MarkPrimitive } from './scene';
import { formatCount, hasVisibleStart, SPAN_BAR_PX } from './scene';

/** Opacity of marks and badges that are context in Key events mode, and of titles that are not key. */
export const FADED_ALPHA = 0.22;
export const FADED_TITLE_ALPHA = 0.55;
/** Opacity of the plate behind a title, in the background colour: faded context shows through faintly. */
export const TITLE_PLATE_ALPHA = 0.85;
export const MARK_LABEL_FONT: Font = { size: 10, weight: 600 };
export const BADGE_FONT: Font = { size: 10, weight: 700 };
/**
 * Span bar opacity: faded so the bars read as context behind the point marks. Dark pages need more: a
 * faded colour over near-black loses far more contrast than over white.
 */
const SPAN_ALPHA = { light: 0.35, dark: 0.5 } as const;
/** Dashed line of a planned or possible period: 4 px on, 3 off, at this opacity. */
const SPAN_DASH = [4, 3] as const;
const SPAN_LINE_ALPHA = 0.75;
/** End caps of a period with exact ends: this tall (about a glyph), so the extent reads as a bracket. */
const CAP_HALF_PX = 4;
/** Slashes along a denied period: one every this many px of the visible bar, at least one. */
const SLASH_STEP_PX = 48;
/** An approximate period fades in over this many px at each end (at most 30% of its length). */
const SOFT_END_PX = 24;
/** Ring around a new event: this far outside the glyph. */
const RING_GAP_PX = 4;
/**
 * Badge shade: the share of the lane colour in the tile, from BADGE_MIN_SHADE at 4 events to
 * BADGE_MAX_SHADE at 10^BADGE_SHADE_DECADES (100,000) events, on a log scale. Densities in news data span
 * five orders of magnitude; a linear shade would make every badge but the largest look alike.
 */
const BADGE_MIN_SHADE = 0.14;
const BADGE_MAX_SHADE = 0.85;
const BADGE_SHADE_DECADES = 5;
const BADGE_SHADE_STEPS = 10;
/** The tile's back card sits this far up and right: a stack, not a dot. */
const BADGE_STACK_PX = 2;
const BADGE_CORNER_PX = 3;

/** The style of one event mark. Colours are final (lane colour made legible on the theme). */
export interface MarkStyle {
  /** 'glyph' for a day; 'bar' for a period that happened; 'line' for a planned, possible or denied one. */
  shape: 'glyph' | 'bar' | 'line';
  /** Glyph or bar fill; null draws no fill (a line). */
  fill: string | null;
  /** Bar fill opacity (1 for glyphs). */
  fillOpacity: number;
  /** Outline of a glyph or the line of a period. */
  stroke: Stroke | null;
  /** The stroke is a halo under the fill (filled glyphs), not an outline over it. */
  strokeUnder: boolean;
  /** Everything of the mark is drawn at this opacity (FADED_ALPHA for Key events context). */
  opacity: number;
  /** Highlight ring (new events): around the glyph, or a rounded frame around a bar. */
  ring: Stroke | null;
  /** Cross-out (negated events): one slash through the glyph, or slashes along a period. */
  slash: Stroke | null;
  /** Approximate dates: a period fades out at both ends instead of ending in caps. */
  softEnds: boolean;
  /** End caps of a period with exact ends; null for glyphs and soft periods. */
  caps: Stroke | null;
}

const styleCache = new Map<string, MarkStyle>();

/**
 * The style of `m` in `theme`. A frame draws hundreds of marks in a few styles, so styles are cached by
 * what they depend on (colour, theme, the mark's flags); treat the result as read-only.
 */
export function markStyle(m: MarkPrimitive, theme: ThemeColors): MarkStyle {
  const key = `${theme.name}${theme.background}${m.color}${+m.span}${+m.hollow}${+m.negated}${+m.soft}${+m.isNew}${+m.faded}`;
  let style = styleCache.get(key);
  if (!style) {
    style = computeMarkStyle(m, theme);
    if (styleCache.size > 4096) styleCache.clear();
    styleCache.set(key, style);
  }
  return style;
}

function computeMarkStyle(m: MarkPrimitive, theme: ThemeColors): MarkStyle {
  const ink = inkOn(m.color, theme);
  const opacity = m.faded ? FADED_ALPHA : 1;
  const ring: Stroke | null = m.isNew ? { color: theme.highlight, width: 2.5 } : null;
  if (!m.span) {
    const outline = { color: ink, width: 1.75 };
    return {
      shape: 'glyph',
      fill: m.hollow ? theme.background : ink,
      fillOpacity: 1,
      // The halo goes under the fill: it separates touching marks and lifts points off the span bars.
      stroke: m.hollow ? outline : { color: theme.background, width: 2.5 },
      strokeUnder: !m.hollow,
      opacity,
      ring,
      slash: m.negated ? outline : null,
      softEnds: false,
      caps: null,
    };
  }
  const line = m.hollow ? { color: withAlpha(ink, SPAN_LINE_ALPHA), width: 1.5, dash: SPAN_DASH } : null;
  return {
    shape: m.hollow ? 'line' : 'bar',
    fill: m.hollow ? null : ink,
    fillOpacity: m.hollow ? 1 : SPAN_ALPHA[theme.name],
    stroke: line,
    strokeUnder: false,
    opacity,
    ring: ring && { color: theme.highlight, width: 2 },
    slash: m.negated ? { color: ink, width: 1.5 } : null,
    softEnds: m.soft,
    caps: m.soft ? null : { color: withAlpha(ink, Math.min(1, SPAN_ALPHA[theme.name] + 0.35)), width: 1.5 },
  };
}

/**
 * The paint operations of one mark, in drawing order, for a plot `width` px wide, appended to `ops`. A span is clipped to a
 * little beyond the plot, so a century-long bar does not build a huge gradient.
 */
export function markOps(m: MarkPrimitive, theme: ThemeColors, width: number, ops: PaintOp[] = []): PaintOp[] {
  const s = markStyle(m, theme);
  const opacity = s.opacity;
  const tag = m.faded ? 'faded' : undefined;
  if (s.shape === 'glyph') {
    if (s.ring)
      ops.push({
        op: 'circle',
        x: m.x,
        y: m.y,
        r: m.r + RING_GAP_PX,
        fill: null,
        stroke: s.ring,
        opacity,
        tag,
      });
    ops.push({
      op: 'glyph',
      glyph: m.glyph,
      x: m.x,
      y: m.y,
      r: m.r,
      fill: s.fill,
      stroke: s.stroke,
      strokeUnder: s.strokeUnder,
      opacity,
      tag,
    });
    if (s.slash) {
      const d = m.r + 2;
      ops.push({
        op: 'line',
        x1: m.x - d,
        y1: m.y + d,
        x2: m.x + d,
        y2: m.y - d,
        stroke: s.slash,
        opacity,
        tag,
      });
    }
    return ops;
  }
  const x0 = Math.max(m.x0, -10);
  const x1 = Math.min(m.x1, width + 10);
  if (s.ring) {
    ops.push({
      op: 'rect',
      x: x0 - 3,
      y: m.y - 5,
      w: x1 - x0 + 6,
      h: 10,
      rx: 5,
      fill: null,
      stroke: s.ring,
      opacity,
      tag,
    });
  }
  if (s.shape === 'bar' && s.fill) {
    const fill: Fill = s.softEnds
      ? softFill(s.fill, s.fillOpacity, x0, x1)
      : withAlpha(s.fill, s.fillOpacity);
    ops.push({
      op: 'rect',
      x: x0,
      y: m.y - SPAN_BAR_PX / 2,
      w: x1 - x0,
      h: SPAN_BAR_PX,
      fill,
      stroke: null,
      opacity,
      tag,
    });
  } else if (s.stroke) {
    ops.push({ op: 'line', x1: x0, y1: m.y, x2: x1, y2: m.y, stroke: s.stroke, opacity, tag });
  }
  if (s.caps) {
    for (const x of [m.x0, m.x1]) {
      if (x < -1 || x > width + 1) continue;
      ops.push({
        op: 'line',
        x1: x,
        y1: m.y - CAP_HALF_PX,
        x2: x,
        y2: m.y + CAP_HALF_PX,
        stroke: s.caps,
        opacity,
        tag,
      });
    }
  }
  if (s.slash) {
    const from = Math.max(x0, 0);
    const to = Math.min(x1, width);
    const count = Math.max(1, Math.floor((to - from) / SLASH_STEP_PX));
    const step = (to - from) / count;
    for (let i = 0; i < count; i++) {
      const x = from + (i + 0.5) * step;
      ops.push({ op: 'line', x1: x - 3, y1: m.y + 4, x2: x + 3, y2: m.y - 4, stroke: s.slash, opacity, tag });
    }
  }
  return ops;
}

function softFill(color: string, alpha: number, x0: number, x1: number): Fill {
  const fade = Math.min(0.3, SOFT_END_PX / Math.max(1, x1 - x0));
  return {
    x0,
    x1,
    stops: [
      { at: 0, color, opacity: 0 },
      { at: fade, color, opacity: alpha },
      { at: 1 - fade, color, opacity: alpha },
      { at: 1, color, opacity: 0 },
    ],
  };
}

/** The quantity printed beside a mark ("31"), or null when it has none or its start is scrolled off. */
export function markLabelOp(m: MarkPrimitive, theme: ThemeColors): PaintOp | null {
  if (!m.label || !hasVisibleStart(m)) return null;
  return {
    op: 'text',
    x: m.x + m.r + 3,
    y: m.y + 0.5,
    text: m.label,
    font: MARK_LABEL_FONT,
    fill: theme.text,
    anchor: 'start',
    baseline: 'middle',
    // A halo in the background colour keeps the number legible where it crosses a bar or grid line.
    halo: { color: theme.background, width: 3, round: true },
    opacity: m.faded ? FADED_ALPHA : 1,
    tag: 'quantity',
  };
}

/**
 * Share of the lane colour in a badge of `count` events (see BADGE_MIN_SHADE), in BADGE_SHADE_STEPS steps:
 * neighbouring shades of a finer scale look alike anyway, and with few shades the live chart copies each
 * tile look from its sprite atlas instead of drawing hundreds of tiles a frame.
 */
export function badgeShade(count: number): number {
  const t = Math.min(
    1,
    Math.max(0, Math.log10(Math.max(1, count) / 4) / (BADGE_SHADE_DECADES - Math.log10(4))),
  );
  const stepped = Math.round(t * BADGE_SHADE_STEPS) / BADGE_SHADE_STEPS;
  return BADGE_MIN_SHADE + (BADGE_MAX_SHADE - BADGE_MIN_SHADE) * stepped;
}

export interface BadgeStyle {
  /** Front tile fill: the lane colour mixed into the background by badgeShade(count). */
  fill: string;
  /** Back card of the stack: a lighter mix, outlined in the lane colour. */
  back: string;
  edge: Stroke;
  /** The count's colour: the theme's text or background, whichever reads better on `fill`. */
  text: string;
  opacity: number;
}

/**
 * Badge styles already worked out, per theme: a zoomed-out frame has hundreds of badges over a few lane
 * colours and counts, and mixing and contrast-checking colours for each of them was a visible share of it.
 */
const badgeStyles = new WeakMap<ThemeColors, Map<string, BadgeStyle>>();
const MAX_KEPT_BADGE_STYLES = 4096;

export function badgeStyle(c: ClusterPrimitive, theme: ThemeColors): BadgeStyle {
  const share = badgeShade(c.count);
  let kept = badgeStyles.get(theme);
  if (!kept) badgeStyles.set(theme, (kept = new Map<string, BadgeStyle>()));
  const key = `${c.color} ${share} ${c.faded ? 1 : 0}`;
  const known = kept.get(key);
  if (known) return known;
  const ink = inkOn(c.color, theme);
  const fill = mixHex(ink, theme.background, share);
  const style: BadgeStyle = {
    fill,
    back: mixHex(ink, theme.background, share * 0.5),
    edge: { color: ink, width: 1 },
    text: contrastOf(theme.text, fill) >= contrastOf(theme.background, fill) ? theme.text : theme.background,
    opacity: c.faded ? FADED_ALPHA : 1,
  };
  if (kept.size >= MAX_KEPT_BADGE_STYLES) kept.clear();
  kept.set(key, style);
  return style;
}

/** A badge as a stack of two tiles inside its box (2 halfWidth by 2r), the count on the front one. */
export function badgeOps(c: ClusterPrimitive, theme: ThemeColors): PaintOp[] {
  const s = badgeStyle(c, theme);
  const x = c.x - c.halfWidth;
  const y = c.y - c.r;
  const w = 2 * c.halfWidth - BADGE_STACK_PX;
  const h = 2 * c.r - BADGE_STACK_PX;
  const { opacity } = s;
  return [
    {
      op: 'rect',
      x: x + BADGE_STACK_PX,
      y,
      w,
      h,
      rx: BADGE_CORNER_PX,
      fill: s.back,
      stroke: s.edge,
      opacity,
      tag: c.faded ? 'badge-back faded' : 'badge-back',
    },
    {
      op: 'rect',
      x,
      y: y + BADGE_STACK_PX,
      w,
      h,
      rx: BADGE_CORNER_PX,
      fill: s.fill,
      stroke: s.edge,
      opacity,
      tag: c.faded ? 'badge faded' : 'badge',
    },
    {
      op: 'text',
      x: x + w / 2,
      y: y + BADGE_STACK_PX + h / 2 + 0.5,
      text: formatCount(c.count),
      font: BADGE_FONT,
      fill: s.text,
      anchor: 'middle',
      baseline: 'middle',
      opacity,
      tag: c.faded ? 'badge-count faded' : 'badge-count',
    },
  ];
}
