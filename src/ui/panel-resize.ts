/**
 * Opening or closing the detail panel beside the chart narrows or widens the plot. Left alone, the same time
 * range would be stretched over the new width and every mark, the clicked one included, would slide away
 * from the pointer. Instead the plot keeps its scale (ms per px) and its left edge: the panel covers time at
 * the right, and nothing else moves. Only a click on the chart arms it: a range from the URL (a shared link,
 * Back) or a window resize is shown as asked, over the whole width.
 * Reads widths from the view's model numbers and the chart's client width; it draws nothing.
 */
import { resizeKeepingScale } from '../model/time-domain';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';

export interface PanelResize {
  /** Call when a click on the chart is about to open or close the panel. */
  arm: () => void;
  /** Call after each paint, before the detail panel shows or hides: remembers the width it was drawn at. */
  afterPaint: () => void;
  /** Call from the chart's ResizeObserver: keeps the scale when the panel's opening caused the resize. */
  resized: () => void;
}

export function panelResize(store: Store, view: TimelineView, panel: HTMLElement): PanelResize {
  let drawn: { open: boolean; plotWidth: number; gutter: number } | null = null;
  /** Paints left in which a resize counts as the click's: the click's own frame, then the next. */
  let armedPaints = 0;
  const measure = (open: boolean) => ({ open, plotWidth: view.plotSize().width, gutter: view.gutterWidth });
  return {
    arm: () => {
      armedPaints = 2;
    },
    afterPaint: () => {
      drawn = measure(!panel.hidden);
      if (armedPaints > 0) armedPaints--;
    },
    resized: () => {
      const open = !panel.hidden;
      if (!drawn || drawn.open === open || armedPaints === 0) return;
      armedPaints = 0;
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
