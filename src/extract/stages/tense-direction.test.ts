import { describe, expect, it } from 'vitest';
import type { EventDate } from '../event-dates';
import { agreeWithPlan, agreeWithTense } from './tense-direction';
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

describe('agreeWithPlan', () => {
  it('moves a bare season, month or weekday the tagger put before publication ahead for a plan', () => {
    const fall = agreeWithPlan(
      { ...date('the fall', '2022-09-01', '2022-11-30', 'season'), value: '2022-FA' },
      '2023-02-07',
    );
    expect([fall.first, fall.last, fall.value]).toEqual(['2023-09-01', '2023-11-30', '2023-FA']);
    const feb = agreeWithPlan(date('in February', '2008-02-01', '2008-02-29', 'month'), '2009-01-10');
    expect([feb.first, feb.last]).toEqual(['2009-02-01', '2009-02-28']);
    const monday = agreeWithPlan(date('on Monday', '2009-10-12', '2009-10-12', 'day'), PUBLISHED);
    expect([monday.first, monday.last]).toEqual(['2009-10-19', '2009-10-19']);
  });

  it('leaves dates with a year, and dates already ahead, as they are', () => {
    const dated = date('March 3, 2008', '2008-03-03', '2008-03-03', 'day');
    expect(agreeWithPlan(dated, PUBLISHED)).toBe(dated);
    const ahead = date('in November', '2009-11-01', '2009-11-30', 'month');
    expect(agreeWithPlan(ahead, PUBLISHED)).toBe(ahead);
  });

  it('dates "expects to launch the shot in the fall" in the coming fall', () => {
    const s = sentenceAt(analyse('Pfizer said it expects to launch the shot in the fall.', '2023-02-07'), 0);
    const launch = predicate(s, 'launch');
    expect([launch.factuality, launch.time?.date.first]).toEqual(['planned', '2023-09-01']);
  });
});

describe('agreeWithTense on a day of a month with no year', () => {
  const day = (text: string, iso: string): EventDate => ({
    start: 0,
    end: text.length,
    text,
    value: iso,
    first: iso,
    last: iso,
    precision: 'day',
    qualifier: '',
    relative: true,
  });

  it('moves a past event the tagger put in the next year back to the day just gone', () => {
    expect(agreeWithTense(day('March 1', '2019-03-01'), 'past', '2018-03-09').first).toBe('2018-03-01');
    expect(agreeWithTense(day('on Feb. 27', '2019-02-27'), 'past', '2018-03-09').first).toBe('2018-02-27');
    expect(agreeWithTense(day('1 March', '2019-03-01'), 'past', '2018-03-09').first).toBe('2018-03-01');
  });

  it('gives February 29 a year back as the last day of February, and leaves a written year alone', () => {
    expect(agreeWithTense(day('Feb. 29', '2024-02-29'), 'past', '2023-03-09').first).toBe('2023-02-28');
    expect(agreeWithTense(day('March 1, 2019', '2019-03-01'), 'past', '2018-03-09').first).toBe('2019-03-01');
  });
});
