import { describe, expect, it } from 'vitest';
import { isNamedAgent } from './event-record';

describe('isNamedAgent', () => {
  it('takes names, whatever their inner words, for names', () => {
    for (const name of ['Boeing', 'Bank of America', 'Benjamin Netanyahu', '3M', 'iPhone 4', 'FTSE 100'])
      expect(isNamedAgent(name), name).toBe(true);
  });

  it('takes a phrase that ends in a common noun for a description, names inside it or not', () => {
    for (const description of ['stock markets', 'US stocks', 'Macintosh users', 'police', ''])
      expect(isNamedAgent(description), description).toBe(false);
  });
});
