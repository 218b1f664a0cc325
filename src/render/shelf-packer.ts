/**
 * Places rectangles in a fixed area, shelf by shelf: each shelf is as tall as the first rectangle put on it,
 * and a rectangle goes on the first shelf with room and at most a third taller than needed, or on a new
 * shelf. Sprites of a chart come in a few heights (glyphs, tiles, one or two label sizes), so shelves waste
 * little and a placement costs a short scan. Nothing is ever freed: a full packer is replaced.
 */
export interface Slot {
  x: number;
  y: number;
}

interface Shelf {
  y: number;
  height: number;
  /** Next free x on the shelf. */
  x: number;
}

export class ShelfPacker {
  private shelves: Shelf[] = [];
  private nextY = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** The top-left of a free w × h area, or null when none is left. */
  place(w: number, h: number): Slot | null {
    if (w <= 0 || h <= 0 || w > this.width || h > this.height) return null;
    for (const shelf of this.shelves) {
      if (h <= shelf.height && h * 4 >= shelf.height * 3 - 1 && shelf.x + w <= this.width) {
        const slot = { x: shelf.x, y: shelf.y };
        shelf.x += w;
        return slot;
      }
    }
    if (this.nextY + h > this.height) return null;
    const shelf = { y: this.nextY, height: h, x: w };
    this.shelves.push(shelf);
    this.nextY += h;
    return { x: 0, y: shelf.y };
  }
}
