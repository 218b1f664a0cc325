import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventTable } from './event-table-builder';
import { firstEventNear, stepEvent } from './event-navigation';
import type { NavStep } from './event-navigation';
import { applyFilters, NO_FILTERS } from './filters';
import { displayLanes } from './lanes';
import { testRecord } from './test-records';

// North Korea has three events, South Korea two, the United States one (so lanes sort in that order).
const records = [
  testRecord({ id: 'nk-launch', start: '2022-06-05', actor: 'north-korea' }),
  testRecord({ id: 'nk-warning', start: '2022-06-07', actor: 'north-korea', type: 'statement' }),
  testRecord({ id: 'nk-test', start: '2022-06-20', actor: 'north-korea' }),
  testRecord({ id: 'sk-drill', start: '2022-06-06', actor: 'south-korea', type: 'military-exercise' }),
  testRecord({ id: 'sk-talks', start: '2022-06-19', actor: 'south-korea', type: 'meeting' }),
  testRecord({ id: 'us-envoy', start: '2022-06-08', actor: 'united-states', type: 'travel' }),
];
const table = buildEventTable(records, []);
const all = applyFilters(table, NO_FILTERS);
const lanes = displayLanes(table, [], []);
const row = (id: string) => {
  const r = table.idToRow.get(id);
  if (r === undefined) throw new Error(id);
  return r;
};
const go = (id: string, step: NavStep, filter = all, order = lanes) => {
  const to = stepEvent(table, filter, order, row(id), step);
  return to === null ? null : table.id(to);
};

describe('keyboard navigation between events', () => {
  it('moves left and right through one lane in time order and stops at its ends', () => {
    expect(go('nk-launch', 'next')).toBe('nk-warning');
    expect(go('nk-warning', 'next')).toBe('nk-test');
    expect(go('nk-test', 'next')).toBeNull();
    expect(go('nk-warning', 'previous')).toBe('nk-launch');
    expect(go('nk-launch', 'previous')).toBeNull();
  });

  it('moves down and up to the event of the next lane nearest in time', () => {
    expect(go('nk-launch', 'down')).toBe('sk-drill');
    expect(go('nk-test', 'down')).toBe('sk-talks');
    expect(go('sk-drill', 'down')).toBe('us-envoy');
    expect(go('us-envoy', 'up')).toBe('sk-drill');
    expect(go('sk-talks', 'up')).toBe('nk-test');
    expect(go('nk-warning', 'up')).toBeNull();
    expect(go('us-envoy', 'down')).toBeNull();
  });

  it('skips lanes whose events are all filtered out and follows the displayed lane order', () => {
    const noExercises = applyFilters(table, { ...NO_FILTERS, hiddenTypes: ['military-exercise', 'meeting'] });
    expect(go('nk-launch', 'down', noExercises)).toBe('us-envoy');
    const usFirst = displayLanes(table, [], ['united-states', 'north-korea', 'south-korea']);
    expect(go('nk-launch', 'up', all, usFirst)).toBe('us-envoy');
    expect(go('nk-launch', 'down', all, usFirst)).toBe('sk-drill');
  });

  it('steps from where a filtered-out event would be', () => {
    const noStatements = applyFilters(table, { ...NO_FILTERS, hiddenTypes: ['statement'] });
    expect(go('nk-warning', 'next', noStatements)).toBe('nk-test');
    expect(go('nk-warning', 'previous', noStatements)).toBe('nk-launch');
  });

  it('starts at the event nearest a time in the first lane that has one', () => {
    const t = Date.UTC(2022, 5, 18);
    expect(table.id(firstEventNear(table, all, lanes, t) ?? -1)).toBe('nk-test');
    const onlyUs = applyFilters(table, { ...NO_FILTERS, hiddenActors: ['north-korea', 'south-korea'] });
    expect(table.id(firstEventNear(table, onlyUs, lanes, t) ?? -1)).toBe('us-envoy');
  });

  it('always lands on a passing event, and next then previous comes back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...records.map((r) => r.id)),
        fc.constantFrom<NavStep>('previous', 'next', 'up', 'down'),
        fc.subarray(['statement', 'missile-test', 'meeting', 'travel', 'military-exercise']),
        (id, step, hiddenTypes) => {
          const filter = applyFilters(table, { ...NO_FILTERS, hiddenTypes });
          const to = stepEvent(table, filter, lanes, row(id), step);
          if (to === null) return;
          expect(Array.from(filter.index)).toContain(to);
          const passing = filter.index.includes(row(id));
          if (step === 'next' && passing)
            expect(stepEvent(table, filter, lanes, to, 'previous')).toBe(row(id));
        },
      ),
    );
  });
});
