import { describe, expect, it } from 'vitest';
import type { GlyphOp } from './canvas-ops';
import { paintOps } from './canvas-ops';
import type { PaintContext } from './canvas-ops';
import { recordingContext } from './golden';
import type { PaintOp } from './paint-ops';
import { SpriteAtlas, SpriteSources } from './sprite-atlas';
import { badgeOps } from './mark-style';
import { LIGHT_THEME } from '../model/palette';
import type { ClusterPrimitive } from './scene';
import { badgeSize } from './scene';
import type { AtlasSurface, BlitContext } from './sprite-atlas';

const glyph = (x: number, y: number, fill = '#1f4e9c', r = 5): GlyphOp => ({
  op: 'glyph',
  glyph: 'circle',
  x,
  y,
  r,
  fill,
  stroke: { color: '#ffffff', width: 1.5 },
  strokeUnder: true,
});

function setUp(pixelRatio = 2) {
  const target = recordingContext();
  const atlas = recordingContext();
  const surface = { canvas: { width: 2048, height: 2048 }, ctx: atlas.ctx } as unknown as AtlasSurface;
  const sprites = new SpriteAtlas(target.ctx as BlitContext, () => surface);
  sprites.begin(pixelRatio, 0, 0);
  const paint = (ops: PaintOp[]) => paintOps(target.ctx as PaintContext, ops, sprites);
  return { sprites, paint, target: target.calls, atlas: atlas.calls };
}

