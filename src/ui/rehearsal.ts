/**
 * Rehearses the views a user most likely reaches next (model/rehearsal-domains.ts) in idle time after a
 * data set is first drawn: one view per idle period, so input never waits behind more than one of them.
 * The first wheel steps after a load were two to three times slower than the same steps later, while the
 * zoom path's code was compiled and the sprite atlas and text caches filled; after a rehearsal they are not.
 * Waits while a file is still loading, and stops when the data set changes; a new one starts its own.
 */
import type { TimeDomain } from '../model/time-domain';
import { rehearsalDomains } from '../model/rehearsal-domains';
import type { ViewState } from './store';

export interface Rehearser {
  rehearse(state: ViewState, domain: TimeDomain): boolean;
}

/** Idle periods shorter than this are skipped: a cold view at a million rows takes about this long. */
const MIN_IDLE_MS = 12;

const LOADING_POLL_MS = 200;

type IdleRequest = (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) => number;

const requestIdle: IdleRequest =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb)
    : (cb) =>
        globalThis.setTimeout(
          () => cb({ timeRemaining: () => 50, didTimeout: false }),
          50,
        ) as unknown as number;

/** Starts rehearsing around `state`'s view; it ends by itself once the data set is replaced. */
export function startRehearsal(view: Rehearser, state: () => ViewState, bounds?: TimeDomain): void {
  const first = state();
  const table = first.table;
  const domains = rehearsalDomains(first.domain, bounds);
  let next = 0;
  const step = (deadline: { timeRemaining(): number }) => {
    if (next >= domains.length) return;
    const now = state();
    if (now.table !== table) return;
    if (now.loading) {
      // The table grows while a file loads: rehearse the last one, and leave the cores to the loader.
      globalThis.setTimeout(() => requestIdle(step), LOADING_POLL_MS);
      return;
    }
    if (deadline.timeRemaining() >= MIN_IDLE_MS) {
      const domain = domains[next++];
      if (domain && !view.rehearse(now, domain)) return;
    }
    requestIdle(step);
  };
  requestIdle(step);
}
