/**
 * Runs the map step over many tasks (article paths, or JSON Lines articles) on a pool of worker
 * threads (piscina), a few tasks in flight per thread, and hands results back in input order, so the
 * output does not depend on thread timing and the caller can stream it. Tasks are pulled from an
 * iterable (or async iterable, such as lines of standard input) only when a slot is free, so neither
 * the corpus nor its results are ever held whole. Only paths or one article's text go to the workers.
 */
import { Piscina } from 'piscina';
import type { WorkerConfig, WorkerResult, WorkerTask } from './extract-worker';
import { workerEntry } from './worker-bundle';

/** Tasks queued per thread: enough to keep threads busy, few enough to bound buffered results. */
const IN_FLIGHT_PER_THREAD = 4;

export interface PoolOptions {
  workers: number;
  config: WorkerConfig;
  /** False runs threads on the worker's source as it is (under tsx: compiled per thread); for benchmarks. */
  bundle?: boolean;
  /** Called once per task, in the order of `tasks`; the next call waits for a returned promise. */
  onResult: (result: WorkerResult, index: number) => void | Promise<void>;
}

function keyOf(task: WorkerTask): string {
  return typeof task === 'string' ? task : 'record' in task ? task.key : task.path;
}

export async function runExtractionPool(
  tasks: Iterable<WorkerTask> | AsyncIterable<WorkerTask>,
  options: PoolOptions,
): Promise<void> {
  // The worker sits next to this module, as .ts under tsx and as .js once compiled.
  const extension = /\.[cm]?[jt]s$/.exec(new URL(import.meta.url).pathname)?.[0] ?? '.ts';
  const source = new URL(`./extract-worker${extension}`, import.meta.url);
  const entry =
    options.bundle === false
      ? { filename: source.href, execArgv: process.execArgv }
      : await workerEntry(source);
  const pool = new Piscina({
    filename: entry.filename,
    execArgv: entry.execArgv,
    minThreads: options.workers,
    maxThreads: options.workers,
    workerData: options.config,
  });
  const pending = new Map<number, WorkerResult>();
  const limit = Math.max(1, options.workers * IN_FLIGHT_PER_THREAD);
  let next = 0;
  let deliver = 0;
  let delivering = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  const wakeUp = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForDelivery = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  // Results are delivered one at a time in task order; one that arrives during an awaited onResult
  // is picked up by the loop of the delivery under way.
  const deliverReady = async (): Promise<void> => {
    if (delivering) return;
    delivering = true;
    try {
      while (failure === null && pending.has(deliver)) {
        const ready = pending.get(deliver);
        pending.delete(deliver);
        if (ready) await options.onResult(ready, deliver);
        deliver++;
      }
    } catch (e) {
      failure = { error: e };
    } finally {
      delivering = false;
    }
    wakeUp();
  };
  try {
    for await (const task of tasks) {
      while (failure === null && next - deliver >= limit) await waitForDelivery();
      if (failure !== null) break;
      const index = next++;
      const key = keyOf(task);
      void (pool.run(task) as Promise<WorkerResult>)
        .catch((e: unknown): WorkerResult => ({
          path: key,
          bytes: 0,
          error: `${key}: ${(e as Error).message}`,
        }))
        .then((result) => {
          pending.set(index, result);
          return deliverReady();
        });
    }
    while (failure === null && deliver < next) await waitForDelivery();
    if (failure !== null) throw (failure as { error: unknown }).error;
  } finally {
    await pool.destroy();
  }
}
