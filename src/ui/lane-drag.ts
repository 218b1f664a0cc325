/**
 * Reordering lanes by dragging their labels up or down. The drop position comes from lane geometry in the
 * last scene (model numbers), never from DOM measurement. The new order goes into the store as the user's
 * explicit lane order.
 */
import { moveLane } from '../model/lanes';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';

export function mountLaneDrag(store: Store, view: TimelineView, labels: SVGGElement): void {
  let dragging: { key: string; startY: number; element: SVGGElement } | null = null;

  labels.addEventListener('pointerdown', (e) => {
    const lane = (e.target as Element).closest<SVGGElement>('g.lane');
    if (!lane || e.button !== 0) return;
    // Keep d3-zoom from turning this into a pan of the chart.
    e.stopPropagation();
    dragging = { key: lane.dataset.actor ?? '', startY: e.clientY, element: lane };
    lane.classList.add('dragging');
    lane.setPointerCapture(e.pointerId);
  });
  labels.addEventListener('mousedown', (e) => {
    if ((e.target as Element).closest('g.lane')) e.stopPropagation();
  });
  labels.addEventListener('pointerup', (e) => {
    if (!dragging) return;
    const { key, element } = dragging;
    element.classList.remove('dragging');
    dragging = null;
    const scene = view.scene;
    if (!scene) return;
    const y = view.toPlot(e.clientX, e.clientY).y;
    const order = scene.lanes.map((l) => l.key);
    const target = scene.lanes.findIndex((l) => y < l.y + l.height / 2);
    const to = target < 0 ? order.length : target;
    const from = order.indexOf(key);
    const next = moveLane(order, key, to > from ? to - 1 : to);
    if (next.join('\u0000') !== order.join('\u0000')) store.update({ laneOrder: next });
  });
  labels.addEventListener('pointercancel', () => {
    dragging?.element.classList.remove('dragging');
    dragging = null;
  });
}
