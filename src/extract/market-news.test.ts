import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * Market and company news in the shapes wire copy writes it: an adverb set off by commas between the
 * subject and the verb, a level an index "struck", and hyphenated words in what a verb acted on.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

const ARTICLE = `Stocks mixed as gold slides

LONDON, March 12, 2025 (Reuters) - The FTSE 100, however, gained 0.8% on Wednesday.

Helios Energia, meanwhile, said it would cut 300 jobs.

Gold struck a two-year low on Tuesday.

A missile struck a hospital in Kharkiv on Monday.
`;

const events: EventRecord[] = extractArticles([{ fileName: 'markets.txt', text: ARTICLE }], {
  actors,
}).events;

function rowOf(text: string): EventRecord | undefined {
  return events.find((e) => e.sentence.includes(text));
}

describe('market news', () => {
  it('finds the subject across an adverb set off by commas', () => {
    expect([rowOf('however')?.actor, rowOf('however')?.title]).toEqual(['FTSE 100', 'FTSE 100 gains 0.8%']);
    expect(rowOf('meanwhile')?.actor).toBe('Helios Energia');
  });

  it('reads a level struck as a market move, and a missile that struck as an attack', () => {
    const gold = rowOf('Gold struck');
    expect([gold?.type, gold?.title]).toEqual(['market-move', 'Gold strikes two-year low']);
    expect(rowOf('missile struck')?.type).toBe('attack');
  });
});

describe('shares of a company', () => {
  const text = `Apple up

NEW YORK, June 15, 2010 (Reuters) - Shares of Apple Inc. rose $5.41 on Monday.
`;
  const rows = extractArticles([{ fileName: 'shares.txt', text }], { actors }).events;

  it('files "Shares of Apple Inc. rose" on the company lane, and "Shares" is no name', () => {
    expect(rows.map((e) => [e.start, e.actor, e.type, e.title])).toEqual([
      ['2010-06-14', 'Apple Inc.', 'market-move', 'Apple Inc. shares rise $5.41'],
    ]);
  });
});

describe('past tenses spelled like their base form', () => {
  const text = `Indexes at records

LONDON, April 17, 2025 (Reuters) - The CAC 40 hit a record high on Wednesday.

The Hang Seng 300 shed 1.4% on Tuesday. Volvo cut 1,500 jobs in Sweden on Monday.
`;
  const rows = extractArticles([{ fileName: 'records.txt', text }], { actors }).events;
  const row = (words: string): EventRecord | undefined => rows.find((e) => e.sentence.includes(words));

  it('reads "hit" and "shed" after an index and its number as verbs, though the tagger says nouns', () => {
    expect([row('hit a record')?.start, row('hit a record')?.type]).toEqual(['2025-04-16', 'market-move']);
    expect([row('shed 1.4%')?.start, row('shed 1.4%')?.type]).toEqual(['2025-04-15', 'market-move']);
  });

  it('reads "Volvo cut" as the past tense: the Monday is the one before publication', () => {
    const e = row('Volvo cut');
    expect([e?.start, e?.type, e?.quantity]).toEqual(['2025-04-14', 'layoffs', 1500]);
  });
});

describe('a name set off by commas after a common noun', () => {
  const text = `Markets fall

LONDON, May 15, 2025 (Reuters) - The primary UK index, the FTSE 100, dropped 2.4% on Wednesday.

The country's largest lender, HSBC Holdings, fell 4% on Monday.
`;
  const rows = extractArticles([{ fileName: 'apposition.txt', text }], { actors }).events;

  it('files the move under the name in the aside, not a country the noun mentions', () => {
    expect(rows.map((e) => [e.start, e.actor, e.type])).toEqual([
      ['2025-05-14', 'FTSE 100', 'market-move'],
      ['2025-05-12', 'HSBC Holdings', 'market-move'],
    ]);
  });
});
