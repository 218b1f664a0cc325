/**
 * Where things go in an exported picture (PNG or SVG): title, filter caption, axis, lane labels, plot and a
 * legend that wraps. Pure numbers, so both painters place everything identically.
 */
import type { EventType } from '../model/event-record';
import { EVENT_TYPE_INFO, groupTypesByFamily } from '../model/event-type-info';
import type { Tick } from '../model/ticks';
import type { Scene } from './scene';

export const EXPORT_MARGIN_PX = 16;
const TITLE_HEIGHT_PX = 26;
const CAPTION_HEIGHT_PX = 20;
/** The sources line under the caption, when the content has one. */
const SOURCES_HEIGHT_PX = 18;
const AXIS_BAND_PX = 28;
const LEGEND_ROW_PX = 20;
/** Legend labels are placed by character count (about 6.5 px per character at 12 px) not by measuring text. */
const CHAR_PX = 6.5;
/** Family headings are bold: about 7.4 px per character at 12 px ("Diplomacy and statements" is 170 px). */
const BOLD_CHAR_PX = 7.4;
/** Extra space after a family's last type, so the next heading reads as a new group. */
const FAMILY_GAP_PX = 10;

/** Glyph (22 px with its gap), label, and 14 px to the next item. */
const typeWidth = (label: string): number => 22 + label.length * CHAR_PX + 14;

export interface ExportContent {
  /** A scene built for the full height of all lanes (no vertical scroll). */
  scene: Scene;
  ticks: readonly Tick[];
  title: string;
  caption: string;
  /** The line naming the sources (articles or file), sourcesLine() in model/sources-line.ts; none when empty. */
  sources?: string;
  gutterWidth: number;
  /** Event types the legend explains: those in the data and not hidden, in any order. */
  types: readonly EventType[];
}

/** How a mark kind is drawn, for the legend: each kind the scene shows gets one sample and one line. */
export type Encoding = 'span' | 'soft' | 'hollow' | 'negated' | 'new' | 'quantity' | 'badge';

export const ENCODING_LABELS: Readonly<Record<Encoding, string>> = {
  span: 'Period: month, quarter, year or range (no exact day)',
  soft: 'Approximate date (soft ends)',
  hollow: 'Planned or possible (hollow, dashed)',
  negated: 'Denied (crossed out)',
  new: 'Just added (ringed)',
  quantity: 'Number beside a mark: a quantity (31 missiles)',
  badge: 'Tile: events too close to show apart; darker = more',
};

/** Sample (ENCODING_SAMPLE_PX wide), then label. */
export const ENCODING_SAMPLE_PX = 30;

/** The mark kinds a scene draws, in legend order. */
export function encodingsShown(scene: Scene): Encoding[] {
  const shown = new Set<Encoding>();
  for (const m of scene.marks) {
    if (m.span) shown.add(m.soft ? 'soft' : 'span');
    if (m.hollow) shown.add(m.negated ? 'negated' : 'hollow');
    if (m.isNew) shown.add('new');
    if (m.label) shown.add('quantity');
  }
  if (scene.clusters.length) shown.add('badge');
  return (Object.keys(ENCODING_LABELS) as Encoding[]).filter((e) => shown.has(e));
}

/**
 * A mark kind (sample, then label), a family heading (text only) or an event type (glyph, then label),
 * top-left corner at (x, y).
 */
export type LegendItem =
  | { kind: 'encoding'; encoding: Encoding; label: string; x: number; y: number }
  | { kind: 'family'; label: string; x: number; y: number }
  | { kind: 'type'; type: EventType; label: string; x: number; y: number };

export interface ExportLayout {
  width: number;
  height: number;
  titleY: number;
  captionY: number;
  /** Top of the sources line; equal to axisY when there is none. */
  sourcesY: number;
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
  const sourcesY = captionY + CAPTION_HEIGHT_PX;
  const axisY = sourcesY + (content.sources ? SOURCES_HEIGHT_PX : 0);
  const plotX = gutterWidth;
  const plotY = axisY + AXIS_BAND_PX;
  const legendY = plotY + scene.height + 14;
  const legend: LegendItem[] = [];
  let x = EXPORT_MARGIN_PX;
  let y = legendY;
  const fits = (w: number) => x === EXPORT_MARGIN_PX || x + w <= width - EXPORT_MARGIN_PX;
  const newLine = () => {
    x = EXPORT_MARGIN_PX;
    y += LEGEND_ROW_PX;
  };
  const place = (w: number) => {
    if (!fits(w)) newLine();
    const at = { x, y };
    x += w;
    return at;
  };
  // How marks are drawn first: a picture must explain its spans, hollow and crossed-out marks and badges.
  for (const encoding of encodingsShown(scene)) {
    const label = ENCODING_LABELS[encoding];
    legend.push({
      kind: 'encoding',
      encoding,
      label,
      ...place(ENCODING_SAMPLE_PX + 6 + label.length * CHAR_PX + 14),
    });
  }
  if (legend.length) newLine();
  // Types grouped under their family, as in the page's legend; a family heading stays with its first type.
  for (const group of groupTypesByFamily(content.types)) {
    const first = group.types[0];
    const headingW = group.label.length * BOLD_CHAR_PX + 10;
    const firstW = first ? typeWidth(EVENT_TYPE_INFO[first].label) : 0;
    if (!fits(headingW + firstW)) newLine();
    legend.push({ kind: 'family', label: group.label, ...place(headingW) });
    for (const type of group.types) {
      const label = EVENT_TYPE_INFO[type].label;
      legend.push({ kind: 'type', type, label, ...place(typeWidth(label)) });
    }
    x += FAMILY_GAP_PX;
  }
  const height = Math.round(y + LEGEND_ROW_PX + EXPORT_MARGIN_PX);
  return { width, height, titleY, captionY, sourcesY, axisY, plotX, plotY, legendY, legend };
}