describe('sprite atlas', () => {
  it('rasterises each glyph look once and copies it for every mark of that look', () => {
    const { sprites, paint, target, atlas } = setUp();
    paint([glyph(10.3, 20), glyph(40, 20), glyph(70.8, 33.1, '#d62728')]);
    paint([glyph(15, 25), glyph(90, 60, '#d62728')]);
    expect(sprites.drawn).toBe(2);
    expect(sprites.copied).toBe(5);
    // The glyphs were traced in the atlas, never on the chart.
    expect(atlas.filter((c) => c.startsWith('arc(')).length).toBe(2);
    expect(target.filter((c) => c.startsWith('arc(')).length).toBe(0);
    expect(target.filter((c) => c.startsWith('drawImage(')).length).toBe(5);
  });

  it('puts a copied glyph centre on a whole device pixel, within half a pixel of the mark', () => {
    const { paint, target } = setUp(2);
    paint([glyph(10.3, 20.6)]);
    const call = target.find((c) => c.startsWith('drawImage('));
    const args = (call ?? '')
      .replace(/^drawImage\(<gradient>, /, '')
      .replace(/\)$/, '')
      .split(', ')
      .map(Number);
    const [, , sw, , dx, dy, dw, dh] = args;
    const cx = (dx ?? 0) + (dw ?? 0) / 2;
    const cy = (dy ?? 0) + (dh ?? 0) / 2;
    expect(Math.abs(cx - 10.3)).toBeLessThanOrEqual(0.25);
    expect(Math.abs(cy - 20.6)).toBeLessThanOrEqual(0.25);
    expect(Number.isInteger(cx * 2)).toBe(true);
    expect(dw).toBe((sw ?? 0) / 2);
  });

  it('draws large glyphs and every other operation directly', () => {
    const { sprites, paint, target } = setUp();
    paint([
      glyph(10, 10, '#1f4e9c', 30),
      { op: 'rect', x: 0, y: 0, w: 10, h: 3, fill: '#000000', stroke: null },
    ]);
    expect(sprites.copied).toBe(0);
    expect(target.some((c) => c.startsWith('arc('))).toBe(true);
    expect(target.some((c) => c.startsWith('fillRect('))).toBe(true);
  });

  const badgeOf = (count: number, x: number, color = '#1f4e9c'): ClusterPrimitive => ({
    kind: 'cluster',
    lane: 0,
    count,
    t0: 0,
    t1: 0,
    color,
    x,
    y: 20,
    x0: x,
    x1: x,
    faded: false,
    ...badgeSize(count),
  });

  it('copies count badges, tiles and numbers, and rasterises each look once', () => {
    const { sprites, paint, target } = setUp(1);
    const frame = (dx: number) =>
      [badgeOf(7, 30 + dx), badgeOf(7, 90 + dx), badgeOf(12, 150 + dx)].flatMap((c) =>
        badgeOps(c, LIGHT_THEME),
      );
    paint(frame(0));
    const afterFirst = sprites.drawn;
    paint(frame(13.3));
    // Two tiles and a number per badge; "7" twice is one look.
    expect(afterFirst).toBeLessThanOrEqual(6);
    expect(sprites.drawn).toBe(afterFirst);
    expect(sprites.copied).toBe(18);
    expect(target.some((c) => c.startsWith('fillText('))).toBe(false);
    expect(target.some((c) => c.startsWith('arc('))).toBe(false);
  });

  it('keeps neighbouring counts on a few tile looks: the shade and height move in steps', () => {
    const { sprites, paint } = setUp(1);
    paint(
      Array.from({ length: 40 }, (_, i) => badgeOf(400 + i, 30 * i)).flatMap((c) => badgeOps(c, LIGHT_THEME)),
    );
    const tiles = sprites.drawn - 40; // each count is a number of its own
    expect(tiles).toBeLessThanOrEqual(4);
  });

  it('draws quantities with a halo and squeezed titles directly: they take any text', () => {
    const { sprites, paint, target } = setUp(1);
    const font = { size: 10, weight: 600 };
    paint([
      {
        op: 'text',
        x: 5,
        y: 5,
        text: '31',
        font,
        fill: '#000',
        anchor: 'start',
        baseline: 'middle',
        halo: { color: '#fff', width: 3 },
      },
      {
        op: 'text',
        x: 5,
        y: 25,
        text: 'Talks',
        font,
        fill: '#000',
        anchor: 'start',
        baseline: 'middle',
        maxWidth: 40,
      },
    ]);
    expect(sprites.copied).toBe(0);
    expect(target.filter((c) => c.startsWith('fillText(')).length).toBe(2);
  });

  it('keeps event titles in an atlas of their own, copied while they stay the same', () => {
    const target = recordingContext();
    const surface = () =>
      ({ canvas: { width: 1024, height: 1024 }, ctx: recordingContext().ctx }) as unknown as AtlasSurface;
    const marks = new SpriteAtlas(target.ctx as BlitContext, surface);
    const titles = new SpriteAtlas(target.ctx as BlitContext, surface, 'titles');
    const sprites = new SpriteSources([marks, titles]);
    sprites.begin(1);
    const title = (x: number, text: string): PaintOp => ({
      op: 'text',
      x,
      y: 20,
      text,
      font: { size: 11, weight: 400 },
      fill: '#333333',
      anchor: 'start',
      baseline: 'middle',
      maxWidth: 120.5,
    });
    const paint = (ops: PaintOp[]) => paintOps(target.ctx as PaintContext, ops, sprites);
    paint([title(10, 'Talks resume in Geneva'), glyph(5, 20)]);
    paint([title(42.3, 'Talks resume in Geneva'), glyph(37.3, 20)]);
    expect(titles.drawn).toBe(1);
    expect(titles.copied).toBe(2);
    expect(marks.drawn).toBe(1);
    expect(marks.copied).toBe(2);
    expect(target.calls.some((c) => c.startsWith('fillText('))).toBe(false);
    // A different cut of the title is a different picture.
    paint([title(10, 'Talks resume…')]);
    expect(titles.drawn).toBe(2);
  });

  it('opens another page when one is full, and clears only the page used longest ago', () => {
    const target = recordingContext();
    let surfaces = 0;
    const surface = () => {
      surfaces++;
      return { canvas: { width: 64, height: 64 }, ctx: recordingContext().ctx } as unknown as AtlasSurface;
    };
    // A 64 px page holds nine 18 px glyph slots.
    const sprites = new SpriteAtlas(target.ctx as BlitContext, surface, 'marks', 64);
    sprites.begin(1);
    const looks = (from: number) =>
      Array.from({ length: 9 }, (_, i) =>
        glyph(10 * i, 20, `#0000${(from + i).toString(16).padStart(2, '0')}`),
      );
    const paint = (ops: PaintOp[]) => paintOps(target.ctx as PaintContext, ops, sprites);
    paint(looks(0));
    paint(looks(9));
    paint(looks(18));
    expect(surfaces).toBe(3);
    expect(sprites.drawn).toBe(27);
    expect(sprites.resets).toBe(0);
    // The looks of the last two frames stay; nine new ones take the page of the first frame.
    paint([...looks(9), ...looks(18), ...looks(27)]);
    expect(surfaces).toBe(3);
    expect(sprites.resets).toBe(1);
    expect(sprites.drawn).toBe(36);
    expect(sprites.copied).toBe(27 + 27);
    expect(target.calls.some((c) => c.startsWith('arc('))).toBe(false);
    // The first frame's looks were on the cleared page: they are drawn again, into a page of their own.
    paint(looks(0));
    expect(sprites.drawn).toBe(45);
  });
});
