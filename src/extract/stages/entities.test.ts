import { describe, expect, it } from 'vitest';
import type { Entity, SentenceAnalysis } from '../analysis';
import { nameKey, shortFormsOf } from './entities';
import { analyse } from './test-analysis';

const PUBLISHED = '2024-03-08';

function sentencesOf(text: string): SentenceAnalysis[] {
  return analyse(text, PUBLISHED, { through: 'entities' }).sentences;
}

function entity(s: SentenceAnalysis | undefined, text: string): Entity {
  const found = s?.entities.find((e) => e.text === text);
  if (!found) {
    const names = s?.entities.map((e) => e.text).join(', ') ?? '';
    throw new Error(`no entity "${text}" in "${s?.text ?? ''}" (entities: ${names})`);
  }
  return found;
}

describe('entities stage', () => {
  it('a title before a name makes a person, and the title is not part of the name', () => {
    const [s] = sentencesOf('Judge Amit Mehta ruled on Monday that Google had broken antitrust law.');
    const judge = entity(s, 'Amit Mehta');
    expect([judge.name, judge.kind, judge.source]).toEqual(['Amit Mehta', 'person', 'discovered']);
  });

  it('a lower-case job title before a name makes a person', () => {
    const [s] = sentencesOf('The lawsuit was filed by union spokeswoman Sara Nelson on Tuesday.');
    expect(entity(s, 'Sara Nelson').kind).toBe('person');
  });

  it('"Boeing Co." and a later "Boeing" are one organisation under one name', () => {
    const [first, second] = sentencesOf('Boeing Co. said it would cut 2,000 jobs. Boeing shares fell 3%.');
    const full = entity(first, 'Boeing Co.');
    const short = entity(second, 'Boeing');
    expect(full.kind).toBe('organisation');
    expect(short.name).toBe(full.name);
    expect(short.kind).toBe('organisation');
  });

  it('a later short form of an organisation is the same organisation under its full name', () => {
    const [first, second] = sentencesOf(
      'The Dow Jones Industrial Average closed at its lowest level in six years on Thursday. The Dow has fallen 15 percent this year.',
    );
    expect(entity(first, 'Dow Jones Industrial Average').kind).not.toBe('person');
    expect(entity(second, 'Dow').name).toBe('Dow Jones Industrial Average');
  });

  it('an abbreviation in brackets, and the initials of a name, name the same organisation later', () => {
    const [, second, third] = sentencesOf(
      "Shares fell sharply on Friday. The Standard & Poor's 500 (S&P) fell by 9 points. General Motors said sales slumped, and GM shares fell.",
    );
    expect(entity(second, "Standard & Poor's 500").kind).not.toBe('person');
    expect(entity(third, 'GM').name).toBe('General Motors');
  });

  it('"and" joins one name only when an index number or a company suffix ends it', () => {
    const [index, countries, company] = sentencesOf(
      "The Standard and Poor's 500 index lost 26 points. Russia and China signed a deal. Procter and Gamble Co. said sales rose.",
    );
    expect(entity(index, "Standard and Poor's 500").kind).not.toBe('person');
    expect(countries?.entities.map((e) => e.text)).toEqual(['Russia', 'China']);
    expect(entity(company, 'Procter and Gamble Co.').kind).toBe('organisation');
  });

  it('a possessive joins a name only before its number or suffix: not "the Bank\'s 2% target"', () => {
    const [s] = sentencesOf("Inflation is more than double the Bank's 2% target, McDonald's Corp. said.");
    expect(s?.entities.map((e) => e.text)).not.toContain("Bank's 2");
    expect(entity(s, "McDonald's Corp.").kind).toBe('organisation');
  });

  it('short forms: leading words that end on a capitalised word, initials, and a bracketed abbreviation', () => {
    expect(shortFormsOf('Dow Jones Industrial Average')).toEqual([
      'dow',
      'dow jones',
      'dow jones industrial',
      'djia',
    ]);
    expect(shortFormsOf("Standard & Poor's 500", 'S&P')).toContain('s&p');
    // Leading words that many names share are nobody's short form; initials still are.
    expect(shortFormsOf('Bank of America')).toEqual(['ba']);
    expect(shortFormsOf('United Airlines')).toEqual(['ua']);
    expect(shortFormsOf('Boeing')).toEqual([]);
    // A bracketed word that is not an abbreviation is none.
    expect(shortFormsOf('Apple Inc.', 'the maker')).not.toContain('the maker');
  });

  it('"the index" points back to the latest name with that word in it', () => {
    const [, second] = sentencesOf(
      "London's FTSE 100 index rose 2% on Monday. The index closed at its highest level since June.",
    );
    expect(entity(second, 'The index').name).toBe('FTSE 100');
  });

  it('a country before a market or a company does not own it; before a ministry it does', () => {
    const [s] = sentencesOf(
      "Japan's Nikkei 225 fell 2% and the British FTSE gained 1%, while Iran's Foreign Ministry said talks would resume.",
    );
    expect(entity(s, 'Nikkei 225').affiliation).toBe('');
    expect(entity(s, 'FTSE').affiliation).toBe('');
    expect(entity(s, 'Foreign Ministry').affiliation).toBe('iran');
  });

  it('nameKey compares a company with and without its suffix and possessive', () => {
    expect(nameKey('Boeing Co.')).toBe(nameKey('Boeing'));
    expect(nameKey("Boeing's")).toBe(nameKey('Boeing'));
    expect(nameKey('the Boeing Co.')).toBe('boeing');
  });

  it('a surname later in the article resolves to the full name', () => {
    const [first, second] = sentencesOf(
      'Chief Executive Dave Calhoun told analysts the cuts were painful. Calhoun said the company would recover.',
    );
    expect(entity(first, 'Dave Calhoun').kind).toBe('person');
    const later = entity(second, 'Calhoun');
    expect([later.name, later.kind]).toEqual(['Dave Calhoun', 'person']);
  });

  it('"he" and "she" in the next sentence refer to the latest person named', () => {
    const [, second] = sentencesOf(
      "Dr. Maria Van Kerkhove, the WHO's technical lead, said cases were rising. She urged countries to test more.",
    );
    const she = entity(second, 'She');
    expect([she.name, she.kind, she.source]).toEqual(['Maria Van Kerkhove', 'person', 'anaphor']);
  });

  it('"Apple CEO Steve Jobs" names Apple and Steve Jobs, and Jobs speaks for Apple', () => {
    const [s] = sentencesOf('Apple CEO Steve Jobs unveiled the iPhone in San Francisco on Tuesday.');
    const jobs = entity(s, 'Steve Jobs');
    expect(entity(s, 'Apple').name).toBe('Apple');
    expect(jobs.kind).toBe('person');
    expect(jobs.affiliation).toBe('Apple');
  });

  it('the name before a CEO title is an organisation', () => {
    const [s] = sentencesOf('Apple CEO Steve Jobs unveiled the iPhone in San Francisco on Tuesday.');
    expect(entity(s, 'Apple').kind).toBe('organisation');
  });

  it('"Israeli Prime Minister Benjamin Netanyahu" is a person affiliated to Israel', () => {
    const [s] = sentencesOf('Israeli Prime Minister Benjamin Netanyahu spoke to reporters on Friday.');
    const pm = entity(s, 'Benjamin Netanyahu');
    expect([pm.kind, pm.affiliation]).toEqual(['person', 'israel']);
    expect(entity(s, 'Israeli').actorId).toBe('israel');
  });

  it('a demonym before a title ties a person missing from actors.json to that country', () => {
    const [first, second] = sentencesOf(
      'Kenyan President William Ruto signed the finance bill on Wednesday. Ruto said the taxes were needed.',
    );
    const ruto = entity(first, 'William Ruto');
    expect([ruto.kind, ruto.source, ruto.affiliation]).toEqual(['person', 'discovered', 'kenya']);
    expect(entity(second, 'Ruto').affiliation).toBe('kenya');
  });

  it('an organisation before a title ties the person to it: "Bank of England Governor Andrew Bailey"', () => {
    const [s] = sentencesOf('Bank of England Governor Andrew Bailey said inflation would fall this year.');
    // A central bank is an organisation of its own, not its country's government.
    expect(entity(s, 'Bank of England').kind).toBe('organisation');
    expect(entity(s, 'Andrew Bailey').affiliation).toBe('Bank of England');
  });

  it('a capital after "in" is a place, not the state that governs from it', () => {
    const [s] = sentencesOf('Thousands of protesters gathered in Nairobi on Tuesday.');
    const nairobi = entity(s, 'Nairobi');
    expect(nairobi.kind).toBe('place');
    expect(nairobi.actorId).toBe('');
  });

  it('"the company" refers to the latest organisation named', () => {
    const [, second] = sentencesOf(
      'Goldman Sachs Group Inc. reported higher quarterly profits on Monday. The company said trading was strong.',
    );
    const company = entity(second, 'company');
    expect([company.name, company.source]).toEqual(['Goldman Sachs Group Inc.', 'anaphor']);
  });

  it("a wire dateline's place names are not entities of the sentence", () => {
    const [s] = sentencesOf('NAIROBI, Kenya, Jan. 9 (Reuters) - The parliament passed the finance bill.');
    expect(s?.entities).toEqual([]);
    expect(s?.mentions).toEqual([]);
  });

  it('"Kenya Airways" is one organisation, not the state of Kenya', () => {
    const [s] = sentencesOf('Kenya Airways cancelled 40 flights on Monday.');
    const airline = entity(s, 'Kenya Airways');
    expect(airline.kind).toBe('organisation');
    expect(s?.entities.some((e) => e.actorId === 'kenya')).toBe(false);
  });

  it('a football club named after a city is one organisation: "Real Madrid"', () => {
    const [s] = sentencesOf('Real Madrid beat Barcelona 3-1 on Sunday.');
    expect(entity(s, 'Real Madrid').kind).toBe('organisation');
    expect(s?.entities.some((e) => e.actorId === 'spain')).toBe(false);
  });

  it('a part of a capital stays the place: "Central Moscow"', () => {
    const [s] = sentencesOf('Central Moscow was quiet on Sunday.');
    expect(s?.entities.some((e) => e.actorId === 'russia')).toBe(true);
  });

  it('a common noun capitalised at the start of a sentence is not a name', () => {
    const [officials, lawmakers] = sentencesOf(
      'Officials said the bridge would reopen on Friday. Lawmakers approved the budget.',
    );
    expect(officials?.entities.map((e) => e.text)).toEqual([]);
    expect(lawmakers?.entities.map((e) => e.text)).toEqual([]);
  });

  it('a portfolio before a minister\'s title is part of the title, not an organisation: "Defense Minister"', () => {
    const [s] = sentencesOf('Health Minister Paula Reyes said 12 clinics would reopen.');
    expect(entity(s, 'Paula Reyes').affiliation).toBe('');
    expect(s?.entities.map((e) => e.text)).toEqual(['Paula Reyes']);
  });

  it('"the team" and "the club" point back at the club named before', () => {
    const [, team, club] = sentencesOf(
      'Northgate United won the league on Saturday. The team will tour Asia in July. The club said ticket sales rose.',
    );
    expect(entity(team, 'team').name).toBe('Northgate United');
    expect(entity(club, 'club').name).toBe('Northgate United');
  });

  it('an organisation word before "of" makes one organisation though a title ends it: "Court of Justice"', () => {
    const [s] = sentencesOf("Chile's Supreme Court of Justice said on Monday the vote was valid.");
    const court = entity(s, 'Supreme Court of Justice');
    expect([court.kind, court.affiliation]).toEqual(['organisation', 'chile']);
  });

  it('a hyphenated surname stays one name: "Karine Jean-Pierre"', () => {
    const [s] = sentencesOf(
      'White House spokeswoman Karine Jean-Pierre said the president would veto the bill.',
    );
    const spokeswoman = entity(s, 'Karine Jean-Pierre');
    expect([spokeswoman.kind, spokeswoman.affiliation]).toEqual(['person', 'united-states']);
  });

  // The tagger reads sentence-initial "Ford" as a verb; the company suffix after it says it is a name.
  it('a company named at the start of a sentence keeps its first word: "Ford Motor Co."', () => {
    const [s] = sentencesOf('Ford Motor Co. recalled 30,000 trucks on Tuesday.');
    expect(entity(s, 'Ford Motor Co.').kind).toBe('organisation');
  });

  it('an airline name is an organisation, not a person: "Delta Air Lines"', () => {
    const [s] = sentencesOf('Delta Air Lines canceled 300 flights on Monday.');
    expect(entity(s, 'Delta Air Lines').kind).toBe('organisation');
  });

  it('"the Hang Seng index" is a thing, not a person: people are not named with "the"', () => {
    const [s] = sentencesOf('In Hong Kong, the Hang Seng index fell 5.5 percent on Monday.');
    expect(entity(s, 'Hang Seng').kind).toBe('unknown');
  });

  it('a model or index number ends a name: "FTSE 100", "Nikkei 225", "iPhone 4"; a figure does not', () => {
    const [s] = sentencesOf(
      'The FTSE 100 fell 2% on Monday while the Nikkei 225 rose and Apple sold 20 million phones.',
    );
    expect(entity(s, 'FTSE 100').name).toBe('FTSE 100');
    expect(entity(s, 'Nikkei 225').name).toBe('Nikkei 225');
    expect(s?.entities.some((e) => e.text.includes('20'))).toBe(false);
  });

  it('"Bank of America Corp." is one organisation, not a bank "of" and the United States', () => {
    const [s] = sentencesOf('Bank of America Corp. said on Friday it lost $2.24 billion.');
    const bank = entity(s, 'Bank of America Corp.');
    expect([bank.name, bank.kind, bank.actorId]).toEqual(['Bank of America Corp.', 'organisation', '']);
    expect(s?.entities.find((e) => e.text === 'it')?.name).toBe('Bank of America Corp.');
  });

  it('a name joined only by a hyphen is no person: "Wal-Mart"', () => {
    const [s] = sentencesOf('Apple passed Wal-Mart as the top music seller in February.');
    expect(entity(s, 'Wal-Mart').kind).not.toBe('person');
  });

  it('"it" after a bare name in the same sentence is that name, not an organisation of the sentence before', () => {
    const [, s] = sentencesOf(
      'Boeing said on Monday it delivered 30 jets. Later, Apple said on Monday it sold 20 million phones.',
    );
    expect(s?.entities.find((e) => e.text === 'it')?.name).toBe('Apple');
  });

  it('"it" in what an organisation said is that organisation, not a name in an aside or its owner', () => {
    const [s] = sentencesOf(
      'The Bank of America Corporation, the second-largest bank in the United States, has announced that it lost $2 billion.',
    );
    expect(s?.entities.find((e) => e.text === 'it')?.name).toBe('Bank of America Corporation');
    const [t] = sentencesOf(
      "Taiwan's Defence Ministry said it detected a record 153 Chinese military aircraft.",
    );
    expect(t?.entities.find((e) => e.text === 'it')?.name).toBe('Defence Ministry');
  });

  it('"Best Buy" in running text is one name, though the tagger reads "Buy" as a verb', () => {
    const [s] = sentencesOf('Apple passed electronics retailer Best Buy for the No. 2 spot in 2007.');
    expect(entity(s, 'Best Buy').name).toBe('Best Buy');
  });

  it('"the European company", "the U.S. planemaker" point back at the company, not at the country in the phrase', () => {
    const [lead, , next] = sentencesOf(
      'Airbus delivered 863 jets last year, overtaking Boeing as the largest planemaker, the European company said on Wednesday. Boeing handed over 380 aircraft in 2019. The U.S. planemaker fired its chief executive in December.',
    );
    expect(lead?.entities.find((e) => e.text === 'European company')?.name).toBe('Airbus');
    expect(lead?.entities.some((e) => e.actorId === 'european-union')).toBe(false);
    expect(next?.entities.find((e) => e.text === 'U.S. planemaker')?.name).toBe('Boeing');
  });
});
