/**
 * The overview strip under the chart: the whole data range as a density histogram with a d3-brush showing
 * (and setting) the visible range. Brushing is a gesture like wheel and drag: it goes into the store.
 */
import type { BrushBehavior, D3BrushEvent } from 'd3';
import { brushX, pointer, select } from 'd3';
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
/** A brush gesture narrower than this is a click. */
const MIN_DRAG_PX = 3;
/** A brush at least this share of the strip wide counts as filling it (the fit view's pads). */
const FILLS_STRIP = 0.9;

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

  // A click (no drag) centres the view on the clicked time at the same zoom; only a drag of at least
  // MIN_DRAG_PX sets a new width. d3-brush reports a click as a zero-width selection at 'start' and a null one at
  // 'end', which used to become a one-hour window.
  const brush: BrushBehavior<unknown> = brushX().on('start brush end', (event: D3BrushEvent<unknown>) => {
    if (moving || !event.sourceEvent) return;
    const r = range();
    if (!r) return;
    const sel = event.selection as [number, number] | null;
    const width = root.clientWidth;
    if (event.type === 'start') gestureStarted();
    if (sel && sel[1] - sel[0] >= MIN_DRAG_PX) {
      const domain: TimeDomain = [xToTime(r, width, sel[0]), xToTime(r, width, sel[1])];
      store.update({ domain: clampDomain(domain, bounds()) });
    } else if (event.type === 'end') {
      const [x] = pointer(event.sourceEvent, svgEl);
      const d = store.state.domain;
      const half = (d[1] - d[0]) / 2;
      const t = xToTime(r, width, x);
      store.update({ domain: clampDomain([t - half, t + half], bounds()) });
    }
    if (event.type === 'end') {
      gestureEnded();
      // Put the brush back where the view is, even when the click did not change the domain.
      brushAt = '';
      queueMicrotask(() => refresh());
    }
  });
  /**
   * A brush that (nearly) fills the strip could only be moved, never redrawn: let pointer-downs on it fall
   * through to the overlay, so a drag draws a new selection and a click centres there.
   */
  const passThrough = (x0: number, x1: number, width: number) => {
    brushGroup.select('.selection').style('pointer-events', x1 - x0 >= width * FILLS_STRIP ? 'none' : 'auto');
  };
  const brushGroup = svg.append('g').attr('class', 'brush');

  // Measured when the strip resizes, not per frame: refresh runs after the chart's DOM writes, where reading
  // clientWidth would force a second layout in every frame.
  let size: { width: number; height: number } | null = null;
  new ResizeObserver(() => {
    size = null;
  }).observe(root);
  let margin = '';
  let brushAt = '';

  const refresh = (): void => {
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
    passThrough(x0, x1, width);
  };
  return { refresh };
}
