import { describe, expect, it } from 'vitest';
import { parseEventsCsv } from './events-csv-parse';
import { warmUpCsv } from './warm-up-rows';

describe('warm-up rows', () => {
  it('are valid events, every one of them, with quoted cells, lists and spans as real news has', () => {
    const text = warmUpCsv(400);
    const parsed = parseEventsCsv(text, 'warm-up.csv');
    expect(parsed.problems).toEqual([]);
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.records).toHaveLength(400);
    expect(parsed.records.some((r) => r.people.length > 1 && r.sentence.includes(','))).toBe(true);
    expect(parsed.records.some((r) => r.start !== r.end)).toBe(true);
    expect(text.length / 400).toBeGreaterThan(300);
  });
});
