import { describe, expect, it } from 'vitest';
import { buildEventTable } from './event-table-builder';
import { laneDropIndex, laneSortOf, moveLane, sortedLaneOrder } from './lanes';
import { testRecord } from './test-records';

describe('lane order', () => {
  // Counts 3, 2, 1; first events in the opposite order; names in a third order.
  const table = buildEventTable(
    [
      testRecord({ id: 'a1', start: '2022-06-03', actor: 'north-korea' }),
      testRecord({ id: 'a2', start: '2022-06-04', actor: 'north-korea' }),
      testRecord({ id: 'a3', start: '2022-06-05', actor: 'north-korea' }),
      testRecord({ id: 'b1', start: '2022-06-02', actor: 'united-states' }),
      testRecord({ id: 'b2', start: '2022-06-06', actor: 'united-states' }),
      testRecord({ id: 'c1', start: '2022-06-01', actor: 'japan' }),
    ],
    [],
  );

  it('laneSortOf names the sort an order came from, the default for no order, and custom for a dragged one', () => {
    expect(laneSortOf(table, [])).toBe('count');
    expect(laneSortOf(table, sortedLaneOrder(table, 'label'))).toBe('label');
    expect(laneSortOf(table, sortedLaneOrder(table, 'first-event'))).toBe('first-event');
    const counted = sortedLaneOrder(table, 'count');
    const dragged = moveLane(counted, counted[0] ?? '', 1);
    expect(laneSortOf(table, dragged)).toBe('custom');
  });

  it('laneDropIndex lands above the lane whose upper half holds the pointer, and after the last lane below it', () => {
    const bands = [
      { y: 0, height: 40 },
      { y: 40, height: 40 },
      { y: 80, height: 40 },
    ];
    expect(laneDropIndex(bands, 5)).toBe(0);
    expect(laneDropIndex(bands, 30)).toBe(1);
    expect(laneDropIndex(bands, 99)).toBe(2);
    expect(laneDropIndex(bands, 119)).toBe(3);
  });
});
