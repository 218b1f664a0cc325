/**
 * Runs a computation written as steps (model/steps.ts) on the page in slices of about SLICE_MS, yielding to
 * input and frames between slices, so a long ranking never becomes one long task. Stops (null) as soon as
 * `isCurrent` says a newer request replaced this one.
 */
import type { Steps } from '../model/steps';
import { yieldToEvents } from '../io/yield-to-events';

/** Work per slice: well under the 50 ms that counts as a long task, and leaves room for a frame's paint. */
const SLICE_MS = 8;

export async function runInSlices<T>(steps: Steps<T>, isCurrent: () => boolean): Promise<T | null> {
  for (;;) {
    await yieldToEvents();
    if (!isCurrent()) return null;
    const t0 = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() - t0 >= SLICE_MS) break;
    }
  }
}
