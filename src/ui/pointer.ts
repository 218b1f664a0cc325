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
/** The tooltip's CSS max-width (app.css): it flips to the pointer's left when that much would not fit. */
const TOOLTIP_MAX_WIDTH_PX = 340;
/** Height of one tooltip line and the padding around them, CSS px: enough to decide to flip upwards. */
const TOOLTIP_LINE_PX = 18;
const TOOLTIP_PAD_PX = 20;
/** A title longer than this wraps at the max width (13 px text). */
const TOOLTIP_CHARS_PER_LINE = 42;

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
  /**
   * The open panel's left edge, CSS px, read when the pointer moves (at the start of a frame, when layout is
   * clean) and reused after paints, whose DOM writes would make the read a forced layout.
   */
  let panelLeft = Infinity;

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
    let lines = 0;
    let chars = 0;
    const line = (text: string, cls: string) => {
      if (!text) return;
      const div = document.createElement('div');
      div.className = cls;
      div.textContent = text;
      tooltip.appendChild(div);
      lines++;
      chars = Math.max(chars, text.length);
      if (cls === 'tooltip-title') lines += Math.floor(text.length / TOOLTIP_CHARS_PER_LINE);
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
      if (!table.hasText(hit.row)) {
        // A row of a large file holds its title only: the rest is read from the file, then shown if the
        // pointer is still on it.
        const row = hit.row;
        void table.loadText([row]).then(
          () => {
            if (described === subjectKey(hit) && store.state.table === table && table.hasText(row)) {
              showTooltip(hit);
            }
          },
          () => undefined,
        );
      }
      line(rec.title, 'tooltip-title');
      line(rec.date_text ? `“${rec.date_text}” → ${resolvedDate(rec)}` : resolvedDate(rec), 'tooltip-line');
      const actors = [actorLabel(table, rec.actor), ...rec.other_actors.map((a) => actorLabel(table, a))];
      line(actors.join(', '), 'tooltip-line');
      line(quantityText(rec), 'tooltip-line');
      if (rec.factuality !== 'asserted') line(rec.factuality, 'tooltip-line');
    }
    tooltip.hidden = false;
    // Placed without reading its size back: after a paint that read would force a second layout in the
    // frame. Near the right edge (the open panel's, or the window's) it opens to the pointer's left,
    // near the bottom upwards.
    const right = panelLeft > last.x ? panelLeft : window.innerWidth;
    const flipLeft =
      last.x + TOOLTIP_OFFSET_PX + TOOLTIP_MAX_WIDTH_PX > right &&
      last.x - TOOLTIP_OFFSET_PX - Math.min(TOOLTIP_MAX_WIDTH_PX, chars * 8) >= 0;
    const height = lines * TOOLTIP_LINE_PX + TOOLTIP_PAD_PX;
    const flipUp =
      last.y + TOOLTIP_OFFSET_PX + height > window.innerHeight && last.y - TOOLTIP_OFFSET_PX - height >= 0;
    // A flipped side is anchored by its right or bottom edge, so the box keeps its natural width: pinned
    // by its left edge near the window's right, it would shrink to the room left there and wrap.
    const style = tooltip.style;
    style.left = flipLeft ? 'auto' : `${last.x + TOOLTIP_OFFSET_PX}px`;
    style.right = flipLeft ? `${window.innerWidth - (last.x - TOOLTIP_OFFSET_PX)}px` : 'auto';
    style.top = flipUp ? 'auto' : `${last.y + TOOLTIP_OFFSET_PX}px`;
    style.bottom = flipUp ? `${window.innerHeight - (last.y - TOOLTIP_OFFSET_PX)}px` : 'auto';
  };

  view.chart.addEventListener('pointermove', (e) => {
    last = { x: e.clientX, y: e.clientY };
    // The open panel's left edge, or none when it is closed or covers the whole screen (a phone).
    panelLeft = panel.hidden ? window.innerWidth : panel.getBoundingClientRect().left;
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
