/**
 * Lane labels in the left gutter: colour chip, actor label and filtered count, one SVG group per lane, and
 * the gutter width that fits them. A name too long for the gutter is shortened from its words ("N. Korea",
 * "SCO", short-name.ts) and cut with "…" only when no form fits; the group's <title> and the text's
 * aria-label keep the whole name. Widths come from canvas text measurement, cached per string, never from
 * reading the SVG's layout back.
 */
import { select } from 'd3';
import type { LaneBand } from './scene';
import { fitName, nameForms } from './short-name';

/** Must match `.lane-name` and `.lane-count` in app.css. */
const NAME_FONT = '600 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const COUNT_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** The name starts here (after the 4 px chip at x = 8); the count ends 8 px before the gutter's edge. */
const NAME_X_PX = 18;
const COUNT_RIGHT_PX = 8;
/** Space between the end of a name and the start of its count, CSS px. */
const NAME_COUNT_GAP_PX = 10;

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

/** Limits of the gutter, CSS px: below 700 px of chart (tablets, phones) the plot needs the width more. */
const GUTTER_MIN_PX = { narrow: 110, wide: 150 } as const;
const GUTTER_MAX_PX = { narrow: 150, wide: 260 } as const;
/**
 * And never more than this share of the chart, so a very long name cannot squeeze the plot. A quarter
 * leaves "European Union 1,749" whole next to an open detail panel on a laptop (a 780 px chart). On a
 * phone (a 384 px chart) 0.3 gives 115 px: "Politburo 1" and "N. Korea 10" whole.
 */
const GUTTER_MAX_SHARE = { narrow: 0.3, wide: 0.24 } as const;

/**
 * The gutter width that shows every label and count of `lanes` within the limits above, rounded up to 10 px
 * so a new data set with similar names keeps the same layout. On a narrow chart a name counts at its
 * shortest form ("NK"; a one-word name whole), so the plot keeps the width. Pass all lanes of the data set,
 * not only the visible ones, so filtering never moves the plot.
 */
export function laneGutterWidth(
  lanes: readonly { label: string; count: number }[],
  chartWidth: number,
  measure: TextMeasure = measureText,
): number {
  const size = chartWidth < 700 ? 'narrow' : 'wide';
  let needed = 0;
  for (const lane of lanes) {
    const forms = nameForms(lane.label);
    const name = size === 'narrow' ? (forms[forms.length - 1] ?? lane.label) : lane.label;
    const w = measure(NAME_FONT, name) + NAME_COUNT_GAP_PX + measure(COUNT_FONT, String(lane.count));
    needed = Math.max(needed, NAME_X_PX + w + COUNT_RIGHT_PX);
  }
  const max = Math.max(
    GUTTER_MIN_PX[size],
    Math.min(GUTTER_MAX_PX[size], Math.floor(chartWidth * GUTTER_MAX_SHARE[size])),
  );
  return Math.min(max, Math.max(GUTTER_MIN_PX[size], Math.ceil(needed / 10) * 10));
}

export function renderLaneLabels(group: SVGGElement, lanes: readonly LaneBand[], gutterWidth: number): void {
  const g = select(group)
    .selectAll<SVGGElement, LaneBand>('g.lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'lane');
      // The full name as the hover tooltip, even when the visible text is shortened.
      e.append('title');
      e.append('rect').attr('class', 'lane-chip').attr('x', 8).attr('width', 4);
      e.append('text').attr('class', 'lane-label lane-name').attr('x', NAME_X_PX);
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
  g.select<SVGTextElement>('text.lane-label')
    .attr('y', (d) => d.height / 2)
    .text((d) => {
      const room =
        gutterWidth -
        COUNT_RIGHT_PX -
        measureText(COUNT_FONT, String(d.count)) -
        NAME_COUNT_GAP_PX -
        NAME_X_PX;
      return fitName(d.label, room, NAME_FONT, measureText);
    })
    // Screen readers and tests read the whole name whatever form is shown.
    .attr('aria-label', (d) => d.label)
    .attr('data-label', (d) => d.label);
  g.select<SVGTextElement>('text.lane-count')
    .attr('x', gutterWidth - COUNT_RIGHT_PX)
    .attr('y', (d) => d.height / 2)
    .text((d) => String(d.count));
}
