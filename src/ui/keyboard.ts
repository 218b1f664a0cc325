/**
 * Keyboard shortcuts for the chart and the page: + / = zoom in, - zoom out, arrows pan, Home fits all,
 * Escape closes the detail panel. Keys typed into text fields are left alone.
 */
import type { TimeDomain } from '../model/time-domain';
import { clampDomain, panBy, zoomAround } from '../model/time-domain';
import type { Store } from './store';

/** One key press zooms by 1.5x: four presses are about a 5x change, fine enough to keep context. */
export const KEY_ZOOM_FACTOR = 1.5;
/** One arrow press pans a fifth of the view; with Shift, a whole view. */
export const KEY_PAN_FRACTION = 0.2;

export interface KeyActions {
  fitAll(): void;
  closePanel(): void;
  bounds(): TimeDomain | undefined;
}

export function mountKeyboard(store: Store, actions: KeyActions): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      if (e.key === 'Escape' && target.id === 'search') target.blur();
      return;
    }
    const d = store.state.domain;
    const centre = (d[0] + d[1]) / 2;
    const width = d[1] - d[0];
    let next: TimeDomain;
    switch (e.key) {
      case '+':
      case '=':
        next = zoomAround(d, centre, KEY_ZOOM_FACTOR);
        break;
      case '-':
      case '_':
        next = zoomAround(d, centre, 1 / KEY_ZOOM_FACTOR);
        break;
      case 'ArrowLeft':
        next = panBy(d, -width * (e.shiftKey ? 1 : KEY_PAN_FRACTION));
        break;
      case 'ArrowRight':
        next = panBy(d, width * (e.shiftKey ? 1 : KEY_PAN_FRACTION));
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
    store.update({ domain: clampDomain(next, actions.bounds()) });
  });
}
