/**
 * The current view as a standalone SVG document: vector marks from the same glyph code as the canvas,
 * real text for title, caption, axis and lane labels. Every piece of text is escaped; nothing from the data
 * can become markup. Numbers are rounded to 0.1 px so files diff cleanly.
 */
import { path } from 'd3';
import type { ThemeColors } from '../model/palette';
import { timeToX } from '../model/time-domain';
import type { ExportContent } from './export-layout';
import { exportLayout } from './export-layout';
import { FADED_ALPHA, FADED_TITLE_ALPHA, TITLE_PLATE_ALPHA } from './canvas-painter';
import { TITLE_FONT_PX, TITLE_HEIGHT_PX } from './label-placement';
import type { MarkPrimitive } from './scene';
import { formatCount, hasVisibleStart, SPAN_BAR_PX } from './scene';
import { EVENT_TYPE_INFO } from '../model/event-type-info';
import { traceGlyph } from './shapes';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      // '=' too: harmless in text, but then no attribute-like "onerror=" survives even as visible text.
      .replace(/=/g, '&#61;')
      .split('')
      .filter((c) => !isForbiddenInXml(c.charCodeAt(0)))
      .join('')
  );
}

/** XML 1.0 allows tab, LF and CR but no other C0 control characters; one in a title would break the file. */
function isForbiddenInXml(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function sceneToSvg(content: ExportContent, theme: ThemeColors): string {
  const layout = exportLayout(content);
  const { scene, ticks } = content;
  const out: string[] = [];
  const text = (x: number, y: number, value: string, attrs = '') =>
    out.push(`<text x="${n(x)}" y="${n(y)}"${attrs}>${escapeXml(value)}</text>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT}">`,
  );
  out.push(`<rect width="100%" height="100%" fill="${theme.background}"/>`);
  text(16, layout.titleY + 16, content.title, ` font-size="16" font-weight="600" fill="${theme.text}"`);
  text(16, layout.captionY + 13, content.caption, ` font-size="12" fill="${theme.mutedText}"`);

  // Axis labels and grid.
  out.push(`<g transform="translate(${n(layout.plotX)},${n(layout.axisY)})" font-size="12">`);
  for (const tick of ticks) {
    const x = timeToX(scene.domain, scene.width, tick.t);
    if (x < 0 || x > scene.width) continue;
    out.push(
      `<line x1="${n(x)}" x2="${n(x)}" y1="22" y2="${n(28 + scene.height)}" stroke="${tick.major ? theme.gridMajor : theme.grid}"/>`,
    );
    text(
      x + 4,
      18,
      tick.label,
      ` fill="${tick.major ? theme.text : theme.mutedText}"${tick.major ? ' font-weight="600"' : ''}`,
    );
  }
  out.push('</g>');

  // Lanes and labels.
  out.push(`<g transform="translate(0,${n(layout.plotY)})">`);
  scene.lanes.forEach((lane, i) => {
    if (i % 2 === 1) {
      out.push(
        `<rect x="${n(layout.plotX)}" y="${n(lane.y)}" width="${n(scene.width)}" height="${n(lane.height)}" fill="${theme.laneStripe}"/>`,
      );
    }
    out.push(
      `<rect x="8" y="${n(lane.y + 6)}" width="4" height="${n(lane.height - 12)}" fill="${escapeXml(lane.color)}"/>`,
    );
    out.push(
      `<text class="lane-label" x="18" y="${n(lane.y + lane.height / 2 + 4)}" font-size="13" font-weight="600" fill="${theme.text}">${escapeXml(lane.label)}</text>`,
    );
    text(
      content.gutterWidth - 8,
      lane.y + lane.height / 2 + 4,
      String(lane.count),
      ` font-size="12" text-anchor="end" fill="${theme.mutedText}"`,
    );
  });
  out.push('</g>');

  // Marks, clipped to the plot.
  out.push(
    `<defs><clipPath id="plot"><rect width="${n(scene.width)}" height="${n(scene.height)}"/></clipPath></defs>`,
  );
  out.push(`<g transform="translate(${n(layout.plotX)},${n(layout.plotY)})" clip-path="url(#plot)">`);
  // Same layers as the canvas: in Key events mode the faded context first, in one translucent group.
  for (const faded of scene.keyMode ? [true, false] : [false]) {
    if (faded) out.push(`<g class="faded" opacity="${FADED_ALPHA}">`);
    for (const m of scene.marks) if (m.span && m.faded === faded) out.push(spanSvg(m, scene.width));
    for (const m of scene.marks)
      if (m.span && m.faded === faded && hasVisibleStart(m)) out.push(glyphSvg(m, theme));
    for (const m of scene.marks) if (!m.span && !m.pinned && m.faded === faded) out.push(glyphSvg(m, theme));
    for (const m of scene.marks) {
      if (m.label && m.faded === faded)
        text(m.x + m.r + 3, m.y + 3.5, m.label, ` font-size="10" font-weight="600" fill="${theme.text}"`);
    }
    if (faded || !scene.keyMode) {
      for (const c of scene.clusters) {
        const label = formatCount(c.count);
        out.push(
          `<rect x="${n(c.x - c.halfWidth)}" y="${n(c.y - c.r)}" width="${n(2 * c.halfWidth)}" height="${n(2 * c.r)}" rx="${n(c.r)}" fill="${theme.clusterFill}" stroke="${escapeXml(c.color)}" stroke-width="2"/>`,
        );
        text(
          c.x,
          c.y + 3.5,
          label,
          ` font-size="10" font-weight="700" text-anchor="middle" fill="${theme.clusterText}"`,
        );
      }
    }
    if (faded) out.push('</g>');
  }
  // Titles on plates in the background colour, like the canvas.
  if (scene.titles.length) {
    out.push(`<g class="titles" font-size="${TITLE_FONT_PX}">`);
    for (const t of scene.titles) {
      out.push(
        `<rect x="${n(t.x0 - 2)}" y="${n(t.y - TITLE_HEIGHT_PX / 2)}" width="${n(t.x1 - t.x0 + 4)}" height="${TITLE_HEIGHT_PX}" fill="${theme.background}" fill-opacity="${TITLE_PLATE_ALPHA}"/>`,
      );
      const look = t.key
        ? ` class="title key" fill="${theme.text}"`
        : ` class="title" fill="${theme.mutedText}"${t.faded ? ` opacity="${FADED_TITLE_ALPHA}"` : ''}`;
      text(t.x0, t.y + 4, t.text, look);
    }
    out.push('</g>');
  }
  for (const m of scene.marks) if (m.pinned) out.push(glyphSvg(m, theme));
  out.push('</g>');

  // Legend.
  out.push(`<g font-size="12" fill="${theme.text}">`);
  for (const item of layout.legend) {
    if (item.kind === 'family') {
      text(item.x, item.y + 11, item.label, ` font-weight="600" fill="${theme.mutedText}"`);
      continue;
    }
    const p = path();
    traceGlyph(p, EVENT_TYPE_INFO[item.type].glyph, item.x + 7, item.y + 7, 5);
    out.push(`<path d="${p.toString()}" fill="${theme.mutedText}"/>`);
    text(item.x + 18, item.y + 11, item.label);
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function spanSvg(m: MarkPrimitive, width: number): string {
  const x0 = Math.max(m.x0, -10);
  const x1 = Math.min(m.x1, width + 10);
  // Same look as the canvas: a faded thin bar, or a dashed line when only planned or possible.
  if (m.hollow) {
    return `<line x1="${n(x0)}" x2="${n(x1)}" y1="${n(m.y)}" y2="${n(m.y)}" stroke="${escapeXml(m.color)}" stroke-opacity="0.75" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  }
  return `<rect x="${n(x0)}" y="${n(m.y - SPAN_BAR_PX / 2)}" width="${n(x1 - x0)}" height="${SPAN_BAR_PX}" fill="${escapeXml(m.color)}" fill-opacity="0.35"/>`;
}

function glyphSvg(m: MarkPrimitive, theme: ThemeColors): string {
  const p = path();
  traceGlyph(p, m.glyph, m.x, m.y, m.r);
  const d = p.toString().replace(/(\d+\.\d{2})\d+/g, '$1');
  if (m.hollow) {
    return `<path d="${d}" fill="${theme.background}" stroke="${escapeXml(m.color)}" stroke-width="1.75"/>`;
  }
  return `<path d="${d}" fill="${escapeXml(m.color)}" stroke="${theme.background}"/>`;
}
