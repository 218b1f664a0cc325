import { describe, expect, it } from 'vitest';
import type { SentenceAnalysis } from '../analysis';
import { predicateForDate } from './anchoring';
import {
  analyse,
  handBuiltDate,
  handBuiltPredicate,
  handBuiltSentence,
  predicate,
  sentenceAt,
} from './test-analysis';

/** A Monday: "on Friday" is 2024-03-08. */
const PUBLISHED = '2024-03-11';

function headWord(s: SentenceAnalysis, d: { start: number; end: number }): string | undefined {
  const p = predicateForDate(s, d);
  return p ? s.tokens[p.head]?.text : undefined;
}

describe('predicateForDate on a hand-built sentence', () => {
  it('gives each date to the predicate it follows: "apologized on Friday to Erdogan for a raid in 2010"', () => {
    const s = handBuiltSentence(
      'Netanyahu/PROPN apologized/VERB/apologize on/ADP Friday/PROPN to/ADP Erdogan/PROPN for/ADP a/DET raid/NOUN in/ADP 2010/NUM ./PUNCT',
    );
    handBuiltPredicate(s, 'apologized', { type: 'statement', reporting: true });
    handBuiltPredicate(s, 'raid', { kind: 'noun', type: 'attack' });
    const friday = handBuiltDate(s, 'Friday', 'Friday', { first: '2024-03-08' });
    const year = handBuiltDate(s, '2010', '2010', {
      first: '2010-01-01',
      last: '2010-12-31',
      precision: 'year',
    });
    expect(headWord(s, friday)).toBe('apologized');
    expect(headWord(s, year)).toBe('raid');
  });

  it('a date right before an event noun dates that noun, not the verb before it: "condemned the 2010 raid"', () => {
    const s = handBuiltSentence('Erdogan/PROPN condemned/VERB/condemn the/DET 2010/NUM raid/NOUN ./PUNCT');
    handBuiltPredicate(s, 'condemned', { type: 'statement', reporting: true });
    handBuiltPredicate(s, 'raid', { kind: 'noun', type: 'attack' });
    const year = handBuiltDate(s, '2010', '2010', {
      first: '2010-01-01',
      last: '2010-12-31',
      precision: 'year',
    });
    expect(headWord(s, year)).toBe('raid');
  });

  it('an opening date dates the first verb after it: "On Friday, the court ruled"', () => {
    const s = handBuiltSentence(
      'On/ADP Friday/PROPN ,/PUNCT the/DET court/NOUN ruled/VERB/rule that/SCONJ the/DET law/NOUN was/AUX invalid/ADJ ./PUNCT',
    );
    handBuiltPredicate(s, 'ruled', { type: 'verdict' });
    const friday = handBuiltDate(s, 'Friday', 'Friday', { first: '2024-03-08' });
    expect(headWord(s, friday)).toBe('ruled');
  });

  it('a date between the subject and the verb dates that verb: "Apple today unveiled"', () => {
    const s = handBuiltSentence(
      'Apple/PROPN today/NOUN unveiled/VERB/unveil a/DET new/ADJ iPad/PROPN ./PUNCT',
    );
    handBuiltPredicate(s, 'unveiled', { type: 'product-launch' });
    const today = handBuiltDate(s, 'today', 'today', { first: '2024-03-11' });
    expect(headWord(s, today)).toBe('unveiled');
  });

  it('a possessive date belongs to the noun it owns, never to the verb: "spoke at this year\'s conference"', () => {
    const s = handBuiltSentence(
      "The/DET minister/NOUN spoke/VERB/speak at/ADP this/DET year/NOUN 's/PART climate/NOUN conference/NOUN ./PUNCT",
    );
    handBuiltPredicate(s, 'spoke');
    handBuiltPredicate(s, 'conference', { kind: 'noun', type: 'meeting' });
    const year = handBuiltDate(s, 'this', 'year', {
      first: '2024-01-01',
      last: '2024-12-31',
      precision: 'year',
    });
    expect(headWord(s, year)).toBe('conference');
  });

  it('a possessive date with no event noun after it dates nothing', () => {
    const s = handBuiltSentence(
      "The/DET minister/NOUN praised/VERB/praise this/DET year/NOUN 's/PART budget/NOUN ./PUNCT",
    );
    handBuiltPredicate(s, 'praised', { type: 'statement' });
    const year = handBuiltDate(s, 'this', 'year', {
      first: '2024-01-01',
      last: '2024-12-31',
      precision: 'year',
    });
    expect(predicateForDate(s, year)).toBeNull();
  });

  it('a noun that restates its verb leaves the date with the verb: "said in a speech on Thursday"', () => {
    const s = handBuiltSentence(
      'Lai/PROPN said/VERB/say in/ADP a/DET speech/NOUN on/ADP Thursday/PROPN that/SCONJ talks/NOUN were/AUX possible/ADJ ./PUNCT',
    );
    handBuiltPredicate(s, 'said', { type: 'statement', reporting: true });
    handBuiltPredicate(s, 'speech', { kind: 'noun', type: 'statement' });
    const thursday = handBuiltDate(s, 'Thursday', 'Thursday', { first: '2024-03-07' });
    expect(headWord(s, thursday)).toBe('said');
  });
});

