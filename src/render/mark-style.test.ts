import { describe, expect, it } from 'vitest';
import { DARK_THEME, LIGHT_THEME } from '../model/palette';
import type { ThemeColors } from '../model/palette';
import type { PaintContext } from './canvas-ops';
import { paintOps } from './canvas-ops';
import { checkGolden, recordingContext } from './golden';
import { badgeOps, badgeShade, FADED_ALPHA, markLabelOp, markOps, markStyle } from './mark-style';
import type { PaintOp } from './paint-ops';
import type { ClusterPrimitive, MarkPrimitive } from './scene';
import { opsToSvg, SVG_FONT_FAMILY } from './svg-ops';

const GOLDEN_DIR = `${import.meta.dirname}/golden/marks`;
const WIDTH = 200;

const day: MarkPrimitive = {
  kind: 'mark',
  row: 0,
  x: 60,
  x0: 60,
  x1: 60,
  y: 20,
  r: 5,
  glyph: 'triangle-up',
  color: '#1f4e9c',
  span: false,
  hollow: false,
  negated: false,
  soft: false,
  isNew: false,
  label: '',
  faded: false,
  pinned: false,
};
const period: MarkPrimitive = { ...day, span: true, x: 25.5, x0: 20, x1: 180, r: 3.5 };
const badge: ClusterPrimitive = {
  kind: 'cluster',
  lane: 0,
  count: 7,
  t0: 0,
  t1: 0,
  color: '#1f4e9c',
  x: 60,
  halfWidth: 10,
  faded: false,
  x0: 60,
  x1: 60,
  y: 20,
  r: 8.9,
};

/** One sample of each mark kind the chart draws. */
const KINDS: Record<string, (theme: ThemeColors) => PaintOp[]> = {
  day: (t) => markOps(day, t, WIDTH),
  planned: (t) => markOps({ ...day, hollow: true }, t, WIDTH),
  negated: (t) => markOps({ ...day, hollow: true, negated: true }, t, WIDTH),
  new: (t) => markOps({ ...day, isNew: true }, t, WIDTH),
  faded: (t) => markOps({ ...day, faded: true }, t, WIDTH),
  quantity: (t) => {
    const m = { ...day, r: 7, label: '31' };
    return [...markOps(m, t, WIDTH), markLabelOp(m, t)].filter((o): o is PaintOp => o !== null);
  },
  period: (t) => markOps(period, t, WIDTH),
  'approximate-period': (t) => markOps({ ...period, soft: true }, t, WIDTH),
  'planned-period': (t) => markOps({ ...period, hollow: true }, t, WIDTH),
  'negated-period': (t) => markOps({ ...period, hollow: true, negated: true }, t, WIDTH),
  'new-period': (t) => markOps({ ...period, isNew: true }, t, WIDTH),
  badge: (t) => badgeOps(badge, t),
  'badge-dense': (t) => badgeOps({ ...badge, count: 12_000, halfWidth: 14, r: 11 }, t),
};

/** A viewable SVG of one kind: light on the left, dark on the right. */
function svgGolden(kind: (t: ThemeColors) => PaintOp[]): string {
  const ids = { next: 0 };
  const half = (theme: ThemeColors, dx: number) => [
    `<g transform="translate(${dx},0)">`,
    `<rect width="${WIDTH}" height="40" fill="${theme.background}"/>`,
    ...opsToSvg(kind(theme), ids),
    '</g>',
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * WIDTH}" height="40" font-family="${SVG_FONT_FAMILY}">`,
    ...half(LIGHT_THEME, 0),
    ...half(DARK_THEME, WIDTH),
    '</svg>',
    '',
  ].join('\n');
}

function canvasGolden(kind: (t: ThemeColors) => PaintOp[]): string {
  const lines: string[] = [];
  for (const theme of [LIGHT_THEME, DARK_THEME]) {
    const { ctx, calls } = recordingContext();
    paintOps(ctx as PaintContext, kind(theme));
    lines.push(`# ${theme.name}`, ...calls);
  }
  return `${lines.join('\n')}\n`;
}

describe('mark style', () => {
  for (const [name, kind] of Object.entries(KINDS)) {
    it(`draws a ${name} mark the same in SVG and on canvas as the golden files`, () => {
      expect(checkGolden(`${GOLDEN_DIR}/${name}.svg`, svgGolden(kind))).toBeNull();
      expect(checkGolden(`${GOLDEN_DIR}/${name}.canvas.txt`, canvasGolden(kind))).toBeNull();
    });
  }

  it('crosses out a negated day and slashes a negated period, in both themes', () => {
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      expect(markStyle({ ...day, hollow: true, negated: true }, theme).slash).not.toBeNull();
      const ops = markOps({ ...period, hollow: true, negated: true }, theme, WIDTH);
      expect(ops.filter((o) => o.op === 'line' && o.y1 !== o.y2).length).toBeGreaterThan(2);
    }
  });

  it('draws no glyph for a coarse date: a period is a bar with end caps, never a dot on its first day', () => {
    for (const m of [period, { ...period, soft: true }, { ...period, hollow: true }]) {
      expect(markOps(m, LIGHT_THEME, WIDTH).some((o) => o.op === 'glyph' || o.op === 'circle')).toBe(false);
    }
    const caps = markOps(period, LIGHT_THEME, WIDTH).filter((o) => o.op === 'line' && o.x1 === o.x2);
    expect(caps.map((o) => (o.op === 'line' ? o.x1 : 0))).toEqual([20, 180]);
  });

  it('fades an approximate period at both ends instead of capping it', () => {
    const ops = markOps({ ...period, soft: true }, DARK_THEME, WIDTH);
    const bar = ops.find((o) => o.op === 'rect');
    expect(
      bar?.op === 'rect' && typeof bar.fill === 'object' ? bar.fill?.stops.map((s) => s.opacity) : null,
    ).toEqual([0, 0.5, 0.5, 0]);
    expect(ops.some((o) => o.op === 'line')).toBe(false);
  });

  it('rings a new event in the highlight colour and fades Key events context', () => {
    const ring = markOps({ ...day, isNew: true }, DARK_THEME, WIDTH)[0];
    expect(ring?.op === 'circle' && ring.stroke?.color).toBe(DARK_THEME.highlight);
    expect(markOps({ ...day, faded: true }, LIGHT_THEME, WIDTH).every((o) => o.opacity === FADED_ALPHA)).toBe(
      true,
    );
  });

  it('shades count badges by count on a log scale, from 4 to 100,000 events', () => {
    const shades = [4, 40, 400, 4000, 100_000].map(badgeShade);
    expect(shades).toEqual([...shades].sort((a, b) => a - b));
    expect((shades[4] ?? 0) - (shades[0] ?? 0)).toBeGreaterThan(0.6);
    expect(badgeShade(1_000_000)).toBe(badgeShade(100_000));
  });
});
