/**
 * One glyph per event type, traced onto anything with the canvas path methods: a CanvasRenderingContext2D
 * for the chart and PNG export, a d3-path for SVG export and the legend. One source, so every output agrees.
 */
import type { EventType } from '../model/event-record';
import { EVENT_TYPES } from '../model/event-record';

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

export type GlyphName =
  | 'circle'
  | 'square'
  | 'triangle-right'
  | 'diamond'
  | 'x'
  | 'triangle-up'
  | 'star'
  | 'hexagon'
  | 'triangle-down'
  | 'burst'
  | 'pentagon'
  | 'plus'
  | 'dot';

/** Chosen so that related types differ in outline, not only in colour (lane colour is the actor). */
export const GLYPH_BY_TYPE: Readonly<Record<EventType, GlyphName>> = {
  statement: 'circle',
  meeting: 'square',
  travel: 'triangle-right',
  agreement: 'diamond',
  sanctions: 'x',
  'missile-test': 'triangle-up',
  'nuclear-test': 'star',
  'military-exercise': 'hexagon',
  deployment: 'triangle-down',
  attack: 'burst',
  'military-operation': 'pentagon',
  ceasefire: 'plus',
  other: 'dot',
};

export function glyphForTypeIndex(typeIndex: number): GlyphName {
  return GLYPH_BY_TYPE[EVENT_TYPES[typeIndex] ?? 'other'];
}

/** Traces glyph `name` centred on (x, y) with outer radius r, as a closed path (fill or stroke it). */
export function traceGlyph(p: PathSink, name: GlyphName, x: number, y: number, r: number): void {
  switch (name) {
    case 'circle':
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'dot':
      p.moveTo(x + r * 0.65, y);
      p.arc(x, y, r * 0.65, 0, 2 * Math.PI);
      return;
    case 'square':
      return polygon(p, x, y, r * 1.2, 4, Math.PI / 4);
    case 'diamond':
      return polygon(p, x, y, r * 1.1, 4, 0);
    case 'triangle-up':
      return polygon(p, x, y + r * 0.15, r * 1.15, 3, 0);
    case 'triangle-down':
      return polygon(p, x, y - r * 0.15, r * 1.15, 3, Math.PI);
    case 'triangle-right':
      return polygon(p, x - r * 0.15, y, r * 1.15, 3, Math.PI / 2);
    case 'pentagon':
      return polygon(p, x, y, r * 1.05, 5, 0);
    case 'hexagon':
      return polygon(p, x, y, r, 6, Math.PI / 6);
    case 'star':
      return star(p, x, y, r * 1.25, r * 0.5, 5);
    case 'burst':
      return star(p, x, y, r * 1.25, r * 0.45, 8);
    case 'plus':
      return cross(p, x, y, r, 0);
    case 'x':
      return cross(p, x, y, r * 1.1, Math.PI / 4);
  }
}

/** Regular polygon of circumradius r; angle 0 puts a vertex straight up. */
function polygon(p: PathSink, x: number, y: number, r: number, sides: number, angle: number): void {
  for (let i = 0; i < sides; i++) {
    const a = angle + (i * 2 * Math.PI) / sides;
    const px = x + Math.sin(a) * r;
    const py = y - Math.cos(a) * r;
    if (i === 0) p.moveTo(px, py);
    else p.lineTo(px, py);
  }
  p.closePath();
}

function star(p: PathSink, x: number, y: number, outer: number, inner: number, points: number): void {
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (i * Math.PI) / points;
    const px = x + Math.sin(a) * r;
    const py = y - Math.cos(a) * r;
    if (i === 0) p.moveTo(px, py);
    else p.lineTo(px, py);
  }
  p.closePath();
}

/** A plus (angle 0) or an X (angle pi/4) with arms a third of the radius wide. */
function cross(p: PathSink, x: number, y: number, r: number, angle: number): void {
  const w = r / 3;
  const pts: [number, number][] = [
    [-w, -r],
    [w, -r],
    [w, -w],
    [r, -w],
    [r, w],
    [w, w],
    [w, r],
    [-w, r],
    [-w, w],
    [-r, w],
    [-r, -w],
    [-w, -w],
  ];
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  pts.forEach(([dx, dy], i) => {
    const px = x + dx * cos - dy * sin;
    const py = y + dx * sin + dy * cos;
    if (i === 0) p.moveTo(px, py);
    else p.lineTo(px, py);
  });
  p.closePath();
}
