import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { extractArticles, parseActorsFile } from './index';
import { extractStory } from './test-story';

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

const COMPANIES = `Company news roundup

NEW YORK, March 14, 2024 (AP) — Boeing said on Wednesday it had fired the head of its 737 Max program.

The planemaker's shares fell 4% in afternoon trading.

A jury in Delaware ordered Johnson & Johnson to pay $45 million on Monday.

The company said it would appeal the verdict.

Google parent Alphabet reported first-quarter revenue of $80.5 billion on Thursday.

Heavy rain caused flooding in Dubai on Tuesday.

Police arrested 12 protesters in Paris on Sunday.

Several people were injured on Monday.
`;

const companies: EventRecord[] = extractArticles([{ fileName: 'companies.txt', text: COMPANIES }], {
  actors,
}).events;

function inCompanies(text: string): EventRecord[] {
  return companies.filter((e) => e.sentence.includes(text));
}

describe('a company roundup', () => {
  it('reads a dateline with a year as the dateline: no "NEW YORK" or "AP" lane, "it" is the company', () => {
    expect(companies.map((e) => e.actor)).not.toContain('NEW YORK');
    expect(companies.map((e) => e.actor)).not.toContain('AP');
    expect(inCompanies("planemaker's shares").map((e) => e.actor)).toEqual(['Boeing']);
  });

  it('keeps a name joined by an ampersand whole, and the company that appeals is that one', () => {
    const paid = inCompanies('ordered Johnson').find((e) => e.predicate === 'pay');
    expect([paid?.actor, paid?.title]).toEqual(['Johnson & Johnson', 'Johnson & Johnson pays $45 million']);
    expect(inCompanies('appeal the verdict').map((e) => e.actor)).toEqual(['Johnson & Johnson']);
  });

  it('dates a report on its day, not by the quarter its figure covers', () => {
    const [e] = inCompanies('first-quarter revenue');
    expect([e?.start, e?.type, e?.title]).toEqual([
      '2024-03-14',
      'financial-results',
      'Alphabet reports first-quarter revenue of $80.5 billion',
    ]);
  });

  it('takes an adjective or a plural without "s" opening a sentence for no name', () => {
    expect(inCompanies('Heavy rain').map((e) => e.actor)).not.toContain('Heavy');
    expect(inCompanies('Police arrested').map((e) => [e.actor, e.title])).toEqual([
      ['', 'Police arrest 12 protesters'],
    ]);
    expect(inCompanies('Several people').map((e) => e.title)).toEqual(['Several people are injured']);
  });
});

const LEADS = `Leads

LONDON (Reuters) - Britain's inflation rate fell to 2.0% in May, official data showed on Wednesday.

Kenyan police fired tear gas at protesters in Nairobi on Tuesday.

Spain's Supreme Court on Monday ruled that the former head of the soccer federation must stand trial.
`;

const leads: EventRecord[] = extractStory(LEADS, '2024-06-14');

describe('leads', () => {
  it('titles a change in what a country owns as that thing\'s: "Britain\'s inflation rate fell"', () => {
    const [e] = leads.filter((x) => x.sentence.includes('inflation rate'));
    expect([e?.start, e?.actor, e?.title]).toEqual([
      '2024-05-01',
      'united-kingdom',
      "United Kingdom's inflation rate falls to 2.0%",
    ]);
  });

  it('reads police firing tear gas as a crackdown on a protest, not a dismissal', () => {
    const [e] = leads.filter((x) => x.sentence.includes('tear gas'));
    expect([e?.actor, e?.type, e?.title]).toEqual(['kenya', 'protest', 'Kenyan police fire tear gas']);
  });

  it('titles a ruling with what it ruled', () => {
    const [e] = leads.filter((x) => x.sentence.includes('ruled that'));
    expect([e?.start, e?.type, e?.title]).toEqual([
      '2024-06-10',
      'verdict',
      'Spain rules the former head of the soccer federation must stand trial',
    ]);
  });
});

