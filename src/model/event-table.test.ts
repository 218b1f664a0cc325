import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './event-record';
import { FLAG_APPROX, FLAG_SPAN } from './event-table';
import { buildEventTable } from './event-table-builder';
import { applyFilters, NO_FILTERS } from './filters';
import { colorForName, UNKNOWN_LANE_COLOR } from './palette';
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
    expect(table.lanes.map((l) => l.key)).toEqual(['north-korea', 'russia', '']);
    expect(table.lanes[1]?.label).toBe('Russia');
    expect(table.lanes[2]?.label).toBe('No actor named');
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

describe('lanes by actor or by agent', () => {
  const israel = { id: 'israel', label: 'Israel', color: '#1f77b4' };
  const records = [
    testRecord({
      id: 'n1',
      actor: 'israel',
      agent: 'Benjamin Netanyahu',
      start: '2024-01-02',
      predicate: 'say',
    }),
    testRecord({ id: 'n2', actor: 'israel', agent: 'Benjamin Netanyahu', start: '2024-01-05' }),
    testRecord({ id: 'i1', actor: 'israel', agent: '', start: '2024-01-03' }),
    testRecord({ id: 'i2', actor: 'israel', agent: 'ISRAEL', start: '2024-01-04' }),
    testRecord({ id: 'b1', actor: 'Boeing', agent: 'Boeing', start: '2024-01-06', type: 'product-launch' }),
    testRecord({
      id: 'k1',
      actor: 'Kenya Airways',
      agent: 'Kenya Airways',
      start: '2024-01-06',
      type: 'other',
    }),
    testRecord({ id: 'u1', actor: '', agent: '', start: '2024-01-07' }),
  ];

  it('labels a discovered actor with its name and colours it by the name, whatever the lane order', () => {
    const table = buildEventTable(records, [israel]);
    expect(table.lanes.map((l) => [l.key, l.label])).toEqual([
      ['israel', 'Israel'],
      ['Boeing', 'Boeing'],
      ['Kenya Airways', 'Kenya Airways'],
      ['', 'No actor named'],
    ]);
    expect(table.lanes[1]?.color).toBe(colorForName('Boeing'));
    expect(table.lanes[3]?.color).toBe(UNKNOWN_LANE_COLOR);
    const merged = buildEventTable(
      [...records, ...dailyRecords('Kenya Airways', '2024-02-01', 5, 'k')],
      [israel],
    );
    expect(merged.lanes.find((l) => l.key === 'Boeing')?.color).toBe(table.lanes[1]?.color);
  });

  it('makes a lane per agent in its actor colour, keeps rows without one in their actor lane and merges an agent named like an actor', () => {
    const table = buildEventTable(records, [israel], new Set(), 'agent');
    expect(table.laneBy).toBe('agent');
    expect(table.lanes.map((l) => [l.key, l.label, l.count])).toEqual([
      ['Benjamin Netanyahu', 'Benjamin Netanyahu', 2],
      ['israel', 'Israel', 2],
      ['Boeing', 'Boeing', 1],
      ['Kenya Airways', 'Kenya Airways', 1],
      ['', 'No actor named', 1],
    ]);
    // An agent's lane takes the colour of the actor all its rows belong to.
    expect(table.lanes[0]?.color).toBe(israel.color);
    expect(table.lanes[2]?.color).toBe(colorForName('Boeing'));
    // Each row keeps its own actor, whatever the lanes are made of.
    for (const rec of records) expect(table.record(table.idToRow.get(rec.id) ?? -1)).toEqual(rec);
  });

  it('keeps a row whose agent is only a description ("stock markets") in its actor lane', () => {
    const described = [
      testRecord({ id: 'd1', actor: 'israel', agent: 'police', start: '2024-01-08' }),
      testRecord({ id: 'd2', actor: '', agent: 'stock markets', start: '2024-01-09' }),
    ];
    const table = buildEventTable([...records, ...described], [israel], new Set(), 'agent');
    const lanes = new Map(table.lanes.map((l) => [l.key, l.count]));
    expect(lanes).toEqual(
      new Map([
        ['israel', 3],
        ['Benjamin Netanyahu', 2],
        ['Boeing', 1],
        ['Kenya Airways', 1],
        ['', 2],
      ]),
    );
  });

  it('counts the rows of each type over the whole table', () => {
    const table = buildEventTable(records, [israel]);
    expect(table.typeCounts[EVENT_TYPES.indexOf('missile-test')]).toBe(5);
    expect(table.typeCounts[EVENT_TYPES.indexOf('product-launch')]).toBe(1);
    expect(table.typeCounts[EVENT_TYPES.indexOf('other')]).toBe(1);
    expect(table.typeCounts.reduce((a, b) => a + b, 0)).toBe(records.length);
  });

  it('finds rows by their predicate and their agent in a search', () => {
    const table = buildEventTable(
      [
        ...records,
        testRecord({ id: 'a1', start: '2024-01-08', predicate: 'apologize', sentence: 'It said sorry.' }),
      ],
      [israel],
    );
    const ids = (search: string) => {
      const r = applyFilters(table, { ...NO_FILTERS, search });
      return Array.from(r.index, (row) => table.id(row)).sort();
    };
    expect(ids('apologize')).toEqual(['a1']);
    expect(ids('netanyahu')).toEqual(['n1', 'n2']);
  });
});
