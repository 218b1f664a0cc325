/**
 * `npm run bench:render [-- --full] [-- --sizes 1000,10000] [-- --actors 20] [-- --years 10] [-- --naive]`
 *
 * Opens the built app in headless Chromium and, for 1,000 / 10,000 / 100,000 (and 1,000,000 with --full)
 * synthetic events over 20 actors and 10 years, measures:
 * - loadMs: loadCsvText from text in memory until the data is in the store (parse + table build);
 * - firstFrameMs: from data ready until the first complete frame has painted;
 * - per-step page work over 60 scripted steps (wheel zoom in and out, including fully zoomed out, and drag
 *   pans): the time the step's input listeners ran plus the app's paint callback, as logged by the probe
 *   (frame-probe.ts; median, p95, max). This is what the page spends on a step, and what has to fit in one
 *   60 Hz frame (16.7 ms);
 * - per-step frame time, as before: from the frame's start to the end of the app's paint. It also counts
 *   idle time: a drag's move is often delivered several ms after the frame began, so this reads high for
 *   drags; kept so that figures stay comparable with earlier ones;
 * - heapMB: JS heap in use after the load and a forced GC (CDP Performance.getMetrics), and
 *   arrayBuffersMB: typed-array memory outside that heap (the event table's columns and packed text);
 * - with --naive, the same steps with the simple renderer (`?render=naive`: every event drawn every
 *   frame, no culling or clusters), so the gain of level of detail is visible.
 * - stepsCpuMs: CPU time of the page's main thread over all 60 steps, read from /proc (Linux, 10 ms steps),
 *   which other jobs on a busy machine disturb far less than the wall times above;
 * With --per-step, each step's work is printed too (a slow first zoom, or one slow step in ten).
 * The steps start --settle ms (default 1000) after the first picture, as a reader first looks at it; the
 * chart rehearses the likely next views in that idle time (ui/rehearsal.ts). --settle 0 starts at once.
 * With --profile, a CPU profile of the page's main thread is taken over the steps and the functions that
 * ran in the five slowest steps, and in all steps together, are printed (self time), with the inclusive time
 * of the frame's stages (scene build, paint list, sprites, canvas, axis). Function names survive only in a
 * build without minification: `npx vite build --minify false --outDir /tmp/dist-named`, then run with
 * BENCH_DIST=/tmp/dist-named.
 * Prints a table, then one JSON line per case for machines. Numbers only, no pass/fail.
 */
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from '@playwright/test';
import { ensureBuilt, generatedCsv, launchBrowser, newContext, serveBuiltApp } from './built-app';
import type { CpuProfile } from './cpu-profile';
import {
  describeSelfTime,
  profileClockMark,
  profileStartOnPageClock,
  selfTimeByWindow,
  stageTimeByWindow,
} from './cpu-profile';
import { installFrameProbe, percentiles, round1, type ProbeWindow } from './frame-probe';
import { busiestThreadMs, descendants, threadCpuMs } from './proc-threads';

interface Hook {
  ready: boolean;
  frame: number;
  whenIdle(): Promise<void>;
  state(): { totalCount: number; problems: number; domain: [number, number] };
  loadCsvText(text: string, name: string, mode?: 'replace' | 'merge'): Promise<void>;
}
type BenchWindow = Omit<ProbeWindow, '__timeline'> & { __timeline?: Hook; __benchText?: string | null };

interface StepResult {
  kind: 'wheel-in' | 'wheel-out' | 'drag';
  /** Frame start to the end of the paint. */
  ms: number;
  /** Input listeners since the previous paint plus the paint callback. */
  workMs: number;
  paintMs: number;
  /** True when the input changed nothing (zoom bound reached) and a repaint was forced to time a frame. */
  forced: boolean;
  /** Visible range after the step, days. */
  spanDays: number;
  /** The step's frame on the page clock, for --profile. */
  frameStart: number;
  end: number;
}

interface CaseResult {
  n: number;
  loadMs: number;
  firstFrameMs: number;
  heapMB: number;
  arrayBuffersMB: number;
  steps: StepResult[];
  /** CPU time of the page's main thread over all steps (/proc, 10 ms steps; NaN off Linux). */
  stepsCpuMs: number;
  problems: number;
}

