import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './number-words';
import { findQuantities } from './quantities';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function below1000(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(`${UNITS[Math.floor(n / 100)]} hundred`);
  const rest = n % 100;
  if (rest >= 20)
    parts.push(rest % 10 ? `${TENS[Math.floor(rest / 10)]}-${UNITS[rest % 10]}` : `${TENS[rest / 10]}`);
  else if (rest >= 10) parts.push(`${TEENS[rest - 10]}`);
  else if (rest > 0) parts.push(`${UNITS[rest]}`);
  return parts.join(' ');
}

function toWords(n: number): string {
  if (n < 1000) return below1000(n);
  const rest = n % 1000;
  return `${below1000(Math.floor(n / 1000))} thousand${rest ? ` ${below1000(rest)}` : ''}`;
}

describe('parseNumberWords', () => {
  it('reads digits, separators, words and scales', () => {
    expect(parseNumberWords('10,000')).toBe(10000);
    expect(parseNumberWords('eight')).toBe(8);
    expect(parseNumberWords('twenty-five')).toBe(25);
    expect(parseNumberWords('1.5 million')).toBe(1_500_000);
    expect(parseNumberWords('two dozen')).toBe(24);
    expect(parseNumberWords('missiles')).toBeNull();
  });

  it('reads back any number from 1 to 999,999 written out in words', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => parseNumberWords(toWords(n)) === n));
  });
});

describe('findQuantities', () => {
  it('reads counts with their unit and qualifier', () => {
    const q = (text: string) =>
      findQuantities(text).map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));
    expect(q('North Korea launched eight ballistic missiles into the sea.')).toEqual([
      { value: 8, unit: 'ballistic missiles', qualifier: '' },
    ]);
    expect(q('after sending more than 10,000 soldiers to fight with Russia')).toEqual([
      { value: 10000, unit: 'soldiers', qualifier: 'more than' },
    ]);
    expect(q('firing 31 missiles over 18 test events, including')).toEqual([
      { value: 31, unit: 'missiles', qualifier: '' },
      { value: 18, unit: 'test events', qualifier: '' },
    ]);
  });

  it('ignores durations, ordinals, hyphenated adjectives and money', () => {
    expect(
      findQuantities('a 30-day ceasefire for five years on the 80th anniversary at $2.50 a share'),
    ).toEqual([]);
  });
});
