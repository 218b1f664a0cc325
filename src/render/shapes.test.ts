import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../model/event-record';
import { GLYPH_NAMES } from '../model/event-type-info';
import type { GlyphName, PathSink } from './shapes';
import { glyphForTypeIndex, traceGlyph } from './shapes';

/** Records a traced path as points (arcs sampled every 15 degrees), rounded to 0.1 px. */
function trace(name: GlyphName, r = 10): { points: [number, number][]; closed: boolean } {
  const points: [number, number][] = [];
  let closed = false;
  const at = (x: number, y: number) => points.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  const sink: PathSink = {
    moveTo: at,
    lineTo: at,
    arc(x, y, radius, a0, a1, ccw) {
      // Canvas semantics: anticlockwise from a0 to a1 goes the other way round.
      const turn = 2 * Math.PI;
      const back = (((a0 - a1) % turn) + turn) % turn;
      const sweep = ccw ? -(back || turn) : a1 - a0;
      const steps = Math.max(2, Math.ceil(Math.abs(sweep) / (Math.PI / 12)));
      for (let i = 0; i <= steps; i++) {
        const a = a0 + (sweep * i) / steps;
        at(x + radius * Math.cos(a), y + radius * Math.sin(a));
      }
    },
    closePath: () => (closed = true),
  };
  traceGlyph(sink, name, 0, 0, r);
  return { points, closed };
}

describe('glyph shapes', () => {
  it('traces every glyph as a closed outline about 2r across, centred on the point', () => {
    for (const name of GLYPH_NAMES) {
      const { points } = trace(name);
      expect(points.length, name).toBeGreaterThanOrEqual(3);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      // Within 1.4 r of the centre (the star's points reach 1.25 r), and at least r wide or tall.
      for (const v of [...xs, ...ys]) expect(Math.abs(v), name).toBeLessThanOrEqual(14);
      const w = Math.max(...xs) - Math.min(...xs);
      const h = Math.max(...ys) - Math.min(...ys);
      expect(Math.max(w, h), name).toBeGreaterThanOrEqual(10);
      expect(Math.abs((Math.max(...xs) + Math.min(...xs)) / 2), `${name} centred in x`).toBeLessThanOrEqual(
        3.5,
      );
      expect(Math.abs((Math.max(...ys) + Math.min(...ys)) / 2), `${name} centred in y`).toBeLessThanOrEqual(
        3.5,
      );
    }
  });

  it('draws no two glyphs alike', () => {
    const outlines = GLYPH_NAMES.map((name) => JSON.stringify(trace(name).points));
    expect(new Set(outlines).size).toBe(GLYPH_NAMES.length);
  });

  it('takes the glyph of a table row from the registry, and an unknown index as other', () => {
    expect(glyphForTypeIndex(EVENT_TYPES.indexOf('missile-test'))).toBe('triangle-up');
    expect(glyphForTypeIndex(EVENT_TYPES.indexOf('bankruptcy'))).toBe('chevron-down');
    expect(glyphForTypeIndex(255)).toBe('dot');
  });
});