describe('predicateForDate on real sentences', () => {
  const first = (text: string, word: string, published = PUBLISHED): string | null => {
    const s = sentenceAt(analyse(text, published, { through: 'event type' }), 0);
    const d = s.dates[0];
    if (!d) throw new Error(`no date in "${text}"`);
    const p = predicateForDate(s, d);
    return p ? (s.tokens[p.head]?.text ?? null) : word === '' ? null : 'none';
  };

  it('a date between a determiner and a noun names the thing: "a breach of the 1991 settlement"', () => {
    expect(
      first('Apple Corps argued that the store was a breach of the 1991 settlement.', 'settlement'),
    ).toBe('settlement');
    expect(first('Apple Corps argued that the store broke the 1991 rules.', '')).toBeNull();
    expect(
      first('In a Wednesday media event, Apple Inc. released a new lineup of laptops.', 'released'),
    ).toBe('released');
  });

  it('a date inside a that-clause never dates the verb of saying', () => {
    expect(first('JPMorgan announced that they have had profits in the current year.', '')).toBeNull();
  });

  it('a date inside a noun phrase set off by a comma dates no verb before it', () => {
    expect(
      first("Northwind will pay $38 a share, a 27% premium to Calloway's closing price on Monday.", ''),
    ).toBeNull();
    // ... but a date right after the phrase's closing comma is the verb's.
    expect(first('Apple released the phone, its latest model, on Monday.', 'released')).toBe('released');
  });

  it('a period before a reported figure names the figure: "reported first-quarter revenue on Thursday"', () => {
    expect(first('Alphabet reported first-quarter revenue of $80.5 billion.', '')).toBeNull();
  });

  it('a date in a verbless phrase after ", but" dates no verb before it: "gained 0.77%, but after a large loss yesterday"', () => {
    expect(
      first('The British FTSE, however, gained 0.77%, but after a large loss yesterday.', ''),
    ).toBeNull();
  });
});

