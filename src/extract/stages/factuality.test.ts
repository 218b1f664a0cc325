import { describe, expect, it } from 'vitest';
import type { Factuality } from '../../model/event-record';
import type { SentenceAnalysis } from '../analysis';
import { factualityStage } from './factuality';
import {
  analyse,
  analyseSentence,
  anchorAt,
  handBuiltDate,
  handBuiltPredicate,
  handBuiltSentence,
  predicate,
} from './test-analysis';

/** A Friday. */
const PUBLISHED = '2024-03-08';

function sentence(text: string): SentenceAnalysis {
  return analyseSentence(text, PUBLISHED);
}

function factualityOf(text: string, word: string): Factuality {
  return predicate(sentence(text), word).factuality;
}

describe('factuality stage', () => {
  it('a negated verb group is negated', () => {
    expect(factualityOf('The Senate did not vote on the measure on Thursday.', 'vote')).toBe('negated');
    expect(factualityOf('Pfizer never received approval for the drug.', 'received')).toBe('negated');
  });

  it('a modal makes the event possible', () => {
    expect(factualityOf('The airline may cancel more flights this week.', 'cancel')).toBe('possible');
    expect(factualityOf('The vote could take place as early as May.', 'take')).toBe('possible');
  });

  it('"will" makes the event planned', () => {
    expect(factualityOf('The regulator will publish its decision on March 20.', 'publish')).toBe('planned');
  });

  it('a present-tense verb dated after publication is planned', () => {
    const p = predicate(sentence('The museum reopens to visitors on March 15.'), 'reopens');
    expect(p.time?.date.first).toBe('2024-03-15');
    expect(p.factuality).toBe('planned');
  });

  it('a past event with its own past date stays asserted', () => {
    expect(factualityOf('The central bank raised interest rates on Wednesday.', 'raised')).toBe('asserted');
  });

  it('a finite report stays asserted when the reported clause has "would"', () => {
    const s = sentence('Officials said the bridge would require months of repairs.');
    expect(predicate(s, 'said').factuality).toBe('asserted');
    expect(predicate(s, 'require').factuality).toBe('possible');
    const league = sentence('The league said on Monday the new rules would take effect next season.');
    expect(predicate(league, 'said').factuality).toBe('asserted');
  });

  it('a hedge in one clause does not reach a finite verb in the next', () => {
    const s = sentence(
      'Officials said they could not confirm the report, but the army fired a missile on Monday.',
    );
    expect(predicate(s, 'confirm').factuality).toBe('negated');
    expect(predicate(s, 'fired').factuality).toBe('asserted');
  });

  it('an infinitive after "plans to" is planned and after "refused to" negated', () => {
    expect(factualityOf('The airline plans to cut 500 jobs.', 'cut')).toBe('planned');
    expect(factualityOf('Lawmakers refused to pass the budget on Tuesday.', 'pass')).toBe('negated');
  });

  it('a dated predicate after the reference date becomes planned, on a hand-built sentence', () => {
    const doc = analyse('The council met.', PUBLISHED, { through: 'sentences' });
    const s = handBuiltSentence('The/DET council/NOUN votes/VERB/vote on/ADP Tuesday/PROPN ./PUNCT');
    const votes = handBuiltPredicate(s, 'votes', { tense: 'present', type: 'election' });
    votes.time = anchorAt(handBuiltDate(s, 'Tuesday', 'Tuesday', { first: '2024-03-12' }));
    factualityStage(doc, s);
    expect(votes.factuality).toBe('planned');
    votes.time = anchorAt(handBuiltDate(s, 'Tuesday', 'Tuesday', { first: '2024-03-05' }));
    factualityStage(doc, s);
    expect(votes.factuality).toBe('asserted');
  });

  it('negation outranks a future date, on a hand-built sentence', () => {
    const doc = analyse('The council met.', PUBLISHED, { through: 'sentences' });
    const s = handBuiltSentence(
      'The/DET council/NOUN will/AUX not/PART vote/VERB on/ADP Tuesday/PROPN ./PUNCT',
    );
    const vote = handBuiltPredicate(s, 'vote', { tense: 'future', modal: 'will', negated: true });
    vote.time = anchorAt(handBuiltDate(s, 'Tuesday', 'Tuesday', { first: '2024-03-12' }));
    factualityStage(doc, s);
    expect(vote.factuality).toBe('negated');
  });

  it('an event reported inside a denial is negated: "denied that troops had entered"', () => {
    const s = sentence('The ministry denied on Tuesday that troops had entered the village.');
    expect(predicate(s, 'denied').factuality).toBe('asserted');
    expect(predicate(s, 'entered').factuality).toBe('negated');
  });
});