const SPORT_AND_SCIENCE = `Sport and science

The Kansas City Chiefs defeated the San Francisco 49ers 25-22 in overtime to win the Super Bowl on Feb. 11.

The Food and Drug Administration approved the first vaccine for RSV in older adults on May 3.

Pfizer said on Tuesday it expects to launch the shot this year.
`;

const science: EventRecord[] = extractStory(SPORT_AND_SCIENCE, '2024-02-14');

describe('sport and science', () => {
  it('gives "to win" to the subject of the verb before, not to its object', () => {
    const won = science.find((e) => e.predicate === 'win');
    expect([won?.start, won?.actor]).toEqual(['2024-02-11', 'Kansas City Chiefs']);
  });

  it('keeps "Food and Drug Administration" one organisation', () => {
    const [e] = science.filter((x) => x.sentence.includes('Food and Drug'));
    expect([e?.actor, e?.title]).toEqual([
      'Food and Drug Administration',
      'Food and Drug Administration approves first vaccine',
    ]);
  });

  it('reads "expects to launch" as a plan', () => {
    const launch = science.find((e) => e.type === 'product-launch');
    expect([launch?.actor, launch?.factuality, launch?.title]).toEqual([
      'Pfizer',
      'planned',
      'Pfizer to launch shot',
    ]);
  });
});

describe('a regulator fines a utility', () => {
  const events = extractStory(
    'Water company fined\n\nThames Water has been fined £104m by the regulator Ofwat for breaching rules on sewage discharges.\n',
    '2025-05-22',
  );

  it('finds the doer after an amount and "by", and reads "fined" as "fine"', () => {
    expect(events.map((e) => [e.actor, e.type, e.predicate, e.title])).toEqual([
      ['Ofwat', 'verdict', 'fine', 'Ofwat fines Thames Water'],
    ]);
  });
});

describe('a deal named again', () => {
  const rows = (text: string): EventRecord[] => extractStory(text, '2025-03-04');

  it('files "the deal is expected to close" under the company that made the deal', () => {
    const events = rows(
      'Bakery sold\n\nHarlan Foods agreed to buy Pine Bakery on Monday.\n\nThe deal is expected to close in June.\n',
    );
    const close = events.find((e) => e.predicate === 'close');
    expect([close?.start, close?.actor, close?.type, close?.factuality, close?.title]).toEqual([
      '2025-06-01',
      'Harlan Foods',
      'transaction',
      'planned',
      "Harlan Foods' deal to close",
    ]);
  });

  it('leaves a deal no earlier sentence made without a doer', () => {
    const events = rows('Bakery sold\n\nThe deal is expected to close in June.\n');
    expect(events.map((e) => [e.actor, e.type])).toEqual([['', 'other']]);
  });
});

describe('events in a series', () => {
  const rows = extractStory(
    "Drills planned\n\nSeoul and Washington plan drills after the North's provocative run of missile tests this year.\n\nThey condemned North Korea's provocative streak in weapons demonstrations this year.\n",
    '2022-06-08',
  );

  it("gives the events of a series to the series' owner, and reads weapons demonstrations as tests", () => {
    // Both sentences tell of the same tests, so they make one row.
    expect(rows.filter((e) => e.type === 'missile-test').map((e) => [e.start, e.actor])).toEqual([
      ['2022-01-01', 'north-korea'],
    ]);
    expect(rows.some((e) => e.type === 'protest')).toBe(false);
  });
});

