/**
 * The mark shapes, traced onto anything with the canvas path methods: a CanvasRenderingContext2D for the
 * chart and PNG export, a d3-path for SVG export and the legend. One source, so every output agrees. Which
 * type gets which shape is data (model/event-type-info.ts); this file only draws. Each shape is one filled
 * outline (subpaths wind the same way, so overlaps add up under the nonzero rule) about 2r across, with no
 * large holes: a hollow (planned) mark is the same outline stroked, and a holed glyph would look hollow.
 */
import type { GlyphName } from '../model/event-type-info';
import { eventTypeInfoAt } from '../model/event-type-info';

export type { GlyphName };

export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  /** Angles in radians from +x towards +y (down); clockwise on screen unless `ccw`. */
  arc(x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean): void;
  closePath(): void;
}

/** The glyph of a row of the event table's type column; the choice lives in model/event-type-info.ts. */
export function glyphForTypeIndex(typeIndex: number): GlyphName {
  return eventTypeInfoAt(typeIndex).glyph;
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
    case 'triangle-left':
      return polygon(p, x + r * 0.15, y, r * 1.15, 3, -Math.PI / 2);
    case 'dome':
      // A half disc on its flat side, like a lowered shutter (an octagon read as the exercise hexagon).
      p.moveTo(x - r * 1.1, y + r * 0.5);
      p.arc(x, y + r * 0.5, r * 1.1, Math.PI, 2 * Math.PI);
      p.closePath();
      return;
    case 'pie':
      // A disc with its top-right quarter cut away: a cut.
      p.moveTo(x - r * 0.1, y + r * 0.1);
      p.lineTo(x + r * 1.0, y + r * 0.1);
      p.arc(x - r * 0.1, y + r * 0.1, r * 1.1, 0, 1.5 * Math.PI);
      p.closePath();
      return;
    case 'lock':
      outline(p, x, y, r, [
        [-0.8, -0.15],
        [0.8, -0.15],
        [0.8, 1],
        [-0.8, 1],
      ]);
      // The shackle: a U above the body, traced the same way round so the two add up.
      p.moveTo(x - r * 0.55, y - r * 0.05);
      p.lineTo(x - r * 0.55, y - r * 0.45);
      p.arc(x, y - r * 0.45, r * 0.55, Math.PI, 2 * Math.PI);
      p.lineTo(x + r * 0.55, y - r * 0.05);
      p.lineTo(x + r * 0.28, y - r * 0.05);
      p.lineTo(x + r * 0.28, y - r * 0.45);
      p.arc(x, y - r * 0.45, r * 0.28, 0, Math.PI, true);
      p.lineTo(x - r * 0.28, y - r * 0.05);
      p.closePath();
      return;
    case 'magnifier':
      return magnifier(p, x, y, r);
    case 'two-circles':
      p.moveTo(x + r * 0.05, y);
      p.arc(x - r * 0.45, y, r * 0.6, 0, 2 * Math.PI);
      p.closePath();
      p.moveTo(x + r * 1.05, y);
      p.arc(x + r * 0.45, y, r * 0.6, 0, 2 * Math.PI);
      p.closePath();
      return;
    case 'drop': {
      // A tear drop pointing up: the apex joins the circle below it along its two tangents.
      const cy = y + r * 0.3;
      const R = r * 0.7;
      p.moveTo(x, y - r * 1.1);
      p.lineTo(x + R * Math.cos(-Math.PI / 6), cy + R * Math.sin(-Math.PI / 6));
      p.arc(x, cy, R, -Math.PI / 6, (7 * Math.PI) / 6);
      p.closePath();
      return;
    }
    default:
      return outline(p, x, y, r * (SCALE[name] ?? 1), OUTLINES[name] ?? [], ROTATION[name] ?? 0);
  }
}

type Pts = readonly (readonly [number, number])[];

