import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from './article-bytes';

const TEXT = 'Friday, May 9, 2025\nKyiv – Ukraine’s president met the envoy on Thursday.\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
    bytes[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return bytes;
}

describe('decodeArticleBytes', () => {
  it('reads UTF-16 little-endian with a byte order mark and names the encoding', () => {
    expect(decodeArticleBytes(utf16(TEXT, false), 'notepad.txt')).toEqual({
      ok: true,
      value: TEXT,
      encoding: 'UTF-16LE',
    });
  });

  it('reads UTF-16 big-endian with a byte order mark and names the encoding', () => {
    expect(decodeArticleBytes(utf16(TEXT, true), 'mac.txt')).toEqual({
      ok: true,
      value: TEXT,
      encoding: 'UTF-16BE',
    });
  });

  it('reads UTF-8, with or without its byte order mark, as UTF-8', () => {
    const plain = new TextEncoder().encode(TEXT);
    expect(decodeArticleBytes(plain, 'a.txt')).toEqual({ ok: true, value: TEXT, encoding: 'UTF-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeArticleBytes(withBom, 'a.txt')).toEqual({ ok: true, value: TEXT, encoding: 'UTF-8' });
  });

  it('still refuses binary data, also behind a UTF-16 byte order mark', () => {
    expect(decodeArticleBytes(new Uint8Array([0x41, 0, 0x42]), 'x.bin')).toMatchObject({
      ok: false,
      error: 'x.bin line 1: binary data (NUL byte), not a text article',
    });
    expect(decodeArticleBytes(utf16('Title\n\u0000junk', false), 'x.txt')).toMatchObject({
      ok: false,
      error: 'x.txt line 2: binary data (NUL character), not a text article',
    });
  });

  it('refuses UTF-16 cut in the middle of a character, naming the file and encoding', () => {
    const cut = utf16(TEXT, false).subarray(0, 9);
    expect(decodeArticleBytes(cut, 'cut.txt')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^cut\.txt: not valid UTF-16LE/) as unknown,
    });
  });
});
