/**
 * `npm run bench:scene [-- --n 1000000] [-- --rounds 3] [-- --per-step] [-- --fresh]`
 *
 * The chart's scene build (render/scene.ts buildScene) and its paint list (render/scene-ops.ts) timed in
 * Node, with no browser, over the same 60 steps as bench:render (wheel zoom in x15, drag x10, wheel out
 * x15, drag x10, wheel in x10) on synthetic events (20 actors, 10 years). It measures the part of a frame
 * that is plain JavaScript (wall time; process.cpuUsage would add the garbage collector's helper threads);
 * painting, the sprite atlas and the DOM are not in it, so it isolates what the scene code costs.
 * Level-of-detail buckets are kept across steps as the live chart keeps them (model/lod-group-cache.ts);
 * --fresh computes them anew for every step, as before that cache, to show what it saves.
 * Each round replays the steps from an empty cache; per step the least time over the rounds counts (other
 * jobs on a shared machine only ever add time). Prints p50 / p95 / max per kind of step, then one JSON
 * line. Numbers only, no pass/fail.
 */
import { parseArgs } from 'node:util';
import { buildEventTable } from '../src/model/event-table-builder';
import { LodGroupCache } from '../src/model/lod-group-cache';
import { applyFilters, NO_FILTERS } from '../src/model/filters';
import { clampDomain, fitDomain, panBy, zoomAround } from '../src/model/time-domain';
import type { TimeDomain } from '../src/model/time-domain';
import { chooseScaleTicks } from '../src/model/ticks';
import { IDENTITY_WARP, timeScale } from '../src/model/time-warp';
import { LIGHT_THEME } from '../src/model/palette';
import { buildScene } from '../src/render/scene';
import { sceneOps } from '../src/render/scene-ops';
import { generateSyntheticEvents, syntheticActorsFor } from '../src/synthetic/synthetic-events';
import { percentiles, round1 } from './frame-probe';

/** The plot of bench:render's 1280 x 800 page: the chart minus the lane-label gutter and the axis. */
const PLOT_WIDTH_PX = 1100;
const PLOT_HEIGHT_PX = 560;
/** d3-zoom turns a wheel deltaY of 240 px into a factor of 2^(240 * 0.002) = 1.39. */
const WHEEL_FACTOR = 2 ** (240 * 0.002);

type Kind = 'zoom' | 'pan';

/** The domains of bench:render's scripted steps, in order, from the fitted first view. */
function scriptedDomains(first: TimeDomain, bounds: TimeDomain): { kind: Kind; domain: TimeDomain }[] {
  const out: { kind: Kind; domain: TimeDomain }[] = [];
  let d = first;
  const xAt = (i: number): number => 0.3 + 0.04 * ((i * 7) % 11);
  const wheel = (i: number, factor: number) => {
    d = clampDomain(zoomAround(d, d[0] + (d[1] - d[0]) * xAt(i), factor), bounds);
    out.push({ kind: 'zoom', domain: d });
  };
  const drag = (count: number, dxPx: number) => {
    for (let i = 0; i < count; i++) {
      d = clampDomain(panBy(d, (-dxPx * (d[1] - d[0])) / PLOT_WIDTH_PX), bounds);
      out.push({ kind: 'pan', domain: d });
    }
  };
  for (let i = 0; i < 15; i++) wheel(i, WHEEL_FACTOR);
  drag(10, -40);
  for (let i = 0; i < 15; i++) wheel(i, 1 / WHEEL_FACTOR ** 2);
  drag(10, 40);
  for (let i = 0; i < 10; i++) wheel(i, WHEEL_FACTOR);
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000000' },
      rounds: { type: 'string', default: '3' },
      'per-step': { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n.replace(/_/g, ''));
  const rounds = Number(values.rounds);
  const options = { n, seed: 1, actors: 20, years: 10 };
  let t = performance.now();
  const table = buildEventTable([...generateSyntheticEvents(options)], syntheticActorsFor(options));
  const filter = applyFilters(table, NO_FILTERS);
  process.stderr.write(`table of ${table.size} rows in ${round1(performance.now() - t)} ms\n`);
  // The million records the table was built from are garbage now; collect them before timing, or a major
  // collection of a few hundred MB lands in some step (run with node --expose-gc, as the npm script does).
  (globalThis as { gc?: () => void }).gc?.();
  const laneOrder = table.lanes.map((_, i) => i);
  const steps = scriptedDomains(fitDomain(table.minMs, table.maxMs), [table.minMs, table.maxMs]);
  // Per step, the least time over the rounds: other processes on a shared machine only ever add to it.
  const best = steps.map(() => Infinity);
  let lodComputed = 0;
  for (let round = 0; round < rounds; round++) {
    // Every round starts with an empty cache, as after a load, so rounds are alike.
    const lodCache = values.fresh ? undefined : new LodGroupCache();
    const line: string[] = [];
    steps.forEach(({ kind, domain }, i) => {
      t = performance.now();
      const scene = buildScene({
        table,
        filter,
        laneOrder,
        domain,
        width: PLOT_WIDTH_PX,
        height: PLOT_HEIGHT_PX,
        scrollY: 0,
        ...(lodCache ? { lodCache } : {}),
      });
      sceneOps(scene, LIGHT_THEME, chooseScaleTicks(timeScale(IDENTITY_WARP, domain, PLOT_WIDTH_PX)).ticks);
      const ms = performance.now() - t;
      best[i] = Math.min(best[i] ?? Infinity, ms);
      line.push(`${i}:${kind === 'pan' ? 'p' : 'z'}${round1(ms)}`);
    });
    lodComputed = lodCache?.computed ?? steps.length * table.lanes.length;
    if (values['per-step']) process.stderr.write(`round ${round}: ${line.join(' ')}\n`);
  }
  const summary = (kind: Kind) => {
    const p = percentiles(best.filter((_, i) => steps[i]?.kind === kind));
    return { p50: round1(p.median), p95: round1(p.p95), max: round1(p.max) };
  };
  const out = {
    bench: 'scene',
    n: table.size,
    rounds,
    lodCache: !values.fresh,
    /** Lane bucket windows computed in one round (steps x lanes when computed every step). */
    lodComputed,
    zoom: summary('zoom'),
    pan: summary('pan'),
  };
  console.log(
    `n=${out.n}: zoom p50/p95/max ${out.zoom.p50} / ${out.zoom.p95} / ${out.zoom.max} ms, ` +
      `pan ${out.pan.p50} / ${out.pan.p95} / ${out.pan.max} ms (scene + paint list, least of ${rounds} rounds; ` +
      `${lodComputed} lane bucket windows computed per round${values.fresh ? ', every step' : ''})`,
  );
  console.log(JSON.stringify(out));
}

main();
