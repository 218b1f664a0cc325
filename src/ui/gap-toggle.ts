/**
 * The "Gaps" switch: long empty stretches drawn short with a break on the axis (on), or time drawn
 * evenly (off). It shows only when the data has such a stretch. Switching keeps a fitted view fitted,
 * since the margins of a fit differ with and without compression; any other view keeps its range.
 */
import { IDENTITY_WARP } from '../model/time-warp';
import { viewWarp } from './derived';
import { fitShown } from './refit';
import type { Store } from './store';

/** A view this close to the fit (as a share of its width, each end) counts as fitted. */
const FITTED_TOLERANCE = 0.01;

export function mountGapToggle(store: Store, button: HTMLButtonElement): { refresh: () => void } {
  button.addEventListener('click', () => {
    const fitBefore = fitShown(store);
    const d = store.state.domain;
    const width = d[1] - d[0];
    const fitted =
      fitBefore !== null &&
      Math.abs(fitBefore[0] - d[0]) <= width * FITTED_TOLERANCE &&
      Math.abs(fitBefore[1] - d[1]) <= width * FITTED_TOLERANCE;
    store.update({ compressGaps: !store.state.compressGaps });
    if (fitted) {
      const fit = fitShown(store);
      if (fit) store.update({ domain: fit });
    }
  });
  const refresh = () => {
    const s = store.state;
    const hasGaps = viewWarp({ table: s.table, compressGaps: true }) !== IDENTITY_WARP;
    if (button.hidden === hasGaps) button.hidden = !hasGaps;
    const pressed = String(s.compressGaps);
    if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
  };
  return { refresh };
}
