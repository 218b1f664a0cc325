import { describe, expect, it } from 'vitest';
import { buildEventTable } from './event-table-builder';
import { EVENT_TYPES } from './event-record';
import { applyFilters, NO_FILTERS } from './filters';
import { testRecord } from './test-records';

const records = [
  testRecord({ id: 'nk-1', start: '2022-06-05', people: ['Kim Jong Un'] }),
  testRecord({
    id: 'nk-2',
    start: '2022-06-07',
    type: 'statement',
    title: 'North Korea warns of a response',
    sentence: 'Pyongyang warned on Tuesday that it would respond to the drills.',
  }),
  testRecord({
    id: 'us-1',
    start: '2022-06-07',
    actor: 'united-states',
    type: 'statement',
    title: 'US envoy warns of a swift response',
    sentence: 'The US envoy said on Tuesday that Washington would respond swiftly to a nuclear test.',
    factuality: 'planned',
  }),
];
const table = buildEventTable(records, []);
const typeCount = (counts: Uint32Array, type: string) => counts[EVENT_TYPES.indexOf(type as never)];

describe('filters', () => {
  it('passes everything with no filters', () => {
    expect(applyFilters(table, NO_FILTERS).index.length).toBe(3);
  });

  it('hides an actor and counts each checkbox as if only the other filters applied', () => {
    const r = applyFilters(table, { ...NO_FILTERS, hiddenActors: ['north-korea'] });
    expect(Array.from(r.index, (row) => table.id(row))).toEqual(['us-1']);
    // The hidden lane still shows how many it would bring back.
    expect(r.laneCounts[0]).toBe(2);
    expect(typeCount(r.typeCounts, 'missile-test')).toBe(0);
    expect(typeCount(r.typeCounts, 'statement')).toBe(1);
  });

  it('searches title, sentence and people with every word required, ignoring case', () => {
    const ids = (search: string) =>
      Array.from(applyFilters(table, { ...NO_FILTERS, search }).index, (row) => table.id(row));
    expect(ids('WARNS response')).toEqual(['nk-2', 'us-1']);
    expect(ids('kim jong')).toEqual(['nk-1']);
    expect(ids('"nuclear test"')).toEqual(['us-1']);
    expect(ids('warns zebra')).toEqual([]);
  });

  it('keeps per-lane ranges of the index consistent when a lane has no passing rows', () => {
    const r = applyFilters(table, { ...NO_FILTERS, hiddenFactualities: ['planned'] });
    expect(Array.from(r.laneStart)).toEqual([0, 2, 2]);
  });
});
