import { describe, expect, it } from 'vitest';
import type { EventType } from '../../model/event-record';
import type { SentenceAnalysis } from '../analysis';
import { analyseSentence, predicate } from './test-analysis';

const PUBLISHED = '2024-03-08';

function sentence(text: string): SentenceAnalysis {
  return analyseSentence(text, PUBLISHED, { through: 'event type' });
}

function typeOf(text: string, word: string): EventType {
  return predicate(sentence(text), word).type;
}

describe('event type stage', () => {
  it('types a verb from the verb lexicon by its lemma', () => {
    expect(typeOf('The mayor resigned on Friday after the audit.', 'resigned')).toBe('resignation');
    expect(typeOf('Microsoft acquired the startup for $1.2 billion.', 'acquired')).toBe('acquisition');
    expect(typeOf('Police arrested two men at the airport.', 'arrested')).toBe('arrest');
    expect(typeOf('The state sued the drugmaker in federal court.', 'sued')).toBe('lawsuit');
    expect(typeOf('The actor died at his home on Sunday.', 'died')).toBe('death');
    expect(typeOf('The tycoon was sentenced to five years in prison.', 'sentenced')).toBe('verdict');
  });

  it('a verb with its object outranks a phrase of the verb alone: "declared him the winner"', () => {
    expect(typeOf('The commission declared him the winner of the runoff.', 'declared')).toBe('election');
    expect(typeOf('The minister declared that the talks had failed.', 'declared')).toBe('statement');
  });

  it('"cut 300 jobs" is layoffs while "cut interest rates" is policy', () => {
    expect(typeOf('Intel cut 300 jobs at its Oregon plant.', 'cut')).toBe('layoffs');
    expect(typeOf('The central bank cut interest rates by half a point.', 'cut')).toBe('policy');
  });

  it('"laid off" is layoffs and keeps its particle in the trigger', () => {
    const p = predicate(sentence('The carmaker laid off 1,200 workers in March.'), 'laid');
    expect(p.type).toBe('layoffs');
    expect(p.trigger?.lemma).toBe('lay off');
  });

  it('"stepped down" is a resignation and keeps its particle in the trigger', () => {
    const p = predicate(sentence('The chief executive stepped down on Friday.'), 'stepped');
    expect([p.type, p.trigger?.lemma]).toEqual(['resignation', 'step down']);
  });

  it('"lost the case" is a verdict', () => {
    expect(typeOf('The city lost the case on appeal.', 'lost')).toBe('verdict');
  });

  it('"fell 3%" is a market move but "fell ill" is not', () => {
    expect(typeOf('Shares of Tesla fell 3% on Thursday.', 'fell')).toBe('market-move');
    expect(typeOf('Oil prices fell sharply on Monday.', 'fell')).toBe('market-move');
    expect(typeOf('The president fell ill during the summit.', 'fell')).toBe('other');
  });

  it('"filed for bankruptcy" is a bankruptcy and "posted a loss" financial results', () => {
    expect(typeOf('The retailer filed for bankruptcy on Monday.', 'filed')).toBe('bankruptcy');
    expect(typeOf('The company posted a loss for the quarter.', 'posted')).toBe('financial-results');
  });

  it('a typed phrase gives the verb its type and trigger: "fired two ballistic missiles"', () => {
    const p = predicate(sentence('North Korea fired two ballistic missiles into the sea.'), 'fired');
    expect(p.type).toBe('missile-test');
    expect(p.trigger?.text).toBe('fired two ballistic missiles');
  });

  it('a verb of agreeing takes the type of the ceasefire it agrees to', () => {
    const p = predicate(sentence('The rebels agreed to a ceasefire in the east.'), 'agreed');
    expect([p.type, p.trigger?.lemma]).toEqual(['ceasefire', 'agree to ceasefire']);
  });

  it('an event noun takes its type from the noun lexicon', () => {
    const s = sentence('The earthquake forced officials to postpone the election.');
    expect(predicate(s, 'earthquake').type).toBe('disaster');
    expect(predicate(s, 'election').type).toBe('election');
  });

  it('a sporting win is a sports result', () => {
    expect(typeOf('The Lakers beat the Celtics 110-102 in Boston.', 'beat')).toBe('sports-result');
  });

  it('an unknown verb stays "other" and keeps its lemma', () => {
    const p = predicate(sentence('The committee deliberated for hours.'), 'deliberated');
    expect([p.type, p.lemma, p.trigger]).toEqual(['other', 'deliberate', null]);
  });

  it('an earthquake that "struck" is a disaster, not an attack', () => {
    expect(typeOf('A magnitude 7.4 earthquake struck Taiwan on Wednesday.', 'struck')).toBe('disaster');
  });

  it('deaths caused by a storm are not an attack', () => {
    expect(['disaster', 'death']).toContain(
      typeOf('The storm killed 12 people in the Philippines.', 'killed'),
    );
  });

  it('nurses going on strike is a protest, not an attack', () => {
    const s = sentence('Nurses at three hospitals went on strike on Monday.');
    expect(predicate(s, 'strike').type).toBe('protest');
    expect(predicate(s, 'went').type).not.toBe('attack');
  });

  it('"has been closed since 2019" is not a market move', () => {
    expect(typeOf('The factory has been closed since 2019.', 'closed')).not.toBe('market-move');
  });

  it('losing a bid to host the Olympics is not a verdict', () => {
    expect(typeOf('The city lost its bid to host the 2036 Olympics.', 'lost')).not.toBe('verdict');
  });

  it('calling for a ceasefire is a statement, not a ceasefire', () => {
    expect(typeOf('Protesters called for a ceasefire on Sunday.', 'called')).toBe('statement');
  });

  it('talks that collapsed are not a disaster', () => {
    expect(typeOf('The talks collapsed on Thursday after three days.', 'collapsed')).not.toBe('disaster');
  });

  it('"took place" and "happened" take the type of their subject event', () => {
    const s = analyseSentence('The suspension took place on Monday after the raid happened.', '2024-03-08', {
      through: 'event type',
    });
    expect(predicate(s, 'took').type).toBe('policy');
    expect(predicate(s, 'happened').type).toBe('attack');
  });

  it('"demonstrated iOS 5" shows a product; "thousands demonstrated" protest; "passed Wal-Mart" is no policy', () => {
    const typeOf = (text: string, word: string): string =>
      predicate(analyseSentence(text, '2024-03-08', { through: 'event type' }), word).type;
    expect(typeOf('Apple also demonstrated iOS 5 on Monday.', 'demonstrated')).toBe('other');
    expect(typeOf('Thousands demonstrated outside parliament on Monday.', 'demonstrated')).toBe('protest');
    expect(typeOf('The iTunes store passed Wal-Mart in February.', 'passed')).toBe('other');
    expect(typeOf('The Senate passed the bill on Monday.', 'passed')).toBe('policy');
  });

  it('holding or keeping something closed is a closure', () => {
    const s = analyseSentence(
      'The government has continued to hold all stock markets closed until Friday.',
      '2024-03-08',
      {
        through: 'event type',
      },
    );
    expect(predicate(s, 'hold').type).toBe('closure');
  });
});
