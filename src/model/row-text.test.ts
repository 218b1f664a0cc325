import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RowTextStore, TextChunkWriter } from './row-text';

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
});