describe('courts, recalls and finals', () => {
  it('reads a court striking down a law as a ruling, and a group named with "for" as an organisation', () => {
    const events = extractStory(
      `Court strikes down rule\n\nThe Supreme Court on Thursday struck down the use of race in admissions.\n\nThe lawsuits were filed in 2014 by Students for Fair Admissions, a group founded by an activist.\n`,
      '2023-06-30',
    );
    const ruling = events.find((e) => e.sentence.includes('struck down'));
    expect([ruling?.type, ruling?.start]).toEqual(['verdict', '2023-06-29']);
    const suit = events.find((e) => e.sentence.includes('lawsuits were filed'));
    expect([suit?.type, suit?.actor, suit?.start]).toEqual([
      'lawsuit',
      'Students for Fair Admissions',
      '2014-01-01',
    ]);
  });

  it('reads the lead before its speaker, and no comment from one who did not respond', () => {
    const events = extractStory(
      `Carmaker recalls cars\n\nNorthwind Motors is recalling more than 2 million vehicles to fix a defective system, the Federal Vehicle Safety Administration said on Wednesday.\n\nDana Whitlock, the company's chief executive, did not respond to a request for comment.\n`,
      '2023-12-14',
    );
    const recall = events.find((e) => e.sentence.includes('is recalling'));
    expect([recall?.actor, recall?.title, recall?.start]).toEqual([
      'Northwind Motors',
      'Northwind Motors recalls more than 2 million vehicles',
      '2023-12-13',
    ]);
    expect(events.filter((e) => e.sentence.includes('request for comment'))).toEqual([]);
  });

  it('keeps a relative clause\'s date on its own verb, and "the team" on the club', () => {
    const events = extractStory(
      `Harbour City win the cup\n\nHarbour City won the Continental Cup for the first time on Saturday, beating Eastbrook Rovers 1-0 in the final.\n\nMensah scored the only goal, completing a treble for the English club after they won the Premier League earlier this season.\n\nCity manager Luis Mendes, who last won the competition with Porto in 2011, said it was "written in the stars".\n\nThe team will celebrate with a parade on Monday.\n`,
      '2023-06-11',
    );
    const said = events.find((e) => e.sentence.includes('written in the stars') && e.type === 'statement');
    expect(said?.start).toBe('2023-06-10');
    const before = events.find((e) => e.start === '2011-01-01');
    expect(before?.title).toBe('Mendes wins competition with Porto');
    const parade = events.find((e) => e.sentence.includes('parade'));
    expect(parade?.actor).toBe('Harbour City');
    expect(events.some((e) => e.actor === 'English')).toBe(false);
  });
});

describe('storms, earnings and run-offs', () => {
  it('counts the dead as a passive subject', () => {
    const events = extractStory(
      `Storm kills dozens\n\nAt least 27 people were killed, the security minister said on Thursday.\n`,
      '2023-10-27',
    );
    expect(events.find((e) => e.sentence.includes('were killed'))?.title).toMatch(
      /^(?:At least )?27 people are killed/,
    );
  });

  it('reads an earnings report without the period it covers, and dates a gerund after "after" apart', () => {
    const events = extractStory(
      `Chipmaker revenue triples\n\nThe chipmaker reported revenue of $18.12 billion for the quarter ended October 29, up 206 percent from a year earlier.\n\nNet income rose to $9.24 billion.\n\nIts shares fell 1 percent in extended trading after closing at a record high on Tuesday.\n`,
      '2023-11-22',
    );
    expect(events.some((e) => /quarter ends/i.test(e.title))).toBe(false);
    expect(events.find((e) => e.sentence.includes('reported revenue'))?.start).toBe('2023-11-22');
    const income = events.find((e) => e.sentence.startsWith('Net income'));
    expect([income?.actor, income?.title]).toEqual(['', 'Net income rises to $9.24 billion']);
    const shares = events.filter((e) => e.sentence.includes('extended trading'));
    expect(shares.map((e) => [e.type, e.start])).toEqual([['market-move', '2023-11-22']]);
  });

  it('reads a presidential run-off as an election and taking office as an appointment', () => {
    const events = extractStory(
      `Economist wins run-off\n\nJavier Milei won Argentina's presidential run-off on Sunday, defeating Sergio Massa.\n\nMilei, who has promised to close the central bank, will take office on December 10.\n`,
      '2023-11-21',
    );
    const won = events.find((e) => e.sentence.includes('run-off'));
    expect([won?.type, won?.title, won?.start]).toEqual([
      'election',
      "Milei wins Argentina's presidential run-off",
      '2023-11-19',
    ]);
    const office = events.find((e) => e.sentence.includes('take office'));
    expect([office?.type, office?.factuality, office?.start]).toEqual([
      'appointment',
      'planned',
      '2023-12-10',
    ]);
  });
});
