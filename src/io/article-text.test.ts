import { describe, expect, it } from 'vitest';
import { checkArticleText } from './article-text';

describe('checkArticleText', () => {
  it('accepts news text with tabs, line breaks and non-Latin letters', () => {
    expect(
      checkArticleText('SEOUL, June 5 (Reuters) -\tNorth Korea fired\r\neight missiles. 北朝鮮', 'a'),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses text with a NUL character as binary data, naming the source', () => {
    const result = checkArticleText('PK\u0003\u0004\u0000\u0000junk', 'pasted text');
    expect(result).toEqual({
      ok: false,
      error: 'pasted text: binary data (NUL character), not a text article',
    });
  });

  it('refuses mis-decoded binary: many replacement and control characters', () => {
    const junk = Array.from({ length: 4000 }, (_, i) => (i % 3 ? 'a' : '\ufffd')).join('');
    const result = checkArticleText(junk, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('binary data');
  });

  it('refuses text over the article size limit before reading it', () => {
    const result = checkArticleText('a'.repeat(11 * 1024 * 1024), 'big');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/too large/);
  });
});
