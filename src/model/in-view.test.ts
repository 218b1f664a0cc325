import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanIndexFor } from './density';
import { buildEventTable } from './event-table-builder';
import { applyFilters, NO_FILTERS } from './filters';
import { countInView, eventCountLabel, rowIndexInView, rowsInView } from './in-view';
import { generateSyntheticEvents } from '../synthetic/synthetic-events';
import { testRecord } from './test-records';
import type { TimeDomain } from './time-domain';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('events in view', () => {
  const records = [
    testRecord({ id: 'before', start: '2022-05-01' }),
    testRecord({ id: 'war', start: '2022-02-24', end: '2022-12-31', precision: 'year' }),
    testRecord({ id: 'inside', start: '2022-06-05' }),
    testRecord({ id: 'us', start: '2022-06-06', actor: 'united-states' }),
    testRecord({ id: 'last-day', start: '2022-06-09' }),
    testRecord({ id: 'after', start: '2022-06-10' }),
  ];
  const table = buildEventTable(records, []);
  const domain: TimeDomain = [at('2022-06-01'), at('2022-06-10')];

  it('counts events that start in the range and those that started before and still run', () => {
    const filter = applyFilters(table, NO_FILTERS);
    const ids = rowsInView(table, filter, domain).map((row) => table.id(row));
    expect(ids.sort()).toEqual(['inside', 'last-day', 'us', 'war']);
    expect(countInView(table, filter, domain)).toBe(4);
  });

  it('counts only what the filters pass', () => {
    const filter = applyFilters(table, { ...NO_FILTERS, hiddenActors: ['united-states'] });
    expect(countInView(table, filter, domain)).toBe(3);
  });

  it('agrees with checking every row, on synthetic data with long spans', () => {
    const big = buildEventTable(
      [...generateSyntheticEvents({ n: 3000, seed: 7, actors: 5, years: 3, startYear: 2020 })],
      [],
    );
    const filter = applyFilters(big, NO_FILTERS);
    for (const [from, to] of [
      ['2021-03-01', '2021-03-20'],
      ['2020-01-01', '2026-01-01'],
      ['2022-07-14', '2022-07-15'],
    ] as const) {
      const d: TimeDomain = [at(from), at(to)];
      const brute = Array.from(filter.index).filter(
        (row) => big.startMs[row]! < d[1] && big.endMs[row]! > d[0],
      );
      expect(brute.length).toBeGreaterThan(0);
      expect(rowsInView(big, filter, d)).toEqual(brute);
    }
  });

  it('counts what checking every row counts, for any range, with or without the span index', () => {
    const big = buildEventTable(
      [...generateSyntheticEvents({ n: 2000, seed: 5, actors: 4, years: 3, startYear: 2020 })],
      [],
    );
    const hidden = big.lanes[2]?.key ?? '';
    const plain = applyFilters(big, NO_FILTERS);
    const indexed = applyFilters(big, { ...NO_FILTERS, hiddenActors: [hidden] });
    spanIndexFor(big, indexed.index, indexed.laneStart);
    const lo = at('2019-06-01');
    const hi = at('2024-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.integer({ min: 1, max: 800 * 86_400_000 }),
        (t0, span) => {
          const d: TimeDomain = [t0, t0 + span];
          for (const filter of [plain, indexed]) {
            const brute = Array.from(filter.index).filter(
              (row) => big.startMs[row]! < d[1] && big.endMs[row]! > d[0],
            ).length;
            expect(countInView(big, filter, d)).toBe(brute);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists the rows in view as an ascending typed array without sorting, with filters on', () => {
    const big = buildEventTable(
      [...generateSyntheticEvents({ n: 3000, seed: 11, actors: 6, years: 3, startYear: 2020 })],
      [],
    );
    const hidden = big.lanes[1]?.key ?? '';
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, hiddenActors: [hidden] }]) {
      const filter = applyFilters(big, filters);
      for (const [from, to] of [
        ['2021-03-01', '2021-03-20'],
        ['2020-01-01', '2026-01-01'],
      ] as const) {
        const d: TimeDomain = [at(from), at(to)];
        const rows = rowIndexInView(big, filter, d);
        expect(rows).toBeInstanceOf(Uint32Array);
        expect(Array.from(rows)).toEqual(rowsInView(big, filter, d));
      }
    }
  });
});

describe('header count', () => {
  it('names what is in view out of what is loaded', () => {
    expect(eventCountLabel(30, 30, 30)).toBe('30 events');
    expect(eventCountLabel(16, 30, 30)).toBe('16 events in view of 30');
    expect(eventCountLabel(20, 20, 30)).toBe('20 of 30 events');
    expect(eventCountLabel(1, 20, 1200)).toBe('1 event in view of 20 filtered, 1,200 total');
  });
});
