import { describe, expect, it } from 'vitest';
import { centralRow, inverseDocumentFrequency, oneLine, rowWords, sentenceWords } from './central-sentence';
import { testRecord } from './test-records';

const rows = [
  testRecord({
    id: 'side',
    start: '2008-10-10',
    sentence_index: 9,
    sentence: 'Traders in Tokyo said they expected a quiet weekend.',
  }),
  testRecord({
    id: 'ftse',
    start: '2008-10-10',
    sentence_index: 1,
    sentence:
      'The FTSE 100 fell 8.8% on Friday, its worst day since the 1987 crash, as stock markets fell worldwide.',
  }),
  testRecord({
    id: 'nikkei',
    start: '2008-10-10',
    sentence_index: 2,
    sentence: 'The Nikkei 225 fell 9.6% on Friday as stock markets across Asia fell.',
  }),
  testRecord({
    id: 'dow',
    start: '2008-10-10',
    sentence_index: 3,
    sentence: 'Stock markets fell again on Friday: the Dow Jones fell 128 points.',
  }),
];

describe('centralRow', () => {
  it('picks the sentence that shares the most weighted words with the rest of the day', () => {
    const words = rows.map(rowWords);
    expect(centralRow(rows, words, inverseDocumentFrequency(words)).id).not.toBe('side');
  });

  it('lets a row reported by several articles pull the choice towards itself', () => {
    const reported = rows.map((r) =>
      r.id === 'nikkei' ? { ...r, also_reported_in: ['b#1', 'c#1', 'd#1'] } : r,
    );
    const words = reported.map(rowWords);
    const idf = inverseDocumentFrequency(words);
    // Four reports of the same words agree with each other.
    expect(centralRow(reported, words, idf).id).toBe('nikkei');
  });

  it('breaks a tie by the lead, so two unrelated sentences give the earlier one', () => {
    const pair = [rows[0], rows[1]].filter((r) => r !== undefined);
    const words = pair.map(rowWords);
    const none = () => 1;
    expect(
      centralRow(
        pair,
        words.map(() => []),
        none,
      ).id,
    ).toBe('ftse');
  });
});

describe('text helpers', () => {
  it('lower-cases words of three letters or more and drops possessive s', () => {
    expect(sentenceWords("Apple's CEO and the iPod: 3 of 10")).toEqual([
      'apple',
      'ceo',
      'and',
      'the',
      'ipod',
    ]);
  });

  it('weighs rare words over common ones', () => {
    const idf = inverseDocumentFrequency([
      ['the', 'dow'],
      ['the', 'ftse'],
      ['the', 'nikkei'],
    ]);
    expect(idf('dow')).toBeGreaterThan(idf('the'));
  });

  it('puts a sentence on one line', () => {
    expect(oneLine(testRecord({ id: 'x', start: '2008-10-10', sentence: 'Markets\n  fell\tagain.' }))).toBe(
      'Markets fell again.',
    );
  });
});
