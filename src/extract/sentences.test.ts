import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('does not split after abbreviations, initials or decimals', () => {
    const text =
      'Gen. Mark Milley met U.S. officials in N. Korea talks. The deal is worth 3.5 billion dollars. He left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Gen. Mark Milley met U.S. officials in N. Korea talks.',
      'The deal is worth 3.5 billion dollars.',
      'He left.',
    ]);
  });

  it('splits after a unit glued to a number, which is no initial', () => {
    expect(splitSentences('Heathrow passed 40C. Dozens of sites broke records.').map((s) => s.text)).toEqual([
      'Heathrow passed 40C.',
      'Dozens of sites broke records.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits after it', () => {
    const text = '“The US should keep in mind,” Choe said. He said Washington must abandon “its policy.”';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '“The US should keep in mind,” Choe said.',
      'He said Washington must abandon “its policy.”',
    ]);
  });

  it('ends a sentence at a paragraph break even without a full stop', () => {
    expect(splitSentences('Why it matters\n\nTurkey will host talks.').map((s) => s.text)).toEqual([
      'Why it matters',
      'Turkey will host talks.',
    ]);
  });

  it('gives offsets that point at the sentence text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
        }
      }),
    );
  });
});
