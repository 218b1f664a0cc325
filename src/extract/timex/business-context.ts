/**
 * Whether the sentence around a span reads as company or economic results. "The first half" and
 * "the full year" name a reporting period there, but a match period or a stretch of time elsewhere.
 */
import { BUSINESS_WORDS } from '../lexicon/timex-reporting-periods';
import { isSentenceBreak } from './tense';
import { alternation } from './word-patterns';

const BUSINESS_WORD_RE = new RegExp(`\\b(?:${alternation(BUSINESS_WORDS)})\\b`, 'i');

/** How far to look for the sentence's ends: one long news sentence. */
const SENTENCE_REACH_CHARS = 240;

export function inBusinessSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH_CHARS && !isSentenceBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH_CHARS && !isSentenceBreak(text, to)) to++;
  return BUSINESS_WORD_RE.test(text.slice(from, start)) || BUSINESS_WORD_RE.test(text.slice(end, to));
}
