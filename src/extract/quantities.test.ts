import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticles, parseActorsFile } from './index';
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
  it('takes a number right after a name as part of it, not a count', () => {
    expect(findQuantities('The FTSE 100 rose 2% and the Boeing 737 Max 8 jets stayed grounded.')).toEqual([]);
    expect(findQuantities('Over 2,000 people fled.').map((q) => q.value)).toEqual([2000]);
    expect(findQuantities('In May 8 people died.').map((q) => q.value)).toEqual([8]);
  });

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

  it('skips a definite count of the parties ("the two leaders", "all three countries") but keeps counts of things and casualties', () => {
    const q = (text: string) => findQuantities(text).map(({ value, unit }) => `${value} ${unit}`);
    expect(
      q(
        'North Korea and Russia will hold joint military drills this year, the two leaders said in a statement.',
      ),
    ).toEqual([]);
    expect(q('The three men were detained at the border crossing, police said.')).toEqual([]);
    expect(q('Ministers from all four countries signed the accord in Brussels on Friday.')).toEqual([]);
    expect(q('Both sides agreed to a ceasefire, and their two delegations will meet again in Doha.')).toEqual(
      [],
    );
    // The same nouns without a definite determiner are counts, and "the" before victims or weapons is too.
    expect(q('Two leaders of the opposition were arrested on Monday.')).toEqual(['2 leaders']);
    expect(q('Russian strikes killed three men in Kharkiv, the governor said.')).toEqual(['3 men']);
    expect(q('the 71 people killed in the crash were mostly tourists')).toEqual(['71 people killed']);
    expect(q('the two missiles were fired from near Pyongyang')).toEqual(['2 missiles']);
  });
});

describe('the event quantity', () => {
  const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
  if (!parsed.ok) throw new Error(parsed.error);
  const actors = parsed.value;
  const quantityOf = (sentence: string) => {
    const text = `Headline\n\nSEOUL, March 4, 2024 (Reuters) - ${sentence}\n`;
    const { events } = extractArticles([{ fileName: 'a.txt', text }], { actors });
    return events.map((e) => [e.type, e.quantity, e.quantity_unit]);
  };

  it('is not "the two leaders" on a drills event, and is the missiles of a launch', () => {
    expect(
      quantityOf(
        'North Korea and Russia held joint military drills on Monday, the two leaders said in a joint statement.',
      ),
    ).toEqual([['military-exercise', null, '']]);
    expect(
      quantityOf('The two leaders watched North Korea hold military drills near the border on Monday.'),
    ).toEqual([['military-exercise', null, '']]);
    expect(quantityOf('North Korea fired two ballistic missiles on Monday, the military said.')).toEqual([
      ['missile-test', 2, 'ballistic missiles'],
    ]);
  });
});
