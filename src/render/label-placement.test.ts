import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from './label-placement';
import { LABEL_HEIGHT_PX, labelTextWidth, placeLabels } from './label-placement';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const boxOf = (c: { x: number; y: number; text: string }): Box => ({
  x0: c.x,
  x1: c.x + labelTextWidth(c.text),
  y0: c.y - LABEL_HEIGHT_PX / 2,
  y1: c.y + LABEL_HEIGHT_PX / 2,
});

describe('quantity label placement', () => {
  it('shows a label that has room and hides one that would cover the next mark', () => {
    const marks: Box[] = [
      { x0: 95, x1: 105, y0: 45, y1: 55 },
      { x0: 118, x1: 128, y0: 45, y1: 55 },
      { x0: 300, x1: 310, y0: 45, y1: 55 },
    ];
    const shown = placeLabels(
      [
        { x: 108, y: 50, text: '9.3k' },
        { x: 313, y: 50, text: '8' },
      ],
      marks,
      10,
    );
    expect(shown).toEqual([false, true]);
  });

  it('never puts a label on another label or on a mark', () => {
    const cand = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.constantFrom(36, 50, 64),
      text: fc.constantFrom('8', '31', '950', '9.3k', '11k', '1.2M'),
    });
    fc.assert(
      fc.property(
        fc.array(cand, { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { maxLength: 30 }),
        (cands, markXs) => {
          const sorted = [...cands].sort((a, b) => a.x - b.x);
          const marks = markXs
            .map((x): Box => ({ x0: x - 5, x1: x + 5, y0: 45, y1: 55 }))
            .sort((a, b) => a.x0 - b.x0);
          const shown = placeLabels(sorted, marks, 10);
          const kept = sorted.filter((_, i) => shown[i]).map(boxOf);
          kept.forEach((a, i) => {
            for (const m of marks) expect(overlaps(a, m)).toBe(false);
            for (const b of kept.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
          });
        },
      ),
    );
  });

  it('estimates widths wide enough for bold digits and caches them', () => {
    expect(labelTextWidth('9.3k')).toBeGreaterThan(labelTextWidth('93'));
    expect(labelTextWidth('1.2M')).toBe(labelTextWidth('1.2M'));
    expect(labelTextWidth('8')).toBeGreaterThanOrEqual(6);
  });
});
