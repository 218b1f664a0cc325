/**
 * `npm run bench:load [-- --n 10000,1000000] [-- --naive]`
 *
 * Opens the built app in headless Chromium and picks a synthetic events CSV (1,000,000 rows over 20 actors
 * and 10 years by default; `--n` takes a comma-separated list, each size in a fresh page) through the file
 * input, as a person would. Measures, on the page's clock from the input's change event:
 * - firstPictureMs: until the first frame that shows any of the new rows (progressive loading);
 * - shownMs: until the first frame that draws every row (each one drawn or listed as a problem) with the
 *   loading strip gone: the complete load as a person sees it;
 * - idleMs: until the app is idle after that: the panels that follow the chart by a frame, and the file
 *   saved in the browser's storage (IndexedDB) for the next visit;
 * - the longest main-thread task during the load, up to idle (PerformanceObserver 'longtask', which reports
 *   tasks of 50 ms and more; 0 means none reached 50 ms), and how many there were;
 * - heapMB after the load and a forced GC, and arrayBuffersMB outside the JS heap (table columns and text):
 *   the page's own (the goal at 1M rows: the two together at most 100 MB);
 * - the browser's memory, from /proc (Linux): the sum of Pss over all its processes (the table worker
 *   lives in the page's renderer process) after the load and at its peak (sampled every 200 ms from the
 *   pick until idle, so a short spike between two samples is missed), and the largest single process's
 *   Rss at the peak (goal at 1M rows: under 1 GB);
 * - workerCpuMs and pageCpuMs: CPU time of the table worker's thread and of the page's main thread from the
 *   pick until every row is shown, read from /proc (Linux; 10 ms steps). Other jobs on the machine stretch
 *   wall times far more than these.
 * With --profile, a CPU profile of the page's main thread is taken during the load and the functions that
 * ran in each long task are printed (self time), to show which step blocks the page.
 * After the load, `--search <words>` types a search (as the search box's Enter does) and times it until the
 * filtered picture is painted, with the CPU time of the table worker and the page's main thread meanwhile
 * (from /proc, 10 ms steps), and `--merge <rows>` merges a second synthetic file of that many rows (seed
 * 2, so some ids repeat and the newer rows replace the older) through the file input in merge mode; both
 * report their own longest main-thread task.
 * With --naive the app loads the simple way (`?load=naive`: the whole file read as one string and parsed
 * into row objects on the main thread), so the gain of the streamed worker load is visible.
 * `BENCH_DIST=<dir>` serves another build (say, one of an earlier commit) to compare.
 * Ends with one JSON line per size. Numbers only, no pass/fail.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import type { StaticServer } from './built-app';
import { ensureBuilt, generatedCsv, launchBrowser, newContext, serveBuiltApp } from './built-app';
import type { CpuProfile, TimeWindow } from './cpu-profile';
import { describeSelfTime, profileClockMark, profileStartOnPageClock, selfTimeByWindow } from './cpu-profile';
import { round1 } from './frame-probe';
import type { ThreadKind } from './proc-threads';
import {
  busiestThreadMs,
  descendants,
  processMemoryMB,
  sampleProcessMemory,
  threadCpuMs,
} from './proc-threads';

interface Hook {
  ready: boolean;
  whenIdle(): Promise<void>;
  state(): { totalCount: number; filteredCount: number; problems: number };
}
interface LoadWindow {
  __timeline?: Hook;
  __longTasks: { start: number; duration: number }[];
  __loadTimes: { change: number; firstPicture: number; shown: number; idle: number };
}

/** Runs in the page before the app: records long tasks and, from the file input's change, load milestones. */
function installLoadProbe({ expectedRows, fileName }: { expectedRows: number; fileName: string }): void {
  const w = window as unknown as LoadWindow;
  w.__longTasks = [];
  w.__loadTimes = { change: NaN, firstPicture: NaN, shown: NaN, idle: NaN };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as Element | null)?.id !== 'file-input') return;
      w.__loadTimes.change = performance.now();
      // Sample once per frame, after that frame's paint callbacks (registered late, so it runs last).
      const watch = (): void => {
        const s = w.__timeline?.state();
        const rows = s ? s.totalCount + s.problems : 0;
        // The header names the new file as soon as its first rows replace the old data set.
        const isNew = document.querySelector('#dataset-name')?.textContent?.includes(fileName) ?? false;
        if (Number.isNaN(w.__loadTimes.firstPicture) && isNew && s && s.totalCount > 0) {
          w.__loadTimes.firstPicture = performance.now();
        }
        const loading = !(document.querySelector<HTMLElement>('#loading')?.hidden ?? true);
        if (isNew && rows === expectedRows && !loading && w.__timeline) {
          w.__loadTimes.shown = performance.now();
          void w.__timeline.whenIdle().then(() => {
            w.__loadTimes.idle = performance.now();
          });
          return;
        }
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    },
    true,
  );
}