const STEP_TIMEOUT_MS = 2000;

async function heapMB(cdp: CDPSession): Promise<{ heap: number; arrayBuffers: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  // ArrayBuffer backing stores live outside the V8 heap; report them so columnar data is not hidden.
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { backingStorageSize?: number };
  return { heap: used / 1024 / 1024, arrayBuffers: (usage.backingStorageSize ?? NaN) / 1024 / 1024 };
}

/** Performs one input, then returns the timing of the first paint it caused (or of a forced paint). */
async function timedStep(
  page: Page,
  kind: StepResult['kind'],
  input: () => Promise<void>,
): Promise<StepResult> {
  const logged = await page.evaluate(() => (window as unknown as BenchWindow).__paints.length);
  await input();
  const painted = await page
    .waitForFunction((n) => (window as unknown as BenchWindow).__paints.length > n, logged, {
      timeout: STEP_TIMEOUT_MS,
    })
    .then(() => true)
    .catch(() => false);
  // No paint yet: either the input changed nothing (a bound) or the paint is slow. Ask for an idle frame and
  // tell the two apart by whether the first logged paint began before that request.
  const idleAskedAt = painted
    ? Infinity
    : await page.evaluate(async () => {
        const at = performance.now();
        await (window as unknown as BenchWindow).__timeline?.whenIdle();
        return at;
      });
  const [paint, spanMs] = await page.evaluate((n) => {
    const w = window as unknown as BenchWindow;
    const d = w.__timeline?.state().domain ?? [0, 0];
    return [w.__paints[n], d[1] - d[0]] as const;
  }, logged);
  if (!paint) throw new Error('no paint logged');
  return {
    kind,
    ms: paint.end - paint.frameStart,
    workMs: paint.inputMs + paint.end - paint.start,
    paintMs: paint.end - paint.start,
    forced: paint.start >= idleAskedAt,
    spanDays: spanMs / 86_400_000,
    frameStart: paint.frameStart,
    end: paint.end,
  };
}

/** 60 steps: zoom in, pan, zoom out to (and past) everything, pan there, zoom back in. */
async function scriptedSteps(page: Page): Promise<StepResult[]> {
  const box = await page.locator('#chart').boundingBox();
  if (!box) throw new Error('#chart has no box');
  const y = box.y + box.height * 0.45;
  const xAt = (i: number): number => box.x + box.width * (0.3 + 0.04 * ((i * 7) % 11));
  const steps: StepResult[] = [];
  const wheel = async (i: number, deltaY: number): Promise<void> => {
    steps.push(
      await timedStep(page, deltaY < 0 ? 'wheel-in' : 'wheel-out', async () => {
        await page.mouse.move(xAt(i), y);
        await page.mouse.wheel(0, deltaY);
      }),
    );
  };
  const drag = async (count: number, dx: number): Promise<void> => {
    let x = box.x + box.width * 0.5;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 0; i < count; i++) {
      x += dx;
      const to = x;
      steps.push(await timedStep(page, 'drag', () => page.mouse.move(to, y)));
    }
    await page.mouse.up();
  };
  // d3-zoom turns a wheel deltaY of 240 px into a factor of 2^(240 * 0.002) = 1.39.
  for (let i = 0; i < 15; i++) await wheel(i, -240);
  await drag(10, -40);
  for (let i = 0; i < 15; i++) await wheel(i, 480);
  await drag(10, 40);
  for (let i = 0; i < 10; i++) await wheel(i, -240);
  return steps;
}

/**
 * Stages of a frame whose inclusive time --profile prints per step: the scene build and its parts, the
 * paint list, the sprite atlas, the canvas calls and the DOM. Named only in a build without minification.
 */
const FRAME_STAGES = [
  'buildScene',
  'visibleLodGroups',
  'carriedInRows',
  'layoutLane',
  'placeLaneTitles',
  'paintScene',
  'sceneOps',
  'prepare',
  'paintOps',
  'renderAxis',
  'renderSelection',
  '(garbage collector)',
];

