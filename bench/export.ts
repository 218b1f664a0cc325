/**
 * `npm run bench:export [-- --n 100000] [-- --profile]`
 *
 * Opens the built app in headless Chromium, picks a synthetic events CSV (100,000 rows over 20 actors and
 * 10 years by default) through the file input, waits until every row is shown, then clicks "CSV" (the
 * filtered set, here every row) as a person would and waits for the download. Measures, from the click:
 * - exportMs: until the browser starts the download (the file is complete in a Blob by then);
 * - the longest main-thread task during the export (PerformanceObserver 'longtask', which reports tasks of
 *   50 ms and more; 0 means none reached 50 ms), and how many there were;
 * - peakHeapMB: the page's JS heap (CDP Performance.getMetrics, JSHeapUsedSize) sampled every 100 ms; a
 *   sample cannot be taken while the main thread is blocked, so a blocked export reads low, not high;
 * - peakPssMB: the proportional set size of every browser process (page, workers, Blob storage), read from
 *   /proc every 100 ms on Linux, minus what they held just before the click: the memory the export costs;
 * - the size of the downloaded file and its line count (it must be n + 1: header and rows).
 * With --profile, a CPU profile of the page's main thread is taken during the export and the functions that
 * ran in each long task are printed (self time).
 * Ends with one JSON line. Numbers only, no pass/fail.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureBuilt, generatedCsv, launchBrowser, newContext, serveBuiltApp } from './built-app';
import type { CpuProfile } from './cpu-profile';
import { describeSelfTime, profileClockMark, profileStartOnPageClock, selfTimeByWindow } from './cpu-profile';
import { round1 } from './frame-probe';
import { descendants } from './proc-threads';

interface ExportWindow {
  __timeline?: { ready: boolean; whenIdle(): Promise<void>; state(): { totalCount: number } };
  __longTasks: { start: number; duration: number }[];
}

/** Runs in the page before the app: records every long task. */
function installLongTaskProbe(): void {
  const w = window as unknown as ExportWindow;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Proportional set size of the processes in MB (shared pages split between their users); NaN off Linux. */
function pssMB(pids: readonly number[]): number {
  if (!existsSync('/proc/self/smaps_rollup')) return NaN;
  let kb = 0;
  for (const pid of pids) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // The process ended while we read.
    }
  }
  return kb / 1024;
}

/** Lines in a file, read as a stream (the export of a million rows is about half a gigabyte). */
async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100000' },
      rebuild: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n.replace(/_/g, ''));
  ensureBuilt(values.rebuild);
  const csv = await generatedCsv(n);
  const server = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('crash', () => process.stderr.write('page crashed\n'));
    await page.addInitScript(installLongTaskProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => (window as unknown as ExportWindow).__timeline?.ready === true);

    process.stderr.write(`bench:export loading ${n.toLocaleString('en-US')} rows ...\n`);
    await page.setInputFiles('#file-input', csv.file);
    await page.waitForFunction(
      (rows) => {
        const w = window as unknown as ExportWindow;
        return (
          w.__timeline?.state().totalCount === rows &&
          document.querySelector('#loading')?.hasAttribute('hidden')
        );
      },
      n,
      { timeout: 600_000, polling: 500 },
    );
    await page.evaluate(() => (window as unknown as ExportWindow).__timeline?.whenIdle());
    await cdp.send('HeapProfiler.collectGarbage');

    const heapMB = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
    };
    // The browser is a child of this process (Playwright launches it); its helpers are children of it.
    const pids = descendants(process.pid);
    const pssBefore = pssMB(pids);
    const heapBefore = await heapMB();
    let peakHeap = heapBefore;
    let peakPss = pssBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peakPss = Math.max(peakPss, pssMB(descendants(process.pid)));
        // A blocked page answers late; the race keeps the /proc samples coming meanwhile.
        const heap = await Promise.race([
          heapMB(),
          new Promise<number>((r) => setTimeout(() => r(NaN), 100)),
        ]);
        if (!Number.isNaN(heap)) peakHeap = Math.max(peakHeap, heap);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    let markMs = NaN;
    if (values.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
      markMs = await page.evaluate(profileClockMark);
    }
    process.stderr.write('bench:export exporting ...\n');
    const t0 = await page.evaluate(() => performance.now());
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      page.locator('#export-csv').click({ timeout: 600_000, noWaitAfter: true }),
    ]);
    const t1 = await page.evaluate(() => performance.now());
    const path = await download.path();
    sampling = false;
    await sampler;
    const tasks = await page.evaluate(
      ([a, b]) =>
        (window as unknown as ExportWindow).__longTasks.filter(
          (x) => x.start + x.duration >= a && x.start <= b,
        ),
      [t0, t1] as const,
    );
    const longest = Math.max(0, ...tasks.map((x) => x.duration));
    if (values.profile) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const byTask = selfTimeByWindow(profile, tasks, profileStartOnPageClock(profile, markMs));
      tasks.forEach((task, i) => {
        process.stderr.write(
          `long task +${round1(task.start - t0)} ms, ${round1(task.duration)} ms: ${describeSelfTime(byTask[i] ?? new Map())}\n`,
        );
      });
    }
    const fileMB = statSync(path).size / 1024 / 1024;
    const lines = await countLines(path);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    console.log(`rows              ${n.toLocaleString('en-US')}`);
    console.log(`export            ${round1(t1 - t0)} ms (${round1(fileMB)} MB, ${lines} lines)`);
    console.log(`longest task      ${round1(longest)} ms (${tasks.length} tasks of 50 ms or more)`);
    console.log(`page JS heap      ${round1(heapBefore)} MB before, peak ${round1(peakHeap)} MB`);
    console.log(`browser PSS       ${round1(pssBefore)} MB before, peak +${round1(peakPss - pssBefore)} MB`);
    console.log(
      JSON.stringify({
        bench: 'export',
        n,
        exportMs: round1(t1 - t0),
        longestTaskMs: round1(longest),
        longTasks: tasks.length,
        heapBeforeMB: round1(heapBefore),
        peakHeapMB: round1(peakHeap),
        pssBeforeMB: round1(pssBefore),
        peakPssExtraMB: round1(peakPss - pssBefore),
        fileMB: round1(fileMB),
        lines,
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
