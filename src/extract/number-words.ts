/**
 * Reads numbers as news writes them: "8", "10,000", "1.5 million", "eight", "twenty-five",
 * "three hundred", "a dozen". Returns null for anything else. Small and pure so it can run on every
 * candidate quantity without loading an NLP library.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  a: 1,
  an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Words that can be part of a written-out number, for scanners that need to find where one ends. */
export const NUMBER_WORD_RE =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens)$/i;

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
  for (const [i, word] of words.entries()) {
    const digits = parseDigits(word);
    if (digits !== null) {
      if (current !== null) return null;
      current = digits;
      continue;
    }
    if (word in UNITS) {
      if (current !== null) return null;
      // "a" and "an" only count before a scale word: "a hundred", not "a missile".
      if (
        (word === 'a' || word === 'an') &&
        !(words[i + 1] && (words[i + 1]! in SCALES || words[i + 1] === 'dozen'))
      )
        return null;
      current = UNITS[word] ?? 0;
      continue;
    }
    if (word in TENS) {
      if (current !== null) return null;
      current = TENS[word] ?? 0;
      const unit = words[i + 1];
      if (unit !== undefined && unit in UNITS && unit !== 'a' && unit !== 'an' && (UNITS[unit] ?? 10) < 10) {
        current += UNITS[unit] ?? 0;
        words.splice(i + 1, 1);
      }
      continue;
    }
    if (word === 'dozen') {
      current = (current ?? 1) * 12;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined) {
      if (current === null) return null;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      continue;
    }
    return null;
  }
  if (current === null && total === 0) return null;
  return Math.round((total + (current ?? 0)) * 1e6) / 1e6;
}
