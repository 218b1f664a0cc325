/**
 * Long computations written as generators that `yield` between small units of work, so one body serves a
 * caller that runs it to the end (tests, the CLI, the table worker) and the page, which runs it in time
 * slices between frames (ui/run-in-slices.ts). Pure: a generator knows nothing of time or tasks.
 */

/** A computation that pauses (yields nothing) between units of work and returns a T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