describe('time anchoring stage', () => {
  it('dates each predicate by the date that modifies it: Friday the apology, 2010 the raid', () => {
    const s = sentenceAt(
      analyse(
        'Israeli Prime Minister Benjamin Netanyahu apologized on Friday to Turkish President Recep Tayyip Erdogan for a raid in 2010.',
        PUBLISHED,
      ),
      0,
    );
    const apologized = predicate(s, 'apologized').time;
    const raid = predicate(s, 'raid').time;
    expect([apologized?.date.first, apologized?.how]).toEqual(['2024-03-08', 'own date']);
    expect([raid?.date.first, raid?.date.last]).toEqual(['2010-01-01', '2010-12-31']);
  });

  it('a lead with no date is dated at publication, approximately, with basis "publication"', () => {
    const s = sentenceAt(
      analyse('Wildfires forced thousands of residents to flee their homes in southern Chile.', PUBLISHED),
      0,
    );
    const time = predicate(s, 'forced').time;
    expect(time?.basis).toBe('publication');
    expect([time?.date.first, time?.date.last, time?.date.qualifier]).toEqual([
      PUBLISHED,
      PUBLISHED,
      'approx',
    ]);
    expect(time?.span).toBeNull();
    expect(predicate(s, 'flee').time).toBeNull();
  });

  it('a present-tense "says" is dated at publication', () => {
    const doc = analyse(
      'Measles cases rose sharply across Europe in February. Hospitals in Romania treated hundreds of children. ' +
        'The World Health Organization says vaccination rates have fallen.',
      PUBLISHED,
    );
    const says = predicate(sentenceAt(doc, 2), 'says');
    expect([says.time?.basis, says.time?.date.first]).toEqual(['publication', PUBLISHED]);
  });

  it('"He also said" carries the date of the sentence before it', () => {
    const doc = analyse(
      'President Joe Biden met Chinese leader Xi Jinping on Wednesday. He also said the talks were productive.',
      PUBLISHED,
    );
    const said = predicate(sentenceAt(doc, 1), 'said');
    expect([said.time?.date.first, said.time?.how]).toEqual(['2024-03-06', 'continues sentence 1']);
  });

  it('"He may also ..." borrows no date from the sentence before it', () => {
    const doc = analyse(
      'Mayor Eric Adams met the governor on Friday. He may also run for the Senate.',
      PUBLISHED,
    );
    expect(predicate(sentenceAt(doc, 0), 'met').time?.date.first).toBe('2024-03-08');
    expect(predicate(sentenceAt(doc, 1), 'run').time).toBeNull();
  });

  it('a possessive date does not date the verb: "spoke at this year\'s climate conference"', () => {
    const s = sentenceAt(
      analyse("The prime minister spoke at this year's climate conference in Dubai.", PUBLISHED),
      0,
    );
    expect(predicate(s, 'spoke').time?.date.precision).not.toBe('year');
    expect(predicate(s, 'conference').time?.date.first).toBe('2024-01-01');
  });

  it('a negated lead is not dated at publication: nothing happened', () => {
    const s = sentenceAt(analyse('The hospital has not yet been informed of the ruling.', PUBLISHED), 0);
    expect(predicate(s, 'informed').time).toBeNull();
  });

  it('an undated report right after a dated lead happened on the day of the lead', () => {
    const doc = analyse(
      'Kenyan President William Ruto signed the finance bill on Friday. Ruto said the new taxes were needed.',
      PUBLISHED,
    );
    const said = predicate(sentenceAt(doc, 1), 'said');
    expect(said.time?.date.first).toBe('2024-03-08');
  });

  it('an undated saying by a named speaker late in the story is dated at publication', () => {
    const doc = analyse(
      'Floods closed three highways in the north on Tuesday. Rivers rose overnight. Schools shut. ' +
        'Trains stopped. Two bridges collapsed. Shops stayed closed. Crews cleared roads. ' +
        'Mayor Ines Duarte said the city would ask for federal aid.',
      PUBLISHED,
    );
    const said = predicate(sentenceAt(doc, 7), 'said');
    expect([said.time?.basis, said.time?.date.first, said.time?.date.qualifier]).toEqual([
      'publication',
      PUBLISHED,
      'approx',
    ]);
  });

  it('an undated saying by a described speaker, or a name that only modifies one, dates nothing', () => {
    const doc = analyse(
      'Floods closed three highways in the north on Tuesday. Rivers rose overnight. Schools shut. ' +
        'Trains stopped. Two bridges collapsed. Shops stayed closed. Crews cleared roads. ' +
        'Local officials said more rain was likely. Chilean aid workers said they would help.',
      PUBLISHED,
    );
    expect(predicate(sentenceAt(doc, 7), 'said').time).toBeNull();
    expect(predicate(sentenceAt(doc, 8), 'said').time).toBeNull();
  });

  it('a future date in the reported clause does not date the verb of saying', () => {
    const s = sentenceAt(analyse('The deal will close next year, Microsoft said.', PUBLISHED), 0);
    const said = predicate(s, 'said');
    expect([said.time?.basis, said.time?.date.first]).toEqual(['publication', PUBLISHED]);
  });
});
