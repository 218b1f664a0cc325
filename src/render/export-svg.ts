/**
 * The current view as a standalone SVG document: the shared export frame (export-frame.ts) and the plot's
 * paint operations (scene-ops.ts), the very list the canvas draws, through the SVG painter (svg-ops.ts).
 * Real text for title, caption, axis and lane labels; every piece of it escaped.
 */
import type { ThemeColors } from '../model/palette';
import type { ExportContent } from './export-layout';
import { exportLayout } from './export-layout';
import { exportFrameOps } from './export-frame';
import { sceneOps } from './scene-ops';
import { n, opsToSvg, SVG_FONT_FAMILY } from './svg-ops';

export { escapeXml } from './svg-ops';

export function sceneToSvg(content: ExportContent, theme: ThemeColors): string {
  const layout = exportLayout(content);
  const { scene } = content;
  const ids = { next: 0 };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${SVG_FONT_FAMILY}">`,
    ...opsToSvg(exportFrameOps(content, layout, theme), ids),
    `<defs><clipPath id="plot"><rect width="${n(scene.width)}" height="${n(scene.height)}"/></clipPath></defs>`,
    `<g transform="translate(${n(layout.plotX)},${n(layout.plotY)})" clip-path="url(#plot)">`,
    ...opsToSvg(sceneOps(scene, theme, content.ticks), ids),
    '</g></svg>',
  ];
  return out.join('\n');
}
