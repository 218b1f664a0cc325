import { describe, expect, it } from 'vitest';
import { buildEventTable } from '../model/event-table-builder';
import { applyFilters, NO_FILTERS } from '../model/filters';
import { LIGHT_THEME } from '../model/palette';
import { dailyRecords, testRecord } from '../model/test-records';
import { paintScene } from './canvas-painter';
import { recordingContext } from './golden';
import { buildScene } from './scene';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('canvas painter', () => {
  for (const [precision, start, end] of [
    ['year', '2022-01-01', '2022-12-31'],
    ['half', '2022-01-01', '2022-06-30'],
    ['quarter', '2022-01-01', '2022-03-31'],
  ] as const) {
    it(`draws a ${precision} as a bar with no dot on its first day`, () => {
      const table = buildEventTable([testRecord({ id: 'y', start, end, precision })], []);
      const scene = buildScene({
        table,
        filter: applyFilters(table, NO_FILTERS),
        laneOrder: [0],
        domain: [at('2021-10-01'), at('2023-03-01')],
        width: 800,
        height: 60,
        scrollY: 0,
        titles: false,
      });
      expect(scene.marks).toHaveLength(1);
      expect(scene.marks[0]?.span).toBe(true);
      const { ctx, calls } = recordingContext();
      Object.assign(ctx as object, { canvas: { width: 800, height: 60 } });
      paintScene(ctx as CanvasRenderingContext2D, scene, { theme: LIGHT_THEME, pixelRatio: 1, ticks: [] });
      // A glyph is a traced path that is filled; the bar is one fillRect and its caps are strokes.
      expect(calls.filter((c) => c === 'fill()')).toEqual([]);
      expect(calls.some((c) => c.startsWith('fillRect('))).toBe(true);
    });
  }

  it('shades count badges by how many events they hold, so density reads at a glance', () => {
    const records = [
      ...dailyRecords('north-korea', '2022-01-01', 6),
      ...Array.from({ length: 3000 }, (_, i) => testRecord({ id: `b${i}`, start: '2022-09-01' })),
    ];
    const table = buildEventTable(records, []);
    const scene = buildScene({
      table,
      filter: applyFilters(table, NO_FILTERS),
      laneOrder: [0],
      domain: [at('2021-01-01'), at('2023-06-01')],
      width: 600,
      height: 60,
      scrollY: 0,
      titles: false,
    });
    const counts = scene.clusters.map((c) => c.count).sort((a, b) => a - b);
    expect(counts).toEqual([6, 3000]);
    const { ctx, calls } = recordingContext();
    Object.assign(ctx as object, { canvas: { width: 600, height: 60 } });
    paintScene(ctx as CanvasRenderingContext2D, scene, { theme: LIGHT_THEME, pixelRatio: 1, ticks: [] });
    // Each badge fills its two tiles (the stack) with shades of its own: four different fills, not one tint.
    const tileFills = calls.filter((c, i) => c.startsWith('fillStyle = "#') && calls[i + 1] === 'fill()');
    expect(tileFills).toHaveLength(4);
    expect(new Set(tileFills).size).toBe(4);
  });
});
