/**
 * Checks article text that arrives as a string (pasted, or dropped as text) before any work is done on it:
 * binary junk and oversized text are refused with a message that says why, so the page never spends
 * seconds rendering or extracting them. Files go through decodeArticleBytes (article-bytes.ts) instead.
 */
import { MAX_ARTICLE_BYTES } from './article-bytes';

/** Enough characters to judge the whole text: binary junk shows itself in the first few kilobytes. */
const SNIFF_CHARS = 8192;
/**
 * Control and replacement characters in more than 1 of 20 sniffed characters mean binary data: news text
 * has none besides tabs and line breaks, and a mis-decoded binary file is full of them.
 */
const MAX_JUNK_SHARE = 0.05;

export type ArticleTextCheck = { ok: true } | { ok: false; error: string };

export function checkArticleText(text: string, name: string): ArticleTextCheck {
  if (text.length > MAX_ARTICLE_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: `${name}: ${mb} MB is too large for an article (limit ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`,
    };
  }
  if (!text.trim()) return { ok: false, error: `${name}: there is no text` };
  const sniff = text.slice(0, SNIFF_CHARS);
  let junk = 0;
  for (let i = 0; i < sniff.length; i++) {
    const c = sniff.charCodeAt(i);
    if (c === 0) return { ok: false, error: `${name}: binary data (NUL character), not a text article` };
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) junk++;
  }
  if (junk > sniff.length * MAX_JUNK_SHARE) {
    return { ok: false, error: `${name}: binary data (control characters), not a text article` };
  }
  return { ok: true };
}
