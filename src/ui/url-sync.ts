/**
 * Keeps the URL hash and the view state in step: state changes write the hash (a new history entry per
 * change of filters, lanes or key events; zoom, pan and selection replace the current entry),
 * Back/Forward and edited hashes are applied to the store. The hash format
 * lives in model/url-state.ts.
 */
import type { TimeDomain } from '../model/time-domain';
import { clampDomain } from '../model/time-domain';
import { fitWarped } from '../model/time-warp';
import { viewWarp } from './derived';
import type { UrlState } from '../model/url-state';
import { decodeUrlState, encodeUrlState } from '../model/url-state';
import { historyHint } from './history-hint';
import type { Store, ViewState } from './store';

/** During a gesture, write the URL at most this often: browsers throttle rapid history updates. */
const GESTURE_WRITE_MS = 250;

export interface UrlSync {
  /** The domain from the hash the page opened with, applied after the data loads. */
  initialDomain: TimeDomain | null;
  /** Applies the current hash to the store (after a load, or on navigation). */
  applyHash(): void;
}

export function mountUrlSync(store: Store, bounds: () => TimeDomain | undefined): UrlSync {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const initial = decodeUrlState(window.location.hash);
  // Lanes by agent from the start, so the first table is built that way rather than built twice.
  if (initial.laneBy !== store.state.laneBy) store.update({ laneBy: initial.laneBy });

  const current = (s: ViewState): string =>
    encodeUrlState({
      domain: s.table && s.table.size ? s.domain : null,
      hiddenActors: [...s.filters.hiddenActors],
      hiddenTypes: [...s.filters.hiddenTypes],
      hiddenFactualities: [...s.filters.hiddenFactualities],
      search: s.filters.search,
      selectedId: s.selectedId,
      laneOrder: [...s.laneOrder],
      laneBy: s.laneBy,
      keyEvents: s.keyEvents,
      compressGaps: s.compressGaps,
    });

  const write = (push: boolean) => {
    const hash = current(store.state);
    if (`#${hash}` === window.location.hash || (hash === '' && window.location.hash === '')) return;
    const url = `${window.location.pathname}${window.location.search}#${hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };

  // A history entry is written just after the frame, not inside the input handler that changed the state:
  // pushState costs 1-4 ms, which would land in the frame of every wheel step. Changes in one task share it.
  let pushTimer: ReturnType<typeof setTimeout> | undefined;
  let pushPending = false;
  const pushSoon = () => {
    clearTimeout(pushTimer);
    clearTimeout(timer);
    pushPending = true;
    pushTimer = setTimeout(() => {
      pushPending = false;
      write(true);
    }, 0);
  };
  const replaceSoon = (delayMs: number) => {
    // A pending push writes the state as it is when it runs, this change included; replacing first
    // would make that push find the URL already current and drop the history entry.
    if (pushPending) return;
    clearTimeout(timer);
    timer = setTimeout(() => write(false), delayMs);
  };

  store.subscribe((s, prev) => {
    if (applying || !s.table) return;
    if (s.table !== prev.table) return;
    // What the reader looks at (filters, lanes, key events) makes a history entry; where they look
    // (zoom, pan) and which mark they opened only update the current one, so Back leaves the view
    // as a whole instead of walking back through every wheel step and click.
    const viewChanged =
      s.filters !== prev.filters ||
      s.laneOrder !== prev.laneOrder ||
      s.laneBy !== prev.laneBy ||
      s.keyEvents !== prev.keyEvents ||
      s.compressGaps !== prev.compressGaps;
    if (viewChanged) {
      pushSoon();
      return;
    }
    if (s.domain === prev.domain && s.selectedId === prev.selectedId) return;
    replaceSoon(historyHint.continuous ? GESTURE_WRITE_MS : 0);
  });

  const apply = (state: UrlState, hashEmpty: boolean) => {
    const s = store.state;
    const table = s.table;
    let domain: TimeDomain = s.domain;
    if (state.domain) domain = clampDomain(state.domain, bounds());
    else if (hashEmpty && table && table.size)
      domain = fitWarped(viewWarp({ table, compressGaps: state.compressGaps }), table.minMs, table.maxMs);
    // A selection outside the visible range: centre on it, keeping the zoom.
    if (state.selectedId !== null && !state.domain && table) {
      const row = table.idToRow.get(state.selectedId);
      if (row !== undefined) {
        const t0 = table.startMs[row] ?? 0;
        const t1 = table.endMs[row] ?? t0;
        if (t1 < domain[0] || t0 > domain[1]) {
          const half = (domain[1] - domain[0]) / 2;
          const mid = (t0 + t1) / 2;
          domain = clampDomain([mid - half, mid + half], bounds());
        }
      }
    }
    applying = true;
    try {
      store.update({
        domain,
        filters: {
          hiddenActors: state.hiddenActors,
          hiddenTypes: state.hiddenTypes,
          hiddenFactualities: state.hiddenFactualities,
          search: state.search,
        },
        selectedId: state.selectedId,
        laneOrder: state.laneOrder,
        laneBy: state.laneBy,
        keyEvents: state.keyEvents,
        compressGaps: state.compressGaps,
      });
    } finally {
      applying = false;
    }
  };

  const onNavigate = () => {
    const hash = window.location.hash;
    // popstate and hashchange both fire for one Back; the second finds the state already applied.
    if (`#${current(store.state)}` === hash) return;
    apply(decodeUrlState(hash), hash === '' || hash === '#');
  };
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);

  return {
    initialDomain: initial.domain,
    applyHash: () => {
      apply(decodeUrlState(window.location.hash), false);
    },
  };
}