/** Prints what ran on the main thread in the slowest steps and in all of them (self time per function). */
function printStepProfile(profile: CpuProfile, steps: readonly StepResult[], profileStartMs: number): void {
  const windows = steps.map((s) => ({ start: s.frameStart, duration: s.end - s.frameStart }));
  const byStep = selfTimeByWindow(profile, windows, profileStartMs);
  const stages = stageTimeByWindow(profile, windows, profileStartMs, FRAME_STAGES);
  const all = new Map<string, number>();
  for (const m of byStep) for (const [k, v] of m) all.set(k, (all.get(k) ?? 0) + v);
  const slowest = steps.map((s, i) => ({ s, i })).sort((a, b) => b.s.workMs - a.s.workMs);
  for (const { s, i } of slowest.slice(0, 5)) {
    process.stderr.write(
      `step ${i} ${s.kind} work ${round1(s.workMs)} ms, frame ${round1(s.ms)} ms (paint ${round1(s.paintMs)}): ${describeSelfTime(byStep[i] ?? new Map())}\n`,
    );
    process.stderr.write(
      `  stages (inclusive): ${describeSelfTime(stages[i] ?? new Map(), FRAME_STAGES.length)}\n`,
    );
  }
  process.stderr.write(`all steps: ${describeSelfTime(all, 40)}\n`);
  for (const kind of ['zoom', 'drag'] as const) {
    const total = new Map<string, number>();
    steps.forEach((s, i) => {
      if ((s.kind === 'drag') !== (kind === 'drag')) return;
      for (const [k, v] of stages[i] ?? []) total.set(k, (total.get(k) ?? 0) + v);
    });
    process.stderr.write(
      `all ${kind} steps, stages (inclusive): ${describeSelfTime(total, FRAME_STAGES.length)}\n`,
    );
  }
}

