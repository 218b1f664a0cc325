import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { dailyRecords, testRecord } from '../model/test-records';
import { chooseScaleTicks } from '../model/ticks';
import { findGaps, fitWarped, IDENTITY_WARP, type TimeWarp } from '../model/time-warp';
import { sceneOps } from './scene-ops';
import { buildScene } from './scene';
import { LIGHT_THEME } from '../model/palette';

/** Two bursts of news five years apart: a week in 2017, a month in 2022. */
const records = [
  ...dailyRecords('north-korea', '2017-09-01', 7, 'a'),
  ...dailyRecords('north-korea', '2022-06-01', 30, 'b'),
  testRecord({ id: 'one-off', start: '2022-06-10', actor: 'south-korea' }),
];

function sceneWith(warpOn: boolean) {
  const table = buildEventTable(records, []);
  const filter = applyFilters(table, NO_FILTERS);
  const warp: TimeWarp = warpOn
    ? findGaps(table.startMs, table.endMs, table.size, table.minMs, table.maxMs)
    : IDENTITY_WARP;
  const domain = fitWarped(warp, table.minMs, table.maxMs);
  const scene = buildScene({
    table,
    filter,
    laneOrder: table.lanes.map((_, i) => i),
    domain,
    width: 1000,
    height: 300,
    scrollY: 0,
    warp,
  });
  return { table, scene };
}

describe('scene with compressed gaps', () => {
  it('spreads both bursts over the width instead of squeezing them to its ends', () => {
    const plain = sceneWith(false).scene;
    const { scene, table } = sceneWith(true);
    const widthOf = (s: typeof scene, prefix: string) => {
      const xs = s.marks.filter((m) => table.id(m.row).startsWith(prefix)).map((m) => m.x);
      return xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
    };
    // Zoomed out, a burst may be one badge; with the gap compressed its days come apart.
    expect(scene.marks.length + scene.clusters.length).toBeGreaterThan(
      plain.marks.length + plain.clusters.length,
    );
    expect(widthOf(scene, 'b')).toBeGreaterThan(300);
    expect(scene.breaks).toHaveLength(1);
    const [gap] = scene.breaks;
    if (!gap) throw new Error('no break');
    // Nothing is drawn inside the break.
    for (const m of scene.marks) expect(m.x < gap.x0 || m.x > gap.x1).toBe(true);
  });

  it('draws every row once, on either side of the break', () => {
    const { scene } = sceneWith(true);
    const drawn = scene.marks.length + scene.clusters.reduce((n, c) => n + c.count, 0);
    expect(drawn).toBe(records.length);
  });

  it('paints the break as a band across the lanes, and ticks after it name their year', () => {
    const { scene } = sceneWith(true);
    const ticks = chooseScaleTicks(scene.scale).ticks;
    const ops = sceneOps(scene, LIGHT_THEME, ticks);
    expect(ops.filter((o) => o.tag === 'gap-break')).toHaveLength(1);
    const gap = scene.breaks[0];
    if (!gap) throw new Error('no break');
    const after = ticks.find((t) => scene.scale.x(t.t) > gap.x1);
    expect(after?.label).toMatch(/2022/);
    expect(after?.major).toBe(true);
    // No tick stands inside the break.
    for (const t of ticks) {
      const x = scene.scale.x(t.t);
      expect(x < gap.x0 || x > gap.x1).toBe(true);
    }
  });
});
