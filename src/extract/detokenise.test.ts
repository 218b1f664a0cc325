import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detokenise, detokeniseLine, isPreTokenised } from './detokenise';
import { splitSentences } from './sentences';
import { splitArticles } from './split-articles';

/** The SemEval-2015 TimeLine documents: Wikinews articles stored as tokens with sentence numbers. */
const SEMEVAL = '../shared/corpora/wikinews-dev/semeval2015-timeline/apple-trial-docs';

/** A document of SEMEVAL as research corpora hand it over: one sentence of tokens per line. */
function tokenLines(xml: string): string[] {
  const bySentence = new Map<string, string[]>();
  for (const m of xml.matchAll(/<token number="\d+" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const token = (m[2] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    bySentence.set(m[1] ?? '', [...(bySentence.get(m[1] ?? '') ?? []), token]);
  }
  return [...bySentence.values()].map((tokens) => tokens.join(' '));
}

/** A small Penn Treebank tokeniser for the round trip: the habits detokeniseLine undoes. */
function ptbTokenise(text: string): string {
  let quote = 0;
  return text
    .replace(/"/g, () => (quote++ % 2 === 0 ? ' `` ' : " '' "))
    .replace(/\(/g, ' -LRB- ')
    .replace(/\)/g, ' -RRB- ')
    .replace(/n't\b/g, " n't")
    .replace(/'(s|re|ve|ll|d|m)\b/g, " '$1")
    .replace(/([,;:?!%])/g, ' $1 ')
    .replace(/\.$/, ' .')
    .replace(/\$/g, ' $ ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('detokeniseLine', () => {
  it.each([
    [
      "SAN JOSE , Calif. -LRB- AP -RRB- -- A jury found that Samsung copied Apple 's iPhone .",
      "SAN JOSE, Calif. (AP) -- A jury found that Samsung copied Apple's iPhone.",
    ],
    [
      "`` We do n't think it 's fair , '' a Samsung lawyer said .",
      '"We don\'t think it\'s fair," a Samsung lawyer said.',
    ],
    ['The verdict was the largest in the U.S. .', 'The verdict was the largest in the U.S.'],
    [
      'Shares fell 7.5 % to $ 348.8 billion ; analysts were surprised !',
      'Shares fell 7.5% to $348.8 billion; analysts were surprised!',
    ],
    [
      "The players ' union said it was gon na fight , and the firm ca n't stop them .",
      "The players' union said it was gonna fight, and the firm can't stop them.",
    ],
    ['He paused . . . and left -lrb- briefly -rrb- .', 'He paused... and left (briefly).'],
    ['He said " we will win . "', 'He said "we will win."'],
    ["as Apple ' s C.E.O. , I would", "as Apple's C.E.O., I would"],
  ])('rejoins %j', (tokens, text) => {
    expect(detokeniseLine(tokens)).toBe(text);
  });

  it('closes a quote opened on an earlier line when it ends its own line', () => {
    expect(detokenise('He said , " we will win .\nThat day has come . "')).toBe(
      'He said, "we will win.\nThat day has come."',
    );
  });

  it('undoes what a PTB tokeniser does to a sentence, whatever its words', () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
    const piece = fc.oneof(
      word,
      word.map((w) => `${w},`),
      word.map((w) => `(${w})`),
      word.map((w) => `"${w}"`),
      word.map((w) => `${w}'s`),
      fc.constantFrom("don't", "isn't", '$5', '12%', "we're"),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const sentence = `${pieces.join(' ')}.`;
        expect(detokeniseLine(ptbTokenise(sentence))).toBe(sentence);
      }),
    );
  });
});

describe('isPreTokenised', () => {
  it('recognises one PTB sentence per line and leaves written news alone', () => {
    const tokenised = readFileSync('data/fixtures/articles/general-verdict.txt', 'utf8')
      .split('\n')
      .map(ptbTokenise);
    expect(isPreTokenised(tokenised)).toBe(true);
    for (const name of readdirSync('data/articles'))
      expect(isPreTokenised(readFileSync(`data/articles/${name}`, 'utf8').split('\n'))).toBe(false);
    for (const name of readdirSync('data/fixtures/articles'))
      expect(isPreTokenised(readFileSync(`data/fixtures/articles/${name}`, 'utf8').split('\n'))).toBe(false);
  });

  it('takes one bracket escape as proof and one stray " ," in twenty lines as none', () => {
    expect(isPreTokenised(['The talks -LRB- in Geneva -RRB- ended'])).toBe(true);
    const written = Array.from({ length: 20 }, (_, i) => `Sentence ${i} of a written story.`);
    written[3] = 'A typo , in one line.';
    expect(isPreTokenised(written)).toBe(false);
  });
});

describe('pre-tokenised articles in splitArticles', () => {
  it.skipIf(!existsSync(SEMEVAL))(
    'reads every SemEval TimeLine document stored one sentence of tokens per line without losing a sentence',
    () => {
      for (const name of readdirSync(SEMEVAL)) {
        const lines = tokenLines(readFileSync(`${SEMEVAL}/${name}`, 'utf8'));
        const { articles } = splitArticles(lines.join('\n'));
        expect(articles, name).toHaveLength(1);
        const article = articles[0];
        expect(article?.pretokenised, name).toBe(true);
        // The headline is the title, "January 09 , 2008" a date line; every other line is a sentence.
        const bodyLines = lines.length - 1 - (article?.dateLines.length ?? 0);
        const sentences = splitSentences(article?.text ?? '');
        expect(sentences.length, name).toBeGreaterThanOrEqual(bodyLines);
        for (const s of sentences) expect(article?.text.slice(s.start, s.end)).toBe(s.text);
        expect(article?.text).not.toMatch(/ [,.;:] |-[LR]RB-|``|''| n't/);
      }
    },
  );

  it('detokenises a tokenised article and not the written one after it in the same file', () => {
    const tokenised =
      "Apple wins patent case\n\nA jury found that Samsung copied Apple 's iPhone .\nSamsung said it would appeal , Reuters reported .";
    const written =
      'Court rules on appeal\n\nThe court ruled on Monday , in a typo-ridden line.\nIt said more later.\nA third line.';
    const { articles } = splitArticles(`${tokenised}\n\n\n${written}`);
    expect(articles.map((a) => a.pretokenised)).toEqual([true, false]);
    expect(articles[0]?.text).toBe(
      "A jury found that Samsung copied Apple's iPhone.\n\nSamsung said it would appeal, Reuters reported.",
    );
    expect(articles[1]?.text).toContain('on Monday , in');
  });
});