async function runCase(
  pageUrl: string,
  n: number,
  actors: number,
  years: number,
  profile: boolean,
  settleMs: number,
): Promise<CaseResult> {
  const csv = await generatedCsv(n, { actors, years });
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(installFrameProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__timeline?.ready === true, null, {
      timeout: 60_000,
    });

    await page.evaluate(async (url) => {
      (window as unknown as BenchWindow).__benchText = await (await fetch(url)).text();
    }, csv.urlPath);
    const timing = await page.evaluate(async (name) => {
      const w = window as unknown as BenchWindow;
      const hook = w.__timeline;
      const text = w.__benchText;
      w.__benchText = null;
      if (!hook || !text) throw new Error('hook or text missing');
      const t0 = performance.now();
      await hook.loadCsvText(text, name, 'replace');
      const ready = performance.now();
      await hook.whenIdle();
      const painted = performance.now();
      return { loadMs: ready - t0, firstFrameMs: painted - ready, state: hook.state() };
    }, `bench-${n}.csv`);
    if (timing.state.totalCount + timing.state.problems !== n) {
      throw new Error(
        `loaded ${timing.state.totalCount} rows + ${timing.state.problems} problems, expected ${n}`,
      );
    }
    const memory = await heapMB(cdp);
    // A reader takes in the first picture before the first gesture; the chart uses that idle time.
    await page.waitForTimeout(settleMs);
    let markMs = NaN;
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      markMs = await page.evaluate(profileClockMark);
    }
    // The page's main-thread CPU over the steps: other jobs on a busy machine stretch the wall times
    // above, but add little to this.
    const pids = descendants(process.pid);
    const cpuBefore = threadCpuMs(pids, 'renderer-main');
    const steps = await scriptedSteps(page);
    const stepsCpuMs = pids.length ? busiestThreadMs(cpuBefore, threadCpuMs(pids, 'renderer-main')) : NaN;
    if (profile) {
      const { profile: cpu } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      printStepProfile(cpu, steps, profileStartOnPageClock(cpu, markMs));
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      n,
      loadMs: timing.loadMs,
      firstFrameMs: timing.firstFrameMs,
      heapMB: memory.heap,
      arrayBuffersMB: memory.arrayBuffers,
      steps,
      stepsCpuMs,
      problems: timing.state.problems,
    };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      full: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      actors: { type: 'string', default: '20' },
      years: { type: 'string', default: '10' },
      rebuild: { type: 'boolean', default: false },
      naive: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'per-step': { type: 'boolean', default: false },
      settle: { type: 'string', default: '1000' },
    },
  });
  const mode = values.naive ? 'naive' : 'lod';
  const sizes = values.sizes
    ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')))
    : [1_000, 10_000, 100_000, ...(values.full ? [1_000_000] : [])];
  const actors = Number(values.actors);
  const years = Number(values.years);

  ensureBuilt(values.rebuild);
  const server = await serveBuiltApp();
  const results: CaseResult[] = [];
  try {
    for (const n of sizes) {
      process.stderr.write(`bench:render ${mode} n=${n.toLocaleString('en-US')} ...\n`);
      results.push(
        await runCase(
          `${server.url}/${values.naive ? '?render=naive' : ''}`,
          n,
          actors,
          years,
          values.profile,
          Number(values.settle),
        ),
      );
    }
  } finally {
    await server.close();
  }

  const header = [
    'n',
    'load ms',
    'first frame ms',
    'work median ms',
    'work p95 ms',
    'work max ms',
    'frame median ms',
    'frame p95 ms',
    'paint p95 ms',
    'heap MB',
    'buffers MB',
  ];
  const rows = results.map((r) => {
    const step = percentiles(r.steps.map((s) => s.ms));
    const work = percentiles(r.steps.map((s) => s.workMs));
    const paint = percentiles(r.steps.map((s) => s.paintMs));
    return [
      r.n.toLocaleString('en-US'),
      r.loadMs,
      r.firstFrameMs,
      work.median,
      work.p95,
      work.max,
      step.median,
      step.p95,
      paint.p95,
      r.heapMB,
      r.arrayBuffersMB,
    ].map((v) => (typeof v === 'number' ? round1(v).toFixed(1) : v));
  });
  if (values['per-step']) {
    for (const r of results) {
      const cells = r.steps.map(
        (s, i) => `${i}:${s.kind[0] === 'd' ? 'p' : s.kind === 'wheel-in' ? '+' : '-'}${round1(s.workMs)}`,
      );
      process.stderr.write(`n=${r.n} work per step (ms; + zoom in, - zoom out, p pan): ${cells.join(' ')}\n`);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    `(${results[0]?.steps.length ?? 0} steps per case: wheel in x15, drag x10, wheel out x15, drag x10, wheel in x10; ` +
      `steps that hit a zoom or pan bound time a forced repaint)`,
  );
  for (const r of results) {
    const step = percentiles(r.steps.map((s) => s.ms));
    const work = percentiles(r.steps.map((s) => s.workMs));
    const kindP95 = (kinds: readonly StepResult['kind'][]): number =>
      round1(percentiles(r.steps.filter((s) => kinds.includes(s.kind)).map((s) => s.workMs)).p95);
    console.log(
      JSON.stringify({
        bench: 'render',
        mode,
        n: r.n,
        actors,
        years,
        loadMs: round1(r.loadMs),
        firstFrameMs: round1(r.firstFrameMs),
        workMedianMs: round1(work.median),
        workP95Ms: round1(work.p95),
        workMaxMs: round1(work.max),
        zoomWorkP95Ms: kindP95(['wheel-in', 'wheel-out']),
        panWorkP95Ms: kindP95(['drag']),
        stepMedianMs: round1(step.median),
        stepP95Ms: round1(step.p95),
        stepMaxMs: round1(step.max),
        paintP95Ms: round1(percentiles(r.steps.map((s) => s.paintMs)).p95),
        forcedSteps: r.steps.filter((s) => s.forced).length,
        stepsCpuMs: r.stepsCpuMs,
        spanDaysMin: round1(Math.min(...r.steps.map((s) => s.spanDays))),
        spanDaysMax: round1(Math.max(...r.steps.map((s) => s.spanDays))),
        heapMB: round1(r.heapMB),
        arrayBuffersMB: round1(r.arrayBuffersMB),
      }),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
