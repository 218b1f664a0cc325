import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkPieces, rowFieldHash, RowTextStore, TextChunkWriter } from './row-text';

describe('packed row text', () => {
  it('finds each row by its arrival number across several chunks, accents and emoji included', () => {
    const writer = new TextChunkWriter();
    const store = new RowTextStore();
    const texts = [
      'Zelensky meets Macron in Kyiv',
      'Erdoğan hosts talks in İstanbul',
      '',
      '北朝鮮がミサイル発射 🚀',
    ];
    writer.add(texts[0] ?? '');
    writer.add(texts[1] ?? '');
    store.append(writer.take());
    writer.add(texts[2] ?? '');
    writer.add(texts[3] ?? '');
    store.append(writer.take());
    expect(texts.map((_, seq) => store.text(seq))).toEqual(texts);
    expect(store.text(4)).toBe('');
  });

  it('points at one field of a row in place, the same text decoding the whole row and splitting it gives', () => {
    const writer = new TextChunkWriter();
    const store = new RowTextStore();
    const rows = ['a1\u001fTalks in Kyiv\u001fmore', 'b2\u001fErdoğan hosts talks\u001f', 'c3', ''];
    for (const row of rows.slice(0, 2)) writer.add(row);
    store.append(writer.take());
    for (const row of rows.slice(2)) writer.add(row);
    store.append(writer.take());
    const range = { bytes: new Uint8Array(0), start: 0, end: 0 };
    const decoder = new TextDecoder();
    rows.forEach((row, seq) => {
      for (const field of [0, 1, 2]) {
        expect(store.fieldRange(seq, field, 0x1f, range)).toBe(true);
        expect(decoder.decode(range.bytes.subarray(range.start, range.end))).toBe(
          row.split('\u001f')[field] ?? '',
        );
      }
    });
    expect(store.fieldRange(9, 1, 0x1f, range)).toBe(false);
  });

  it('round-trips any strings, whatever the chunk sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 60 }),
        fc.nat({ max: 10 }),
        (texts, every) => {
          const writer = new TextChunkWriter();
          const store = new RowTextStore();
          texts.forEach((t, i) => {
            writer.add(t);
            if (every && i % every === 0) store.append(writer.take());
          });
          store.append(writer.take());
          expect(texts.map((_, seq) => store.text(seq))).toEqual(texts);
        },
      ),
    );
  });

  it('cuts a chunk into pieces of at most a given size that together hold every row, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 80 }),
        fc.nat({ max: 30 }),
        fc.integer({ min: 1, max: 120 }),
        (texts, firstSeq, maxBytes) => {
          const writer = new TextChunkWriter();
          texts.forEach((t) => writer.add(t));
          const chunk = { ...writer.take(), firstSeq };
          const store = new RowTextStore();
          let next = firstSeq;
          for (const piece of chunkPieces(chunk, maxBytes)) {
            expect(piece.firstSeq).toBe(next);
            const rows = piece.offsets.length - 1;
            expect(rows).toBeGreaterThan(0);
            // Over the limit only when a single row is longer than it.
            if (piece.bytes.byteLength > maxBytes) expect(rows).toBe(1);
            expect(piece.offsets[0]).toBe(0);
            expect(piece.offsets[rows]).toBe(piece.bytes.byteLength);
            // Fresh buffers: transferring a piece must not take the chunk's own.
            expect(piece.bytes.buffer).not.toBe(chunk.bytes.buffer);
            store.append(piece);
            next += rows;
          }
          expect(next).toBe(firstSeq + texts.length);
          expect(texts.map((_, i) => store.text(firstSeq + i))).toEqual(texts);
        },
      ),
    );
  });

  it('finds the chunks a few rows are in, and gives every chunk for many rows', () => {
    const writer = new TextChunkWriter();
    const store = new RowTextStore();
    for (let seq = 0; seq < 100; seq++) {
      writer.add(`row ${seq}`);
      if (seq % 10 === 9) store.append(writer.take());
    }
    const firsts = (seqs: number[]) => store.chunksHolding(seqs).map((c) => c.firstSeq);
    expect(firsts([55, 3, 57])).toEqual([0, 50]);
    expect(firsts([99, 1000])).toEqual([90]);
    expect(firsts(Array.from({ length: 25 }, (_, i) => i))).toHaveLength(10);
    // An export's copy holds only some chunks; its rows read back, the others read as empty.
    const copy = new RowTextStore();
    for (const chunk of store.chunksHolding([55, 3])) copy.append(chunk);
    expect([copy.text(3), copy.text(55), copy.text(20)]).toEqual(['row 3', 'row 55', '']);
  });

  it('writes a row field by field as the fields joined by the separator, which never occurs inside one', () => {
    // The hash of a row is rowFieldHash folded over its fields as stored (a separator read as a space).
    const expectedHash = (seed: number, fields: readonly string[]) =>
      fields.reduce((h, f, j) => {
        const stored = f.replaceAll('\u001f', ' ');
        return rowFieldHash(h, j, stored, 0, stored.length, 0x1f);
      }, seed) >>> 0;
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\u001f', 'é', 'İ', '字', '🚀') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { maxLength: 5 }), { maxLength: 8 }),
        fc.boolean(),
        (rows, hashing) => {
          const writer = new TextChunkWriter();
          const store = new RowTextStore();
          const hashes = rows.map((fields) => {
            writer.beginRow(0x1f, hashing ? 7 : undefined);
            for (const f of fields) writer.field(f);
            return writer.endRow();
          });
          store.append(writer.take());
          rows.forEach((fields, seq) => {
            const expected = fields.map((f) => f.replaceAll('\u001f', ' ')).join('\u001f');
            expect(store.text(seq)).toBe(expected);
            expect(hashes[seq]).toBe(hashing ? expectedHash(7, fields) : 0);
          });
        },
      ),
    );
  });

  it('hashes rows that differ in any character, or in where a field ends, apart', () => {
    const hashOf = (fields: readonly string[]) => {
      const writer = new TextChunkWriter();
      writer.beginRow(0x1f, 7);
      for (const f of fields) writer.field(f);
      return writer.endRow();
    };
    const base = ['a1', 'Talks in Kyiv', 'A long sentence about the talks in Kyiv.', ''];
    const variants = [
      ['a1', 'Talks in Kyiv', 'A long sentence about the talks in Kyiv!', ''],
      ['a1', 'Talks in Kyiv', 'A long sentence about the talks in Kyiv', '.'],
      ['a1', 'Talks inKyiv ', 'A long sentence about the talks in Kyiv.', ''],
      ['a1', 'Talks in Kyiv', 'A long sentence about the talks in Kyiv.'],
      ['a2', 'Talks in Kyiv', 'A long sentence about the talks in Kyiv.', ''],
    ];
    const hashes = new Set([hashOf(base), ...variants.map(hashOf)]);
    expect(hashes.size).toBe(variants.length + 1);
    expect(hashOf(base)).toBe(hashOf([...base]));
  });

  it('keeps partial rows to their first fields, borrows a repeated title, and holds full texts once read', () => {
    const writer = new TextChunkWriter();
    const store = new RowTextStore();
    const rows = [
      ['a1', 'Talks in Kyiv', 'long sentence one'],
      ['a2', 'Talks in Kyiv', 'long sentence two'],
      ['a3', 'Erdoğan hosts talks', 'long sentence three'],
    ];
    const hashes = rows.map((fields, seq) => {
      // Row a2 repeats a1's title: it keeps its id only, and names row 0 as the holder of its title.
      writer.beginRow(0x1f, 7, seq === 1 ? 1 : 2);
      for (const f of fields) writer.field(f);
      return writer.endRow();
    });
    store.append(writer.take(false, true, Uint32Array.from([0, 0, 2])));
    // The hash still covers every field, so a changed sentence is a changed row.
    const whole = new TextChunkWriter();
    whole.beginRow(0x1f, 7);
    for (const f of rows[1] ?? []) whole.field(f);
    expect(whole.endRow()).toBe(hashes[1]);
    expect([0, 1, 2].map((seq) => store.text(seq))).toEqual([
      'a1\u001fTalks in Kyiv',
      'a2\u001fTalks in Kyiv',
      'a3\u001fErdoğan hosts talks',
    ]);
    const range = { bytes: new Uint8Array(0), start: 0, end: 0 };
    expect(store.fieldRange(1, 1, 0x1f, range)).toBe(true);
    expect(new TextDecoder().decode(range.bytes.subarray(range.start, range.end))).toBe('Talks in Kyiv');
    expect(store.fieldRange(1, 0, 0x1f, range)).toBe(true);
    expect(new TextDecoder().decode(range.bytes.subarray(range.start, range.end))).toBe('a2');
    expect([0, 1, 2].map((seq) => store.isComplete(seq))).toEqual([false, false, false]);
    expect(store.partialSeqs([0, 2, 9])).toEqual([0, 2]);
    // A CSV export never gets partial chunks: the worker reads those rows from their file.
    expect(store.chunksHolding([0, 1, 2])).toEqual([]);
    // A text whose id is another row's (a file changed on disk since the load) is not kept.
    expect(store.remember(1, rows[2]?.join('\u001f') ?? '')).toBe(false);
    expect(store.remember(1, 'a22\u001fTalks in Kyiv')).toBe(false);
    expect(store.isComplete(1)).toBe(false);
    expect(store.remember(1, rows[1]?.join('\u001f') ?? '')).toBe(true);
    expect(store.isComplete(1)).toBe(true);
    expect(store.text(1)).toBe('a2\u001fTalks in Kyiv\u001flong sentence two');
    // Full texts are kept for a few thousand rows, oldest dropped first.
    const more = 5_000;
    for (let i = 0; i < more; i++) {
      writer.beginRow(0x1f);
      writer.field(`id${i}`);
      writer.field('title');
      writer.endRow();
    }
    store.append(
      writer.take(
        false,
        true,
        Uint32Array.from({ length: more }, (_, i) => 3 + i),
      ),
    );
    for (let i = 0; i < more; i++) store.remember(3 + i, `id${i}\u001ftitle\u001fsentence`);
    expect(store.isComplete(1)).toBe(false);
    expect(store.text(1)).toBe('a2\u001fTalks in Kyiv');
    expect(store.isComplete(3 + more - 1)).toBe(true);
  });
});
