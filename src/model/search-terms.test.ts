import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { essentialTerms, isNarrowing } from './search-terms';
import { matchesAll } from './text-match';

const letter = fc.constantFrom('a', 'b', 'n', ' ');
const text = fc.string({ unit: letter, maxLength: 10 });
const terms = fc.array(fc.string({ unit: letter, maxLength: 3 }), { maxLength: 4 });

describe('search terms', () => {
  it('essentialTerms drops empty, repeated and contained terms', () => {
    expect(essentialTerms(['korea', '', 'north korea', 'korea', 'sea'])).toEqual(['north korea', 'sea']);
    expect(essentialTerms([''])).toEqual([]);
  });

  it('essentialTerms matches the same texts as the terms it came from', () => {
    fc.assert(
      fc.property(text, terms, (t, ts) => {
        expect(matchesAll(t, essentialTerms(ts))).toBe(matchesAll(t, ts));
      }),
      { numRuns: 2000 },
    );
  });

  it('typing on narrows a search, deleting does not', () => {
    expect(isNarrowing(['missi'], ['missile'])).toBe(true);
    expect(isNarrowing(['missile'], ['missile', 'korea'])).toBe(true);
    expect(isNarrowing(['korea'], ['north korea'])).toBe(true);
    expect(isNarrowing([], ['korea'])).toBe(true);
    expect(isNarrowing(['missile'], ['missil'])).toBe(false);
    expect(isNarrowing(['missile', 'korea'], ['missile'])).toBe(false);
  });

  it('a text matching a narrowing search matches the search it narrows', () => {
    fc.assert(
      fc.property(text, terms, terms, (t, previous, next) => {
        fc.pre(isNarrowing(previous, next) && matchesAll(t, next));
        expect(matchesAll(t, previous)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
