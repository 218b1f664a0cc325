import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event-record';
import { testRecord } from '../model/test-records';
import { dedupeEvents } from './dedupe';

function statement(id: string, patch: Partial<EventRecord>): EventRecord {
  return testRecord({
    id,
    start: '2013-03-24',
    type: 'statement',
    actor: 'united-states',
    title: 'statement',
    sentence: `Sentence ${id}.`,
    predicate: 'say',
    ...patch,
  });
}

function keptIds(records: EventRecord[]): string[] {
  return dedupeEvents(records.map((record) => ({ record }))).kept.map((k) => k.record.id);
}

describe('dedupeEvents', () => {
  it('keeps the Sunday statements of different speakers apart, though actor, type and day agree', () => {
    const rows = ['John Kerry', 'Barack Obama', 'Susan Rice', 'Jay Carney'].map((agent, i) =>
      statement(`s${i}`, { agent, people: [agent] }),
    );
    expect(keptIds(rows)).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('merges one speaker reported twice, by full name and by surname', () => {
    expect(
      keptIds([
        statement('a', { agent: 'Barack Obama', article_id: 'x' }),
        statement('b', { agent: 'Obama', article_id: 'y' }),
      ]),
    ).toEqual(['a']);
  });

  it('keeps apart two things one speaker said in one article, and merges a copy of one report', () => {
    const said = (id: string, article: string, sentence: string, title: string): EventRecord =>
      statement(id, { agent: 'Equifax', article_id: article, sentence, title });
    expect(
      keptIds([
        said(
          'a',
          'x',
          'Equifax said hackers may have obtained data.',
          'Equifax says hackers may have obtained data',
        ),
        said(
          'b',
          'x',
          'The company said it would offer free monitoring.',
          'Equifax says it would offer free monitoring',
        ),
        said(
          'c',
          'y',
          'Equifax said hackers may have obtained data.',
          'Equifax says hackers may have obtained data',
        ),
        said(
          'd',
          'z',
          'Equifax said on Thursday hackers may have obtained data.',
          'Equifax says hackers may have obtained data',
        ),
      ]),
    ).toEqual(['a', 'b']);
  });

  it('never merges the same doer at two places: an arrival in Jordan is no visit to Israel', () => {
    const visit = (id: string, location: string): EventRecord =>
      statement(id, { type: 'travel', agent: 'Barack Obama', predicate: 'arrive', location });
    expect(keptIds([visit('israel', 'Tel Aviv'), visit('jordan', 'Amman')])).toEqual(['israel', 'jordan']);
  });

  it('keeps untyped rows with different verbs apart', () => {
    const other = (id: string, predicate: string): EventRecord =>
      statement(id, { type: 'other', agent: 'Ireland', predicate });
    expect(keptIds([other('joined', 'join'), other('sued', 'sue')])).toEqual(['joined', 'sued']);
  });

  it('folds a copy whose actor went unread into the row that names it, when both name the same person', () => {
    const signed = statement('signed', {
      type: 'agreement',
      predicate: 'sign',
      agent: 'Vladimir Putin',
      actor: 'russia',
      people: ['Vladimir Putin'],
      article_id: 'a',
    });
    const copy = statement('copy', {
      type: 'agreement',
      predicate: 'sign',
      agent: '',
      actor: '',
      people: ['Vladimir Putin'],
      article_id: 'b',
    });
    const { kept } = dedupeEvents([signed, copy].map((record) => ({ record })));
    expect(kept.map((k) => k.record.id)).toEqual(['signed']);
    expect(kept[0]?.record.also_reported_in).toEqual(['b']);
  });

  it('does not give an unnamed speaker’s statement to a named one', () => {
    const named = statement('named', {
      agent: 'Barack Obama',
      actor: 'united-states',
      people: ['Barack Obama'],
    });
    const unnamed = statement('unnamed', {
      agent: '',
      actor: '',
      people: [],
      other_actors: ['united-states'],
    });
    expect(keptIds([named, unnamed])).toEqual(['named', 'unnamed']);
  });

  it('does not fold a row whose doer is described into a named doer’s row of the same day and verb', () => {
    const nasdaq = statement('nasdaq', {
      type: 'market-move',
      predicate: 'fall',
      agent: 'Nasdaq',
      actor: 'Nasdaq',
      start: '2008-10-06',
      end: '2008-10-06',
    });
    const markets = statement('markets', {
      type: 'market-move',
      predicate: 'fall',
      agent: 'stock markets',
      actor: '',
      start: '2008-10-06',
      end: '2008-10-06',
    });
    expect(keptIds([nasdaq, markets])).toEqual(['nasdaq', 'markets']);
  });

  it('keeps two doers of one verb on one day in one article apart, though one doer went unread', () => {
    const named = statement('sp', {
      type: 'market-move',
      predicate: 'finish',
      agent: 'S&P 500 Index',
      actor: 'S&P 500 Index',
      article_id: 'a',
    });
    const unread = statement('dow', {
      type: 'market-move',
      predicate: 'finish',
      agent: '',
      actor: '',
      article_id: 'a',
    });
    expect(keptIds([named, unread])).toEqual(['sp', 'dow']);
    expect(keptIds([named, { ...unread, article_id: 'b' }])).toEqual(['sp']);
  });

  it('finds a copy through the dates it covers: a day inside a week merges, a month row meets its own month only', () => {
    const day = statement('day', {
      start: '2024-03-05',
      end: '2024-03-05',
      agent: 'Joe Biden',
      article_id: 'a',
    });
    const week = statement('week', {
      start: '2024-03-04',
      end: '2024-03-10',
      precision: 'week',
      agent: 'Joe Biden',
      article_id: 'b',
      confidence: 0.1,
    });
    expect(keptIds([day, week])).toEqual(['day']);
    const march = statement('march', {
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      article_id: 'c',
    });
    const april = statement('april', {
      start: '2024-04-01',
      end: '2024-04-30',
      precision: 'month',
      article_id: 'd',
    });
    const march2 = { ...march, id: 'march2', article_id: 'e', confidence: 0.1 };
    expect(keptIds([march, april, march2])).toEqual(['march', 'april']);
  });
});
