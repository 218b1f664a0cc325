/**
 * Paints the export picture (title, caption, axis, lane labels, marks, legend) onto a 2D context, for PNG.
 * Same layout as the SVG export; marks go through the live chart's painter.
 */
import type { ThemeColors } from '../model/palette';
import { timeToX } from '../model/time-domain';
import { paintScene } from './canvas-painter';
import type { ExportContent, ExportLayout } from './export-layout';
import { exportLayout } from './export-layout';
import { EVENT_TYPE_INFO } from '../model/event-type-info';
import { traceGlyph } from './shapes';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The size the canvas needs, CSS px; multiply by the scale for device pixels. */
export function exportSize(content: ExportContent): ExportLayout {
  return exportLayout(content);
}

export function paintExport(
  ctx: CanvasRenderingContext2D,
  content: ExportContent,
  theme: ThemeColors,
  scale: number,
): void {
  const layout = exportLayout(content);
  const { scene, ticks } = content;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.text;
  ctx.font = `600 16px ${FONT}`;
  ctx.fillText(content.title, 16, layout.titleY + 16);
  ctx.fillStyle = theme.mutedText;
  ctx.font = `12px ${FONT}`;
  ctx.fillText(content.caption, 16, layout.captionY + 13);

  for (const tick of ticks) {
    const x = timeToX(scene.domain, scene.width, tick.t);
    if (x < 0 || x > scene.width) continue;
    ctx.fillStyle = tick.major ? theme.text : theme.mutedText;
    ctx.font = `${tick.major ? '600 ' : ''}12px ${FONT}`;
    ctx.fillText(tick.label, layout.plotX + x + 4, layout.axisY + 18);
  }

  paintScene(ctx, scene, {
    theme,
    pixelRatio: scale,
    ticks,
    originX: layout.plotX,
    originY: layout.plotY,
    clear: false,
  });

  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  for (const lane of scene.lanes) {
    const y = layout.plotY + lane.y;
    ctx.fillStyle = lane.color;
    ctx.fillRect(8, y + 6, 4, lane.height - 12);
    ctx.fillStyle = theme.text;
    ctx.font = `600 13px ${FONT}`;
    ctx.textAlign = 'left';
    ctx.fillText(lane.label, 18, y + lane.height / 2 + 4, content.gutterWidth - 60);
    ctx.fillStyle = theme.mutedText;
    ctx.font = `12px ${FONT}`;
    ctx.textAlign = 'right';
    ctx.fillText(String(lane.count), content.gutterWidth - 8, y + lane.height / 2 + 4);
  }
  ctx.textAlign = 'left';
  for (const item of layout.legend) {
    if (item.kind === 'family') {
      ctx.fillStyle = theme.mutedText;
      ctx.font = `600 12px ${FONT}`;
      ctx.fillText(item.label, item.x, item.y + 11);
      continue;
    }
    ctx.beginPath();
    traceGlyph(ctx, EVENT_TYPE_INFO[item.type].glyph, item.x + 7, item.y + 7, 5);
    ctx.fillStyle = theme.mutedText;
    ctx.fill();
    ctx.fillStyle = theme.text;
    ctx.font = `12px ${FONT}`;
    ctx.fillText(item.label, item.x + 18, item.y + 11);
  }
}
