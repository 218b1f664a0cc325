import { describe, expect, it } from 'vitest';
import type { EventDate } from '../event-dates';
import { agreeWithTense } from './tense-direction';
import { analyse, predicate, sentenceAt } from './test-analysis';

/** A Friday. */
const PUBLISHED = '2009-10-16';

function date(text: string, first: string, last: string, precision: EventDate['precision']): EventDate {
  return {
    start: 0,
    end: text.length,
    text,
    value: first,
    first,
    last,
    precision,
    qualifier: '',
    relative: true,
  };
}

describe('agreeWithTense', () => {
  it('moves a bare weekday the tagger put after publication back a week for a past-tense verb', () => {
    const d = agreeWithTense(date('Monday', '2009-10-19', '2009-10-19', 'day'), 'past', PUBLISHED);
    expect([d.first, d.last]).toEqual(['2009-10-12', '2009-10-12']);
  });

  it('moves a bare month back a year for a past-tense verb, with the month’s real length', () => {
    const d = agreeWithTense(date('in February', '2010-02-01', '2010-02-28', 'month'), 'past', '2009-10-16');
    expect([d.first, d.last, d.value]).toEqual(['2009-02-01', '2009-02-28', '2009-02']);
  });

  it('leaves a future, present or already-past reading alone', () => {
    const monday = date('Monday', '2009-10-19', '2009-10-19', 'day');
    expect(agreeWithTense(monday, 'future', PUBLISHED)).toBe(monday);
    expect(agreeWithTense(monday, 'present', PUBLISHED)).toBe(monday);
    const past = date('Monday', '2009-10-12', '2009-10-12', 'day');
    expect(agreeWithTense(past, 'past', PUBLISHED)).toBe(past);
  });

  it('leaves "next Monday" and explicit dates alone', () => {
    const next = date('next Monday', '2009-10-19', '2009-10-19', 'day');
    expect(agreeWithTense(next, 'past', PUBLISHED)).toBe(next);
    const explicit = { ...date('October 19', '2009-10-19', '2009-10-19', 'day'), relative: false };
    expect(agreeWithTense(explicit, 'past', PUBLISHED)).toBe(explicit);
  });
});

describe('time anchoring with the verb’s tense', () => {
  it('dates "sued the company on Monday" to the Monday before a Friday report', () => {
    const doc = analyse('The University of Texas sued the company on Monday.', PUBLISHED, {
      through: 'time anchoring',
    });
    const sued = predicate(sentenceAt(doc, 0), 'sued');
    expect([sued.time?.date.first, sued.time?.how]).toEqual(['2009-10-12', 'own date']);
  });
});
