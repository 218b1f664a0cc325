import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo';
import { parseIsoDay } from './day';

describe('bounded memo', () => {
  it('computes each value once, remembers null results too, and starts over when full', () => {
    const seen: string[] = [];
    const day = boundedMemo((text: string) => {
      seen.push(text);
      return parseIsoDay(text);
    }, 2);
    expect(day('2022-02-24')).toBe(parseIsoDay('2022-02-24'));
    expect(day('2022-02-30')).toBeNull();
    expect(day('2022-02-24')).toBe(parseIsoDay('2022-02-24'));
    expect(day('2022-02-30')).toBeNull();
    expect(seen).toEqual(['2022-02-24', '2022-02-30']);
    day('2023-01-01');
    day('2022-02-24');
    expect(seen).toEqual(['2022-02-24', '2022-02-30', '2023-01-01', '2022-02-24']);
  });
});
