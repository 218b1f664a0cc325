import { describe, expect, it } from 'vitest';
import { FLAG_APPROX, FLAG_SPAN } from './event-table';
import { buildEventTable } from './event-table-builder';
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

describe('event table text and lookups', () => {
  const records = [
    testRecord({ id: 'kr-1', start: '2022-06-05', quantity: 8, people: ['Kim Jong Un'] }),
    testRecord({
      id: 'kr-2',
      start: '2022-06-05',
      type: 'statement',
      sentence: 'Seoul condemned the launch.',
    }),
    testRecord({
      id: 'ru-1',
      actor: 'russia',
      start: '2022-02-24',
      end: '2022-03-31',
      precision: 'month',
      sentence: 'Russian forces attacked Ukraine in late February.',
    }),
    testRecord({ id: 'kr-3', start: '2022-06-05', type: 'military-exercise' }),
  ];
  const table = buildEventTable(records, actors);

  it('rebuilds every record from columns and packed text', () => {
    for (const rec of records) expect(table.record(table.idToRow.get(rec.id) ?? -1)).toEqual(rec);
    expect(table.record(table.size)).toBeUndefined();
  });

  it('finds rows by id and says no for ids it does not hold', () => {
    expect(records.map((r) => table.id(table.idToRow.get(r.id) ?? -1))).toEqual(records.map((r) => r.id));
    expect(table.idToRow.has('kr-9')).toBe(false);
  });

  it('lists the other events taken from the same sentence of the same article', () => {
    const row = table.idToRow.get('kr-1') ?? -1;
    expect(table.sameSentenceRows(row).map((r) => table.id(r))).toEqual(['kr-3']);
  });

  it('finds every id of a large table', () => {
    const many = dailyRecords('north-korea', '2015-01-01', 3000);
    const big = buildEventTable(many, []);
    expect(many.every((r) => big.id(big.idToRow.get(r.id) ?? -1) === r.id)).toBe(true);
  });
});
