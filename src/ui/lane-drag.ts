/**
 * Reordering lanes by dragging their labels up or down. While dragging, a line shows where the lane will
 * land; the drop position comes from lane geometry in the last scene (model numbers), never from DOM
 * measurement. The new order goes into the store as the user's explicit lane order.
 */
import { laneDropIndex, moveLane } from '../model/lanes';
import type { Store } from './store';
import type { TimelineView } from './timeline-view';

/** A press that moves less than this is a click on the label, not a drag: no indicator, no reorder. */
const DRAG_THRESHOLD_PX = 4;

export function mountLaneDrag(store: Store, view: TimelineView, labels: SVGGElement): void {
  let dragging: { key: string; startY: number; element: SVGGElement; moved: boolean } | null = null;

  /** The boundary the pointer is over: its index in the current order and its y in the lanes' space. */
  const dropAt = (clientX: number, clientY: number): { to: number; y: number } | null => {
    const scene = view.scene;
    const last = scene?.lanes[scene.lanes.length - 1];
    if (!scene || !last) return null;
    const to = laneDropIndex(scene.lanes, view.toPlot(clientX, clientY).y);
    const band = scene.lanes[to];
    return { to, y: band ? band.y : last.y + last.height };
  };

  const end = () => {
    dragging?.element.classList.remove('dragging');
    dragging = null;
    view.showDropIndicator(null);
  };

  labels.addEventListener('pointerdown', (e) => {
    const lane = (e.target as Element).closest<SVGGElement>('g.lane');
    if (!lane || e.button !== 0) return;
    // Keep d3-zoom from turning this into a pan of the chart.
    e.stopPropagation();
    dragging = { key: lane.dataset.actor ?? '', startY: e.clientY, element: lane, moved: false };
    lane.classList.add('dragging');
    lane.setPointerCapture(e.pointerId);
  });
  labels.addEventListener('mousedown', (e) => {
    if ((e.target as Element).closest('g.lane')) e.stopPropagation();
  });
  labels.addEventListener('pointermove', (e) => {
    if (!dragging) return;
    dragging.moved ||= Math.abs(e.clientY - dragging.startY) >= DRAG_THRESHOLD_PX;
    if (dragging.moved) view.showDropIndicator(dropAt(e.clientX, e.clientY)?.y ?? null);
  });
  labels.addEventListener('pointerup', (e) => {
    if (!dragging) return;
    const { key, moved } = dragging;
    end();
    const scene = view.scene;
    const drop = dropAt(e.clientX, e.clientY);
    if (!scene || !drop || !moved) return;
    const order = scene.lanes.map((l) => l.key);
    const from = order.indexOf(key);
    const next = moveLane(order, key, drop.to > from ? drop.to - 1 : drop.to);
    if (next.join('\u0000') !== order.join('\u0000')) store.update({ laneOrder: next });
  });
  labels.addEventListener('pointercancel', end);
}
