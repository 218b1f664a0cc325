import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

/** Every token's offsets must cut exactly its text out of the sentence. */
function expectExactOffsets(text: string): void {
  const tokens = tokenize(text);
  expect(tokens.length).toBeGreaterThan(0);
  for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
}

describe('tokens stage', () => {
  it('offsets cut each token out of a quote in curly quotation marks', () => {
    const text = '“We didn’t expect it,” the coach said of the club’s 3-1 loss to Arsenal.';
    expectExactOffsets(text);
    const words = tokenize(text).map((t) => t.text);
    expect(words).toContain('“');
    expect(words).toContain('”');
    expect(words).toContain('Arsenal');
  });

  it('offsets stay exact across contractions with straight and curly apostrophes', () => {
    expectExactOffsets("The governor can't sign a bill she hasn't read, officials said.");
    expectExactOffsets('The governor can’t sign a bill she hasn’t read, officials said.');
    const tokens = tokenize("The regulator won't comment.");
    const negation = tokens.find((t) => t.lower === "n't");
    expect(negation?.lemma).toBe('not');
  });

  it('offsets stay exact across hyphenated words, dashes, ellipses and runs of spaces', () => {
    expectExactOffsets('The U.S.-led coalition’s year-end review — due Friday… won’t be public.');
    expectExactOffsets('Prices rose 3.5%   in  January, the fastest pace since 1991.');
    expectExactOffsets('The co-founder of the well-known start-up stepped down on Monday.');
  });

  it('offsets stay exact after characters outside the basic plane and accented letters', () => {
    expectExactOffsets('Fans posted 🎉 after Zoë Müller’s late goal in São Paulo on Sunday.');
  });

  it('keeps no whitespace tokens and gives lower-case lemmas', () => {
    const tokens = tokenize('Protesters   Marched\n\nthrough Nairobi on Tuesday.');
    expect(tokens.every((t) => t.text.trim() !== '')).toBe(true);
    for (const t of tokens) {
      expect(t.lower).toBe(t.text.toLowerCase());
      expect(t.lemma).toBe(t.lemma.toLowerCase());
    }
    expect(tokens.find((t) => t.text === 'Marched')?.lemma).toBe('march');
  });

  it('tags the main verb of a news sentence as a verb with its base form as lemma', () => {
    const tokens = tokenize('The central bank raised interest rates on Wednesday.');
    const raised = tokens.find((t) => t.text === 'raised');
    expect(raised?.pos).toBe('VERB');
    expect(raised?.lemma).toBe('raise');
  });

  it('offsets increase and stay inside the text for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        let previousEnd = 0;
        for (const t of tokenize(text)) {
          if (t.start < previousEnd || t.end < t.start || t.end > text.length) return false;
          previousEnd = t.end;
        }
        return true;
      }),
      { numRuns: 200, seed: 20240308 },
    );
  });

  it('offsets cut each token out of the text for any string', () => {
    const words = fc.constantFrom(
      'Ministers',
      'didn’t',
      "won't",
      '“Yes,”',
      'co-chair',
      '—',
      '3.5%',
      'U.S.',
      'O’Neill',
      '...',
      '\n\n',
      '  ',
      '🎉',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 8 })), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        return tokenize(text).every((t) => text.slice(t.start, t.end) === t.text);
      }),
      { numRuns: 200, seed: 20240308 },
    );
  });
});
