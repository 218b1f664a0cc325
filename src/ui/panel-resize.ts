/**
 * Opening or closing the detail panel beside the chart narrows or widens the plot. Left alone, the same time
 * range would be stretched over the new width and every mark, the clicked one included, would slide away
 * from the pointer. Instead the plot keeps its scale (ms per px) and its left edge: the panel covers time at
 * the right, and nothing else moves; closing gives the width back the same way, so open and close cycles never
 * drift the range. When the range changed in the same frame as the panel (a shared link, Back), that range is
 * what was asked for and is shown over the whole width, as after a window resize.
 * Reads widths from the view's model numbers and the chart's client width; it draws nothing.
 */
import { resizeKeepingScale } from '../model/time-domain';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';

export interface PanelResize {
  /** Call after each paint, before the detail panel shows or hides: remembers the width it was drawn at. */
  afterPaint: () => void;
  /** Call from the chart's ResizeObserver: keeps the scale when the panel's opening caused the resize. */
  resized: () => void;
}

export function panelResize(store: Store, view: TimelineView, panel: HTMLElement): PanelResize {
  let drawn: { open: boolean; plotWidth: number; gutter: number } | null = null;
  /** The range of the paint before the last, and whether the last paint brought a new one. */
  let lastDomain = store.state.domain;
  let domainMoved = false;
  const measure = (open: boolean) => ({ open, plotWidth: view.plotSize().width, gutter: view.gutterWidth });
  return {
    afterPaint: () => {
      drawn = measure(!panel.hidden);
      domainMoved = store.state.domain !== lastDomain;
      lastDomain = store.state.domain;
    },
    resized: () => {
      const open = !panel.hidden;
      if (!drawn || drawn.open === open) return;
      if (domainMoved) {
        drawn = measure(open);
        return;
      }
      // The view's own ResizeObserver ran first (it was created first) and forgot its box, so these are the
      // new sizes. The gutter fits a share of the chart: it may narrow too, moving the plot's left edge.
      const now = measure(open);
      const domain = resizeKeepingScale(
        store.state.domain,
        drawn.plotWidth,
        now.plotWidth,
        now.gutter - drawn.gutter,
      );
      drawn = now;
      if (domain !== store.state.domain) store.update({ domain });
    },
  };
}
