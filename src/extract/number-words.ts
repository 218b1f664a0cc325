/**
 * Reads numbers as news writes them: "8", "10,000", "1.5 million", "eight", "twenty-five",
 * "three hundred", "a dozen". Returns null for anything else. Small and pure so it can run on every
 * candidate quantity without loading an NLP library. The words and their values are data, in
 * lexicon/number-words.ts.
 */
import { CARDINAL_TENS, CARDINAL_UNITS, NUMBER_SCALES } from './lexicon/number-words';

const UNITS: Readonly<Record<string, number>> = { ...CARDINAL_UNITS, a: 1, an: 1 };
const SCALES = NUMBER_SCALES;

/** Words that can be part of a written-out number, for scanners that need to find where one ends. */
export const NUMBER_WORD_RE = new RegExp(
  `^(?:${[...Object.keys(CARDINAL_UNITS), ...Object.keys(CARDINAL_TENS), ...Object.keys(SCALES), 'dozen', 'dozens'].join('|')})$`,
  'i',
);

function parseDigits(text: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || m[1] === undefined) return null;
  return Number(m[1].replace(/,/g, '') + (m[2] !== undefined ? `.${m[2]}` : ''));
}

/** Parses a number written in digits, words, or both ("1.5 million"); null when it is not one. */
export function parseNumberWords(text: string): number | null {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== '');
  if (words.length === 0) return null;
  if (words.length === 1 && words[0] === 'dozen') return 12;
  let total = 0;
  let current: number | null = null;
  // What the previous word was, so "two three" or "twenty thirty" are refused but "one hundred one" is read.
  let last: 'none' | 'digits' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none';
  for (const [i, word] of words.entries()) {
    const digits = parseDigits(word);
    if (digits !== null) {
      if (last !== 'none' && last !== 'scale') return null;
      current = (current ?? 0) + digits;
      last = 'digits';
      continue;
    }
    if (word in UNITS) {
      if (last === 'unit' || last === 'digits') return null;
      if (last === 'tens' && (UNITS[word] ?? 10) >= 10) return null;
      // "a" and "an" only count before a scale word: "a hundred", not "a missile".
      const next = words[i + 1];
      if ((word === 'a' || word === 'an') && !(next !== undefined && (next in SCALES || next === 'dozen')))
        return null;
      current = (current ?? 0) + (UNITS[word] ?? 0);
      last = 'unit';
      continue;
    }
    if (word in CARDINAL_TENS) {
      if (last === 'unit' || last === 'tens' || last === 'digits') return null;
      current = (current ?? 0) + (CARDINAL_TENS[word] ?? 0);
      last = 'tens';
      continue;
    }
    if (word === 'dozen') {
      current = (current ?? 1) * 12;
      last = 'unit';
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined || current === null) return null;
    if (scale === 100) {
      if (last === 'hundred') return null;
      current *= 100;
      last = 'hundred';
    } else {
      total += current * scale;
      current = null;
      last = 'scale';
    }
  }
  if (current === null && total === 0) return null;
  return Math.round((total + (current ?? 0)) * 1e6) / 1e6;
}
