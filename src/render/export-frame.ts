/**
 * The frame of an exported picture, the same for PNG and SVG: background, title, caption, axis labels,
 * lane labels and the legend (how each kind of mark is drawn, then the event types), as paint operations
 * (paint-ops.ts) placed by export-layout.ts. Legend samples are real marks through mark-style.ts, so the
 * legend shows exactly what the plot draws.
 */
import { EVENT_TYPE_INFO } from '../model/event-type-info';
import type { ThemeColors } from '../model/palette';
import { breakSlashes } from './axis-break';
import type { Encoding, ExportContent, ExportLayout } from './export-layout';
import { ENCODING_SAMPLE_PX } from './export-layout';
import { badgeOps, markLabelOp, markOps } from './mark-style';
import type { PaintOp } from './paint-ops';
import type { ClusterPrimitive, MarkPrimitive } from './scene';

const TITLE_FONT = { size: 16, weight: 600 };
const TEXT_FONT = { size: 12, weight: 400 };
const BOLD_FONT = { size: 12, weight: 600 };
const LANE_FONT = { size: 13, weight: 600 };

/** Paint operations of everything but the plot, in picture coordinates (CSS px). */
export function exportFrameOps(content: ExportContent, layout: ExportLayout, theme: ThemeColors): PaintOp[] {
  const { scene, ticks } = content;
  const text = (
    x: number,
    y: number,
    value: string,
    fill: string,
    font = TEXT_FONT,
    extra: Partial<PaintOp> = {},
  ) =>
    ({
      op: 'text',
      x,
      y,
      text: value,
      font,
      fill,
      anchor: 'start',
      baseline: 'alphabetic',
      ...extra,
    }) as PaintOp;
  const ops: PaintOp[] = [
    { op: 'rect', x: 0, y: 0, w: layout.width, h: layout.height, fill: theme.background, stroke: null },
    text(16, layout.titleY + 16, content.title, theme.text, TITLE_FONT, { tag: 'export-title' }),
    text(16, layout.captionY + 13, content.caption, theme.mutedText, TEXT_FONT, { tag: 'export-caption' }),
  ];
  if (content.sources) {
    ops.push(
      text(16, layout.sourcesY + 12, content.sources, theme.mutedText, TEXT_FONT, {
        tag: 'export-sources',
        maxWidth: layout.width - 32,
      }),
    );
  }
  for (const tick of ticks) {
    const x = scene.scale.x(tick.t);
    if (x < 0 || x > scene.width) continue;
    ops.push(
      text(layout.plotX + x + 4, layout.axisY + 18, tick.label, tick.major ? theme.text : theme.mutedText, {
        size: 12,
        weight: tick.major ? 600 : 400,
      }),
    );
  }
  for (const b of scene.breaks) {
    const cx = layout.plotX + (b.x0 + b.x1) / 2;
    if (cx < layout.plotX || cx > layout.plotX + scene.width) continue;
    for (const l of breakSlashes(cx, layout.axisY + 20))
      ops.push({ op: 'line', ...l, stroke: { color: theme.text, width: 1.5 }, tag: 'axis-break' });
  }
  for (const lane of scene.lanes) {
    const y = layout.plotY + lane.y;
    ops.push({ op: 'rect', x: 8, y: y + 6, w: 4, h: lane.height - 12, fill: lane.color, stroke: null });
    ops.push(
      text(18, y + lane.height / 2 + 4, lane.label, theme.text, LANE_FONT, {
        maxWidth: content.gutterWidth - 60,
        tag: 'lane-label',
      }),
    );
    ops.push(
      text(content.gutterWidth - 8, y + lane.height / 2 + 4, String(lane.count), theme.mutedText, TEXT_FONT, {
        anchor: 'end',
      }),
    );
  }
  for (const item of layout.legend) {
    if (item.kind === 'family') {
      ops.push(text(item.x, item.y + 11, item.label, theme.mutedText, BOLD_FONT));
      continue;
    }
    if (item.kind === 'encoding') {
      ops.push(...encodingSample(item.encoding, item.x, item.y + 7, theme));
      ops.push(text(item.x + ENCODING_SAMPLE_PX + 6, item.y + 11, item.label, theme.text));
      continue;
    }
    ops.push({
      op: 'glyph',
      glyph: EVENT_TYPE_INFO[item.type].glyph,
      x: item.x + 7,
      y: item.y + 7,
      r: 5,
      fill: theme.mutedText,
      stroke: null,
    });
    ops.push(text(item.x + 18, item.y + 11, item.label, theme.text));
  }
  return ops;
}

/** A sample of one mark kind, ENCODING_SAMPLE_PX wide, centred on y: real marks in the muted text colour. */
function encodingSample(encoding: Encoding, x: number, y: number, theme: ThemeColors): PaintOp[] {
  const color = theme.mutedText;
  const base: MarkPrimitive = {
    kind: 'mark',
    row: -1,
    x: x + 7,
    x0: x + 7,
    x1: x + 7,
    y,
    r: 5,
    glyph: 'circle',
    color,
    span: false,
    hollow: false,
    negated: false,
    soft: false,
    isNew: false,
    label: '',
    faded: false,
    pinned: false,
  };
  const period = { ...base, span: true, x0: x + 2, x1: x + ENCODING_SAMPLE_PX - 2, r: 3.5 };
  const wide = Number.MAX_SAFE_INTEGER;
  switch (encoding) {
    case 'span':
      return markOps(period, theme, wide);
    case 'soft':
      return markOps({ ...period, soft: true }, theme, wide);
    case 'hollow':
      return markOps({ ...base, hollow: true }, theme, wide);
    case 'negated':
      return markOps({ ...base, hollow: true, negated: true }, theme, wide);
    case 'new':
      return markOps({ ...base, isNew: true, r: 3.5 }, theme, wide);
    case 'quantity': {
      const m = { ...base, x: x + 5, x0: x + 5, x1: x + 5, r: 4, label: '31' };
      const label = markLabelOp(m, theme);
      return [...markOps(m, theme, wide), ...(label ? [label] : [])];
    }
    case 'badge': {
      const c: ClusterPrimitive = {
        kind: 'cluster',
        lane: -1,
        count: 12,
        t0: 0,
        t1: 0,
        color,
        x: x + ENCODING_SAMPLE_PX / 2,
        halfWidth: 12,
        faded: false,
        x0: 0,
        x1: 0,
        y,
        r: 8,
      };
      return badgeOps(c, theme);
    }
  }
}
