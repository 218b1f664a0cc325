import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../model/event-record';
import { testRecord } from '../../model/test-records';
import { knownDatePrefix, parseTimeline, scoreTimeline } from './entity-timelines';

/**
 * Lines from semeval2015-timeline/stock-timelines (nasdaq_composite.txt, bank_of_america.txt) and
 * apple-trial-timelines (iphone_4.txt). SemEval-2015 Task 4 TimeLine data © 2015 FBK, VUA, EHU,
 * CC BY 3.0; article text from Wikinews.
 */
const TIMELINE = [
  'NASDAQ composite',
  '0\tXXXX-XX-XX\t16844-16-use',
  '1\t2007-02-27\t61327-5-decline\t61327-5-It\t61327-4-dipped',
  '2\t2007-10-19\t82738-20-losses',
  '3\t2008-07\t141483-4-gained',
  '4\t2008-09-XX\t113219-14-pulled_out',
  '',
].join('\n');

function parsed() {
  const result = parseTimeline(TIMELINE, 'nasdaq_composite.txt');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('parseTimeline', () => {
  it('reads the entity, then each event with its date and document-sentence-word mentions', () => {
    const t = parsed();
    expect(t.entity).toBe('NASDAQ composite');
    expect(t.events).toHaveLength(5);
    expect(t.events[1]).toEqual({
      position: 1,
      date: '2007-02-27',
      mentions: [
        { docId: '61327', sentence: 5, word: 'decline' },
        { docId: '61327', sentence: 5, word: 'It' },
        { docId: '61327', sentence: 4, word: 'dipped' },
      ],
    });
    expect(t.events[4]?.mentions[0]?.word).toBe('pulled_out');
  });

  it('names the line it cannot read', () => {
    const result = parseTimeline('Dow\n1\t2008-09-04\t112579-twelve-fall\n', 'dow.txt');
    expect(result).toEqual({
      ok: false,
      error: 'dow.txt line 2: "112579-twelve-fall" is not docid-sentence-word',
    });
  });
});

describe('knownDatePrefix', () => {
  it.each([
    ['2008-10-06', '2008-10-06'],
    ['2009-03-XX', '2009-03'],
    ['2008-07', '2008-07'],
    ['2007-XX-XX', '2007'],
    ['1976', '1976'],
    ['XXXX-XX-XX', null],
    ['XXX-XX-XX', null],
  ])('keeps the known part of %s', (date, prefix) => {
    expect(knownDatePrefix(date)).toBe(prefix);
  });
});

describe('scoreTimeline', () => {
  it('finds an event when a row of one of its sentences names the entity on the gold date', () => {
    const rows = new Map<string, EventRecord[]>([
      // Another mention of the same event carries it: sentence 4 of 61327.
      ['61327 4', [testRecord({ id: 'a', start: '2007-02-27', actor: 'Nasdaq' })]],
      // Right sentence and name, wrong day.
      ['82738 20', [testRecord({ id: 'b', start: '2007-10-18', actor: 'Nasdaq' })]],
      // A month-precision gold date takes any day of that month; the entity is named among the people.
      ['141483 4', [testRecord({ id: 'c', start: '2008-07-14', actor: '', people: ['NASDAQ Composite'] })]],
      // Right date, but the row is on another lane.
      ['113219 14', [testRecord({ id: 'd', start: '2008-09-13', actor: 'Bank of America' })]],
    ]);
    const score = scoreTimeline(
      parsed(),
      (doc, sentence) => rows.get(`${doc} ${sentence}`) ?? [],
      (row) => [row.actor, ...row.people],
    );
    expect(score).toMatchObject({ entity: 'NASDAQ composite', dated: 4, hits: 2 });
    expect(score.events.map((e) => e.hit?.id ?? null)).toEqual(['a', null, 'c', null]);
  });
});
