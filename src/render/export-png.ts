/**
 * Paints the export picture onto a 2D context, for PNG: the shared frame (export-frame.ts) and the plot
 * (canvas-painter.ts), both through the canvas painter of paint operations. The SVG export draws the same
 * operations, so the two files show the same picture.
 */
import type { ThemeColors } from '../model/palette';
import { paintOps } from './canvas-ops';
import { paintScene } from './canvas-painter';
import type { ExportContent, ExportLayout } from './export-layout';
import { exportLayout } from './export-layout';
import { exportFrameOps } from './export-frame';

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
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  paintOps(ctx, exportFrameOps(content, layout, theme));
  paintScene(ctx, content.scene, {
    theme,
    pixelRatio: scale,
    ticks: content.ticks,
    originX: layout.plotX,
    originY: layout.plotY,
    clear: false,
  });
}
