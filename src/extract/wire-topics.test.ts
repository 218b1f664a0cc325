import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * A wire digest across topics (courts, elections, sport, disasters, companies), written for these
 * tests in the way agency copy reads, and the rows a reader of each paragraph would expect.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

const DIGEST = `World news in brief

LONDON, Oct. 7, 2022 (Reuters) - A federal judge on Tuesday blocked the state from enforcing a new law.

In Brazil, voters went to the polls on Sunday to choose a president.

Lula won 50.9% of the votes, the electoral court said.

Real Madrid beat Liverpool 1-0 in the Champions League final in Paris on Saturday.

Vinicius Junior scored the only goal in the 59th minute.

The storm made landfall near Fort Myers on Wednesday afternoon as a Category 4 hurricane.

General Motors' shares lost 15.5% on Thursday after the carmaker warned about its cash.
`;

const events: EventRecord[] = extractArticles([{ fileName: 'digest.txt', text: DIGEST }], { actors }).events;

function from(text: string): EventRecord[] {
  return events.filter((e) => e.sentence.includes(text));
}

describe('a wire digest across topics', () => {
  it('reads going to the polls as the election, on its day', () => {
    expect(from('went to the polls').map((e) => [e.start, e.type])).toEqual([['2022-10-02', 'election']]);
  });

  it('reads winning a share of the votes as an election result', () => {
    expect(from('50.9%').map((e) => [e.actor, e.type])).toEqual([['Lula', 'election']]);
  });

  it('files a club named after a capital under the club, not the state', () => {
    expect(from('Real Madrid').map((e) => [e.start, e.actor, e.type, e.title])).toEqual([
      ['2022-10-01', 'Real Madrid', 'sports-result', 'Real Madrid beats Liverpool 1-0'],
    ]);
  });

  it('dates a goal further down the story on the day of the match it belongs to', () => {
    const [goal] = from('only goal');
    expect([goal?.start, goal?.type, goal?.title]).toEqual([
      '2022-10-01',
      'sports-result',
      'Vinicius scores only goal',
    ]);
  });

  it("reads a storm's landfall as the disaster's day", () => {
    const [e] = from('made landfall');
    expect([e?.start, e?.type, e?.title]).toEqual([
      '2022-10-05',
      'disaster',
      'Storm makes landfall near Fort Myers',
    ]);
  });

  it('ends the object of a title where a clause of its own begins', () => {
    const [e] = from('lost 15.5%');
    expect(e?.title).toMatch(/loses? 15\.5%$/);
  });
});
