/**
 * Stable event ids: the same article, sentence and type give the same id on every run, so overrides
 * keyed by id survive re-extraction. Two 32-bit FNV-1a hashes with different offsets make 64 bits,
 * which keeps the chance of any clash among 100,000 events below one in a million.
 */
import { fnv1a } from './hash';

export function normaliseSentence(sentence: string): string {
  return sentence.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function eventId(articleId: string, sentence: string, type: string): string {
  const key = `${articleId}\u0000${normaliseSentence(sentence)}\u0000${type}`;
  return `ev-${fnv1a(key)}${fnv1a(`\u0001${key}`)}`;
}
