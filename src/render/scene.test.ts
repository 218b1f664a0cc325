import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { dailyRecords, testRecord } from '../model/test-records';
import { buildScene, MAX_STACK } from './scene';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function sceneFor(records: Parameters<typeof buildEventTable>[0], domain: [number, number], width = 1000) {
  const table = buildEventTable(records, []);
  const filter = applyFilters(table, NO_FILTERS);
  const scene = buildScene({
    table,
    filter,
    laneOrder: table.lanes.map((_, i) => i),
    domain,
    width,
    height: 400,
    scrollY: 0,
  });
  return { table, scene };
}

describe('scene', () => {
  it('draws a year of daily events as truthful cluster badges when zoomed out', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 365);
    const { scene } = sceneFor(records, [at('2022-01-01'), at('2023-01-01')], 600);
    expect(scene.clusters.length).toBeGreaterThan(0);
    const drawn = scene.marks.length + scene.clusters.reduce((n, c) => n + c.count, 0);
    expect(drawn).toBe(365);
    // Far fewer primitives than events: the work per frame follows pixels, not rows.
    expect(scene.marks.length + scene.clusters.length).toBeLessThan(100);
  });

  it('separates the same events into individual marks when zoomed in to a week', () => {
    const records = dailyRecords('north-korea', '2022-01-01', 365);
    const { scene } = sceneFor(records, [at('2022-03-01'), at('2022-03-08')]);
    expect(scene.clusters).toHaveLength(0);
    expect(scene.marks).toHaveLength(7);
    const xs = scene.marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('stacks up to MAX_STACK events of the same day instead of hiding them', () => {
    const records = Array.from({ length: MAX_STACK }, (_, i) =>
      testRecord({ id: `s${i}`, start: '2022-06-05' }),
    );
    const { scene } = sceneFor(records, [at('2022-06-01'), at('2022-06-10')]);
    expect(scene.marks).toHaveLength(MAX_STACK);
    expect(new Set(scene.marks.map((m) => m.y)).size).toBe(MAX_STACK);
  });

  it('draws a month-precision event as a span over the month, hollow when only possible', () => {
    const records = [
      testRecord({
        id: 'm',
        start: '2022-06-01',
        end: '2022-06-30',
        precision: 'month',
        factuality: 'possible',
      }),
    ];
    const { scene } = sceneFor(records, [at('2022-05-01'), at('2022-08-01')], 920);
    const m = scene.marks[0];
    expect(m?.span).toBe(true);
    expect(m?.hollow).toBe(true);
    expect(((m?.x1 ?? 0) - (m?.x0 ?? 0)) / 920).toBeCloseTo(
      (30 * DAY) / (at('2022-08-01') - at('2022-05-01')),
      3,
    );
  });

  it('shows a quantity as a label and a larger mark', () => {
    const records = [
      testRecord({ id: 'q', start: '2022-06-05', quantity: 8 }),
      testRecord({ id: 'p', start: '2022-06-20' }),
    ];
    const { scene } = sceneFor(records, [at('2022-06-01'), at('2022-07-01')]);
    const [q, p] = scene.marks;
    expect(q?.label).toBe('8');
    expect(q?.r).toBeGreaterThan(p?.r ?? 0);
    expect(p?.label).toBe('');
  });
});
