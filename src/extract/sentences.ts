/**
 * Splits article text into sentences with their offsets, so every event can point back at the exact
 * characters it came from. Paragraph breaks always end a sentence. A full stop ends one only when it
 * is not part of an abbreviation ("U.S.", "Gen.", "N. Korea"), an ellipsis or a number ("3.5").
 */
import { ABBREVIATIONS } from './lexicon/abbreviations';

/** One sentence. Offsets are UTF-16 into the split text, end exclusive; text === source.slice(start, end). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Words that begin a new sentence even after "U.S." ("... with the U.S. The talks ..."). */
const SENTENCE_STARTERS = new Set([
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'A',
  'An',
  'And',
  'Yet',
  'Its',
  'His',
  'Her',
  'Their',
  'There',
  'Meanwhile',
  'However',
]);

const CLOSERS = '"\')]}’”»';
const OPENERS_RE = /["'“‘«(\p{Lu}\p{N}]/u;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/** The word (letters and inner dots) that ends right before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  const m = /^["'“‘«(]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}

function endsSentenceAt(text: string, dot: number, next: number): boolean {
  const ch = text.charAt(dot);
  if (ch !== '.') return true;
  if (text.charAt(dot - 1) === '.' || text.charAt(dot + 1) === '.') return false;
  const word = wordBefore(text, dot);
  if (word === '') return true;
  // A lone capital is an initial: "N. Korea", "John F. Kennedy". Not a unit after a number: "40C.".
  if (/^\p{Lu}$/u.test(word) && !/\p{N}/u.test(text.charAt(dot - 2))) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (word.includes('.')) return SENTENCE_STARTERS.has(nextWord(text, next));
  return true;
}

/** Splits `text` into sentences; whitespace between them belongs to none. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = -1;
  const push = (end: number): void => {
    let e = end;
    while (e > start && isSpace(text.charAt(e - 1))) e--;
    if (start >= 0 && e > start) {
      sentences.push({ index: sentences.length, start, end: e, text: text.slice(start, e) });
    }
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (start < 0) {
      if (!isSpace(ch)) start = i;
      else continue;
    }
    if (
      ch === '\n' &&
      (text.charAt(i + 1) === '\n' || text.charAt(i + 1) === '\r' || text.charAt(i - 1) === '\n')
    ) {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.includes(text.charAt(j)) || text.charAt(j) === '.')) j++;
    if (j < text.length && !isSpace(text.charAt(j))) continue;
    let k = j;
    while (k < text.length && isSpace(text.charAt(k))) k++;
    if (k >= text.length) {
      push(j);
      i = j - 1;
      continue;
    }
    if (!OPENERS_RE.test(text.charAt(k))) continue;
    if (ch === '…' || !endsSentenceAt(text, i, k)) continue;
    push(j);
    i = j - 1;
  }
  if (start >= 0) push(text.length);
  return sentences;
}
