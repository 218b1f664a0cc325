/**
 * `npm run bench:key-events [-- --n 100000,1000000]`
 *
 * Opens the built app in headless Chromium, loads a synthetic events CSV of n rows through the file input
 * (large files are read and held by the table worker), waits until every row is shown, then picks "20" in
 * the Key events select as a person would. Measures, from the pick:
 * - keyMs: until the sidebar lists the key days (the chart draws their titles in the same frame);
 * - the longest main-thread task meanwhile (PerformanceObserver 'longtask': tasks of 50 ms and more; 0 means
 *   none reached 50 ms) and how many there were;
 * then checks that key titles are on the chart. BENCH_DIST=<dir> serves another build (to compare).
 * `--page` opens the app with `?load=naive`, whose simple loader keeps every row on the page: the page
 * then ranks in slices itself instead of asking the table worker (use n of 100,000 or so; the simple
 * loader parses in one task).
 * One JSON line per n. Numbers only, no pass/fail.
 */
import { parseArgs } from 'node:util';
import { ensureBuilt, generatedCsv, launchBrowser, newContext, serveBuiltApp } from './built-app';
import { round1 } from './frame-probe';

interface BenchWindow {
  __timeline?: {
    ready: boolean;
    whenIdle(): Promise<void>;
    state(): { totalCount: number; titles: { key: boolean }[] };
  };
  __longTasks: { start: number; duration: number }[];
}

/** Runs in the page before the app: records every long task. */
function installLongTaskProbe(): void {
  const w = window as unknown as BenchWindow;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100000,1000000' },
      rebuild: { type: 'boolean', default: false },
      page: { type: 'boolean', default: false },
    },
  });
  ensureBuilt(values.rebuild);
  const server = await serveBuiltApp();
  const browser = await launchBrowser();
  try {
    for (const n of values.n.split(',').map((s) => Number(s.replace(/_/g, '')))) {
      const csv = await generatedCsv(n);
      const context = await newContext(browser);
      const page = await context.newPage();
      page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
      await page.addInitScript(installLongTaskProbe);
      await page.goto(`${server.url}/${values.page ? '?load=naive' : ''}`);
      await page.waitForFunction(() => (window as unknown as BenchWindow).__timeline?.ready === true);
      process.stderr.write(`bench:key-events loading ${n.toLocaleString('en-US')} rows ...\n`);
      await page.setInputFiles('#file-input', csv.file);
      await page.waitForFunction(
        (rows) =>
          (window as unknown as BenchWindow).__timeline?.state().totalCount === rows &&
          document.querySelector('#loading')?.hasAttribute('hidden') === true,
        n,
        { timeout: 900_000, polling: 500 },
      );
      await page.evaluate(() => (window as unknown as BenchWindow).__timeline?.whenIdle());
      const result = await page.evaluate(async () => {
        const w = window as unknown as BenchWindow;
        const select = document.querySelector<HTMLSelectElement>('#key-events');
        if (!select) throw new Error('no #key-events select');
        const t0 = performance.now();
        select.value = '20';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        // Checked once per frame: the list and the key titles appear in the same paint.
        await new Promise<void>((done) => {
          const poll = () =>
            document.querySelectorAll('#key-events-list button.key-event').length > 0
              ? done()
              : requestAnimationFrame(poll);
          poll();
        });
        const keyMs = performance.now() - t0;
        const tasks = w.__longTasks.filter((t) => t.start + t.duration >= t0);
        await w.__timeline?.whenIdle();
        return {
          keyMs,
          longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
          longTasks: tasks.length,
          days: document.querySelectorAll('#key-events-list button.key-event').length,
          keyTitles: w.__timeline?.state().titles.filter((t) => t.key).length ?? 0,
        };
      });
      const line = {
        bench: 'key-events',
        n,
        rowsHeldBy: values.page ? 'page' : 'worker',
        keyMs: round1(result.keyMs),
        longestTaskMs: round1(result.longestTaskMs),
        longTasks: result.longTasks,
        days: result.days,
        keyTitles: result.keyTitles,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
