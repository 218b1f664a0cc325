import { describe, expect, it } from 'vitest';
import { ellipsize, fitName, nameForms } from './short-name';

// A monospace stand-in for canvas measurement: 8 px per character whatever the font.
const mono = (_font: string, text: string) => Array.from(text).length * 8;

describe('short lane names', () => {
  it('shortens from words: initials before the head noun, then all initials', () => {
    expect(nameForms('North Korea')).toEqual(['North Korea', 'N. Korea', 'NK']);
    expect(nameForms('Shanghai Cooperation Organisation')).toEqual([
      'Shanghai Cooperation Organisation',
      'S. C. Organisation',
      'SCO',
    ]);
    expect(nameForms('Bank of America')).toEqual(['Bank of America', 'B. America', 'BA']);
    expect(nameForms('Ukraine')).toEqual(['Ukraine']);
  });

  it('shortens the lane of rows with no actor to words, not to initials that would read as a name', () => {
    expect(nameForms('No actor named')).toEqual(['No actor named', 'No actor']);
    expect(fitName('No actor named', 80, '', mono)).toBe('No actor');
  });

  it('keeps the longest form that fits, a short name whole, and never cuts a word when a form fits', () => {
    expect(fitName('North Korea', 100, '', mono)).toBe('North Korea');
    expect(fitName('North Korea', 70, '', mono)).toBe('N. Korea');
    expect(fitName('North Korea', 40, '', mono)).toBe('NK');
    expect(fitName('Shanghai Cooperation Organisation', 70, '', mono)).toBe('SCO');
    expect(fitName('Politburo', 72, '', mono)).toBe('Politburo');
  });

  it('cuts with an ellipsis only what fits in no form, and never leaves a space before it', () => {
    expect(fitName('Politburo', 48, '', mono)).toBe('Polit…');
    expect(ellipsize('United Nations', 64, '', mono)).toBe('United…');
    const cut = ellipsize('Shanghai Cooperation Organisation', 100, '', mono);
    expect(cut).toBe('Shanghai Co…');
  });
});
