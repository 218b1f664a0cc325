/**
 * Turns an article file's bytes into text, or says clearly why not: empty, binary, not UTF-8, or too
 * big to be an article. UTF-8 is the default; a file that starts with a UTF-16 byte order mark (as
 * Windows Notepad's "Unicode" saves it) is read as UTF-16 LE or BE, and the result names the encoding
 * so the run report can say so. Pure (Uint8Array in), so a file dropped into the page goes the same way.
 */

/** A long news article is about 50 KB; 10 MB is 200 of them, so a bigger file is not an article. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;
/** NUL bytes never occur in text; looking at the first 8 KB is enough to spot a binary file. */
const BINARY_SNIFF_BYTES = 8192;

/** The encodings an article file may be in; UTF-16 only with a byte order mark. */
export type ArticleEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type DecodeResult =
  { ok: true; value: string; encoding: ArticleEncoding } | { ok: false; error: string };

/** The UTF-16 encoding announced by a byte order mark at the start, or null. */
function utf16ByBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** 1-based line of UTF-16 code unit `index` in `text`. */
function lineOfChar(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * UTF-16 after its byte order mark. Big-endian is swapped to little-endian by hand: TextDecoder only
 * knows "utf-16be" when Node is built with full ICU, and a small-ICU build would throw.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE', fileName: string): DecodeResult {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0)
    return {
      ok: false,
      error: `${fileName}: not valid ${encoding} (odd number of bytes); save the file as UTF-8`,
    };
  let le = body;
  if (encoding === 'UTF-16BE') {
    le = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      le[i] = body[i + 1] ?? 0;
      le[i + 1] = body[i] ?? 0;
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    return {
      ok: false,
      error: `${fileName}: not valid ${encoding} (unpaired surrogate); save the file as UTF-8`,
    };
  }
  const nul = text.slice(0, BINARY_SNIFF_BYTES).indexOf('\0');
  if (nul >= 0)
    return {
      ok: false,
      error: `${fileName} line ${lineOfChar(text, nul)}: binary data (NUL character), not a text article`,
    };
  if (text.trim() === '') return { ok: false, error: `${fileName}: the file has only whitespace` };
  return { ok: true, value: text, encoding };
}

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
  const utf16 = utf16ByBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, fileName);
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      error: `${fileName} line ${lineOfByte(bytes, nul)}: binary data (NUL byte), not a text article`,
    };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') return { ok: false, error: `${fileName}: the file has only whitespace` };
    return { ok: true, value: text, encoding: 'UTF-8' };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      error: `${fileName} line ${lineOfByte(bytes, Math.max(0, at))}: not valid UTF-8 (byte ${at}); save the file as UTF-8`,
    };
  }
}
