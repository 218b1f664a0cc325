import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractStory, rowsFrom as from } from './test-story';

/**
 * Events that hide in a clause of their own or behind a light verb: a date that opens a "when" clause
 * or a clause after ", and"; a subject separated from its verb by an aside between commas; "had a
 * gain"; a meeting "to be held" on a day; going on television; an accident report with its dead, its
 * inquiries and its closures. The articles are written for these
 * tests.
 */
const extract = (text: string, published = '2024-10-21'): EventRecord[] => extractStory(text, published);

const HISTORY = `Markets remember a bad day

Today marked an anniversary, when 30 years ago, the Harlan Exchange market crashed in a single morning.

Northwind was founded by two engineers in 1990, and in 1995 its first scanner was released to the public.

Northwind was started by two engineers in 1990, and opened a plant in Ohio in 1996.
`;

describe('a date that opens a clause', () => {
  const events = extract(HISTORY);

  it('dates the verb of a "when" clause, not the verb before it', () => {
    const [crash] = from(events, 'market crashed');
    expect(crash?.start.slice(0, 4)).toBe('1994');
    expect(crash?.type).toBe('market-move');
    expect(crash?.title).toMatch(/Harlan Exchange market crashes/);
  });

  it('dates the clause after ", and" that it opens', () => {
    const release = from(events, 'first scanner').find((e) => e.title.includes('released'));
    expect(release?.start.slice(0, 4)).toBe('1995');
  });

  it('does not carry a date after its verb into the next clause', () => {
    const plant = from(events, 'opened a plant').find((e) => /open/i.test(e.title));
    expect(plant?.start.slice(0, 4)).toBe('1996');
    expect(events.some((e) => e.start.startsWith('1990') && /open/i.test(e.title))).toBe(false);
  });
});

const MARKETS = `Stocks end a volatile week

Every stock in the Harlan 30, other than Calloway Foods, either lost ground or stayed even on Friday.

The major indicators in the exchange had a gain of around 4 percent on Friday.

The company has 500 employees and a plant in Ohio.

The Harlan 30 has today gone up in value by 2%.
`;

describe('subjects behind asides, and light verbs', () => {
  const events = extract(MARKETS);

  it('finds the subject before an aside between commas', () => {
    const [lost] = from(events, 'either lost ground');
    expect(lost?.title).toBe('Every stock in the Harlan 30 lost ground');
  });

  it('reads "had a gain" as a market move, posted', () => {
    const [gain] = from(events, 'had a gain');
    expect(gain?.type).toBe('market-move');
    expect(gain?.title).toBe('Major indicators post gain');
    expect(gain?.start).toBe('2024-10-18');
  });

  it('makes no event of "has" with a plain object, and keeps "has gone up" one verb', () => {
    expect(from(events, '500 employees')).toEqual([]);
    const [up] = from(events, 'gone up');
    expect(up?.title).toMatch(/goes up in value/);
  });
});

const MEETINGS = `Calloway sets a date

Calloway Software announced on Monday another product event to be held on November 12.

President Ana Ruiz went on national television on Sunday to calm the public.
`;

describe('meetings in the passive, addresses on air', () => {
  const events = extract(MEETINGS);

  it('makes a planned meeting of an event "to be held" on a day', () => {
    const meeting = from(events, 'to be held').find((e) => e.type === 'meeting');
    expect(meeting?.start).toBe('2024-11-12');
    expect(meeting?.factuality).toBe('planned');
    expect(meeting?.title).toBe('Product event to be held');
  });

  it('reads going on television as an address', () => {
    const [address] = from(events, 'national television');
    expect(address?.type).toBe('statement');
    expect(address?.start).toBe('2024-10-20');
    expect(address?.title).toMatch(/^Ruiz goes on national television/);
  });
});

const ACCIDENT = `Train derails near Cremona

Four people were killed and dozens injured on Tuesday when a regional train derailed near Cremona.

Rail operator Ferrovia Nord said it had opened an internal investigation, and prosecutors in Cremona have launched a criminal inquiry.

Two of the victims were train drivers.

Transport minister Elena Conti visited the site on Tuesday afternoon.

The line between Cremona and Brescia was closed on Tuesday.

Police shot dead a gunman in Brescia on Wednesday.
`;

describe('an accident report', () => {
  const events = extract(ACCIDENT, '2024-10-24');

  it('dates both verbs before one date, and titles the dead as victims', () => {
    const [killed] = from(events, 'were killed');
    expect(killed?.start).toBe('2024-10-22');
    expect(killed?.title).toBe('Four people are killed in Cremona');
  });

  it('keeps a second main clause with its own doer as a second event', () => {
    const inquiry = from(events, 'prosecutors').find((e) => e.type === 'investigation');
    expect(inquiry?.title).toBe('Prosecutors launch criminal inquiry');
    const saying = from(events, 'prosecutors').find((e) => e.type === 'statement');
    expect(saying?.actor).toBe('Ferrovia Nord');
    expect(events.some((e) => e.actor === 'Rail' || e.agent === 'Rail')).toBe(false);
  });

  it('makes no event of a noun that the tagger called a verb after "were"', () => {
    expect(from(events, 'train drivers')).toEqual([]);
  });

  it('says what was visited', () => {
    expect(from(events, 'visited the site')[0]?.title).toBe('Conti visits site');
  });

  it('finds the subject before two names in a prepositional phrase', () => {
    const [closed] = from(events, 'was closed');
    expect(closed?.type).toBe('closure');
    expect(closed?.title).toBe('Line is closed');
    expect(closed?.actor).toBe('');
  });

  it('reads "shot dead" as an attack by its subject', () => {
    const [shot] = from(events, 'shot dead');
    expect(shot?.type).toBe('attack');
    expect(shot?.title).toBe('Police shoot dead a gunman in Brescia');
  });
});

describe('attribution with "according to"', () => {
  it('lets the news win over the release of the figures on the same day', () => {
    const events = extract(
      `Voters back change\n\nVoters have backed the new constitution, according to preliminary results released on Monday by the electoral commission.\n`,
    );
    const rows = from(events, 'have backed');
    expect(rows.map((e) => e.title)).toEqual(['Voters back new constitution']);
  });
});

describe('a process that begins or resumes', () => {
  const events = extract(
    `Phones and talks\n\nPre-orders of the recently announced Calloway X2 began on Tuesday, overwhelming the company's website.\n\nTalks between the two sides resumed on Monday.\n`,
    '2024-10-23',
  );

  it('is the event its subject names, on its day', () => {
    const [sale] = from(events, 'Pre-orders');
    expect([sale?.type, sale?.start]).toEqual(['product-launch', '2024-10-22']);
    expect(sale?.title).toMatch(/goes on sale$/);
    const [talks] = from(events, 'resumed');
    expect([talks?.type, talks?.title, talks?.start]).toEqual(['meeting', 'Talks resume', '2024-10-21']);
  });
});
