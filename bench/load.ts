/**
 * `npm run bench:load [-- --n 1000000] [-- --naive]`
 *
 * Opens the built app in headless Chromium and picks a synthetic events CSV (1,000,000 rows over 20 actors
 * and 10 years by default) through the file input, as a person would. Measures, on the page's clock from
 * the input's change event:
 * - firstPictureMs: until the first frame that shows any of the new rows (progressive loading);
 * - shownMs: until every row is in (drawn or listed as a problem) and that frame has painted;
 * - the longest main-thread task during the load (PerformanceObserver 'longtask', which reports tasks
 *   of 50 ms and more; 0 means none reached 50 ms), and how many there were;
 * - heapMB after the load and a forced GC, and arrayBuffersMB outside the JS heap (table columns and text).
 * With --profile, a CPU profile of the page's main thread is taken during the load and the functions that
 * ran in each long task are printed (self time), to show which step blocks the page.
 * With --naive the app loads the simple way (`?load=naive`: the whole file read as one string and parsed
 * into row objects on the main thread), so the gain of the streamed worker load is visible.
 * Ends with one JSON line. Numbers only, no pass/fail.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, generatedCsv, launchBrowser, newContext, serveBuiltApp } from './built-app';
import type { CpuProfile } from './cpu-profile';
import { describeSelfTime, profileClockMark, profileStartOnPageClock, selfTimeByWindow } from './cpu-profile';
import { round1 } from './frame-probe';

interface Hook {
  ready: boolean;
  whenIdle(): Promise<void>;
  state(): { totalCount: number; problems: number };
}
interface LoadWindow {
  __timeline?: Hook;
  __longTasks: { start: number; duration: number }[];
  __loadTimes: { change: number; firstPicture: number; shown: number };
}

/** Runs in the page before the app: records long tasks and, from the file input's change, load milestones. */
function installLoadProbe({ expectedRows, fileName }: { expectedRows: number; fileName: string }): void {
  const w = window as unknown as LoadWindow;
  w.__longTasks = [];
  w.__loadTimes = { change: NaN, firstPicture: NaN, shown: NaN };
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
        if (isNew && rows === expectedRows && w.__timeline) {
          void w.__timeline.whenIdle().then(() => {
            w.__loadTimes.shown = performance.now();
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000000' },
      actors: { type: 'string', default: '20' },
      years: { type: 'string', default: '10' },
      rebuild: { type: 'boolean', default: false },
      naive: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n.replace(/_/g, ''));
  const actors = Number(values.actors);
  const years = Number(values.years);
  ensureBuilt(values.rebuild);
  const csv = await generatedCsv(n, { actors, years });
  const bytesMB = statSync(csv.file).size / 1024 / 1024;
  const server = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
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
    // A path (not a buffer) lets Chromium read the file from disk as a real picked file would be.
    await page.setInputFiles('#file-input', csv.file);
    await page.waitForFunction(
      () => !Number.isNaN((window as unknown as LoadWindow).__loadTimes.shown),
      null,
      {
        timeout: 600_000,
        polling: 500,
      },
    );
    const result = await page.evaluate((skip) => {
      const w = window as unknown as LoadWindow;
      const t = w.__loadTimes;
      const tasks = w.__longTasks
        .slice(skip)
        .filter((x) => x.start + x.duration >= t.change && x.start <= t.shown);
      const s = w.__timeline?.state();
      return {
        firstPictureMs: t.firstPicture - t.change,
        shownMs: t.shown - t.change,
        longestTaskMs: Math.max(0, ...tasks.map((x) => x.duration)),
        longTasks: tasks.length,
        tasks,
        totalCount: s?.totalCount ?? 0,
        problems: s?.problems ?? 0,
      };
    }, tasksBefore);
    if (values.profile) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const byTask = selfTimeByWindow(profile, result.tasks, profileStartOnPageClock(profile, markMs));
      result.tasks.forEach((task, i) => {
        const at = task.start - (result.tasks[0]?.start ?? 0);
        process.stderr.write(
          `long task +${round1(at)} ms, ${round1(task.duration)} ms: ${describeSelfTime(byTask[i] ?? new Map())}\n`,
        );
      });
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
    const arrayBuffersMB = (usage.backingStorageSize ?? NaN) / 1024 / 1024;
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    console.log(
      `rows              ${n.toLocaleString('en-US')} (${result.totalCount} shown, ${result.problems} problems)`,
    );
    console.log(`file              ${bytesMB.toFixed(1)} MB`);
    console.log(`first picture     ${round1(result.firstPictureMs)} ms`);
    console.log(`all rows shown    ${round1(result.shownMs)} ms`);
    console.log(
      `longest task      ${round1(result.longestTaskMs)} ms (${result.longTasks} tasks of 50 ms or more)`,
    );
    console.log(`heap after load   ${round1(heapMB)} MB (+ ${round1(arrayBuffersMB)} MB of array buffers)`);
    console.log(
      JSON.stringify({
        bench: 'load',
        mode: values.naive ? 'naive' : 'stream',
        n,
        bytesMB: round1(bytesMB),
        firstPictureMs: round1(result.firstPictureMs),
        shownMs: round1(result.shownMs),
        longestTaskMs: round1(result.longestTaskMs),
        longTasks: result.longTasks,
        heapMB: round1(heapMB),
        arrayBuffersMB: round1(arrayBuffersMB),
        problems: result.problems,
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
