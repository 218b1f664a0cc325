/** FNV-1a, 32-bit: a tiny stable hash for event ids. Not for security. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hex(hash: number): string {
  return hash.toString(16).padStart(8, '0');
}

/** Hashes the UTF-16 code units of `text`; returns 8 lowercase hex digits. */
export function fnv1a(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hex(hash);
}

/**
 * `fnv1a(text) + fnv1a('\u0001' + text)` in one pass over `text`: 16 hex digits. The second hash is
 * the first with one more code unit in front, so both states advance together.
 */
export function fnv1aPair(text: string): string {
  let a = FNV_OFFSET;
  let b = Math.imul(FNV_OFFSET ^ 1, FNV_PRIME) >>> 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME) >>> 0;
    b = Math.imul(b ^ c, FNV_PRIME) >>> 0;
  }
  return hex(a) + hex(b);
}
