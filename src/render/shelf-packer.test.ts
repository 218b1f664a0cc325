import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShelfPacker } from './shelf-packer';

describe('shelf packer', () => {
  it('places rectangles inside its area without overlaps until it is full', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 40 }), h: fc.integer({ min: 1, max: 40 }) }), {
          maxLength: 200,
        }),
        (sizes) => {
          const packer = new ShelfPacker(128, 96);
          const placed: { x: number; y: number; w: number; h: number }[] = [];
          for (const { w, h } of sizes) {
            const slot = packer.place(w, h);
            if (!slot) continue;
            const box = { ...slot, w, h };
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.y).toBeGreaterThanOrEqual(0);
            expect(box.x + w).toBeLessThanOrEqual(128);
            expect(box.y + h).toBeLessThanOrEqual(96);
            for (const other of placed) {
              const apart =
                box.x + w <= other.x ||
                other.x + other.w <= box.x ||
                box.y + h <= other.y ||
                other.y + other.h <= box.y;
              expect(apart).toBe(true);
            }
            placed.push(box);
          }
        },
      ),
    );
  });

  it('fills rows of same-sized glyph slots and refuses what no longer fits', () => {
    const packer = new ShelfPacker(100, 40);
    const slots = Array.from({ length: 10 }, () => packer.place(20, 20));
    expect(slots.filter(Boolean)).toHaveLength(10);
    expect(slots[4]).toEqual({ x: 80, y: 0 });
    expect(slots[5]).toEqual({ x: 0, y: 20 });
    expect(packer.place(20, 20)).toBeNull();
    expect(packer.place(101, 1)).toBeNull();
  });
});
