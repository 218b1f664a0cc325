/**
 * Turns an article file's bytes into text, or says clearly why not: empty, binary, not UTF-8, or too
 * big to be an article. Pure (Uint8Array in), so a file dropped into the page goes the same way.
 */

/** A long news article is about 50 KB; 10 MB is 200 of them, so a bigger file is not an article. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** NUL bytes never occur in text; looking at the first 8 KB is enough to spot a binary file. */
const BINARY_SNIFF_BYTES = 8192;

export type DecodeResult = { ok: true; value: string } | { ok: false; error: string };

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Index of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

export function decodeArticleBytes(bytes: Uint8Array, fileName: string): DecodeResult {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: `${fileName}: ${mb} MB is too large for an article (limit ${MAX_ARTICLE_BYTES / 1024 / 1024} MB); split it into article files`,
    };
  }
  if (bytes.length === 0) return { ok: false, error: `${fileName}: the file is empty` };
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      error: `${fileName} line ${lineOfByte(bytes, nul)}: binary data (NUL byte), not a text article`,
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') return { ok: false, error: `${fileName}: the file has only whitespace` };
    return { ok: true, value: text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      error: `${fileName} line ${lineOfByte(bytes, Math.max(0, at))}: not valid UTF-8 (byte ${at}); save the file as UTF-8`,
    };
  }
}
