/**
 * The first direct quotation in a sentence, if it has at least three words; shorter quoted bits
 * ("steadfast", "double-standards") are scare quotes, not statements.
 */

const QUOTE_RE = /[“"]([^“”"]{2,}?)[”"]/gu;
const MIN_QUOTE_WORDS = 3;

export function findQuote(sentence: string): string {
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_RE.exec(sentence))) {
    const inner = (m[1] ?? '').trim().replace(/[,.]$/, '');
    if (inner.split(/\s+/).length >= MIN_QUOTE_WORDS) return inner;
  }
  return '';
}
