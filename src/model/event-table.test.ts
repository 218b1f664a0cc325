import { describe, expect, it } from 'vitest';
import { buildEventTable, FLAG_APPROX, FLAG_SPAN } from './event-table';
import { dailyRecords, testRecord } from './test-records';

const actors = [{ id: 'russia', label: 'Russia', color: '#8c564b' }];

describe('event table', () => {
  it('orders lanes by event count with the unknown actor last, and rows by lane then start', () => {
    const records = [
      ...dailyRecords('russia', '2022-03-01', 2),
      testRecord({ id: 'u1', actor: '', start: '2022-01-01' }),
      ...dailyRecords('north-korea', '2022-06-01', 3).reverse(),
    ];
    const table = buildEventTable(records, actors);
    expect(table.lanes.map((l) => l.actorId)).toEqual(['north-korea', 'russia', '']);
    expect(table.lanes[1]?.label).toBe('Russia');
    expect(table.lanes[2]?.label).toBe('Unknown actor');
    expect(Array.from(table.lane)).toEqual([0, 0, 0, 1, 1, 2]);
    const starts = Array.from(table.startMs.subarray(0, 3));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(Array.from(table.laneStart)).toEqual([0, 3, 5, 6]);
  });

  it('makes a one-day event 24 hours long and a month-precision event span its month', () => {
    const table = buildEventTable(
      [
        testRecord({ id: 'd', start: '2022-06-05' }),
        testRecord({
          id: 'm',
          start: '2022-03-01',
          end: '2022-03-31',
          precision: 'month',
          date_qualifier: 'approx',
        }),
      ],
      [],
    );
    const d = table.idToRow.get('d') ?? -1;
    const m = table.idToRow.get('m') ?? -1;
    expect((table.endMs[d] ?? 0) - (table.startMs[d] ?? 0)).toBe(86_400_000);
    expect((table.endMs[m] ?? 0) - (table.startMs[m] ?? 0)).toBe(31 * 86_400_000);
    expect((table.flags[m] ?? 0) & FLAG_SPAN).toBeTruthy();
    expect((table.flags[m] ?? 0) & FLAG_APPROX).toBeTruthy();
    expect((table.flags[d] ?? 0) & FLAG_SPAN).toBeFalsy();
    expect(table.laneMaxDurationMs[0]).toBe(31 * 86_400_000);
  });
});