/** Straight-edged shapes as corner lists in units of r, (0, 0) at the centre, y down. */
const OUTLINES: Partial<Record<GlyphName, Pts>> = {
  // A voting tick; both strokes about 0.42 r wide.
  check: [
    [-1.0, 0.05],
    [-0.3, 0.75],
    [1.0, -0.55],
    [0.7, -0.85],
    [-0.3, 0.15],
    [-0.7, -0.25],
  ],
  // A page with a folded corner.
  document: [
    [-0.75, -1],
    [0.3, -1],
    [0.75, -0.55],
    [0.75, 1],
    [-0.75, 1],
  ],
  // A pennant on a pole.
  flag: [
    [-0.8, 1.05],
    [-0.8, -1.05],
    [0.95, -1.05],
    [0.5, -0.6],
    [0.95, -0.15],
    [-0.45, -0.15],
    [-0.45, 1.05],
  ],
  'arrow-up': [
    [0, -1.05],
    [1, 0],
    [0.3, 0],
    [0.3, 1],
    [-0.3, 1],
    [-0.3, 0],
    [-1, 0],
  ],
  'arrow-down': [
    [0, 1.05],
    [-1, 0],
    [-0.3, 0],
    [-0.3, -1],
    [0.3, -1],
    [0.3, 0],
    [1, 0],
  ],
  'arrow-updown': [
    [0, -1.1],
    [0.85, -0.3],
    [0.3, -0.3],
    [0.3, 0.3],
    [0.85, 0.3],
    [0, 1.1],
    [-0.85, 0.3],
    [-0.3, 0.3],
    [-0.3, -0.3],
    [-0.85, -0.3],
  ],
  // Two parties facing each other.
  bowtie: [
    [-1, -0.85],
    [0, -0.2],
    [1, -0.85],
    [1, 0.85],
    [0, 0.2],
    [-1, 0.85],
  ],
  hourglass: [
    [-0.85, -1],
    [0.85, -1],
    [0.2, 0],
    [0.85, 1],
    [-0.85, 1],
    [-0.2, 0],
  ],
  // A mallet: a T turned 45 degrees (see the rotation below).
  gavel: [
    [-1, -0.95],
    [1, -0.95],
    [1, -0.3],
    [0.22, -0.3],
    [0.22, 1.05],
    [-0.22, 1.05],
    [-0.22, -0.3],
    [-1, -0.3],
  ],
  parallelogram: [
    [-0.6, -0.65],
    [1.05, -0.65],
    [0.6, 0.65],
    [-1.05, 0.65],
  ],
  'chevron-up': [
    [0, -0.85],
    [1, 0.15],
    [1, 0.8],
    [0, -0.15],
    [-1, 0.8],
    [-1, 0.15],
  ],
  'chevron-down': [
    [0, 0.85],
    [-1, -0.15],
    [-1, -0.8],
    [0, 0.15],
    [1, -0.8],
    [1, -0.15],
  ],
  // A rising bar chart drawn as one staircase.
  staircase: [
    [-1, 1],
    [-1, 0.2],
    [-0.35, 0.2],
    [-0.35, -0.35],
    [0.35, -0.35],
    [0.35, -1],
    [1, -1],
    [1, 1],
  ],
  // Walls, an overhanging roof and a door: the door keeps it apart from the pentagon.
  house: [
    [0, -1.05],
    [1.05, -0.1],
    [0.75, -0.1],
    [0.75, 1],
    [0.25, 1],
    [0.25, 0.4],
    [-0.25, 0.4],
    [-0.25, 1],
    [-0.75, 1],
    [-0.75, -0.1],
    [-1.05, -0.1],
  ],
  // A Latin cross: the crossbar high, so it does not read as the ceasefire plus.
  dagger: [
    [-0.22, -1.1],
    [0.22, -1.1],
    [0.22, -0.6],
    [0.7, -0.6],
    [0.7, -0.2],
    [0.22, -0.2],
    [0.22, 1.1],
    [-0.22, 1.1],
    [-0.22, -0.2],
    [-0.7, -0.2],
    [-0.7, -0.6],
    [-0.22, -0.6],
  ],
  bolt: [
    [0.35, -1.1],
    [-0.7, 0.15],
    [-0.05, 0.15],
    [-0.35, 1.1],
    [0.7, -0.2],
    [0.05, -0.2],
  ],
  // A cup on a stem.
  trophy: [
    [-0.9, -1],
    [0.9, -1],
    [0.7, -0.3],
    [0.2, 0.15],
    [0.2, 0.55],
    [0.65, 0.65],
    [0.65, 1],
    [-0.65, 1],
    [-0.65, 0.65],
    [-0.2, 0.55],
    [-0.2, 0.15],
    [-0.7, -0.3],
  ],
};

/** Per-shape scale: the turned gavel's corners reach past the unit box; the thin bolt needs more size. */
const SCALE: Partial<Record<GlyphName, number>> = { gavel: 0.85, bolt: 1.15 };
/** Per-shape rotation, radians clockwise. */
const ROTATION: Partial<Record<GlyphName, number>> = { gavel: -Math.PI / 4 };

function outline(p: PathSink, x: number, y: number, r: number, pts: Pts, angle = 0): void {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  pts.forEach(([dx, dy], i) => {
    const px = x + (dx * cos - dy * sin) * r;
    const py = y + (dx * sin + dy * cos) * r;
    if (i === 0) p.moveTo(px, py);
    else p.lineTo(px, py);
  });
  p.closePath();
}

/** A solid lens with a handle to the lower right, one outline. */
function magnifier(p: PathSink, x: number, y: number, r: number): void {
  const cx = x - r * 0.25;
  const cy = y - r * 0.25;
  const R = r * 0.65;
  const w = r * 0.2;
  const axis = Math.PI / 4;
  const half = Math.asin(w / R);
  const ux = Math.cos(axis);
  const uy = Math.sin(axis);
  // Handle end, 1.6 r from the lens centre along the axis; (-uy, ux) is the axis normal.
  const ex = cx + ux * r * 1.6;
  const ey = cy + uy * r * 1.6;
  p.moveTo(cx + R * Math.cos(axis + half), cy + R * Math.sin(axis + half));
  p.arc(cx, cy, R, axis + half, axis - half + 2 * Math.PI);
  p.lineTo(ex + uy * w, ey - ux * w);
  p.lineTo(ex - uy * w, ey + ux * w);
  p.closePath();
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
