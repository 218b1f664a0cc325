/**
 * Lane labels in the left gutter: colour chip, actor label and filtered count, one SVG group per lane, and
 * the gutter width that fits them. A name too long for the gutter is clipped at a character boundary and
 * followed by "…"; the text element keeps the whole name and the group's <title> shows it on hover. Widths
 * come from canvas text measurement, cached per string, never from reading the SVG's layout back.
 */
import { select } from 'd3';
import type { LaneBand } from './scene';

/** Must match `.lane-name` and `.lane-count` in app.css. */
const NAME_FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const COUNT_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The name starts here (after the 4 px chip at x = 8); the count ends 8 px before the gutter's edge. */
const NAME_X_PX = 18;
const COUNT_RIGHT_PX = 8;
/** Space between the end of a name and the start of its count, CSS px. */
const NAME_COUNT_GAP_PX = 10;
const ELLIPSIS = '…';

/** Width of `text` in `font`, CSS px: measured on a canvas once per string, estimated where there is none. */
export type TextMeasure = (font: string, text: string) => number;

let measureCtx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

export const measureText: TextMeasure = (font, text) => {
  const key = `${font}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (measureCtx === undefined) {
      measureCtx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    }
    if (measureCtx) {
      measureCtx.font = font;
      w = measureCtx.measureText(text).width;
    } else {
      // No canvas (tests under Node): 13 px semibold sans averages about 7.5 px per character.
      w = text.length * 7.5;
    }
    if (widths.size > 4096) widths.clear();
    widths.set(key, w);
  }
  return w;
};

/** Limits of the gutter, CSS px: below 700 px of chart (tablets) the plot needs the width more. */
const GUTTER_MIN_PX = { narrow: 110, wide: 150 } as const;
const GUTTER_MAX_PX = { narrow: 150, wide: 260 } as const;
/**
 * And never more than this share of the chart, so a very long name cannot squeeze the plot. A quarter
 * leaves "European Union 1,749" whole next to an open detail panel on a laptop (a 780 px chart).
 */
const GUTTER_MAX_SHARE = 0.24;

/**
 * The gutter width that shows every label and count of `lanes` in full, within the limits above, rounded up
 * to 10 px so a new data set with similar names keeps the same layout. Pass all lanes of the data set, not
 * only the visible ones, so filtering never moves the plot.
 */
export function laneGutterWidth(
  lanes: readonly { label: string; count: number }[],
  chartWidth: number,
  measure: TextMeasure = measureText,
): number {
  const size = chartWidth < 700 ? 'narrow' : 'wide';
  let needed = 0;
  for (const lane of lanes) {
    const w = measure(NAME_FONT, lane.label) + NAME_COUNT_GAP_PX + measure(COUNT_FONT, String(lane.count));
    needed = Math.max(needed, NAME_X_PX + w + COUNT_RIGHT_PX);
  }
  const max = Math.max(GUTTER_MIN_PX[size], Math.min(GUTTER_MAX_PX[size], chartWidth * GUTTER_MAX_SHARE));
  return Math.min(max, Math.max(GUTTER_MIN_PX[size], Math.ceil(needed / 10) * 10));
}

/** `label` cut to fit `maxWidth` with a trailing "…", or unchanged when it fits. */
export function ellipsize(
  label: string,
  maxWidth: number,
  font: string,
  measure: TextMeasure = measureText,
): string {
  if (measure(font, label) <= maxWidth) return label;
  const chars = Array.from(label);
  // Longest prefix that fits with the ellipsis, by binary search over character counts.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(font, chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

let clipSerial = 0;

export function renderLaneLabels(group: SVGGElement, lanes: readonly LaneBand[], gutterWidth: number): void {
  const g = select(group)
    .selectAll<SVGGElement, LaneBand>('g.lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'lane');
      // The full name as the hover tooltip, even when the visible text is cut.
      e.append('title');
      e.append('rect').attr('class', 'lane-chip').attr('x', 8).attr('width', 4);
      e.each(function () {
        const id = `lane-name-clip-${clipSerial++}`;
        const lane = select(this);
        lane.append('clipPath').attr('id', id).append('rect').attr('y', -1000).attr('height', 2000);
        // The text keeps the whole label (tests and screen readers read it); a clip hides what does not fit.
        lane
          .append('text')
          .attr('class', 'lane-label lane-name')
          .attr('x', NAME_X_PX)
          .attr('clip-path', `url(#${id})`);
      });
      e.append('text').attr('class', 'lane-name lane-ellipsis').attr('aria-hidden', 'true').text(ELLIPSIS);
      e.append('text').attr('class', 'lane-count').attr('text-anchor', 'end');
      return e;
    })
    .attr('data-actor', (d) => d.key)
    .attr('transform', (d) => `translate(0,${d.y})`);
  g.select('title').text((d) => d.label);
  g.select('rect.lane-chip')
    .attr('y', 6)
    .attr('height', (d) => d.height - 12)
    .attr('fill', (d) => d.color);
  g.each(function (d) {
    const room =
      gutterWidth - COUNT_RIGHT_PX - measureText(COUNT_FONT, String(d.count)) - NAME_COUNT_GAP_PX - NAME_X_PX;
    const shown = ellipsize(d.label, room, NAME_FONT);
    const cut = shown !== d.label;
    // Cut at a character boundary: the clip ends where the kept prefix ends and the "…" starts.
    const keptPx = cut ? measureText(NAME_FONT, shown.slice(0, -ELLIPSIS.length)) : room + 1000;
    const lane = select(this);
    lane
      .select('clipPath rect')
      .attr('x', 0)
      .attr('width', NAME_X_PX + keptPx);
    lane
      .select('text.lane-label')
      .attr('y', d.height / 2)
      .text(d.label);
    lane
      .select('text.lane-ellipsis')
      .attr('x', NAME_X_PX + keptPx)
      .attr('y', d.height / 2)
      .attr('display', cut ? null : 'none');
  });
  g.select<SVGTextElement>('text.lane-count')
    .attr('x', gutterWidth - COUNT_RIGHT_PX)
    .attr('y', (d) => d.height / 2)
    .text((d) => String(d.count));
}
