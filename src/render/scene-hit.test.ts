import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { testRecord } from '../model/test-records';
import { buildScene } from './scene';
import type { MarkPrimitive } from './scene';
import { hitTestScene } from './scene-hit';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The seed articles' case: "fires 8 ballistic missiles" on a day inside "fires 31 missiles (H1 2022)". */
const records = [
  testRecord({
    id: 'h1',
    start: '2022-01-01',
    end: '2022-06-30',
    precision: 'half',
    date_value: '2022-H1',
    title: 'North Korea fires 31 missiles',
    quantity: 31,
  }),
  testRecord({
    id: 'q2',
    start: '2022-04-01',
    end: '2022-06-30',
    precision: 'quarter',
    date_value: '2022-Q2',
  }),
  ...['2022-03-10', '2022-05-25', '2022-06-05'].map((start, i) =>
    testRecord({ id: `d${i}`, start, title: `North Korea fires 8 ballistic missiles ${i}`, quantity: 8 }),
  ),
];

function sceneOver(domain: [number, number], width: number) {
  const table = buildEventTable(records, []);
  const scene = buildScene({
    table,
    filter: applyFilters(table, NO_FILTERS),
    laneOrder: table.lanes.map((_, i) => i),
    domain,
    width,
    height: 120,
    scrollY: 0,
  });
  return { table, scene };
}

const OFFSETS = [
  [0, 0],
  [3, 0],
  [-3, 0],
  [0, 3],
  [0, -3],
] as const;

describe('scene hit test', () => {
  for (const [name, domain, width] of [
    ['a year', [at('2022-01-01'), at('2023-01-01')], 900],
    ['a quarter', [at('2022-04-01'), at('2022-07-01')], 1200],
    ['two weeks', [at('2022-05-20'), at('2022-06-10')], 1200],
  ] as const) {
    it(`opens each one-day mark at its centre and 3 px around it, not the span it sits on (${name})`, () => {
      const { table, scene } = sceneOver([domain[0], domain[1]], width);
      const points = scene.marks.filter((m) => !m.span && m.x >= 0 && m.x <= width);
      expect(points.length).toBeGreaterThan(0);
      expect(scene.marks.some((m) => m.span)).toBe(true);
      for (const m of points) {
        for (const [dx, dy] of OFFSETS) {
          const hit = hitTestScene(scene, m.x + dx, m.y + dy);
          expect(hit?.kind === 'mark' ? table.id(hit.row) : hit, `${table.id(m.row)} ${dx},${dy}`).toBe(
            table.id(m.row),
          );
        }
      }
    });
  }

  it('opens a span where its bar runs clear of the point marks', () => {
    const { table, scene } = sceneOver([at('2022-01-01'), at('2023-01-01')], 900);
    const span = scene.marks.find((m) => table.id(m.row) === 'h1') as MarkPrimitive;
    const clearX = span.x0 + (span.x1 - span.x0) * 0.1;
    const hit = hitTestScene(scene, clearX, span.y);
    expect(hit?.kind === 'mark' && table.id(hit.row)).toBe('h1');
  });

  it('misses outside the plot and between lanes of nothing', () => {
    const { scene } = sceneOver([at('2022-01-01'), at('2023-01-01')], 900);
    expect(hitTestScene(scene, -1, 10)).toBeNull();
    expect(hitTestScene(scene, 10, 500)).toBeNull();
  });
});
