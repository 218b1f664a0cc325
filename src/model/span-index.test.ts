import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from './binary-search';
import { densityPyramidFor } from './density';
import { buildEventTable } from './event-table-builder';
import { carriedInRows } from './level-of-detail';
import { buildSpanIndex, countSpansAcross, rowsEndingAfter } from './span-index';
import { dailyRecords, testRecord } from './test-records';

const DAY = 86_400_000;

/** Two lanes of whole-day events given as [start day, length in days], sorted by start within each lane. */
function lanesOf(a: [number, number][], b: [number, number][]) {
  const sorted = [...a.sort((x, y) => x[0] - y[0]), ...b.sort((x, y) => x[0] - y[0])];
  const startMs = Float64Array.from(sorted.map(([d]) => d * DAY));
  const endMs = Float64Array.from(sorted.map(([d, len]) => (d + len) * DAY));
  const index = Uint32Array.from(startMs.keys());
  const laneStart = Uint32Array.from([0, a.length, a.length + b.length]);
  return { startMs, endMs, index, laneStart };
}

describe('span index', () => {
  it('counts and lists exactly the rows of a lane that start before a time and end after it', () => {
    const event = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 300 }));
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 80 }),
        fc.array(event, { maxLength: 80 }),
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 1 }),
        (a, b, atDay, lane) => {
          const d = lanesOf(a, b);
          const spans = buildSpanIndex(d.endMs, d.index, d.laneStart);
          const lo = d.laneStart[lane] ?? 0;
          const hi = d.laneStart[lane + 1] ?? 0;
          const at = atDay * DAY;
          const from = lowerBound(lo, hi, at, (p) => d.startMs[p] ?? 0);
          const expected: number[] = [];
          for (let p = from - 1; p >= lo; p--) if ((d.endMs[p] ?? 0) > at) expected.push(p);
          expect(countSpansAcross(spans, lo, hi, from, at)).toBe(expected.length);
          const listed = rowsEndingAfter(spans, d.index, lo, from, at, 1000);
          expect(listed).toEqual(expected);
          expect(rowsEndingAfter(spans, d.index, lo, from, at, 2)).toEqual(expected.slice(0, 2));
        },
      ),
    );
  });

  it('lets the chart find a span that began a thousand events before the view', () => {
    const war = testRecord({
      id: 'war',
      start: '2020-01-01',
      end: '2023-12-31',
      precision: 'year',
      type: 'attack',
    });
    const table = buildEventTable([war, ...dailyRecords('north-korea', '2020-01-02', 1200)], []);
    const index = Uint32Array.from(table.startMs.keys());
    const laneStart = table.laneStart;
    const t0 = Date.UTC(2023, 6, 1);
    const carried = () =>
      carriedInRows(
        table.startMs,
        table.endMs,
        index,
        0,
        table.size,
        t0,
        t0,
        table.laneMaxDurationMs[0] ?? 0,
        3,
      );
    // The capped scan alone looks back 256 rows and misses it.
    expect(carried()).toEqual([]);
    densityPyramidFor(table, index, laneStart);
    expect(carried()?.map((row) => table.id(row))).toEqual(['war']);
  });
});
