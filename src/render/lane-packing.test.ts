import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BadgeSeed, PackPoint } from './lane-packing';
import { GAP_PX, packPoints, packSpans, subRowOffset } from './lane-packing';

const size = (count: number) => ({ r: 8, halfWidth: Math.max(8, (String(count).length * 7 + 8) / 2) });
const point = (x: number, r = 5): PackPoint => ({ x, r, t0: x, t1: x + 1 });

const pointsArb = fc
  .array(fc.record({ x: fc.double({ min: 0, max: 600, noNaN: true }), r: fc.constantFrom(5, 6.4, 9) }), {
    maxLength: 80,
  })
  .map((ps) => ps.sort((a, b) => a.x - b.x).map((p) => point(p.x, p.r)));
const seedsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 24 }), { maxLength: 12 })
  .chain((buckets) =>
    fc.tuple(
      fc.constant(buckets.sort((a, b) => a - b)),
      fc.array(fc.integer({ min: 4, max: 5000 }), { minLength: buckets.length, maxLength: buckets.length }),
    ),
  )
  .map(([buckets, counts]): BadgeSeed[] =>
    buckets.map((b, i) => ({ x: b * 24 + 12, count: counts[i] ?? 4, t0: b, t1: b + 1 })),
  );

describe('lane packing', () => {
  it('keeps every event: placed points plus badge counts equal the points and seed counts given', () => {
    fc.assert(
      fc.property(pointsArb, seedsArb, (points, seeds) => {
        const { rowOf, badges } = packPoints(points, seeds, 3, 14, size);
        const placed = Array.from(rowOf).filter((r) => r >= 0).length;
        const inBadges = badges.reduce((n, b) => n + b.count, 0);
        expect(placed + inBadges).toBe(points.length + seeds.reduce((n, s) => n + s.count, 0));
      }),
    );
  });

  it('never lets badges touch each other or a placed point, nor points overlap within a row', () => {
    fc.assert(
      fc.property(pointsArb, seedsArb, (points, seeds) => {
        const { rowOf, badges } = packPoints(points, seeds, 3, 14, size);
        for (let i = 1; i < badges.length; i++) {
          const a = badges[i - 1];
          const b = badges[i];
          if (!a || !b) continue;
          expect(b.x - b.halfWidth - (a.x + a.halfWidth)).toBeGreaterThanOrEqual(GAP_PX - 1e-9);
        }
        points.forEach((p, i) => {
          if ((rowOf[i] ?? -1) < 0) return;
          for (const b of badges) {
            const apart =
              p.x + p.r + GAP_PX <= b.x - b.halfWidth + 1e-9 || p.x - p.r >= b.x + b.halfWidth - 1e-9;
            expect(apart).toBe(true);
          }
          for (let j = i + 1; j < points.length; j++) {
            const q = points[j];
            if (!q || rowOf[j] !== rowOf[i]) continue;
            expect(q.x - q.r - (p.x + p.r)).toBeGreaterThanOrEqual(GAP_PX - 1e-9);
          }
        });
      }),
    );
  });

  it('draws a lone event as its own mark on the centre line, never as a badge of one', () => {
    const { rowOf, badges } = packPoints([point(100)], [], 3, 14, size);
    expect(badges).toHaveLength(0);
    expect(rowOf[0]).toBe(0);
  });

  it('stacks three events of the same day in three rows and turns a fourth into a badge of four', () => {
    const same = [point(50), point(50), point(50)];
    expect(Array.from(packPoints(same, [], 3, 14, size).rowOf)).toEqual([0, 1, 2]);
    const four = packPoints([...same, point(50)], [], 3, 14, size);
    expect(four.badges.map((b) => b.count)).toEqual([4]);
    expect(Array.from(four.rowOf)).toEqual([-1, -1, -1, -1]);
  });

  it('merges neighbouring badges that would touch, keeping the sum and the whole time range', () => {
    const seeds: BadgeSeed[] = [
      { x: 12, count: 1200, t0: 0, t1: 10 },
      { x: 36, count: 30, t0: 10, t1: 20 },
      { x: 300, count: 9, t0: 200, t1: 210 },
    ];
    const { badges } = packPoints([], seeds, 3, 14, size);
    expect(badges.map((b) => [b.count, b.t0, b.t1])).toEqual([
      [1230, 0, 20],
      [9, 200, 210],
    ]);
  });

  it('folds a mark that would sit under a badge into that badge', () => {
    const { rowOf, badges } = packPoints([point(40)], [{ x: 36, count: 12, t0: 0, t1: 1 }], 3, 14, size);
    expect(rowOf[0]).toBe(-1);
    expect(badges[0]?.count).toBe(13);
  });

  it('orders sub-rows from the centre outwards', () => {
    expect([0, 1, 2, 3, 4].map(subRowOffset)).toEqual([0, -1, 1, -2, 2]);
  });

  it('puts spans that do not overlap in one row and overlapping ones in the next', () => {
    const rows = packSpans(
      [
        { x0: 0, x1: 100 },
        { x0: 50, x1: 300 },
        { x0: 120, x1: 200 },
        { x0: 310, x1: 400 },
      ],
      4,
    );
    expect(Array.from(rows)).toEqual([0, 1, 0, 0]);
  });
});
