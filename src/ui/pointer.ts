/**
 * Pointer input on the chart that is not a zoom gesture: hover (tooltip + SVG ring, no canvas repaint) and
 * click (select a mark, or zoom into a cluster). One listener each on the chart, never one per mark.
 * A click that opens the detail panel hides the tooltip until the pointer leaves that mark: the panel now
 * says more, and the tooltip must not cover it. A tooltip near the open panel flips to the pointer's left.
 */
import type { TimeDomain } from '../model/time-domain';
import { clampDomain } from '../model/time-domain';
import { actorLabel, quantityText, resolvedDate } from './event-text';
import type { Store } from './store';
import type { HitResult, TimelineView } from './timeline-view';

const TOOLTIP_OFFSET_PX = 14;

export function mountPointer(
  view: TimelineView,
  store: Store,
  tooltip: HTMLElement,
  panel: HTMLElement,
  bounds: () => TimeDomain | undefined,
): { refresh: () => void } {
  let last: { x: number; y: number } | null = null;
  let current: HitResult = null;
  /** The event or cluster the tooltip describes; the same one after a repaint keeps its tooltip. */
  let described = '';
  /** The mark whose click opened the panel: no tooltip for it until the pointer moves to something else. */
  let quiet = '';

  const update = (moved: boolean) => {
    const hit = last ? view.hitTest(last.x, last.y) : null;
    if (hit !== current) {
      current = hit;
      view.renderHover(hit);
      view.chart.style.cursor = hit ? 'pointer' : '';
    }
    // Rebuilding the tooltip reads its size back (a forced layout): only when its subject changed or the
    // pointer moved, not after every frame of a zoom under a still pointer.
    const key = subjectKey(hit);
    if (key !== quiet) quiet = '';
    if (quiet) {
      described = key;
      tooltip.hidden = true;
      return;
    }
    if (!moved && key === described) return;
    described = key;
    showTooltip(hit);
  };

  const showTooltip = (hit: HitResult) => {
    const table = store.state.table;
    if (!hit || !table || !last) {
      tooltip.hidden = true;
      return;
    }
    tooltip.replaceChildren();
    const line = (text: string, cls: string) => {
      if (!text) return;
      const div = document.createElement('div');
      div.className = cls;
      div.textContent = text;
      tooltip.appendChild(div);
    };
    if (hit.kind === 'cluster') {
      const lane = table.lanes[hit.lane];
      line(`${hit.count.toLocaleString('en')} events`, 'tooltip-title');
      line(
        `${lane?.label ?? ''} · ${new Date(hit.t0).toISOString().slice(0, 10)} – ${new Date(hit.t1 - 1).toISOString().slice(0, 10)}`,
        'tooltip-line',
      );
      line('Click to zoom in', 'tooltip-line');
    } else {
      const rec = table.record(hit.row);
      if (!rec) return;
      line(rec.title, 'tooltip-title');
      line(rec.date_text ? `“${rec.date_text}” → ${resolvedDate(rec)}` : resolvedDate(rec), 'tooltip-line');
      const actors = [actorLabel(table, rec.actor), ...rec.other_actors.map((a) => actorLabel(table, a))];
      line(actors.join(', '), 'tooltip-line');
      line(quantityText(rec), 'tooltip-line');
      if (rec.factuality !== 'asserted') line(rec.factuality, 'tooltip-line');
    }
    tooltip.hidden = false;
    // Keep the tooltip on screen: flip left/up near the right/bottom edges.
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    // The open panel's left edge is the right edge to keep clear of (the window's when it is closed or
    // covers the whole screen, as on a phone).
    const panelLeft = panel.hidden ? window.innerWidth : panel.getBoundingClientRect().left;
    const right = panelLeft > last.x ? panelLeft : window.innerWidth;
    const x =
      last.x + TOOLTIP_OFFSET_PX + w > right ? last.x - TOOLTIP_OFFSET_PX - w : last.x + TOOLTIP_OFFSET_PX;
    const y =
      last.y + TOOLTIP_OFFSET_PX + h > window.innerHeight
        ? last.y - TOOLTIP_OFFSET_PX - h
        : last.y + TOOLTIP_OFFSET_PX;
    tooltip.style.left = `${Math.max(0, x)}px`;
    tooltip.style.top = `${Math.max(0, y)}px`;
  };

  view.chart.addEventListener('pointermove', (e) => {
    last = { x: e.clientX, y: e.clientY };
    update(true);
  });
  view.chart.addEventListener('pointerleave', () => {
    last = null;
    update(true);
  });
  view.chart.addEventListener('click', (e) => {
    const hit = view.hitTest(e.clientX, e.clientY);
    if (!hit) {
      if (store.state.selectedId !== null) store.update({ selectedId: null });
      return;
    }
    if (hit.kind === 'cluster') {
      // Zoom so the bucket fills about a third of the view: its marks then separate.
      const span = hit.t1 - hit.t0;
      store.update({ domain: clampDomain([hit.t0 - span, hit.t1 + span], bounds()) });
      return;
    }
    const rec = store.state.table?.record(hit.row);
    if (!rec) return;
    quiet = subjectKey(hit);
    described = quiet;
    tooltip.hidden = true;
    store.update({ selectedId: rec.id });
  });

  // After each paint the marks move under a still pointer; re-testing keeps the hover truthful.
  return {
    refresh: () => {
      current = null;
      update(false);
    },
  };
}

/** What a tooltip describes: one mark, one cluster or nothing (''). */
function subjectKey(hit: HitResult): string {
  return !hit ? '' : hit.kind === 'mark' ? `m${hit.row}` : `c${hit.lane} ${hit.t0} ${hit.count}`;
}
