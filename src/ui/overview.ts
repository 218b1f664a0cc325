/**
 * The overview strip under the chart: the whole data range as a density histogram with a d3-brush showing
 * (and setting) the visible range. Brushing is a gesture like wheel and drag: it goes into the store.
 */
import type { BrushBehavior, D3BrushEvent } from 'd3';
import { brushX, select } from 'd3';
import { densityPyramidFor, pyramidBins } from '../model/density';
import type { EventTable } from '../model/event-table';
import type { FilterResult } from '../model/filters';
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, fitDomain, timeToX, xToTime } from '../model/time-domain';
import { paintDensity } from '../render/overview-painter';
import { filterResultFor } from './derived';
import { gestureEnded, gestureStarted } from './history-hint';
import type { Store } from './store';
import { themeColors } from './theme';
import type { TimelineView } from './timeline-view';

/** Two px per bin keeps bars readable and the pass cheap. */
const PX_PER_BIN = 2;

export function mountOverview(
  store: Store,
  view: TimelineView,
  root: HTMLElement,
  bounds: () => TimeDomain | undefined,
): { refresh: () => void } {
  const canvas = root.querySelector('canvas');
  const svgEl = root.querySelector('svg');
  const ctx = canvas?.getContext('2d');
  if (!canvas || !svgEl || !ctx) throw new Error('overview is incomplete');
  const svg = select(svgEl);
  let moving = false;
  let cache: {
    table: EventTable;
    filter: FilterResult;
    width: number;
    theme: string;
    range: TimeDomain;
  } | null = null;

  const range = (): TimeDomain | null => {
    const t = store.state.table;
    return t && t.size ? fitDomain(t.minMs, t.maxMs, 0.01) : null;
  };

  const brush: BrushBehavior<unknown> = brushX().on('start brush end', (event: D3BrushEvent<unknown>) => {
    if (moving || !event.sourceEvent) return;
    const r = range();
    const sel = event.selection as [number, number] | null;
    if (!r || !sel) return;
    if (event.type === 'start') gestureStarted();
    const width = root.clientWidth;
    const domain: TimeDomain = [xToTime(r, width, sel[0]), xToTime(r, width, sel[1])];
    store.update({ domain: clampDomain(domain, bounds()) });
    if (event.type === 'end') gestureEnded();
  });
  const brushGroup = svg.append('g').attr('class', 'brush');

  // Measured when the strip resizes, not per frame: refresh runs after the chart's DOM writes, where reading
  // clientWidth would force a second layout in every frame.
  let size: { width: number; height: number } | null = null;
  new ResizeObserver(() => {
    size = null;
  }).observe(root);
  let margin = '';
  let brushAt = '';

  const refresh = () => {
    const s = store.state;
    const gutter = `${view.gutterWidth}px`;
    if (gutter !== margin) {
      root.style.marginLeft = gutter;
      margin = gutter;
      size = null;
    }
    size ??= { width: root.clientWidth, height: root.clientHeight };
    const { width, height } = size;
    const r = range();
    if (!s.table || !r || width < 10) return;
    const ratio = window.devicePixelRatio || 1;
    const filter = filterResultFor(s.table, s.filters);
    const theme = themeColors(s.theme);
    if (
      !cache ||
      cache.table !== s.table ||
      cache.filter !== filter ||
      cache.width !== width ||
      cache.theme !== theme.name
    ) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      svgEl.setAttribute('width', String(width));
      svgEl.setAttribute('height', String(height));
      // From the density pyramid, not the rows: a resize or new filter costs lanes x buckets, not N.
      const pyramid = densityPyramidFor(s.table, filter.index, filter.laneStart);
      const counts = pyramidBins(pyramid, r[0], r[1], Math.floor(width / PX_PER_BIN));
      paintDensity(ctx, counts, width, height, ratio, theme, theme.name === 'dark' ? '#8fb8ff' : '#3a6fb5');
      brush.extent([
        [0, 0],
        [width, height],
      ]);
      brushGroup.call(brush);
      cache = { table: s.table, filter, width, theme: theme.name, range: r };
      brushAt = '';
    }
    const x0 = Math.max(0, timeToX(r, width, s.domain[0]));
    const x1 = Math.min(width, timeToX(r, width, s.domain[1]));
    const at = `${x0} ${x1}`;
    if (at === brushAt) return;
    brushAt = at;
    moving = true;
    try {
      brush.move(brushGroup, x1 - x0 >= 1 ? [x0, x1] : [x0, Math.min(width, x0 + 1)]);
    } finally {
      moving = false;
    }
  };
  return { refresh };
}
