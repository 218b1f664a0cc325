import { describe, expect, it } from 'vitest';
import type { Predicate, SentenceAnalysis } from '../analysis';
import { analyseSentence, predicate } from './test-analysis';

const PUBLISHED = '2024-03-08';

function sentence(text: string): SentenceAnalysis {
  return analyseSentence(text, PUBLISHED, { through: 'predicates' });
}

/** The verb-group fields the tests compare. */
function group(p: Predicate): Partial<Predicate> {
  return {
    tense: p.tense,
    perfect: p.perfect,
    progressive: p.progressive,
    passive: p.passive,
    modal: p.modal,
    negated: p.negated,
    finite: p.finite,
  };
}

describe('predicates stage', () => {
  it('a past tense spelled like its base form is past after a singular name: "Volvo cut", "The DAX 40 hit"', () => {
    expect(predicate(sentence('Volvo cut 1,500 jobs in Sweden.'), 'cut').tense).toBe('past');
    const hit = predicate(sentence('The DAX 40 hit a record high.'), 'hit');
    expect([hit.kind, hit.lemma, hit.tense, hit.finite]).toEqual(['verb', 'hit', 'past', true]);
  });

  it('a bare base form after a plural subject stays present: "Investors cut risk when rates rise"', () => {
    expect(predicate(sentence('Investors cut risk when rates rise.'), 'cut').tense).toBe('present');
  });

  it('"has not yet been informed" is a negated, finite, present passive', () => {
    const s = sentence('The hospital has not yet been informed of the ruling.');
    const p = predicate(s, 'informed');
    expect([p.kind, p.lemma, p.tense, p.passive, p.negated, p.finite, p.modal]).toEqual([
      'verb',
      'inform',
      'present',
      true,
      true,
      true,
      '',
    ]);
  });

  it('"has not yet been informed" is perfect', () => {
    const s = sentence('The hospital has not yet been informed of the ruling.');
    expect(predicate(s, 'informed').perfect).toBe(true);
  });

  it('"will release" is a finite future with the modal "will"', () => {
    const s = sentence('The central bank will release its forecast on Tuesday.');
    expect(group(predicate(s, 'release'))).toEqual({
      tense: 'future',
      perfect: false,
      progressive: false,
      passive: false,
      modal: 'will',
      negated: false,
      finite: true,
    });
  });

  it('"was arrested" is a finite past passive', () => {
    const s = sentence('The former mayor was arrested at his home in Chicago.');
    const p = predicate(s, 'arrested');
    expect(p.lemma).toBe('arrest');
    expect(group(p)).toEqual({
      tense: 'past',
      perfect: false,
      progressive: false,
      passive: true,
      modal: '',
      negated: false,
      finite: true,
    });
  });

  it('"is slashing" is a finite present progressive, active', () => {
    const s = sentence('The carmaker is slashing 3,000 jobs in Europe.');
    const p = predicate(s, 'slashing');
    expect(p.lemma).toBe('slash');
    expect(group(p)).toEqual({
      tense: 'present',
      perfect: false,
      progressive: true,
      passive: false,
      modal: '',
      negated: false,
      finite: true,
    });
  });

  it('"had already rejected" is a past perfect', () => {
    const s = sentence('The union had already rejected the offer.');
    const p = predicate(s, 'rejected');
    expect([p.tense, p.perfect, p.passive, p.finite]).toEqual(['past', true, false, true]);
  });

  it('"did not vote" is a negated past', () => {
    const s = sentence('The senator did not vote for the spending bill.');
    const p = predicate(s, 'vote');
    expect([p.tense, p.negated, p.finite]).toEqual(['past', true, true]);
  });

  it('"may delay" carries its modal and no tense', () => {
    const s = sentence('The electoral council may delay the vote.');
    const p = predicate(s, 'delay');
    expect([p.modal, p.tense, p.finite]).toEqual(['may', 'none', true]);
  });

  it('"is going to announce" is read as a near future', () => {
    const s = sentence('The firm is going to announce a buyout.');
    expect(predicate(s, 'announce').modal).toBe('will');
  });

  it('an infinitive is non-finite and has no tense of its own', () => {
    const s = sentence('Amazon agreed to pay $2.5 billion to settle the lawsuit.');
    for (const word of ['pay', 'settle']) {
      const p = predicate(s, word);
      expect([word, p.finite, p.tense]).toEqual([word, false, 'none']);
    }
    expect(predicate(s, 'agreed').finite).toBe(true);
  });

  it('event nouns are predicates of kind noun, and other nouns are not', () => {
    const s = sentence('The earthquake forced officials to postpone the election and the budget debate.');
    const earthquake = predicate(s, 'earthquake');
    const election = predicate(s, 'election');
    expect([earthquake.kind, earthquake.lemma, earthquake.tense, earthquake.finite]).toEqual([
      'noun',
      'earthquake',
      'none',
      false,
    ]);
    expect(election.kind).toBe('noun');
    expect(s.predicates.some((p) => s.tokens[p.head]?.text === 'budget')).toBe(false);
  });

  it('a plural event noun is a predicate under its singular lemma', () => {
    const s = sentence('Police said the raids targeted three warehouses.');
    const raids = predicate(s, 'raids');
    expect([raids.kind, raids.lemma]).toEqual(['noun', 'raid']);
  });

  it('the word that opens a side clause is its subordinator', () => {
    const s = sentence('Flights resumed on Monday after the storm passed.');
    expect(predicate(s, 'passed').subordinator).toBe('after');
    expect(predicate(s, 'resumed').subordinator).toBe('');
  });

  it('a verb of saying is a reporting verb, and words inside quotation marks are quoted', () => {
    const s = sentence('“We will appeal,” the mayor said.');
    expect(predicate(s, 'appeal').quoted).toBe(true);
    const said = predicate(s, 'said');
    expect([said.reporting, said.quoted]).toEqual([true, false]);
  });

  it('a relative clause keeps its own tense and voice: "who was elected in 2018"', () => {
    const s = sentence('The senator, who was elected in 2018, announced her retirement on Monday.');
    const elected = predicate(s, 'elected');
    expect([elected.passive, elected.tense, elected.subordinator]).toEqual([true, 'past', 'who']);
    expect(predicate(s, 'announced').passive).toBe(false);
  });

  it('"didn’t renew" with a curly apostrophe is a negated past, like "didn\'t renew"', () => {
    const s = sentence('The club didn’t renew his contract.');
    const p = predicate(s, 'renew');
    expect([p.tense, p.negated]).toEqual(['past', true]);
  });

  it('"won\'t release" is a negated future', () => {
    const s = sentence("The company won't release the figures.");
    const p = predicate(s, 'release');
    expect([p.tense, p.modal, p.negated]).toEqual(['future', 'will', true]);
  });

  it('the verb after "will" is a predicate even where the tagger calls it an adverb: "will close"', () => {
    const s = sentence('The deal will close next year, Microsoft said.');
    const p = predicate(s, 'close');
    expect([p.kind, p.tense, p.modal]).toEqual(['verb', 'future', 'will']);
  });

  it('a company name opening a sentence is not a verb: "Ford is slashing ..."', () => {
    const s = sentence('Ford is slashing 3,000 jobs in Europe.');
    expect(s.predicates.map((p) => s.tokens[p.head]?.text)).toEqual(['slashing']);
  });

  it('"dropped by 4.08%" is an active past verb: a "by" before a figure measures, it names no doer', () => {
    const s = sentence(
      'The Dow Jones Industrial Average dropped by 4.08%, or 280.52 points, at the closing bell.',
    );
    expect(group(predicate(s, 'dropped'))).toMatchObject({ tense: 'past', passive: false, finite: true });
  });

  it('"figures released April 3 by NPD Group" is still a passive participle', () => {
    const s = sentence('Apple passed Wal-Mart, according to figures released by NPD Group.');
    expect(predicate(s, 'released').passive).toBe(true);
  });

  it('"after its launch": a word tagged as a verb after a determiner is an event noun, not a verb group', () => {
    const s = sentence('Five years after its launch, the service passed Wal-Mart in February.');
    expect(predicate(s, 'launch').kind).toBe('noun');
  });

  it('"due to bank shares bouncing" is a cause, not a near future: the frame needs "be"', () => {
    const s = sentence('This was mainly due to bank shares bouncing.');
    expect(s.predicates.every((p) => p.modal === '')).toBe(true);
    expect(predicate(sentence('The vote is due to take place on Friday.'), 'take').modal).toBe('will');
  });

  it('"the indices each fell two percent": a past tense tagged as a noun is a verb; "the rose garden" is not', () => {
    expect(
      predicate(sentence('The three major indices each fell two percent on Monday.'), 'fell').lemma,
    ).toBe('fall');
    expect(
      sentence('She planted the rose garden on Monday.').predicates.some((p) => p.lemma === 'rise'),
    ).toBe(false);
  });

  it('"took place" is one predicate, "take place"', () => {
    expect(predicate(sentence('The suspension took place on Monday.'), 'took').lemma).toBe('take place');
  });

  it('participles that describe a noun are no predicates: "software entitled iLife", "caused dropped calls"', () => {
    expect(
      sentence('They support the new software entitled iLife.').predicates.some((p) => p.lemma === 'entitle'),
    ).toBe(false);
    expect(sentence('The antenna has caused dropped calls.').predicates.some((p) => p.lemma === 'drop')).toBe(
      false,
    );
  });

  it('"Christmas sales" are revenue: a plural that means something else is no event noun', () => {
    expect(
      sentence('The profit came from successful Christmas sales.').predicates.some((p) => p.lemma === 'sale'),
    ).toBe(false);
  });

  it('"hold all stock markets closed until Friday": a participle that describes an object is no verb group', () => {
    const s = sentence('The government has continued to hold all stock markets closed until Friday.');
    expect(s.predicates.some((p) => p.lemma === 'close')).toBe(false);
    const t = sentence('An internal memo showed the company passed Wal-Mart as the top seller.');
    expect(predicate(t, 'passed').finite).toBe(true);
  });
});
