import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventTableBuilder } from './event-table-builder';
import { eventTableFromParts } from './event-table';
import type { Filters } from './filters';
import { applyFilters, filterRows, NO_FILTERS } from './filters';
import { RowTextStore } from './row-text';
import { SearchIndex } from './search-index';
import { searchTerms } from './text-match';
import { testRecord } from './test-records';

const sentences = [
  'North Korea fired eight short-range ballistic missiles toward the sea on Sunday.',
  'The US envoy said on Tuesday that Washington would respond swiftly to a nuclear test.',
  'Pyongyang warned on Tuesday that it would respond to the drills.',
  'Seoul and Tokyo held talks in Geneva about the İstanbul accord.',
  'Ministers met at the ΟΔΟΣ summit; ΣΟΦΙΑ spoke first.',
];

/** The table and the worker's way of filtering it: column pass plus the search index, by seq. */
function bothWays(records: ReturnType<typeof testRecord>[]) {
  const builder = new EventTableBuilder({ session: true });
  for (const r of records) builder.upsert(r);
  const store = new RowTextStore();
  store.append(builder.takeText());
  const parts = builder.build([]);
  const table = eventTableFromParts(parts, store, []);
  const inWorker = (filters: Filters) => {
    const terms = searchTerms(filters.search);
    const hits = terms.length ? builder.searchBySeq(terms) : null;
    return filterRows(table, parts.laneKeys, filters, hits ? (row) => hits[parts.seq[row] ?? 0] === 1 : null);
  };
  return { table, inWorker };
}

describe('search index', () => {
  it('finds the rows holding every term, once per row however often a term occurs', () => {
    const index = new SearchIndex();
    index.add('north korea fired missiles; more missiles followed');
    index.add('the us envoy warned');
    index.add('missiles over the sea');
    expect(Array.from(index.matchAll(['missiles']))).toEqual([1, 0, 1]);
    expect(Array.from(index.matchAll(['missiles', 'sea']))).toEqual([0, 0, 1]);
    expect(Array.from(index.matchAll([]))).toEqual([1, 1, 1]);
  });

  it('never matches across the boundary between two rows', () => {
    const index = new SearchIndex();
    index.add('ends with north');
    index.add('korea starts here');
    expect(Array.from(index.matchAll(['north korea']))).toEqual([0, 0]);
    expect(Array.from(index.matchAll(['northkorea']))).toEqual([0, 0]);
  });

  it('gives the worker the same filter result as the page for any records and query', () => {
    const word = fc.constantFrom(
      'missiles',
      'tuesday',
      'respond',
      'ΣΟΦΙΑ',
      'i̇stanbul',
      'us',
      'korea',
      'zebra',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sentence: fc.constantFrom(...sentences),
            title: fc.constantFrom('Missile launch', 'US warns', 'Talks in Geneva', ''),
            people: fc.array(fc.constantFrom('Kim Jong Un', 'Antony Blinken'), { maxLength: 2 }),
            actor: fc.constantFrom('north-korea', 'united-states', ''),
            type: fc.constantFrom('missile-test', 'statement', 'meeting'),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(word, { maxLength: 3 }),
        fc.boolean(),
        (rows, words, hideStatements) => {
          const records = rows.map((r, i) =>
            testRecord({ id: `e${i}`, start: `2022-06-${String((i % 28) + 1).padStart(2, '0')}`, ...r }),
          );
          const { table, inWorker } = bothWays(records);
          const filters: Filters = {
            ...NO_FILTERS,
            search: words.join(' '),
            hiddenTypes: hideStatements ? ['statement'] : [],
          };
          const page = applyFilters(table, filters);
          const worker = inWorker(filters);
          expect(Array.from(worker.index)).toEqual(Array.from(page.index));
          expect(Array.from(worker.laneCounts)).toEqual(Array.from(page.laneCounts));
          expect(Array.from(worker.typeCounts)).toEqual(Array.from(page.typeCounts));
        },
      ),
      { numRuns: 200 },
    );
  });
});
