/**
 * "Fit" shows what the filters let through, not every row. After a filter change (an "only", a search) that
 * leaves the rows in a narrower stretch than the view, a "Fit to these" button appears beside Fit; it goes
 * away on click, on any zoom or pan, or when the filters no longer narrow the view.
 */
import type { FilterResult } from '../model/filters';
import { hasActiveFilters } from '../model/filters';
import { rowExtent, worthRefit } from '../model/row-extent';
import type { TimeDomain } from '../model/time-domain';
import { fitWarped } from '../model/time-warp';
import { filterResultFor, hasFilterResult, viewWarp } from './derived';
import type { Store } from './store';

/** Per filter result: a scan of up to a million rows is done once, not per frame. */
const extents = new WeakMap<FilterResult, TimeDomain | null>();

/** The fit domain of the rows the filters show; all rows when no filter is on or nothing passes. */
export function fitShown(store: Store): TimeDomain | null {
  const { table, filters } = store.state;
  if (!table || !table.size) return null;
  if (hasActiveFilters(filters)) {
    const result = filterResultFor(table, filters);
    let extent = extents.get(result);
    if (extent === undefined) {
      extent = rowExtent(table, result.index);
      extents.set(result, extent);
    }
    if (extent) return fitWarped(viewWarp(store.state), extent[0], extent[1]);
  }
  return fitWarped(viewWarp(store.state), table.minMs, table.maxMs);
}

export function mountRefitOffer(store: Store, fitButton: HTMLElement): { refresh: () => void } {
  const offer = document.createElement('button');
  offer.type = 'button';
  offer.id = 'fit-shown';
  offer.className = 'fit-shown';
  offer.textContent = 'Fit to these';
  offer.title = 'Fit the view to the events the filters show';
  offer.hidden = true;
  fitButton.after(offer);
  fitButton.title = 'Fit what the filters show (Home)';

  let filters = store.state.filters;
  let domain = store.state.domain;
  let armed = false;
  offer.addEventListener('click', () => {
    armed = false;
    // Keep the keyboard focus in the toolbar when the button it was on goes away.
    fitButton.focus();
    offer.hidden = true;
    const fit = fitShown(store);
    if (fit) store.update({ domain: fit });
  });

  const refresh = () => {
    const s = store.state;
    if (s.filters !== filters) armed = hasActiveFilters(s.filters);
    else if (s.domain !== domain) armed = false;
    filters = s.filters;
    domain = s.domain;
    // Not from the last result while the worker computes the new one: the first search after a load
    // would scan all million rows of the unfiltered result for an extent nobody sees (41 ms of a frame).
    const ready = s.table !== null && hasFilterResult(s.table, s.filters);
    const fit = armed && ready ? fitShown(store) : null;
    const show = fit !== null && worthRefit(s.domain, fit);
    if (offer.hidden === show) offer.hidden = !show;
  };
  return { refresh };
}
