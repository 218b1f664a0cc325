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
    return filterRows(table, parts.laneKeys, filters, hits ? { hits, rowKey: parts.seq } : null);
  };
  return { table, inWorker };
}

/** What a search means: a row matches when its haystack includes every term. */
function naive(rows: readonly string[], terms: readonly string[]): number[] {
  return rows.map((row) => (terms.every((t) => row.includes(t)) ? 1 : 0));
}

function indexOf(rows: readonly string[], blockChars: number): SearchIndex {
  const index = new SearchIndex({ blockChars });
  for (const row of rows) index.add(row);
  return index;
}

/**
 * Rows and terms over a few letters, so terms occur often, at row ends and across row boundaries; the
 * row separator and accented and Greek letters too (a two-byte block).
 */
const letter = fc.constantFrom('a', 'b', 'n', ' ', 'é', 'σ', '\u0000', '\u001f');
const row = fc.string({ unit: letter, maxLength: 12 });
const term = fc.string({ unit: letter, maxLength: 4 });
/** From one character a block (every row its own block) to blocks of a few dozen rows. */
const blockChars = fc.integer({ min: 1, max: 200 });

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

  it('matches exactly the rows whose text includes every term, for any rows, terms and block size', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(term, { maxLength: 4 }),
        blockChars,
        (rows, terms, chars) => {
          expect(Array.from(indexOf(rows, chars).matchAll(terms))).toEqual(naive(rows, terms));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('searched within earlier hits, matches the rows among them that include every term', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.array(term, { maxLength: 3 }),
        fc.array(term, { maxLength: 3 }),
        blockChars,
        (rows, first, then, chars) => {
          const index = indexOf(rows, chars);
          const within = index.matchAll(first);
          const both = naive(rows, first).map((hit, i) => hit & (naive(rows, then)[i] ?? 0));
          expect(Array.from(index.matchAll(then, within))).toEqual(both);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('checks a term holding the row separator against each row alone', () => {
    const index = new SearchIndex();
    index.add('north');
    index.add('korea');
    expect(Array.from(index.matchAll(['north', 'h\u0000k']))).toEqual([0, 0]);
    expect(Array.from(index.matchAll(['h\u0000k']))).toEqual([0, 0]);
  });

  it('requires every one of hundreds of words', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}x`);
    const index = new SearchIndex();
    index.add(words.join(' '));
    index.add(words.slice(1).join(' '));
    expect(Array.from(index.matchAll(words))).toEqual([1, 0]);
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
