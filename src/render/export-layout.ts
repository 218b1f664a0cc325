/**
 * Where things go in an exported picture (PNG or SVG): title, filter caption, axis, lane labels, plot and a
 * legend that wraps. Pure numbers, so both painters place everything identically.
 */
import type { EventType } from '../model/event-record';
import { EVENT_TYPES } from '../model/event-record';
import type { Tick } from '../model/ticks';
import type { Scene } from './scene';

export const EXPORT_MARGIN_PX = 16;
const TITLE_HEIGHT_PX = 26;
const CAPTION_HEIGHT_PX = 20;
const AXIS_BAND_PX = 28;
const LEGEND_ROW_PX = 20;
/** Legend labels are placed by character count (about 6.5 px per character at 12 px) not by measuring text. */
const CHAR_PX = 6.5;

export interface ExportContent {
  /** A scene built for the full height of all lanes (no vertical scroll). */
  scene: Scene;
  ticks: readonly Tick[];
  title: string;
  caption: string;
  gutterWidth: number;
}

export interface LegendItem {
  type: EventType;
  label: string;
  x: number;
  y: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  titleY: number;
  captionY: number;
  axisY: number;
  plotX: number;
  plotY: number;
  legendY: number;
  legend: LegendItem[];
}

export function exportLayout(content: ExportContent): ExportLayout {
  const { scene, gutterWidth } = content;
  const width = Math.round(gutterWidth + scene.width + EXPORT_MARGIN_PX);
  const titleY = EXPORT_MARGIN_PX;
  const captionY = titleY + TITLE_HEIGHT_PX;
  const axisY = captionY + CAPTION_HEIGHT_PX;
  const plotX = gutterWidth;
  const plotY = axisY + AXIS_BAND_PX;
  const legendY = plotY + scene.height + 14;
  const legend: LegendItem[] = [];
  let x = EXPORT_MARGIN_PX;
  let y = legendY;
  for (const type of EVENT_TYPES) {
    const label = type.replace(/-/g, ' ');
    const w = 22 + label.length * CHAR_PX + 14;
    if (x + w > width - EXPORT_MARGIN_PX && x > EXPORT_MARGIN_PX) {
      x = EXPORT_MARGIN_PX;
      y += LEGEND_ROW_PX;
    }
    legend.push({ type, label, x, y });
    x += w;
  }
  const height = Math.round(y + LEGEND_ROW_PX + EXPORT_MARGIN_PX);
  return { width, height, titleY, captionY, axisY, plotX, plotY, legendY, legend };
}
