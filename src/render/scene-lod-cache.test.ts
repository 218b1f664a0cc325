import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { LodGroupCache } from '../model/lod-group-cache';
import { dailyRecords } from '../model/test-records';
import type { TimeDomain } from '../model/time-domain';
import { fitDomain, panBy, zoomAround } from '../model/time-domain';
import { findGaps, IDENTITY_WARP, type TimeWarp } from '../model/time-warp';
import { generateSyntheticEvents, syntheticActorsFor } from '../synthetic/synthetic-events';
import type { Scene, SceneInput } from './scene';
import { BADGE_BUCKET_PX, buildScene } from './scene';
import { hitTestScene } from './scene-hit';

const WIDTH = 1000;
const options = { n: 6000, seed: 3, actors: 6, years: 4 };
const table = buildEventTable([...generateSyntheticEvents(options)], syntheticActorsFor(options));
const filter = applyFilters(table, NO_FILTERS);
const laneOrder = table.lanes.map((_, i) => i);

function sceneAt(domain: TimeDomain, lodCache?: LodGroupCache, warp: TimeWarp = IDENTITY_WARP): Scene {
  const input: SceneInput = { table, filter, laneOrder, domain, width: WIDTH, height: 500, scrollY: 0, warp };
  return buildScene(lodCache ? { ...input, lodCache } : input);
}

/** A scene as data: everything but the scale, whose functions differ per build. */
function drawn(scene: Scene): Omit<Scene, 'scale'> {
  const rest: Partial<Scene> = { ...scene };
  delete rest.scale;
  return rest as Omit<Scene, 'scale'>;
}

describe('scene with level-of-detail buckets kept across frames', () => {
  it('reuses the buckets for a slightly zoomed view and draws what a fresh build draws', () => {
    // A view whose bucket width is three quarters of a power of two: zooming in by 10% keeps the width.
    const spanMs = (0.75 * 2 ** 32 * WIDTH) / BADGE_BUCKET_PX;
    const mid = (table.minMs + table.maxMs) / 2;
    const first: TimeDomain = [mid - spanMs / 2, mid + spanMs / 2];
    const cache = new LodGroupCache();
    sceneAt(first, cache);
    const afterFirst = cache.computed;
    expect(afterFirst).toBe(table.lanes.length);
    const zoomed = zoomAround(first, mid + spanMs / 5, 1.1);
    const reused = sceneAt(zoomed, cache);
    expect(cache.computed).toBe(afterFirst);
    expect(reused.clusters.length).toBeGreaterThan(0);
    expect(drawn(reused)).toEqual(drawn(sceneAt(zoomed)));
  });

  it('draws the same scene as fresh builds over wheel steps in and out and drags, with and without gaps', () => {
    const gapped = findGaps(table.startMs, table.endMs, table.size, table.minMs, table.maxMs);
    for (const warp of [IDENTITY_WARP, gapped]) {
      const cache = new LodGroupCache();
      let d = fitDomain(table.minMs, table.maxMs);
      const views: TimeDomain[] = [];
      for (let i = 0; i < 14; i++)
        views.push((d = zoomAround(d, d[0] + (d[1] - d[0]) * (0.3 + 0.05 * i), 1.39)));
      for (let i = 0; i < 6; i++) views.push((d = panBy(d, (d[1] - d[0]) * 0.04)));
      for (let i = 0; i < 14; i++) views.push((d = zoomAround(d, d[0] + (d[1] - d[0]) * 0.6, 1 / 1.39)));
      for (const view of views)
        expect(drawn(sceneAt(view, cache, warp))).toEqual(drawn(sceneAt(view, undefined, warp)));
      // Fewer bucket computations than frames times lanes: most frames reused the window.
      expect(cache.computed).toBeLessThan((views.length * table.lanes.length) / 2);
    }
  });

  it('still opens the event under the pointer after frames that reused the buckets', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 60);
    const small = buildEventTable(records, []);
    const smallFilter = applyFilters(small, NO_FILTERS);
    const cache = new LodGroupCache();
    const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    const build = (domain: TimeDomain) =>
      buildScene({
        table: small,
        filter: smallFilter,
        laneOrder: [0],
        domain,
        width: 800,
        height: 200,
        scrollY: 0,
        lodCache: cache,
      });
    build([at('2022-01-20'), at('2022-02-10')]);
    const scene = build([at('2022-01-22'), at('2022-02-08')]);
    expect(cache.computed).toBe(1);
    const row = small.idToRow.get('north-korea-30');
    const mark = scene.marks.find((m) => m.row === row);
    expect(mark).toBeDefined();
    const hit = hitTestScene(scene, mark?.x ?? 0, mark?.y ?? 0);
    expect(hit?.kind === 'mark' ? small.id(hit.row) : null).toBe('north-korea-30');
  });
});