/**
 * The table worker's thread as /proc names it (Chromium's "DedicatedWorker thread", cut to 15 characters),
 * and the renderers' main threads. The busiest of each over the load is the one that loaded the file.
 */
const WORKER_THREAD: ThreadKind = { namePrefix: 'DedicatedWorker' };
const MAIN_THREAD: ThreadKind = 'renderer-main';

type Options = ReturnType<typeof options>;

function options() {
  return parseArgs({
    options: {
      n: { type: 'string', default: '1000000' },
      actors: { type: 'string', default: '20' },
      years: { type: 'string', default: '10' },
      rebuild: { type: 'boolean', default: false },
      naive: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      search: { type: 'string' },
      merge: { type: 'string' },
    },
  }).values;
}

async function main(): Promise<void> {
  const values = options();
  const sizes = values.n.split(',').map((n) => Number(n.replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--n: "${values.n}" is not a list of row counts`);
  ensureBuilt(values.rebuild);
  const server = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    for (const n of sizes) await loadOnce(n, values, browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Picks a generated file of `n` rows in a fresh page and prints what it measured. */
async function loadOnce(n: number, values: Options, browser: Browser, server: StaticServer): Promise<void> {
  const actors = Number(values.actors);
  const years = Number(values.years);
  const csv = await generatedCsv(n, { actors, years });
  const bytesMB = statSync(csv.file).size / 1024 / 1024;
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => process.stderr.write('page crashed\n'));
    page.on('console', (m) => {
      if (m.type() === 'error') process.stderr.write(`console: ${m.text()}\n`);
    });
    await page.addInitScript(installLoadProbe, { expectedRows: n, fileName: basename(csv.file) });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/${values.naive ? '?load=naive' : ''}`);
    await page.waitForFunction(() => (window as unknown as LoadWindow).__timeline?.ready === true);
    await page.evaluate(() => (window as unknown as LoadWindow).__timeline?.whenIdle());
    const tasksBefore = await page.evaluate(() => (window as unknown as LoadWindow).__longTasks.length);

    process.stderr.write(
      `bench:load picking ${n.toLocaleString('en-US')} rows (${bytesMB.toFixed(0)} MB) ...\n`,
    );
    let markMs = NaN;
    if (values.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
      markMs = await page.evaluate(profileClockMark);
    }
    const pids = descendants(process.pid);
    const workersBefore = threadCpuMs(pids, WORKER_THREAD);
    const mainBefore = threadCpuMs(pids, MAIN_THREAD);
    const memory = sampleProcessMemory(process.pid);
    // A path (not a buffer) lets Chromium read the file from disk as a real picked file would be.
    await page.setInputFiles('#file-input', csv.file);
    // CPU is read once every row is shown, before the app starts a spare worker (when idle), whose start-up
    // would otherwise be the busiest worker thread after a small load.
    await page.waitForFunction(
      () => !Number.isNaN((window as unknown as LoadWindow).__loadTimes.shown),
      null,
      { timeout: 600_000, polling: 20 },
    );
    const pidsAfter = descendants(process.pid);
    const workerCpuMs = busiestThreadMs(workersBefore, threadCpuMs(pidsAfter, WORKER_THREAD));
    const pageCpuMs = busiestThreadMs(mainBefore, threadCpuMs(pidsAfter, MAIN_THREAD));
    await page.waitForFunction(
      () => !Number.isNaN((window as unknown as LoadWindow).__loadTimes.idle),
      null,
      { timeout: 600_000, polling: 500 },
    );
    const peaks = memory.stop();
    const result = await page.evaluate((skip) => {
      const w = window as unknown as LoadWindow;
      const t = w.__loadTimes;
      const tasks = w.__longTasks
        .slice(skip)
        .filter((x) => x.start + x.duration >= t.change && x.start <= t.idle);
      const s = w.__timeline?.state();
      return {
        firstPictureMs: t.firstPicture - t.change,
        shownMs: t.shown - t.change,
        idleMs: t.idle - t.change,
        longestTaskMs: Math.max(0, ...tasks.map((x) => x.duration)),
        longTasks: tasks.length,
        changeAt: t.change,
        totalCount: s?.totalCount ?? 0,
        problems: s?.problems ?? 0,
      };
    }, tasksBefore);
    const longestSince = (from: number, to: number) =>
      page.evaluate(
        ([a, b]) => {
          const tasks = (window as unknown as LoadWindow).__longTasks.filter(
            (x) => x.start + x.duration >= a && x.start <= b,
          );
          return { longestTaskMs: Math.max(0, ...tasks.map((x) => x.duration)), longTasks: tasks.length };
        },
        [from, to] as const,
      );
    let search: Record<string, number | string> | null = null;
    let searchWindow: TimeWindow | null = null;
    if (values.search !== undefined) {
      const searchPids = descendants(process.pid);
      const workerCpu0 = threadCpuMs(searchPids, WORKER_THREAD);
      const pageCpu0 = threadCpuMs(searchPids, MAIN_THREAD);
      const timing = await page.evaluate(async (q) => {
        const w = window as unknown as LoadWindow;
        const input = document.querySelector<HTMLInputElement>('#search');
        if (!input || !w.__timeline) throw new Error('no search box');
        const t0 = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('search'));
        await w.__timeline.whenIdle();
        return { t0, t1: performance.now(), filtered: w.__timeline.state().filteredCount };
      }, values.search);
      searchWindow = { start: timing.t0, duration: timing.t1 - timing.t0 };
      const searchWorkerCpuMs = busiestThreadMs(workerCpu0, threadCpuMs(searchPids, WORKER_THREAD));
      const searchPageCpuMs = busiestThreadMs(pageCpu0, threadCpuMs(searchPids, MAIN_THREAD));
      search = {
        query: values.search,
        ms: round1(timing.t1 - timing.t0),
        filtered: timing.filtered,
        workerCpuMs: searchWorkerCpuMs,
        pageCpuMs: searchPageCpuMs,
        ...(await longestSince(timing.t0, timing.t1)),
      };
      console.log(
        `search "${values.search}"  ${search.ms} ms, ${timing.filtered} events match; CPU table worker ${searchWorkerCpuMs} ms, page ${searchPageCpuMs} ms`,
      );
    }
    let merge: Record<string, number> | null = null;
    if (values.merge !== undefined) {
      const extra = Number(values.merge.replace(/_/g, ''));
      const second = await generatedCsv(extra, { seed: 2, actors, years });
      await page.check('#merge-mode');
      const t0 = await page.evaluate(() => performance.now());
      await page.setInputFiles('#file-input', second.file);
      await page.waitForFunction(
        () =>
          (document.querySelector('#dataset-name')?.textContent ?? '').includes(' + ') &&
          (document.querySelector<HTMLElement>('#loading')?.hidden ?? true),
        null,
        { timeout: 600_000, polling: 200 },
      );
      const t1 = await page.evaluate(async () => {
        await (window as unknown as LoadWindow).__timeline?.whenIdle();
        return performance.now();
      });
      const total = await page.evaluate(
        () => (window as unknown as LoadWindow).__timeline?.state().totalCount ?? 0,
      );
      merge = { rows: extra, ms: round1(t1 - t0), totalCount: total, ...(await longestSince(t0, t1)) };
      console.log(`merge ${extra.toLocaleString('en-US')} rows  ${merge.ms} ms, ${total} events after`);
    }
    if (values.profile) {
      // Every long task since the file was picked (load, then search and merge when asked for).
      const tasks = await page.evaluate(
        ([skip, from]) =>
          (window as unknown as LoadWindow).__longTasks
            .slice(skip)
            .filter((x) => x.start + x.duration >= from),
        [tasksBefore, result.changeAt] as const,
      );
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const startMs = profileStartOnPageClock(profile, markMs);
      const byTask = selfTimeByWindow(profile, tasks, startMs);
      tasks.forEach((task, i) => {
        const at = task.start - result.changeAt;
        process.stderr.write(
          `long task +${round1(at)} ms, ${round1(task.duration)} ms: ${describeSelfTime(byTask[i] ?? new Map())}\n`,
        );
      });
      if (searchWindow) {
        // All of the page's work from typing the search to its painted result, long tasks or not.
        const [during] = selfTimeByWindow(profile, [searchWindow], startMs);
        process.stderr.write(`page during the search: ${describeSelfTime(during ?? new Map(), 10)}\n`);
      }
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
    const arrayBuffersMB = (usage.backingStorageSize ?? NaN) / 1024 / 1024;
    const after = processMemoryMB(descendants(process.pid));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    console.log(
      `rows              ${n.toLocaleString('en-US')} (${result.totalCount} shown, ${result.problems} problems)`,
    );
    console.log(`file              ${bytesMB.toFixed(1)} MB`);
    console.log(`first picture     ${round1(result.firstPictureMs)} ms`);
    console.log(`all rows shown    ${round1(result.shownMs)} ms`);
    console.log(`idle (saved)      ${round1(result.idleMs)} ms`);
    console.log(
      `longest task      ${round1(result.longestTaskMs)} ms (${result.longTasks} tasks of 50 ms or more)`,
    );
    console.log(
      `CPU until shown   table worker ${workerCpuMs} ms, page ${pageCpuMs} ms (from /proc, 10 ms steps)`,
    );
    console.log(
      `heap after load   ${round1(heapMB)} MB (+ ${round1(arrayBuffersMB)} MB of array buffers) = ${round1(heapMB + arrayBuffersMB)} MB on the page`,
    );
    console.log(
      `browser memory    ${round1(after.pssMB)} MB after load, ${round1(peaks.peakPssMB)} MB at peak (Pss, all processes); largest process ${round1(peaks.peakLargestRssMB)} MB at peak (Rss)`,
    );
    console.log(
      JSON.stringify({
        bench: 'load',
        mode: values.naive ? 'naive' : 'stream',
        n,
        bytesMB: round1(bytesMB),
        firstPictureMs: round1(result.firstPictureMs),
        shownMs: round1(result.shownMs),
        idleMs: round1(result.idleMs),
        longestTaskMs: round1(result.longestTaskMs),
        longTasks: result.longTasks,
        workerCpuMs,
        pageCpuMs,
        heapMB: round1(heapMB),
        arrayBuffersMB: round1(arrayBuffersMB),
        pageMB: round1(heapMB + arrayBuffersMB),
        browserPssMB: round1(after.pssMB),
        peakBrowserPssMB: round1(peaks.peakPssMB),
        peakLargestRssMB: round1(peaks.peakLargestRssMB),
        problems: result.problems,
        ...(search ? { search } : {}),
        ...(merge ? { merge } : {}),
      }),
    );
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
