import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOccurrence, termProbe } from './search-probe';

/** A made-up count per character code, so every probe position gets its turn. */
const counts = fc.func(fc.nat({ max: 5 }));
const letter = fc.constantFrom('a', 'b', 'n', ' ', 'é', 'σ');

describe('search probe', () => {
  it('starts the probe at the rarest character, leaving it four characters', () => {
    expect(termProbe('missile', (c) => (c === 'm'.charCodeAt(0) ? 1 : 9))).toEqual({
      term: 'missile',
      probe: 'miss',
      offset: 0,
    });
    expect(termProbe('sanctions', (c) => (c === 'c'.charCodeAt(0) ? 1 : 9)).probe).toBe('ctio');
    // The rarest letter lies among the last three: the probe starts at the rarest that leaves it four.
    const rare = (order: string) => (c: number) => {
      const at = order.indexOf(String.fromCharCode(c));
      return at < 0 ? 9 : at;
    };
    expect(termProbe('worship', rare('is')).probe).toBe('ship');
    expect(termProbe('sea', rare('a'))).toEqual({ term: 'sea', probe: 'sea', offset: 0 });
  });

  it('finds the next occurrence exactly where indexOf does, whatever the counts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: letter, maxLength: 60 }),
        fc.string({ unit: letter, minLength: 1, maxLength: 8 }),
        fc.nat({ max: 70 }),
        counts,
        (text, term, from, count) => {
          const probe = termProbe(term, (c) => count(c));
          expect(nextOccurrence(text, probe, from)).toBe(text.indexOf(term, from));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
