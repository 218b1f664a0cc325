/**
 * Keyboard shortcuts for the chart and the page (listed to people by shortcuts-dialog.ts):
 * - + / = zoom in, - zoom out, Home fits all, ? lists the shortcuts.
 * - With no event selected, ←/→ pan a fifth of the view. Enter (or ↓) on the chart selects the event nearest
 *   the middle of the view, which opens the detail panel.
 * - With an event selected, ←/→ go to the previous/next event of its lane and ↑/↓ to the nearest event in
 *   time of the lane above/below; the view pans to keep it in sight. Escape closes the panel.
 * - Shift+←/→ always pan a whole view, [ and ] always pan a fifth, so panning never needs a deselect.
 * Keys typed into text fields and lists that handle their own keys are left alone.
 */
import { firstEventNear, stepEvent } from '../model/event-navigation';
import type { NavStep } from '../model/event-navigation';
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, panBy, zoomAround } from '../model/time-domain';
import { unwarpDomain, warpDomain } from '../model/time-warp';
import { filterResultFor, laneOrderFor, viewWarp } from './derived';
import type { Store } from './store';

/** One key press zooms by 1.5x: four presses are about a 5x change, fine enough to keep context. */
export const KEY_ZOOM_FACTOR = 1.5;
/** One arrow press pans a fifth of the view; with Shift, a whole view. */
export const KEY_PAN_FRACTION = 0.2;
/** An event this close to the edge of the view (as a share of its width) brings the view along. */
const KEEP_IN_VIEW_MARGIN = 0.05;

export interface KeyActions {
  fitAll(): void;
  closePanel(): void;
  bounds(): TimeDomain | undefined;
  showShortcuts(): void;
  /** Puts keyboard focus on the open detail panel (Enter on an already selected event). */
  focusPanel(): void;
  /** Where a lane is drawn now (top, height, visible plot height; CSS px), or null when it is not drawn. */
  laneBand(lane: number): { y: number; height: number; viewHeight: number } | null;
}

const ARROW_STEPS: Partial<Record<string, NavStep>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export function mountKeyboard(store: Store, actions: KeyActions): void {
  const select = (row: number | null) => {
    const s = store.state;
    const table = s.table;
    if (row === null || !table) return;
    const id = table.id(row);
    if (!id) return;
    const band = actions.laneBand(table.lane[row] ?? 0);
    store.update({
      selectedId: id,
      domain: keepInView(s.domain, table.startMs[row] ?? 0, actions.bounds()),
      scrollY: band ? scrollToShow(s.scrollY, band) : s.scrollY,
    });
  };

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      if (e.key === 'Escape' && target.id === 'search') target.blur();
      return;
    }
    // The table view and dialogs use arrows and Enter themselves.
    if (target?.closest('[data-own-keys], dialog')) return;
    const onChart = !target || target === document.body || target.id === 'chart';
    const s = store.state;
    const table = s.table;
    const d = s.domain;
    const centre = (d[0] + d[1]) / 2;
    const selectedRow = table && s.selectedId !== null ? table.idToRow.get(s.selectedId) : undefined;

    if (e.key === '?') {
      actions.showShortcuts();
      e.preventDefault();
      return;
    }
    // In the detail panel, arrows scroll and read the text; Escape closes it and gives focus back to the chart.
    if (target?.closest('#detail-panel')) {
      if (e.key !== 'Escape') return;
      actions.closePanel();
      document.getElementById('chart')?.focus();
      e.preventDefault();
      return;
    }
    const step = ARROW_STEPS[e.key];
    if (step && !e.shiftKey && table && (selectedRow !== undefined || (onChart && step === 'down'))) {
      const filter = filterResultFor(table, s.filters);
      const lanes = laneOrderFor(table, s.filters.hiddenActors, s.laneOrder);
      select(
        selectedRow === undefined
          ? firstEventNear(table, filter, lanes, centre)
          : stepEvent(table, filter, lanes, selectedRow, step),
      );
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && onChart && table) {
      if (selectedRow !== undefined) actions.focusPanel();
      else {
        const filter = filterResultFor(table, s.filters);
        select(
          firstEventNear(table, filter, laneOrderFor(table, s.filters.hiddenActors, s.laneOrder), centre),
        );
      }
      e.preventDefault();
      return;
    }
    // Zoom and pan steps are taken in display time, so a step is the same on screen across a gap break.
    const warp = viewWarp(s);
    const dv = warpDomain(warp, d);
    const dvCentre = (dv[0] + dv[1]) / 2;
    const dvWidth = dv[1] - dv[0];
    let next: TimeDomain;
    switch (e.key) {
      case '+':
      case '=':
        next = zoomAround(dv, dvCentre, KEY_ZOOM_FACTOR);
        break;
      case '-':
      case '_':
        next = zoomAround(dv, dvCentre, 1 / KEY_ZOOM_FACTOR);
        break;
      case 'ArrowLeft':
        next = panBy(dv, -dvWidth * (e.shiftKey ? 1 : KEY_PAN_FRACTION));
        break;
      case 'ArrowRight':
        next = panBy(dv, dvWidth * (e.shiftKey ? 1 : KEY_PAN_FRACTION));
        break;
      case '[':
        next = panBy(dv, -dvWidth * KEY_PAN_FRACTION);
        break;
      case ']':
        next = panBy(dv, dvWidth * KEY_PAN_FRACTION);
        break;
      case 'Home':
        actions.fitAll();
        e.preventDefault();
        return;
      case 'Escape':
        actions.closePanel();
        return;
      default:
        return;
    }
    e.preventDefault();
    store.update({ domain: clampDomain(unwarpDomain(warp, next), actions.bounds()) });
  });
}

/** The domain moved just enough to show time `t` away from the edges; the same domain when it already does. */
export function keepInView(domain: TimeDomain, t: number, bounds: TimeDomain | undefined): TimeDomain {
  const margin = (domain[1] - domain[0]) * KEEP_IN_VIEW_MARGIN;
  if (t >= domain[0] + margin && t <= domain[1] - margin) return domain;
  const half = (domain[1] - domain[0]) / 2;
  return clampDomain([t - half, t + half], bounds);
}

/** The lane scroll that brings a lane band fully into view, moving as little as possible. */
export function scrollToShow(
  scrollY: number,
  band: { y: number; height: number; viewHeight: number },
): number {
  if (band.y < 0) return Math.max(0, scrollY + band.y);
  if (band.y + band.height > band.viewHeight) return scrollY + band.y + band.height - band.viewHeight;
  return scrollY;
}
