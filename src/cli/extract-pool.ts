/**
 * Runs the map step over many files on a pool of worker threads (piscina), a few files in flight per
 * thread, and hands results back in input order, so the output does not depend on thread timing and
 * the caller can stream it. Only paths go to the workers; each reads its own file.
 */
import { Piscina } from 'piscina';
import type { WorkerConfig, WorkerResult } from './extract-worker';
import { workerEntry } from './worker-bundle';

/** Files queued per thread: enough to keep threads busy, few enough to bound buffered results. */
const IN_FLIGHT_PER_THREAD = 4;

export interface PoolOptions {
  workers: number;
  config: WorkerConfig;
  /** False runs threads on the worker's source as it is (under tsx: compiled per thread); for benchmarks. */
  bundle?: boolean;
  /** Called once per file, in the order of `paths`. */
  onResult: (result: WorkerResult, index: number) => void | Promise<void>;
}

export async function runExtractionPool(paths: readonly string[], options: PoolOptions): Promise<void> {
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
  let next = 0;
  let deliver = 0;
  const limit = Math.max(1, options.workers * IN_FLIGHT_PER_THREAD);
  try {
    await new Promise<void>((resolve, reject) => {
      const launch = (): void => {
        while (next < paths.length && next - deliver < limit) {
          const index = next++;
          const path = paths[index] ?? '';
          (pool.run(path) as Promise<WorkerResult>)
            .catch((e: unknown) => ({ path, bytes: 0, error: `${path}: ${(e as Error).message}` }))
            .then(async (result) => {
              pending.set(index, result);
              while (pending.has(deliver)) {
                const ready = pending.get(deliver);
                pending.delete(deliver);
                if (ready) await options.onResult(ready, deliver);
                deliver++;
              }
              if (deliver >= paths.length) resolve();
              else launch();
            })
            .catch(reject);
        }
      };
      if (paths.length === 0) resolve();
      else launch();
    });
  } finally {
    await pool.destroy();
  }
}
