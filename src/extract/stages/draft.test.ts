import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../extract-article';
import { buildDraft, laneOf } from './draft';
import { selectPredicates } from './selection';
import { analyse, handBuiltEntity, handBuiltSentence, predicate, sentenceAt } from './test-analysis';

const PUBLISHED = '2024-03-08';

/** The drafts of the rows of a one-sentence article. */
function drafts(text: string): DraftEvent[] {
  const doc = analyse(text, PUBLISHED);
  const s = sentenceAt(doc, 0);
  return selectPredicates(s)
    .map((p) => buildDraft(doc, s, p))
    .filter((d): d is DraftEvent => d !== null);
}

function onlyDraft(text: string): DraftEvent {
  const all = drafts(text);
  expect(all).toHaveLength(1);
  const [d] = all;
  if (!d) throw new Error('no draft');
  return d;
}

describe('laneOf', () => {
  const s = handBuiltSentence(
    'Kenya/PROPN ,/PUNCT William/PROPN Ruto/PROPN ,/PUNCT Boeing/PROPN and/CCONJ Nairobi/PROPN',
  );
  it('puts a listed actor in its own lane', () => {
    expect(laneOf(handBuiltEntity(s, 'Kenya', 'Kenya', { kind: 'state', actorId: 'kenya' }))).toBe('kenya');
  });

  it('puts a person who is not listed in the lane of the actor they speak for', () => {
    const ruto = handBuiltEntity(s, 'William', 'Ruto', { kind: 'person', affiliation: 'kenya' });
    expect(laneOf(ruto)).toBe('kenya');
  });

  it('puts an organisation the text introduced in a lane of its own name', () => {
    expect(laneOf(handBuiltEntity(s, 'Boeing', 'Boeing', { name: 'Boeing Co.' }))).toBe('Boeing Co.');
  });

  it('gives no lane to a place or to no agent', () => {
    expect(laneOf(handBuiltEntity(s, 'Nairobi', 'Nairobi', { kind: 'place' }))).toBe('');
    expect(laneOf(null)).toBe('');
  });
});

describe('draft stage', () => {
  it('fills the record from the analysis: date, lane, agent, type, count and predicate', () => {
    const d = onlyDraft('Intel cut 300 jobs at its Oregon plant on Tuesday.');
    const r = d.record;
    expect([r.start, r.end, r.precision, r.date_text, r.date_basis]).toEqual([
      '2024-03-05',
      '2024-03-05',
      'day',
      'Tuesday',
      'relative',
    ]);
    expect([r.actor, r.agent, r.type, r.predicate, r.factuality]).toEqual([
      'Intel',
      'Intel',
      'layoffs',
      'cut',
      'asserted',
    ]);
    expect([r.quantity, r.quantity_unit]).toEqual([300, 'jobs']);
    expect([r.sentence, r.ref_date, r.sentence_index, r.char_start]).toEqual([
      'Intel cut 300 jobs at its Oregon plant on Tuesday.',
      PUBLISHED,
      0,
      0,
    ]);
  });

  it("puts a person's event in the lane of the country they lead and names them as agent", () => {
    const d = onlyDraft('Kenyan President William Ruto signed the finance bill on Wednesday.');
    expect([d.record.actor, d.record.agent, d.record.people]).toEqual([
      'kenya',
      'William Ruto',
      ['William Ruto'],
    ]);
    expect([d.title.subjectFull, d.title.subject]).toEqual(['William Ruto', 'Ruto']);
  });

  it('an undated lead says it was dated at publication, with no date text and an approximate day', () => {
    const undated = onlyDraft('The central bank raised interest rates by half a point.');
    expect([undated.record.start, undated.record.date_basis, undated.record.date_text]).toEqual([
      PUBLISHED,
      'publication',
      '',
    ]);
    expect(undated.record.date_qualifier).toBe('approx');
    const dated = onlyDraft('The central bank raised interest rates by half a point on Wednesday.');
    expect(undated.record.confidence).toBeLessThan(dated.record.confidence);
  });

  it('coordinated subjects make a plural title subject', () => {
    const d = onlyDraft('Toyota and Honda recalled 1.2 million cars on Thursday.');
    expect([d.title.subject, d.title.plural]).toEqual(['Toyota and Honda', true]);
    expect([d.record.quantity, d.record.quantity_unit]).toEqual([1_200_000, 'cars']);
  });

  it('makes no draft for a predicate without a date', () => {
    const doc = analyse('The union had rejected the offer before the vote.', PUBLISHED);
    const s = sentenceAt(doc, 0);
    const p = predicate(s, 'rejected');
    p.time = null;
    expect(buildDraft(doc, s, p)).toBeNull();
  });

  it('the title object does not end in a dangling "to"', () => {
    const d = onlyDraft('Wildfires forced thousands of residents to flee their homes in southern Chile.');
    expect(d.title.object).not.toMatch(/\bto$/);
  });
});
