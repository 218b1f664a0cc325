/**
 * The drawing vocabulary every output shares: a picture is an ordered list of these operations, built by
 * pure code (mark-style.ts for marks and badges, scene-ops.ts for the plot, export-frame.ts for the frame of
 * an export) and drawn by two thin painters, canvas-ops.ts (live chart, PNG) and svg-ops.ts (SVG export).
 * Like Observable Plot's marks, style is decided once and every painter only translates: an export cannot
 * say something the screen does not. Coordinates are CSS px; colours are CSS colour strings.
 */
import type { GlyphName } from './shapes';

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** A line style. `dash` is a dash pattern in CSS px (empty or absent: solid). */
export interface Stroke {
  color: string;
  width: number;
  dash?: readonly number[];
  /** Round joins (text halos); default miter. */
  round?: boolean;
}

/** A horizontal gradient from x0 to x1: stops at 0..1 with colour and opacity. */
export interface LinearFill {
  x0: number;
  x1: number;
  stops: readonly { at: number; color: string; opacity: number }[];
}

export type Fill = string | LinearFill;

/** Text in the shared family: `size` CSS px, `weight` 400 (regular) to 700. */
export interface Font {
  size: number;
  weight: number;
}

interface OpBase {
  /** 0..1, multiplies everything the operation draws (Key events context is 0.22). Defaults to 1. */
  opacity?: number;
  /** A class name for the SVG element (tests and styling); painters on canvas ignore it. */
  tag?: string;
}

export type PaintOp =
  | (OpBase & {
      op: 'glyph';
      glyph: GlyphName;
      x: number;
      y: number;
      r: number;
      fill: string | null;
      stroke: Stroke | null;
      /** Stroked under the fill (a halo in the background colour), not over it. */
      strokeUnder?: boolean;
    })
  | (OpBase & {
      op: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      /** Corner radius, CSS px. */
      rx?: number;
      fill: Fill | null;
      stroke: Stroke | null;
    })
  | (OpBase & { op: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: Stroke })
  | (OpBase & { op: 'circle'; x: number; y: number; r: number; fill: string | null; stroke: Stroke | null })
  | (OpBase & {
      op: 'text';
      x: number;
      y: number;
      text: string;
      font: Font;
      fill: string;
      anchor: 'start' | 'middle' | 'end';
      /** 'middle' centres the text on y; 'alphabetic' puts its baseline there. */
      baseline: 'middle' | 'alphabetic';
      /** Squeeze to this width if wider (canvas only; the SVG keeps the estimate the layout used). */
      maxWidth?: number;
      /** Stroked under the text: a halo that keeps it legible over bars and grid lines. */
      halo?: Stroke;
    });

/** The canvas font string of a Font. */
export function canvasFont(font: Font): string {
  return `${font.weight === 400 ? '' : `${font.weight} `}${font.size}px ${FONT_FAMILY}`;
}
