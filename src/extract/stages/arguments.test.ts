import { describe, expect, it } from 'vitest';
import type { SentenceAnalysis } from '../analysis';
import { analyse, analyseSentence, predicate } from './test-analysis';

const PUBLISHED = '2024-03-08';

function sentence(text: string): SentenceAnalysis {
  return analyseSentence(text, PUBLISHED, { through: 'arguments' });
}

/** The agent's name and how it was found, for one predicate. */
function agentOf(s: SentenceAnalysis, word: string): [string | undefined, string] {
  const p = predicate(s, word);
  return [p.agent?.name, p.agentBasis];
}

describe('arguments stage', () => {
  it('the subject before an active verb is its agent and the name after it the patient', () => {
    const s = sentence('Pfizer sued Moderna in federal court on Monday.');
    expect(agentOf(s, 'sued')).toEqual(['Pfizer', 'subject']);
    expect(predicate(s, 'sued').patient?.name).toBe('Moderna');
  });

  it('a passive verb takes its agent from the by-phrase and its subject as patient', () => {
    const s = sentence('Moderna was sued by Pfizer on Monday.');
    expect(agentOf(s, 'sued')).toEqual(['Pfizer', 'by-phrase']);
    expect(predicate(s, 'sued').patient?.name).toBe('Moderna');
  });

  it('a passive verb with no by-phrase has no agent: its subject is what was acted on', () => {
    const s = sentence('Meta was fined 1.2 billion euros on Monday.');
    const fined = predicate(s, 'fined');
    expect(fined.agent).toBeNull();
    expect(fined.patient?.name).toBe('Meta');
  });

  it('"..., Pfizer said" makes Pfizer the speaker of "said"', () => {
    const s = sentence('The vaccine is safe for children, Pfizer said on Monday.');
    expect(agentOf(s, 'said')).toEqual(['Pfizer', 'subject']);
  });

  it('"..., said coach Carlo Ancelotti" takes the name after an inverted verb of saying', () => {
    const s = sentence('The striker will miss the final, said coach Carlo Ancelotti.');
    expect(agentOf(s, 'said')).toEqual(['Carlo Ancelotti', 'speaker']);
  });

  it('an appositive between commas is skipped: "Jobs, Apple\'s chief executive, said"', () => {
    const s = sentence("Jobs, Apple's chief executive, said the phone would ship in June.");
    expect(agentOf(s, 'said')).toEqual(['Jobs', 'subject']);
  });

  it('coordinated subjects give an agent and a co-agent', () => {
    const s = sentence('Toyota and Honda recalled 1.2 million cars on Thursday.');
    const p = predicate(s, 'recalled');
    expect([p.agent?.name, p.coAgent?.name]).toEqual(['Toyota', 'Honda']);
  });

  it('coordinated titled people give an agent and a co-agent', () => {
    const s = sentence(
      "Germany's Olaf Scholz and French President Emmanuel Macron held talks in Berlin on Friday.",
    );
    const p = predicate(s, 'held');
    expect([p.agent?.name, p.coAgent?.name]).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
  });

  it('a second verb after "and" shares the subject of the first', () => {
    const s = sentence('Toyota recalled 50,000 cars and apologized to customers.');
    expect(agentOf(s, 'apologized')).toEqual(['Toyota', 'shared subject']);
  });

  it('an infinitive inherits the subject of the verb it depends on', () => {
    const s = sentence('Amazon agreed to pay $2.5 billion to settle the lawsuit.');
    expect(agentOf(s, 'pay')).toEqual(['Amazon', 'controller']);
  });

  it('a relative pronoun takes the noun before it as subject: "Apple, which unveiled ..."', () => {
    const s = sentence('Apple, which unveiled the iPad on Wednesday, said sales were strong.');
    expect(agentOf(s, 'unveiled')).toEqual(['Apple', 'relative']);
  });

  it('a pronoun subject stands for the person it refers to', () => {
    const doc = analyse(
      'Dr. Maria Van Kerkhove said cases were rising in Europe. She urged countries to test more.',
      PUBLISHED,
      { through: 'arguments' },
    );
    const second = doc.sentences[1];
    if (!second) throw new Error('no second sentence');
    expect(agentOf(second, 'urged')).toEqual(['Maria Van Kerkhove', 'pronoun']);
  });

  it('an event noun is owned by its possessor: "Microsoft\'s acquisition of Activision"', () => {
    const s = sentence("Microsoft's acquisition of Activision closed on Friday.");
    expect(agentOf(s, 'acquisition')).toEqual(['Microsoft', 'possessor']);
  });

  it('an event noun after a light verb takes the verb\'s subject: "Hamas launched a raid"', () => {
    const s = sentence('Hamas launched a raid on the border town.');
    expect(agentOf(s, 'raid')).toEqual(['Hamas', 'light verb']);
  });

  it('an actor named only as the object is not the agent: "Netanyahu apologized to Erdogan for a raid"', () => {
    const s = sentence('Netanyahu apologized to Erdogan for a raid that killed nine activists.');
    const apologized = predicate(s, 'apologized');
    expect([apologized.agent?.name, apologized.patient?.name]).toEqual(['Netanyahu', 'Erdogan']);
    expect(predicate(s, 'raid').agent?.name).not.toBe('Erdogan');
    expect(predicate(s, 'raid').agent?.name).not.toBe('Netanyahu');
    expect(predicate(s, 'killed').agent?.name).not.toBe('Erdogan');
  });

  it('the agent carries its affiliation: a listed prime minister speaks for his country', () => {
    const s = sentence('Israeli Prime Minister Benjamin Netanyahu apologized on Friday to Turkey.');
    const p = predicate(s, 'apologized');
    expect([p.agent?.name, p.agent?.affiliation]).toEqual(['Benjamin Netanyahu', 'israel']);
  });

  it('an infinitive after a date still inherits the subject: "Amazon agreed on Wednesday to pay"', () => {
    const s = sentence('Amazon agreed on Wednesday to pay $2.5 billion to settle the lawsuit.');
    expect(predicate(s, 'pay').agent?.name).toBe('Amazon');
  });

  it('a relative clause between the subject and its verb is skipped: "Apple, which ..., said"', () => {
    const s = sentence('Apple, which unveiled the iPad on Wednesday, said sales were strong.');
    expect(predicate(s, 'said').agent?.name).toBe('Apple');
  });

  it('the by-phrase of a passive verb is not the agent of its subject noun', () => {
    const s = sentence('The ruling was overturned by the Supreme Court on Thursday.');
    expect(predicate(s, 'overturned').agent?.name).toBe('Supreme Court');
    expect(predicate(s, 'ruling').agent?.name).not.toBe('Supreme Court');
  });

  it('the object inside an "of" phrase is not the subject: "Microsoft\'s acquisition of Activision closed"', () => {
    const s = sentence("Microsoft's acquisition of Activision closed on Friday.");
    expect(predicate(s, 'closed').agent?.name).not.toBe('Activision');
  });

  it('the place where two leaders met is not the patient', () => {
    const s = sentence("Germany's Olaf Scholz and French President Emmanuel Macron met in Berlin on Friday.");
    expect(predicate(s, 'met').patient?.kind).not.toBe('place');
  });

  it('a subject that names no one is kept as a lower-case description, past a prepositional phrase', () => {
    const s = sentence('Stock markets around the world have fallen dramatically today.');
    const fallen = predicate(s, 'fallen');
    expect([fallen.agent, fallen.subject, fallen.agentBasis]).toEqual([
      null,
      'stock markets',
      'described subject',
    ]);
  });

  it('a named subject or a pronoun gives no description', () => {
    expect(predicate(sentence('Pfizer sued Moderna on Monday.'), 'sued').subject).toBe('');
    expect(predicate(sentence('They sued Moderna on Monday.'), 'sued').subject).toBe('');
  });

  it('"US stocks" and "Japanese stocks" act for no country: the phrase describes who acted, names keeping capitals', () => {
    const s = sentence('US stocks fell 2% on Friday, and Apple shares rose 3% on Monday.');
    expect([predicate(s, 'fell').agent, predicate(s, 'fell').subject]).toEqual([null, 'US stocks']);
    expect(predicate(s, 'rose').subject).toBe('Apple shares');
  });

  it('an aside between dashes is skipped on the way back to the subject', () => {
    const s = sentence(
      'On Sunday, the fifteen countries from the Eurogroup -- that is, those countries which use the euro -- had agreed on a joint plan.',
    );
    expect(predicate(s, 'agreed').subject).toBe('fifteen countries');
    expect(predicate(s, 'agreed').subordinator).toBe('');
  });

  it('a stray comma between a sentence-opening subject and its verb keeps the subject: "The Dow Jones, was down"', () => {
    const s = sentence('The Dow Jones, was down 3.76% at 16:08 UTC.');
    expect(s.predicates[0]?.agent?.name).toBe('Dow Jones');
  });

  it('a "whose" clause between commas is an aside: "Boeing, whose 737 MAX has been grounded since March, handed over 380 aircraft"', () => {
    const s = sentence(
      'Boeing, whose 737 MAX has been grounded since March, handed over 380 aircraft in 2019.',
    );
    expect(agentOf(s, 'handed')[0]).toBe('Boeing');
  });

  it('coordinated company subjects: the first leads even when the tagger reads a word of the second as a verb', () => {
    const s = sentence('General Motors Co. and Ford Motor Co. reported weaker U.S. sales on Tuesday.');
    const reported = predicate(s, 'reported');
    expect([reported.agent?.name, reported.coAgent?.name]).toEqual(['General Motors Co.', 'Ford Motor Co.']);
  });
});
