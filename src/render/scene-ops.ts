/**
 * A Scene as the ordered paint operations of its plot (paint-ops.ts), for every painter: lane stripes and
 * grid, then, in Key events mode, the faded context and the marks drawn in full, then titles and pinned key
 * marks. Layering, bottom to top: span bars, point marks (with a halo in the background colour so they read
 * on top of bars), quantity labels, count badges, titles on their plates, pinned key marks. Pure: the same
 * scene and theme give the same list. Coordinates are the plot's (the painter applies any origin).
 */
import type { ThemeColors } from '../model/palette';
import type { Tick } from '../model/ticks';
import { inkOn } from './ink';
import { TITLE_FONT_PX, TITLE_HEIGHT_PX } from './label-placement';
import { badgeOps, FADED_TITLE_ALPHA, markLabelOp, markOps, TITLE_PLATE_ALPHA } from './mark-style';
import type { Font, PaintOp } from './paint-ops';
import type { Scene, TitlePrimitive } from './scene';

export const TITLE_FONT: Font = { size: TITLE_FONT_PX, weight: 400 };

export function sceneOps(scene: Scene, theme: ThemeColors, ticks: readonly Tick[]): PaintOp[] {
  const ops: PaintOp[] = [];
  laneOps(ops, scene, theme);
  gridOps(ops, scene, theme, ticks);
  breakOps(ops, scene, theme);
  // Faded context first (Key events mode), then what is drawn in full; without the mode nothing is faded.
  for (const faded of scene.keyMode ? [true, false] : [false]) {
    for (const m of scene.marks) if (m.span && m.faded === faded) markOps(m, theme, scene.width, ops);
    for (const m of scene.marks)
      if (!m.span && !m.pinned && m.faded === faded) markOps(m, theme, scene.width, ops);
    for (const m of scene.marks) {
      if (m.faded !== faded) continue;
      const label = markLabelOp(m, theme);
      if (label) ops.push(label);
    }
    if (faded || !scene.keyMode) for (const c of scene.clusters) ops.push(...badgeOps(c, theme));
  }
  titleOps(ops, scene.titles, theme);
  // Pinned key marks go over the faded badge that counts them, and over the plates of titles.
  for (const m of scene.marks) if (m.pinned) markOps(m, theme, scene.width, ops);
  return ops;
}

function laneOps(ops: PaintOp[], scene: Scene, theme: ThemeColors): void {
  scene.lanes.forEach((lane, i) => {
    if (lane.y + lane.height < 0 || lane.y > scene.height) return;
    if (i % 2 === 1) {
      ops.push({
        op: 'rect',
        x: 0,
        y: lane.y,
        w: scene.width,
        h: lane.height,
        fill: theme.laneStripe,
        stroke: null,
      });
    }
    ops.push({
      op: 'rect',
      x: 0,
      y: lane.y + 2,
      w: 3,
      h: lane.height - 4,
      fill: inkOn(lane.color, theme),
      stroke: null,
      opacity: 0.7,
    });
  });
  const grid = { color: theme.grid, width: 1 };
  for (const lane of scene.lanes) {
    const y = Math.round(lane.y + lane.height) - 0.5;
    if (y < 0 || y > scene.height + 1) continue;
    ops.push({ op: 'line', x1: 0, y1: y, x2: scene.width, y2: y, stroke: grid });
  }
}

function gridOps(ops: PaintOp[], scene: Scene, theme: ThemeColors, ticks: readonly Tick[]): void {
  for (const major of [false, true]) {
    const stroke = { color: major ? theme.gridMajor : theme.grid, width: 1 };
    for (const tick of ticks) {
      if (tick.major !== major) continue;
      const x = Math.round(scene.scale.x(tick.t)) + 0.5;
      if (x < 0 || x > scene.width) continue;
      ops.push({ op: 'line', x1: x, y1: 0, x2: x, y2: scene.height, stroke });
    }
  }
}

/**
 * A compressed gap: a band in the background colour across every lane, edged by dashed lines, so the
 * lane stripes visibly stop and start again; the axis draws the matching break sign.
 */
function breakOps(ops: PaintOp[], scene: Scene, theme: ThemeColors): void {
  const edge = { color: theme.gridMajor, width: 1, dash: [3, 3] };
  for (const b of scene.breaks) {
    const x0 = Math.round(b.x0) + 0.5;
    const x1 = Math.round(b.x1) - 0.5;
    if (x1 < 0 || x0 > scene.width) continue;
    ops.push({
      op: 'rect',
      x: x0,
      y: 0,
      w: Math.max(1, x1 - x0),
      h: scene.height,
      fill: theme.background,
      stroke: null,
      tag: 'gap-break',
    });
    ops.push({ op: 'line', x1: x0, y1: 0, x2: x0, y2: scene.height, stroke: edge });
    ops.push({ op: 'line', x1: x1, y1: 0, x2: x1, y2: scene.height, stroke: edge });
  }
}

/**
 * Titles in the boxes the scene chose, each on a plate in the background colour: a span bar it crosses
 * (spans are no obstacles, or a lane of long spans could show no title) is interrupted rather than read as
 * a strike-through, and key titles read over faded context. The box width is the text's maxWidth, so a
 * font wider than the estimate squeezes the text instead of running into a neighbour.
 */
function titleOps(ops: PaintOp[], titles: readonly TitlePrimitive[], theme: ThemeColors): void {
  for (const t of titles) {
    ops.push({
      op: 'rect',
      x: t.x0 - 2,
      y: t.y - TITLE_HEIGHT_PX / 2,
      w: t.x1 - t.x0 + 4,
      h: TITLE_HEIGHT_PX,
      fill: theme.background,
      stroke: null,
      opacity: TITLE_PLATE_ALPHA,
      tag: 'title-plate',
    });
  }
  for (const t of titles) {
    ops.push({
      op: 'text',
      x: t.x0,
      y: t.y + 0.5,
      text: t.text,
      font: TITLE_FONT,
      fill: t.key ? theme.text : theme.mutedText,
      anchor: 'start',
      baseline: 'middle',
      maxWidth: t.x1 - t.x0 + 0.5,
      opacity: t.faded ? FADED_TITLE_ALPHA : 1,
      tag: t.key ? 'title key' : 'title',
    });
  }
}
