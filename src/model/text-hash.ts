/** FNV-1a's offset basis: the hash of the empty text, where every hash starts. */
export const HASH_SEED = 0x811c9dc5;

/** 32-bit FNV-1a over UTF-16 code units: a cheap, well-spread key for id and sentence lookups. */
export function hashText(text: string, seed = HASH_SEED): number {
  return hashRange(text, 0, text.length, seed);
}

/**
 * hashText of text.slice(from, to) without making that string: a reader hashes cells where they lie in a
 * piece of a file. FNV-1a runs character by character, so hashing a + b equals hashing b seeded with a's hash.
 */
export function hashRange(text: string, from: number, to: number, seed = HASH_SEED): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
