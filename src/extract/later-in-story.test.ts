import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';

/**
 * What a story reports after its first paragraphs: sayings by named people with no date of their own,
 * a second clause that shares its date with the first, and headline-style titles for them. The
 * articles are written for these tests.
 */
const parsed = parseActorsFile(readFileSync('data/actors.json', 'utf8'), 'data/actors.json');
if (!parsed.ok) throw new Error(parsed.error);
const actors = parsed.value;

/** The rows read from the sentence that contains `text`. */
function from(events: readonly EventRecord[], text: string): EventRecord[] {
  return events.filter((e) => e.sentence.includes(text));
}

function extract(text: string): EventRecord[] {
  return extractArticles([{ fileName: 'story.txt', text }], { actors }).events;
}

const FLOODS = `Floods cut off northern towns

OSLO, April 9, 2025 (Reuters) - Floods closed three highways in northern Norway on Tuesday.

Rivers rose overnight. Schools shut. Trains stopped. Two bridges collapsed. Shops stayed closed.

Sweden also voiced concern.

Mayor Ines Duarte said the town would ask for state aid.

Health Minister Paula Reyes told local radio that 12 clinics would reopen.
`;

describe('undated sayings later in a story', () => {
  const events = extract(FLOODS);

  it('dates a named speaker late in the story at publication', () => {
    const e = events.find((x) => x.sentence.startsWith('Mayor Ines Duarte'));
    expect([e?.start, e?.type, e?.factuality, e?.date_basis, e?.agent]).toEqual([
      '2025-04-09',
      'statement',
      'asserted',
      'publication',
      'Ines Duarte',
    ]);
  });

  it('keeps the portfolio of a minister out of the lanes', () => {
    const e = events.find((x) => x.sentence.startsWith('Health Minister'));
    expect([e?.actor, e?.agent]).toEqual(['Paula Reyes', 'Paula Reyes']);
  });

  it('keeps the one-word object of "voiced" in the title', () => {
    expect(events.find((x) => x.sentence.startsWith('Sweden'))?.title).toBe('Sweden voices concern');
  });
});

const ARRESTS = `Police arrest 12 after riot

LIMA, May 6, 2025 (AP) - Police arrested 12 people on Monday after a riot outside the stadium, and prosecutors charged three men with arson.

The club's chairman, Hugo Salas, resigned on Sunday, and the league may fine the club.
`;

describe('a second main clause joined by ", and"', () => {
  const events = extract(ARRESTS);

  it("shares the first clause's date and makes a row of its own for its own doer", () => {
    const charge = events.find((x) => x.type === 'charge');
    expect([charge?.start, charge?.factuality, charge?.quantity]).toEqual(['2025-05-05', 'asserted', 3]);
    expect(events.find((x) => x.type === 'arrest')?.quantity).toBe(12);
  });

  it('lends no date to a clause that is hedged or in another tense', () => {
    expect(from(events, 'may fine the club').map((e) => e.predicate)).toEqual(['resign']);
  });
});

const TRIAL = `Drug maker fined over trial data

BOSTON, June 13, 2025 (AP) - A federal judge fined Corvane Pharma $40 million on Thursday over hidden trial data.

The company's shares fell 8% on Wednesday after the judge's ruling leaked. Investors sold heavily. Traders blamed the leak.

The board met in private. Analysts were divided. The stock recovered slightly. Employees waited for news.

Corvane fired its research chief, Alan Pike.

The firm had been under scrutiny since it said it destroyed records in 2019.

Corvane's long expected recall of the drug is now likely.
`;

describe('undated events below the top of a story', () => {
  const events = extract(TRIAL);

  it('dates a typed event by a named doer on the day of the lead', () => {
    const e = events.find((x) => x.sentence.startsWith('Corvane fired'));
    expect([e?.start, e?.actor, e?.type, e?.factuality]).toEqual([
      '2025-06-12',
      'Corvane Pharma',
      'resignation',
      'asserted',
    ]);
  });

  it('dates an undated event right after a dated past day by that day, not by the lead', () => {
    expect(from(events, 'Investors sold heavily').map((e) => e.start)).toEqual(['2025-06-11']);
  });

  it('dates no verb that is only a complement or a describing participle', () => {
    expect(from(events, 'destroyed records').map((e) => e.start)).not.toContain('2025-06-12');
    expect(from(events, 'long expected recall')).toEqual([]);
  });
});

const PLANT = `Brewer to shut plant

DUBLIN, Sept. 2, 2025 (Reuters) - Harlow Brewing will close its Cork brewery next year, the company said on Tuesday.

Harlow plans to cut 450 jobs in Ireland, Chief Executive Niamh Byrne told reporters.

The cuts came as rivals prepare to expand their Irish plants, The Associated Press said.
`;

describe('a typed event before a closing speaker', () => {
  const events = extract(PLANT);

  it("is the row, planned, in the doer's lane and on the day of its telling", () => {
    const e = events.find((x) => x.sentence.startsWith('Harlow plans'));
    expect([e?.start, e?.actor, e?.type, e?.factuality, e?.quantity]).toEqual([
      '2025-09-02',
      'Harlow Brewing',
      'layoffs',
      'planned',
      450,
    ]);
  });

  it('is not read out of a clause after "as", nor from a news outlet\'s report', () => {
    expect(from(events, 'rivals prepare to expand').filter((e) => e.type !== 'other')).toEqual([]);
  });
});
