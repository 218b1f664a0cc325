/**
 * Stable event ids: the same article, sentence and type give the same id on every run, so overrides
 * keyed by id survive re-extraction. Two 32-bit FNV-1a hashes with different offsets make 64 bits,
 * which keeps the chance of any clash among 100,000 events below one in a million.
 */
import { fnv1aPair } from './hash';

export function normaliseSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function eventId(articleId: string, sentence: string, type: string): string {
  return eventIdOfNormalised(articleId, normaliseSentence(sentence), type);
}

/** eventId for a sentence already passed through normaliseSentence. */
export function eventIdOfNormalised(articleId: string, normalised: string, type: string): string {
  return `ev-${fnv1aPair(`${articleId}\u0000${normalised}\u0000${type}`)}`;
}
